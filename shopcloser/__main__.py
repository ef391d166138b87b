"""``python -m shopcloser``: the same entry point as the installed ``shopcloser``."""

import sys

from shopcloser.app import main

sys.exit(main())
