"""From one row of cell texts to the row the store keeps, or to a typed record.

``stored_row_builder(kind, headers)`` works out once per file which column feeds which
field and with which cleaner, then compiles a straight-line function for exactly those
columns: it runs once per row of files with a million rows, where a generic loop with a
function call per cell would take several times longer than the CSV parser itself. The
import uses it (:mod:`shopcloser.formats.stored`). ``row_builder`` compiles the same
reading into ``OrderRecord``/``ItemRecord`` objects with typed values, for code and
tests that look at values rather than store them; a test checks that both routes store
the same. The generated source contains only column numbers and names of our own; header
texts from the file are passed in as data, never written into the source.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.domain.statuses import (
    RefundStatus,
    TradeStatus,
    refund_status_from_text,
    trade_status_from_text,
)
from shopcloser.formats.cleaning import (
    NULLS,
    CellError,
    clean_count,
    clean_money,
    clean_phone,
    clean_text,
    clean_time,
    key_id,
    unwrap_id,
)
from shopcloser.formats.columns import (
    FREE_TEXT_HEADERS,
    ITEM_FIELDS,
    ORDER_FIELDS,
    Cell,
    Field,
    header_key,
    kept_columns,
)
from shopcloser.formats.problems import (
    cells_past_header,
    cut_before,
    cut_short,
    incomplete_row,
)
from shopcloser.formats.report import ReportKind
from shopcloser.formats.stored import (
    EMPTY_DICT_JSON,
    EMPTY_LIST_JSON,
    ITEM_VALUES,
    ORDER_VALUES,
    Stored,
    StoredItem,
    StoredOrder,
    encode_json,
    fen,
    json_string,
)

Problems = list[tuple[str, str]]


class RowBuilder(Protocol):
    """Row ``number``'s cells → its record; ``found``: problems its reader already found."""

    def __call__(
        self, row: list[str], number: int, found: Problems | None = None, /
    ) -> OrderRecord | ItemRecord | None: ...


class StoredRowBuilder(Protocol):
    def __call__(
        self, row: list[str], number: int, found: Problems | None = None, /
    ) -> Stored | None: ...


# Cleaners that can fail on a cell (the row is kept and the cell listed as a problem).
_CHECKED: dict[Cell, Callable[[str], Any]] = {
    Cell.MONEY: clean_money,
    Cell.TIME: clean_time,
    Cell.COUNT: clean_count,
}
# Each amount's text and its fen, for stored rows: bounded, so that a file of
# all-different amounts cannot grow it without limit.
_FEN_BY_TEXT: dict[str, int] = {}
_FEN_BY_TEXT_MAX = 50_000
_FEN_TEXT_MAX_LENGTH = 32  # longer texts are not amounts a shop writes: not kept


# A flagged cell's text as the summary lists it: enough to find it in the file, and short
# enough that a row's problems always fit one spreadsheet cell of the backup.
_SHOWN_CHARS = 500


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def _money_fen(text: str) -> int | None:
    """An amount cell in fen, as the record route reads it (raises CellError)."""
    value = fen(clean_money(text))
    if value is not None and len(text) <= _FEN_TEXT_MAX_LENGTH:
        if len(_FEN_BY_TEXT) >= _FEN_BY_TEXT_MAX:
            _FEN_BY_TEXT.clear()
        _FEN_BY_TEXT[text] = value
    return value


_FREE_TEXT_KEYS = frozenset(header_key(h) for h in FREE_TEXT_HEADERS)
_ID_HINTS = ("编号", "单号", "id")


class _Plan:
    """Where each field's cells are, for one file's header row."""

    def __init__(self, headers: list[str], fields: tuple[Field, ...]) -> None:
        self.headers = headers
        self.width = len(headers)
        positions: dict[str, int] = {}
        for index, header in enumerate(headers):
            if header:
                positions.setdefault(header_key(header), index)
        used: set[int] = set()
        self.found: dict[str, tuple[int, Cell]] = {}  # attr -> (column, cleaning)
        for f in fields:
            for alias in f.aliases:
                column = positions.get(header_key(alias))
                if column is not None and column not in used:
                    used.add(column)
                    self.found[f.attr] = (column, f.cell)
                    break
        # Every other column is kept under its own header (or its position, for an empty
        # header among named ones). Empty headers after the last named one (the item
        # report's trailing comma) carry nothing.
        self.extra_text: list[tuple[int, str]] = []  # trimmed text
        self.extra_ids: list[tuple[int, str]] = []  # ="…" removed
        for index, name in kept_columns(headers, used):
            key = header_key(headers[index])
            if key not in _FREE_TEXT_KEYS and any(hint in key for hint in _ID_HINTS):
                self.extra_ids.append((index, name))
            else:
                self.extra_text.append((index, name))

    def column(self, attr: str) -> int | None:
        found = self.found.get(attr)
        return found[0] if found else None

    def header(self, attr: str, default: str) -> str:
        column = self.column(attr)
        return self.headers[column] if column is not None else default


