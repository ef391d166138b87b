"""Refusing hostile or broken xlsx files before any spreadsheet library reads them.

An xlsx is a zip of XML parts. Checked, all with bounded reads and no part held in memory:
- the zip directory (before inflating anything): too many parts, a part or the whole
  archive claiming a compression ratio no spreadsheet has, too much data in total, or
  more in the parts a reader holds whole than memory allows (zip bombs);
- while inflating the parts a reader holds whole: what holding them would cost, counted
  as it goes (a directory may understate it);
- the start of every XML part: DOCTYPE / ENTITY declarations (entity expansion bombs);
- every XML part, streamed once: no run of over 1 MB without markup, and in the parts a
  reader reads no comments, CDATA or processing instructions after the root (a single
  value of hundreds of megabytes from a small file);
- every worksheet, in the same pass: the cells its <dimension> and <mergeCell> ranges
  claim, and cells placed far away from the rest (a reader allocates the whole rectangle
  up to the farthest cell), cells without a reference included, compared with the cells
  really there; and that each part inflates to exactly the size and CRC-32 its
  directory entry states. How far right the cells go is what the import reads rows up
  to, so that a row with anything right of its header is flagged.
"""

from __future__ import annotations

import bisect
import functools
import operator
import os
import posixpath
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from shopcloser.formats import refusals
from shopcloser.messages import UserError

# A seller-centre export has 6 parts, a workbook saved by Excel a dozen or two. The
# check reads the start of every part in several passes, about 0.13 ms for a part of
# 20 KB: 10,000 such parts within every other limit kept it busy for 1.3 s.
MAX_PARTS = 1_000
MAX_RATIO = 100  # parts compressed more than this hold RATIO_FLOOR bytes in all
RATIO_FLOOR = 100 * 1024
MAX_TOTAL = 200 * 1024 * 1024
# Beyond MAX_TOTAL, only a workbook that is itself big (a genuine export of a huge shop
# compresses about 10:1) may unpack to more.
MAX_TOTAL_RATIO = 30
# The parts a reader holds whole while a sheet is streamed (calamine looks these up by
# name, ignoring case, whatever the workbook's relationships say): above all the shared
# strings, every text of the workbook kept as one string each. The seller centre writes
# its texts inline, in the sheet; a workbook saved again by Excel has them here. What
# holding them costs is bounded by MAX_HELD, so that a refusal after the reader has
# opened the workbook still comes within the 2 s and 300 MB issue 3 allows: at the
# bound, 1.5 s and 200 MB for the whole import process (2 million one-letter strings,
# the slowest to read; 60 MB of longer ones take less).
HELD_PARTS = frozenset(
    {
        "xl/sharedstrings.xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/_rels/workbook.xml.rels",
        "_rels/.rels",
        "[content_types].xml",
    }
)
_SHARED_STRINGS = "xl/sharedstrings.xml"
MAX_HELD = 100 * 1024 * 1024
# What a reader keeps besides the bytes themselves (measured with python-calamine-plus:
# 24 bytes for an empty shared string, about 30 with a short text): per shared string,
# and per element of the other parts held, whose elements are fewer than their "<".
_HELD_PER_STRING = 32
_HELD_PER_ELEMENT = 24
MAX_CLAIMED_CELLS = 5_000_000
XML_HEAD = 64 * 1024
_CHUNK = 1 << 20
_MAX_TEXT_RUN = _CHUNK  # bytes of XML without any markup (equal to a chunk: see its use)
_FEW_MARKS = 1_000  # per chunk: above this, one search for the pair instead
_LT = ord("<")
# What the parts a spreadsheet reader reads start with (besides worksheets): the shared
# strings, the workbook, its styles and the relationships between parts.
_READ_PARTS = (
    b"<sst",
    b":sst",
    b"<workbook",
    b":workbook",
    b"<styleSheet",
    b":styleSheet",
    b"<Relationships",
)
_TAIL = 256  # bytes kept between chunks so that no pattern is cut in two

_SPACES = (b" ", b"\t", b"\r", b"\n")


