"""The frozen app's entry point: the same as ``python -m shopcloser``.

PyInstaller needs a script rather than a package entry point; keep this file trivial.
"""

from shopcloser.app import run

if __name__ == "__main__":
    run()
