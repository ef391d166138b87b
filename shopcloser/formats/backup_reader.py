"""Reading a backup workbook back, one row at a time, whatever language it was written in.

Sheets are found through the hidden ``shopcloser-keys`` sheet (title → key, part, column
keys and kinds), never by their translated titles. Worksheet XML is streamed out of the
zip and cut into rows with regular expressions: a fast path for the cells our writer
produces, a general one for cells another program wrote (shared strings, rich text), so
a backup re-saved by Excel or LibreOffice still reads. No DTD or entity is ever expanded.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any, BinaryIO

from defusedxml import ElementTree

from shopcloser.formats.backup_cells import (
    KEYS_SHEET,
    Canonical,
    Kind,
    from_cell,
    header_line,
    row_line,
)
from shopcloser.formats.backup_workbook import FORMAT_NAME, FORMAT_VERSION
from shopcloser.formats.zip_damage import ZIP_DAMAGE, ZIP_START
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

_CHUNK = 1 << 20
_MAX_ROW_TEXT = 64 << 20
_MAX_SHARED_STRINGS = 512 << 20
_MAX_PARTS = 10_000
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_ROW = re.compile(r"<row\b[^>]*?(?:/>|>(.*?)</row>)", re.S)
# The cells openpyxl writes: <c r="B7" s="2" t="n"><v>1.5</v></c>, inline strings, empties.
_FAST_CELL = re.compile(
    r'<c r="([A-Z]{1,3})\d+"(?: s="\d+")? t="(inlineStr|n|b|d|e)"'
    r'(?: ?/>|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>|><v>([^<]*)</v></c>)'
)
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_R_ATTR = re.compile(r'\br="\$?([A-Z]{1,3})')
_T_ATTR = re.compile(r'\bt="([^"]*)"')
_V = re.compile(r"<v(?:\s[^>]*)?>(.*?)</v>", re.S)
_T = re.compile(r"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_PHONETIC = re.compile(r"<rPh\b.*?</rPh>", re.S)
_SI = re.compile(r"<si\b[^>]*?(?:/>|>(.*?)</si>)", re.S)
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}

RawCell = tuple[int, str, str]  # column index, type letter, text

# Reading a sheet's rows: besides the zip's own errors, a part the workbook names may be
# absent from the zip (KeyError), a shared string referred to may not exist (IndexError).
_ROWS_DAMAGE: tuple[type[Exception], ...] = (IndexError, KeyError, *ZIP_DAMAGE)


def not_a_backup(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name} is not a ShopCloser backup workbook. Choose a file that ShopCloser "
            "wrote with Export backup.",
        ),
        name=name,
    )


def damaged_backup(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup {name} is damaged and cannot be read. Use another copy of the "
            "backup, or make a new one.",
        ),
        name=name,
    )


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] == "#":
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        return chr(code)
    return _NAMED[name]


def _ooxml(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def xml_text(raw: str) -> str:
    """Cell text as in the XML file → the text it stands for."""
    if "\r" in raw:  # an XML parser normalises literal line ends
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in raw:
        raw = _ENTITY.sub(_entity, raw)
    if "_x" in raw:
        raw = _OOXML_ESCAPE.sub(_ooxml, raw)
    return raw


def _column_index(letters: str, cache: dict[str, int] = {}) -> int:  # noqa: B006 - a cache
    index = cache.get(letters)
    if index is None:
        index = 0
        for char in letters:
            index = index * 26 + ord(char) - 64
        index -= 1
        cache[letters] = index
    return index


@dataclass(frozen=True)
class SheetEntry:
    """One worksheet of the backup as the key sheet describes it."""

    title: str
    key: str
    part: int
    columns: tuple[tuple[str, Kind], ...]


def _starts_as_zip(source: BinaryIO) -> bool:
    try:
        source.seek(0)
        return source.read(4) == ZIP_START
    except OSError:
        return False


class BackupWorkbook:
    """An open backup workbook (already decrypted): its sheets, read as typed rows."""

    def __init__(self, source: BinaryIO, name: str) -> None:
        self.name = name
        try:
            self.archive = zipfile.ZipFile(source)
        except ZIP_DAMAGE:
            # A workbook's start without its end (a copy or download cut short) is damaged,
            # not another kind of file: the merchant looks for another copy, not another file.
            raise (damaged_backup(name) if _starts_as_zip(source) else not_a_backup(name)) from None
        try:
            self._check_archive()
            self._paths, self._shared_path = self._structure()
        except (KeyError, ElementTree.ParseError, *ZIP_DAMAGE):
            self.archive.close()
            raise not_a_backup(name) from None
        except Exception:
            self.archive.close()
            raise
        self._shared: list[str] | None = None
        if KEYS_SHEET not in self._paths:
            self.archive.close()
            raise not_a_backup(name)
        self.properties, self.entries = self._read_keys()

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> BackupWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def titles(self) -> set[str]:
        return set(self._paths)

    def _check_archive(self) -> None:
        parts = self.archive.infolist()
        if len(parts) > _MAX_PARTS or any(p.flag_bits & 0x1 for p in parts):
            raise damaged_backup(self.name)

    def _structure(self) -> tuple[dict[str, str], str | None]:
        """Sheet title → zip path of its XML; and where the shared strings are."""
        book = ElementTree.fromstring(self.archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(self.archive.read("xl/_rels/workbook.xml.rels"))
        targets: dict[str, str] = {}
        shared = None
        for rel in rels.iter(f"{_NS_PKG}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            path = str(PurePosixPath(path))
            targets[rel.get("Id", "")] = path
            if rel.get("Type", "").endswith("/sharedStrings"):
                shared = path
        paths = {}
        for sheet in book.iter(f"{_NS_MAIN}sheet"):
            rel_id = sheet.get(f"{_NS_REL}id", "")
            if rel_id in targets:
                paths[sheet.get("name", "")] = targets[rel_id]
        return paths, shared

    def _read_keys(self) -> tuple[dict[str, Any], list[SheetEntry]]:
        properties: dict[str, Any] = {}
        entries: list[SheetEntry] = []
        found_format = False
        try:
            for cells in self.raw_rows(KEYS_SHEET):
                texts = [""] * 5
                for index, _kind, text in cells:
                    if index < 5:
                        texts[index] = text
                if texts[0] == "format":
                    if texts[1] != FORMAT_NAME:
                        raise not_a_backup(self.name)
                    if int(float(texts[2])) > FORMAT_VERSION:
                        raise newer_format(self.name)
                    properties = json.loads(texts[3] or "{}")
                    found_format = True
                elif texts[0] == "sheet":
                    columns = tuple((key, Kind(kind)) for key, kind in json.loads(texts[4]))
                    entries.append(SheetEntry(texts[1], texts[2], int(float(texts[3])), columns))
        except (ValueError, TypeError, KeyError):
            raise damaged_backup(self.name) from None
        if not found_format:
            raise not_a_backup(self.name)
        return properties, entries

    # -- rows --------------------------------------------------------------------------

    def raw_rows(self, title: str) -> Iterator[list[RawCell]]:
        """Every row of a sheet as (column index, type, text) cells, empty rows skipped."""
        path = self._paths.get(title)
        if path is None:
            raise KeyError(title)
        try:
            shared = self._shared_strings if self._shared_path else None
            with self.archive.open(path) as stream:
                for inner in _row_texts(stream, self.name):
                    cells = _cells(inner, shared)
                    if cells:
                        yield cells
        except _ROWS_DAMAGE:
            raise damaged_backup(self.name) from None

    def typed_rows(self, entry: SheetEntry) -> Iterator[list[Any]]:
        """The data rows of one part as typed values (the header row skipped)."""
        kinds = [kind for _key, kind in entry.columns]
        width = len(kinds)
        rows = self.raw_rows(entry.title)
        next(rows, None)  # the titles
        for cells in rows:
            values: list[Any] = [None] * width
            for index, cell_type, text in cells:
                if index < width:
                    values[index] = from_cell(kinds[index], cell_type, text)
            yield values

    @property
    def _shared_strings(self) -> list[str]:
        if self._shared is None:
            assert self._shared_path is not None
            info = self.archive.getinfo(self._shared_path)
            if info.file_size > _MAX_SHARED_STRINGS:
                raise damaged_backup(self.name)
            text = self.archive.read(self._shared_path).decode("utf-8")
            self._shared = [
                xml_text("".join(_T.findall(_PHONETIC.sub("", m.group(1) or ""))))
                for m in _SI.finditer(text)
            ]
        return self._shared


def newer_format(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup {name} was written by a newer version of ShopCloser. Install that "
            "version to read it.",
        ),
        name=name,
    )


def _row_texts(stream: IO[bytes], name: str) -> Iterator[str]:
    """The inside of each <row> element, streamed."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    while True:
        chunk = stream.read(_CHUNK)
        buffer += decoder.decode(chunk, final=not chunk)
        end = buffer.rfind("</row>")
        if end >= 0:
            block, buffer = buffer[: end + 6], buffer[end + 6 :]
            for match in _ROW.finditer(block):
                yield match.group(1) or ""
        if not chunk:
            for match in _ROW.finditer(buffer):
                yield match.group(1) or ""
            return
        if len(buffer) > _MAX_ROW_TEXT:
            raise damaged_backup(name)


