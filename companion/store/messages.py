"""One stored message or reminder request as a plain value, for the widgets.

The widgets never hold a peewee model (an ORM object would let them read and write the database
behind the controller's back): a dialog that edits a message, or asks what became of a request,
gets the record's values as the timeline shows them (:class:`MessageRecord`,
:class:`RequestRecord`), read here in one query each.
"""

from __future__ import annotations

from companion.store.models import Message, ReminderRequest
from companion.store.reads import MessageRecord, RequestRecord


def message_record(message_id: int) -> MessageRecord | None:
    """The message as stored (its text exactly as typed, for editing), or None if it is gone."""
    values = (
        Message.select(
            Message.id, Message.project, Message.at, Message.direction, Message.channel, Message.text,
            Message.no_reply_needed, Message.read_state, Message.read_at,
        )
        .where(Message.id == message_id)
        .tuples()
        .first()
    )
    return None if values is None else MessageRecord(*values)


def request_record(request_id: int) -> RequestRecord | None:
    """The reminder request as stored, or None if it is gone."""
    values = (
        ReminderRequest.select(
            ReminderRequest.id, ReminderRequest.project, ReminderRequest.side, ReminderRequest.filed_at,
            ReminderRequest.status, ReminderRequest.closed_at, ReminderRequest.auto_answered, ReminderRequest.route,
        )
        .where(ReminderRequest.id == request_id)
        .tuples()
        .first()
    )
    return None if values is None else RequestRecord(*values)


def latest_sent_id(project_id: int) -> int | None:
    """The user's latest message on the platform (its message box or work room: the one whose
    既読 the list shows, as timers.compute picks it), or None if there is none."""
    found = (
        Message.select(Message.id)
        .where((Message.project == project_id) & (Message.direction == "out") & (Message.channel != "offplatform"))
        .order_by(Message.at.desc(), Message.id.desc())
        .scalar()
    )
    return None if found is None else int(found)
