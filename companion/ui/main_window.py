"""The main window: the project list with live silence timers, and the selected project's detail.

The window holds its actions, menus, filters, the selection and the minute tick; what an action
does is in :mod:`companion.ui.commands` (one module per area: projects, messages, files, the app).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QWindow
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget

from companion.controller import Controller
from companion.model.errors import ValidationError
from companion.model.vocab import READ_STATE_PLATFORMS
from companion.store import reads, settings
from companion.store.reads import ProjectRow
from companion.ui import text
from companion.ui.commands.app_commands import AppCommands
from companion.ui.commands.file_commands import FileCommands
from companion.ui.commands.message_commands import MessageCommands
from companion.ui.commands.project_commands import ProjectCommands
from companion.ui.detail_pane import DetailPane
from companion.ui.filter_bar import FilterBar
from companion.ui.project_table import (
    DEFAULT_SORT,
    ID_ROLE,
    Column,
    ProjectListView,
    ProjectTableModel,
    configure_view,
)
from companion.ui.widgets import MessageBar, notice

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMenu

TICK_MS = 60_000


class MainWindow(QMainWindow):
    #: File → Quit (the app object quits: the tray, the reminders and the window)
    quit_requested = QtCore.Signal()
    #: View → Reminder Center
    reminder_center_requested = QtCore.Signal()
    #: Help → Send a test notification
    test_notification_requested = QtCore.Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Renraku Companion"))
        self.resize(1280, 760)
        self.setMinimumSize(960, 600)

        self.model = ProjectTableModel(self, loader=controller.load_rows)
        self.project_commands = ProjectCommands(self)
        self.message_commands = MessageCommands(self)
        self.file_commands = FileCommands(self)
        self.app_commands = AppCommands(self)
        # Whether the close button really closes is the desktop integration's decision (close to
        # the tray, or ask when there is no tray): see set_close_guard.
        self._close_guard: Callable[[], bool] | None = None
        self.quitting = False

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
        projects, messages, files, app = self.project_commands, self.message_commands, self.file_commands, self.app_commands
        self.act_new = self._action(self.tr("&New project…"), projects.new_project, QKeySequence.StandardKey.New)
        self.act_edit = self._action(self.tr("&Edit project…"), projects.edit_project, "Ctrl+E")
        self.act_archive = self._action(self.tr("&Archive / restore"), projects.toggle_archive)
        self.act_delete = self._action(self.tr("&Delete project…"), projects.delete_project)
        self.act_sent = self._action(self.tr("I &sent a message now"), lambda: messages.log_now("out"), "Ctrl+Shift+S",
                                     self.tr("Log a platform message you sent just now"))
        self.act_replied = self._action(self.tr("They &replied now"), lambda: messages.log_now("in"), "Ctrl+Shift+R",
                                        self.tr("Log a platform message they sent just now"))
        self.act_log = self._action(self.tr("&Log a message…"), messages.log_message, "Ctrl+L")
        self.act_mark_read = self._action(self.tr("&Mark my latest message read (既読)…"), messages.mark_latest_read,
                                          "Ctrl+Shift+K", self.tr("They have seen your latest platform message"))
        self.act_wizard = self._action(self.tr("&What should I do?…"), projects.open_wizard, "Ctrl+D",
                                       self.tr("Walk through the platform's rules for this project, step by step"))
        self.act_against = self._action(self.tr("A request was &filed against me…"), projects.record_request_against)
        self.act_report = self._action(self.tr("Evidence rep&ort for support…"), files.save_report)
        self.act_export = self._action(self.tr("&Export…"), files.export_data)
        self.act_import = self._action(self.tr("&Import…"), files.import_data)
        self.act_calendar = self._action(self.tr("Export &calendar (.ics)…"), files.export_calendar,
                                         tip=self.tr("Save the coming deadlines and reminders for a phone or a calendar app"))
        self.act_backup = self._action(self.tr("&Back up now"), files.back_up_now)
        self.act_restore = self._action(self.tr("&Restore from backup…"), files.restore_backup)
        self.act_demo = self._action(self.tr("Load &demo data"), files.load_demo)
        self.act_quit = self._action(self.tr("&Quit"), self.quit_requested.emit, QKeySequence.StandardKey.Quit)
        self.act_about = self._action(self.tr("&About Renraku Companion"), app.about)
        self.act_settings = self._action(self.tr("&Preferences…"), app.open_settings, QKeySequence.StandardKey.Preferences)
        if self.act_settings.shortcut().isEmpty():  # (Linux desktops have no standard key for it)
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        # the keyboard's way around the window: the search, the list, the conversation
        self.act_find = self._action(self.tr("&Search projects"), self.focus_search, QKeySequence.StandardKey.Find)
        self.act_next_pane = self._action(self.tr("Next &pane"), lambda: self.cycle_panes(1), "F6")
        self.act_previous_pane = self._action(self.tr("Previous pa&ne"), lambda: self.cycle_panes(-1), "Shift+F6")
        self.act_center = self._action(self.tr("&Reminder Center"), self.reminder_center_requested.emit, "Ctrl+R")
        self.act_test_notification = self._action(self.tr("Send a &test notification"), self.test_notification_requested.emit)
        self.project_actions = [
            self.act_edit, self.act_archive, self.act_delete, self.act_sent, self.act_replied, self.act_log,
            self.act_mark_read, self.act_wizard, self.act_against, self.act_report,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = (
            (self.tr("&File"), (self.act_new, self.act_demo, None, self.act_export, self.act_import, self.act_calendar,
                                None, self.act_backup, self.act_restore, None, self.act_quit)),
            (self.tr("&Project"), (self.act_wizard, self.act_against, self.act_report, None, self.act_sent,
                                   self.act_replied, self.act_log, self.act_mark_read, None, self.act_edit, self.act_archive, self.act_delete)),
            (self.tr("&View"), (self.act_center, None, self.act_find, self.act_next_pane, self.act_previous_pane)),
            (self.tr("&Settings"), (self.act_settings, self.act_test_notification)),
            (self.tr("&Help"), (self.act_about,)),
        )
        for title, actions in menus:
            _add_actions(bar.addMenu(title), actions)
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        _add_actions(toolbar, (self.act_new, self.act_wizard, self.act_sent, self.act_replied, self.act_log, None,
                               self.act_edit, self.act_archive, self.act_delete))
        self.addToolBar(toolbar)

    def _build_central(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        self.filters = FilterBar(self.model)
        self.filters.changed.connect(self._selection_changed)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self._build_table(), 1)
        self.detail = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.message_bar = MessageBar()
        central_layout.addWidget(self.message_bar)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_table(self) -> QTableView:
        self.table = ProjectListView()
        self.table.setObjectName("projectList")
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.setModel(self.model)
        configure_view(self.table)
        self.model.set_palette(self.table.palette())
        hints = QtGui.QGuiApplication.styleHints()  # (a signal, not an event override on the start path)
        hints.colorSchemeChanged.connect(lambda *_: QTimer.singleShot(0, self.follow_palette))
        self._computed_at = self.controller.now()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # right click on a row (which selects it): the project's commands, as in the Project menu
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(self.table)
        separator.setSeparator(True)
        self.table.addActions([self.act_wizard, self.act_sent, self.act_replied, self.act_log, self.act_mark_read,
                               separator, self.act_edit, self.act_archive, self.act_report])
        return self.table

    def _build_detail(self) -> DetailPane:
        detail = DetailPane(lambda: self.controller.thresholds)
        projects, messages, files = self.project_commands, self.message_commands, self.file_commands
        for signal, slot in (
            (detail.sent_now, lambda: messages.log_now("out")), (detail.replied_now, lambda: messages.log_now("in")),
            (detail.log_message, messages.log_message), (detail.edit_message, messages.edit_message),
            (detail.mark_read, messages.mark_read), (detail.delete_message, messages.delete_message),
            (detail.open_url, projects.open_url), (detail.new_project, projects.new_project),
            (detail.load_demo, files.load_demo), (detail.open_wizard, projects.open_wizard),
            (detail.request_against, projects.record_request_against),
            (detail.request_outcome, projects.record_request_outcome),
            (detail.wants_to_continue_changed, projects.set_wants_to_continue),
            (detail.text_language_changed, projects.set_text_language),
            (detail.stage_time_requested, projects.correct_stage_time),
            (detail.last_seen_requested, projects.record_last_seen),
        ):
            signal.connect(slot)
        detail.setMinimumWidth(420)
        return detail

    # --- the keyboard's way around ---------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def panes(self) -> list[QWidget]:
        """Where F6 goes, in turn: the search, the list, the selected project's open tab."""
        panes: list[QWidget] = [self.filters.search, self.table]
        if self.detail.currentIndex() == 1 and self.detail.detail_built:
            panes.append(self.detail.current_tab_focus())
        elif self.detail.empty_new.isVisible():
            panes.append(self.detail.empty_new)
        return panes

    def cycle_panes(self, step: int) -> None:
        panes = self.panes()
        focused = QtWidgets.QApplication.focusWidget()
        here = next((i for i, pane in enumerate(panes) if focused is not None and (focused is pane or pane.isAncestorOf(focused))), -1)
        target = panes[(here + step) % len(panes)] if here >= 0 else panes[0 if step > 0 else -1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- selection and data ---------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return int(indexes[0].data(ID_ROLE))

    def selected_row(self) -> ProjectRow | None:
        project_id = self.selected_id()
        return self.model.row_by_id(project_id) if project_id is not None else None

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

    def reveal_project(self, project_id: int) -> None:
        """Show a project even if the filters hide it (from a notification or the tray)."""
        if not self.select_project(project_id):
            self.filters.show_everything()
            self.select_project(project_id)

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
        self._remember_soon()

    def refresh_times(self) -> None:
        now = self.controller.now()
        self._computed_at = now
        self.model.refresh_time(now, self.controller.thresholds)
        self._remember_soon()
        self.detail.update_times(now, self.controller.clock.local_tz())
        self._update_status()

    def _remember_soon(self) -> None:
        if not self._remember_pending:  # once the window has painted: store what was computed
            self._remember_pending = True
            QTimer.singleShot(0, self._remember_actions)

    def _remember_actions(self) -> None:
        self._remember_pending = False
        self.controller.remember_actions(self.model.rows(), self._computed_at)

    def _selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        for a in self.project_actions:
            a.setEnabled(row is not None)
        if row is None:
            self.detail.show_empty(
                no_projects=not self.model.rows(), filtered_out=self.model.rowCount() == 0
            )
        else:
            self.act_archive.setText(self.tr("Restore from archive") if row.archived else self.tr("&Archive"))
            self.act_mark_read.setEnabled(row.platform in READ_STATE_PLATFORMS)  # (the others show no 既読)
            self.model.ensure_loaded(row)
            self.detail.show_row(row, self._computed_at, self.controller.clock.local_tz())  # (the list's instant: they agree)

    def _update_status(self) -> None:
        rows = self.model.rows()
        now = self.controller.now()
        urgent = sum(1 for r in rows if not r.archived and r.urgency(now) >= text.ACTION)
        active = sum(1 for r in rows if not r.archived)
        self.statusBar().showMessage(
            self.tr("%1 active projects, %2 need action").replace("%1", str(active)).replace("%2", str(urgent))
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        # The next step opens the wizard; anywhere else edits the project.
        if index.column() == Column.NEXT:
            self.project_commands.open_wizard()
        else:
            self.project_commands.edit_project()

    def _write_failed(self, code: str) -> None:
        """A change could not be saved: say so once, keep showing what we have."""
        if any(w.isVisible() for w in self.findChildren(QtWidgets.QMessageBox)):
            return
        from companion.ui.project_dialog import validation_message

        message = validation_message(ValidationError("storage", code, code))
        self.statusBar().showMessage(message, 20_000)
        notice(self, self.tr("Not saved"), message)  # not modal: the app keeps showing its data

    def open_settings(self) -> None:
        """The preferences (also from the tray)."""
        self.app_commands.open_settings()

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

    # --- closing ----------------------------------------------------------------------------
    def set_close_guard(self, guard: Callable[[], bool] | None) -> None:
        """``guard()`` says whether a click on the close button really closes the window (the
        desktop integration: False when it hid the window to the tray instead)."""
        self._close_guard = guard

    def close_requested(self) -> bool:
        return self._close_guard() if self._close_guard is not None else True

    def follow_palette(self) -> None:
        """The desktop switched between light and dark: the colours of the app's own follow."""
        self.model.set_palette(self.palette())
        self.detail.follow_palette()

    def close_for_quit(self) -> None:
        """Close the window for good (the app is quitting): no guard asked."""
        self.quitting = True
        self.close()

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
        QtWidgets.QApplication.quit()

    def _save_geometry(self) -> None:
        with contextlib.suppress(Exception):  # never block closing on this
            settings.set_setting("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode())
            if self.table.column_sizer.user_sized:  # type: ignore[attr-defined]  # (else: fitted at each start)
                state = self.table.horizontalHeader().saveState()
                settings.set_setting("list_columns", bytes(state.toBase64().data()).decode())
            else:
                settings.set_setting("list_columns", None)

    def restore_geometry(self, available: QtCore.QRect | None = None) -> None:
        """The last size and position, if any; then fitted into the screen it is on (a laptop
        of 1280x720 or 1366x768 has less room than the default size, or than a large monitor the
        window was last closed on). ``available``: the screen's free area (the test's)."""
        value = settings.get_setting("window_geometry")
        if isinstance(value, str):
            self.restoreGeometry(QtCore.QByteArray.fromBase64(value.encode()))
        columns = settings.get_setting("list_columns")
        header = self.table.horizontalHeader()
        if isinstance(columns, str) and header.restoreState(QtCore.QByteArray.fromBase64(columns.encode())):
            self.table.column_sizer.user_sized = True  # type: ignore[attr-defined]  # the user's widths
            header.setSortIndicator(*DEFAULT_SORT)  # (the sort is not remembered: most urgent first)
        if available is None:
            screen = self.screen() or QtWidgets.QApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        fitted = fit_into(self.geometry(), available)
        minimum = self.minimumSize()  # (a screen smaller than the minimum: the screen wins)
        self.setMinimumSize(min(minimum.width(), fitted.width()), min(minimum.height(), fitted.height()))
        self.setGeometry(fitted)


# Room for the title bar and borders the window manager adds (the frame is unknown until the
# window is first shown): the whole window, frame included, should fit the screen.
FRAME_ALLOWANCE = QtCore.QSize(16, 48)


def fit_into(geometry: QtCore.QRect, available: QtCore.QRect) -> QtCore.QRect:
    """``geometry`` (the window's client area) shrunk so that it fits ``available`` with its frame,
    and moved onto it where it sticks out."""
    half = FRAME_ALLOWANCE.width() // 2  # the side borders; the rest of the height is the title bar
    top = FRAME_ALLOWANCE.height() - half
    width = min(geometry.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(geometry.height(), available.height() - FRAME_ALLOWANCE.height())
    x = min(max(geometry.x(), available.left() + half), available.right() + 1 - half - width)
    y = min(max(geometry.y(), available.top() + top), available.bottom() + 1 - half - height)
    return QtCore.QRect(x, y, width, height)


# A menu item's Japanese text carries its access key as a suffix, "新規案件(&N)…": right in a
# menu, noise on a button (Qt strips only the "&" and the dots).
_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&)]\)")


def button_text(text: str) -> str:
    """A menu item's text as a tool button shows it: no access key, no trailing dots."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(".…").rstrip()


def _add_actions(target: QMenu | QToolBar, actions: tuple[QAction | None, ...]) -> None:
    for action in actions:
        if action is None:
            target.addSeparator()
            continue
        target.addAction(action)
        if isinstance(target, QToolBar):
            _keep_button_text(action)


def _keep_button_text(action: QAction) -> None:
    """The button's text follows the action's (setText later: Archive / Restore from archive);
    setIconText with an unchanged text emits nothing, so this does not loop."""

    def update() -> None:
        action.setIconText(button_text(action.text()))

    update()
    action.changed.connect(update)
