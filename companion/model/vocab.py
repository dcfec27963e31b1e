"""The store's vocabulary: the allowed values of its enumerated fields and how times are stored.

Shared by the peewee models (:mod:`companion.store.models`) and the ORM-free reads
(:mod:`companion.store.reads`). Times are fixed-width UTC text (``YYYY-MM-DD HH:MM:SS.ffffff``),
so they sort and compare correctly in SQL, as text, and come back as aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime

TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

PLATFORMS = ("lancers", "crowdworks", "coconala", "upwork", "fiverr", "other")
ROLES = ("worker", "client")
CONTRACT_TYPES = ("project_fixed", "direct_fixed", "hourly", "task", "competition", "package")
STAGES = (
    "negotiating",
    "contracted",
    "escrow_funded",
    "delivered",
    "completion_reported",
    "paid",
    "cancelled",
)
# The platforms that show whether a sent message was read (既読; Coconala: not confirmed); the
# others show when the other side was last online instead (DOMAIN-PLATFORMS.md).
READ_STATE_PLATFORMS = frozenset({"lancers", "coconala"})

# The platforms whose users write Japanese: texts to the other side and to support default to it.
JAPANESE_PLATFORMS = frozenset({"lancers", "crowdworks", "coconala"})
ENGLISH_PLATFORMS = frozenset({"upwork", "fiverr"})


def text_language(stored: str, platform: str, ui_lang: str) -> str:
    """The language of the texts to a project's counterparty and to support: the project's own
    choice ('ja' / 'en'), else its platform's (Japanese platforms: ja; Upwork, Fiverr: en), else
    the interface language."""
    if stored in ("ja", "en"):
        return stored
    if platform in JAPANESE_PLATFORMS:
        return "ja"
    if platform in ENGLISH_PLATFORMS:
        return "en"
    return "ja" if ui_lang == "ja" else "en"


DIRECTIONS = ("out", "in")
CHANNELS = ("platform", "workspace", "offplatform")
READ_STATES = ("unknown", "unread", "read")
REQUEST_SIDES = ("user", "counterparty")
REQUEST_STATUSES = ("pending", "answered", "deadline_passed", "payment_confirmed", "escrow_cancelled", "withdrawn")


def to_db_time(value: datetime) -> str:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"naive datetime {value!r} cannot be stored")
    return value.astimezone(UTC).strftime(TIME_FORMAT)


def from_db_time(value: str) -> datetime:
    # fromisoformat is the C fast path; the stored format is ISO 8601 with a space separator.
    # Parsing the offset is several times faster than replace(tzinfo=...) afterwards (and a zero
    # offset gives the UTC singleton itself).
    try:
        return datetime.fromisoformat(value + "+00:00")
    except (TypeError, ValueError):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
