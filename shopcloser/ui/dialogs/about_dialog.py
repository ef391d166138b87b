"""About ShopCloser: version, and the licences of what it is built from."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from shopcloser import __version__

# Everything else the installed app carries, with its licence (SPDX identifiers: names,
# not prose, so they are not translated). Qt, PySide6, the libraries named in the
# translated paragraph and Python itself are covered there.
OTHER_COMPONENTS = (
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("olefile", "BSD-2-Clause"),
    ("et_xmlfile", "MIT"),
    ("Mako", "MIT"),
    ("MarkupSafe", "BSD-3-Clause"),
    ("typing_extensions", "PSF-2.0"),
    ("cffi", "MIT"),
    ("shiboken6", "LGPL-3.0-only"),
    ("ICU", "Unicode-3.0"),
    ("OpenSSL", "Apache-2.0"),
    ("SQLite", "blessing"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ShopCloser"))
        title = QLabel(f"<h2>ShopCloser {__version__}</h2>", self)
        summary = QLabel(
            self.tr(
                "Helps you close a Taobao or Tmall shop, or switch off its order insurance, "
                "without leaving an order unfinished and without losing or leaking data."
            ),
            self,
        )
        summary.setWordWrap(True)
        licences = QTextBrowser(self)
        licences.setOpenExternalLinks(True)
        licences.setHtml(
            self.tr(
                "<p><b>Components</b></p>"
                "<p>Qt {qt} and PySide6 {pyside} are used under the GNU LGPL version 3. You may "
                "obtain their source code from https://download.qt.io and replace the Qt "
                "libraries in the installation folder with your own build.</p>"
                "<p>SQLAlchemy and Alembic (MIT), openpyxl (MIT), python-calamine-plus (MIT), "
                "platformdirs (MIT), msoffcrypto-tool (MIT), defusedxml (PSF) and Python (PSF).</p>"
            ).format(qt=qVersion(), pyside=PySide6.__version__)
            + "<p>"
            + "<br>".join(f"{name}: {licence}" for name, licence in OTHER_COMPONENTS)
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.resize(520, 400)
