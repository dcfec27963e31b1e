"""The right-hand pane: the selected project's next step, timers and facts in a compact header,
over its conversation (first), its details and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.model.rules import pack_for
from companion.model.timers import Thresholds
from companion.model.vocab import READ_STATE_PLATFORMS
from companion.store import reads
from companion.store.reads import ProjectRow, RequestRecord
from companion.ui import text
from companion.ui.project_table import is_dark, urgency_colours
from companion.ui.widgets import ElidedLabel, checked_url, plain_label, url_tooltip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea


def shorten(value: str, limit: int) -> str:
    """Very long user text is shown shortened (all of it stays stored and editable)."""
    return value if len(value) <= limit else value[:limit] + "…"


class HistoryModel(QAbstractTableModel):
    """The project's events, newest first: When, What."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    @staticmethod
    def headers() -> list[str]:
        return [QCoreApplication.translate("DetailPane", "When"), QCoreApplication.translate("DetailPane", "What")]

    def set_items(self, items: list[reads.TimelineItem], tz: tzinfo) -> None:
        self.beginResetModel()
        self._rows = [(text.format_time(i.at, tz), text.event_label(i.kind, i.data)) for i in items]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == 0:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role in (0, 3):  # DisplayRole, ToolTipRole
            return self._rows[index.row()][index.column()]
        return None


