"""What the frozen bundle leaves out of Qt, so that it stays small.

PyInstaller's Qt hooks collect every plugin and translation of each Qt module the app
imports. ShopCloser needs far less: this module decides, from the file's place in the
bundle, what to keep. ``shopcloser.spec`` applies it to PyInstaller's lists; it is plain
Python so that tests can check the rules without a build.

Paths are bundle destinations such as ``PySide6/Qt/plugins/platforms/libqxcb.so``
(Linux, macOS) or ``PySide6/plugins/platforms/qwindows.dll`` (Windows).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Qt's own translations (dialog buttons and the like) for the languages the app offers.
QT_LANGUAGES = ("zh_CN", "zh_TW", "en")

# Plugin folders the app uses, and within some of them the only plugins it needs.
# A folder not listed here (sqldrivers, tls, qmltooling, printsupport, ...) is left out.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb and wayland for Linux desktops, offscreen for headless runs, and the
    # native platform of Windows and macOS.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "platforms/darwin": None,
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # gtk3 would drag GTK in
    # ibus carries Chinese input methods on Linux; compose handles dead keys.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "iconengines": None,  # the SVG app icon
    "imageformats": frozenset({"qsvg", "qico", "qgif", "qjpeg", "qicns"}),
    "styles": None,  # the Windows 11 style
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "accessiblebridge": None,
}

_LIB_SUFFIX = re.compile(r"(\.so(\.\d+)*|\.dll|\.dylib)$")
# Qt's shared libraries: libQt6Core.so.6, Qt6Core.dll, QtCore.framework/Versions/A/QtCore.
_QT_LIBRARY = re.compile(r"^(lib)?Qt6[A-Za-z0-9]+(\.so\.6|\.dll)$")
_QT_FRAMEWORK = re.compile(r"(^|/)Qt[A-Za-z0-9]+\.framework/")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_name(filename: str) -> str:
    """``libqxcb.so`` -> ``qxcb``; ``qwindows.dll`` -> ``qwindows``."""
    stem = _LIB_SUFFIX.sub("", filename)
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(dest: str) -> bool:
    """Whether a file under a Qt ``plugins`` folder belongs in the bundle."""
    parts = _parts(dest)
    if "plugins" not in parts or not parts[0].startswith("PySide6"):
        return True
    index = parts.index("plugins")
    folder = "/".join(parts[index + 1 : -1])
    if folder not in KEPT_PLUGINS:
        return False
    wanted = KEPT_PLUGINS[folder]
    return wanted is None or plugin_name(parts[-1]) in wanted


def keep_qt_translation(dest: str) -> bool:
    """Whether a file is Qt's translation for a language the app offers (or not Qt's)."""
    parts = _parts(dest)
    if not parts[0].startswith("PySide6") or "translations" not in parts:
        return True
    name = parts[-1]
    if not name.endswith(".qm"):
        return True
    return any(name.endswith(f"_{lang}.qm") for lang in QT_LANGUAGES)


def is_qt_library(dest: str) -> bool:
    parts = _parts(dest)
    return bool(_QT_LIBRARY.match(parts[-1]) or _QT_FRAMEWORK.search("/".join(parts)))


def needed_qt_libraries(
    binaries: Iterable[tuple[str, str]], imports_of: Callable[[str], Iterable[str]]
) -> set[str]:
    """The Qt libraries that something else in the bundle links against, transitively.

    ``binaries`` are (destination, source) pairs; ``imports_of(source)`` names the
    libraries one file links against. Everything that is not a Qt library is a root:
    the Python extension modules, the kept plugins, Python's own libraries.
    """
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, src in binaries:
        by_name.setdefault(_parts(dest)[-1], []).append((dest, src))
    pending = [(dest, src) for dest, src in binaries if not is_qt_library(dest)]
    needed: set[str] = set()
    seen: set[str] = set()
    while pending:
        dest, src = pending.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for name in imports_of(src):
            for dep_dest, dep_src in by_name.get(_parts(name)[-1], []):
                if is_qt_library(dep_dest):
                    needed.add(dep_dest)
                pending.append((dep_dest, dep_src))
    return needed


# Where a Linux distribution's packages put shared libraries.
_SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_system_library(src: str) -> bool:
    """A Linux library that comes from the distribution (X11, fonts, OpenSSL, ...).

    The .deb declares the packages that provide them as dependencies instead of carrying
    copies: the system's copies match its graphics drivers and get its security updates.
    Python's own library always travels with the bundle, whatever Python built it.
    """
    real = Path(src).resolve()
    if real.name.startswith("libpython"):
        return False
    return str(real).startswith(_SYSTEM_LIBRARY_DIRS)


def link_target_kept(entry: tuple[str, str, str], kept: set[str]) -> bool:
    """False for a symbolic link (PyInstaller's SYMLINK entry) whose target was left out."""
    dest, target, kind = entry
    if kind != "SYMLINK":
        return True
    dest = dest.replace("\\", "/")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(dest), target))
    return resolved in {k.replace("\\", "/") for k in kept}