# How the checks read a sheet's elements and attributes. Excel writes ``<row r="5">``;
# other writers put a namespace prefix on element names (``<x:row>``, as .NET's Open
# XML SDK does), or quote attributes with ``'`` and space around ``=``; readers match
# names without their prefix and accept either quote, so the checks must too. A tag's
# attributes are read with ``[^<>]*?``: never past the tag's end nor into the next
# tag, so that damaged markup costs linear time, not quadratic.
_ANY_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_LOOSE_EQ = rb"""\s*=\s*["']"""
_LOOSE_END = rb"""["']"""
_AREA = rb"\$?([A-Za-z]{1,3})\$?(\d{1,7})"
# Read in the sheet's first bytes only, or only where a chunk has merged ranges: these
# take every spelling.
_DIMENSION = re.compile(
    b"<" + _ANY_PREFIX + rb"dimension\s[^<>]*?\bref" + _LOOSE_EQ + _AREA
    + rb"(?::" + _AREA + rb")?" + _LOOSE_END
)  # fmt: skip
_MERGE = re.compile(
    b"<" + _ANY_PREFIX + rb"mergeCell\s[^<>]*?\bref" + _LOOSE_EQ + _AREA + b":" + _AREA
    + _LOOSE_END
)  # fmt: skip
# Columns up to "DZ" are looked for only beyond the farthest one seen (see _far_cells).
_FAR_COLUMN = 130
_COLUMN = re.compile(b"<" + _ANY_PREFIX + rb"c\s[^<>]*?\br" + _LOOSE_EQ + rb"([A-Za-z]{1,3})\d")
# A cell's reference among its tag's attributes, wherever it stands and however spelt.
_CELL_REFERENCE = re.compile(rb"\sr" + _LOOSE_EQ + rb"([A-Za-z]{0,7})(\d{0,10})")
_TAG_NAME_ENDS = frozenset(b" \t\r\n>/")
# A prefixed sheet, or attributes written another way (after the XML declaration, which
# is often in single quotes whatever the rest is).
_PREFIXED = re.compile(rb"<([A-Za-z_][\w.-]*:)(?:row|sheetData|worksheet)[\s/>]")
_LOOSE_ATTRIBUTES = re.compile(rb"""<[^<>]*?\s[\w:.-]+(?:\s+=|=\s|=')""")


@dataclass(frozen=True)
class _Patterns:
    """The patterns read over every byte of a sheet: exact ones where they do (much
    faster to search for), ones taking every spelling where the sheet needs them."""

    row_element: re.Pattern[bytes]  # a row element, with its number when it has one
    prefixed: bool
    loose: bool
    # The starts of cell and row tags, as searched for backwards (see _column_before):
    # unprefixed, and with the prefix the sheet's first bytes use.
    cell_marks: tuple[bytes, ...]
    row_marks: tuple[bytes, ...]
    cell_tag: re.Pattern[bytes]  # the start of a cell tag (not of <col>, <color>…)
    row_end: re.Pattern[bytes]  # a row's end tag
    cell_reference: re.Pattern[bytes]  # a cell tag with a reference
    far: dict[tuple[int, int], re.Pattern[bytes]] = field(default_factory=dict)  # far_pattern

    @staticmethod
    @functools.cache
    def of(prefix: bytes, loose: bool) -> _Patterns:
        eq, end = (_LOOSE_EQ, _LOOSE_END) if loose else (rb'="', rb'"')
        any_prefix = _ANY_PREFIX if prefix else b""
        row = rb"row(?=[\s/>])(?:[^<>]*?\sr" + eq + rb"(\d{1,10})" + end + b")?"
        return _Patterns(
            row_element=re.compile(b"<" + any_prefix + row),
            prefixed=bool(prefix),
            loose=loose,
            cell_marks=(b"<c", b"<" + prefix + b"c") if prefix else (b"<c",),
            row_marks=(b"<row", b"<" + prefix + b"row") if prefix else (b"<row",),
            cell_tag=re.compile(b"<" + any_prefix + rb"c[\s>/]"),
            row_end=re.compile(b"</" + any_prefix + rb"row\s*>"),
            cell_reference=re.compile(b"<" + any_prefix + rb"c(?:\s[^<>]*?)?\sr" + _LOOSE_EQ),
        )

    def far_pattern(self, digits: int, columns: int) -> re.Pattern[bytes]:
        """A cell tag whose reference has a column beyond the first ``columns`` or a row
        number of ``digits`` digits, or that does not start with its reference: mostly
        one without any, which a reader places right of the cell before it. The
        pattern looks at every cell, as a pattern for references alone would: it costs
        no more (measured)."""
        pattern = self.far.get((digits, columns))
        if pattern is None:
            prefix = _ANY_PREFIX if self.prefixed else b""
            reference = rb"\s+r" + _LOOSE_EQ if self.loose else rb' r="'
            # Letters of either case: a reader takes "bz5" for BZ5.
            far = b"(?i:" + _columns_beyond(columns) + rb"|[A-Z]{0,3}+\d{%d})" % digits
            pattern = self.far[digits, columns] = re.compile(
                b"<" + prefix + rb"c(?!" + reference + rb"(?!" + far + rb"))[\s>/]"
            )
        return pattern


def _patterns(head: bytes) -> _Patterns:
    """The patterns for a sheet starting with ``head``: a writer writes the whole sheet
    alike (a sheet mixing spellings further on is not a writer's)."""
    root = max(_root_start(head), 0)
    prefixed = _PREFIXED.search(head, root)
    prefix = prefixed.group(1) if prefixed else b""
    return _Patterns.of(prefix, _LOOSE_ATTRIBUTES.search(head, root) is not None)


