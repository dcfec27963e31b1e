"""The calendar (.ics) of the coming deadlines and reminders, in the interface language.

:mod:`companion.model.calendar` decides which events there are and writes the file; this module
gives each event its words (context "Calendar") and reads what it is made of: the projects as the
list computes them and the reminders as the scheduler plans them. The menu's "Export calendar",
``companion calendar`` and the calendar file kept in the data folder all come through here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion import __version__
from companion.model import calendar
from companion.model.safety import normalise_url, one_line

if TYPE_CHECKING:
    from companion.model.reminders import Reminder
    from companion.model.timers import Thresholds
    from companion.store.reads import ProjectRow

#: The file kept up to date in the data folder (setting ``calendar_file``).
FILE_NAME = "renraku-companion.ics"
PRODUCT = f"Renraku Companion {__version__}"


def summary(kind: str, platform: str) -> str:
    """An event's title (before the project's): what the deadline or the step is."""
    lancers = platform == "lancers"
    words = {
        "request_against_deadline": QCoreApplication.translate("Calendar", "Deadline to answer the reminder request against you") if lancers
        else QCoreApplication.translate("Calendar", "Deadline to answer the formal request against you"),
        "request_deadline": QCoreApplication.translate("Calendar", "Your reminder request's deadline") if lancers else QCoreApplication.translate("Calendar", "Your formal request's deadline"),
        "obligation_deadline": QCoreApplication.translate("Calendar", "Platform deadline on you"),
        "trade_deadline": QCoreApplication.translate("Calendar", "Lancers transaction deadline (取引期限)"),
        "auto_outcome": QCoreApplication.translate("Calendar", "The platform should act by itself"),
        "request_possible": QCoreApplication.translate("Calendar", "The reminder request becomes possible") if lancers
        else QCoreApplication.translate("Calendar", "The platform's formal step becomes possible"),
        "formal_report_completion_first": QCoreApplication.translate("Calendar", "Next step: report completion (仕事完了報告) first") if lancers
        else QCoreApplication.translate("Calendar", "Next step: the platform's formal delivery first"),
        "formal_contact_support": QCoreApplication.translate("Calendar", "Next step: ask support (事務局) to contact them") if lancers
        else QCoreApplication.translate("Calendar", "Next step: ask the platform's support to contact them"),
        "reply_owed": QCoreApplication.translate("Calendar", "They are waiting for your reply"),
        "follow_up_due": QCoreApplication.translate("Calendar", "A polite follow-up is due"),
    }
    return words.get(kind, kind)


def words_for(
    rows: Mapping[int, ProjectRow], now: datetime,
) -> Callable[[calendar.Entry], calendar.Words]:
    """The words of each event: "<what>: <project>", and notes with the project, the other
    side, the platform and the next step the app gives now."""
    from companion.ui import text

    def words(entry: calendar.Entry) -> calendar.Words:
        row = rows.get(entry.project_id)
        title = one_line(row.title if row is not None else entry.title)
        head = QCoreApplication.translate("Calendar", "%1: %2").replace("%1", summary(entry.kind, entry.platform)).replace("%2", title)
        lines = [QCoreApplication.translate("Calendar", "Project: %1").replace("%1", title)]
        url = ""
        if row is not None:
            if row.counterparty:
                lines.append(QCoreApplication.translate("Calendar", "Other side: %1").replace("%1", one_line(row.counterparty)))
            lines.append(QCoreApplication.translate("Calendar", "Platform: %1").replace("%1", text.platform_label(row.platform)))
            rec = row.recommendation
            if rec is not None:  # (its words, not its countdown: the file changes only with the data)
                lines.append(QCoreApplication.translate("Calendar", "Next step now: %1").replace("%1", text.action_label(rec.action.value, row.platform)))
            url = normalise_url(row.url) or ""
        lines.append(QCoreApplication.translate("Calendar", "From Renraku Companion: it never sends anything for you."))
        return calendar.Words(head, "\n".join(lines), url)

    return words


def build(rows: Iterable[ProjectRow], reminders: Iterable[Reminder], now: datetime, language: str = "") -> bytes:
    """The calendar of these projects' coming deadlines and reminders (the scheduler's plan)."""
    by_id = {row.id: row for row in rows if not row.archived}
    items = [e for e in calendar.entries(reminders, now) if e.project_id in by_id]
    return calendar.to_ics(
        items, words_for(by_id, now), now,
        name=QCoreApplication.translate("Calendar", "Renraku Companion: deadlines and reminders"), product=PRODUCT, language=language,
    )


def current(now: datetime, thresholds: Thresholds, language: str = "") -> bytes:
    """The calendar of the open database at ``now``, computed as the window and the reminders
    compute it (the same overview, reminder facts and reminder settings)."""
    from companion.model.reminders import reminders_for
    from companion.store import reads, repo

    rows = reads.project_overview(now, thresholds)
    reminder_settings = repo.reminder_settings()
    reminders: list[Reminder] = []
    for facts in repo.reminder_facts(rows, thresholds):
        reminders += reminders_for(facts, thresholds, reminder_settings)
    return build(rows, reminders, now, language)


def write_atomically(path: Path, data: bytes) -> None:
    """Write under a temporary name in the same folder, on the disk, then rename: ``path`` is
    the old file or the whole new one, never half of one, and a failed write leaves nothing."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless it holds the same events already (DTSTAMP aside):
    True if it was written. A calendar app subscribed to the file sees it change only then."""
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = None
    if old is not None and calendar.without_stamps(old) == calendar.without_stamps(data):
        return False
    write_atomically(path, data)
    return True


def event_count(data: bytes) -> int:
    """How many events a calendar holds (for the message that says it was saved)."""
    return data.count(b"\r\nBEGIN:VEVENT\r\n")
