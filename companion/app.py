"""Start-up: args → Qt application → data folder → logging → one instance → database → window.

:class:`Startup` runs the ordered steps, each a small method; :class:`CompanionApp` is the running
app, which owns the controller (the signal hub), the window and the desktop integration.

Every failure a user can meet at start-up ends in one clear sentence (a dialog when a window can
be shown, stderr otherwise) and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import builtins
import gc
import importlib.util
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion import APP_AUTHOR, APP_ID, __version__
from companion.cli import DATA_DIR_ENV, fail, parse_args, resolve_data_dir, run_command

# The model (plain Python) is imported before anything imports PySide6: once QtCore is loaded,
# PySide's import hook reads the source of every module imported after it (for its optional
# __feature__ syntax), a cost paid at every start for nothing.
from companion.store import connection as dbmod
from companion.store import reads, settings

# Loaded only after the window is up (the first change, the tray and reminders): the smoke test
# checks that a bundle or wheel carries them.
DEFERRED_MODULES = ("jeepney", "companion.store.repo", "companion.desktop.integration", "companion.desktop.notifier")
log = logging.getLogger("companion")

# COMPANION_TRACE_STARTUP=1: the time each start-up stage took, on stderr (for performance work).
_TRACE: list[tuple[str, float]] | None = [] if os.environ.get("COMPANION_TRACE_STARTUP") else None


def _mark(stage: str) -> None:
    if _TRACE is not None:
        _TRACE.append((stage, time.perf_counter()))


def _trace_report(started: float) -> None:
    if not _TRACE:
        return
    last = started
    for stage, at in _TRACE:
        print(f"{(at - last) * 1000:7.1f} ms  {stage}", file=sys.stderr)
        last = at
    print(f"{(last - started) * 1000:7.1f} ms  total", file=sys.stderr)

# Libraries Qt's xcb platform plugin loads, and the Debian/Ubuntu package that provides each.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
)


def missing_xcb_libraries() -> list[tuple[str, str]]:
    """On Linux with the xcb platform, the system libraries Qt needs that cannot be loaded."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes

    missing = []
    for soname, package in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append((soname, package))
    return missing


# The Qt platforms that draw on a screen of the desktop session (the others, such as offscreen,
# vnc, linuxfb or eglfs, need no display variable).
_SESSION_PLATFORMS = ("xcb", "wayland")


def no_display() -> bool:
    """On Linux: the window would need a display and there is none (started over SSH, from a
    service, on a headless box). Qt would abort with a message about its xcb plug-in that sends
    the user looking for a missing library."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and not platform.startswith(_SESSION_PLATFORMS):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY_MESSAGE = (
    "no display: start it from a desktop session, or set QT_QPA_PLATFORM "
    "(for example QT_QPA_PLATFORM=offscreen for a window that is not shown)"
)


LOG_MAX_BYTES = 1_000_000
START_CHECK_MAX_BYTES = 16 * 1024 * 1024
LOG_BACKUPS = 3


def setup_logging(data_dir: Path) -> None:
    """A log file in the data folder (``logs/companion.log``); one that grew past 1 MB in an
    earlier session is rotated first by the standard handler (3 kept). On stderr when the folder
    cannot be written. (``logging.handlers`` brings sockets and pickle along: only loaded when
    there is something to rotate.)"""
    log_dir = data_dir / "logs"
    path = log_dir / "companion.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            from logging.handlers import RotatingFileHandler

            rotating = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
            rotating.doRollover()
            rotating.close()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def explain_database_error(app: object, exc: object) -> str:
    """The translated explanation of a DatabaseOpenError, with what to do and the file's path."""
    from PySide6.QtCore import QCoreApplication

    reason = getattr(exc, "reason", "other")
    advice = {
        "locked": QCoreApplication.translate("Startup", "The database is in use by another program. Is Renraku Companion already running?"),
        "damaged": QCoreApplication.translate("Startup", "The file is not a Renraku Companion database, or it is damaged. It has not been changed. Move it aside, or put back a copy from the “backups” folder next to it, and start again."),
        "permissions": QCoreApplication.translate("Startup", "The file or its folder cannot be read or written. Check their permissions."),
        "newer": QCoreApplication.translate("Startup", "The database was made by a newer version of Renraku Companion. Please update the app."),
        "backup": QCoreApplication.translate("Startup", "The database could not be backed up before being updated (is the “backups” folder blocked?). Nothing was changed."),
        "foreign": QCoreApplication.translate("Startup", "The file is another program's database, not Renraku Companion's. It has not been changed. Move it elsewhere, or choose another data folder with --data-dir."),
        "link": QCoreApplication.translate("Startup", "The database file is a link to a file that does not exist. Nothing was created. Remove the link, or put back the file it points to."),
    }.get(reason)
    if advice is None:
        return str(exc)
    # The technical sentence names the file and exactly what is wrong with it.
    return advice + "\n\n" + QCoreApplication.translate("Startup", "Details: %1").replace("%1", str(exc))


