"""The command line: one argparse parser for the GUI options and the commands.

    companion [--data-dir DIR] [--lang ja|en] [--demo] [--minimized] [--smoke-test] [--version]
    companion [--data-dir DIR] export --format json|csv --out PATH
    companion [--data-dir DIR] import PATH [--dry-run]
    companion [--data-dir DIR] status [--json] [--now ISO-8601] [--all]
    companion [--data-dir DIR] report PROJECT [--format pdf|md] [--lang ja|en] --out PATH
    companion [--data-dir DIR] calendar [--output FILE] [--lang ja|en] [--now ISO-8601]

``export`` and ``import`` write, so they are refused while the app runs on the same data folder;
``status``, ``report`` and ``calendar`` only read (the database opened read-only), so they work while the app
is open.
Every problem ends in one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion import APP_AUTHOR, APP_NAME, __version__

DATA_DIR_ENV = "RENRAKU_COMPANION_DATA_DIR"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Renraku Companion (連絡コンパニオン): silence timers and next steps for crowdsourcing projects.",
    )
    parser.add_argument("--version", action="version", version=f"Renraku Companion {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=f"keep all data in DIR (portable use, tests); also ${DATA_DIR_ENV}",
    )
    parser.add_argument("--lang", choices=("ja", "en"), help="interface language (overrides the setting)")
    parser.add_argument("--demo", action="store_true", help="load the demo projects into an empty data folder")
    parser.add_argument("--minimized", action="store_true", help="start hidden in the system tray (if there is one)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start fully, print one JSON line with start-up facts, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="{export,import,status,report,calendar}")
    export = commands.add_parser("export", help="export all data (json) or the projects and messages (csv)")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--out", type=Path, required=True, help="a .json file, or a folder for csv")
    imp = commands.add_parser("import", help="import a JSON export or a CSV export folder")
    imp.add_argument("path", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    status = commands.add_parser(
        "status", help="print each active project's next step (read only: works while the app is open)"
    )
    status.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    status.add_argument("--now", metavar="ISO-8601", help="evaluate at another instant, e.g. 2026-12-04T09:00+09:00")
    status.add_argument("--all", action="store_true", help="archived projects too")
    status.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS, help="the table's language")
    report = commands.add_parser(
        "report", help="write a project's evidence report for support (read only: works while the app is open)"
    )
    report.add_argument("project", type=int, metavar="PROJECT", help="the project's id, as `companion status` shows it")
    report.add_argument("--format", choices=("pdf", "md"), help="PDF or Markdown (default: from --out, else pdf)")
    report.add_argument(
        "--lang", choices=("ja", "en"), default=argparse.SUPPRESS,
        help="the report's language (default: the project's text language, Japanese on a Japanese platform)",
    )
    report.add_argument("--out", type=Path, required=True, help="the file to write (replaced when complete)")
    cal = commands.add_parser(
        "calendar",
        help="print the coming deadlines and reminders as an .ics calendar (read only: works while the app is open)",
    )
    cal.add_argument("--output", "-o", type=Path, help="write it to FILE (replaced when complete) instead of stdout")
    cal.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS, help="the events' language")
    cal.add_argument("--now", metavar="ISO-8601", help="as at another instant, e.g. 2026-12-04T09:00+09:00")
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def resolve_data_dir(arg: Path | None) -> Path:
    if arg is not None:
        return arg.expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_path(APP_NAME, APP_AUTHOR))


def fail(message: str, code: int = 2) -> int:
    print(f"Renraku Companion: {message}", file=sys.stderr)
    return code


def run_command(args: argparse.Namespace, data_dir: Path) -> int:
    """export / import / status / report: no window."""
    if args.command == "status":
        return run_status(args, data_dir)
    if args.command == "report":
        return run_report(args, data_dir)
    if args.command == "calendar":
        return run_calendar(args, data_dir)
    return run_exchange(args, data_dir)


# --- export / import -------------------------------------------------------------------------


def run_exchange(args: argparse.Namespace, data_dir: Path) -> int:
    """export / import: refused while the app runs on the same folder (they write)."""
    from PySide6.QtCore import QLockFile

    from companion.desktop.single_instance import write_problem
    from companion.store import connection as dbmod
    from companion.store import exchange

    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        return fail(f"cannot create the data folder {data_dir}: {exc.strerror}")
    lock = QLockFile(str(data_dir / "instance.lock"))
    if not lock.tryLock(500):
        problem = write_problem(data_dir)  # (a lock left by a crash in a read-only folder too)
        if problem is not None:
            return fail(f"cannot write to the data folder {data_dir}: {problem}")
        return fail("Renraku Companion is running on this data folder: quit it first, then try again", 3)
    try:
        try:
            dbmod.open_database(data_dir / dbmod.DB_FILENAME)
        except dbmod.DatabaseOpenError as exc:
            return fail(str(exc))
        now = datetime.now(UTC)
        try:
            if args.command == "export":
                out = args.out.expanduser().resolve()
                if args.format == "json":
                    exchange.export_json(out, now)
                    print(f"exported to {out}")
                else:
                    for path in exchange.export_csv(out, now):
                        print(f"exported {path}")
                return 0
            summary = exchange.import_path(args.path.expanduser().resolve(), now, dry_run=args.dry_run)
            print(("dry run: " if args.dry_run else "") + summary.text())
            return 0
        except exchange.ImportProblems as exc:
            print(f"Renraku Companion: nothing was imported; {len(exc.problems)} problem(s):", file=sys.stderr)
            for problem in exc.problems[:200]:
                print(f"  {problem}", file=sys.stderr)
            return 1
        except OSError as exc:
            return fail(f"cannot write {exc.filename}: {exc.strerror}")
        finally:
            dbmod.close_database()
    finally:
        lock.unlock()


# --- status ----------------------------------------------------------------------------------


def parse_now(value: str | None) -> datetime:
    """``--now``: ISO-8601; without an offset it is the local time. Raises ValueError."""
    if value is None:
        return datetime.now(UTC)
    parsed = datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # local time
    return parsed.astimezone(UTC)


def run_status(args: argparse.Namespace, data_dir: Path) -> int:
    from companion.store import connection as dbmod

    try:
        now = parse_now(args.now)
    except ValueError:
        return fail(f"--now {args.now!r} is not an ISO-8601 instant (for example 2026-12-04T09:00+09:00)")
    db_path = data_dir / dbmod.DB_FILENAME
    if not db_path.is_file():
        return fail(f"there is no database in {data_dir} (start the app once, or check --data-dir)")
    try:
        dbmod.open_read_only(db_path)
    except dbmod.DatabaseOpenError as exc:
        return fail(str(exc))
    try:
        projects = status_projects(now, include_archived=args.all)
        lang = args.lang or _saved_language()
    finally:
        dbmod.close_database()
    output = (json.dumps({"now": _iso(now), "projects": projects}, ensure_ascii=False, indent=2)
              if args.json else status_table(projects, lang))
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:  # (piped into head, say): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone().isoformat(timespec="seconds")


def status_projects(now: datetime, *, include_archived: bool) -> list[dict[str, Any]]:
    """Each project's verdict, as the window and the reminders compute it: the same evaluate,
    with the user's thresholds and reminder settings."""
    from companion.model import policy
    from companion.model.reminders import reminders_for
    from companion.store import reads, repo, settings

    thresholds = settings.thresholds_from_settings()
    reminder_settings = repo.reminder_settings()
    rows = [r for r in reads.project_overview(now, thresholds) if include_archived or not r.archived]
    armed: dict[int, list[dict[str, Any]]] = {}
    for facts in repo.reminder_facts(rows, thresholds):
        armed[facts.project_id] = [
            {"kind": r.kind, "due_at": _iso(r.due_at)}
            for r in sorted(reminders_for(facts, thresholds, reminder_settings), key=lambda r: (r.due_at, r.kind))
        ]
    out = []
    for row in sorted(rows, key=lambda r: (-r.urgency(now), -policy.action_rank(r.recommendation), r.title.casefold(), r.id)):
        rec = row.recommendation
        assert rec is not None  # (computed: not lazy)
        out.append({
            "id": row.id,
            "title": row.title,
            "platform": row.platform,
            "role": row.role,
            "stage": row.stage,
            "archived": row.archived,
            "action": rec.action.value,
            "urgency": _URGENCY_NAMES[row.urgency(now)],
            "route": policy.route(row.platform, rec),
            "wait_until": _iso(rec.wait_until),
            "request_possible_at": _iso(rec.request_possible_at),
            "deadline_at": _iso(rec.deadline_at),
            # when the platform acts by itself (e.g. Upwork releases the funds 14 days after a submission)
            "auto_outcome_at": _iso(rec.auto_outcome_at),
            "outcome_if_unanswered": rec.outcome_if_unanswered,
            "warnings": sorted(rec.warnings),
            "likely_causes": sorted(rec.likely_causes),
            "reminders": armed.get(row.id, []),
        })
    return out


