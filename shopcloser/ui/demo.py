"""The sample export a ``--demo`` launch opens on."""

from __future__ import annotations

from pathlib import Path

from shopcloser import paths


def demo_files() -> list[Path]:
    folder = paths.resources_dir() / "sample"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in {".csv", ".xlsx"})
