"""Amounts as people type them (the project dialog and imports share repo.parse_amount)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from companion.model.errors import ValidationError
from companion.store.repo import parse_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("30000", "30000"),
        ("30,000", "30000"),
        ("30,000円", "30000"),
        ("30000 円", "30000"),
        ("３０，０００", "30000"),
        ("３００００円", "30000"),
        ("¥30,000", "30000"),
        ("￥30,000", "30000"),
        ("30,000円（税込）".replace("（", "").replace("）", ""), "30000"),
        ("$1,200.50", "1200.50"),
        ("US$ 1,200", "1200"),
        ("1200 USD", "1200"),
        ("JPY 5000", "5000"),
        ("１２．５", "12.50"),
        ("\u3000 8000 \u3000", "8000"),
        ("0", "0"),
    ],
)
def test_amounts_as_typed(typed, value):
    assert parse_amount(typed) == Decimal(value).quantize(Decimal("0.01"))


@pytest.mark.parametrize("typed", ["", "  ", "円", "¥"])
def test_nothing_typed_is_no_amount(typed):
    assert parse_amount(typed) is None


@pytest.mark.parametrize(("typed", "code"), [("abc", "not_a_number"), ("3万円", "not_a_number"), ("-5", "out_of_range"),
                                              ("1e20", "out_of_range"), ("NaN", "out_of_range")])
def test_bad_amounts_name_the_field(typed, code):
    with pytest.raises(ValidationError) as err:
        parse_amount(typed)
    assert err.value.field == "amount" and err.value.code == code
