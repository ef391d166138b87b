"""Refusals that once came late, after most of the memory or time issue 3 allows a
refusal (2 s and 300 MB): a workbook whose shared strings a reader would hold whole, one
of many small parts each compressed beyond any spreadsheet's, and a broken download
padded with NUL bytes, which was refused with a misleading reason. Each is refused from
the command line with exit code 2, the right message and the store as it was; the
workbooks in a process whose peak memory is measured (and its address space limited, so
that a check that failed would not take the machine's memory)."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import samples
from tests.cli.test_import_cli import ORDERS_2017, ORDERS_2020, table_dump
from tests.cli.test_import_refusals import _imported, _refused
from tests.helpers import REPO, run_cli

# The CLI with its address space limited to 1 GB (a good workbook's import reserves
# about 350 MB of it), printing its peak memory as it ends (after the command itself).
# The peak is the process's own (VmHWM): getrusage's counts the test process's memory
# too, the child having started as a copy of it.
_MEASURED = """
import atexit, resource, runpy, sys

def peak():
    with open("/proc/self/status") as status:
        print(*(line for line in status if line.startswith("VmHWM:")), file=sys.stderr)

resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
atexit.register(peak)
sys.argv = ["shopcloser", *sys.argv[1:]]
runpy.run_module("shopcloser", run_name="__main__")
"""
_MAX_PEAK_KB = 300 * 1024
linux_only = pytest.mark.skipif(
    not Path("/proc/self/status").is_file(), reason="peak memory read from /proc"
)


def _refused_in_bounds(db: Path, path: Path, says: str) -> str:
    before = table_dump(db)
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED, "--db", str(db), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "SHOPCLOSER_IMPORT_HELPER": "never"},
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr[-2000:]
    assert says in result.stderr and "Traceback" not in result.stderr
    peak = re.search(r"VmHWM:\s*(\d+) kB", result.stderr)
    assert peak is not None and int(peak.group(1)) < _MAX_PEAK_KB, result.stderr[-300:]
    assert table_dump(db) == before
    return result.stderr


def _workbook(path: Path, parts: dict[str, Iterator[bytes]], *, stored: bytes = b"") -> Path:
    """The 2020 sample workbook with ``parts`` added (and a part of ``stored`` bytes)."""
    with (
        zipfile.ZipFile(ORDERS_2020) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        for name, chunks in parts.items():
            with target.open(name, "w") as part:
                for chunk in chunks:
                    part.write(chunk)
        if stored:
            target.writestr("xl/media/image1.bin", stored, zipfile.ZIP_STORED)
    return path


def _shared_strings(megabytes: int) -> Iterator[bytes]:
    """Shared strings of one random letter each: compressed 17 times, within every
    ratio, and what costs a reader the most memory for their size (about 3.3 times)."""
    pick = random.Random(3).choice
    letters = [bytes([c]) for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-"]
    block = b"".join(b"<si><t>" + pick(letters) + b"</t></si>" for _ in range(58_000))
    yield b'<?xml version="1.0" encoding="UTF-8"?>'
    yield b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    for _ in range(megabytes * (1 << 20) // len(block)):
        yield block
    yield b"</sst>"


@linux_only
@pytest.mark.parametrize(
    ("name", "megabytes"),
    [
        # Over the bound by its size: refused from the zip's directory, before inflating.
        ("xl/sharedStrings.xml", 110),
        # Under it by its size, over it by its strings: refused while inflating, once the
        # strings seen so far pass it. A reader finds the part whatever the case of its name.
        ("xl/sharedStrings.xml", 90),
        ("XL/SharedStrings.XML", 90),
    ],
)
def test_shared_strings_a_reader_would_hold_are_refused_in_bounded_memory(
    tmp_path: Path, name: str, megabytes: int
) -> None:
    """Before: 90 MB of these were imported in 2.5 s and 376 MB, 150 MB in 567 MB (the
    reader holds every shared string), and a workbook refused after the reader had
    opened it was refused that late."""
    db = _imported(tmp_path)
    path = _workbook(tmp_path / "ExportOrderList.xlsx", {name: _shared_strings(megabytes)})
    stderr = _refused_in_bounds(db, path, says="more text in one place")
    assert "saved again in Excel" in stderr


@linux_only
def test_other_parts_a_reader_holds_are_no_shared_text(tmp_path: Path) -> None:
    """Styles a reader would hold whole, far past the bound: refused like a zip bomb,
    not with the advice for a workbook saved again in Excel (whose shared text it is)."""
    db = _imported(tmp_path)
    styles = (chunk.replace(b"si>", b"xf>") for chunk in _shared_strings(110))
    path = _workbook(tmp_path / "ExportOrderList.xlsx", {"XL/Styles.xml": styles})
    stderr = _refused_in_bounds(db, path, says='"zip bomb"')
    assert "saved again in Excel" not in stderr


@linux_only
@pytest.mark.parametrize("padded", [False, True], ids=["alone", "padded-out"])
def test_many_small_parts_each_compressed_a_thousand_times_are_refused(
    tmp_path: Path, padded: bool
) -> None:
    """Parts under 100 KB escaped the ratio check one by one: 990 of 99 KB unpack to
    98 MB from 200 KB. Refused from the directory, also when a part of random bytes
    pads the archive out so that it is compressed under 100 times as a whole."""
    db = _imported(tmp_path)
    part = b"<a/>" * (99_000 // 4)
    parts = {f"xl/media/part{n}.xml": iter([part]) for n in range(990)}
    stored = random.Random(4).randbytes(1_100_000) if padded else b""
    path = _workbook(tmp_path / "ExportOrderList.xlsx", parts, stored=stored)
    with zipfile.ZipFile(path) as archive:
        sizes = [(p.file_size, p.compress_size) for p in archive.infolist()]
        added = [p.file_size for p in archive.infolist() if p.filename in parts]
    assert max(added) < 100 * 1024
    whole = sum(size for size, _ in sizes) / sum(packed for _, packed in sizes)
    assert (whole < 100) is padded
    _refused_in_bounds(db, path, says='"zip bomb"')


def test_more_parts_than_any_workbook_has_are_refused(tmp_path: Path) -> None:
    """1,001 parts: each one's start is read in several passes, and 10,000 small ones
    kept the check busy for over a second."""
    db = _imported(tmp_path)
    parts = {f"xl/media/part{n}.xml": iter([b"<a/>"]) for n in range(1_001)}
    path = _workbook(tmp_path / "ExportOrderList.xlsx", parts)
    _refused(db, str(path), says="made of 1007 parts")


def _export(tmp_path: Path, suffix: str, orders: int = 500) -> bytes:
    """A seller-centre export (of 500 orders: over 64 KB, the head read first)."""
    path = tmp_path / f"export{suffix}"
    samples.write_orders(path, orders, 7, "2017" if suffix == ".csv" else "2020")
    return path.read_bytes()


def _first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


_NUL_PADDING = bytes(1 << 20)


@pytest.mark.parametrize("name", ["ExportOrderList.csv", "ExportOrderList.xlsx"])
@pytest.mark.parametrize(
    "content",
    ["nothing", "csv-start", "xlsx-start", "whole-csv", "small-csv-start"],
)
def test_a_download_padded_with_nul_bytes_is_refused_as_incomplete(
    tmp_path: Path, name: str, content: str
) -> None:
    """What a download that broke off may leave: the start of the file, or nothing, then
    NUL bytes up to the size announced. Before: "a text far longer than a cell", "not a
    spreadsheet", "mixes character encodings" or (a workbook) "damaged", depending on
    where it broke off."""
    db = _imported(tmp_path)
    starts: dict[str, Callable[[], bytes]] = {
        "nothing": lambda: b"",
        "csv-start": lambda: _first_half(_export(tmp_path, ".csv")),
        "xlsx-start": lambda: _first_half(_export(tmp_path, ".xlsx")),
        "whole-csv": lambda: _export(tmp_path, ".csv"),
        "small-csv-start": lambda: _first_half(ORDERS_2017.read_bytes()),  # NULs in its head
    }
    path = tmp_path / name
    path.write_bytes(starts[content]() + _NUL_PADDING)
    stderr = _refused(db, str(path), says="part of it was never downloaded")
    assert "Export the report again from the seller centre" in stderr


@pytest.mark.parametrize(
    ("after", "nuls"),
    [(b"", 200_000), (b"\xb5", 200_000), (b"", 17 << 20)],
    ids=["between-rows", "in-a-character", "longer-than-a-row"],
)
def test_nul_bytes_in_the_middle_of_a_download_are_refused_as_incomplete(
    tmp_path: Path, after: bytes, nuls: int
) -> None:
    """A download in parallel parts that lost one: NUL bytes in the middle, the file's
    end in place. Before: "a text far longer than a cell" (the NUL bytes read as one
    text), "mixes character encodings" (after half a character), or "a row far larger
    than any row" (over 16 MB of them, found as the file is hashed)."""
    db = _imported(tmp_path)
    data = _export(tmp_path, ".csv", orders=1_500)
    cut = data.index(b"\r\n", 100_000) + 2
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(data[:cut] + after + bytes(nuls) + data[cut + 200_000 :])
    _refused(db, str(path), says="part of it was never downloaded")


