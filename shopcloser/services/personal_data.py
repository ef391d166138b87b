"""Which stored values are buyers' personal data, how a masked copy shows them, how purge
removes them.

Personal data sits in modelled columns (receiver name, phone, address…), in columns the
app keeps under the export's own header names (``Order.extra``: 修改后的收货地址,
买家会员昵称…), in the raw text of cells that could not be read (``problems``), and
inside free text (a buyer's message, a merchant's note) as phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from shopcloser.domain.masking import mask_account, mask_address, mask_name, mask_phone
from shopcloser.formats.columns import header_key

Mask = Callable[[Any], Any]

_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<![\d-])(0\d{2,3})-?\d{3,4}(\d{4})(?![\d-])")


def scrub_phones(text: Any) -> Any:
    """Free text with every phone number in it masked (``138****1234``)."""
    if not isinstance(text, str) or not text:
        return text
    text = _MOBILE.sub(r"\1****\2", text)
    return _LANDLINE.sub(r"\1-****\2", text)


def _masked(mask: Callable[[str | None], str]) -> Mask:
    def apply(value: Any) -> Any:
        return mask(value) if isinstance(value, str) and value else value

    return apply


NAME = _masked(mask_name)
PHONE = _masked(mask_phone)
ADDRESS = _masked(mask_address)
ACCOUNT = _masked(mask_account)

# Modelled columns of orders holding personal data, and their mask in a masked copy.
ORDER_PERSONAL: dict[str, Mask] = {
    "buyer_nick": NAME,
    "buyer_alipay": ACCOUNT,
    "receiver_name": NAME,
    "receiver_address": ADDRESS,
    "receiver_phone": PHONE,
    "receiver_mobile": PHONE,
    "buyer_message": scrub_phones,
}
# Messages: kept (phones masked) in a masked copy, removed by purge.
MESSAGE_COLUMNS = frozenset({"buyer_message"})

# Export columns kept under their header names that hold personal data.
_PERSONAL_HEADERS: dict[str, Mask] = {
    "买家会员名": NAME,
    "买家会员昵称": NAME,
    "买家昵称": NAME,
    "买家支付宝账号": ACCOUNT,
    "支付宝账号": ACCOUNT,
    "收货人姓名": NAME,
    "收货人": NAME,
    "收件人": NAME,
    "收货地址": ADDRESS,
    "修改后的收货地址": ADDRESS,
    "详细地址": ADDRESS,
    "联系电话": PHONE,
    "联系手机": PHONE,
    "收货人手机号": PHONE,
    "手机号": PHONE,
    "买家留言": scrub_phones,
    "主订单买家留言": scrub_phones,
    "联系方式备注": scrub_phones,
}
_PERSONAL_KEYS = {header_key(h): mask for h, mask in _PERSONAL_HEADERS.items()}


def header_mask(name: str) -> Mask | None:
    """The mask for a column kept under its export header (``收货地址#2`` included)."""
    return _PERSONAL_KEYS.get(header_key(name.split("#", 1)[0]))


def is_personal_header(name: str) -> bool:
    return header_mask(name) is not None


def mask_problems(problems: Any) -> Any:
    """Unreadable cells ([header, raw text] pairs) with personal texts masked."""
    if not isinstance(problems, list):
        return problems
    out = []
    for entry in problems:
        if isinstance(entry, (list, tuple)) and len(entry) == 2:
            header, raw = entry
            mask = header_mask(str(header)) or scrub_phones
            out.append([header, mask(raw)])
        else:
            out.append(entry)
    return out


def purge_problems(problems: Any) -> Any:
    """Unreadable cells with the raw text of personal columns removed."""
    if not isinstance(problems, list):
        return problems
    out = []
    for entry in problems:
        if isinstance(entry, (list, tuple)) and len(entry) == 2:
            header, raw = entry
            out.append([header, "" if is_personal_header(str(header)) else scrub_phones(raw)])
        else:
            out.append(entry)
    return out


def purge_extra(extra: Any) -> Any:
    """Columns kept under header names, without the personal ones; phones masked in the rest."""
    if not isinstance(extra, dict):
        return extra
    return {
        name: scrub_phones(value)
        for name, value in extra.items()
        if not is_personal_header(str(name))
    }


def purge_row(row: dict[str, Any], personal: set[str] | frozenset[str]) -> dict[str, Any]:
    """A stored row (as a dict of columns) without its personal data."""
    out = dict(row)
    for name in personal:
        if name in out:
            out[name] = None
    if "merchant_note" in out:
        out["merchant_note"] = scrub_phones(out["merchant_note"])
    if "extra" in out:
        out["extra"] = purge_extra(out["extra"])
    if "problems" in out:
        out["problems"] = purge_problems(out["problems"])
    return out
