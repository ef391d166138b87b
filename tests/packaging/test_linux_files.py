"""The desktop entry, AppStream metainfo and .deb control data a Linux desktop reads."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shopcloser import __version__
from tests.packaging.helpers import PACKAGING, load

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / "shopcloser.desktop"
METAINFO = LINUX / "io.github.shopcloser.ShopCloser.metainfo.xml"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_offers_open_with_for_exports() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "shopcloser %F"  # %F: every file chosen in "Open with"
    assert entry["Icon"] == "shopcloser"
    assert "Office" in entry["Categories"].split(";")
    assert set(entry["MimeType"].strip(";").split(";")) == {XLSX, "text/csv"}
    assert entry["Terminal"] == "false"
    assert "淘宝" in entry["GenericName[zh_CN]"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_names_the_desktop_entry_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.shopcloser.ShopCloser"
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == {XLSX, "text/csv"}
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for the new version to the metainfo"
    )


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_control_declares_dependencies_and_no_data_removal(tmp_path: Path) -> None:
    build_deb = load("linux/build_deb.py")
    (tmp_path / "opt").mkdir()
    (tmp_path / "opt" / "file").write_bytes(b"x" * 5000)
    control = build_deb.control(tmp_path, ["libegl1", "libxcb-cursor0"])
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line[0].isspace()
    )
    assert fields["Package"] == "shopcloser"
    assert fields["Version"] == __version__
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libegl1, libxcb-cursor0"
    assert "fonts-noto-cjk" in fields["Recommends"]
    assert int(fields["Installed-Size"]) == 5
    # Long description lines are indented, as dpkg requires.
    assert all(line.startswith(" ") for line in control.split("Description: ")[1].splitlines()[1:])
    # No maintainer scripts exist that could touch the merchant's data on removal.
    assert not list(LINUX.glob("*.postrm")) and not list(LINUX.glob("*.prerm"))
