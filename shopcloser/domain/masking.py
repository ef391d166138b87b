"""Masks for personal data shown on screen or shared with staff (PIPL)."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def mask_phone(phone: str | None) -> str:
    """``13812341234`` → ``138****1234``; short numbers keep only their last two digits."""
    if not phone:
        return ""
    digits = phone.strip()
    if len(digits) >= 7:
        return digits[:3] + "****" + digits[-4:]
    return "*" * max(len(digits) - 2, 0) + digits[-2:]


def mask_name(name: str | None) -> str:
    """``张三丰`` → ``张**``: the first character, then one star per hidden character."""
    if not name:
        return ""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_address(address: str | None) -> str:
    """Keep province, city and district; drop the street and number.

    Exports write ``省 市 区 详细地址(邮编)``: the parts are separated by spaces.
    """
    if not address:
        return ""
    parts = _SPACES.split(address.strip())
    if len(parts) <= 1:
        return (parts[0][:6] + "…") if parts and parts[0] else ""
    kept = parts[:-1] if len(parts) <= 3 else parts[:3]
    return " ".join(kept) + " …"


def mask_account(account: str | None) -> str:
    """Alipay accounts are phones or e-mail addresses; hide the middle of either."""
    if not account:
        return ""
    account = account.strip()
    if "@" in account:
        local, _, domain = account.partition("@")
        return (local[:2] if len(local) > 2 else local[:1]) + "***@" + domain
    return mask_phone(account)
