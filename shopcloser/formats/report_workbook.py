"""Writing xlsx reports fast and safely: text stays text; the file appears whole or not at all.

The sheets are streamed as SpreadsheetML straight into the zip, a row at a time (a million
orders take seconds, not the minutes a general-purpose library needs), and this writer
has no way to write a formula: every text is an inline string cell. Text a buyer or a
merchant wrote that starts with ``=``, ``+``, ``-``, ``@``, a tab or a line break also
gets Excel's "quote prefix", so that it stays text even when someone edits the cell.

The workbook is written to a temporary file beside the target, flushed to disk, then
renamed over it: a crash, a full disk or Cancel never leaves half a report under the real
name.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

# Text starting with one of these could be read as a formula (or a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
DEFAULT_WIDTH = 14
MAX_SHEET_TITLE = 31
_BUFFER = 1 << 20
_EPOCH = datetime(1899, 12, 30)
# Characters XML 1.0 cannot carry at all.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

# Cell styles (indexes into cellXfs below).
_HEADER, _QUOTED, _WHEN, _MONEY, _HEADER_QUOTED = 1, 2, 3, 4, 5
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" \
applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyFont="1" \
applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<sheetViews><sheetView workbookViewId="0"{selected}>\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>"""
_SHEET_TAIL = "</sheetData></worksheet>"


@dataclass
class SheetSpec:
    """One worksheet: a bold, frozen header row, then the rows (streamed, never all held).

    Values may be text, whole numbers, ``Decimal`` (shown with two decimals), ``datetime``
    or ``None`` (an empty cell).
    """

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] = field(default_factory=tuple)


def safe_text(text: str) -> str:
    """Text without the control characters an xlsx cannot hold."""
    return _ILLEGAL.sub("", text)


def _escape(text: str) -> str:
    text = _ILLEGAL.sub("", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")  # a bare CR would be read back as a line feed
    return text


def _column_letters(count: int) -> list[str]:
    letters = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _text_cell(ref: str, text: str, style: int = 0) -> str:
    if text.startswith(FORMULA_STARTS):
        style = _HEADER_QUOTED if style == _HEADER else _QUOTED
    styled = f' s="{style}"' if style else ""
    escaped = _escape(text)
    return f'<c r="{ref}" t="inlineStr"{styled}><is><t xml:space="preserve">{escaped}</t></is></c>'


def _cell(ref: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _text_cell(ref, value)
    if isinstance(value, bool):  # before int: bool is an int
        return _text_cell(ref, str(value))
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, Decimal):
        return f'<c r="{ref}" s="{_MONEY}"><v>{value}</v></c>'
    if isinstance(value, datetime | date):
        moment = (
            value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
        )
        serial = (moment - _EPOCH).total_seconds() / 86_400
        return f'<c r="{ref}" s="{_WHEN}"><v>{serial!r}</v></c>'
    if isinstance(value, float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return _text_cell(ref, str(value))


def _sheet_title(title: str, taken: set[str]) -> str:
    base = _TITLE_FORBIDDEN.sub("_", title).strip("'")[:MAX_SHEET_TITLE] or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
        number += 1
    taken.add(name.lower())
    return name


def _write_sheet(out: IO[bytes], spec: SheetSpec, first: bool) -> None:
    width = len(spec.headers)
    widths = [spec.widths[i] if i < len(spec.widths) else DEFAULT_WIDTH for i in range(width)]
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
        for i, w in enumerate(widths, start=1)
    )
    head = _SHEET_HEAD.format(
        selected=' tabSelected="1"' if first else "", cols=f"<cols>{cols}</cols>" if cols else ""
    )
    parts = [head]
    letters = _column_letters(max(width, 1))
    header = "".join(
        _text_cell(f"{letters[i]}1", safe_text(text), _HEADER)
        for i, text in enumerate(spec.headers)
    )
    parts.append(f'<row r="1">{header}</row>')
    size = sum(len(p) for p in parts)
    number = 1
    for row in spec.rows:
        number += 1
        if len(row) > len(letters):
            letters = _column_letters(len(row))
        line = str(number)
        cells = "".join(_cell(letters[i] + line, value) for i, value in enumerate(row))
        text = f'<row r="{line}">{cells}</row>'
        parts.append(text)
        size += len(text)
        if size >= _BUFFER:
            out.write("".join(parts).encode("utf-8"))
            parts, size = [], 0
    parts.append(_SHEET_TAIL)
    out.write("".join(parts).encode("utf-8"))


def _workbook_parts(titles: list[str]) -> dict[str, str]:
    sheets = "".join(
        f'<sheet name="{_escape(title).replace(chr(34), "&quot;")}" sheetId="{n}" r:id="rId{n}"/>'
        for n, title in enumerate(titles, start=1)
    )
    relations = "".join(
        f'<Relationship Id="rId{n}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(titles) + 1)
    )
    styles_id = len(titles) + 1
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(titles) + 1)
    )
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": _ROOT_RELS,
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{sheets}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{relations}<Relationship Id="rId{styles_id}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": _STYLES,
    }


def write_workbook(path: Path, sheets: Iterable[SheetSpec]) -> None:
    """Write the sheets to ``path`` atomically (an existing file is replaced only once the
    new one is complete). ``OSError`` is left to the caller to explain; any exception
    from the rows (Cancel, say) leaves nothing behind."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            titles: list[str] = []
            taken: set[str] = set()
            for number, spec in enumerate(sheets, start=1):
                titles.append(_sheet_title(spec.title, taken))
                member = f"xl/worksheets/sheet{number}.xml"
                with archive.open(member, "w", force_zip64=True) as out:
                    _write_sheet(out, spec, first=number == 1)
            for member, text in _workbook_parts(titles).items():
                archive.writestr(member, text)
        with temporary.open("rb+") as saved:
            os.fsync(saved.fileno())
        temporary.replace(path)  # os.replace: atomic on the same volume
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