# openpyxl parses XML without defusedxml when this is set to anything but "True".
DEFUSEDXML_SETTING = "OPENPYXL_DEFUSEDXML"


def check_xml_defences() -> None:
    """Refuse to run unless openpyxl would parse XML through defusedxml (entity bombs).

    Called at the start of the window and of every command. Decided as openpyxl decides
    (``openpyxl/xml/__init__.py``: defusedxml importable and OPENPYXL_DEFUSEDXML unset or
    "True"), without importing openpyxl: that costs ~200 ms (numpy with it), which
    every command and the window's start would pay. Once openpyxl is loaded, its own
    verdict must agree too. A test checks the rule against openpyxl's.
    """
    loaded = sys.modules.get("openpyxl.xml")
    if (
        os.environ.get(DEFUSEDXML_SETTING, "True") != "True"
        or not _defusedxml_importable()
        or (loaded is not None and not getattr(loaded, "DEFUSEDXML", False))
    ):
        raise refusals.xml_defences_off(DEFUSEDXML_SETTING)


def _defusedxml_importable() -> bool:
    try:
        import defusedxml  # noqa: F401 - importable is what openpyxl asks too
    except ImportError:
        return False
    return True


def check_directory(archive: zipfile.ZipFile, archive_size: int) -> None:
    """Zip bomb checks from the directory alone, before anything is inflated.

    The ratio is checked over the archive as a whole, not part by part: parts of under
    100 KB may each compress a thousand times, and 10,000 of them would unpack to 1 GB
    from 2 MB. So the parts compressed more than 100 times may hold 100 KB between them,
    however many they are and whatever other parts pad the archive out; and the archive
    as a whole may not be compressed more than 100 times either. What the directory
    states is held to while inflating (``_inflate``: no part inflates to more than its
    entry says, from more than its entry's compressed bytes), so that these totals bound
    what the check inflates, and the running total with them.
    """
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise refusals.too_many_parts(len(parts))
    total = compressed = dense = held = strings = 0
    for part in parts:
        if not part.filename or (part.is_dir() and part.file_size):
            raise refusals.damaged_workbook()  # a name cut short by a NUL byte, a full folder
        total += part.file_size
        compressed += part.compress_size
        if part.file_size > MAX_RATIO * max(part.compress_size, 1):
            dense += part.file_size
            if dense > RATIO_FLOOR:
                raise refusals.zip_bomb()
        if part.flag_bits & 0x1:
            raise refusals.damaged_workbook()  # zip-level encryption: not an Excel file
        if part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refusals.damaged_workbook()
        if _held(part.filename):
            held += part.file_size
            if _held_name(part.filename) == _SHARED_STRINGS:
                strings += part.file_size
    if total > RATIO_FLOOR and total > MAX_RATIO * max(compressed, 1):
        raise refusals.zip_bomb()
    if total > MAX_TOTAL and total > MAX_TOTAL_RATIO * archive_size:
        raise refusals.zip_bomb()
    if held > MAX_HELD:
        raise _held_refusal(text=2 * strings > held)


def _held(name: str) -> bool:
    """Whether a reader holds the part of this name whole (see HELD_PARTS)."""
    return _held_name(name) in HELD_PARTS


def _held_name(name: str) -> str:
    """A part's name as a reader looks it up: ignoring case (and "\\" for "/")."""
    return name.replace("\\", "/").lower()


def is_workbook(archive: zipfile.ZipFile) -> bool:
    """An Excel workbook, not another zip (a Word document, a folder of photos)."""
    return "xl/workbook.xml" in set(archive.namelist())


def is_other_spreadsheet(archive: zipfile.ZipFile) -> bool:
    """An OpenDocument spreadsheet (LibreOffice's .ods) or an Apple Numbers file, judged
    by the names of its parts alone."""
    names = set(archive.namelist())
    opendocument = {"mimetype", "content.xml", "META-INF/manifest.xml"} <= names
    return opendocument or "Index/Document.iwa" in names


@dataclass(frozen=True)
class Checked:
    """What the check of a workbook's parts found out on the way."""

    # How many rows the workbook's only worksheet with rows holds (an export's length,
    # for the progress bar), or None when several have rows or the scan was left out.
    rows: int | None
    # The last column (1-based) holding a cell in each worksheet, by the part's name in
    # the archive, which its declared dimension may understate or leave out (see
    # ``declared_width``), cells without a reference included; empty when the scan was
    # left out. A sheet's rows may be read up to its own at no more cost than the check
    # allows a sheet of its size (``_judge``); not up to another sheet's.
    columns: dict[str, int]


