"""Starting the window: language, logging, error dialogs, one window per store."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFileOpenEvent, QIcon, QWindow
from PySide6.QtWidgets import QApplication

from shopcloser import APP_NAME, __version__, i18n, paths
from shopcloser.formats.report import check_xml_defences
from shopcloser.logs import setup_logging
from shopcloser.messages import UserError
from shopcloser.store.database import store_file
from shopcloser.store.lock import WriterLock
from shopcloser.ui.errors import show_user_error_and_wait

if TYPE_CHECKING:
    from shopcloser.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_START = time.perf_counter()
# For bench/startup.py: print the time to a visible window, then quit.
EXIT_AFTER_SHOW_ENV = "SHOPCLOSER_EXIT_AFTER_SHOW"


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    import traceback

    text = "".join(traceback.format_exception(kind, exc, tb))
    log.error("Unexpected error:\n%s", text)
    if QApplication.instance() is not None:
        from shopcloser.ui.dialogs.error_dialog import show_bug

        show_bug(None, text)


def create_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("shopcloser")
    icon = paths.resources_dir() / "icons" / "shopcloser.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install_translators(app, i18n.chosen_language(lang))
    return app


def run_gui(
    db: str | None = None,
    files: list[str] | None = None,
    demo: bool = False,
    lang: str | None = None,
) -> int:
    setup_logging()
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    app = create_application(lang)
    try:
        check_xml_defences()  # cheap: openpyxl is not loaded for it
    except UserError as err:
        log.error("Refusing to start: %s", err)
        show_user_error_and_wait(err)
        return 2
    paths_to_import = [Path(f) for f in files or []]
    if demo:
        db = db or str(paths.data_dir() / "demo.db")
    target = db or str(paths.default_db_path())
    store_key = str(store_file(target) or target)

    from shopcloser.ui import single_instance

    lock = WriterLock(store_file(target))
    if not lock.try_acquire():
        if single_instance.hand_over(store_key, [str(p) for p in paths_to_import]):
            log.info("Handed over to the window already open on this store")
            return 0
        try:  # a command is writing to the store; it may have just finished
            lock.acquire_or_refuse()
        except UserError as err:
            show_user_error_and_wait(err)
            return 2

    from shopcloser.store.database import open_store, remove_import_leftovers

    try:
        store = open_store(target)
    except UserError as err:
        show_user_error_and_wait(err)
        return 2
    if store.path is not None:  # this window is the store's one writer from here on
        remove_import_leftovers(store.path)

    from shopcloser.ui.main_window import MainWindow

    window = MainWindow(store)
    server = single_instance.InstanceServer(store_key, window)
    server.activated.connect(window.bring_to_front_and_import)
    app.installEventFilter(_FileOpenHandler(window))
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        window.windowHandle().installEventFilter(_ShownProbe(app))
    if demo:
        from shopcloser.ui.demo import demo_files

        paths_to_import = demo_files() + paths_to_import
    if paths_to_import:
        QTimer.singleShot(0, lambda: window.import_files(paths_to_import))
    try:
        return app.exec()
    finally:
        server.close()
        store.close()
        lock.release()


class _FileOpenHandler(QObject):
    """macOS delivers "Open With ShopCloser" as a FileOpen event, not as arguments."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QFileOpenEvent) and event.file():
            self._window.bring_to_front_and_import([event.file()])
            return True
        return False


class _ShownProbe(QObject):
    """Prints when the window is first exposed (painted on screen), then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            print(f"shown {time.perf_counter() - _START:.3f}", flush=True)
            watched.removeEventFilter(self)
            # exit(), not quit(): quit() asks the window, which would ask about a running import.
            QTimer.singleShot(0, lambda: self._app.exit(0))
        return False
