"""The peewee models. The schema itself is created by :mod:`companion.store.migrations`.

Times are stored as fixed-width UTC text (``YYYY-MM-DD HH:MM:SS.ffffff``) so they sort and compare
correctly in SQL and come back as aware UTC datetimes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee

from companion.model.vocab import (  # noqa: F401  (re-exported: the models' vocabulary)
    CHANNELS,
    CONTRACT_TYPES,
    DIRECTIONS,
    PLATFORMS,
    READ_STATES,
    REQUEST_SIDES,
    REQUEST_STATUSES,
    ROLES,
    STAGES,
    TIME_FORMAT,
    from_db_time,
    to_db_time,
)
from companion.store.connection import database_proxy


class UTCDateTimeField(peewee.Field):
    field_type = "TEXT"

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value
        return to_db_time(value)

    def python_value(self, value: Any) -> datetime | None:
        if value is None:
            return None
        return from_db_time(value)


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    id = peewee.AutoField()
    version = peewee.IntegerField()
    changed_at = UTCDateTimeField()


class Project(BaseModel):
    id = peewee.AutoField()
    title = peewee.TextField()
    platform = peewee.TextField(default="lancers")
    role = peewee.TextField(default="worker")
    counterparty = peewee.TextField(default="")
    contract_type = peewee.TextField(default="project_fixed")
    stage = peewee.TextField(default="contracted")
    plan_change_pending = peewee.BooleanField(default=False)
    url = peewee.TextField(default="")
    amount = peewee.DecimalField(max_digits=16, decimal_places=2, null=True, auto_round=True)
    currency = peewee.TextField(default="JPY")
    start_date = peewee.DateField(null=True)
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False)
    # The client's answer in the wizard to "should the work continue?" (None: not asked).
    wants_to_continue = peewee.BooleanField(null=True)
    # The language of the texts to the counterparty and support: '' (the platform's), 'ja', 'en'.
    text_language = peewee.TextField(default="")
    # When the project entered its stage (set on every stage change; the user may correct it).
    stage_entered_at = UTCDateTimeField(null=True)
    # "Last seen online" on the platform's profile, where it shows that instead of a read state.
    counterparty_last_seen_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField()
    updated_at = UTCDateTimeField()
    # The table's tail_from column is kept by triggers (migrations._v4) and deliberately not a
    # field here: a save() of an instance read earlier must never write back a stale value.


class Message(BaseModel):
    id = peewee.AutoField()
    project_id: int  # set by the foreign key below (declared for the type checker)
    project = peewee.ForeignKeyField(Project, backref="messages", on_delete="CASCADE")
    at = UTCDateTimeField()
    direction = peewee.TextField()  # out: the user sent it; in: the counterparty sent it
    channel = peewee.TextField(default="platform")
    text = peewee.TextField(default="")
    no_reply_needed = peewee.BooleanField(default=False)
    read_state = peewee.TextField(default="unknown")
    read_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField()

    class Meta:
        indexes = (
            (("project", "direction", "channel", "at"), False),
            (("project", "at"), False),
        )


class ReminderRequest(BaseModel):
    """A 連絡催促申請: filed by the user, or by the counterparty against the user."""

    id = peewee.AutoField()
    project_id: int
    project = peewee.ForeignKeyField(Project, backref="requests", on_delete="CASCADE")
    side = peewee.TextField()
    filed_at = UTCDateTimeField()
    status = peewee.TextField(default="pending")
    closed_at = UTCDateTimeField(null=True)
    auto_answered = peewee.BooleanField(default=False)  # cleared by a logged reply, not by the user
    route = peewee.TextField(default="")  # the platform's route (a rule pack's Route.code); '' = its main one


class ReminderState(BaseModel):
    """What became of one armed reminder: fired, dismissed, or snoozed until a time."""

    id = peewee.AutoField()
    project_id: int
    project = peewee.ForeignKeyField(Project, backref="reminder_states", on_delete="CASCADE")
    kind = peewee.TextField()
    anchor = peewee.TextField()  # ISO instant that armed it
    status = peewee.TextField()
    snoozed_until = UTCDateTimeField(null=True)
    updated_at = UTCDateTimeField()

    class Meta:
        indexes = ((("project", "kind", "anchor"), True),)


class Event(BaseModel):
    """Append-only history. Survives the deletion of its project (project becomes NULL)."""

    id = peewee.AutoField()
    project_id: int | None
    project = peewee.ForeignKeyField(Project, null=True, backref="events", on_delete="SET NULL")
    at = UTCDateTimeField()
    kind = peewee.TextField()
    data = peewee.TextField(default="{}")  # JSON


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()  # JSON


# Columns outside the models: kept by the database itself (triggers: tail_from, data_version) or
# by the list's store of next steps (action*, see action_cache).
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "project": frozenset({
        "tail_from", "data_version", "action", "action_version", "action_key", "action_from", "action_until",
    }),
}

ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion, Project, Message, ReminderRequest, ReminderState, Event, Setting,
)

