"""What the frozen bundle keeps of Qt and of the system (packaging/bundle_filter.py)."""

from __future__ import annotations

import pytest

from tests.packaging.helpers import load

bf = load("bundle_filter.py")
PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        f"{PLUGINS}/iconengines/libqsvgicon.so",
        f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "resources/icons/shopcloser.svg",
    ],
)
def test_plugins_the_app_needs_are_kept(dest: str) -> None:
    assert bf.keep_plugin(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/imageformats/libqpdf.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{PLUGINS}/sqldrivers/libqsqlite.so",
        f"{PLUGINS}/qmltooling/libqmldbg_tcp.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        "PySide6\\plugins\\printsupport\\windowsprintersupport.dll",
    ],
)
def test_plugins_it_never_loads_are_left_out(dest: str) -> None:
    assert not bf.keep_plugin(dest)


def test_only_qt_translations_for_the_offered_languages() -> None:
    assert bf.keep_qt_translation("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert bf.keep_qt_translation("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert bf.keep_qt_translation("PySide6/translations/qt_en.qm")
    assert not bf.keep_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not bf.keep_qt_translation("PySide6/Qt/translations/qt_help_ja.qm")
    # Our own translations are not Qt's to filter.
    assert bf.keep_qt_translation("resources/translations/shopcloser_zh_CN.qm")


def test_qt_libraries_are_recognised_on_every_platform() -> None:
    assert bf.is_qt_library("PySide6/Qt/lib/libQt6Quick.so.6")
    assert bf.is_qt_library("PySide6/Qt6Quick.dll")
    assert bf.is_qt_library("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick")
    assert not bf.is_qt_library("PySide6/QtCore.abi3.so")  # the Python module
    assert not bf.is_qt_library("libpython3.11.so.1.0")


def test_only_qt_libraries_something_links_against_are_kept() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "a"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "b"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "c"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "d"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "e"),  # only a dropped plugin wanted it
        ("PySide6/Qt/lib/libQt6Qml.so.6", "f"),
    ]
    links = {
        "a": ["libQt6Widgets.so.6", "libc.so.6"],
        "b": ["libQt6Gui.so.6"],
        "c": ["libQt6Core.so.6"],
        "d": [],
        "e": ["libQt6Qml.so.6"],
        "f": ["libQt6Core.so.6"],
    }
    needed = bf.needed_qt_libraries(binaries, lambda src: links[src])
    assert needed == {
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    }


def test_links_to_left_out_files_are_dropped() -> None:
    kept = {"PySide6/Qt/lib/libQt6Core.so.6"}
    link = ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")
    dangling = ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK")
    nested = ("PySide6/lib/libQt6Core.so.6", "../Qt/lib/libQt6Core.so.6", "SYMLINK")
    assert bf.link_target_kept(link, kept)
    assert bf.link_target_kept(nested, kept)
    assert not bf.link_target_kept(dangling, kept)
    assert bf.link_target_kept(("a.txt", "/src/a.txt", "DATA"), kept)


def test_distribution_libraries_come_from_the_system_but_python_travels() -> None:
    assert bf.is_system_library("/usr/lib/x86_64-linux-gnu/libxkbcommon.so.0")
    assert not bf.is_system_library("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")
    assert not bf.is_system_library("/opt/venv/lib/python3.11/site-packages/PySide6/Qt/lib/x.so")