def recover_damaged(db_path: Path, ask: Callable[[Path, object], str | Path]) -> str:
    """A damaged database is never overwritten. The user chooses (``ask``): "restore" the latest
    good backup (or the backup whose path ``ask`` returns, picked from the list), start "empty",
    or "quit" (then nothing moves: the next start asks again). For the first two the damaged file
    is moved aside with a timestamp, kept."""
    from companion.store import backup

    latest = backup.latest_good(db_path)
    target = db_path.with_name(f"{db_path.name}.damaged-<time>")
    answer = ask(target, latest)
    source = answer if isinstance(answer, Path) else (latest.path if answer == "restore" and latest else None)
    choice = "restore" if source is not None else str(answer)
    if choice not in ("restore", "empty"):
        return "quit"
    staged = db_path.with_name(db_path.name + ".restoring")
    if source is not None:
        backup.verify(source, dbmod.SCHEMA_VERSION)  # (raises UnusableBackup: nothing moved yet)
        try:  # the whole copy first: if it fails (a full disk), nothing has moved
            backup.restore_file(source, staged)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
    moved = backup.move_aside(db_path, datetime.now(UTC))
    log.error("damaged database moved aside to %s", moved)
    if source is not None:
        os.replace(staged, db_path)
    return choice


def after_start_checks(controller: object, window: object) -> None:
    """A full integrity check, then the day's first backup (both too slow for start-up)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from companion.store import backup

    c = controller
    result = dbmod.integrity_problem()
    if result is not None:
        log.error("integrity check failed: %s", result)
        dbmod.stop_writes()  # every change is refused (clearly) until a restore
        QMessageBox.warning(
            window,  # type: ignore[arg-type]
            QMessageBox.tr("Renraku Companion"),
            QCoreApplication.translate("Startup", "The database check found damage. To protect what is there, changes are no longer saved: use File → Restore from backup… (or File → Export…) now.")
            + "\n\n" + str(result),
        )
        return
    try:
        if backup.needs_daily_backup(c.db_path, c.now()):  # type: ignore[attr-defined]
            path = c.back_up("daily")  # type: ignore[attr-defined]
            log.info("daily backup: %s", path)
    except Exception as exc:
        log.warning("daily backup failed: %s", exc)


def install_excepthook() -> None:
    """The last safety net: an error in a click handler is logged and told in one sentence, and
    the app keeps running. Storage errors were already told by the window."""
    from PySide6.QtCore import QCoreApplication

    from companion.model.errors import StorageError

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        if isinstance(value, StorageError):
            return
        log.error("unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None,
            QCoreApplication.translate("Startup", "Renraku Companion"),
            QCoreApplication.translate("Startup", "Something went wrong: %1\nIt was written to the log; your data was not changed by this action.").replace("%1", str(value)),
        )

    sys.excepthook = hook


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def _import_qt() -> None:
    """Import PySide6's widgets, then put the standard import statement back.

    PySide6 replaces the import statement with a hook for its optional ``from __feature__ import
    ...`` syntax, which then reads the source of every module imported afterwards (known, see
    napari#8584): about 10 ms of every start, for a syntax this app never uses. PySide's own
    imports and lazy types do not need the hook (the tests run so)."""
    standard_import = builtins.__import__
    import PySide6.QtWidgets  # noqa: F401

    builtins.__import__ = standard_import


class Startup:
    """The ordered steps of a start with a window. Each step returns None to go on, or the exit
    code to stop with (after telling the user why, in one sentence: :meth:`fatal`)."""

    def __init__(self, args: argparse.Namespace, data_dir: Path, started: float) -> None:
        self.args, self.data_dir, self.started = args, data_dir, started
        self.db_path = data_dir / dbmod.DB_FILENAME
        self.lang = ""
        self.translations_loaded = False
        self.app: Any = None  # QApplication
        self.instance: Any = None  # SingleInstance
        self.companion: CompanionApp | None = None

    def run(self) -> int:
        steps = (self.qt, self.folder, self.single_instance, self.database, self.saved_language, self.window)
        for step in steps:
            code = step()
            _mark(step.__name__)
            if code is not None:
                return code
        assert self.companion is not None
        return self.companion.smoke_report() if self.args.smoke_test else self.companion.exec()

    def fatal(self, title: str, message: str) -> int:
        """One clear sentence: in a dialog for someone who double-clicked, and on stderr."""
        log.error("%s", message)
        if not self.args.smoke_test:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.app.translate("Startup", "Renraku Companion cannot start"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(title + "\n\n" + message)
            box.exec()
        return fail(message.replace("\n\n", " "))

    # --- the steps
    def qt(self) -> int | None:
        """The Qt application, its names (the X11 WM_CLASS the .desktop file matches), the language."""
        _import_qt()
        from PySide6.QtWidgets import QApplication

        from companion.desktop import i18n

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName(APP_ID)
        app.setApplicationDisplayName("Renraku Companion")
        app.setOrganizationName(APP_AUTHOR)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(APP_ID)
        self.app = app
        self.lang = self.args.lang or i18n.system_language()
        self.translations_loaded = i18n.install(app, self.lang)
        return None

    def folder(self) -> int | None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            return self.fatal(
                self.app.translate("Startup", "The data folder could not be created."),
                f"Cannot create the data folder {self.data_dir}: {exc.strerror or exc}.",
            )
        setup_logging(self.data_dir)
        return None

    def single_instance(self) -> int | None:
        """One instance per data folder: a second launch raises the first one and exits."""
        from companion.desktop.single_instance import SingleInstance

        self.instance = instance = SingleInstance(self.data_dir)
        if instance.acquire():
            return None
        if (problem := instance.cannot_write()) is not None:
            return self.fatal(
                self.app.translate("Startup", "The data folder cannot be written."),
                f"Cannot write to the data folder {self.data_dir}: {problem}. Check that the folder is yours and "
                "not on a read-only disk, or choose another folder with --data-dir.",
            )
        if self._hand_over():
            return 0
        # Nobody answers: the lock belongs to a process that is gone (a crash, and its process id
        # reused since). A running Companion always answers, so the lock can be taken over.
        log.warning("the instance lock in %s is held but nobody answers: taking it over", self.data_dir)
        if not instance.take_over():
            return self.fatal(
                self.app.translate("Startup", "Renraku Companion is already running."),
                f"Another Renraku Companion holds the data folder {self.data_dir} but does not answer.",
            )
        return None

    def _hand_over(self) -> bool:
        """Tell the running instance to show itself (start at login: just "ping"). It listens just
        after its window is up: while it is still starting, or waiting for an answer in a dialog,
        keep trying for a while rather than give up."""
        message = "ping" if self.args.minimized else "show"
        patience = time.monotonic() + 30
        attempt = 0
        while True:
            if self.instance.send(message):
                log.info("another instance is running for %s: sent %r", self.data_dir, message)
                if self.args.smoke_test:
                    print("Renraku Companion: already running for this data folder; showed it", file=sys.stderr)
                return True
            attempt += 1
            if attempt >= 10 and (time.monotonic() > patience or not self.instance.held_by_a_running_companion()):
                return False
            time.sleep(0.3)

    def database(self) -> int | None:
        """Check and open the database; a damaged one goes through the recovery choice."""
        try:
            # The full integrity check at start when it is cheap (most users' databases are a few
            # MB); a larger one is checked just after the window is up (after_start_checks).
            if self.db_path.is_file() and self.db_path.stat().st_size <= START_CHECK_MAX_BYTES:
                problem = dbmod.check_file(self.db_path)
                if problem is not None:
                    raise dbmod.DatabaseOpenError(
                        f"Cannot open the database {self.db_path}: the file is not a Renraku Companion database or is damaged ({problem}).",
                        "damaged",
                        self.db_path,
                    )
            dbmod.open_connection(self.db_path)
        except dbmod.DatabaseOpenError as exc:
            if exc.reason != "damaged" or self.args.smoke_test:
                return self.fatal(self.app.translate("Startup", "The database could not be opened."), explain_database_error(self.app, exc))
            return self._recover()
        return None

    def _recover(self) -> int | None:
        from companion.model.clock import system_zone
        from companion.ui.backup_dialogs import ask_recovery

        self.instance.listen()  # a launch meanwhile finds this one waiting for the user's answer
        cannot_open = self.app.translate("Startup", "The database could not be opened.")
        try:
            if recover_damaged(self.db_path, lambda moved, latest: ask_recovery(moved, latest, system_zone())) == "quit":
                return 1
        except (OSError, sqlite3.Error) as failed:
            return self.fatal(
                cannot_open,
                f"The damaged database {self.db_path} could not be replaced by the backup: "
                f"{getattr(failed, 'strerror', None) or failed}. Nothing was changed; it is still there.",
            )
        except ValueError as unusable:  # backup.UnusableBackup: refused before anything moved
            return self.fatal(cannot_open, f"{unusable}. Nothing was changed.")
        try:
            dbmod.open_connection(self.db_path)
        except dbmod.DatabaseOpenError as again:
            return self.fatal(cannot_open, explain_database_error(self.app, again))
        return None

    def saved_language(self) -> int | None:
        """The language chosen in the settings, unless --lang says otherwise."""
        from companion.desktop import i18n

        if not self.args.lang:
            saved = settings.values(["language"])["language"]
            if saved is not None and saved != self.lang:
                self.lang = saved
                self.translations_loaded = i18n.install(self.app, self.lang)
        return None

    def window(self) -> int | None:
        from companion.controller import Controller

        controller = Controller(self.data_dir)
        controller.lang = self.lang
        controller.custom_data_dir = self.args.data_dir is not None or bool(os.environ.get(DATA_DIR_ENV))
        if self.args.demo:
            from companion.store.demo import DemoNotEmptyError

            try:
                controller.load_demo()
            except DemoNotEmptyError:
                log.info("--demo ignored: the data folder already has projects")
                if self.args.smoke_test:
                    print("Renraku Companion: --demo ignored, the data folder already has projects", file=sys.stderr)
        self.companion = CompanionApp(self, controller)
        return None


class CompanionApp:
    """The running app: owns the controller (the one signal hub), the window, the single-instance
    listener and the desktop integration (tray, reminders, notifications), which it makes just
    after the window is up, or at once when something needs it earlier."""

    def __init__(self, startup: Startup, controller: Any) -> None:
        from companion.ui.main_window import MainWindow
        from companion.ui.widgets import app_icon

        self.startup = startup
        self.app = startup.app
        self.args = startup.args
        self.instance = startup.instance
        self.controller = controller
        self.desktop: Any = None
        self.app.setWindowIcon(app_icon())
        self.window = MainWindow(controller)
        self.window.restore_geometry()
        # Until the desktop integration is made (just after the window is up), what needs it
        # makes it at once: closing the window, the Reminder Center, a test notification.
        self.window.set_close_guard(lambda: bool(self.ensure_desktop().close_requested()))
        self.window.quit_requested.connect(self.quit)
        self.window.reminder_center_requested.connect(lambda: self.ensure_desktop().open_center())
        self.window.test_notification_requested.connect(lambda: self.ensure_desktop().test_notification())
        # Start at login: straight to the tray, if there is one (otherwise the window, never nothing).
        to_tray = self.args.minimized and not self.args.smoke_test and _tray_available()
        if to_tray:
            log.info("started minimised to the tray")
        else:
            self.window.show()
        _mark("show")
        self._after_start_soon(0 if to_tray else 800)

    def _after_start_soon(self, delay_ms: int) -> None:
        # The tray, the reminders and the listening for later launches start just after the
        # window is up, so it appears without waiting for them; the daily backup and the full
        # integrity check wait a little longer.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(delay_ms, self.ensure_desktop)
        if not self.args.smoke_test:
            QTimer.singleShot(3000, lambda: after_start_checks(self.controller, self.window))
        gc.freeze()  # what start-up built lives as long as the app: keep it out of later collections
        gc.enable()

    def ensure_desktop(self) -> Any:
        """The desktop integration, made now if it was not yet (closing the window, the Reminder
        Center or a notification before the timer need it at once)."""
        if self.desktop is not None:
            return self.desktop
        from companion.desktop.integration import Desktop

        self.desktop = desktop = Desktop(self.app, self.controller, self.window)
        self.instance.message.connect(lambda message: desktop.show_window() if message == "show" else None)
        if not self.instance.listen():
            log.warning("cannot listen for later launches on %s", self.instance.name)
        if desktop.tray is None and not self.window.isVisible():
            self.window.show()
        desktop.start()
        return desktop

    def quit(self) -> None:
        """File → Quit: the desktop integration quits everything (tray, reminders, window)."""
        if self.desktop is not None:
            self.desktop.quit()
        else:
            self.window.quit_app()

    def exec(self) -> int:
        install_excepthook()
        self.app.aboutToQuit.connect(dbmod.close_database)
        self.app.aboutToQuit.connect(self.instance.release)
        return int(self.app.exec())

    def smoke_report(self) -> int:
        """--smoke-test: one JSON line with start-up facts, then a clean exit."""
        self.app.processEvents()
        report = {
            "version": __version__,
            "schema_version": dbmod.schema_version(),
            "data_dir": str(self.startup.data_dir),
            "startup_ms": round((time.perf_counter() - self.startup.started) * 1000, 1),
            "projects": reads.project_count(),
            "language": self.startup.lang,
            # what a broken bundle or wheel would lack: the .qm files and the SVG icon plugin
            "translations_loaded": self.startup.translations_loaded,
            "icon_ok": not self.app.windowIcon().pixmap(16, 16).isNull(),
            # ... and the modules loaded only after start-up (found, not imported)
            # (a lazily loaded module is in sys.modules already: asking for its spec would load it)
            "deferred_modules_ok": all(
                name in sys.modules or importlib.util.find_spec(name) is not None for name in DEFERRED_MODULES
            ),
        }
        print(json.dumps(report, ensure_ascii=False), flush=True)
        if self.desktop is not None:
            self.desktop.scheduler.stop()
        self.window.close_for_quit()
        dbmod.close_database()
        self.instance.release()
        _trace_report(self.startup.started)
        return 0


def run(argv: list[str] | None = None, *, started: float | None = None) -> int:
    started = started if started is not None else time.perf_counter()
    _mark("imports")
    args = parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    os.umask(0o077)
    if args.command:
        return run_command(args, data_dir)
    if no_display():
        return fail(NO_DISPLAY_MESSAGE, 3)
    missing = missing_xcb_libraries()
    if missing:
        packages = " ".join(sorted({p for _, p in missing}))
        return fail(
            f"the system library {missing[0][0]} that Qt needs is missing. "
            f"Install it with: sudo apt install {packages}",
            3,
        )
    return Startup(args, data_dir, started).run()
