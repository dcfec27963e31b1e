from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Widget tests run offscreen; the e2e tests start their own X server for their subprocesses.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

from companion.model.clock import FakeClock
from companion.store import connection as dbmod

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

# No per-example time limit: the machines here are shared and noisy, and a first example may pay
# for a lazy import (the holiday calendar of the business-day clocks); speed is checked by
# `make bench`, never by a unit test's clock.
settings.register_profile("companion", deadline=None)
settings.load_profile("companion")


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory, monkeypatch) -> None:
    """Tests never touch the real user's autostart folder or notification service."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("COMPANION_NO_DBUS", "1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[object]:
    """A fresh database in a temporary data folder, migrated to the latest schema."""
    db = dbmod.open_database(tmp_path / "data" / dbmod.DB_FILENAME)
    yield db
    dbmod.close_database()


class QueryCounter:
    """Counts the SQL statements SQLite runs on the open connection (ORM or plain SQL alike)."""

    def __init__(self) -> None:
        self.count = 0
        self.statements: list[str] = []

    def _trace(self, sql: str) -> None:
        self.count += 1
        self.statements.append(sql)

    def __enter__(self) -> QueryCounter:
        dbmod.connection().set_trace_callback(self._trace)
        return self

    def __exit__(self, *exc: object) -> None:
        dbmod.connection().set_trace_callback(None)


@pytest.fixture
def count_queries(database: object) -> type[QueryCounter]:
    return QueryCounter
