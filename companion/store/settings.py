"""Settings: every setting is one :class:`Declaration` in :data:`DECLARED`, and small JSON values
by key in the ``setting`` table, read and written in plain SQL on the one connection.

The declaration says what a setting is (type, unit, default, allowed range or choices) and how
the settings dialog shows it (label, tooltip, group, the unit it is shown in). Everything else
follows from it: :func:`set_setting` refuses what it does not allow (nothing invalid is ever
stored), import checks a file's settings against it (:func:`problem`), the dialog builds its
fields from it, and the typed accessors (:func:`thresholds`, :func:`reminder_settings`) convert
by its unit. Adding a setting is one declaration (plus the translation of its label).

Inside a transaction of :mod:`companion.store.repo` the settings are part of it: it is the same
connection. The stored format is that of every earlier version (same keys, JSON values, units).
"""

import json
import math
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

import peewee

from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.model.vocab import from_db_time
from companion.store.models import Setting

if TYPE_CHECKING:  # the reminders load after the window shows (start-up budget)
    from companion.model.reminders import ReminderSettings

#: The translation context of every label, tooltip, note, group and unit below: the UI shows
#: them with ``QCoreApplication.translate(CONTEXT, text)``.
CONTEXT = "Settings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate finds it) without importing Qt into the store."""
    return text


# (NamedTuples with annotations evaluated at once: a declaration costs nothing to build at start-up,
# where frozen dataclasses and string annotations compile code for each.)
class Unit(NamedTuple):
    """A unit a number is stored or shown in."""

    suffix: str  # shown after the number (translated in the UI)
    seconds: int | None = None  # a duration unit's length; None: no duration (an hour of the day)
    words: str = ""  # how a problem names it ("a number from 12 to 336 hours")


UNITS: dict[str, Unit] = {
    "hours": Unit(QT_TRANSLATE_NOOP("Settings", " hours"), 3600, "hours"),
    "days": Unit(QT_TRANSLATE_NOOP("Settings", " days"), 86400, "days"),
    "hour_of_day": Unit(QT_TRANSLATE_NOOP("Settings", ":00"), None, "(an hour of the day)"),
}

#: What a setting's value is. int: a whole number; number: int or float; choice: one of
#: ``choices``; clock: a local time of day "HH:MM"; weekdays: a list of days, Monday = 0;
#: instant: a UTC time as the database stores it (``vocab.to_db_time``); text: any text.
Kind = Literal["int", "number", "bool", "choice", "clock", "weekdays", "instant", "text"]


class Declaration(NamedTuple):
    """One setting: what it is, what it may be, and how the settings dialog shows it."""

    key: str  # the key in the setting table (and in an export's "settings")
    kind: Kind
    default: Any  # the value while none is stored (in the stored unit)
    unit: str = ""  # of the stored number: a key of UNITS; "" a plain count
    shown_in: str = ""  # the unit the dialog shows it in, if not the stored one (hours shown as days)
    low: float | None = None  # int, number: the allowed range, inclusive, in the stored unit
    high: float | None = None
    step: float = 1  # the dialog's step, in the shown unit (0.5: one decimal)
    choices: tuple[Any, ...] = ()  # choice: the allowed values
    choice_labels: tuple[str, ...] = ()  # choice: what the dialog shows for each (translated)
    optional: bool = False  # None is allowed too: the setting is off (the dialog: a check box)
    when_on: Any = None  # optional: the value the dialog offers when it is switched on
    label: str = ""  # translatable; "" an internal setting: not in the dialog, not exported
    tooltip: str = ""
    note: str = ""  # a line shown under the field
    group: str = ""  # the dialog's group box (one of GROUPS)
    same_row_as: str = ""  # shown in that optional setting's row, switched on and off with it
    enabled_with: str = ""  # enabled in the dialog only while that optional setting is on

    @property
    def user_visible(self) -> bool:
        """Shown in the settings dialog, and carried by an export (internal ones stay here)."""
        return bool(self.label)

    @property
    def shown_unit(self) -> str:
        return self.shown_in or self.unit

    def shown(self, value: float) -> float:
        """A stored number in the unit the dialog shows."""
        return value * self._factor()

    def stored(self, value: float) -> float | int:
        """A number the dialog shows, in the stored unit (a whole number stays an int)."""
        return _tidy(value / self._factor())

    def duration(self, value: float) -> timedelta:
        """A stored number of a duration unit as a timedelta (what the model takes)."""
        return timedelta(seconds=value * self._seconds())

    def amount(self, duration: timedelta) -> float | int:
        """A timedelta as the stored number (what :meth:`duration` undoes)."""
        return _tidy(duration.total_seconds() / self._seconds())

    def _seconds(self) -> int:
        seconds = UNITS[self.unit].seconds if self.unit else None
        assert seconds is not None, f"{self.key} is no duration"
        return seconds

    def _factor(self) -> float:
        if self.shown_unit == self.unit:
            return 1.0
        stored, shown = UNITS[self.unit].seconds, UNITS[self.shown_unit].seconds
        assert stored is not None and shown is not None, f"{self.key}: {self.unit} cannot be shown in {self.shown_unit}"
        return stored / shown

    def expected(self) -> str:
        """What the setting allows, in the words of a problem ("... is not a whole number from 1 to 10")."""
        unit = f" {UNITS[self.unit].words}" if self.unit else ""
        span = f" from {self.low:g} to {self.high:g}{unit}" if self.low is not None and self.high is not None else unit
        text = {
            "int": f"a whole number{span}",
            "number": f"a number{span}",
            "bool": "true or false",
            "choice": "one of " + ", ".join(json.dumps(c) for c in self.choices),
            "clock": "a time of day (HH:MM)",
            "weekdays": "a list of weekdays (0 = Monday to 6 = Sunday)",
            "instant": "a date and time",
            "text": "a text",
        }[self.kind]
        return text + (" or null" if self.optional else "")

    def allows(self, value: Any) -> bool:
        if value is None and self.optional:
            return True
        return bool(_ALLOWS[self.kind](self, value))