# policy's urgency levels by number (NONE = 0 ... URGENT = 3), as `status --json` names them
_URGENCY_NAMES = {0: "none", 1: "waiting", 2: "action", 3: "urgent"}


def status_table(projects: list[dict[str, Any]], lang: str | None) -> str:
    """A plain table in the interface language (the setting, else the system's)."""
    from PySide6.QtCore import QCoreApplication

    from companion.desktop import i18n
    from companion.model.decision import Action
    from companion.model.policy import action_urgency
    from companion.ui import text

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, lang or i18n.system_language())
    header = [
        QCoreApplication.translate("Status", "Project"),
        QCoreApplication.translate("Status", "Platform"),
        QCoreApplication.translate("Status", "Stage"),
        QCoreApplication.translate("Status", "Next step"),
        QCoreApplication.translate("Status", "When"),
    ]
    lines = []
    for p in projects:
        action = Action(p["action"])
        when = p["deadline_at"] or p["wait_until"] or p["request_possible_at"] or ""
        level = {name: level for level, name in _URGENCY_NAMES.items()}.get(p.get("urgency", ""), action_urgency(action))
        symbol = text.URGENCY_SYMBOL[level]
        lines.append([
            f"{p['title']}" + (" " + QCoreApplication.translate("Status", "(archived)") if p["archived"] else ""),
            text.platform_label(p["platform"]),
            text.stage_label(p["stage"], p["platform"]),
            f"{symbol} {text.action_label(action, p['platform'])}",
            when[:16].replace("T", " "),
        ])
    if not lines:
        return QCoreApplication.translate("Status", "No active projects.")
    from companion.model.safety import one_line

    rows = [header, *([one_line(c) for c in line] for line in lines)]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(header))]
    return "\n".join("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def _width(value: str) -> int:
    """Columns a text takes in a terminal (East Asian wide characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)


# --- calendar --------------------------------------------------------------------------------


def run_calendar(args: argparse.Namespace, data_dir: Path) -> int:
    """The calendar the window's "Export calendar" saves, on stdout or into ``--output``."""
    from companion.store import connection as dbmod

    try:
        now = parse_now(args.now)
    except ValueError:
        return fail(f"--now {args.now!r} is not an ISO-8601 instant (for example 2026-12-04T09:00+09:00)")
    out = args.output.expanduser().absolute() if args.output is not None else None
    if out is not None and out.is_dir():
        return fail(f"--output {out} is a folder: name the file to write")
    if out is not None and not out.parent.is_dir():
        return fail(f"cannot write {out}: there is no folder {out.parent}")
    db_path = data_dir / dbmod.DB_FILENAME
    if not db_path.is_file():
        return fail(f"there is no database in {data_dir} (start the app once, or check --data-dir)")
    try:
        dbmod.open_read_only(db_path)
    except dbmod.DatabaseOpenError as exc:
        return fail(str(exc))
    try:
        data = calendar_of(now, getattr(args, "lang", None))
    finally:
        dbmod.close_database()
    if out is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    from companion.ui.calendar_export import event_count, write_atomically

    try:
        write_atomically(out, data)
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"calendar written to {out} ({event_count(data)} events)")
    return 0


