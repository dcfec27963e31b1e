"""Settings values: the fast reading of simple values equals json.loads, for any stored value."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model import settings

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@given(values)
def test_reading_a_stored_value_equals_json(value):
    raw = json.dumps(value, ensure_ascii=False)
    assert settings.loads(raw) == json.loads(raw)
    raw = json.dumps(value)  # \\u escapes
    assert settings.loads(raw) == json.loads(raw)


def assert_reads_as_json(raw):
    try:
        expected = json.loads(raw)
    except ValueError:
        with pytest.raises(ValueError):
            settings.loads(raw)
        return
    assert settings.loads(raw) == expected


@given(st.text(max_size=12))
def test_any_text_reads_as_json_would_or_fails_as_json_would(raw):
    assert_reads_as_json(raw)


@pytest.mark.parametrize("raw", ['"a\\"b"', '"tab\\t"', '"\u3042"', "007", "-0", "-", '""', "1e3", " 1", "true "])
def test_tricky_values(raw):
    assert_reads_as_json(raw)


def test_settings_roundtrip(database):
    for value in ("AdnQywAD", 3, -12, True, None, 1.5, {"a": [1, "x"]}, "言語", 'quote " and \\ slash'):
        settings.set_setting("k", value)
        assert settings.get_setting("k") == value
