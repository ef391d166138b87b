"""The window starts without loading what only some commands need.

Cold start is measured in bench/startup.py; this guards its biggest lever without a
timing assert: heavy libraries load only when the merchant uses the feature.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("openpyxl", "numpy", "pandas", "alembic", "msoffcrypto", "python_calamine_plus")


def test_opening_the_window_loads_no_heavy_library() -> None:
    code = (
        "import sys; import shopcloser.ui.application, shopcloser.ui.main_window;"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
