"""``companion calendar``: the same events as the window's export, on stdout or into a file,
read only, with clear failures."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from companion.store import connection as dbmod
from companion.store import repo
from companion.store.repo import MessageInput, ProjectInput

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
D = timedelta(days=1)


def calendar_cli(data, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "calendar", *args],
        capture_output=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    dbmod.open_database(folder / dbmod.DB_FILENAME)
    against = repo.create_project(ProjectInput("Answer them", counterparty="Tanaka", stage="escrow_funded"), T0 - 30 * D)
    repo.log_message(against.id, MessageInput(at=T0 - 3 * D, direction="out"), T0 - 3 * D)
    repo.record_request(against.id, "counterparty", T0 - 2 * D, T0 - 2 * D)
    follow = repo.create_project(ProjectInput("Follow them up", stage="escrow_funded"), T0 - 30 * D)
    repo.log_message(follow.id, MessageInput(at=T0 - D, direction="out"), T0 - D)
    gone = repo.create_project(ProjectInput("Archived", stage="escrow_funded"), T0 - 30 * D)
    repo.log_message(gone.id, MessageInput(at=T0 - D, direction="out"), T0 - D)
    repo.set_archived(gone.id, True, T0)
    dbmod.close_database()
    return folder


def test_calendar_on_stdout_has_the_coming_deadlines_in_the_language_asked(data):
    result = calendar_cli(data, "--now", T0.isoformat(), "--lang", "en")
    assert result.returncode == 0, result.stderr
    cal = Calendar.from_ical(result.stdout)
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert summaries == [
        "A polite follow-up is due: Follow them up",
        "Deadline to answer the reminder request against you: Answer them",
    ]
    [against] = [e for e in cal.walk("VEVENT") if "Answer them" in str(e["SUMMARY"])]
    assert against.decoded("DTSTART") == T0 + 5 * D  # filed 2 days ago, 7 days to answer
    assert "Other side: Tanaka" in str(against["DESCRIPTION"])
    assert all(e.decoded("DTSTART") > T0 for e in cal.walk("VEVENT"))
    again = calendar_cli(data, "--now", (T0 + timedelta(minutes=1)).isoformat(), "--lang", "en")
    assert {str(e["UID"]) for e in Calendar.from_ical(again.stdout).walk("VEVENT")} == {
        str(e["UID"]) for e in cal.walk("VEVENT")}


def test_calendar_in_japanese(data):
    result = calendar_cli(data, "--now", T0.isoformat(), "--lang", "ja")
    assert result.returncode == 0, result.stderr
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(result.stdout).walk("VEVENT")]
    assert "相手からの連絡催促申請への回答期限：Answer them" in summaries, summaries


def test_calendar_into_a_file_replaces_it_whole(data, tmp_path):
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"old")
    before = (data / dbmod.DB_FILENAME).read_bytes()
    result = calendar_cli(data, "--now", T0.isoformat(), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert b"2 events" in result.stdout
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert (data / dbmod.DB_FILENAME).read_bytes() == before  # read only


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--now", "soon"], b"is not an ISO-8601 instant"),
        (["--output", "{tmp}"], b"is a folder"),
        (["--output", "{tmp}/no/such/folder/x.ics"], b"there is no folder"),
    ],
)
def test_bad_arguments_fail_clearly(data, tmp_path, args, says):
    result = calendar_cli(data, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.returncode == 2 and says in result.stderr and b"Traceback" not in result.stderr


def test_calendar_without_a_database_says_so(tmp_path):
    result = calendar_cli(tmp_path / "nothing")
    assert result.returncode == 2 and b"there is no database" in result.stderr