def check_parts(archive: zipfile.ZipFile, raw: BinaryIO, *, far_cells: bool = True) -> Checked:
    """Stream every part once: XML prologs, worksheet extents, honest sizes.

    Parts are judged by their content, not their names: a workbook may keep its sheets
    under any name its relationships point to. Without ``far_cells`` the scan for cells
    placed far from the rest, and the row and column counts with it (over half of the
    check's time), are left to the caller, who has them done elsewhere meanwhile. A far
    cell costs a streaming reader time, not memory; everything that could cost memory is
    checked either way.
    """
    rows: list[int] = []
    columns: dict[str, int] = {}
    held = _Held()
    for part in archive.infolist():
        if part.is_dir() and not part.file_size:
            continue  # a folder (one holding data is refused by check_directory)
        head, chunks = _head(_inflate(raw, part))
        sheet = b"<sheetData" in head or b"worksheet" in head
        # A reader reads these even after stray bytes before the first "<".
        read = sheet or any(marker in head for marker in _READ_PARTS)
        if _held(part.filename) or (read and not sheet):
            # Held whole, by its name or as a part read that is no sheet (one whose
            # name a reader finds through the relationships).
            chunks = held.counted(chunks, part)
        if read or _is_xml(head):
            _check_prolog(head)
            chunks = _markup_throughout(chunks, plain_after=_root_start(head) if read else None)
            if sheet:
                extent = _check_sheet(head, chunks, part.file_size, far_cells=far_cells)
                rows.append(extent.rows)
                if far_cells:
                    columns[part.filename] = extent.max_column
                continue
        for _ in chunks:
            pass  # sizes are verified by _inflate as it goes
    with_rows = [n for n in rows if n]
    return Checked(with_rows[0] if len(with_rows) == 1 else None, columns)


def declared_width(raw: BinaryIO) -> int:
    """How many columns the widest worksheet's declared dimension spans (0 without one),
    from each part's first bytes only (the dimension stands before the cells). Excel
    declares every cell it wrote, those typed right of an export's header too."""
    widest = 0
    with zipfile.ZipFile(raw) as archive:
        for part in archive.infolist():
            if part.is_dir():
                continue
            head, _ = _head(_inflate(raw, part))
            if b"<sheetData" not in head and b"worksheet" not in head:
                continue
            match = _DIMENSION.search(head)
            if match:
                first, _, last, _ = match.groups()
                widest = max(widest, _column_number(last or first))
    return widest


_SHEET_TAG = re.compile(b"<" + _ANY_PREFIX + rb"sheet\s[^<>]*>")
_RELATIONSHIP_TAG = re.compile(b"<" + _ANY_PREFIX + rb"Relationship\s[^<>]*>")
_RELATIONSHIP_ID = re.compile(rb"""\s""" + _ANY_PREFIX + rb"""id\s*=\s*["']([^"']*)["']""")


def _attribute(tag: bytes, name: bytes) -> bytes | None:
    found = re.search(rb"\s" + name + rb"""\s*=\s*["']([^"']*)["']""", tag)
    return found.group(1) if found else None


_WORKBOOK_PROPERTIES = re.compile(b"<" + _ANY_PREFIX + rb"workbookPr\s[^<>]*>")


def sheet_parts(raw: BinaryIO) -> list[str | None]:
    """The part in the archive of each of the workbook's sheets, in the workbook's order
    (a reader's sheet numbers), None where a sheet's part is not found. From the workbook
    and its relationships: small parts, held whole by any reader (``check_parts``)."""
    return _book_facts(raw)[0]


def dates_from_1904(raw: BinaryIO) -> bool:
    """Whether the workbook counts its days from 1904-01-01 (Excel for Mac's old "1904
    date system", kept by a workbook made there) rather than from 1899-12-30."""
    return _book_facts(raw)[1]


def _book_facts(raw: BinaryIO) -> tuple[list[str | None], bool]:
    with zipfile.ZipFile(raw) as archive:
        names = {part.filename: part for part in archive.infolist()}

        def read(name: str) -> bytes:
            part = names.get(name)
            return b"".join(_inflate(raw, part)) if part is not None else b""

        def targets(rels: str) -> dict[bytes, tuple[bytes, str]]:
            """Relationship id → (its type, the part it points to)."""
            folder = posixpath.dirname(posixpath.dirname(rels))  # "xl/_rels/…" → "xl"
            found = {}
            for tag in _RELATIONSHIP_TAG.findall(read(rels)):
                key, target = _attribute(tag, b"Id"), _attribute(tag, b"Target")
                if key is not None and target is not None:
                    path = target.decode("utf-8", "replace")
                    path = path[1:] if path.startswith("/") else posixpath.join(folder, path)
                    found[key] = (_attribute(tag, b"Type") or b"", posixpath.normpath(path))
            return found

        books = [
            path
            for kind, path in targets("_rels/.rels").values()
            if kind.endswith(b"/officeDocument")
        ]
        book = books[0] if books else "xl/workbook.xml"
        rels = posixpath.join(posixpath.dirname(book), "_rels", posixpath.basename(book) + ".rels")
        parts = targets(rels)
        sheets = []
        workbook = read(book)
        for tag in _SHEET_TAG.findall(workbook):
            key = _RELATIONSHIP_ID.search(tag)
            sheets.append(parts[key.group(1)][1] if key and key.group(1) in parts else None)
        properties = _WORKBOOK_PROPERTIES.search(workbook)
        flag = _attribute(properties.group(0), b"date1904") if properties else None
        return sheets, (flag or b"").strip().lower() in (b"1", b"true")


