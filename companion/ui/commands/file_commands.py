"""The file commands: export, import (with a preview of what it adds), the calendar of deadlines
and reminders (.ics), the evidence report for support (PDF or Markdown), back up now, restore
from a backup (after comparing it with what is there now), and the demo data."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6 import QtWidgets

from companion.ui.commands import Commands
from companion.ui.widgets import ask, message_box

CSV_FILES = ("projects.csv", "messages.csv")  # a CSV export is a folder of these
# The languages a report can be written in, each named in itself (as a language menu names them)
REPORT_LANGUAGES = (("ja", "日本語"), ("en", "English"))


def start_folder() -> Path:
    """Where a file dialog opens: the folder of the last export, import or report, else the user's
    Documents folder, else the home folder (never the folder the app was started from)."""
    from PySide6.QtCore import QStandardPaths

    from companion.store import settings

    last = settings.get_setting("last_folder")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: Path) -> None:
    """The next file dialog opens where this one ended (best effort: never blocks the command)."""
    from companion.store import settings

    # (a read-only database must not turn a saved file into an error)
    with contextlib.suppress(Exception):
        settings.set_setting("last_folder", str(path if path.is_dir() else path.parent))


class FileCommands(Commands):
    def export_data(self) -> None:
        from companion.store import exchange

        json_filter, csv_filter = self.tr("All data (JSON) (*.json)"), self.tr("Projects and messages (CSV folder) (*)")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(start_folder() / "renraku-companion.json"), f"{json_filter};;{csv_filter}"
        )
        if not path:
            return
        remember_folder(Path(path).parent)
        try:
            if chosen == csv_filter:
                files = exchange.export_csv(Path(path), self.controller.now())
                where = str(files[0].parent)
            else:
                exchange.export_json(Path(path), self.controller.now())
                where = path
        except OSError as exc:
            message_box(self.window, self.tr("Export"), self.tr("The export failed: %1").replace("%1", str(exc)))
            return
        self.confirm(self.tr("Exported to %1").replace("%1", where), Path(where) if Path(where).is_dir() else Path(where).parent)

    def export_calendar(self) -> None:
        """The coming deadlines and reminders as an .ics calendar, for a phone or a calendar app
        (the same events as ``companion calendar`` and the calendar file in the data folder)."""
        from companion.ui import calendar_export

        title = self.tr("Export calendar")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, title, str(start_folder() / calendar_export.FILE_NAME), self.tr("Calendar (*.ics)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".ics")
        remember_folder(target.parent)
        c = self.controller
        data = calendar_export.current(c.now(), c.thresholds, c.lang)
        try:
            calendar_export.write_atomically(target, data)
        except OSError as exc:
            message_box(self.window, title, self.tr("The calendar could not be saved to %1: %2")
                        .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return
        count = calendar_export.event_count(data)
        self.confirm(self.tr("Calendar saved with %1 coming deadlines and reminders: %2")
                     .replace("%1", str(count)).replace("%2", str(target)), target.parent)

    def import_data(self) -> None:
        """Import an export (JSON, or a CSV folder) after showing what it would add."""
        from companion.store import exchange

        path = self._choose_import()
        if path is None:
            return
        try:
            preview = exchange.import_path(path, self.controller.now(), dry_run=True)
        except exchange.ImportProblems as exc:
            message_box(
                self.window, self.tr("Import"),
                self.tr("Nothing was imported: the file has %1 problem(s).").replace("%1", str(len(exc.problems))),
                details="\n".join(exc.problems),
            )
            return
        question = self.tr(
            "Import %1 new projects and %2 new messages? (%3 projects are already here and are not added again.)"
        )
        counts = {"%1": preview.projects_added, "%2": preview.messages_added, "%3": preview.projects_existing}
        for marker, count in counts.items():
            question = question.replace(marker, str(count))
        if not ask(self.window, self.tr("Import"), question, safe_default=False):
            return
        try:
            self.controller.import_path(path)
        except exchange.ImportProblems as exc:  # changed since the preview
            message_box(self.window, self.tr("Import"), "\n".join(exc.problems[:20]))
            return
        done = self.tr("Imported %1 projects and %2 messages.")
        self.status(done.replace("%1", str(preview.projects_added)).replace("%2", str(preview.messages_added)), 10_000)

    def _choose_import(self) -> Path | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), str(start_folder()),
            self.tr("Renraku Companion export (*.json);;CSV export: projects.csv (projects.csv);;All files (*)"),
        )
        if not path:
            return None
        remember_folder(Path(path).parent)
        return Path(path).parent if Path(path).name in CSV_FILES else Path(path)

    def save_report(self, project_id: int | None = None) -> None:
        """The contact history as PDF or Markdown, for a support (事務局) inquiry, in the language
        chosen (offered: :func:`companion.ui.report_pdf.report_language`)."""
        from companion.model import report
        from companion.store.exchange import _write_atomically

        # (a menu action passes its checked state: not a project)
        pid = project_id if isinstance(project_id, int) and project_id > 0 else self.window.selected_id()
        if pid is None:
            return
        lang = self._choose_report_language(pid)
        if lang is None:
            return
        pdf, md = self.tr("PDF (*.pdf)"), self.tr("Markdown (*.md)")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Evidence report"), str(start_folder() / "contact-history.pdf"), f"{pdf};;{md}"
        )
        if not path:
            return
        remember_folder(Path(path).parent)
        data = self.controller.evidence_report(pid, lang)
        try:
            if chosen == md or path.endswith(".md"):
                _write_atomically(Path(path), report.to_markdown(data))
            else:
                from companion.ui.report_pdf import write_pdf

                write_pdf(data, Path(path))
        except OSError as exc:
            message_box(self.window, self.tr("Evidence report"), self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return
        self.confirm(self.tr("Report saved: %1").replace("%1", path), Path(path).parent)

    def _choose_report_language(self, project_id: int) -> str | None:
        """Ask which language the report is in (support reads the platform's); None: cancelled."""
        from companion.ui.report_pdf import report_language

        row = self.window.model.row_by_id(project_id)
        default = report_language(row.platform if row else "", row.text_language if row else "", self.controller.lang)
        dialog = QtWidgets.QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Evidence report"))
        dialog.setLabelText(self.tr("Language of the report:"))
        dialog.setComboBoxItems([name for _, name in REPORT_LANGUAGES])
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(dict(REPORT_LANGUAGES)[default])
        if not dialog.exec():
            return None
        return next((code for code, name in REPORT_LANGUAGES if name == dialog.textValue()), default)

    def back_up_now(self) -> None:
        try:
            path = self.controller.back_up("manual")
        except Exception as exc:  # disk full, folder not writable...
            message_box(self.window, self.tr("Back up now"), self.tr("The backup failed: %1").replace("%1", str(exc)))
            return
        self.confirm(self.tr("Backed up to %1").replace("%1", str(path)), Path(path).parent)

    def restore_backup(self) -> None:
        """Choose a backup, compare it with what is there now (counts, newest message; a warning
        when it holds less), and restore it once confirmed."""
        from companion.store import backup
        from companion.ui.backup_dialogs import RestoreDialog, restore_question

        tz = self.controller.clock.local_tz()
        dialog = RestoreDialog(self.controller.db_path, tz, self.window)
        source = dialog.chosen() if dialog.exec() else None
        if source is None:
            return
        title = self.tr("Restore from backup")
        try:
            chosen = backup.backup_contents(source)
        except backup.UnusableBackup as exc:
            message_box(self.window, title, self.tr("This backup cannot be restored: %1. Nothing was changed.")
                        .replace("%1", str(exc)))
            return
        question, comparison, less = restore_question(chosen, backup.current_contents(), tz)
        if not ask(self.window, title, question, informative=comparison, warning=less):
            return
        try:
            safety = self.controller.restore(source)
        except Exception as exc:
            message_box(self.window, self.tr("Restore from backup"), self.tr("The restore failed: %1").replace("%1", str(exc)))
            return
        self.confirm(self.tr("Restored. Your previous data was saved to %1").replace("%1", str(safety)), Path(safety).parent)

    def load_demo(self) -> None:
        from companion.store.demo import DemoNotEmptyError

        try:
            count = self.controller.load_demo()
        except DemoNotEmptyError:
            message_box(
                self.window, self.tr("Demo data"),
                self.tr("The demo data can only be loaded when there are no projects yet. "
                        "Start the app with --data-dir and an empty folder to try it."),
                warning=False,
            )
            return
        self.status(self.tr("Loaded %1 demo projects.").replace("%1", str(count)), 5000)