def id_column(kind: ReportKind, headers: list[str]) -> int | None:
    """The column that identifies the order, or None when the file has none."""
    return _Plan(headers, _fields(kind)).column("order_id")


def file_columns(
    kind: ReportKind, headers: list[str]
) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """The fields this file's header row has a column for, the names its other columns
    are kept under (in ``extra``): what a newer file of this layout can clear; and each
    field's header text (a cell's problem names it) → the field."""
    plan = _Plan(headers, _fields(kind))
    extra = frozenset(name for _, name in (*plan.extra_text, *plan.extra_ids))
    by_header = {plan.headers[column]: attr for attr, (column, _) in plan.found.items()}
    return frozenset(plan.found), extra, by_header


def time_columns(kind: ReportKind, headers: list[str]) -> list[int]:
    """The columns of this file read as times (0-based)."""
    found = _Plan(headers, _fields(kind)).found.values()
    return sorted(column for column, cell in found if cell is Cell.TIME)


def has_status_column(kind: ReportKind, headers: list[str]) -> bool:
    """Whether the file has the order-status column every seller-centre order and item
    report has: without it, a file with order numbers is another report (refunds, a list
    of ids), whose rows would blank the status of the orders they name."""
    return _Plan(headers, _fields(kind)).column("status_text") is not None


def row_builder(kind: ReportKind, headers: list[str], *, full_rows: bool = False) -> RowBuilder:
    """The function that turns one row of this file into a record (None for a blank row).

    With ``full_rows`` (CSV, where every row writes every separator), a row that stops
    before the header's last named column is flagged as incomplete, and so is a row that
    ends with ``FILE_ENDS_IN_CELL`` (see :mod:`shopcloser.formats.csv_source`). Without it
    (xlsx, where a row leaves out its empty cells at the end), missing cells are empty,
    and a row with data past the header's last column is flagged the same way.
    """
    builder: RowBuilder = _builder(kind, headers, stored=False, full_rows=full_rows)
    return builder


def stored_row_builder(
    kind: ReportKind, headers: list[str], *, full_rows: bool = False
) -> StoredRowBuilder:
    """Like ``row_builder``, but the row comes out in the form the store keeps it
    (:mod:`shopcloser.formats.stored`): the import's way, without typed values between."""
    builder: StoredRowBuilder = _builder(kind, headers, stored=True, full_rows=full_rows)
    return builder


def _builder(kind: ReportKind, headers: list[str], *, stored: bool, full_rows: bool) -> Any:
    plan = _Plan(headers, _fields(kind))
    tail = _order_tail(plan) if kind is ReportKind.ORDERS else _item_tail(plan)
    record = OrderRecord if kind is ReportKind.ORDERS else ItemRecord
    return _compile(plan, record, tail, stored=stored, full_rows=full_rows)


# The last cell the CSV reader adds to a row when the file ends inside one of its quoted
# cells, after as many empty cells as the header has (so that the row is always longer than
# the header): no export writes it.
FILE_ENDS_IN_CELL = "\ufdd0ShopCloser: the file ends inside this row\ufdd0"