class _Held:
    """What holding the parts a reader holds whole would cost, counted as they inflate:
    refused past MAX_HELD as soon as the part's stated size or what it has shown so far
    says so, without inflating the rest."""

    def __init__(self) -> None:
        self.cost = 0

    def counted(self, chunks: Iterator[bytes], part: zipfile.ZipInfo) -> Iterator[bytes]:
        # Its bytes are counted from the directory: ``_inflate`` refuses a part that
        # inflates to more. Only its elements are counted from what inflates.
        strings = _held_name(part.filename) == _SHARED_STRINGS
        self._add(part.file_size, strings)
        for chunk in chunks:
            # A mark cut in two by a chunk's end goes uncounted: 32 bytes a megabyte.
            if strings:
                extra = _HELD_PER_STRING * (chunk.count(b"<si") + chunk.count(b":si"))
            else:
                extra = _HELD_PER_ELEMENT * chunk.count(b"<")
            self._add(extra, strings)
            yield chunk

    def _add(self, cost: int, strings: bool) -> None:
        self.cost += cost
        if self.cost > MAX_HELD:
            raise _held_refusal(text=strings)


def _held_refusal(*, text: bool) -> UserError:
    """Too much to hold: mostly the shared strings (a workbook saved again by Excel, which
    the message says), or parts no export has much of (styles, the workbook's list)."""
    return refusals.too_much_text_held() if text else refusals.zip_bomb()


def _markup_throughout(chunks: Iterator[bytes], *, plain_after: int | None) -> Iterator[bytes]:
    """The chunks of an XML part, refusing what lets a few bytes become a huge value.

    A cell holds at most 32,767 characters (under 100 KB), yet one cell of 150 MB
    compresses into a 2.4 MB file within the zip-bomb limits, and a reader holds each
    value whole: 450 MB for that one. So a run of more than 1 MB without markup is
    refused, and in the parts a reader reads (``plain_after``: from where their root
    element starts) so are comments, CDATA and processing instructions, which no
    spreadsheet program writes there and inside which "<" may hide such a run (both
    found by reviews)."""
    run = 0  # bytes since the last "<"
    seen = 0  # bytes before this chunk
    last = b""  # the previous chunk's last byte: "<" and "!" may fall on either side
    for chunk in chunks:
        first = chunk.find(b"<")
        run += len(chunk) if first == -1 else first
        if run > _MAX_TEXT_RUN:
            raise refusals.damaged_workbook()
        if first != -1:  # runs inside one chunk are shorter than a chunk: not longer
            run = len(chunk) - chunk.rfind(b"<") - 1
        if plain_after is not None:
            start = max(plain_after - seen, 0)
            if start <= len(chunk) and _declaration_in(last + chunk, start):
                raise refusals.damaged_workbook()
        seen += len(chunk)
        last = chunk[-1:]
        yield chunk


def _declaration_in(window: bytes, start: int) -> bool:
    """Whether "<!" or "<?" is in ``window`` from ``start``. "<" is every few bytes of a
    sheet, which makes looking for either pair slow (0.9 s for 200,000 orders); "!" and
    "?" are rare, so each one found is looked at instead, unless there are many."""
    for mark in (b"!", b"?"):
        found = window.find(mark, start)
        for _ in range(_FEW_MARKS):
            if found == -1:
                break
            if found and window[found - 1] == _LT:
                return True
            found = window.find(mark, found + 1)
        else:
            if window.find(b"<" + mark, found) != -1:
                return True
    return False


def _is_xml(head: bytes) -> bool:
    start = head[:4]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<" or start[:2] in (
        b"\xff\xfe",
        b"\xfe\xff",
    )


