"""The Qt binding we ship survives a long session.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every Qt call that
returns nothing, and the interpreter aborted after a few thousand calls: a merchant's
window would crash mid-work. This runs such calls in a child process, so that a
crash fails this test instead of the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys

LOOP = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(50_000):
    label.setToolTip("")
print(sys.getrefcount(None) - before)
"""


def test_many_qt_calls_do_not_leak_or_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOOP],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 100
