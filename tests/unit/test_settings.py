"""Declared settings: each key round-trips its default; what a declaration does not allow is refused
by set_setting and by import (naming the place); the typed accessors follow the stored values;
a damaged stored value reads as the default."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from companion.model.reminders import ReminderSettings
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.store import connection as dbmod
from companion.store import exchange, settings
from companion.store.settings import DECLARED, GROUPS, UNITS, SettingError

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
USER_VISIBLE = [d for d in DECLARED.values() if d.user_visible]
INTERNAL = [d for d in DECLARED.values() if not d.user_visible]

# Every key the app stores (grep set_setting in companion/): all declared.
KEYS = {
    "language", "follow_up_gap_hours", "follow_ups_before_formal", "silence_days", "reply_owed_hours",
    "quiet_start", "quiet_end", "quiet_weekdays", "digest_hour", "backups_keep", "calendar_file",
    "window_geometry", "list_columns", "last_folder", "digest_last", "quiet_until", "snooze_all_until", "tray_explained", "close_without_tray",
}

GOOD = [
    ("language", "ja"), ("language", "en"), ("language", None),
    ("follow_up_gap_hours", 12), ("follow_up_gap_hours", 336), ("follow_up_gap_hours", 36.5),
    ("follow_ups_before_formal", 1), ("follow_ups_before_formal", 10),
    ("silence_days", 7), ("silence_days", 60), ("silence_days", 10.5),
    ("reply_owed_hours", 1), ("reply_owed_hours", 168),
    ("quiet_start", "22:00"), ("quiet_start", None), ("quiet_end", "00:00"), ("quiet_end", "23:59"),
    ("quiet_weekdays", []), ("quiet_weekdays", [0, 6]),
    ("digest_hour", 0), ("digest_hour", 23), ("digest_hour", None),
    ("backups_keep", 1), ("backups_keep", 100), ("calendar_file", True), ("calendar_file", False),
    ("window_geometry", "AdnQywAD"), ("last_folder", "/home/me/Documents"), ("last_folder", None), ("digest_last", "2026-11-20 09:00:00"), ("quiet_until", None),
    ("snooze_all_until", "2026-11-20 18:00:00"), ("tray_explained", True),
    ("close_without_tray", "background"), ("close_without_tray", "quit"), ("close_without_tray", None),
]

BAD = [  # out of range, wrong type, not a choice
    ("language", "fr"), ("language", 1), ("language", ""),
    ("follow_up_gap_hours", 11.9), ("follow_up_gap_hours", 337), ("follow_up_gap_hours", 1e300),
    ("follow_up_gap_hours", "48"), ("follow_up_gap_hours", True), ("follow_up_gap_hours", None),
    ("follow_up_gap_hours", float("nan")), ("follow_up_gap_hours", float("inf")), ("follow_up_gap_hours", 10**400),
    ("backups_keep", -(10**400)),
    ("follow_ups_before_formal", 0), ("follow_ups_before_formal", 11), ("follow_ups_before_formal", 3.0),
    ("follow_ups_before_formal", True), ("silence_days", 6), ("silence_days", 61), ("silence_days", [7]),
    ("reply_owed_hours", 0), ("reply_owed_hours", 169),
    ("quiet_start", "24:00"), ("quiet_start", "7:00"), ("quiet_start", "12:60"), ("quiet_start", 22),
    ("quiet_end", "ab:cd"), ("quiet_weekdays", [7]), ("quiet_weekdays", [True]), ("quiet_weekdays", [-1]),
    ("quiet_weekdays", "0123456"), ("quiet_weekdays", None), ("quiet_weekdays", [1.0]),
    ("digest_hour", 24), ("digest_hour", -1), ("digest_hour", "9"), ("digest_hour", False),
    ("backups_keep", 0), ("backups_keep", 101), ("backups_keep", 10.5), ("calendar_file", 1), ("calendar_file", None),
    ("window_geometry", 5), ("last_folder", 7), ("digest_last", "yesterday"), ("quiet_until", 0), ("snooze_all_until", True),
    ("tray_explained", 1), ("tray_explained", None), ("close_without_tray", "ask"),
]


def stored_rows() -> dict[str, str]:
    return dict(dbmod.connection().execute("SELECT key, value FROM setting").fetchall())


def doc(settings_in_file: dict) -> dict:
    return {"format": "renraku-companion", "version": 1, "projects": [], "settings": settings_in_file}


# --- the declarations themselves


def test_every_stored_key_is_declared():
    assert set(DECLARED) == KEYS


@pytest.mark.parametrize("d", DECLARED.values(), ids=lambda d: d.key)
def test_each_declaration_is_complete(d):
    assert d.allows(d.default), "the default must be allowed"
    if d.optional and d.user_visible:
        assert d.when_on is not None and d.allows(d.when_on), "the value offered when switched on"
    assert d.unit in ("", *UNITS) and d.shown_in in ("", *UNITS)
    if d.kind in ("int", "number"):
        assert d.low is not None and d.high is not None
    if d.kind == "choice":
        assert d.default in d.choices
        assert not d.user_visible or len(d.choice_labels) == len(d.choices)
    if d.user_visible:
        assert d.group in GROUPS
    else:
        assert not d.group and not d.tooltip, "an internal setting is not shown"
    for other in (d.same_row_as, d.enabled_with):
        if other:
            assert DECLARED[other].optional and DECLARED[other].group == d.group


@pytest.mark.usefixtures("database")
def test_the_defaults_are_the_models():
    """Nothing stored: the typed accessors give the model's own defaults."""
    assert settings.thresholds() == DEFAULT_THRESHOLDS
    assert settings.reminder_settings() == ReminderSettings()


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("d", DECLARED.values(), ids=lambda d: d.key)
def test_every_key_round_trips_its_default(d):
    assert settings.values([d.key]) == {d.key: d.default}  # nothing stored
    settings.set_setting(d.key, d.default)
    assert settings.get_setting(d.key) == d.default
    assert settings.values()[d.key] == d.default
    assert json.loads(stored_rows()[d.key]) == d.default


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(("key", "value"), GOOD)
def test_allowed_values_are_stored_and_read_back(key, value):
    settings.set_setting(key, value)
    assert settings.get_setting(key, "unset") == value
    assert settings.values([key]) == {key: value}