def _fit_full_row(
    row: list[str], width: int, named: int, ids: frozenset[int], problems: list[tuple[str, str]]
) -> list[str]:
    """A CSV row with another number of cells than the header's ``width``, padded to it.

    It is incomplete when it stops before the last named column (``named`` columns): the
    unnamed ones after it (the item report's trailing separator) carry nothing. A row
    longer than the header is read up to it, and flagged when a cell past the last named
    column holds anything: that is not imported. The cell the file ends inside (the CSV
    reader's ``FILE_ENDS_IN_CELL``) is taken as empty: part of a value is a wrong one
    (20.00 for 209.00, 交易成 for 交易成功). So is the last cell of any incomplete row when
    it is an order or sub-order number (``ids``): part of one would make an order that
    does not exist. Other short rows (a line the file breaks early, not at its end) keep
    the cell they stop in: a line end follows it, so it is whole.
    """
    read = len(row)
    cut = inside_cell = False
    if read > width and row[-1] == FILE_ENDS_IN_CELL:
        read -= width
        row = row[:read]
        cut = inside_cell = True
        if read >= named:  # every column is there, the last one cut
            problems.append(incomplete_row(named, named))
    if read > named and "".join(row[named:read]).replace('=""', "").strip():
        problems.append(cells_past_header(read, named))
    if read < named and "".join(row[:read]).replace('=""', "").strip():  # not a blank line
        problems.append(incomplete_row(read, named))
        cut = True
    if read < width:
        row = row + [""] * (width - read)
    if cut and read and (inside_cell or read - 1 in ids):
        row = row.copy()
        row[read - 1] = ""  # part of a value is no value
    return row


def _fit_sheet_row(
    row: list[str], width: int, padding: list[str], problems: list[tuple[str, str]]
) -> list[str]:
    """A workbook's row with another number of cells than the header's ``width``: one
    that leaves out its empty cells at the end is padded; one with cells past the header's
    last column is flagged when any of them holds something (counted up to the last
    that does, as a CSV row would end there): that is not imported."""
    if len(row) < width:
        return row + padding[len(row) :]
    if "".join(row[width:]).strip():
        read = max(i for i in range(width, len(row)) if row[i].strip()) + 1
        problems.append(cells_past_header(read, width))
    return row


def _named_width(headers: list[str]) -> int:
    """Columns up to the header's last named one."""
    return max((i + 1 for i, header in enumerate(headers) if header), default=0)


def _fields(kind: ReportKind) -> tuple[Field, ...]:
    return ORDER_FIELDS if kind is ReportKind.ORDERS else ITEM_FIELDS


# ---------------------------------------------------------------------------------------
# Code generation. Each field becomes a local variable ``f_<attr>``; a record is made with
# positional arguments in the dataclass's own field order, a stored row as a tuple in
# ORDER_VALUES / ITEM_VALUES order.


def _field_lines(plan: _Plan, stored: bool) -> list[str]:
    lines: list[str] = []
    for attr, (column, cell) in plan.found.items():
        var = f"f_{attr}"
        if cell is Cell.TEXT:
            lines += [f"v = row[{column}].strip()", f"{var} = v if v not in NULLS else None"]
        elif cell is Cell.ID:
            lines += [f"v = row[{column}]", f"{var} = unwrap_id(v) if v else None"]
        elif cell is Cell.PHONE:
            lines += [f"v = row[{column}]", f"{var} = clean_phone(v) if v else None"]
        elif cell is Cell.MONEY and stored:
            # Amounts repeat (prices, postage): each text's fen is remembered.
            lines += [
                f"v = row[{column}]",
                f"{var} = None",
                "if v:",
                f"    {var} = FEN.get(v)",
                f"    if {var} is None:",
                "        try:",
                f"            {var} = money_fen(v)",
                "        except CellError:",
                f"            problems.append((H[{column}], shown(v)))",
            ]
        elif cell is Cell.TIME:
            # The seller centre's 2017-07-08 12:00:00 directly; other forms take the slow path.
            # A stored row keeps that text plus zero microseconds, which is what formatting
            # the time would give (in ``fromisoformat``'s own digits: ASCII only).
            fast = (
                [
                    "        if len(v) == 19 and v[4] == v[7] == '-' and v[10] == ' ' "
                    "and v[13] == v[16] == ':':",
                    f"            {var} = v + '.000000'",
                    "        else:",
                    f"            {var} = {var}.isoformat(' ', 'microseconds')",
                ]
                if stored
                else []
            )
            slow = (
                [f"            if {var} is not None:",
                 f"                {var} = {var}.isoformat(' ', 'microseconds')"]
                if stored
                else []
            )  # fmt: skip
            lines += [
                f"v = row[{column}]",
                f"{var} = None",
                "if v:",
                "    try:",
                f"        {var} = fromisoformat(v)",
                f"        if {var}.tzinfo is not None:",
                "            raise ValueError(v)",
                *fast,
                "    except ValueError:",
                "        try:",
                f"            {var} = clean_time(v)",
                *slow,
                "        except CellError:",
                f"            {var} = None",
                f"            problems.append((H[{column}], shown(v)))",
            ]
        elif cell in _CHECKED:
            lines += [
                f"v = row[{column}]",
                f"{var} = None",
                "if v:",
                "    try:",
                f"        {var} = {_CHECKED[cell].__name__}(v)",
                "    except CellError:",
                f"        problems.append((H[{column}], shown(v)))",
            ]
        # KEY_ID and STATUS columns are read by the kind-specific tail.
    return lines


