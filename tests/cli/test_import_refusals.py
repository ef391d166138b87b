"""Files the import refuses from the command line: exit code 2, a message saying what is
wrong and what to do, no traceback, and the store exactly as it was."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_import_cli import (
    DATA,
    ITEMS_2017,
    ITEMS_2020_CSV,
    ORDERS_2017,
    ORDERS_2020,
    table_dump,
)
from tests.helpers import REPO, run_cli

ORDERS_2018 = DATA / "orders-2018.csv"


def _imported(tmp_path: Path) -> Path:
    """A store holding a good import, for a refused file to leave alone."""
    db = tmp_path / "shop.db"
    result = run_cli("import", str(ORDERS_2017), str(ITEMS_2017), db=db)
    assert result.returncode == 0, result.stderr
    return db


def _refused(db: Path, *args: str, says: str) -> str:
    """Import ``args`` into ``db``: refused with ``says`` and the store unchanged."""
    before = table_dump(db)
    result = run_cli("import", *args, db=db)
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert table_dump(db) == before
    return result.stderr


def _sample_ids(path: Path, column: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("gb18030"))))
    index = [h.strip() for h in rows[0]].index(column)
    return [row[index].strip('="') for row in rows[1:4]]


def test_an_order_file_without_order_status_is_refused(tmp_path: Path) -> None:
    """A refund report, or a bare list of order numbers, names stored orders but has no
    订单状态: taken as an order report, it blanked their status and amounts."""
    db = _imported(tmp_path)
    ids = _sample_ids(ORDERS_2017, "订单编号")
    bare = tmp_path / "ids.csv"
    bare.write_bytes(("订单编号\r\n" + "\r\n".join(ids) + "\r\n").encode("gb18030"))
    refund = tmp_path / "refunds.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["订单编号", "退款编号", "买家实际支付金额", "买家退款金额", "退款状态"])
    for number, order_id in enumerate(ids):
        sheet.append([order_id, f"9{number}12345678", "128.00", "128.00", "退款成功"])
    book.save(refund)
    for path in (bare, refund):
        stderr = _refused(db, str(path), says="no order status column (订单状态)")
        assert "order report (订单报表)" in stderr and "批量导出" in stderr


def test_an_item_file_without_order_status_is_refused(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    ids = _sample_ids(ITEMS_2017, "订单编号")
    bare = tmp_path / "items.csv"
    lines = ["订单编号,标题,价格,购买数量"] + [f'="{i}","连衣裙","128.00","1"' for i in ids]
    bare.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    stderr = _refused(db, str(bare), says="no order status column (订单状态)")
    assert "item report (宝贝报表)" in stderr


def _with_wrong_crc(source: Path, out: Path, old: bytes, new: bytes) -> None:
    """``source`` with ``old`` changed to ``new`` in its sheet, under the sheet's old
    CRC-32: a damaged byte that still inflates, to other text."""
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old in parts[sheet] and len(old) == len(new)
    true_crc = struct.pack("<I", zlib.crc32(parts[sheet]))
    parts[sheet] = parts[sheet].replace(old, new, 1)
    damaged_crc = struct.pack("<I", zlib.crc32(parts[sheet]))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = out.read_bytes()
    assert data.count(damaged_crc) == 2  # the local header and the directory
    out.write_bytes(data.replace(damaged_crc, true_crc))


def test_a_workbook_whose_sheet_fails_its_crc_is_refused(tmp_path: Path) -> None:
    """Garbled text that inflates well is caught by the CRC-32 the zip keeps."""
    db = _imported(tmp_path)
    damaged = tmp_path / "ExportOrderList.xlsx"
    _with_wrong_crc(ORDERS_2020, damaged, "越秀区".encode(), "天河区".encode())
    stderr = _refused(db, str(damaged), says="damaged or incomplete")
    assert "Download the report again" in stderr


# Runs the import with the file deleted or emptied right after it was opened and checked,
# as a browser, an antivirus or a sync tool may do while other files are read.
_MEANWHILE = """
import pathlib, sys
import shopcloser.services.importing as importing
from shopcloser.cli import run_cli
happen, db, path = sys.argv[1:]
opened = importing.open_report