# --- refused by set_setting, and by import


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(("key", "value"), BAD)
def test_set_setting_refuses_a_value_outside_the_declaration(key, value):
    with pytest.raises(SettingError) as info:
        settings.set_setting(key, value)
    assert isinstance(info.value, ValueError)
    assert repr(key) in str(info.value) and repr(value)[:30] in str(info.value)
    assert key not in stored_rows()


@pytest.mark.usefixtures("database")
def test_set_setting_refuses_an_undeclared_key():
    with pytest.raises(ValueError, match=r"setting 'k': 5 .*no setting 'k'"):
        settings.set_setting("k", 5)
    assert stored_rows() == {}


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(("key", "value"), [(k, v) for k, v in BAD if DECLARED[k].user_visible])
def test_import_refuses_a_value_outside_the_declaration_naming_the_place(key, value):
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_data(doc({key: value}), T0)
    assert [p for p in info.value.problems if p.startswith(f"settings, {key}: ")], info.value.problems
    assert stored_rows() == {}


@pytest.mark.usefixtures("database")
def test_import_says_what_is_allowed():
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_data(doc({"follow_up_gap_hours": 1e300, "language": "fr", "digest_hour": 24}), T0)
    assert info.value.problems == [
        "settings, follow_up_gap_hours: 1e+300 is not a number from 12 to 336 hours",
        'settings, language: \'fr\' is not one of null, "ja", "en"',
        "settings, digest_hour: 24 is not a whole number from 0 to 23 (an hour of the day) or null",
    ]


@pytest.mark.usefixtures("database")
def test_import_takes_the_dialogs_settings_and_leaves_this_machines_alone():
    settings.set_setting("window_geometry", "here")
    file_settings = {"follow_up_gap_hours": 24, "quiet_weekdays": [5, 6], "window_geometry": "there",
                     "quiet_until": "2026-11-21 00:00:00", "tray_explained": "not even a bool", "unknown": 1}
    exchange.import_data(doc(file_settings), T0)
    assert settings.values(["follow_up_gap_hours", "quiet_weekdays", "window_geometry", "quiet_until", "tray_explained"]) == {
        "follow_up_gap_hours": 24, "quiet_weekdays": [5, 6], "window_geometry": "here", "quiet_until": None,
        "tray_explained": False,
    }
    assert "unknown" not in stored_rows()


@pytest.mark.usefixtures("database")
def test_export_carries_the_stored_user_settings_only():
    settings.set_setting("follow_ups_before_formal", 2)
    settings.set_setting("digest_hour", None)
    settings.set_setting("window_geometry", "machine")
    settings.set_setting("quiet_until", "2026-11-21 00:00:00")
    assert exchange.export_data(T0)["settings"] == {"follow_ups_before_formal": 2, "digest_hour": None}


