"""The main window: the project list with live silence timers, and the selected project's detail."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.controller import Controller
from companion.model.vocab import PLATFORMS
from companion.store import reads, settings
from companion.store.reads import ProjectRow
from companion.ui import text
from companion.ui.detail_pane import DetailPane
from companion.ui.project_table import ID_ROLE, Column, ProjectTableModel, configure_view
from companion.ui.widgets import message_box

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from companion.store import repo
else:
    from companion.lazy import lazy_module

    repo = lazy_module("companion.store.repo")  # the ORM loads on first use, not at start-up

TICK_MS = 60_000


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Renraku Companion"))
        self.resize(1280, 760)
        self.setMinimumSize(960, 600)

        self.model = ProjectTableModel(self, loader=controller.load_rows)

        self._build_actions()
        self._build_menus()
        self._build_central()

        # Live timers: one tick a minute, only while the window is visible.
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh_times)
        self._remember_pending = False

        controller.projects_changed.connect(self.reload)
        controller.write_failed.connect(self._write_failed)
        controller.time_advanced.connect(self.refresh_times)
        self.reload()
        self._watch_visibility()

    # --- construction ---------------------------------------------------------------------
    def _action(self, label: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(label, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        self.act_edit = self._action(self.tr("&Edit project…"), self.edit_project, "Ctrl+E")
        self.act_archive = self._action(self.tr("&Archive / restore"), self.toggle_archive)
        self.act_delete = self._action(self.tr("&Delete project…"), self.delete_project)
        self.act_sent = self._action(
            self.tr("I &sent a message now"), lambda: self.log_now("out"), "Ctrl+Shift+S",
            self.tr("Log a platform message you sent just now"),
        )
        self.act_replied = self._action(
            self.tr("They &replied now"), lambda: self.log_now("in"), "Ctrl+Shift+R",
            self.tr("Log a platform message they sent just now"),
        )
        self.act_log = self._action(self.tr("&Log a message…"), self.log_message, "Ctrl+L")
        self.act_wizard = self._action(
            self.tr("&What should I do?…"), self.open_wizard, "Ctrl+D",
            self.tr("Walk through the platform's rules for this project, step by step"),
        )
        self.act_against = self._action(self.tr("A request was filed &against me…"), self.record_request_against)
        self.act_report = self._action(self.tr("Evidence &report for support…"), self.save_report)
        self.act_export = self._action(self.tr("&Export…"), self.export_data)
        self.act_import = self._action(self.tr("&Import…"), self.import_data)
        self.act_backup = self._action(self.tr("&Back up now"), self.back_up_now)
        self.act_restore = self._action(self.tr("&Restore from backup…"), self.restore_backup)
        self.act_demo = self._action(self.tr("Load &demo data"), self.load_demo)
        self.act_quit = self._action(self.tr("&Quit"), lambda: self.quit_app(), QKeySequence.StandardKey.Quit)
        self.act_about = self._action(self.tr("&About Renraku Companion"), self.about)
        self.act_settings = self._action(self.tr("&Preferences…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        self.act_center = self._action(self.tr("&Reminder Center"), lambda: self._desktop_action("open_center"), "Ctrl+R")
        self.act_test_notification = self._action(
            self.tr("Send a &test notification"), lambda: self._desktop_action("test_notification")
        )
        # The desktop integration (tray, reminders, notifications) starts just after the window is
        # shown; this makes it at once when the user needs it sooner (set at start-up).
        self.ensure_desktop: Callable[[], Any] | None = None
        self.quitting = False
        self.project_actions = [
            self.act_edit, self.act_archive, self.act_delete, self.act_sent, self.act_replied, self.act_log,
            self.act_wizard, self.act_against, self.act_report,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_demo)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_import)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        project_menu = bar.addMenu(self.tr("&Project"))
        project_menu.addAction(self.act_wizard)
        project_menu.addAction(self.act_against)
        project_menu.addAction(self.act_report)
        project_menu.addSeparator()
        for a in (self.act_sent, self.act_replied, self.act_log):
            project_menu.addAction(a)
        project_menu.addSeparator()
        for a in (self.act_edit, self.act_archive, self.act_delete):
            project_menu.addAction(a)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_center)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.act_settings)
        settings_menu.addAction(self.act_test_notification)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for a in (self.act_new, self.act_wizard, self.act_sent, self.act_replied, self.act_log):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.act_edit, self.act_archive, self.act_delete):
            toolbar.addAction(a)
        self.addToolBar(toolbar)

    def _build_central(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, counterparty, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_text_filter)
        self.search.textChanged.connect(lambda _: self._selection_changed())
        self.archive_filter = QComboBox()
        for code, label in (("active", self.tr("Active")), ("archived", self.tr("Archived")), ("all", self.tr("All"))):
            self.archive_filter.addItem(label, code)
        self.archive_filter.currentIndexChanged.connect(
            lambda: (self.model.set_archive_filter(self.archive_filter.currentData()), self._selection_changed())
        )
        self.platform_filter = QComboBox()
        self.platform_filter.addItem(self.tr("All platforms"), "")
        for code in PLATFORMS:
            self.platform_filter.addItem(text.platform_label(code), code)
        self.platform_filter.currentIndexChanged.connect(
            lambda: (self.model.set_platform_filter(self.platform_filter.currentData()), self._selection_changed())
        )
        self.needs_action = QCheckBox(self.tr("Needs action"))
        self.needs_action.toggled.connect(self.model.set_needs_action)
        self.needs_action.toggled.connect(lambda _: self._selection_changed())
        self.search.setMinimumWidth(120)
        for widget in (self.archive_filter, self.platform_filter, self.needs_action):
            widget.setMinimumWidth(widget.sizeHint().width())  # never clipped: the search box gives way
        filters.addWidget(self.search, 1)
        filters.addWidget(self.archive_filter)
        filters.addWidget(self.platform_filter)
        filters.addWidget(self.needs_action)
        left_layout.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        configure_view(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._computed_at = self.controller.now()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        left_layout.addWidget(self.table, 1)

        self.detail = DetailPane()
        self.detail.follow_ups_before_formal = self.controller.thresholds.follow_ups_before_formal
        self.detail.follow_ups_deadline = self.controller.thresholds.request_deadline
        self.detail.sent_now.connect(lambda: self.log_now("out"))
        self.detail.replied_now.connect(lambda: self.log_now("in"))
        self.detail.log_message.connect(self.log_message)
        self.detail.edit_message.connect(self.edit_message)
        self.detail.mark_read.connect(self.mark_read)
        self.detail.delete_message.connect(self.delete_message)
        self.detail.open_url.connect(self.open_url)
        self.detail.new_project.connect(self.new_project)
        self.detail.load_demo.connect(self.load_demo)
        self.detail.open_wizard.connect(self.open_wizard)
        self.detail.request_against.connect(self.record_request_against)
        self.detail.request_outcome.connect(self.record_request_outcome)
        self.detail.setMinimumWidth(420)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])
        self.setCentralWidget(splitter)

    # --- data ---------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return int(indexes[0].data(ID_ROLE))

    def select_project(self, project_id: int) -> bool:
        r = self.model.position_of(project_id)
        if r is None:
            return False
        index = self.model.index(r, Column.TITLE)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reload(self, changed_id: int = -1) -> None:
        keep = self.selected_id()
        if changed_id > 0 and reads.project_exists(changed_id):
            keep = changed_id
        first_fill = not self.model.rows()
        self._computed_at = self.controller.now()
        self.model.set_rows(self.controller.list_rows(self._computed_at), self._computed_at)
        if keep is None and first_fill and self.model.rowCount():
            keep = self.model.visible_rows()[0].id  # start on the most urgent project
        if keep is None or not self.select_project(keep):
            self._selection_changed()
        self._update_status()
        if not self._remember_pending:  # once the window has painted: store what was computed
            self._remember_pending = True
            QTimer.singleShot(0, self._remember_actions)

    def _remember_actions(self) -> None:
        self._remember_pending = False
        self.controller.remember_actions(self.model.rows(), self._computed_at)

    def refresh_times(self) -> None:
        now = self.controller.now()
        self._computed_at = now
        self.model.refresh_time(now, self.controller.thresholds)
        if not self._remember_pending:
            self._remember_pending = True
            QTimer.singleShot(0, self._remember_actions)
        self.detail.update_times(now, self.controller.clock.local_tz())
        self._update_status()

    def _selection_changed(self, *_: object) -> None:
        project_id = self.selected_id()
        row = self.model.row_by_id(project_id) if project_id is not None else None
        for a in self.project_actions:
            a.setEnabled(row is not None)
        if row is None:
            self.detail.show_empty(
                no_projects=not self.model.rows(), filtered_out=self.model.rowCount() == 0
            )
        else:
            self.act_archive.setText(self.tr("Restore from archive") if row.archived else self.tr("&Archive"))
            self.model.ensure_loaded(row)
            self.detail.show_row(row, self.controller.now(), self.controller.clock.local_tz())

    def _update_status(self) -> None:
        rows = self.model.rows()
        urgent = sum(1 for r in rows if not r.archived and text.action_urgency(r.action) >= text.ACTION)
        active = sum(1 for r in rows if not r.archived)
        self.statusBar().showMessage(
            self.tr("%1 active projects, %2 need action").replace("%1", str(active)).replace("%2", str(urgent))
        )

    # --- visibility: tick only while shown ------------------------------------------------
    # Followed through the native window's signals rather than Python overrides of showEvent,
    # hideEvent and changeEvent: an override is called with every such event, and wrapping the
    # first one builds the Python types of Qt's whole event family (a noticeable part of a start).
    def _watch_visibility(self) -> None:
        self.winId()  # the native window (made by show() otherwise): its signal says how it shows
        handle = self.windowHandle()
        assert handle is not None
        handle.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visibility: QWindow.Visibility) -> None:
        if visibility in (QWindow.Visibility.Hidden, QWindow.Visibility.Minimized):
            self.tick.stop()
        elif not self.tick.isActive():
            self._resume_ticking()

    def _resume_ticking(self) -> None:
        # Catch up at once if time moved while hidden, then tick once a minute.
        if abs((self.controller.now() - self._computed_at).total_seconds()) >= 30:
            self.refresh_times()
        self.tick.start()

    def close_requested(self) -> bool:
        """Whether the close button really closes; the desktop integration decides (close to
        the tray, or ask when there is no tray)."""
        if self.ensure_desktop is not None:
            return bool(self.ensure_desktop().close_requested())
        return True

    def _desktop_action(self, name: str) -> None:
        if self.ensure_desktop is not None:
            getattr(self.ensure_desktop(), name)()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and not self.close_requested():
            event.ignore()
            self.tick.stop()
            return
        self.tick.stop()
        self._save_geometry()
        super().closeEvent(event)

    def quit_app(self) -> None:
        self.quitting = True
        self._save_geometry()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def _save_geometry(self) -> None:
        with contextlib.suppress(Exception):  # never block closing on this
            settings.set_setting("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode())

    def restore_geometry(self) -> None:
        from PySide6.QtCore import QByteArray

        value = settings.get_setting("window_geometry")
        if isinstance(value, str):
            self.restoreGeometry(QByteArray.fromBase64(value.encode()))

    def reveal_project(self, project_id: int) -> None:
        """Show a project even if the filters hide it (from a notification or the tray)."""
        if not self.select_project(project_id):
            self.search.clear()
            self.needs_action.setChecked(False)
            self.platform_filter.setCurrentIndex(0)
            self.archive_filter.setCurrentIndex(self.archive_filter.findData("all"))
            self.select_project(project_id)

    # --- commands -------------------------------------------------------------------------
    def new_project(self) -> None:
        from companion.ui.project_dialog import ProjectDialog

        dialog = ProjectDialog(self)
        created: list[int] = []
        dialog.set_submit(lambda data: created.append(self.controller.create_project(data)))
        if dialog.exec() and created:
            self.archive_filter.setCurrentIndex(0)
            self.select_project(created[0])

    def edit_project(self) -> None:
        project_id = self.selected_id()
        row = self.model.row_by_id(project_id) if project_id is not None else None
        if row is None:
            return
        from companion.ui.project_dialog import ProjectDialog

        dialog = ProjectDialog(self, row)
        dialog.set_submit(lambda data: self.controller.update_project(row.id, data))
        dialog.exec()

    def _write_failed(self, code: str) -> None:
        """A change could not be saved: say so once, keep showing what we have."""
        from PySide6.QtWidgets import QMessageBox

        if any(isinstance(w, QMessageBox) and w.isVisible() for w in self.findChildren(QMessageBox)):
            return
        from companion.model.errors import ValidationError
        from companion.ui.project_dialog import validation_message

        message = validation_message(ValidationError("storage", code, code))
        self.statusBar().showMessage(message, 20_000)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.open()  # not modal-blocking: the app keeps running and showing its data

    def _double_clicked(self, index: QModelIndex) -> None:
        # The next step opens the wizard; anywhere else edits the project.
        if index.column() == Column.NEXT:
            self.open_wizard()
        else:
            self.edit_project()

    def _selected_row(self) -> ProjectRow | None:
        project_id = self.selected_id()
        return self.model.row_by_id(project_id) if project_id is not None else None

    def open_wizard(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        from companion.ui.wizard import DecisionWizard

        if not row.loaded:  # (its messages: the wizard evaluates the project from them)
            self.controller.load_rows([row], self.controller.now())
        wizard = DecisionWizard(self.controller, row, self.controller.lang, self)
        wizard.exec()

    def record_request_against(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        from companion.ui.request_dialogs import RequestAgainstDialog

        dialog = RequestAgainstDialog(self.controller.now, self.controller.clock.local_tz(), self)
        dialog.set_submit(lambda at: self.controller.record_request(row.id, "counterparty", at))
        dialog.exec()

    def record_request_outcome(self, request_id: int, side: str) -> None:
        row = self._selected_row()
        if row is None:
            return
        from companion.store.messages import request_record
        from companion.ui.request_dialogs import RequestOutcomeDialog

        req = request_record(request_id)
        if req is None:
            return
        problems = {
            status: problem
            for status in ("deadline_passed", "payment_confirmed", "escrow_cancelled")
            if (problem := repo.outcome_problem(req, row.stage, status, self.controller.now()))
        }
        dialog = RequestOutcomeDialog(side, self, problems)
        dialog.set_submit(lambda status: self.controller.close_request(request_id, row.id, status))
        dialog.exec()

    def toggle_archive(self) -> None:
        project_id = self.selected_id()
        row = self.model.row_by_id(project_id) if project_id is not None else None
        if row is not None:
            self.controller.set_archived(row.id, not row.archived)
            self.statusBar().showMessage(
                (self.tr("Restored “%1” from the archive.") if row.archived else self.tr("Archived “%1”. Show it again with the Archived filter."))
                .replace("%1", row.title),
                8000,
            )

    def delete_project(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        project_id = self.selected_id()
        row = self.model.row_by_id(project_id) if project_id is not None else None
        if row is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete project"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Delete “%1” and all its messages? This cannot be undone.").replace("%1", row.title))
        box.setInformativeText(self.tr("To keep it out of the way instead, archive it."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.controller.delete_project(row.id)

    def log_now(self, direction: str) -> None:
        project_id = self.selected_id()
        if project_id is not None:
            self.controller.log_now(project_id, direction)
            self.statusBar().showMessage(
                self.tr("Logged: you sent a message.") if direction == "out" else self.tr("Logged: they replied."), 5000
            )

    def log_message(self) -> None:
        project_id = self.selected_id()
        if project_id is None:
            return
        from companion.ui.message_dialog import MessageDialog

        dialog = MessageDialog(self.controller.now, self.controller.clock.local_tz(), self)
        dialog.set_submit(lambda data: self.controller.log_message(project_id, data))
        dialog.exec()

    def edit_message(self, message_id: int) -> None:
        from companion.store.messages import message_record

        message = message_record(message_id)
        if message is None:
            return
        from companion.ui.message_dialog import MessageDialog

        dialog = MessageDialog(self.controller.now, self.controller.clock.local_tz(), self, message=message)
        dialog.set_submit(lambda data: self.controller.update_message(message_id, message.project_id, data))
        dialog.exec()

    def mark_read(self, message_id: int) -> None:
        from companion.store.messages import message_record

        message = message_record(message_id)
        if message is None:
            return
        from companion.ui.message_dialog import MarkReadDialog

        dialog = MarkReadDialog(self.controller.now, self.controller.clock.local_tz(), self)
        dialog.set_submit(lambda when: self.controller.mark_read(message_id, message.project_id, when))
        dialog.exec()

    def delete_message(self, message_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from companion.store.messages import message_record

        message = message_record(message_id)
        if message is None:
            return
        who = text.direction_label(message.direction)
        when = text.format_time(message.at, self.controller.clock.local_tz())
        preview = message.text.strip().replace("\n", " ")
        preview = (preview[:120] + "…") if len(preview) > 120 else preview
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete message"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Delete the message of %1 (%2) from the history? The timers will be recalculated.")
            .replace("%1", when).replace("%2", who)
            + (f"\n\n“{preview}”" if preview else "")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.controller.delete_message(message_id, message.project_id)

    def open_url(self, url: str) -> None:
        from companion.ui.widgets import open_project_page

        open_project_page(self, url)

    def load_demo(self) -> None:

        from companion.store.demo import DemoNotEmptyError

        try:
            count = self.controller.load_demo()
        except DemoNotEmptyError:
            message_box(
                self,
                self.tr("Demo data"),
                self.tr("The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it."),
                warning=False,
            )
            return
        self.statusBar().showMessage(self.tr("Loaded %1 demo projects.").replace("%1", str(count)), 5000)

    def save_report(self, project_id: int | None = None) -> None:
        """The contact history as PDF or Markdown, for a support (事務局) inquiry."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from companion.model import report

        pid = project_id if isinstance(project_id, int) and project_id > 0 else self.selected_id()
        if pid is None:
            return
        pdf, md = self.tr("PDF (*.pdf)"), self.tr("Markdown (*.md)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Evidence report"), "contact-history.pdf", f"{pdf};;{md}")
        if not path:
            return
        data = self.controller.evidence_report(pid, "ja" if self.controller.lang == "ja" else "en")
        try:
            if chosen == md or path.endswith(".md"):
                Path(path).write_text(report.to_markdown(data), encoding="utf-8")
            else:
                from companion.ui.report_pdf import write_pdf

                write_pdf(data, Path(path))
        except OSError as exc:
            message_box(self, self.tr("Evidence report"), self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", path), 10_000)

    def export_data(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from companion.store import exchange

        json_filter, csv_filter = self.tr("All data (JSON) (*.json)"), self.tr("Projects and messages (CSV folder) (*)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), "renraku-companion.json", f"{json_filter};;{csv_filter}")
        if not path:
            return
        try:
            if chosen == csv_filter:
                files = exchange.export_csv(Path(path), self.controller.now())
                where = str(files[0].parent)
            else:
                exchange.export_json(Path(path), self.controller.now())
                where = path
        except OSError as exc:
            message_box(self, self.tr("Export"), self.tr("The export failed: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", where), 10_000)

    def import_data(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from companion.store import exchange

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), "", self.tr("Renraku Companion export (*.json);;CSV export: projects.csv (projects.csv);;All files (*)")
        )
        if not path:
            return
        if Path(path).name in ("projects.csv", "messages.csv"):
            path = str(Path(path).parent)  # a CSV export is its folder
        try:
            preview = exchange.import_path(Path(path), self.controller.now(), dry_run=True)
        except exchange.ImportProblems as exc:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Import"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(self.tr("Nothing was imported: the file has %1 problem(s).").replace("%1", str(len(exc.problems))))
            box.setDetailedText("\n".join(exc.problems))
            box.exec()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Import %1 new projects and %2 new messages? (%3 projects are already here and are not added again.)")
            .replace("%1", str(preview.projects_added)).replace("%2", str(preview.messages_added))
            .replace("%3", str(preview.projects_existing))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self.controller.import_path(Path(path))
        except exchange.ImportProblems as exc:  # changed since the preview
            message_box(self, self.tr("Import"), "\n".join(exc.problems[:20]))
            return
        self.statusBar().showMessage(self.tr("Imported %1 projects and %2 messages.").replace("%1", str(preview.projects_added)).replace("%2", str(preview.messages_added)), 10_000)

    def back_up_now(self) -> None:

        try:
            path = self.controller.back_up("manual")
        except Exception as exc:  # disk full, folder not writable...
            message_box(self, self.tr("Back up now"), self.tr("The backup failed: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 10_000)

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from companion.ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.controller.db_path, self.controller.clock.local_tz(), self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        source = dialog.chosen()
        assert source is not None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore from backup"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Replace your current data with this backup? Your current data is saved as a backup first."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = self.controller.restore(source)
        except Exception as exc:
            message_box(self, self.tr("Restore from backup"), self.tr("The restore failed: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Restored. Your previous data was saved to %1").replace("%1", str(safety)), 15_000)

    def open_settings(self) -> None:

        from companion.desktop import autostart
        from companion.ui.settings_dialog import SettingsDialog

        before = self.controller.saved_language()
        dialog = SettingsDialog(
            before, self.controller.thresholds, self, repo.reminder_settings(), autostart.is_enabled(),
            self.controller.backup_keep(),
        )
        if dialog.exec():
            values = dialog.values()
            self.controller.apply_settings(values)
            if dialog.autostart_wanted() != autostart.is_enabled():
                try:
                    autostart.set_enabled(dialog.autostart_wanted(), self.controller.data_dir if self.controller.custom_data_dir else None)
                except OSError as exc:
                    message_box(self, self.tr("Start at login"), self.tr("Could not change the start-at-login setting: %1").replace("%1", str(exc)))
            t = self.controller.thresholds
            self.detail.follow_ups_before_formal = t.follow_ups_before_formal
            if values["language"] != before:
                self.statusBar().showMessage(
                    self.tr("The language will change the next time you start Renraku Companion."), 8000
                )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Renraku Companion"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Renraku Companion %1\n\nA calm companion for when the other side of a crowdsourcing project goes quiet. "
                    "Your data stays on this computer:\n%2").replace("%1", __version__).replace("%2", str(self.controller.data_dir))
        )
        box.exec()