def _extra_lines(plan: _Plan, stored: bool) -> list[str]:
    names = [name for _, name in (*plan.extra_text, *plan.extra_ids)]
    if stored and len(set(names)) < len(names):
        # A header renamed "X#2" meets a column really named "X#2": the dict keeps the
        # last value under one key, as the record route does.
        return [
            *_extra_lines(plan, stored=False),
            "extra = encode_json(extra) if extra else EMPTY_DICT_JSON",
        ]
    if stored:
        # The JSON ``encode_json`` would write for the dict below, put together directly:
        # the keys are encoded once per file (EXTRA_TEXT_JSON holds '"header":').
        return [
            "parts = [",
            "    key + JSON_STRING(v) for i, key in EXTRA_TEXT_JSON if (v := row[i]) not in NULLS",
            "]",
            "for i, key in EXTRA_IDS_JSON:",
            "    v = row[i]",
            "    if v and (v := unwrap_id(v)) is not None:",
            "        parts.append(key + JSON_STRING(v))",
            "extra = '{' + ','.join(parts) + '}' if parts else EMPTY_DICT_JSON",
        ]
    return [
        # Kept as written (only placeholders dropped): the backup gives them back as they were.
        "extra = {name: v for i, name in EXTRA_TEXT if (v := row[i]) not in NULLS}",
        "for i, name in EXTRA_IDS:",
        "    v = row[i]",
        "    if v and (v := unwrap_id(v)) is not None:",
        "        extra[name] = v",
    ]


def _key_id_lines(column: int | None) -> list[str]:
    # The seller centre's ="3515…" form is unwrapped inline; anything else is checked.
    return [
        f"raw_id = row[{column}]",
        "f_order_id = raw_id[2:-1]",
        "if not (raw_id[:2] == '=\"' and raw_id[-1:] == '\"' and f_order_id.isdigit()):",
        "    try:",
        "        f_order_id = key_id(raw_id, ID_HEADER) if raw_id else None",
        "    except CellError:",  # not an id: flagged below, as an empty one is
        "        f_order_id = None",
    ]


def _order_tail(plan: _Plan) -> list[str]:
    id_column_ = plan.column("order_id")
    status_column = plan.column("status_text")
    lines = [
        *_key_id_lines(id_column_),
        "if f_order_id is None:",
        # A blank line; not a row whose order number was cut (see fit_full_row).
        "    if not problems and not ''.join(row).replace('=\"\"', '').strip():",
        "        return None",
        "    if all(column != ID_HEADER for column, _ in problems):",  # the reader named it
        "        problems.append((ID_HEADER, shown(raw_id)))",
        "    f_order_id = ''",
    ]
    if status_column is None:
        lines.append("f_status_text = ''")
    else:
        lines.append(f"f_status_text = row[{status_column}].strip()")
    reason = "f_close_reason" if "close_reason" in plan.found else "None"
    lines += [
        f"if {reason} is None:",
        "    f_status = STATUSES.get(f_status_text)",
        "    if f_status is None:",
        "        f_status = STATUSES[f_status_text] = trade_status(f_status_text)",
        "else:",
        f"    f_status = trade_status(f_status_text, {reason})",
        *_unpaid_close_lines(plan),
    ]
    return lines


def _unpaid_close_lines(plan: _Plan) -> list[str]:
    """交易关闭 is "closed before payment" where the row has no payment time (the seller
    closed an unpaid order, whatever reason it gives), else "closed after a refund"."""
    paid = plan.column("paid_at")
    if paid is None:
        return []  # the file cannot tell: the close reason alone decides
    # A row the file ends in or before its payment time says nothing of a payment.
    return [
        f"if f_status is CLOSED_TEXT_STATUS and row[{paid}].strip() in NULLS and not (",
        f"    problems and cut_short(problems) and cut_before({paid + 1}, problems)",
        "):",
        "    f_status = CLOSED_UNPAID",
    ]


