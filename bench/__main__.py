"""``python -m bench [--quick]``: every bench, one after the other, each printing its table.

``--quick`` uses small sizes and few runs, to check that the benches work.
"""

from __future__ import annotations

import argparse
import importlib

# Each module offers main(quick: bool).
BENCHES = (
    "bench.startup",
    "bench.import_bench",
    "bench.gui_stall",
    "bench.refusal_bench",
    "bench.orders_bench",
    "bench.backup_bench",
)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the benches")
    args = parser.parse_args()
    for name in BENCHES:
        importlib.import_module(name).main(quick=args.quick)


if __name__ == "__main__":
    main()