def _tidy(value: float) -> float | int:
    """Rounded to 2 decimals; a whole number as an int (stored as ``48``, not ``48.0``)."""
    result = round(value, 2)
    return int(result) if result == int(result) else result


def _is_int(value: Any) -> bool:
    return type(value) is int  # not bool: True is no count


def _in_range(d: Declaration, value: Any) -> bool:
    return (d.low is None or value >= d.low) and (d.high is None or value <= d.high)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))  # an int is finite


def _is_clock(value: Any) -> bool:
    return (isinstance(value, str) and len(value) == 5 and value[2] == ":" and value[:2].isdigit()
            and value[3:].isdigit() and int(value[:2]) < 24 and int(value[3:]) < 60)


def _is_instant(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        from_db_time(value)
    except (ValueError, OverflowError):
        return False
    return True


_ALLOWS: dict[str, Any] = {
    "int": lambda d, v: _is_int(v) and _in_range(d, v),
    "number": lambda d, v: _is_number(v) and _in_range(d, v),
    "bool": lambda d, v: isinstance(v, bool),
    "choice": lambda d, v: any(v is c or (type(v) is type(c) and v == c) for c in d.choices),
    "clock": lambda d, v: _is_clock(v),
    "weekdays": lambda d, v: isinstance(v, list) and all(_is_int(x) and 0 <= x <= 6 for x in v),
    "instant": lambda d, v: _is_instant(v),
    "text": lambda d, v: isinstance(v, str),
}

# --- the declarations ----------------------------------------------------------------------------

LANGUAGE = QT_TRANSLATE_NOOP("Settings", "Language")
TIMING = QT_TRANSLATE_NOOP("Settings", "Timing")
REMINDERS = QT_TRANSLATE_NOOP("Settings", "Reminders")
DATA = QT_TRANSLATE_NOOP("Settings", "Data")
#: The dialog's groups, in the order it shows them.
GROUPS = (LANGUAGE, TIMING, REMINDERS, DATA)

_DECLARATIONS = (
    Declaration(
        "language", "choice", None, choices=(None, "ja", "en"),
        choice_labels=(QT_TRANSLATE_NOOP("Settings", "System default"), "日本語", "English"),
        label=QT_TRANSLATE_NOOP("Settings", "Interface language"),
        note=QT_TRANSLATE_NOOP("Settings", "A new language applies the next time the app starts."),
        group=LANGUAGE,
    ),
    Declaration(
        "follow_up_gap_hours", "number", 48, unit="hours", shown_in="days", low=12, high=14 * 24, step=0.5,
        label=QT_TRANSLATE_NOOP("Settings", "Follow-up gap"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "How long to wait after your message before a follow-up is due."),
        group=TIMING,
    ),
    Declaration(
        "follow_ups_before_formal", "int", 3, low=1, high=10,
        label=QT_TRANSLATE_NOOP("Settings", "Follow-ups before a formal step"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "How many unanswered messages to send before any formal step "
                                              "(the seed and Lancers suggest about 3)."),
        group=TIMING,
    ),
    Declaration(
        "silence_days", "number", 7, unit="days", low=7, high=60,
        label=QT_TRANSLATE_NOOP("Settings", "Silence before a reminder request"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "Lancers requires at least 7 days of silence; you may choose to wait longer."),
        group=TIMING,
    ),
    Declaration(
        "reply_owed_hours", "number", 24, unit="hours", low=1, high=168,
        label=QT_TRANSLATE_NOOP("Settings", "Remind me of a reply I owe after"),
        group=REMINDERS,
    ),
    Declaration(
        "quiet_start", "clock", None, optional=True, when_on="22:00",
        label=QT_TRANSLATE_NOOP("Settings", "Quiet hours"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "No reminders during these hours, except platform deadlines "
                                              "less than 24 hours away."),
        group=REMINDERS,
    ),
    Declaration(
        "quiet_end", "clock", None, optional=True, when_on="07:00", same_row_as="quiet_start",
        label=QT_TRANSLATE_NOOP("Settings", "End of the quiet hours"), group=REMINDERS,
    ),
    Declaration(
        "quiet_weekdays", "weekdays", [0, 1, 2, 3, 4, 5, 6], enabled_with="quiet_start",
        label=QT_TRANSLATE_NOOP("Settings", "On"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "The days the quiet hours apply to (hours past midnight belong "
                                              "to the day they start on)."),
        group=REMINDERS,
    ),
    Declaration(
        "digest_hour", "int", None, unit="hour_of_day", low=0, high=23, optional=True, when_on=9,
        label=QT_TRANSLATE_NOOP("Settings", "Daily digest at"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "Once a day at this hour, one notification that lists the projects "
                                              "waiting for a step from you."),
        group=REMINDERS,
    ),
    Declaration(
        "backups_keep", "int", 10, low=1, high=100,
        label=QT_TRANSLATE_NOOP("Settings", "Keep the last backups"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "A backup is made every day at the first start, before each update, "
                                              "and on demand."),
        group=DATA,
    ),
    Declaration(
        "calendar_file", "bool", False,
        label=QT_TRANSLATE_NOOP("Settings", "Keep a calendar file (.ics) in the data folder up to date"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "The coming deadlines and reminders as renraku-companion.ics, rewritten "
                                              "when your data change, for a calendar app that subscribes to a local file."),
        group=DATA,
    ),
    # Internal: what this machine remembers; neither in the dialog nor in an export.
    Declaration("window_geometry", "text", None, optional=True),  # the main window's, base64
    Declaration("list_columns", "text", None, optional=True),  # the project list's columns (shown, widths, order), base64
    Declaration("last_folder", "text", None, optional=True),  # where the last export/import/report went
    Declaration("digest_last", "instant", None, optional=True),  # when the last daily digest was shown
    Declaration("quiet_until", "instant", None, optional=True),  # the tray's quiet mode
    Declaration("snooze_all_until", "instant", None, optional=True),  # the tray's "snooze all"
    Declaration("tray_explained", "bool", False),  # the "still running in the tray" note was shown
    Declaration("close_without_tray", "choice", None, choices=(None, "background", "quit")),  # remembered answer
)

#: Every setting, by key, in the order the dialog shows them.
DECLARED: dict[str, Declaration] = {d.key: d for d in _DECLARATIONS}


class SettingError(ValueError):
    """A key that is not declared, or a value its declaration does not allow."""

    def __init__(self, key: str, value: Any, why: str) -> None:
        super().__init__(f"setting {key!r}: {_brief(value)} {why}")
        self.key = key
        self.value = value
        self.why = why


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:40]}…{text[-10:]}"


