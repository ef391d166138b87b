from __future__ import annotations

import re

import pytest

from shopcloser.domain.masking import mask_account, mask_address, mask_name, mask_phone


@pytest.mark.parametrize(
    ("phone", "masked"),
    [("13812341234", "138****1234"), ("", ""), (None, ""), ("0571-88888888", "057****8888")],
)
def test_mask_phone(phone: str | None, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_masked_phone_never_contains_a_full_mobile_number() -> None:
    assert not re.search(r"1[3-9]\d{9}", mask_phone("13925130165"))


@pytest.mark.parametrize(("name", "masked"), [("张三丰", "张**"), ("李", "李*"), ("", "")])
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_mask_address_drops_street_and_number() -> None:
    masked = mask_address("浙江省 杭州市 西湖区 文三路90号东部软件园(310012)")
    assert masked.startswith("浙江省 杭州市 西湖区")
    assert "文三路" not in masked and "90号" not in masked


@pytest.mark.parametrize(
    ("account", "masked"),
    [("13812341234", "138****1234"), ("shopper@example.com", "sh***@example.com")],
)
def test_mask_account(account: str, masked: str) -> None:
    assert mask_account(account) == masked