def _item_tail(plan: _Plan) -> list[str]:
    id_column_ = plan.column("order_id")
    sub_column = plan.column("sub_order_id")
    status_column = plan.column("status_text")
    refund_column = plan.column("refund_status_text")
    lines = _key_id_lines(id_column_)
    if sub_column is None:
        lines.append("f_sub_order_id = None")
    else:
        lines += [
            f"v = row[{sub_column}]",
            "try:",
            "    f_sub_order_id = key_id(v, SUB_HEADER) if v else None",
            "except CellError:",
            "    f_sub_order_id = None",
            "    problems.append((SUB_HEADER, shown(v)))",
        ]
    lines += [
        "if f_order_id is None:",
        # A blank line; not a row whose order number was cut (see fit_full_row).
        "    if not problems and not ''.join(row).replace('=\"\"', '').strip():",
        "        return None",
        "    if all(column != ID_HEADER for column, _ in problems):",  # the reader named it
        "        problems.append((ID_HEADER, shown(raw_id)))",
        "    f_order_id = ''",
        # Not stored: a summary line between an order's items does not part them.
        "    f_line_no = 0",
        # Items of one order are consecutive: their position numbers them in the order.
        "elif f_order_id == PREVIOUS[0]:",
        "    f_line_no = PREVIOUS[1] = PREVIOUS[1] + 1",
        "else:",
        "    PREVIOUS[0] = f_order_id",
        "    f_line_no = PREVIOUS[1] = 1",
    ]
    if status_column is None:
        lines.append("f_status_text = ''")
    else:
        lines.append(f"f_status_text = row[{status_column}].strip()")
    lines += [
        "f_status = STATUSES.get(f_status_text)",
        "if f_status is None:",
        "    f_status = STATUSES[f_status_text] = trade_status(f_status_text)",
        *_unpaid_close_lines(plan),
    ]
    if refund_column is None:
        # Older item reports have no refund column: their refund state is not known.
        return [*lines, "f_refund_status_text = None", "f_refund_status = NOT_IN_FILES"]
    return [
        *lines,
        f"f_refund_status_text = clean_text(row[{refund_column}])",
        "f_refund_status = REFUNDS.get(f_refund_status_text)",
        "if f_refund_status is None:",
        "    f_refund_status = REFUNDS[f_refund_status_text] = refund_status(f_refund_status_text)",
        # A row cut short says nothing of "no refund": a state it did not reach is not in
        # the files; one the file ends inside is part of a state, unknown until checked.
        "if problems and f_refund_status_text is None and cut_short(problems):",
        f"    unreached = cut_before({refund_column}, problems)",
        "    f_refund_status = NOT_IN_FILES if unreached else UNKNOWN_REFUND",
    ]


