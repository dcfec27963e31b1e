"""The right-hand pane: the selected project's facts, live timers, next step and timeline."""

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
    QHeaderView,
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
from companion.ui.project_table import URGENCY_COLOURS
from companion.ui.widgets import checked_url, literal_tooltip, plain_label, url_tooltip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea


def shorten(value: str, limit: int) -> str:
    """Very long user text is shown shortened (all of it stays stored and editable)."""
    return value if len(value) <= limit else value[:limit] + "…"


TIMELINE_PREVIEW = 300  # characters of a message shown in the timeline row
_DISPLAY, _TOOLTIP, _FONT = 0, 3, 6  # Qt.ItemDataRole: DisplayRole, ToolTipRole, FontRole


class TimelineModel(QAbstractTableModel):
    """The selected project's messages and history, newest first: When, Who, What, Read.

    A long history is not formatted up front: each row's texts are made when the row is first
    shown (a view asks only for the rows on screen).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[reads.TimelineItem] = []
        self._rows: list[tuple[tuple[str, str, str, str], str, str, bool] | None] = []
        self._tz: tzinfo | None = None
        self._bold: QFont | None = None
        self._italic: QFont | None = None

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("DetailPane", "When"),
            QCoreApplication.translate("DetailPane", "Who"),
            QCoreApplication.translate("DetailPane", "What"),
            QCoreApplication.translate("DetailPane", "Read"),
        ]

    def set_fonts(self, bold: QFont, normal: QFont) -> None:
        self._bold = bold
        self._italic = QFont(normal)
        self._italic.setItalic(True)

    def set_items(self, items: list[reads.TimelineItem], tz: tzinfo) -> None:
        self.beginResetModel()
        self._items = items
        self._rows = [None] * len(items)
        self._tz = tz
        self.endResetModel()

    def message(self, row: int) -> reads.MessageRecord | None:
        return self._items[row].message if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP, _FONT) or not index.isValid():
            return None
        r, col = index.row(), index.column()
        row = self._rows[r]
        if row is None:
            row = self._rows[r] = self._format(self._items[r])
        texts, what_tip, read_tip, received = row
        if role == _DISPLAY:
            return texts[col]
        if role == _TOOLTIP:
            return what_tip if col == 2 else read_tip if col == 3 else None
        if col == 1 and received:
            return self._bold
        if col == 2 and self._items[r].message is None:
            return self._italic  # an event, not a message
        return None

    def _format(self, entry: reads.TimelineItem) -> tuple[tuple[str, str, str, str], str, str, bool]:
        tz = self._tz
        assert tz is not None
        when = text.format_time(entry.at, tz)
        msg = entry.message
        if msg is None:
            return (when, "", text.event_label(entry.kind, entry.data), ""), "", "", False
        body = msg.text.replace("\n", " ")
        if len(body) > TIMELINE_PREVIEW:
            body = body[:TIMELINE_PREVIEW] + "…"
        if msg.no_reply_needed:
            body = (body + "  " if body else "") + QCoreApplication.translate("DetailPane", "[no reply needed]")
        if msg.channel != "platform":
            body = f"[{text.channel_label(msg.channel)}] {body}".rstrip()
        read = read_tip = ""
        if msg.direction == "out" and msg.read_state != "unknown":
            read = text.read_state_short(msg.read_state)
            read_tip = text.read_state_label(msg.read_state)
            if msg.read_at:
                read_tip += " " + text.format_time(msg.read_at, tz)
        what_tip = literal_tooltip(f"{text.channel_label(msg.channel)}\n\n{msg.text[:2000]}")
        return (when, text.direction_label(msg.direction), body, read), what_tip, read_tip, msg.direction == "in"


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
    def _build_detail(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.scroll = self._build_scroll(page)
        layout.addWidget(self._build_title())
        layout.addWidget(self._build_next_box())
        layout.addLayout(self._build_quick_actions())
        facts_box = self._build_facts()
        layout.addWidget(self._build_timers())
        layout.addWidget(self._build_requests())
        layout.addWidget(facts_box)  # (under the requests)
        layout.addWidget(self._build_timeline(), 1)
        self.addWidget(self.scroll)
        self.detail_built = True
        self._sync_timeline_buttons()

    def _build_scroll(self, page: QWidget) -> QScrollArea:
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A project's page is nearly always taller than the pane: a scroll bar that appears only
        # when needed would lay the whole page out twice each time a project is shown.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(page)
        return scroll

    def _build_title(self) -> QLabel:
        self.title = plain_label("", wrap=True, selectable=True)
        font: QFont = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        return self.title

    def _build_next_box(self) -> QFrame:
        """The next step, coloured by its urgency, with its explanation, warnings and the wizard."""
        self.next_box = QtWidgets.QFrame()
        self.next_box.setObjectName("nextStep")
        self.next_box.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        next_layout = QVBoxLayout(self.next_box)
        self.next_label = plain_label("", wrap=True)
        bold = self.next_label.font()
        bold.setBold(True)
        self.next_label.setFont(bold)
        self.next_explain = plain_label("", wrap=True)
        next_layout.addWidget(self.next_label)
        next_layout.addWidget(self.next_explain)
        self.next_warnings = plain_label("", wrap=True)
        # Colours by palette, not style sheet: a style sheet makes Qt restyle the whole subtree.
        warn = self.next_warnings.palette()
        warn.setColor(QtGui.QPalette.ColorRole.WindowText, QColor("#7a3e00"))
        self.next_warnings.setPalette(warn)
        next_layout.addWidget(self.next_warnings)
        # where each rule stated above is written, and when that was checked
        self.next_sources = plain_label("", wrap=True)
        self.next_sources.setObjectName("sources")
        small = self.next_sources.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.next_sources.setFont(small)
        self.next_sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        next_layout.addWidget(self.next_sources)
        wizard_row = QHBoxLayout()
        self.wizard_button = QPushButton(self.tr("What should I do?…"))
        self.wizard_button.setToolTip(self.tr("Walk through the platform's rules for this project, step by step"))
        self.wizard_button.clicked.connect(self.open_wizard)
        wizard_row.addWidget(self.wizard_button)
        wizard_row.addStretch(1)
        next_layout.addLayout(wizard_row)
        return self.next_box

    def _build_quick_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("I sent a message now"))
        self.sent_button.setToolTip(self.tr("Log a platform message you sent just now"))
        self.sent_button.clicked.connect(self.sent_now)
        self.replied_button = QPushButton(self.tr("They replied now"))
        self.replied_button.setToolTip(self.tr("Log a platform message they sent just now"))
        self.replied_button.clicked.connect(self.replied_now)
        self.log_button = QPushButton(self.tr("Log a message…"))
        self.log_button.clicked.connect(self.log_message)
        for b in (self.sent_button, self.replied_button, self.log_button):
            actions.addWidget(b)
        actions.addStretch(1)
        return actions

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
        self.wants.activated.connect(lambda i: self.wants_to_continue_changed.emit((None, True, False)[i]))
        self.wants_label = QLabel(self.tr("Work should continue?"))
        self.facts.addRow(self.wants_label, self.wants)
        self.text_language = QtWidgets.QComboBox()
        self.text_language.addItem(self.tr("The platform's (Japanese on Japanese platforms)"), "")
        self.text_language.addItem("日本語", "ja")
        self.text_language.addItem("English", "en")
        self.text_language.setToolTip(self.tr("The language of the prepared texts to the other side and to support, and of the evidence report"))
        self.text_language.activated.connect(lambda i: self.text_language_changed.emit(self.text_language.itemData(i)))
        self.facts.addRow(self.tr("Texts to them in"), self.text_language)
        # the platforms' clocks start when the project entered its stage; "last seen online"
        # stands in for the read state where a platform shows none
        self.stage_time = plain_label("")
        stage_time_button = QPushButton(self.tr("Correct…"))
        stage_time_button.clicked.connect(self.stage_time_requested)
        self.facts.addRow(self.tr("In this stage since"), _row(self.stage_time, stage_time_button))
        self.last_seen = plain_label("")
        self.last_seen_button = QPushButton(self.tr("Record…"))
        self.last_seen_button.clicked.connect(self.last_seen_requested)
        self.last_seen_label = QLabel(self.tr("Last seen online"))
        self.last_seen_label.setToolTip(self.tr("When the platform's profile showed them online last (最終アクセス・最終ログイン)"))
        self.facts.addRow(self.last_seen_label, _row(self.last_seen, self.last_seen_button))

    def _build_timers(self) -> QGroupBox:
        timers_box = QtWidgets.QGroupBox(self.tr("Timers"))
        self.timers = QtWidgets.QFormLayout(timers_box)
        self.timer_labels: dict[str, QLabel] = {}
        self.timer_titles: dict[str, QLabel] = {}
        for key, label in (
            ("waiting", self.tr("Waiting on them")),
            ("waiting_since", self.tr("Silent since")),
            ("unanswered", self.tr("Unanswered messages")),
            ("read", self.tr("Latest read state")),
            ("reply_owed", self.tr("You owe a reply for")),
            ("next_follow_up", self.tr("Next follow-up")),
            ("request_possible", self.tr("Reminder request possible")),
            ("deadline", self.tr("Request deadline")),
        ):
            value = plain_label("")  # a duration or a time: short
            self.timer_labels[key] = value
            title = QLabel(label)
            self.timer_titles[key] = title
            self.timers.addRow(title, value)
        return timers_box

    def _build_requests(self) -> QGroupBox:
        self.requests_box = QtWidgets.QGroupBox(self.tr("Reminder request (連絡催促申請)"))
        req_layout = QVBoxLayout(self.requests_box)
        self.request_label = plain_label("", wrap=True)
        req_layout.addWidget(self.request_label)
        req_buttons = QHBoxLayout()
        self.outcome_button = QPushButton(self.tr("Record what happened…"))
        self.outcome_button.clicked.connect(self._emit_outcome)
        self.against_button = QPushButton(self.tr("A request was filed against me…"))
        self.against_button.clicked.connect(self.request_against)
        req_buttons.addWidget(self.outcome_button)
        req_buttons.addWidget(self.against_button)
        req_buttons.addStretch(1)
        req_layout.addLayout(req_buttons)
        return self.requests_box

    def _build_timeline(self) -> QGroupBox:
        self.timeline = QtWidgets.QTreeView()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_model = TimelineModel(self.timeline)
        self.timeline.setModel(self.timeline_model)
        self._size_timeline_columns()
        self.timeline.selectionModel().selectionChanged.connect(self._sync_timeline_buttons)
        self.timeline.doubleClicked.connect(self._edit_current)
        timeline_box = QtWidgets.QGroupBox(self.tr("Timeline"))
        tl_layout = QVBoxLayout(timeline_box)
        tl_layout.addWidget(self.timeline)
        tl_buttons = QHBoxLayout()
        self.edit_msg_button = QPushButton(self.tr("Edit message…"))
        self.edit_msg_button.clicked.connect(self._edit_current)
        self.read_button = QPushButton(self.tr("Mark as read (既読)…"))
        self.read_button.clicked.connect(lambda: self._emit_current(self.mark_read))
        self.delete_msg_button = QPushButton(self.tr("Delete message…"))
        self.delete_msg_button.clicked.connect(lambda: self._emit_current(self.delete_message))
        for b in (self.edit_msg_button, self.read_button, self.delete_msg_button):
            tl_buttons.addWidget(b)
        tl_buttons.addStretch(1)
        tl_layout.addLayout(tl_buttons)
        self.timeline.setMinimumHeight(220)
        return timeline_box

    def _size_timeline_columns(self) -> None:
        """Fixed widths from the font, wide enough for every value the column can hold: sizing
        to the contents would measure every message of a long history (slow to show)."""
        header = self.timeline.header()
        header.setStretchLastSection(False)
        bold = self.timeline.font()
        bold.setBold(True)  # received messages are shown in bold: measure the wider
        self.timeline_model.set_fonts(bold, self.timeline.font())
        metrics = QtGui.QFontMetrics(bold)
        header_metrics = header.fontMetrics()
        samples = {
            0: ["2026-12-31 23:59"],
            1: [text.direction_label("out"), text.direction_label("in")],
            3: [text.read_state_short("read"), text.read_state_short("unread")],
        }
        for col, values in samples.items():
            title = TimelineModel.headers()[col]
            width = max(max(metrics.horizontalAdvance(v) for v in values) + 16, header_metrics.horizontalAdvance(title) + 20)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

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
        reload_timeline = self.row is None or self.row.id != row.id or self.row is not row
        if reload_timeline:  # another project, or its data changed: show its next step first
            self.scroll.verticalScrollBar().setValue(0)
        self.row = row
        self.setCurrentIndex(1)
        self.title.setText(shorten(row.title, 300) + (" " + self.tr("(archived)") if row.archived else ""))
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
        if reload_timeline:
            self._requests = reads.open_requests(row.id)
        self.update_times(now, tz)
        if reload_timeline:
            self._load_timeline(tz)

    def update_times(self, now: datetime, tz: tzinfo) -> None:
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
        self.next_sources.setText(text.sources_text(dict.fromkeys(rules)))
        self.next_sources.setToolTip(text.sources_tooltip(rules))
        self.next_sources.setVisible(bool(rules))
        self.next_box.setToolTip(text.glossary_tooltip(self.next_label.text(), self.next_explain.text(), self.next_warnings.text()))
        colour = URGENCY_COLOURS.get(level)
        if colour is not None:
            palette = QtGui.QPalette(self.palette())
            palette.setColor(QtGui.QPalette.ColorRole.Window, colour)
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, QColor("#1a1a1a"))
            self.next_box.setPalette(palette)
        else:
            self.next_box.setPalette(self.palette())
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

    def _load_timeline(self, tz: tzinfo) -> None:
        assert self.row is not None
        self.timeline_model.set_items(reads.timeline(self.row.id), tz)
        self._sync_timeline_buttons()

    def current_message_id(self) -> int | None:
        message = self._current_message()
        return message.id if message is not None else None

    def _current_message(self) -> reads.MessageRecord | None:
        if not self.detail_built:
            return None
        rows = self.timeline.selectionModel().selectedRows()
        return self.timeline_model.message(rows[0].row()) if rows else None

    def _sync_timeline_buttons(self, *_: object) -> None:
        message = self._current_message()
        self.edit_msg_button.setEnabled(message is not None)
        self.delete_msg_button.setEnabled(message is not None)
        self.read_button.setEnabled(message is not None and message.direction == "out")

    def _emit_current(self, signal: Signal) -> None:
        message_id = self.current_message_id()
        if message_id is not None:
            signal.emit(message_id)  # type: ignore[attr-defined]

    def _edit_current(self, *_: object) -> None:
        self._emit_current(self.edit_message)