def calendar_of(now: datetime, lang: str | None) -> bytes:
    """The open database's calendar at ``now``, in ``lang`` (else the saved language, else the system's)."""
    from PySide6.QtCore import QCoreApplication

    from companion.desktop import i18n
    from companion.store import settings
    from companion.ui import calendar_export

    language = lang or _saved_language() or i18n.system_language()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, language)
    return calendar_export.current(now, settings.thresholds_from_settings(), language)


# --- report ----------------------------------------------------------------------------------


def run_report(args: argparse.Namespace, data_dir: Path) -> int:
    """A project's evidence report, as the window's 'Evidence report for support' writes it."""
    from companion.model import report
    from companion.store import connection as dbmod

    out = args.out.expanduser().absolute()
    fmt = args.format or ("md" if out.suffix.lower() == ".md" else "pdf")
    if out.is_dir():
        return fail(f"--out {out} is a folder: name the file to write")
    if not out.parent.is_dir():
        return fail(f"cannot write {out}: there is no folder {out.parent}")
    db_path = data_dir / dbmod.DB_FILENAME
    if not db_path.is_file():
        return fail(f"there is no database in {data_dir} (start the app once, or check --data-dir)")
    try:
        dbmod.open_read_only(db_path)
    except dbmod.DatabaseOpenError as exc:
        return fail(str(exc))
    try:
        data = report_of(args.project, args.lang)
    except LookupError:
        return fail(f"there is no project {args.project} (`companion status --all --json` lists every project with its id)")
    finally:
        dbmod.close_database()
    try:
        if fmt == "md":
            from companion.store.exchange import _write_atomically

            _write_atomically(out, report.to_markdown(data))
        else:
            problem = _gui_application()
            if problem:
                return fail(problem, 3)
            from companion.ui.report_pdf import write_pdf

            write_pdf(data, out)
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"report written to {out}")
    return 0


