"""The frozen app's entry point: the same as ``python -m shopcloser``.

PyInstaller needs a script rather than a package entry point; keep this file trivial.
"""

import sys

from shopcloser.app import main

if __name__ == "__main__":
    sys.exit(main())