@pytest.mark.parametrize("nuls", [16, 100, 511, 4096])
@pytest.mark.parametrize("where", ["between-rows", "in-a-row", "in-the-head", "across-two-reads"])
def test_a_short_run_of_nul_bytes_is_refused_as_incomplete(
    tmp_path: Path, nuls: int, where: str
) -> None:
    """A gap of NUL bytes too short to make a cell too long (no export holds 16 in a
    row). Before: imported, the rows it overwrote missing, the row it fell in flagged as
    incomplete or not at all; in the file's first 64 KB, "not a spreadsheet"."""
    db = _imported(tmp_path)
    data = _export(tmp_path, ".csv", orders=3_000 if where == "across-two-reads" else 1_500)
    start = 1_000 if where == "in-the-head" else 100_000
    cut = data.index(b"\r\n", start) + 2 + (40 if where == "in-a-row" else 0)
    path = tmp_path / "ExportOrderList.csv"
    if where == "across-two-reads":
        # The file is hashed 1 MB at a time: a title line above the header puts the
        # start of a row, and half the run, 8 bytes before the first megabyte's end.
        cut = data.index(b"\r\n", (1 << 20) - 3_000) + 2
        title = b"x" * ((1 << 20) - 8 - cut - 2) + b"\r\n"
        path.write_bytes(title + data[:cut] + bytes(nuls) + data[cut:])
    else:
        path.write_bytes(data[:cut] + bytes(nuls) + data[cut + nuls :])
    stderr = _refused(db, str(path), says="part of it was never downloaded")
    assert "Export the report again from the seller centre" in stderr


def test_a_nul_byte_alone_in_a_cell_is_read_as_part_of_it(tmp_path: Path) -> None:
    """As before: one NUL byte, or a few, is no gap a download leaves."""
    data = _export(tmp_path, ".csv", orders=1_500)
    cut = data.index(b"\r\n", 100_000) + 2 + 40
    path = tmp_path / "ExportOrderList.csv"
    for nuls in (1, 15):
        path.write_bytes(data[:cut] + bytes(nuls) + data[cut + nuls :])
        db = tmp_path / f"shop-{nuls}.db"
        result = run_cli("import", str(path), db=db)
        assert result.returncode == 0, result.stderr
        assert "Orders added: 1500" in result.stdout


def test_files_ending_in_nul_bytes_that_are_no_download_are_judged_as_before(
    tmp_path: Path,
) -> None:
    """A tar archive ends in NUL bytes; it is not a spreadsheet, not a broken one."""
    import tarfile

    db = _imported(tmp_path)
    path = tmp_path / "ExportOrderList.csv"
    with tarfile.open(path, "w") as archive:
        archive.add(ORDERS_2017, arcname="orders.csv")
    assert path.read_bytes().endswith(bytes(1024))
    _refused(db, str(path), says="not a spreadsheet")
