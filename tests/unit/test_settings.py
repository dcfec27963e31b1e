"""Settings values: any JSON value is stored and read back; a damaged one reads as the default."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.store import settings

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def test_any_value_is_stored_and_read_back(database):
    @given(values)
    def check(value):
        settings.set_setting("k", value)
        assert settings.get_setting("k") == value

    check()


def test_an_unreadable_stored_value_reads_as_the_default(database):
    from companion.store import connection as dbmod

    dbmod.connection().execute("INSERT INTO setting (key, value) VALUES ('broken', '{not json')")
    assert settings.get_setting("broken", 7) == 7


def test_settings_roundtrip(database):
    for value in ("AdnQywAD", 3, -12, True, None, 1.5, {"a": [1, "x"]}, "言語", 'quote " and \\ slash'):
        settings.set_setting("k", value)
        assert settings.get_setting("k") == value