def report_of(project_id: int, lang: str | None) -> Any:
    """The project's report (a ``model.report.Report``) in ``lang``, or in its default language
    (:func:`companion.ui.report_pdf.report_language`). Raises LookupError for no such project."""
    from companion.desktop import i18n
    from companion.model import report
    from companion.model.clock import system_zone
    from companion.model.errors import NotFoundError
    from companion.store import repo, settings
    from companion.store.report import report_input
    from companion.ui.report_pdf import report_language

    try:
        project = repo.get_project(project_id)
    except NotFoundError as exc:
        raise LookupError(project_id) from exc
    if lang is None:
        interface = _saved_language() or i18n.system_language()
        lang = report_language(project.platform, project.text_language or "", interface)
    now = datetime.now(UTC)
    return report.build(report_input(project_id), lang, system_zone(), now, settings.thresholds_from_settings())


def _gui_application() -> str | None:
    """The QGuiApplication a PDF needs (its fonts), or why there is none. On Linux and the BSDs
    without a chosen Qt platform it is the offscreen one: a report opens no window, and needs no
    display (none over ssh, or none that answers)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QCoreApplication.instance()
    if app is None:
        QGuiApplication(sys.argv[:1])
    elif not isinstance(app, QGuiApplication):
        return "a PDF needs a graphical Qt application (write --format md instead)"
    return None


def _saved_language() -> str | None:
    from companion.store import settings

    language: str | None = settings.values(["language"])["language"]
    return language
