"""The user guide's pictures: each tab of the window and the summary of an import, in every
language the guide ships.

    python packaging/guide_screenshots.py [--out DIR] [--lang en zh_CN …]

Each language is drawn by a child process with a temporary home folder of its own (so
neither the developer's own data nor their settings show, and the window opens at its
default size), holding the bundled sample export imported into the default data file,
as a merchant's first import would. What the window shows of that home is what a
merchant sees of theirs (``~/…``), never a temporary folder's path.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "resources" / "guide"
LANGUAGES = ("en", "zh_CN", "zh_TW")
TABS = ("overview", "orders", "backup")  # the window's tabs, in order: <lang>-<tab>.png
SUMMARY = "import-summary"  # the summary of the sample's import: <lang>-import-summary.png


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GUIDE / "images")
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--child", metavar="LANG", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return draw(args.child, args.out)
    sys.path.insert(0, str(REPO))
    from tests.screen import desktop_screen_file

    # A desktop's screen: Qt's offscreen one is smaller than the window's first size.
    screen = desktop_screen_file()
    if screen is None:
        parser.error(
            f"Qt cannot be given {REPO / 'tests' / 'desktop-screen.json'} (a ':' or ';' in "
            "the path), nor a copy in the temporary folder: set TMPDIR to a folder without one"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.lang:
        with tempfile.TemporaryDirectory(prefix="shopcloser-guide-") as tmp:
            home = Path(tmp) / "home"
            home.mkdir()
            env = {
                key: value
                for key, value in os.environ.items()
                if not key.startswith(("XDG_", "SHOPCLOSER_"))  # defaults under the home
            }
            env.update(
                HOME=str(home), QT_QPA_PLATFORM=f"offscreen:configfile={screen}", LANGUAGE=language
            )
            command = [sys.executable, __file__, "--child", language, "--out", str(args.out)]
            subprocess.run(command, env=env, cwd=REPO, check=True)
    return 0


def draw(language: str, out: Path) -> int:
    """Import the sample into the default data file and save each tab, then the import's
    summary (in the child)."""
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from shopcloser import paths
    from shopcloser.services.importing import import_files
    from shopcloser.store.database import open_store
    from shopcloser.ui.application import create_application
    from shopcloser.ui.demo import demo_files
    from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
    from shopcloser.ui.main_window import MainWindow

    assert str(paths.data_dir()).startswith(os.environ["HOME"])  # never the real data
    app = create_application(language)
    db = paths.default_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(str(db))
    summary = import_files(store, demo_files(), helper=False)
    window = MainWindow(store)
    window.show()

    def settle(ms: int = 1500) -> None:
        """Let background counts finish and the window repaint."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    settle()
    for index, tab in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        settle()
        save(window.grab(), out / f"{language}-{tab}.png")
    # As the merchant sees it after the import: beside the window, at its own size.
    dialog = ImportSummaryDialog(summary, window)
    dialog.show()
    settle()
    save(dialog.grab(), out / f"{language}-{SUMMARY}.png")
    dialog.close()
    window.close()
    store.close()
    app.quit()
    return 0


def save(picture: QPixmap, path: Path) -> None:
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


if __name__ == "__main__":
    sys.exit(main())
