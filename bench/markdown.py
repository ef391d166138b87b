"""The benches' tables, printed as Markdown to paste into bench/README.md."""

from __future__ import annotations

from collections.abc import Sequence


def print_markdown_table(header: Sequence[str], lines: Sequence[Sequence[str]]) -> None:
    """The first column left-aligned, the figures right-aligned."""
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in lines:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("| " + " | ".join(cells) + " |")