@pytest.mark.usefixtures("database")
def test_any_value_is_refused_or_read_back():
    values = st.recursive(
        st.none() | st.booleans() | st.integers(-100, 400) | st.floats(allow_nan=False) | st.text(max_size=6),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=6,
    )

    @hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
    @given(st.sampled_from(sorted(DECLARED)), values)
    def check(key, value):
        try:
            settings.set_setting(key, value)
        except SettingError:
            assert settings.problem(key, value) is not None
        else:
            assert settings.get_setting(key) == value

    check()


# --- reading what is stored


@pytest.mark.usefixtures("database")
def test_the_typed_accessors_follow_the_stored_values():
    for key, value in {"follow_up_gap_hours": 30, "follow_ups_before_formal": 5, "silence_days": 10,
                       "reply_owed_hours": 12, "quiet_start": "22:30", "quiet_end": "06:15",
                       "quiet_weekdays": [0, 4], "digest_hour": 8, "quiet_until": "2026-11-21 07:00:00",
                       "snooze_all_until": "2026-11-20 12:00:00"}.items():
        settings.set_setting(key, value)
    assert settings.thresholds() == Thresholds(follow_up_gap=timedelta(hours=30), follow_ups_before_formal=5,
                                               silence_before_request=timedelta(days=10),
                                               request_deadline=DEFAULT_THRESHOLDS.request_deadline,
                                               reply_owed_after=timedelta(hours=12))
    assert settings.thresholds_from_settings() == settings.thresholds()
    assert settings.reminder_settings() == ReminderSettings(
        reply_owed_after=timedelta(hours=12), quiet_start=time(22, 30), quiet_end=time(6, 15),
        quiet_weekdays=frozenset({0, 4}), quiet_until=datetime(2026, 11, 21, 7, tzinfo=UTC),
        snooze_all_until=datetime(2026, 11, 20, 12, tzinfo=UTC), digest_hour=8,
    )


@pytest.mark.usefixtures("database")
def test_repo_still_offers_the_settings():
    from companion.store import repo

    assert repo.reminder_settings is settings.reminder_settings
    assert repo.thresholds_from_settings is settings.thresholds
    assert repo.get_setting is settings.get_setting and repo.set_setting is settings.set_setting


def put_raw(key: str, text: str) -> None:
    dbmod.connection().execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, text))


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(("key", "raw"), [
    ("follow_up_gap_hours", '"garbage"'), ("follow_up_gap_hours", "{not json"), ("quiet_weekdays", "[1, 9]"),
    ("quiet_start", '"25:00"'), ("digest_hour", '"9"'), ("language", '"fr"'), ("backups_keep", "true"),
])
def test_a_damaged_stored_value_reads_as_the_default(key, raw):
    put_raw(key, raw)
    assert settings.values([key]) == {key: DECLARED[key].default}
    assert settings.get_setting(key, "fallback") == "fallback"
    assert settings.thresholds() == DEFAULT_THRESHOLDS
    assert settings.reminder_settings() == ReminderSettings()


@pytest.mark.usefixtures("database")
def test_a_number_stored_outside_todays_range_is_moved_into_it():
    """An older version allowed a follow-up gap from 1 hour (only by import): it now reads as the
    shortest the dialog offers."""
    put_raw("follow_up_gap_hours", "6")
    put_raw("backups_keep", "500")
    assert settings.thresholds().follow_up_gap == timedelta(hours=12)
    assert settings.values(["backups_keep"]) == {"backups_keep": 100}


@pytest.mark.usefixtures("database")
def test_undeclared_keys_in_an_older_database_read_as_stored():
    put_raw("old_key", '{"a": [1, "x"]}')
    assert settings.get_setting("old_key") == {"a": [1, "x"]}
    assert settings.get_setting("missing", 5) == 5


@pytest.mark.usefixtures("database")
def test_values_are_stored_as_before():
    """The database format is unchanged: JSON values, unicode as is."""
    settings.set_setting("follow_up_gap_hours", 36.5)
    settings.set_setting("quiet_weekdays", [0, 1])
    settings.set_setting("window_geometry", "言語")
    rows = stored_rows()
    assert (rows["follow_up_gap_hours"], rows["quiet_weekdays"], rows["window_geometry"]) == ("36.5", "[0, 1]", '"言語"')


def test_units_convert_one_way_and_back():
    gap = DECLARED["follow_up_gap_hours"]
    assert (gap.unit, gap.shown_unit) == ("hours", "days")
    assert gap.shown(36) == 1.5 and gap.stored(1.5) == 36 and isinstance(gap.stored(2.0), int)
    assert gap.duration(36) == timedelta(hours=36) and gap.amount(timedelta(days=2)) == 48
    assert DECLARED["silence_days"].duration(7) == timedelta(days=7)