def problem(key: str, value: Any) -> str | None:
    """Why ``value`` cannot be stored as ``key`` ("is not a whole number from 1 to 10"), or None."""
    declaration = DECLARED.get(key)
    if declaration is None:
        return f"cannot be stored: there is no setting {key!r}"
    if declaration.allows(value):
        return None
    return f"is not {declaration.expected()}"


# --- reading and writing -------------------------------------------------------------------------

_MISSING: Any = object()


def _usable(declaration: Declaration, value: Any) -> Any:
    """A stored value as the app uses it: itself if allowed; a number outside the range (stored by
    an older version) moved into it; anything else (a damaged value) _MISSING."""
    if declaration.allows(value):
        return value
    if declaration.kind in ("int", "number") and _is_number(value) and (declaration.kind == "number" or _is_int(value)):
        low = declaration.low if declaration.low is not None else value
        high = declaration.high if declaration.high is not None else value
        return min(max(value, low), high)
    return _MISSING


def _stored(keys: Iterable[str]) -> dict[str, Any]:
    """The stored values of ``keys`` (one query), as JSON decoded; unreadable ones left out."""
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(list(keys)))
    result = {}
    for key, raw in cast(Iterable[tuple[str, str]], query.tuples()):
        try:
            result[key] = json.loads(raw)
        except ValueError:
            continue
    return result


