"""The database's own error type, for the widgets that must tell a failing database from a bug
(the project list, which keeps showing the stored next steps when the database goes away).

The widgets never import sqlite3 or peewee (tests/unit/test_layers.py): they catch this instead.
"""

from __future__ import annotations

import sqlite3

#: what the plain-SQL reads (:mod:`companion.store.reads`) raise when the database fails or is gone
DatabaseError = sqlite3.Error
