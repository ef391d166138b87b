"""Assemble dist/shopcloser_<version>_amd64.deb from the PyInstaller bundle in dist/shopcloser/.

    .venv/bin/python packaging/linux/build_deb.py

Layout: the bundle under /opt/shopcloser, /usr/bin/shopcloser linking to it, the desktop
entry, hicolor icons, AppStream metainfo and a copyright file. The package has no
maintainer scripts at all, so installing, upgrading or removing it never touches the
merchant's data in ~/.local/share/ShopCloser.

The bundle uses the distribution's X11, font, OpenSSL... libraries rather than copies
(see packaging/bundle_filter.py), so Depends lists exactly the packages that provide the
libraries the bundle links against, found the way dpkg-shlibdeps finds them: readelf for
what each file needs, ldconfig for where it is, dpkg -S for the package that owns it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shopcloser import __version__  # noqa: E402

BUNDLE = ROOT / "dist" / "shopcloser"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
METAINFO = "io.github.shopcloser.ShopCloser.metainfo.xml"
ARCH = "amd64"

# Not libraries, but what a merchant needs to read Chinese and open links and folders.
RECOMMENDS = ("fonts-noto-cjk", "xdg-utils")
# Libraries every Debian system has (priority required): never worth listing.
ESSENTIAL = frozenset({"libc6", "libgcc-s1", "libstdc++6", "zlib1g"})

DESCRIPTION = """\
Close a Taobao or Tmall shop without loose ends
 ShopCloser helps a Taobao or Tmall merchant close their shop, or switch off
 its order insurance, without leaving an order unfinished and without losing
 or leaking data. It imports the order and item reports exported from the
 seller centre, shows which orders still block closing, and writes a complete,
 verifiable backup workbook. Everything stays on this computer.
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ShopCloser

Files: *
Copyright: ShopCloser developers
License: proprietary

Files: opt/shopcloser/_internal/PySide6/* opt/shopcloser/_internal/libQt6*
 opt/shopcloser/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 Qt and PySide6 are used under the GNU Lesser General Public License version 3,
 found on Debian systems in /usr/share/common-licenses/LGPL-3. Their source code
 is available from https://download.qt.io; to use your own build of Qt, replace
 the libQt6*.so.6 files under /opt/shopcloser/_internal/PySide6/Qt/lib.

Files: opt/shopcloser/_internal/libpython* opt/shopcloser/_internal/python3*
Copyright: Python Software Foundation
License: PSF-2.0

Files: opt/shopcloser/_internal/sqlalchemy/* opt/shopcloser/_internal/alembic/*
 opt/shopcloser/_internal/openpyxl/* opt/shopcloser/_internal/python_calamine_plus/*
 opt/shopcloser/_internal/platformdirs/* opt/shopcloser/_internal/msoffcrypto/*
Copyright: their respective authors
License: MIT

Files: opt/shopcloser/_internal/cryptography/*
Copyright: The cryptography developers
License: Apache-2.0 or BSD-3-Clause
"""


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def needed_libraries(path: Path) -> set[str]:
    """The sonames an ELF file asks the dynamic linker for (its NEEDED entries)."""
    out = run("readelf", "-d", "-W", str(path))
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def system_library_paths() -> dict[str, str]:
    """soname -> path, for 64-bit x86 libraries the dynamic linker knows."""
    paths: dict[str, str] = {}
    for line in run("/sbin/ldconfig", "-p").splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_package(path: str) -> str | None:
    """The Debian package that installed a file (merged-/usr aliases tried too)."""
    real = os.path.realpath(path)
    candidates = [path, real]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def library_packages(bundle: Path) -> list[str]:
    """The packages providing every library the bundle needs but does not carry."""
    files = [p for p in bundle.rglob("*") if is_elf(p)]
    carried = {p.name for p in bundle.rglob("*")}
    wanted: set[str] = set()
    for path in files:
        wanted |= needed_libraries(path) - carried
    known = system_library_paths()
    packages: set[str] = set()
    missing: list[str] = []
    for soname in sorted(wanted):
        if soname.startswith("ld-linux"):
            continue  # the dynamic linker itself, part of libc6
        location = known.get(soname)
        package = owning_package(location) if location else None
        if package is None:
            missing.append(soname)
        else:
            packages.add(package)
    if missing:
        raise SystemExit(
            "These libraries are needed by the bundle but not installed here, so the "
            "package that provides them is unknown: "
            + ", ".join(missing)
            + "\nInstall them (apt-get install ...) and run make package again."
        )
    return sorted(packages - ESSENTIAL)


def install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def normalise_modes(tree: Path) -> None:
    """Directories 755, executables and libraries 755, everything else 644."""
    for path in tree.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK) or is_elf(path):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def tree_size_kib(tree: Path) -> int:
    total = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(staging: Path) -> None:
    shutil.copytree(BUNDLE, staging / "opt" / "shopcloser", symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "shopcloser").symlink_to("/opt/shopcloser/shopcloser")
    share = staging / "usr" / "share"
    install(LINUX / "shopcloser.desktop", share / "applications" / "shopcloser.desktop")
    install(LINUX / METAINFO, share / "metainfo" / METAINFO)
    for size in ICON_SIZES:
        install(
            ICONS / f"shopcloser-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "shopcloser.png",
        )
    install(
        ICONS / "shopcloser.svg",
        share / "icons" / "hicolor" / "scalable" / "apps" / "shopcloser.svg",
    )
    doc = share / "doc" / "shopcloser"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    normalise_modes(staging)


def control(staging: Path, depends: list[str]) -> str:
    return (
        "Package: shopcloser\n"
        f"Version: {__version__}\n"
        f"Architecture: {ARCH}\n"
        "Maintainer: ShopCloser developers <shopcloser@users.noreply.github.com>\n"
        f"Installed-Size: {tree_size_kib(staging)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}"
    )


def main() -> int:
    if not (BUNDLE / "shopcloser").is_file():
        raise SystemExit(f"No bundle in {BUNDLE}: run PyInstaller first (make package).")
    staging = ROOT / "build" / "deb" / f"shopcloser_{__version__}_{ARCH}"
    shutil.rmtree(staging, ignore_errors=True)
    stage(staging)
    depends = library_packages(staging / "opt" / "shopcloser")
    (staging / "DEBIAN").mkdir(mode=0o755)
    (staging / "DEBIAN" / "control").write_text(control(staging, depends), encoding="utf-8")
    output = ROOT / "dist" / f"shopcloser_{__version__}_{ARCH}.deb"
    output.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(output)],
        check=True,
    )
    print(f"Depends: {', '.join(depends)}")
    print(f"Built {output.relative_to(ROOT)} ({output.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
