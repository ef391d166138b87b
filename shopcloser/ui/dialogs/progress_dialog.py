"""Progress of a long operation: rows done, speed, time left, and Cancel."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class ProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.message = QLabel(self.tr("Starting…"), self)
        self.message.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.rate = QLabel("", self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.rate)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(460)
        self._started = time.monotonic()
        self._stop: Callable[[], bool] | None = None

    def update_progress(self, done: int, total: int, message: str) -> None:
        if message and message != self.message.text():
            self.message.setText(message)
            # A long file name wraps to more lines than "Starting…" had: grow to show them,
            # rather than cut the first off and run the last into the bar.
            if self.message.heightForWidth(self.message.width()) > self.message.height():
                self.adjustSize()
        elapsed = max(time.monotonic() - self._started, 1e-6)
        speed = done / elapsed
        locale = self.locale()
        if 0 < total <= done:
            # Every row is read; what is left (saving, indexing) has nothing to count, so
            # a moving bar rather than a full one and "1 s left" for a while.
            self.bar.setRange(0, 0)
            self.rate.setText(self.tr("All %Ln row(s) read · finishing…", "", done))
        elif total > 0 and done == 0:
            # Nothing read yet: no speed to tell the time left from.
            self.bar.setRange(0, 1000)
            self.bar.setValue(0)
            self.rate.setText(
                self.tr("{done} of %Ln row(s)", "", total).format(done=locale.toString(done))
            )
        elif total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))
            left = (total - done) / speed
            self.rate.setText(
                self.tr(
                    "{done} of %Ln row(s) · {speed} rows/s · about {left} s left", "", total
                ).format(
                    done=locale.toString(done),
                    speed=locale.toString(int(speed)),
                    left=locale.toString(int(left) + 1),
                )
            )
        else:
            self.bar.setRange(0, 0)
            self.rate.setText(
                self.tr("%Ln row(s) · {speed} rows/s", "", done).format(
                    speed=locale.toString(int(speed))
                )
            )

    def stops(self, cancel: Callable[[], bool]) -> None:
        """Cancel calls ``cancel``, which says whether the work will still stop (False:
        it is saving what it did already, see ``CancelToken.last_check``)."""
        self._stop = cancel

    def _cancel(self) -> None:
        stopping = self._stop() if self._stop is not None else True
        self.message.setText(
            self.tr("Cancelling… nothing will be changed.")
            if stopping
            # Saying "nothing will be changed" here was untrue: the work is saved whole.
            else self.tr("Already saving: this can no longer be stopped. It ends in a moment.")
        )
        # The disabled button loses the focus: give it to the message, which a screen
        # reader then reads, rather than to nothing.
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.message.setFocus()
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    def reject(self) -> None:
        # Esc or the close button cancel the work; the owner closes the dialog when it stops.
        if self.cancel_button.isEnabled():
            self._cancel()
