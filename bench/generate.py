"""Generate a large, realistic data set quickly (raw SQL, one transaction).

    python bench/generate.py DATA_DIR [--projects 2000] [--messages 200000]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.store import connection as dbmod
from companion.store.models import CONTRACT_TYPES, PLATFORMS, STAGES, TIME_FORMAT


def generate(data_dir: Path, projects: int, messages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = dbmod.open_database(data_dir / dbmod.DB_FILENAME)
    now = datetime.now(UTC)
    stamp = now.strftime(TIME_FORMAT)
    per = messages // projects
    with db.atomic():
        db.execute_sql("DELETE FROM project")
        project_rows = [
            (
                i + 1, f"案件 {i + 1}: バナー制作とLPコーディング", rng.choice(PLATFORMS), rng.choice(("worker", "client")),
                f"株式会社サンプル{i % 97}", rng.choice(CONTRACT_TYPES), rng.choice(STAGES), 0, "", 30000, None,
                "", int(rng.random() < 0.2), stamp, stamp, "JPY",
            )
            for i in range(projects)
        ]
        db.cursor().executemany(
            "INSERT INTO project (id, title, platform, role, counterparty, contract_type, stage,"
            " plan_change_pending, url, amount, start_date, notes, archived, created_at, updated_at, currency)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            project_rows,
        )
        message_rows = []
        for pid in range(1, projects + 1):
            at = now - timedelta(days=400)
            for k in range(per):
                at += timedelta(minutes=rng.randint(30, 5000))
                if at > now:
                    at = now
                direction = "in" if k % 2 else "out"
                if k >= per - 3 and rng.random() < 0.5:
                    direction = "out"
                message_rows.append(
                    (pid, at.strftime(TIME_FORMAT), direction, rng.choice(("platform", "platform", "workspace", "offplatform")),
                     "お世話になっております。ご確認のほどよろしくお願いいたします。", 0,
                     rng.choice(("unknown", "read", "unread")), None, stamp)
                )
        db.cursor().executemany(
            "INSERT INTO message (project_id, at, direction, channel, text, no_reply_needed, read_state, read_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            message_rows,
        )
    db.execute_sql("ANALYZE")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=200_000)
    args = parser.parse_args()
    generate(args.data_dir, args.projects, args.messages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