def _inflate(raw: BinaryIO, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's bytes in bounded chunks; refuses a part larger than its entry says, or
    whose CRC-32 differs from its entry's: a damaged byte may still inflate, to other
    text, and a streaming reader does not check (a running CRC costs next to nothing)."""
    raw.seek(part.header_offset)
    local = raw.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise refusals.damaged_workbook()
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    raw.seek(part.header_offset + 30 + name_length + extra_length)
    remaining = part.compress_size
    produced = 0
    crc = 0
    inflater = zlib.decompressobj(-15) if part.compress_type == zipfile.ZIP_DEFLATED else None
    while remaining > 0:
        data = raw.read(min(_CHUNK, remaining))
        if not data:
            raise refusals.damaged_workbook()
        remaining -= len(data)
        if inflater is None:
            produced += len(data)
            crc = zlib.crc32(data, crc)
            yield data
            continue
        while data:
            try:
                out = inflater.decompress(data, _CHUNK)
            except zlib.error:
                raise refusals.damaged_workbook() from None
            produced += len(out)
            if produced > part.file_size:
                raise refusals.zip_bomb()  # more inside than the directory admits
            if out:
                crc = zlib.crc32(out, crc)
                yield out
            data = inflater.unconsumed_tail
            if inflater.eof:
                break
    if produced != part.file_size or (inflater is not None and not inflater.eof) or crc != part.CRC:
        raise refusals.damaged_workbook()


def _head(chunks: Iterator[bytes]) -> tuple[bytes, Iterator[bytes]]:
    """The first XML_HEAD bytes, and the whole stream again (head included)."""
    buffered: list[bytes] = []
    size = 0
    for chunk in chunks:
        buffered.append(chunk)
        size += len(chunk)
        if size >= XML_HEAD:
            break

    def again() -> Iterator[bytes]:
        yield from buffered
        yield from chunks

    return b"".join(buffered)[:XML_HEAD], again()


def _check_prolog(head: bytes) -> None:
    """Refuse DOCTYPE and ENTITY declarations; they may only stand before the root."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:200]:
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise refusals.xml_entities()
    if len(head) >= XML_HEAD and not _root_found(head):
        raise refusals.xml_entities()  # a prolog padded to hide a later DOCTYPE


def _root_found(head: bytes) -> bool:
    """Whether the root element starts in ``head`` (after declarations and comments)."""
    return _root_start(head) != -1


def _root_start(head: bytes) -> int:
    """Where the root element starts in ``head`` (after declarations and comments), or
    -1 if it does not."""
    position = head.find(b"<")
    while position != -1:
        marker = head[position + 1 : position + 2]
        if marker == b"?":
            end = head.find(b"?>", position)
        elif head.startswith(b"<!--", position):
            end = head.find(b"-->", position)
        else:
            return position if marker != b"!" else -1  # a declaration is refused above
        if end == -1:
            return -1
        position = head.find(b"<", end)
    return -1


@dataclass
class _Extent:
    """What a worksheet claims (dimension, merges, farthest cell) and how big it is."""

    size: int
    dimension_cells: int = 0
    merged_cells: int = 0
    max_row: int = 0
    max_column: int = 0
    last_row_number: int = 0  # of the last row element read
    rows: int = 0  # row elements
    # The column of the last cell before the bytes kept for the next chunk (0 where a
    # row starts after it): where a cell without a reference is, if its row began in
    # an earlier chunk.
    carried: int = 0


def _check_sheet(head: bytes, chunks: Iterator[bytes], size: int, *, far_cells: bool) -> _Extent:
    """Refuse the sheet if it claims too much; returns what it holds (its rows and last
    column are counted only with ``far_cells``)."""
    extent = _Extent(size)
    sheet = _patterns(head)
    dimension = _DIMENSION.search(head)
    if dimension:
        extent.dimension_cells = _area(*dimension.groups())
    # The header row's width; wider cells are found below (beyond column 130) or ignored.
    for match in _COLUMN.finditer(head):
        extent.max_column = max(extent.max_column, _column_number(match.group(1)))
    tail = b""
    resume: int | None = None
    for chunk in chunks:
        buffer = tail + chunk
        new_from = len(tail)
        open_tag: int | None = None
        if b"mergeCell" in buffer:
            for match in _MERGE.finditer(buffer):
                if match.end() > new_from:
                    extent.merged_cells += _area(*match.groups())
            if extent.merged_cells > MAX_CLAIMED_CELLS:
                raise refusals.huge_sheet(extent.merged_cells)
        placed = _Placed()
        if far_cells:
            # Row elements before ``new_from`` were read with the last chunk, but for
            # one whose tag it cut (``resume``).
            found, open_tag = _row_elements(
                buffer, new_from if resume is None else resume, extent, sheet
            )
            extent.rows += found
            placed = _far_cells(buffer, extent, sheet)
        keep = len(buffer) - _TAIL
        resume = None
        if open_tag is not None:
            # Kept whole: no "<" follows it, so the check for text without markup bounds it.
            keep = min(keep, open_tag)
            resume = open_tag - max(keep, 0)
        if far_cells:
            extent.carried = _column_before(buffer, max(keep, 0), placed, extent.carried, sheet)
        tail = buffer[max(keep, 0) :]
    _judge(extent)
    return extent


@dataclass
class _Placed:
    """Where the cells without a reference of one buffer are: each one alone (by where
    its tag starts), or in runs up to their row's end (where the run starts and ends,
    and the column of the cell before it)."""

    cells: dict[int, int] = field(default_factory=dict)
    run_starts: list[int] = field(default_factory=list)
    runs: list[tuple[int, int, int]] = field(default_factory=list)

    def column(self, buffer: bytes, cell: int, patterns: _Patterns) -> int | None:
        """The column of the cell whose tag starts at ``cell``, if it is one of these."""
        column = self.cells.get(cell)
        if column is not None:
            return column
        index = bisect.bisect_right(self.run_starts, cell) - 1
        if index < 0:
            return None
        start, end, before = self.runs[index]
        if cell >= end:
            return None
        # The cells of the run up to this one: up to its tag's end, before the next.
        tag_end = _tag_end(buffer, cell)
        stop = len(buffer) if tag_end == -1 else tag_end + 1
        return before + len(patterns.cell_tag.findall(buffer, start, stop))


def _far_cells(buffer: bytes, extent: _Extent, patterns: _Patterns) -> _Placed:
    """Track the farthest row and column of any cell, without looking at every cell.

    Rows normally come in order, so the last row read is the farthest; a cell whose
    row number has more digits than that, or whose column is beyond the farthest one
    seen so far (the header's, from the sheet's first bytes) or beyond "DZ", is looked
    at by the one regular expression, which matches nothing in an ordinary export. So
    the last column is known exactly up to "DZ", whatever the sheet declares: a cell a
    merchant typed right of the header is found even where the sheet's writer declared
    none. So is a cell without a reference (the format allows leaving it out): a
    reader puts it right of the cell before it in its row, or first in its row, and so
    does this. Where the rest of its row has no reference either (a writer that leaves
    them all out), the row's cells are counted at once, not looked at one by one.
    Returns where those cells are.
    """
    extent.max_row = max(extent.max_row, extent.last_row_number)
    columns = min(extent.max_column, _FAR_COLUMN)
    pattern = patterns.far_pattern(len(str(extent.max_row)) + 1, columns)
    placed = _Placed()
    position = 0
    referenced_until = 0  # the end of a row whose cells have references further on
    while match := pattern.search(buffer, position):
        start = match.start()
        position = start + 1
        end = _tag_end(buffer, start)
        if end == -1:
            continue  # a tag the buffer cuts: whole in the next one
        reference = _CELL_REFERENCE.search(buffer, start, end)
        if reference and reference.group(1):
            letters, number = reference.groups()
            extent.max_column = max(extent.max_column, _column_number(letters))
            if number:
                extent.max_row = max(extent.max_row, int(number))
            continue
        before = _column_before(buffer, start, placed, extent.carried, patterns)
        if start >= referenced_until:
            run_end = _row_end(buffer, start, patterns)
            if not _has_reference(buffer, start, run_end, patterns):
                placed.run_starts.append(start)
                placed.runs.append((start, run_end, before))
                cells = len(patterns.cell_tag.findall(buffer, start, run_end))
                extent.max_column = max(extent.max_column, before + cells)
                position = run_end
                continue
            referenced_until = run_end
        # Cells with references follow in its row: this one alone.
        placed.cells[start] = before + 1
        extent.max_column = max(extent.max_column, before + 1)
    return placed


def _has_reference(buffer: bytes, start: int, end: int, patterns: _Patterns) -> bool:
    """Whether a cell tag between ``start`` and ``end`` has a reference (looked for in
    the tags where the text between them has what may be one)."""
    if not patterns.loose and buffer.find(b' r="', start, end) == -1:
        return False
    return patterns.cell_reference.search(buffer, start, end) is not None


def _row_end(buffer: bytes, start: int, patterns: _Patterns) -> int:
    """Where the row holding the tag at ``start`` ends (its end tag), or the buffer's
    last whole tag does, where the buffer cuts the row."""
    if patterns.prefixed:
        bound = patterns.row_end.search(buffer, start)
        found = -1 if bound is None else bound.start()
    else:
        found = buffer.find(b"</row>", start)
    if found != -1:
        return found
    last = buffer.rfind(b"<")
    return last if buffer.find(b">", last) == -1 else len(buffer)


def _column_before(
    buffer: bytes, end: int, placed: _Placed, carried: int, patterns: _Patterns
) -> int:
    """The column (1-based) of the last cell before ``end`` in the row ``end`` is in:
    0 where that row has none, ``carried`` where ``buffer`` does not tell (the row
    began before it). Cells without a reference before ``end`` are in ``placed``."""
    steps = 0  # cells without a reference (not yet placed) between that cell and end
    while True:
        cell = _last_tag(buffer, 0, end, patterns.cell_marks)
        if _last_tag(buffer, max(cell, 0), end, patterns.row_marks) > cell:
            return steps  # the row starts after the last cell
        if cell == -1:
            return carried + steps
        column = placed.column(buffer, cell, patterns)
        if column is not None:
            return column + steps
        tag_end = _tag_end(buffer, cell)
        reference = _CELL_REFERENCE.search(buffer, cell, len(buffer) if tag_end == -1 else tag_end)
        if reference and reference.group(1):
            return _column_number(reference.group(1)) + steps
        steps += 1
        end = cell


def _tag_end(buffer: bytes, start: int) -> int:
    """Where the tag starting at ``start`` ends (its ">"), or -1 where the buffer cuts
    it. One that never closes (damaged markup, which a reader refuses) ends where the
    next tag starts: searched for no further, so that such tags cost linear time."""
    following = buffer.find(b"<", start + 1)
    end = buffer.find(b">", start, len(buffer) if following == -1 else following)
    return following if end == -1 else end


def _last_tag(buffer: bytes, start: int, end: int, marks: tuple[bytes, ...]) -> int:
    """Where the last tag starting with one of ``marks`` (a name's start: ``<c``, not
    ``<col``) starts from ``start`` and before ``end`` (it may go on past it), or -1."""
    last = -1
    for mark in marks:
        found = end + len(mark) - 1
        while True:
            found = buffer.rfind(mark, start, found)
            after = found + len(mark)
            if found == -1 or (after < len(buffer) and buffer[after] in _TAG_NAME_ENDS):
                break
        last = max(last, found)
    return last


def _row_elements(
    buffer: bytes, scan_from: int, extent: _Extent, patterns: _Patterns
) -> tuple[int, int | None]:
    """How many row elements ``buffer`` holds from ``scan_from`` on, refusing rows
    numbered twice or backwards, which Excel never writes: a reader places each row by
    its number, so a second row 3 would silently replace the first and an order would
    be lost without a word. A row without a number is the one after the row before it,
    for readers as here. A tag the buffer cuts is left for the next one
    (returned with the count: where it starts, or None)."""
    limit, open_tag = len(buffer), None
    last_tag = buffer.rfind(b"<", scan_from)
    if last_tag != -1 and buffer.find(b">", last_tag) == -1:
        limit = open_tag = last_tag
    found = patterns.row_element.findall(buffer, scan_from, limit)
    last = extent.last_row_number
    if b"" in found:  # rows without a number: each one after the last
        numbers = []
        for number in found:
            last = int(number) if number else last + 1
            numbers.append(last)
    else:
        numbers = list(map(int, found))
    if numbers:
        previous = [extent.last_row_number, *numbers[:-1]]
        if not all(map(operator.lt, previous, numbers)):
            back = next(n for p, n in zip(previous, numbers, strict=True) if n <= p)
            raise refusals.rows_out_of_order(back)
        extent.last_row_number = numbers[-1]
    return len(found), open_tag


def _judge(extent: _Extent) -> None:
    spanned = extent.max_row * max(extent.max_column, 1)
    for claimed in (extent.dimension_cells, spanned):
        if claimed > _affordable_cells(extent):
            raise refusals.huge_sheet(claimed)


def _affordable_cells(extent: _Extent) -> int:
    """How many cells a sheet of this size may span: a real export needs well over 8
    bytes of XML per cell it spans; a small one may span up to MAX_CLAIMED_CELLS."""
    return max(MAX_CLAIMED_CELLS, extent.size // 8)


def _columns_beyond(columns: int) -> bytes:
    """A pattern matching the start of the letters of any column beyond the first
    ``columns``: more letters, or as many with a later letter in the first place they
    differ (a reference's letters end where its row number begins). In this order, the
    pattern costs no more than one for beyond "DZ" alone (measured)."""
    letters = _column_letters(columns)
    options = []
    for place, letter in enumerate(letters):
        if letter < ord("Z"):
            later = b"[%c-Z]" % (letter + 1)
            options.append(letters[:place] + later + b"[A-Z]" * (len(letters) - place - 1))
    options.append(b"[A-Z]{%d}" % (len(letters) + 1))
    return b"(?:" + b"|".join(options) + b")"


def _column_letters(number: int) -> bytes:
    """A column's letters from its number (1-based; b"" for 0)."""
    letters = b""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = bytes([65 + remainder]) + letters
    return letters


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ((letter & 0xDF) - 64)  # "bz" as "BZ", as readers take it
    return number


def _area(
    first_column: bytes, first_row: bytes, last_column: bytes | None, last_row: bytes | None
) -> int:
    if last_column is None or last_row is None:
        return 1
    rows = abs(int(last_row) - int(first_row)) + 1
    columns = abs(_column_number(last_column) - _column_number(first_column)) + 1
    return rows * columns
