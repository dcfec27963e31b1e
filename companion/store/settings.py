"""Settings: small JSON values by key, in plain SQL on the one connection (no ORM needed).

Inside a transaction of :mod:`companion.store.repo` they are part of it: it is the same connection.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.store.connection import connection


def get_setting(key: str, default: Any = None) -> Any:
    row = connection().execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def set_setting(key: str, value: Any) -> None:
    import json

    connection().execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def thresholds_from_settings() -> Thresholds:
    d = DEFAULT_THRESHOLDS
    try:
        return Thresholds(
            follow_up_gap=timedelta(hours=float(get_setting("follow_up_gap_hours", d.follow_up_gap.total_seconds() / 3600))),
            follow_ups_before_formal=int(get_setting("follow_ups_before_formal", d.follow_ups_before_formal)),
            silence_before_request=timedelta(days=float(get_setting("silence_days", d.silence_before_request.days))),
            request_deadline=d.request_deadline,
        )
    except (TypeError, ValueError, OverflowError):
        return d
