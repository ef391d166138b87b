"""The Inno Setup script, read the way a reviewer would: it cannot be compiled here."""

from __future__ import annotations

import re

from tests.packaging.helpers import PACKAGING, REPO

ISS = PACKAGING / "windows" / "shopcloser.iss"


def _script() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _section(name: str) -> list[str]:
    lines = _script().splitlines()
    start = lines.index(f"[{name}]") + 1
    body = []
    for line in lines[start:]:
        if line.startswith("[") and line.endswith("]"):
            break
        if line.strip() and not line.lstrip().startswith(";"):
            body.append(line)
    return body


def test_saved_as_utf8_with_bom_for_its_chinese_messages() -> None:
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_installs_the_pyinstaller_bundle_with_version_info() -> None:
    script = _script()
    assert r'..\..\dist\shopcloser"' in script
    assert 'Source: "{#BundleDir}\\*"; DestDir: "{app}"' in script
    for key in ("AppVersion", "VersionInfoVersion", "VersionInfoProductVersion"):
        assert f"{key}={{#AppVersion}}" in script
    assert "SetupIconFile=..\\..\\resources\\icons\\shopcloser.ico" in script
    assert (REPO / "resources" / "icons" / "shopcloser.ico").exists()
    assert "PrivilegesRequired=lowest" in script


def test_start_menu_and_desktop_shortcuts() -> None:
    icons = _section("Icons")
    assert any(line.startswith('Name: "{autoprograms}\\') for line in icons)
    assert any(
        line.startswith('Name: "{autodesktop}\\') and "Tasks: desktopicon" in line for line in icons
    )


def test_open_with_for_exports_without_taking_the_default() -> None:
    registry = _section("Registry")
    for ext in (".xlsx", ".csv"):
        entries = [line for line in registry if f"Software\\Classes\\{ext}" in line]
        assert entries, f"no Open with entry for {ext}"
        for line in entries:
            # Only a named value under OpenWithProgids, never the extension's default.
            assert f'"Software\\Classes\\{ext}\\OpenWithProgids"' in line
            assert 'ValueName: "{#ProgId}"' in line
            assert "Flags: uninsdeletevalue" in line
    assert all(line.startswith("Root: HKA;") for line in registry)
    command = [line for line in registry if "{#ProgId}\\shell\\open\\command" in line]
    assert command and '"""{app}\\{#AppExe}"" ""%1"""' in command[0]


def test_uninstall_keeps_the_data_unless_the_merchant_chooses() -> None:
    code = _script().split("[Code]", 1)[1]
    assert "{localappdata}\\{#AppName}" in code
    assert "UninstallSilent" in code  # a silent uninstall never deletes data
    assert "MB_DEFBUTTON2" in code  # the default answer is No
    delete = code.index("DelTree(")
    assert code.rindex("= IDYES then", 0, delete) > code.index("MsgBox(")
    # Nothing else removes the data folder.
    assert "[UninstallDelete]" not in _script()


def test_every_language_has_every_custom_message() -> None:
    messages = _section("CustomMessages")
    by_language: dict[str, set[str]] = {}
    for line in messages:
        match = re.match(r"(\w+)\.(\w+)=", line)
        if match:
            by_language.setdefault(match.group(1), set()).add(match.group(2))
    assert set(by_language) == {"english", "chinesesimplified", "chinesetraditional"}
    assert len({frozenset(names) for names in by_language.values()}) == 1
    languages = "\n".join(_section("Languages"))
    assert "compiler:Default.isl" in languages
    assert "ChineseSimplified.isl" in languages