def _row(label: QWidget, button: QWidget) -> QWidget:
    """A value with a small button after it, as one form field."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button)
    return box


class DetailPane(QStackedWidget):
    sent_now = Signal()
    replied_now = Signal()
    log_message = Signal()
    edit_message = Signal(int)
    mark_read = Signal(int)
    delete_message = Signal(int)
    open_url = Signal(str)
    new_project = Signal()
    load_demo = Signal()
    open_wizard = Signal()
    request_against = Signal()
    request_outcome = Signal(int, str)  # request id, side
    #: the client changed the answer to "should the work continue?" (None: not sure)
    wants_to_continue_changed = Signal(object)
    #: the language of the texts to the other side and support changed ('' = the platform's)
    text_language_changed = Signal(str)
    #: the user wants to correct when the project entered its stage / record "last seen online"
    stage_time_requested = Signal()
    last_seen_requested = Signal()

    def __init__(self, thresholds: Callable[[], Thresholds], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: ProjectRow | None = None
        self.thresholds = thresholds  # the user's, as they are now (the controller's)
        self._requests: list[RequestRecord] = []
        self._scrolls: list[QScrollArea] = []
        self._shown_at: datetime | None = None
        self._tz: tzinfo | None = None
        self._build_empty()
        self.detail_built = False  # the project page is built when a project is first shown

    def ensure_detail(self) -> None:
        if not self.detail_built:
            self._build_detail()

    # --- construction
    def _build_empty(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_title = plain_label("", wrap=True)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = plain_label("", wrap=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new = QPushButton(self.tr("Add a project"))
        self.empty_new.clicked.connect(self.new_project)
        self.empty_demo = QPushButton(self.tr("Load demo data"))
        self.empty_demo.clicked.connect(self.load_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_new)
        buttons.addWidget(self.empty_demo)
        buttons.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.addWidget(page)

    # The project page, built when a project is first shown. Its Qt types are reached through
    # QtWidgets / QtGui, so with no project to show, start-up makes none of them.
    #
    # Its shape: a compact header (title, the facts in one line, the next step, the timers that
    # have a value, an open request) over three tabs: the conversation (first: the messages are
    # what the user comes for), the project's details, and its history. A splitter between them
    # lets the user give either more room; the conversation keeps at least half of the height.
    def _build_detail(self) -> None:
        header = QWidget()
        header.setObjectName("projectHeader")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_title())
        self.summary = plain_label("", wrap=True)
        self.summary.setObjectName("summary")
        self.summary.setAccessibleName(self.tr("Project facts"))
        layout.addWidget(self.summary)
        layout.addWidget(self._build_next_box())
        layout.addWidget(self._build_timers())
        layout.addWidget(self._build_request_line())
        layout.addStretch(1)
        self.header_scroll = self.scroll = self._build_scroll(header)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.setAccessibleName(self.tr("Project pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Project pages"))
        self.tabs.addTab(self._build_conversation(), self.tr("&Conversation"))
        self.tabs.addTab(self._build_project_tab(), self.tr("&Details"))
        self.tabs.addTab(self._build_history(), self.tr("Hi&story"))
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.header_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._user_split = False
        self.splitter.splitterMoved.connect(self._split_moved)
        self.addWidget(self.splitter)
        self.detail_built = True
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A control reached by Tab from outside a scrolled part is scrolled into view."""
        if new is None:
            return
        for scroll in self._scrolls:
            page = scroll.widget()
            if page is not None and page.isAncestorOf(new):
                scroll.ensureWidgetVisible(new)

    def current_tab_focus(self) -> QWidget:
        """Where F6 puts the focus in the project's page: the open tab's main control."""
        page = self.tabs.currentWidget()
        if page is self.tabs.widget(0):
            return self.conversation
        if page is self.tabs.widget(2):
            return self.history
        return self.tabs.tabBar()

    CONVERSATION_ROOM = 280  # px the tabs keep under the header: a few messages and their buttons

    def _split_moved(self, *_: object) -> None:
        self._user_split = True

    def _build_scroll(self, page: QWidget) -> QScrollArea:
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (not a stop of its own: its controls are)
        scroll.setWidget(page)
        self._scrolls.append(scroll)
        return scroll

    def _build_title(self) -> QLabel:
        self.title = plain_label("", wrap=True, selectable=True)
        font: QFont = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        return self.title

    def _build_next_box(self) -> QFrame:
        """The next step, coloured by its urgency, with its explanation, warnings and the wizard."""
        self.next_box = QtWidgets.QFrame()
        self.next_box.setObjectName("nextStep")
        self.next_box.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.setContentsMargins(8, 6, 8, 6)
        next_layout.setSpacing(3)
        top = QHBoxLayout()
        self.next_label = plain_label("", wrap=True)
        bold = self.next_label.font()
        bold.setBold(True)
        self.next_label.setFont(bold)
        top.addWidget(self.next_label, 1)
        self.wizard_button = QPushButton(self.tr("What should I do?…"))
        self.wizard_button.setToolTip(self.tr("Walk through the platform's rules for this project, step by step"))
        self.wizard_button.clicked.connect(self.open_wizard)
        top.addWidget(self.wizard_button, 0, Qt.AlignmentFlag.AlignTop)
        next_layout.addLayout(top)
        self.next_explain = plain_label("", wrap=True)
        next_layout.addWidget(self.next_explain)
        self.next_warnings = plain_label("", wrap=True)
        self.next_warnings.setObjectName("warnings")
        next_layout.addWidget(self.next_warnings)
        # where each rule stated above is written, and when that was checked
        # (one line, the whole list in its tooltip: it must not push the conversation away)
        self.next_sources = ElidedLabel()
        self.next_sources.setObjectName("sources")
        small = self.next_sources.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.next_sources.setFont(small)
        next_layout.addWidget(self.next_sources)
        return self.next_box

    def _build_conversation(self) -> QWidget:
        """The messages, the commands on the selected one, and the quick actions under them."""
        from companion.ui.conversation import (
            ConversationView,  # (with the project page, not at start)
        )

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.conversation = ConversationView()
        self.conversation_model = self.conversation.conversation
        self.conversation.edit_message.connect(self.edit_message)
        self.conversation.mark_read.connect(self.mark_read)
        self.conversation.delete_message.connect(self.delete_message)
        self.conversation.current_changed.connect(self._sync_message_buttons)
        self.conversation_model.rowsInserted.connect(self._update_note)  # (an older page came)
        self.conversation.doubleClicked.connect(lambda *_: self.conversation.act_edit.trigger())
        self.conversation.setMinimumHeight(120)
        self.conversation.placeholder = self.tr(
            "No messages logged yet. Log the last one you sent or received with the buttons below.")
        layout.addWidget(self.conversation, 1)
        self.conversation_note = plain_label("", wrap=True)  # "no messages yet" / how many are shown
        self.conversation_note.setObjectName("conversationNote")
        layout.addWidget(self.conversation_note)
        per_message = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Mark as read (既読)…"))
        self.read_button.clicked.connect(self.conversation.act_read.trigger)
        self.edit_msg_button = QPushButton(self.tr("Edit message…"))
        self.edit_msg_button.clicked.connect(self.conversation.act_edit.trigger)
        self.delete_msg_button = QPushButton(self.tr("Delete message…"))
        self.delete_msg_button.clicked.connect(self.conversation.act_delete.trigger)
        for button, action in ((self.read_button, self.conversation.act_read), (self.edit_msg_button, self.conversation.act_edit),
                               (self.delete_msg_button, self.conversation.act_delete)):
            button.setToolTip(f"{button.text()} ({action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)})")
            per_message.addWidget(button)
        per_message.addStretch(1)
        layout.addLayout(per_message)
        layout.addLayout(self._build_quick_actions())
        self._sync_message_buttons()
        return page

    def _build_quick_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("I sent a message now"))
        self.sent_button.setToolTip(self.tr("Log a platform message you sent just now"))
        self.sent_button.clicked.connect(self.sent_now)
        self.replied_button = QPushButton(self.tr("They replied now"))
        self.replied_button.setToolTip(self.tr("Log a platform message they sent just now"))
        self.replied_button.clicked.connect(self.replied_now)
        self.log_button = QPushButton(self.tr("Log a message…"))
        self.log_button.setToolTip(self.tr("Log a message with its time, text and channel"))
        self.log_button.clicked.connect(self.log_message)
        for b in (self.sent_button, self.replied_button, self.log_button):
            actions.addWidget(b)
        actions.addStretch(1)
        return actions

    def _build_project_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._build_facts())
        layout.addWidget(self._build_requests())
        layout.addStretch(1)
        return self._build_scroll(page)

    def _build_facts(self) -> QGroupBox:
        facts_box = QtWidgets.QGroupBox(self.tr("Project"))
        self.facts = QtWidgets.QFormLayout(facts_box)
        self.facts.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        for key, label in (
            ("counterparty", self.tr("Counterparty")),
            ("platform", self.tr("Platform")),
            ("role", self.tr("Your role")),
            ("contract_type", self.tr("Contract type")),
            ("stage", self.tr("Stage")),
            ("plan_change", self.tr("Plan change (計画変更)")),
            ("amount", self.tr("Amount")),
            ("start_date", self.tr("Start date")),
            ("notes", self.tr("Notes")),
        ):
            # Only free text wraps: laying out a wrapped label costs several passes, and the
            # other values are short labels of the app's own.
            free_text = key in ("counterparty", "notes")  # the user's own words: copyable
            value = plain_label("", wrap=free_text, selectable=free_text)
            self.fact_labels[key] = value
            self.facts.addRow(label, value)
        self._build_answers()
        self.url_button = QPushButton(self.tr("Open project page"))
        self.url_button.clicked.connect(lambda: self.row and self.open_url.emit(self.row.url))
        self.facts.addRow("", self.url_button)
        return facts_box

    def _build_answers(self) -> None:
        """What only the user knows (asked by the wizard), changeable here; and the language of
        the texts to the other side."""
        self.wants = QtWidgets.QComboBox()
        for label, value in ((self.tr("Not sure yet"), None), (self.tr("Yes, the work should continue"), True),
                             (self.tr("No, end the contract"), False)):
            self.wants.addItem(label, value)
        self.wants.setToolTip(self.tr("Your answer in the wizard. It decides between asking support and filing the request."))
        self.wants.setAccessibleName(self.tr("Work should continue?"))
        self.wants.activated.connect(lambda i: self.wants_to_continue_changed.emit((None, True, False)[i]))
        self.wants_label = QLabel(self.tr("Work should continue?"))
        self.wants_label.setBuddy(self.wants)  # (what a screen reader says with the list)
        self.facts.addRow(self.wants_label, self.wants)
        self.text_language = QtWidgets.QComboBox()
        self.text_language.addItem(self.tr("The platform's (Japanese on Japanese platforms)"), "")
        self.text_language.addItem("日本語", "ja")
        self.text_language.addItem("English", "en")
        self.text_language.setToolTip(self.tr("The language of the prepared texts to the other side and to support, and of the evidence report"))
        self.text_language.setAccessibleName(self.tr("Texts to them in"))
        self.text_language.activated.connect(lambda i: self.text_language_changed.emit(self.text_language.itemData(i)))
        self.facts.addRow(self.tr("Texts to them in"), self.text_language)
        # the platforms' clocks start when the project entered its stage; "last seen online"
        # stands in for the read state where a platform shows none
        self.stage_time = plain_label("")
        stage_time_button = QPushButton(self.tr("Correct…"))
        stage_time_button.setAccessibleName(self.tr("Correct when the project entered its stage…"))
        stage_time_button.clicked.connect(self.stage_time_requested)
        self.facts.addRow(self.tr("In this stage since"), _row(self.stage_time, stage_time_button))
        self.last_seen = plain_label("")
        self.last_seen_button = QPushButton(self.tr("Record…"))
        self.last_seen_button.setAccessibleName(self.tr("Record when they were last seen online…"))
        self.last_seen_button.clicked.connect(self.last_seen_requested)
        self.last_seen_label = QLabel(self.tr("Last seen online"))
        self.last_seen_label.setToolTip(self.tr("When the platform's profile showed them online last (最終アクセス・最終ログイン)"))
        self.facts.addRow(self.last_seen_label, _row(self.last_seen, self.last_seen_button))

    # the first two pairs share a row each, the rest have a row of their own
    TIMERS = ("waiting", "waiting_since", "unanswered", "read", "reply_owed", "next_follow_up", "request_possible", "deadline")

    def _build_timers(self) -> QWidget:
        """The timers that have a value, compactly (the ones without one are hidden)."""
        titles = {
            "waiting": self.tr("Waiting on them"), "waiting_since": self.tr("Silent since"),
            "unanswered": self.tr("Unanswered messages"), "read": self.tr("Latest read state"),
            "reply_owed": self.tr("You owe a reply for"), "next_follow_up": self.tr("Next follow-up"),
            "request_possible": self.tr("Reminder request possible"), "deadline": self.tr("Request deadline"),
        }
        box = QWidget()
        box.setObjectName("timers")
        self.timers = QtWidgets.QGridLayout(box)
        self.timers.setContentsMargins(2, 2, 2, 2)
        self.timers.setHorizontalSpacing(10)
        self.timers.setVerticalSpacing(2)
        self.timer_labels: dict[str, QLabel] = {}
        self.timer_titles: dict[str, QLabel] = {}
        for i, key in enumerate(self.TIMERS):
            value = plain_label("")  # a duration or a time: short
            title = QLabel(titles[key])
            title.setBuddy(value)
            value.setAccessibleName(titles[key])
            self.timer_labels[key], self.timer_titles[key] = value, title
            if i < 4:  # side by side: waiting | since, unanswered | read state
                row, col = divmod(i, 2)
                self.timers.addWidget(title, row, col * 2)
                self.timers.addWidget(value, row, col * 2 + 1)
            else:
                self.timers.addWidget(title, i - 2, 0)
                self.timers.addWidget(value, i - 2, 1, 1, 3)
        self.timers.setColumnStretch(1, 1)
        self.timers.setColumnStretch(3, 2)
        return box

    def _build_request_line(self) -> QWidget:
        """An open request in the header: when it was filed and its deadline, and its outcome."""
        self.request_line = QWidget()
        line = QHBoxLayout(self.request_line)
        line.setContentsMargins(2, 0, 2, 0)
        self.request_summary = plain_label("", wrap=True)
        self.request_summary.setObjectName("requestSummary")
        line.addWidget(self.request_summary, 1)
        self.header_outcome_button = QPushButton(self.tr("Record what happened…"))
        self.header_outcome_button.setAccessibleName(self.tr("Record what happened to the open request…"))
        self.header_outcome_button.clicked.connect(self._emit_outcome)
        line.addWidget(self.header_outcome_button, 0, Qt.AlignmentFlag.AlignTop)
        self.request_line.hide()
        return self.request_line

    def _build_requests(self) -> QGroupBox:
        self.requests_box = QtWidgets.QGroupBox(self.tr("Reminder request (連絡催促申請)"))
        req_layout = QVBoxLayout(self.requests_box)
        self.request_label = plain_label("", wrap=True)
        req_layout.addWidget(self.request_label)
        req_buttons = QHBoxLayout()
        self.outcome_button = QPushButton(self.tr("Record what happened…"))
        self.outcome_button.setAccessibleName(self.tr("Record what happened to the request…"))
        self.outcome_button.clicked.connect(self._emit_outcome)
        self.against_button = QPushButton(self.tr("A request was filed against me…"))
        self.against_button.clicked.connect(self.request_against)
        req_buttons.addWidget(self.outcome_button)
        req_buttons.addWidget(self.against_button)
        req_buttons.addStretch(1)
        req_layout.addLayout(req_buttons)
        return self.requests_box

    def _build_history(self) -> QWidget:
        """What happened to the project besides its messages: stage changes, requests, edits."""
        self.history = QtWidgets.QTreeView()
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("Project history"))
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_model = HistoryModel(self.history)
        self.history.setModel(self.history_model)
        header = self.history.header()
        header.setStretchLastSection(True)
        width = max(self.history.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 20,
                    header.fontMetrics().horizontalAdvance(HistoryModel.headers()[0]) + 24)
        header.resizeSection(0, width)  # (from the font: fits every time, measures no row)
        return self.history

    # --- state
    def show_empty(self, no_projects: bool, filtered_out: bool = False) -> None:
        self.row = None
        if filtered_out and not no_projects:
            self.empty_title.setText(self.tr("No project matches"))
            self.empty_text.setText(self.tr("Change the search or the filters above the list (archived projects are under “Archived”)."))
        elif no_projects:
            self.empty_title.setText(self.tr("No projects yet"))
            self.empty_text.setText(
                self.tr("Add the project whose counterparty went quiet, or load the demo data to look around.")
            )
        else:
            self.empty_title.setText(self.tr("Select a project"))
            self.empty_text.setText(self.tr("Pick a project in the list to see its timers and history."))
        self.empty_new.setVisible(no_projects)
        self.empty_demo.setVisible(no_projects)
        self.setCurrentIndex(0)

    def show_row(self, row: ProjectRow, now: datetime, tz: tzinfo) -> None:
        self.ensure_detail()
        reload_messages = self.row is None or self.row.id != row.id or self.row is not row
        another = self.row is None or self.row.id != row.id
        if another:  # another project: its next step and its newest messages first
            self.header_scroll.verticalScrollBar().setValue(0)
        self.row = row
        self.setCurrentIndex(1)
        self.title.setText(shorten(row.title, 300) + (" " + self.tr("(archived)") if row.archived else ""))
        self.summary.setText(self._summary(row))
        f = self.fact_labels
        f["counterparty"].setText(shorten(row.counterparty, 300) or "—")
        f["platform"].setText(text.platform_label(row.platform))
        f["role"].setText(text.role_label(row.role, row.platform))
        f["contract_type"].setText(text.contract_type_label(row.contract_type, row.platform))
        f["stage"].setText(text.stage_label(row.stage, row.platform))
        f["stage"].setToolTip(text.stage_tooltip(row.stage, row.platform))
        f["plan_change"].setText(self.tr("Pending") if row.plan_change_pending else self.tr("No"))
        plan_change = row.platform == "lancers" or row.plan_change_pending  # (a Lancers procedure)
        f["plan_change"].setVisible(plan_change)
        label = self.facts.labelForField(f["plan_change"])
        if label is not None:
            label.setVisible(plan_change)
        f["amount"].setText(text.format_amount(row.amount, row.currency))
        f["start_date"].setText(row.start_date.isoformat() if row.start_date else "—")
        f["notes"].setText(shorten(row.notes, 3000) or "—")
        self.requests_box.setTitle(self.tr("Reminder request (連絡催促申請)") if row.platform == "lancers"
                                   else self.tr("Formal requests on the platform"))
        asks = row.role == "client" and row.stage in ("escrow_funded", "delivered")
        self.wants.setVisible(asks or row.wants_to_continue is not None)
        self.wants_label.setVisible(self.wants.isVisible())
        self.wants.setCurrentIndex({None: 0, True: 1, False: 2}[row.wants_to_continue])
        self.text_language.setCurrentIndex(max(0, self.text_language.findData(row.text_language)))
        self.stage_time.setText(text.format_time(row.stage_entered_at, tz) or "—")
        self.last_seen.setText(text.format_time(row.counterparty_last_seen_at, tz) or "—")
        shows_read = row.platform in READ_STATE_PLATFORMS
        for widget in (self.last_seen_label, self.last_seen.parentWidget()):
            widget.setVisible(not shows_read or row.counterparty_last_seen_at is not None)
        self.url_button.setEnabled(bool(row.url) and checked_url(row.url) is not None)
        self.url_button.setToolTip(url_tooltip(row.url))
        if reload_messages:
            self._requests = reads.open_requests(row.id)
        self.update_times(now, tz)
        if reload_messages:
            self._load_messages(row, tz, keep=None if another else self._kept_message())
        self._fit_header()

    def follow_palette(self) -> None:
        """The colours follow a light/dark switch of the desktop."""
        if self.row is not None and self.detail_built and self._shown_at is not None and self._tz is not None:
            self.update_times(self._shown_at, self._tz)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.detail_built and self.row is not None:
            self._fit_header()

    def _summary(self, row: ProjectRow) -> str:
        """The project's facts in one line: who, where, as what, at which stage, for how much."""
        parts = [shorten(row.counterparty, 80), text.platform_label(row.platform), text.role_label(row.role, row.platform),
                 text.stage_label(row.stage, row.platform)]
        if row.amount is not None:
            parts.append(text.format_amount(row.amount, row.currency))
        return " · ".join(p for p in parts if p)

    def _fit_header(self) -> None:
        """The header as tall as it needs, up to half the pane: the conversation keeps the rest."""
        if self._user_split:
            return
        total = max(self.height(), 400)
        header = self.header_scroll.widget()
        width = max(self.width(), 200)  # (the header is as wide as the pane)
        layout = header.layout()
        want = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else header.sizeHint().height()
        top = min(want + 4, max(total - self.CONVERSATION_ROOM, total // 3))
        self.splitter.setSizes([top, total - top])

    def update_times(self, now: datetime, tz: tzinfo) -> None:
        self._shown_at, self._tz = now, tz
        row = self.row
        if row is None or row.state is None:
            return
        state, rec = row.state, row.recommendation
        level = text.urgency(rec, now)
        self.next_label.setText(f"{text.URGENCY_SYMBOL[level]} {text.urgency_label(level)}: {text.next_step_text(rec, now)}")
        self.next_explain.setText(text.next_step_explanation(rec))
        notes = ["⚠ " + text.warning_text(w, row.platform) for w in sorted(rec.warnings)] if rec else []
        if rec and rec.outcome_if_unanswered and rec.action.value in ("track_request", "file_request"):
            notes.append("→ " + text.outcome_text(rec.outcome_if_unanswered, platform=row.platform))
        if rec and rec.action.value == "respond_to_request":  # the user is the side who must answer
            notes.append("→ " + text.outcome_text(rec.outcome_if_unanswered, against_user=True, platform=row.platform))
        pack = pack_for(row.platform)
        rules = list(pack.cited(rec)) if rec else []
        filed = row.request_against_at if rec and rec.action.value == "respond_to_request" else row.own_request_at
        if rec and rec.action.value in ("respond_to_request", "track_request") and filed is not None \
                and pack.cleared_by_reply(rec.route):  # (a request filed, not a platform's own deadline)
            notes.append("ⓘ " + text.reply_clears_request_text())
            caveat = pack.rule_for("reply_clears_request")
            if caveat is not None:
                rules.append(caveat)
        self.next_warnings.setText("\n".join(dict.fromkeys(notes)))  # each point once
        self.next_warnings.setVisible(bool(notes))
        self.next_sources.set_full_text(text.sources_text(dict.fromkeys(rules)), text.sources_tooltip(rules))
        self.next_sources.setVisible(bool(rules))
        self.next_box.setToolTip(text.glossary_tooltip(self.next_label.text(), self.next_explain.text(), self.next_warnings.text()))
        colours, on_colour = urgency_colours(self.palette())
        colour = colours.get(level)
        palette = QtGui.QPalette(self.palette())
        if colour is not None:
            palette.setColor(QtGui.QPalette.ColorRole.Window, colour)
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, on_colour)
        self.next_box.setPalette(palette)
        warn = QtGui.QPalette(palette)  # the warnings: brown on light, amber on dark
        dark = is_dark(palette) if colour is None else on_colour.lightnessF() > 0.5
        warn.setColor(QtGui.QPalette.ColorRole.WindowText, QColor("#ffcf8a" if dark else "#7a3e00"))
        self.next_warnings.setPalette(warn)
        self.next_box.setAutoFillBackground(colour is not None)
        t = self.timer_labels
        waited = state.waiting_for(now)
        t["waiting"].setText(text.format_duration(waited) if waited is not None else "—")
        t["waiting_since"].setText(text.format_time(state.silence_anchor, tz) or "—")
        t["unanswered"].setText(str(state.unanswered_count))
        t["read"].setText(text.read_state_label(state.last_sent_read) if state.unanswered else "—")
        owed = state.reply_owed_for(now)
        t["reply_owed"].setText(text.format_duration(owed) if owed is not None else "—")
        more_follow_ups = 0 < state.unanswered_count < self.thresholds().follow_ups_before_formal
        # no follow-up while the platform acts by itself or a request is running
        busy = rec is not None and (rec.auto_outcome_at is not None or rec.action.value in ("track_request", "respond_to_request"))
        t["next_follow_up"].setText(self._when(state.next_follow_up_at if more_follow_ups and not busy else None, now, tz))
        possible = rec.request_possible_at if rec else None
        t["request_possible"].setText(self._when(possible, now, tz))
        t["deadline"].setText(self._when(rec.deadline_at if rec else None, now, tz))
        lancers = row.platform == "lancers"
        self.timer_titles["request_possible"].setText(
            self.tr("Reminder request possible") if lancers else self.tr("Formal step possible"))
        obligation = rec is not None and rec.action.value == "respond_to_request" and row.request_against_at is None
        self.timer_titles["deadline"].setText(self.tr("Platform deadline") if obligation else self.tr("Request deadline"))
        for key, value in t.items():  # only the timers that say something
            shown = value.text() not in ("—", "0")
            value.setVisible(shown)
            self.timer_titles[key].setVisible(shown)
        self._show_requests(now, tz)

    def _show_requests(self, now: datetime, tz: tzinfo) -> None:
        deadline = self.thresholds().request_deadline
        lines = []
        for req in self._requests:
            who = self.tr("Filed by you") if req.side == "user" else self.tr("Filed against you")
            line = f"{who}: {text.format_time(req.filed_at, tz)}"
            if req.status == "deadline_passed":
                line += " — " + self.tr("deadline passed, support is reviewing")
            else:
                line += " — " + self.tr("deadline %1").replace("%1", self._when(req.filed_at + deadline, now, tz))
            lines.append(line)
        self.request_label.setText("\n".join(lines) if lines else self.tr("None open."))
        self.outcome_button.setEnabled(bool(self._requests))
        self.against_button.setEnabled(not self._requests)
        self.request_summary.setText("\n".join(lines))
        self.request_line.setVisible(bool(lines))

    def _emit_outcome(self) -> None:
        if self._requests:
            req = self._requests[0]
            self.request_outcome.emit(req.id, req.side)

    def _when(self, when: datetime | None, now: datetime, tz: tzinfo) -> str:
        if when is None:
            return "—"
        stamp = text.format_time(when, tz)
        if when > now:
            return QCoreApplication.translate("DetailPane", "%1 (in %2)").replace("%1", stamp).replace(
                "%2", text.format_duration(when - now)
            )
        return QCoreApplication.translate("DetailPane", "%1 (%2 ago)").replace("%1", stamp).replace(
            "%2", text.format_duration(now - when)
        )

    def _load_messages(self, row: ProjectRow, tz: tzinfo, keep: int | None) -> None:
        """The conversation (newest at the bottom; the selected message kept) and the history."""
        self.conversation.show_project(row.id, row.platform, tz)
        if keep is not None:
            self.conversation.select_message(keep)
        self.history_model.set_items(reads.history(row.id), tz)
        self._update_note()
        self._sync_message_buttons()

    def _update_note(self, *_: object) -> None:
        shown, total = self.conversation_model.rowCount(), self.conversation_model.total()
        self.conversation.setAccessibleDescription(self.conversation.placeholder if total == 0 else "")
        if shown < total:
            note = self.tr("The latest %1 of %2 messages; scroll up for older ones.").replace("%1", str(shown)).replace("%2", str(total))
        else:
            note = ""
        self.conversation_note.setText(note)
        self.conversation_note.setVisible(bool(note))

    def _kept_message(self) -> int | None:
        """The message to keep selected when the project's data changes: the one the user chose,
        unless it was the newest (then the newest again, as a chat follows new messages)."""
        view = self.conversation
        current = view.currentIndex()
        if not current.isValid() or current.row() == self.conversation_model.rowCount() - 1:
            return None
        return self.current_message_id()

    def current_message_id(self) -> int | None:
        if not self.detail_built:
            return None
        message = self.conversation.current_message()
        return message.id if message is not None else None

    def _sync_message_buttons(self, *_: object) -> None:
        view = self.conversation
        for button, action in ((self.read_button, view.act_read), (self.edit_msg_button, view.act_edit),
                               (self.delete_msg_button, view.act_delete)):
            button.setEnabled(action.isEnabled())