def _compile(
    plan: _Plan, record: type[Any], tail: list[str], *, stored: bool, full_rows: bool
) -> Any:
    """The builder's function (a RowBuilder, or with ``stored`` a StoredRowBuilder)."""
    named = _named_width(plan.headers)
    # Unnamed columns after the last named one (the item report's trailing separator) are
    # empty in an export: one that holds something is flagged as past the header too.
    unnamed = (
        "" if named == plan.width
        else " or row[-1]" if named == plan.width - 1
        else " or ''.join(row[NAMED:])"
    )  # fmt: skip
    fit = (
        ["problems = [] if found is None else found",
         f"if len(row) != WIDTH{unnamed}:",
         "    row = fit_full_row(row, WIDTH, NAMED, ID_COLUMNS, problems)"]
        if full_rows
        else ["problems = [] if found is None else found",
              "if len(row) != WIDTH:",
              "    row = fit_sheet_row(row, WIDTH, PADDING, problems)"]
    )  # fmt: skip
    body = [
        *fit,
        *_field_lines(plan, stored),
        *_extra_lines(plan, stored),
        *tail,
    ]
    produced = {"extra", "problems"} | {f"f_{attr}" for attr in plan.found}
    produced |= {line.split(" = ")[0].strip() for line in tail if line.lstrip().startswith("f_")}
    defaults: dict[str, Any] = {}
    fields = {
        f.name: f.default for f in dataclasses.fields(record) if f.name not in ("extra", "problems")
    }

    def argument(name: str) -> str:
        if f"f_{name}" in produced:
            return f"f_{name}"
        default = fields.get(name, dataclasses.MISSING)
        if default is dataclasses.MISSING:
            return "None"  # a field the file has no column for
        defaults[f"DEFAULT_{name}"] = default
        return f"DEFAULT_{name}"

    if not stored:
        arguments = [
            "number" if name == "row_number" else name if name in ("extra", "problems")
            else argument(name)
            for name in (f.name for f in dataclasses.fields(record))
        ]  # fmt: skip
        body.append(f"return RECORD({', '.join(arguments)})")
    else:
        item = record is ItemRecord
        if item:
            produced.add("f_item_key")
            body.append("f_item_key = f_sub_order_id or f'{f_order_id}#{f_line_no}'")
        # A status is stored as its plain text (see formats.stored).
        values = [
            "extra" if name == "extra" else "PROBLEMS_JSON" if name == "problems"
            else f"f_{name}._value_" if name in ("status", "refund_status")
            else argument(name)
            for name in (ITEM_VALUES if item else ORDER_VALUES)
        ]  # fmt: skip
        statuses = "f_status, f_refund_status" if item else "f_status"
        shop = "" if item else f"{argument('shop_id')}, {argument('shop_name')}, "
        body += [
            "PROBLEMS_JSON = encode_json(problems) if problems else EMPTY_LIST_JSON",
            f"return STORED(({', '.join(values)},), {statuses}, {shop}number, problems)",
        ]
    source = "def build(row, number, found=None):\n" + "".join(f"    {line}\n" for line in body)
    namespace: dict[str, Any] = {
        "WIDTH": plan.width,
        "NAMED": named,
        "ID_COLUMNS": frozenset(
            c for c in (plan.column("order_id"), plan.column("sub_order_id")) if c is not None
        ),
        "PADDING": [""] * plan.width,
        "H": tuple(plan.headers),
        "ID_HEADER": plan.header("order_id", "订单编号"),
        "SUB_HEADER": plan.header("sub_order_id", "子订单编号"),
        "EXTRA_TEXT": tuple(plan.extra_text),
        "EXTRA_IDS": tuple(plan.extra_ids),
        "NULLS": NULLS,
        "fromisoformat": datetime.fromisoformat,
        "CellError": CellError,
        "clean_money": clean_money,
        "clean_time": clean_time,
        "clean_count": clean_count,
        "clean_phone": clean_phone,
        "clean_text": clean_text,
        "unwrap_id": unwrap_id,
        "key_id": key_id,
        "trade_status": trade_status_from_text,
        "refund_status": refund_status_from_text,
        "STATUSES": dict[str, TradeStatus](),
        "REFUNDS": dict[str | None, RefundStatus](),
        "NOT_IN_FILES": RefundStatus.NOT_IN_FILES,
        "CLOSED_TEXT_STATUS": TradeStatus.TRADE_CLOSED,
        "CLOSED_UNPAID": TradeStatus.TRADE_CLOSED_BY_TAOBAO,
        "cut_short": cut_short,
        "cut_before": cut_before,
        "UNKNOWN_REFUND": RefundStatus.UNKNOWN,
        "PREVIOUS": ["", 0],
        "RECORD": record,
        "STORED": StoredOrder if record is OrderRecord else StoredItem,
        "FEN": _FEN_BY_TEXT,
        "money_fen": _money_fen,
        "shown": _shown,
        "fit_full_row": _fit_full_row,
        "fit_sheet_row": _fit_sheet_row,
        "encode_json": encode_json,
        "JSON_STRING": json_string,
        "EMPTY_DICT_JSON": EMPTY_DICT_JSON,
        "EMPTY_LIST_JSON": EMPTY_LIST_JSON,
        "EXTRA_TEXT_JSON": tuple((i, json_string(name) + ":") for i, name in plan.extra_text),
        "EXTRA_IDS_JSON": tuple((i, json_string(name) + ":") for i, name in plan.extra_ids),
        **defaults,
    }
    exec(compile(source, "<row builder>", "exec"), namespace)  # noqa: S102 - see module doc
    return namespace["build"]