def open_then_change(file, **options):
    report = opened(file, **options)
    if happen == "deleted":
        file.unlink()
    elif happen == "replaced":
        other = file.with_name("another.xlsx")
        other.write_bytes(file.read_bytes()[:-100])  # a download still running
        other.replace(file)
    else:
        file.write_bytes(b"")
    return report

importing.open_report = open_then_change
sys.exit(run_cli(["--db", db, "import", path]))
"""


def _script(source: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Python ``source`` run as a merchant's script runs the CLI, in one process."""
    return subprocess.run(
        [sys.executable, "-c", source, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "SHOPCLOSER_IMPORT_HELPER": "never"},
    )


@pytest.mark.parametrize(
    ("sample", "happen", "says"),
    [
        (ORDERS_2018, "deleted", "cannot be opened"),
        (ORDERS_2018, "emptied", "changed while it was being imported"),
        # Before: "damaged or incomplete", as if it needed downloading again.
        (ORDERS_2020, "emptied", "changed while it was being imported"),
        (ORDERS_2020, "replaced", "changed while it was being imported"),
    ],
)
def test_a_file_gone_while_importing_is_refused(
    tmp_path: Path, sample: Path, happen: str, says: str
) -> None:
    db = _imported(tmp_path)
    before = table_dump(db)
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    result = _script(_MEANWHILE, happen, str(db), str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr
    assert table_dump(db) == before


def test_a_named_pipe_is_refused_without_waiting_on_it(tmp_path: Path) -> None:
    """Opening a named pipe waits for a writer: only regular files are opened."""
    db = _imported(tmp_path)
    pipe = tmp_path / "ExportOrderList.csv"
    os.mkfifo(pipe)
    before = table_dump(db)
    for helper in ("", "always"):
        result = run_cli(
            "import", str(pipe), db=db, env={"SHOPCLOSER_IMPORT_HELPER": helper}, timeout=60
        )
        assert result.returncode == 2, result.stdout + result.stderr
        assert "is not a file" in result.stderr and "Traceback" not in result.stderr
    assert table_dump(db) == before


def test_a_name_longer_than_the_system_allows_is_refused_as_missing(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    too_long = tmp_path / ("订单报表" * 25 + ".csv")  # 300 bytes: over the 255 a name may have
    _refused(db, str(too_long), says="does not exist or is not a file")


# Runs the import with hashing a file ending the process: what is refused on its first
# rows must be refused before it is read whole (a gigabyte takes seconds to hash).
_NO_HASHING = """
import sys
import shopcloser.formats.opening as opening
from shopcloser.cli import run_cli

def hashed(path):
    sys.exit(99)

opening._sha256_and_lines = opening._sha256 = hashed
sys.exit(run_cli(["--db", sys.argv[1], "import", *sys.argv[2:]]))
"""


def test_a_file_that_is_no_report_is_refused_before_it_is_hashed(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    before = table_dump(db)
    zeros = tmp_path / "ExportOrderList.csv"
    zeros.write_bytes(bytes(1 << 20))
    other = tmp_path / "other-report.csv"
    other.write_bytes(("退款编号,退款状态\r\n" + '="1",退款成功\r\n' * 50_000).encode("gb18030"))
    # Only NUL bytes: a download that broke off before anything arrived.
    for path, says in ((zeros, "never downloaded"), (other, "no order number column")):
        result = _script(_NO_HASHING, str(db), str(path))
        assert result.returncode == 2, result.stdout + result.stderr
        assert says in result.stderr and "Traceback" not in result.stderr
    assert table_dump(db) == before


def test_a_report_that_passes_is_hashed_once_checked(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ORDERS_2018), str(ORDERS_2020), db=db).returncode == 0
    with closing(sqlite3.connect(db)) as conn:
        (files,) = conn.execute("SELECT files FROM import_batches").fetchone()
    recorded = {f["name"]: f["sha256"] for f in json.loads(files)}
    for path in (ORDERS_2018, ORDERS_2020):
        assert recorded[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()


def _zip_of(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            data = "application/vnd.oasis.opendocument.spreadsheet" if name == "mimetype" else ""
            archive.writestr(name, data)
    return path


def test_libreoffice_and_numbers_files_are_named_as_such(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    ods = _zip_of(tmp_path / "orders.ods", ["mimetype", "content.xml", "META-INF/manifest.xml"])
    numbers = _zip_of(tmp_path / "orders.numbers", ["Index/Document.iwa", "Metadata/x.plist"])
    for path in (ods, numbers):
        stderr = _refused(db, str(path), says="LibreOffice, OpenOffice or Apple Numbers")
        assert "CSV or Excel xlsx file downloaded from the seller centre" in stderr


@pytest.mark.skipif(not Path("/proc/self/mem").is_file(), reason="Linux: reading it fails")
def test_a_read_error_is_told_in_the_merchants_language(tmp_path: Path) -> None:
    """The system's text for the error ("Input/output error") is English in any language:
    the merchant reads a translated message instead."""
    db = _imported(tmp_path)
    before = table_dump(db)
    result = run_cli("--lang", "zh_CN", "import", "/proc/self/mem", db=db)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Input/output error" not in result.stderr
    assert "报告了读取错误" in result.stderr
    assert table_dump(db) == before


# Runs the import and reports the process's peak memory (VmHWM: getrusage's peak would
# count the test process's, since it is kept across exec). How long the refusal takes is
# measured in bench/refusal_bench.py, not asserted here.
_MEASURED = """
import re, sys
from pathlib import Path
from shopcloser.cli import run_cli
code = run_cli(sys.argv[1:])
peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text())[1]) // 1024
print(f"measured: {peak} MB", file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="Linux: peak memory")
def test_a_row_of_millions_of_cells_is_refused_in_little_memory(tmp_path: Path) -> None:
    """An order row followed by 40 million separators: the csv module would build a row
    of 40 million cells (over 500 MB) to read it."""
    db = _imported(tmp_path)
    before = table_dump(db)
    lines = ORDERS_2017.read_bytes().split(b"\r\n")
    lines[1] += b"," * 40_000_000
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(b"\r\n".join(lines))
    result = _script(_MEASURED, "--db", str(db), "import", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "far larger than any row of a seller-centre report" in result.stderr
    assert "Traceback" not in result.stderr
    measured = re.search(r"measured: (\d+) MB", result.stderr)
    assert measured is not None, result.stderr
    assert int(measured[1]) < 300, result.stderr
    assert table_dump(db) == before


def _with_ids(source: Path, target: Path, id_cell: Callable[[int], str]) -> Path:
    """``source`` (a seller-centre CSV) with each data row's first cell (its order
    number, or an item's sub-order number and then its order number) replaced."""
    header, *rows = source.read_bytes().decode("gb18030").split("\r\n")
    rows = [row for row in rows if row]
    kept = 2 if header.startswith('"子订单编号"') else 1  # both ids of a newer item row
    changed = [",".join([id_cell(n)] * kept + row.split(",")[kept:]) for n, row in enumerate(rows)]
    target.write_bytes(("\r\n".join([header, *changed]) + "\r\n").encode("gbk"))
    return target


@pytest.mark.parametrize(
    ("sample", "id_cell", "column"),
    [
        (ORDERS_2017, lambda n: '=""', "订单编号"),
        (ORDERS_2017, lambda n: '"合计"' if n % 2 else '""', "订单编号"),
        (ITEMS_2017, lambda n: '=""', "订单编号"),
        (ITEMS_2020_CSV, lambda n: '=""', "主订单编号"),
    ],
    ids=["orders-empty", "orders-summary-text", "items-2017", "items-2020"],
)
def test_a_file_without_one_readable_order_number_is_refused(
    tmp_path: Path, sample: Path, id_cell: Callable[[int], str], column: str
) -> None:
    """Every row flagged and no order imported used to pass as an import of 0 orders."""
    db = _imported(tmp_path)
    path = _with_ids(sample, tmp_path / sample.name, id_cell)
    stderr = _refused(db, str(path), says="No row of this file has an order number")
    assert f"(column {column})" in stderr and "export it again" in stderr
    # Not even beside a good file: the import is one, refused as a whole.
    _refused(db, str(ORDERS_2018), str(path), says="No row of this file has an order number")


@pytest.mark.parametrize("sample", [ORDERS_2017, ITEMS_2017, ITEMS_2020_CSV, ORDERS_2020])
def test_a_report_with_its_header_and_no_rows_is_refused(tmp_path: Path, sample: Path) -> None:
    """Like an empty file: no order to import (the period exported may have had none)."""
    db = _imported(tmp_path)
    path = tmp_path / sample.name
    if sample.suffix == ".csv":
        path.write_bytes(sample.read_bytes().split(b"\r\n")[0] + b"\r\n")
    else:
        book = openpyxl.load_workbook(sample)
        sheet = book.active
        assert sheet is not None
        sheet.delete_rows(2, sheet.max_row)
        book.save(path)
    stderr = _refused(db, str(path), says="has its header row but no rows below it")
    assert "Check the period you chose" in stderr and "leave this file out" in stderr


def test_items_of_one_order_in_two_places_are_refused_in_plain_words(tmp_path: Path) -> None:
    """The 2017 item report has no sub-order numbers: an item is known by its place among
    its order's items, which the seller centre lists together. Moved apart (by editing, or
    by pasting reports together), the order's items cannot be told apart."""
    db = _imported(tmp_path)
    header, *rows = ITEMS_2017.read_bytes().decode("gb18030").split("\r\n")
    order = rows[3].split(",")[0]  # rows 5 to 7 of the file: three items of one order
    assert [row.split(",")[0] for row in rows[3:6]] == [order] * 3
    assert rows[6].split(",")[0] != order
    rows[4:8] = [*rows[5:8], rows[4]]  # its second item moved to row 9, after another order
    path = tmp_path / "ExportOrderDetailList.csv"
    path.write_bytes("\r\n".join([header, *rows]).encode("gbk"))
    stderr = _refused(db, str(path), says="in two places")
    number = order.strip('="')
    assert f"lists items of order {number} in two places (rows 5 and 9," in stderr
    assert "Import each item report as it was downloaded" in stderr
    assert "#" not in stderr


def test_item_rows_left_without_their_order_number_are_refused(tmp_path: Path) -> None:
    """An order's items below its first, as a merged order-number cell leaves them when
    the sheet is saved again: refused, in one process and with the import's helper,
    rather than imported without the items (and their refunds)."""
    from tests.samples import rewrite_csv

    db = _imported(tmp_path)
    previous, blanked = [""], []

    def merged(row: dict[str, str]) -> None:
        order_id = row["主订单编号"]
        if order_id == previous[0]:
            row["主订单编号"] = ""
            blanked.append(order_id)
        previous[0] = order_id

    edited = rewrite_csv(ITEMS_2020_CSV, tmp_path / "items-merged.csv", merged)
    assert blanked  # orders of several items, as a real item report has
    for helper in ("never", "always"):
        before = table_dump(db)
        result = run_cli("import", str(edited), db=db, env={"SHOPCLOSER_IMPORT_HELPER": helper})
        assert result.returncode == 2, result.stdout + result.stderr
        assert "holds an order or an item but no order number" in result.stderr
        assert "items-merged.csv" in result.stderr and "Traceback" not in result.stderr
        assert table_dump(db) == before


def test_two_exports_joined_into_one_file_are_refused_as_such(tmp_path: Path) -> None:
    """``copy /b a.csv+b.csv``: the second file's header row stands among the orders.
    Refused as a row without an order number, the message spoke of merged cells."""
    db = _imported(tmp_path)
    for report, id_header in (
        (DATA / "orders-2017.csv", "订单编号"),
        (ITEMS_2020_CSV, "主订单编号"),
    ):
        joined = tmp_path / "both.csv"
        joined.write_bytes(report.read_bytes() + report.read_bytes())
        for helper in ("never", "always"):
            before = table_dump(db)
            env = {"SHOPCLOSER_IMPORT_HELPER": helper}
            result = run_cli("import", str(joined), db=db, env=env)
            assert result.returncode == 2, result.stdout + result.stderr
            assert f"repeats the header row ({id_header}, 订单状态 …)" in result.stderr
            assert "two exports were probably joined into one file" in result.stderr
            assert table_dump(db) == before


def test_a_web_page_or_semicolons_are_named_as_what_they_are(tmp_path: Path) -> None:
    """No header row found: the message said "no order number column", although the
    merchant could see 订单编号 in the file. A web page saved under a spreadsheet's name,
    or a CSV with semicolons, is named as such."""
    header, *rows = list(csv.reader(io.StringIO((DATA / "orders-2017.csv").read_text("gb18030"))))
    page = tmp_path / "orders.xls"
    cells = "".join(f"<td>{name}</td>" for name in header)
    page.write_text(f"<html><body><table><tr>{cells}</tr></table></body></html>", "utf-8")
    semicolons = tmp_path / "orders.csv"
    with semicolons.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows([header, *rows])
    db = _imported(tmp_path)
    before = table_dump(db)
    for path, said in ((page, "is a web page (HTML)"), (semicolons, "with semicolons (;)")):
        result = run_cli("import", str(path), db=db)
        assert result.returncode == 2, result.stdout
        assert said in result.stderr and "no order number column" not in result.stderr
        assert table_dump(db) == before


def _garbled(text: str, wrote: str, read_as: str, saved_as: str) -> bytes:
    """``text`` written in ``wrote``, opened by a program that read it as ``read_as``, and
    saved again in ``saved_as``."""
    return text.encode(wrote).decode(read_as, errors="replace").encode(saved_as, errors="replace")


@pytest.mark.parametrize(
    ("wrote", "read_as", "saved_as"),
    [
        ("utf-8", "gbk", "gbk"),  # a UTF-8 export opened on Chinese Windows: 璁㈠崟缂栧彿
        ("gbk", "cp1252", "utf-8"),  # a GBK export opened as Western text: ¶©µ¥±àºÅ
        ("utf-8", "cp1252", "utf-8"),  # è®¢å•ç¼–å·
        ("gbk", "utf-8", "utf-8"),  # read as UTF-8: replacement characters
        ("gbk", "ascii", "ascii"),  # question marks
    ],
)
def test_text_garbled_by_a_wrong_character_set_is_named(
    tmp_path: Path, wrote: str, read_as: str, saved_as: str
) -> None:
    """An export opened in a program set up for another character set and saved again:
    the message said "no order number column"."""
    text = ORDERS_2017.read_bytes().decode("gb18030")
    if read_as == "ascii":  # such a program writes "?" for what it cannot show
        garbled = "".join(c if c.isascii() else "?" for c in text).encode("ascii")
    else:
        garbled = _garbled(text, wrote, read_as, saved_as)
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(garbled)
    db = _imported(tmp_path)
    stderr = _refused(db, str(path), says="The Chinese text in this file is garbled")
    assert "no order number column" not in stderr


def test_a_workbook_of_garbled_text_is_named_and_other_files_are_not(tmp_path: Path) -> None:
    text = ORDERS_2017.read_bytes().decode("gb18030")
    rows = list(csv.reader(io.StringIO(_garbled(text, "utf-8", "gbk", "utf-8").decode())))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = _imported(tmp_path)
    _refused(db, str(path), says="The Chinese text in this file is garbled")
    # A table that is simply something else still gets the general message.
    other = tmp_path / "stock.csv"
    other.write_text("商品,数量\n茶杯,3\n茶壶,1\n", "gbk")
    stderr = _refused(db, str(other), says="no order number column")
    assert "garbled" not in stderr