def _cells(inner: str, shared: list[str] | None) -> list[RawCell]:
    fast = _FAST_CELL.findall(inner)
    if len(fast) == inner.count("<c"):
        return [
            (_column_index(col), kind, xml_text(text or value))
            for col, kind, text, value in fast
            if text or value
        ]
    return _general_cells(inner, shared)


def _general_cells(inner: str, shared: list[str] | None) -> list[RawCell]:
    cells: list[RawCell] = []
    position = -1
    for match in _CELL.finditer(inner):
        attrs, body = match.group(1), match.group(2) or ""
        ref = _R_ATTR.search(attrs)
        position = _column_index(ref.group(1)) if ref else position + 1
        type_match = _T_ATTR.search(attrs)
        cell_type = type_match.group(1) if type_match else "n"
        if cell_type == "inlineStr":
            text = xml_text("".join(_T.findall(_PHONETIC.sub("", body))))
        else:
            value = _V.search(body)
            text = xml_text(value.group(1)) if value else ""
            if cell_type == "s" and text:
                if shared is None:
                    raise ValueError("a shared string without a table")
                text = shared[int(text)]
        if text:
            cells.append((position, cell_type, text))
    return cells


class CheckedRows:
    """The typed rows of one part, checksummed on the way: after iterating to the end,
    ``rows`` and ``sha256`` are what the manifest should say of the part."""

    def __init__(self, workbook: BackupWorkbook, entry: SheetEntry) -> None:
        self.workbook = workbook
        self.entry = entry
        self.rows = 0
        self.sha256 = ""

    def __iter__(self) -> Iterator[list[Any]]:
        columns = self.entry.columns
        canonical = Canonical([kind for _key, kind in columns])
        digest = hashlib.sha256(header_line([(key, kind.value) for key, kind in columns]))
        count = 0
        for values in self.workbook.typed_rows(self.entry):
            digest.update(row_line(canonical(values)))
            count += 1
            yield values
        self.rows = count
        self.sha256 = digest.hexdigest()