def get_setting(key: str, default: Any = None) -> Any:
    """The stored value of ``key``, or ``default`` when none is stored or the stored one is
    damaged (a declared setting's value must be one its declaration allows)."""
    stored = _stored([key])
    if key not in stored:
        return default
    declaration = DECLARED.get(key)
    if declaration is None:
        return stored[key]
    value = _usable(declaration, stored[key])
    return default if value is _MISSING else value


def values(keys: Iterable[str] | None = None) -> dict[str, Any]:
    """The value of each declared setting (all of them by default): the stored one, else the default."""
    declarations = [DECLARED[k] for k in keys] if keys is not None else list(DECLARED.values())
    stored = _stored(d.key for d in declarations)
    result = {}
    for d in declarations:
        value = _usable(d, stored[d.key]) if d.key in stored else _MISSING
        result[d.key] = _default(d) if value is _MISSING else value
    return result


def _default(declaration: Declaration) -> Any:
    default = declaration.default
    return list(default) if isinstance(default, list) else default  # a caller may change a list


def portable_values() -> dict[str, Any]:
    """The user's settings that are stored (not the defaults), for an export: the ones the dialog
    shows. Internal ones (window geometry, the tray's quiet mode...) belong to this machine."""
    portable = [d for d in DECLARED.values() if d.user_visible]
    stored = _stored(d.key for d in portable)
    result = {}
    for d in portable:
        if d.key in stored and (value := _usable(d, stored[d.key])) is not _MISSING:
            result[d.key] = value
    return result


def set_setting(key: str, value: Any) -> None:
    """Store a setting. Raises :class:`SettingError` (a ValueError) for an undeclared key or a
    value its declaration does not allow, so nothing invalid is ever stored."""
    why = problem(key, value)
    if why is not None:
        raise SettingError(key, value, why)
    Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: peewee.EXCLUDED.value},
    ).execute()


# --- the typed accessors -------------------------------------------------------------------------


def thresholds() -> Thresholds:
    """The user's thresholds (the request deadline is the platform's, not a setting)."""
    v = values(("follow_up_gap_hours", "follow_ups_before_formal", "silence_days", "reply_owed_hours"))
    return Thresholds(
        follow_up_gap=DECLARED["follow_up_gap_hours"].duration(v["follow_up_gap_hours"]),
        follow_ups_before_formal=v["follow_ups_before_formal"],
        silence_before_request=DECLARED["silence_days"].duration(v["silence_days"]),
        request_deadline=DEFAULT_THRESHOLDS.request_deadline,
        reply_owed_after=DECLARED["reply_owed_hours"].duration(v["reply_owed_hours"]),
    )


thresholds_from_settings = thresholds  # the older name: callers use both


def reminder_settings() -> "ReminderSettings":
    """When and how the reminders remind (the tray's quiet mode and snooze-all included)."""
    from companion.model.reminders import ReminderSettings

    v = values(("reply_owed_hours", "quiet_start", "quiet_end", "quiet_weekdays", "quiet_until",
                "snooze_all_until", "digest_hour"))
    return ReminderSettings(
        reply_owed_after=DECLARED["reply_owed_hours"].duration(v["reply_owed_hours"]),
        quiet_start=_clock(v["quiet_start"]),
        quiet_end=_clock(v["quiet_end"]),
        quiet_weekdays=frozenset(v["quiet_weekdays"]),
        quiet_until=_instant(v["quiet_until"]),
        snooze_all_until=_instant(v["snooze_all_until"]),
        digest_hour=v["digest_hour"],
    )


def _clock(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _instant(value: str | None) -> datetime | None:
    return None if value is None else from_db_time(value)
