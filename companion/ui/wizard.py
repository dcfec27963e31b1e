"""The decision wizard: the platform's rules applied to the project's real state.

Situation → Questions → Diagnosis → Recommendation → (Before filing) → Action → Summary.
All the judgement is in :func:`companion.model.decision.decide`; the wizard gathers the inputs,
explains the answer, prepares the texts and records what the user says they did.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from companion.controller import Controller
from companion.model.decision import Action, Recommendation, Situation, request_possible_at
from companion.model.policy import Evaluation, Facts, evaluate
from companion.model.policy import alternatives as policy_alternatives
from companion.model.rules import pack_for
from companion.model.templates import (
    HistoryLine,
    deadline_notice,
    filing_notice,
    first_message,
    follow_up,
    reply_opening,
    support_inquiry,
)
from companion.model.vocab import CONTRACT_TYPES, READ_STATE_PLATFORMS, ROLES, STAGES, text_language
from companion.store import reads, repo
from companion.store.repo import ProjectRow, ValidationError
from companion.ui import text
from companion.ui.message_dialog import DateTimeField
from companion.ui.project_dialog import validation_message
from companion.ui.widgets import (
    checked_url,
    error_label,
    open_project_page,
    plain_label,
    set_tone,
    url_tooltip,
)

(P_SITUATION, P_QUESTIONS, P_DIAGNOSIS, P_RECOMMENDATION, P_FILING, P_ACTION, P_SUMMARY) = range(7)
MID_CONTRACT = ("escrow_funded", "delivered")


def _why_button(parent: QWidget, title: str, body: str, page: str = "") -> QPushButton:
    """``page``: the page's title, in the button's name for screen readers ("Why? (What to do)")."""
    button = QPushButton(QCoreApplication.translate("DecisionWizard", "Why?"), parent)
    button.setToolTip(body)
    if page:
        button.setAccessibleName(QCoreApplication.translate("DecisionWizard", "Why? (%1)").replace("%1", page))

    def show() -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(body)
        box.exec()

    button.clicked.connect(show)
    return button


def _page_header(page: QWizardPage, layout: QVBoxLayout, why_title: str, why: str) -> None:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(_why_button(page, why_title, why, re.sub(r"^\s*\d+\.\s*", "", page.title())))
    layout.addLayout(row)


class SituationPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("1. The situation"))
        self.setSubTitle(self.tr("Filled in from the project. Correct anything that is out of date."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("Why these facts?"), self.tr(
            "The platform's rules depend on the stage of the contract, the contract type, whether a plan change is pending, "
            "and how long they have been silent on the platform. Off-platform e-mail or chat does not count."))
        layout.addLayout(self._build_form(wizard.row))
        layout.addWidget(self._build_facts())
        requests = self._build_requests(wizard.row)
        layout.addWidget(requests)
        self.plan_change.setToolTip(text.glossary_tooltip(self.plan_change.text()))
        self.read.setToolTip(self.read.toolTip() + "\n" + text.glossary_tooltip(self.read.toolTip()))
        requests.setToolTip(text.glossary_tooltip(requests.title()))
        self.stage.setToolTip(text.glossary_tooltip(" ".join(text.stage_label(c) for c in STAGES)))
        self.save = QCheckBox(self.tr("Save corrections to the project"))
        self.save.setChecked(True)
        layout.addWidget(self.save)
        layout.addStretch(1)

    def _build_form(self, row: ProjectRow) -> QFormLayout:
        """The project's facts, as the user can correct them."""
        form = QFormLayout()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(text.role_label(code, row.platform), code)
        self.role.setCurrentIndex(self.role.findData(row.role))
        self.contract = QComboBox()
        for code in CONTRACT_TYPES:
            self.contract.addItem(text.contract_type_label(code, row.platform), code)
        self.contract.setCurrentIndex(self.contract.findData(row.contract_type))
        self.stage = QComboBox()
        for i, code in enumerate(STAGES):
            self.stage.addItem(text.stage_label(code, row.platform), code)
            self.stage.setItemData(i, text.stage_tooltip(code, row.platform), Qt.ItemDataRole.ToolTipRole)
        self.stage.setCurrentIndex(self.stage.findData(row.stage))
        self.plan_change = QCheckBox(self.tr("A plan change (計画変更) is pending"))
        self.plan_change.setChecked(row.plan_change_pending)
        self.plan_change.setVisible(row.platform == "lancers" or row.plan_change_pending)  # (a Lancers procedure)
        self.read = QComboBox()
        for code in ("unknown", "unread", "read"):
            self.read.addItem(text.read_state_label(code), code)
        state = row.state
        current = {True: "read", False: "unread"}.get(state.last_sent_read if state else None, "unknown")
        self.read.setCurrentIndex(self.read.findData(current))
        self.read.setToolTip(self.tr("Look at your latest message on the platform: does it show 既読 (read) or 未読 (unread)?"))
        self.read.setEnabled(bool(state and state.unanswered) and row.platform in READ_STATE_PLATFORMS)
        if row.platform not in READ_STATE_PLATFORMS:
            self.read.setToolTip(self.tr("This platform shows no read state. Record when they were last online "
                                         "(最終アクセス) in the project instead: it tells the likely causes."))
        form.addRow(self.tr("Your role"), self.role)
        form.addRow(self.tr("Contract type"), self.contract)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow("", self.plan_change)
        form.addRow(self.tr("Your latest message is"), self.read)
        return form

    def _build_facts(self) -> QGroupBox:
        """What the message log says (read only)."""
        state = self.w.row.state
        facts = QGroupBox(self.tr("From your message log"))
        facts_form = QFormLayout(facts)
        tz, now = self.w.tz, self.w.now
        last_in = state.last_received_at if state else None
        facts_form.addRow(self.tr("Their last message on the platform"), plain_label(text.format_time(last_in, tz) or self.tr("none")))
        count = state.unanswered_count if state else 0
        facts_form.addRow(self.tr("Your unanswered messages"), plain_label(str(count)))
        waited = state.waiting_for(now) if state else None
        facts_form.addRow(self.tr("Waiting for"), plain_label(text.format_duration(waited) if waited is not None else "—"))
        owed = state.reply_owed_for(now) if state else None
        facts_form.addRow(self.tr("You owe a reply for"), plain_label(text.format_duration(owed) if owed is not None else "—"))
        return facts

    def _build_requests(self, row: ProjectRow) -> QGroupBox:
        """The reminder requests open on either side, as the user can correct them."""
        requests = QGroupBox(self.tr("Reminder requests (連絡催促申請)") if row.platform == "lancers"
                             else self.tr("Formal requests on the platform"))
        req_form = QFormLayout(requests)
        self.own = QCheckBox(self.tr("I filed one, pending since"))
        self.own_at = DateTimeField(self.w.controller.now, self.w.tz)
        self.own_at.set_names(self.tr("When I filed my request"), self.tr("Set when I filed my request to now"))
        self.against = QCheckBox(self.tr("One was filed against me at"))
        self.against_at = DateTimeField(self.w.controller.now, self.w.tz)
        self.against_at.set_names(self.tr("When the request against me was filed"),
                                  self.tr("Set when the request against me was filed to now"))
        for box, field, value in ((self.own, self.own_at, row.own_request_at), (self.against, self.against_at, row.request_against_at)):
            box.setChecked(value is not None)
            if value is not None:
                field.set_value(value)
            field.setEnabled(value is not None)
            box.toggled.connect(field.setEnabled)
            req_form.addRow(box, field)
        return requests

    def nextId(self) -> int:
        # Skip the question page when there is nothing to ask.
        return P_QUESTIONS if self.w.asks_continue() else P_DIAGNOSIS


class QuestionsPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("2. What only you know"))
        self.setSubTitle(self.tr("A question the project's data cannot answer."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("Why ask?"), self.tr(
            "For a client mid-contract, the right step depends on whether you still want the work: a reminder request "
            "that goes unanswered cancels the escrow and releases the project."))
        self.continue_box = QGroupBox(self.tr("Do you want the work to continue?"))
        box_layout = QVBoxLayout(self.continue_box)
        self.answers = QButtonGroup(self)
        self.yes = QRadioButton(self.tr("Yes, I want them to finish the work"))
        self.no = QRadioButton(self.tr("No, I want to end the contract and get the escrow back"))
        self.unsure = QRadioButton(self.tr("Not sure yet"))
        for i, b in enumerate((self.yes, self.no, self.unsure)):
            self.answers.addButton(b, i)
            box_layout.addWidget(b)
        # the answer given before (kept on the project), else "not sure"
        {True: self.yes, False: self.no}.get(wizard.row.wants_to_continue, self.unsure).setChecked(True)
        layout.addWidget(self.continue_box)
        self.nothing = plain_label(self.tr("Nothing more to ask: the project's data answers the rest."), wrap=True)
        layout.addWidget(self.nothing)
        layout.addStretch(1)

    def initializePage(self) -> None:
        asks = self.w.asks_continue()
        self.continue_box.setVisible(asks)
        self.nothing.setVisible(not asks)

    def wants_to_continue(self) -> bool | None:
        if not self.w.asks_continue():
            return None
        return {0: True, 1: False}.get(self.answers.checkedId())


class DiagnosisPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("3. Why they may be quiet"))
        self.setSubTitle(self.tr("The likely causes, from the read state of your latest message."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("How is this worked out?"), self.tr(
            "From the read state of your latest unanswered message: unread points to not logging in or a missed e-mail; "
            "read but unanswered points to being ignored, which is rare once escrow is funded."))
        self.body = plain_label("", wrap=True)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def initializePage(self) -> None:
        rec = self.w.recommendation()
        causes = [c for c in ("not_logging_in", "missed_email", "ignoring") if c in rec.likely_causes]
        if not causes:
            self.body.setText(self.tr("You are not waiting on them right now, so there is nothing to diagnose."))
        else:
            stage = self.w.situation().stage
            self.body.setText("\n\n".join("• " + text.cause_text(c, stage) for c in causes))
        self.body.setToolTip(text.glossary_tooltip(self.body.text()))


class RecommendationPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("4. What to do"))
        self.setSubTitle(self.tr("The platform's rules applied to this project, and why."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("Where do these rules come from?"), self.tr(
            "From the platform's published rules (the source of each is listed with the date it was last checked) "
            "and from common Japanese business etiquette for follow-ups."))
        self.headline = plain_label("", wrap=True)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.explain = plain_label("", wrap=True)
        self.reasons = plain_label("", wrap=True)
        self.dates = plain_label("", wrap=True)
        self.warnings = plain_label("", wrap=True)
        set_tone(self.warnings, "warning")
        layout.addWidget(self.headline)
        layout.addWidget(self.explain)
        layout.addWidget(self.reasons)
        layout.addWidget(self.dates)
        layout.addWidget(self.warnings)
        self.choices_box = QGroupBox(self.tr("Your choice"))
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices = QButtonGroup(self)
        layout.addWidget(self.choices_box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._shown_for = self.w.signature()
        rec = self.w.recommendation()
        now, tz = self.w.now, self.w.tz
        self.headline.setText(text.action_label(rec.action, self.w.row.platform))
        self.explain.setText(text.next_step_explanation(rec))
        lines = []
        for reason in rec.reasons:
            line = "• " + text.reason_text(reason.code, self.w.row.platform)
            if reason.rule is not None:
                line += "\n   " + self.tr("Source: %1 (checked %2)").replace("%1", text.short_url(reason.rule.source)).replace(
                    "%2", reason.rule.checked.isoformat())
            lines.append(line)
        self.reasons.setText("\n".join(lines))
        dates = []
        possible = rec.request_possible_at or request_possible_at(self.w.situation(), self.w.controller.thresholds)
        if possible is not None and possible > now:
            dates.append(self.tr("Reminder request possible from: %1").replace("%1", text.format_time(possible, tz)))
        elif possible is not None:
            dates.append(self.tr("The reminder request has been possible since %1.").replace("%1", text.format_time(possible, tz)))
        if rec.wait_until is not None:
            dates.append(self.tr("Next step due: %1 (in %2)").replace("%1", text.format_time(rec.wait_until, tz)).replace(
                "%2", text.format_duration(rec.wait_until - now)))
        if rec.deadline_at is not None:
            dates.append(self.tr("Request deadline: %1").replace("%1", text.format_time(rec.deadline_at, tz)))
        self.dates.setText("\n".join(dates))
        said = {w for reason in rec.reasons for w in text.REASON_SAYS.get(reason.code, ())}
        shown = [w for w in sorted(rec.warnings) if w not in said]  # each point once on the page
        pack = pack_for(self.w.row.platform)
        cited = {reason.rule for reason in rec.reasons if reason.rule is not None}
        rules = [r for w in shown if (r := pack.rule_for(f"warning:{w}")) is not None and r not in cited]
        warning_lines = ["⚠ " + text.warning_text(w, self.w.row.platform) for w in shown]
        if rules:
            warning_lines.append(text.sources_text(rules))
        self.warnings.setText("\n".join(warning_lines))
        self.warnings.setVisible(bool(shown))
        for label in (self.headline, self.explain, self.reasons, self.warnings):
            label.setToolTip(text.glossary_tooltip(label.text()))
        # the choices: the recommendation first, then the alternatives that make sense
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            button.deleteLater()
        for i, action in enumerate(self.w.alternatives(rec)):
            label = text.action_label(action, self.w.row.platform)
            if i == 0:
                label = self.tr("%1 (recommended)").replace("%1", label)
            button = QRadioButton(label)
            button.setProperty("action", action)
            self.choices.addButton(button, i)
            self.choices_layout.addWidget(button)
            button.setChecked(i == 0)

    def showEvent(self, event: Any) -> None:
        # Back from the action page after recording something: show the new situation
        if getattr(self, "_shown_for", None) != self.w.signature():
            self.initializePage()
        super().showEvent(event)

    def chosen(self) -> str:
        button = self.choices.checkedButton()
        return str(button.property("action")) if button is not None else self.w.recommendation().action.value

    def nextId(self) -> int:
        return P_FILING if self.w.files() else P_ACTION


def _next_hint() -> str:
    return QCoreApplication.translate("FilingPage", "Next becomes available once you tick the box above.")


class FilingPage(QWizardPage):
    """Before any filing: the outcome preview and the retaliation warning, acknowledged."""

    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("5. Before you file"))
        self.setSubTitle(self.tr("Read this carefully: a reminder request has consequences for both sides."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("Why this warning?"), self.tr(
            "People file in a panic and regret it: at the wrong stage a request can throw away weeks of delivered work, "
            "and the other side may retaliate with a negative rating."))
        self.against_advice = plain_label("", wrap=True)
        set_tone(self.against_advice, "error", bold=True)
        self.outcome = plain_label("", wrap=True)
        self.deadline = plain_label("", wrap=True)
        self.retaliation = plain_label(text.warning_text("rating_retaliation"), wrap=True)
        self.review = plain_label(text.warning_text("support_reviews_after_deadline"), wrap=True)
        self.ack = QCheckBox(self.tr("I understand the outcome and that they may rate me 残念 in return"))
        self.registerField("ack*", self.ack)
        # why Next is unavailable: said on the page and on the button (for screen readers)
        self.ack_hint = plain_label(_next_hint(), wrap=True)
        self.ack.toggled.connect(lambda _on: self.w.explain_next())
        self.sources = plain_label("", wrap=True)
        for widget in (self.against_advice, self.outcome, self.deadline, self.retaliation, self.review, self.ack,
                       self.ack_hint, self.sources):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:
        rec = self.w.recommendation()
        stage = self.w.situation().stage
        # what the route the user would file leads to at this stage (its own outcome)
        outcome = pack_for(self.w.row.platform).route(self.w.filed_route() or None).outcome_for_stage(stage)
        platform = self.w.row.platform
        self.retaliation.setText(text.warning_text("rating_retaliation", platform))
        self.review.setText(text.warning_text("support_reviews_after_deadline", platform))
        self.outcome.setText(text.outcome_text(outcome, platform=platform))
        risky = self.w.situation().role == "worker" and stage in MID_CONTRACT
        advice = []
        if rec.action not in (Action.FILE_REQUEST, Action.REPORT_COMPLETION_FIRST):
            advice.append(self.tr("This is against the recommendation (%1).").replace("%1", text.action_label(rec.action, platform)))
        if risky:
            advice.append(text.warning_text("deliverables_at_risk", platform))
        s, t = self.w.situation(), self.w.controller.thresholds
        if rec.action is Action.REPORT_COMPLETION_FIRST or self.w.chosen_action() == "report_completion_first":
            # one story: report completion, then file (the outcome below is after the report)
            outcome = "payment_confirmed"
            self.outcome.setText(text.outcome_text(outcome, platform=platform))
            advice = [self.tr("First report completion (仕事完了報告) on the platform; then file the request. "
                              "The outcome below is what happens after the report.")]
            possible = request_possible_at(s._replace(stage="completion_reported"), t)
        else:
            possible = request_possible_at(s, t)
        if 0 < len(s.unanswered_sent) < t.follow_ups_before_formal:
            advice.append(self.tr("You have sent %1 unanswered message(s). The platform suggests about 3 messages a few days "
                                  "apart first: the request is not meant to be used often.").replace("%1", str(len(s.unanswered_sent))))
        if possible is None:
            advice.append(text.warning_text("not_eligible", platform))
        elif possible > self.w.now:
            advice.append(self.tr("The platform will only accept the request from %1.").replace("%1", text.format_time(possible, self.w.tz)))
        self.against_advice.setText("\n".join(advice))
        self.against_advice.setVisible(bool(advice))
        filed = max(self.w.now, possible) if possible is not None else self.w.now
        pack = pack_for(self.w.row.platform)
        route = pack.route(self.w.filed_route() or None)
        deadline = route.deadline_at(filed, t)  # (the route's own clock: 7 days, 2 business days...)
        if route.code == "lancers_reminder_request":
            when = self.tr("If you file now, the deadline is %1 (7 days, 168 hours).") if filed == self.w.now else self.tr(
                "If you file on %2, the deadline is %1 (7 days, 168 hours).").replace("%2", text.format_time(filed, self.w.tz))
        else:
            when = self.tr("If you file %3 now, its clock ends %1.") if filed == self.w.now else self.tr(
                "If you file %3 on %2, its clock ends %1.").replace("%2", text.format_time(filed, self.w.tz))
            when = when.replace("%3", text.route_label(route.code, self.w.row.platform))
        self.deadline.setText(when.replace("%1", text.format_time(deadline, self.w.tz)))
        rules = [pack.rule_for(k) for k in (f"outcome:{outcome}", "deadline", "warning:rating_retaliation",
                                            "warning:support_reviews_after_deadline")]
        self.sources.setText(text.sources_text(r for r in rules if r is not None))
        for label in (self.against_advice, self.outcome, self.retaliation, self.review, self.ack):
            label.setToolTip(text.glossary_tooltip(label.text()))


class ActionPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("6. Act"))
        self.setSubTitle(self.tr("Copy the text, act on the platform, then record what you did."))
        layout = QVBoxLayout(self)
        _page_header(self, layout, self.tr("Why record it?"), self.tr(
            "Recording when you filed or contacted support starts the right timers (the 7-day deadline) and keeps a calm, "
            "dated record in case of a dispute or a retaliatory rating."))
        self.instructions = plain_label("", wrap=True)
        layout.addWidget(self.instructions)
        layout.addLayout(self._build_text_choice())
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(180)
        self.text.setTabChangesFocus(True)  # (a Tab typed into a message to support would be sent)
        self.text.setAccessibleName(self.tr("Text to copy and send"))
        self.text_label = QLabel(self.tr("&Text"))
        self.text_label.setBuddy(self.text)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self._build_record())
        self.text_kind.currentIndexChanged.connect(self._fill_text)
        self.text_lang.currentIndexChanged.connect(self._fill_text)

    def _build_text_choice(self) -> QHBoxLayout:
        """Which prepared text, in which language."""
        lang_row = QHBoxLayout()
        self.text_kind = QComboBox()
        self.text_kind.addItem(self.tr("Follow-up message"), "follow_up")
        self.text_kind.addItem(self.tr("Support (事務局) inquiry"), "support")
        self.text_kind.addItem(self.tr("Note after filing a request"), "filing")
        self.text_kind.addItem(self.tr("Reply message"), "reply")
        self.text_kind.addItem(self.tr("Deadline notice (before cancelling)"), "deadline_notice")
        self.text_lang = QComboBox()
        self.text_lang.addItem("日本語", "ja")
        self.text_lang.addItem("English", "en")
        self.text_lang.setToolTip(self.tr("The language of the texts to the other side and to support, kept for this project"))
        self._language_set = False
        self.text_lang.activated.connect(lambda _i: self.w.remember_text_language(self.text_lang.currentData()))
        self.kind_label = QLabel(self.tr("Te&mplate"))
        self.kind_label.setBuddy(self.text_kind)
        self.lang_label = QLabel(self.tr("&Language"))
        self.lang_label.setBuddy(self.text_lang)
        lang_row.addWidget(self.kind_label)
        lang_row.addWidget(self.text_kind, 1)
        lang_row.addWidget(self.lang_label)
        lang_row.addWidget(self.text_lang)
        return lang_row

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.copy = QPushButton(self.tr("Copy text"))
        self.copy.clicked.connect(self._copy)
        self.open_page = QPushButton(self.tr("Open project page"))
        self.open_page.clicked.connect(self._open)
        self.report = QPushButton(self.tr("Save an evidence report…"))
        self.report.setToolTip(self.tr("The project's facts and its whole contact history, as PDF or Markdown, to attach to your inquiry"))
        self.report.clicked.connect(self._save_report)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.open_page)
        buttons.addWidget(self.report)
        buttons.addStretch(1)
        return buttons

    def _build_record(self) -> QGroupBox:
        """Record what the user did on the platform, at a time they can correct."""
        record = QGroupBox(self.tr("Record what you did"))
        record_layout = QFormLayout(record)
        self.when = DateTimeField(self.w.controller.now, self.w.tz)
        self.when.set_names(self.tr("When you did it"), self.tr("Set when you did it to now"))
        record_layout.addRow(self.tr("&At"), self.when)
        record_buttons = QHBoxLayout()
        self.filed = QPushButton(self.tr("I filed the request"))
        self.filed.clicked.connect(self._record_filed)
        self.support = QPushButton(self.tr("I contacted support"))
        self.support.clicked.connect(self._record_support)
        self.reported = QPushButton(self.tr("I reported completion"))
        self.reported.clicked.connect(self._record_completion)
        self.replied = QPushButton(self.tr("I replied on the platform"))
        self.replied.clicked.connect(self._record_reply)
        self.archive = QPushButton(self.tr("Archive this project"))
        self.archive.setToolTip(self.tr("It leaves the list of active projects and stops its reminders; its history is kept."))
        self.archive.clicked.connect(self._archive)
        for b in (self.filed, self.support, self.reported, self.replied, self.archive):
            record_buttons.addWidget(b)
        record_buttons.addStretch(1)
        record_layout.addRow(record_buttons)
        self.error = error_label(self)
        record_layout.addRow(self.error)
        self.recorded = plain_label("", wrap=True)
        self.recorded.hide()
        record_layout.addRow(self.recorded)
        return record

    def initializePage(self) -> None:
        action = self.w.chosen_action()
        self.instructions.setText(self._instructions(action))
        self.instructions.setToolTip(text.glossary_tooltip(self.instructions.text()))
        kind = {
            "contact_support": "support",
            "file_request": "filing",
            "report_completion_first": "filing",  # (the note to send once the request is filed)
            "reply_now": "reply",
            "respond_to_request": "reply",
        }.get(action, "follow_up")
        if any(r.code == "announce_deadline_first" for r in self.w.recommendation().reasons):
            kind = "deadline_notice"  # (Coconala: announce a date in the talk room before cancelling)
        self.text_kind.setCurrentIndex(self.text_kind.findData(kind))
        if not self._language_set:  # the reader's language, kept while the user moves between pages
            self.text_lang.setCurrentIndex(self.text_lang.findData(self.w.text_language()))
            self._language_set = True
        self.error.hide()
        first = action == "report_completion_first"
        self.filed.setVisible(action == "file_request" or (first and not self.w.delivers_formally()))
        self.filed.setEnabled(action == "file_request" or self.w.situation().stage == "completion_reported")
        self.reported.setVisible(first)
        self.support.setVisible(action == "contact_support")
        # a reply in the messages is the answer only where it settles the matter (not to a request
        # answered on the platform, nor a buyer's review window; yes to Coconala's first message)
        rec = self.w.recommendation()
        s_ = self.w.situation()
        by_reply = action == "reply_now" or (action == "respond_to_request" and (
            (s_.request_against_user_at is not None and pack_for(self.w.row.platform).cleared_by_reply(rec.route))
            or rec.route == "coconala_first_reply"))
        self.replied.setVisible(by_reply)
        self.archive.setVisible(action == "move_on")
        self.report.setVisible(action == "contact_support")
        # "move on" and "nothing to do" have no text to send
        has_text = action not in ("move_on", "nothing_to_do", "wait", "track_request")
        for widget in (self.text, self.text_kind, self.text_lang, self.text_label, self.kind_label, self.lang_label, self.copy):
            widget.setVisible(has_text)
        self.open_page.setEnabled(checked_url(self.w.row.url) is not None)
        self.open_page.setToolTip(url_tooltip(self.w.row.url))
        self._fill_text()

    def _instructions(self, action: str) -> str:
        s, t = self.w.situation(), self.w.controller.thresholds
        if action == "report_completion_first" and self.w.delivers_formally():
            return self.tr("Do the platform's formal delivery (%1) on the project page, only for finished work, then record "
                           "it here. Nothing else needs filing: the other side's time to accept then runs, and the platform "
                           "completes the order by itself if they stay silent.").replace(
                "%1", text.route_label(self.w.recommendation().route, self.w.row.platform))
        if action == "report_completion_first":
            possible = request_possible_at(s._replace(stage="completion_reported"), t)
            if possible is not None and possible > self.w.now:
                return self.tr("Open the project page and report completion (仕事完了報告), then record it here. The request "
                               "can be filed from %1.").replace("%1", text.format_time(possible, self.w.tz))
            return self.tr("Open the project page and report completion (仕事完了報告), then record it here. Right after that "
                           "you can file the reminder request (the 7 days without contact have already passed): record it "
                           "with “I filed the request”.")
        route = self.w.filed_route()
        rec = self.w.recommendation()
        if action == "respond_to_request" and s.request_against_user_at is not None \
                and not pack_for(self.w.row.platform).cleared_by_reply(rec.route):
            return self.tr("Answer the request itself on the platform (accept or refuse it) before its deadline: a "
                           "message does not settle it. Then record what happened in the project (Record what happened…).")
        if action == "respond_to_request" and s.request_against_user_at is None and rec.route:
            # an obligation with a platform deadline (Coconala's first reply, a buyer's review...)
            return self.tr("Do what the platform expects of you before its deadline (%1), then record it here.").replace(
                "%1", text.route_label(rec.route, self.w.row.platform))
        if action == "file_request" and route and route != "lancers_reminder_request":
            return self.tr("Open the project page and file %1 there. Then record the time you filed it.").replace(
                "%1", text.route_label(route, self.w.row.platform))
        return {
            "file_request": self.tr("Open the project page and file the reminder request (連絡催促申請) there. Then record the time you filed it."),
            "contact_support": self.tr("Copy the inquiry and send it to the platform's support (事務局) from its contact form. Then record when you contacted them."),
            "send_follow_up": self.tr("Copy the follow-up and send it on the platform, then log it with \u201cI sent a message now\u201d."),
            "reply_now": self.tr("Open the project page and answer them on the platform, then log your reply."),
            "respond_to_request": self.tr("Reply in the platform's messages before the deadline, even briefly, then log your reply. "
                                          "The platform does not state what a reply does to the request: if unsure, ask support too."),
            "move_on": self.tr("We recommend letting this one go: without a contract there is no formal step, and more "
                               "messages cost you time. If you want to close it politely, decline in a short message; then "
                               "archive the project."),
            "wait": self.tr("Nothing to do yet: the project shows when the next step is due, and a reminder comes then."),
            "track_request": self.tr("Nothing to do until the deadline: the project shows the countdown, and a reminder comes then."),
        }.get(action, self.tr("Nothing needs doing now."))

    def _fill_text(self) -> None:
        self.text.setPlainText(self.w.prepared_text(self.text_kind.currentData(), self.text_lang.currentData()))

    def _save_report(self) -> None:
        window = self.w.parent()
        if window is not None and hasattr(window, "save_report"):
            window.save_report(self.w.row.id)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        line = self.tr("Copied: %1 (%2)").replace("%1", self.text_kind.currentText()).replace("%2", self.text_lang.currentText())
        if line not in self.w.recorded:  # once, saying which text
            self.w.log(line)

    def _open(self) -> None:
        open_project_page(self, self.w.row.url)

    def _record(self, fn: Any, label: str) -> bool:
        self.error.hide()
        try:
            fn(self.when.value())
        except ValidationError as err:
            message = validation_message(err)
            if err.code == "request_open":
                message = self.tr("A reminder request is already open for this project.")
            self.error.setText(message)
            self.error.show()
            return False
        self.w.log(label.replace("%1", text.format_time(self.when.value(), self.w.tz)))
        self.recorded.setText("✓ " + self.w.recorded[-1])
        self.recorded.show()
        return True

    def _record_filed(self) -> None:
        route = self.w.filed_route()
        name = text.route_label(route or pack_for(self.w.row.platform).request.code, self.w.row.platform)
        label = self.tr("Recorded: you filed %2 at %1").replace("%2", name)  # (%1: the time, by _record)
        if self._record(lambda at: self.w.controller.record_request(self.w.row.id, "user", at, route), label):
            self.filed.setEnabled(False)
            # the situation has changed: the earlier pages now show it (your request is pending)
            p = self.w.situation_page
            p.own.setChecked(True)
            p.own_at.set_value(self.when.value())

    def _record_reply(self) -> None:
        from companion.store.repo import MessageInput

        if self._record(
            lambda at: self.w.controller.log_message(self.w.row.id, MessageInput(at=at, direction="out")),
            self.tr("Recorded: you replied at %1"),
        ):
            self.replied.setEnabled(False)

    def _record_support(self) -> None:
        self._record(lambda at: self.w.controller.record_support_contact(self.w.row.id, at), self.tr("Recorded: you contacted support at %1"))

    def _record_completion(self) -> None:
        def report(at: datetime) -> None:
            self.w.controller.set_stage(self.w.row.id, "completion_reported")
            self.w.controller.set_stage_entered_at(self.w.row.id, at)  # the platform's clock starts then

        if self._record(report, self.tr("Recorded: you reported completion (%1)")):
            self.reported.setEnabled(False)
            stage = self.w.situation_page.stage
            stage.setCurrentIndex(stage.findData("completion_reported"))
            # the next step of the same story: file (the filing page was read and acknowledged)
            self.filed.setEnabled(True)
            self.instructions.setText(self._instructions("report_completion_first"))

    def _archive(self) -> None:
        if self._record(lambda at: self.w.controller.set_archived(self.w.row.id, True), self.tr("Archived the project (%1)")):
            self.archive.setEnabled(False)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: DecisionWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("7. Summary"))
        self.setSubTitle(self.tr("What was decided and recorded. It is kept in the project's history."))
        layout = QVBoxLayout(self)
        self.body = plain_label("", wrap=True, selectable=True)  # a record worth quoting
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        rec = self.w.recommendation()
        rec = self.w.first_recommendation or rec
        lines = [
            self.tr("Recommended: %1").replace("%1", text.action_label(rec.action, self.w.row.platform)),
            self.tr("Your choice: %1").replace("%1", text.action_label(self.w.chosen_action(), self.w.row.platform)),
        ]
        if self.w.recorded:
            lines.append("")
            lines += ["• " + d for d in self.w.recorded]
            after = self.w.recommendation()
            lines += ["", self.tr("Next: %1").replace("%1", text.next_step_text(after, self.w.now))]
            pending = repo.open_requests(self.w.row.id)
            if pending and pending[0].side == "user":
                deadline = pending[0].filed_at + self.w.controller.thresholds.request_deadline
                lines += ["", self.tr("Its deadline is %1. The project shows the countdown; record what happens with “Record what happened…”.").replace(
                    "%1", text.format_time(deadline, self.w.tz))]
        else:
            lines += ["", self.tr("Nothing was recorded. You can come back to this wizard at any time.")]
        self.body.setText("\n".join(lines))


class DecisionWizard(QWizard):
    def __init__(self, controller: Controller, row: ProjectRow, ui_lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.row = row
        self.ui_lang = ui_lang
        self.now: datetime = controller.now()
        self.tz = controller.clock.local_tz()
        self.recorded: list[str] = []
        self.setWindowTitle(self.tr("What should I do? — %1").replace("%1", row.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(820, 620)
        self.situation_page = SituationPage(self)
        self.questions_page = QuestionsPage(self)
        self.diagnosis_page = DiagnosisPage(self)
        self.recommendation_page = RecommendationPage(self)
        self.filing_page = FilingPage(self)
        self.action_page = ActionPage(self)
        self.summary_page = SummaryPage(self)
        for pid, page in (
            (P_SITUATION, self.situation_page),
            (P_QUESTIONS, self.questions_page),
            (P_DIAGNOSIS, self.diagnosis_page),
            (P_RECOMMENDATION, self.recommendation_page),
            (P_FILING, self.filing_page),
            (P_ACTION, self.action_page),
            (P_SUMMARY, self.summary_page),
        ):
            self.setPage(pid, page)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setFixedWidth(210)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for pid in (P_SITUATION, P_QUESTIONS, P_DIAGNOSIS, P_RECOMMENDATION, P_FILING, P_ACTION, P_SUMMARY):
            self.steps.addItem(self.page(pid).title())
        self.setSideWidget(self.steps)
        # the buttons' names without "<" and ">" (read out as "less than Back", "Next greater than")
        self.button(QWizard.WizardButton.BackButton).setAccessibleName(self.tr("Back"))
        self.button(QWizard.WizardButton.NextButton).setAccessibleName(self.tr("Next"))
        self.currentIdChanged.connect(self._step_changed)
        self.situation_page.save.setToolTip(self.tr("Stage, contract type, role and plan change are written back to the project."))
        self.accepted.connect(self._finish)
        self._saved = False
        self.first_recommendation: Recommendation | None = None

    # --- the inputs, as corrected by the user
    def asks_continue(self) -> bool:
        p = self.situation_page
        return p.role.currentData() == "client" and p.stage.currentData() in MID_CONTRACT

    def facts(self) -> Facts:
        """The project's facts as the user corrected them on the first pages."""
        p = self.situation_page
        return Facts(
            platform=self.row.platform,
            role=p.role.currentData(),
            contract_type=p.contract.currentData(),
            stage=p.stage.currentData(),
            plan_change_pending=p.plan_change.isChecked(),
            own_request_at=p.own_at.value() if p.own.isChecked() else None,
            request_against_at=p.against_at.value() if p.against.isChecked() else None,
            wants_to_continue=self.questions_page.wants_to_continue(),
            read_correction=p.read.currentData(),
            # the platforms' clocks: from when the project entered its stage (now, if the user
            # corrects the stage here), the routes of its open requests, "last seen online"
            stage_entered_at=self.row.stage_entered_at if p.stage.currentData() == self.row.stage else self.now,
            own_request_route=self.row.own_request_route if p.own.isChecked() else None,
            request_against_route=self.row.request_against_route if p.against.isChecked() else None,
            counterparty_last_seen_at=self.row.counterparty_last_seen_at,
        )

    def evaluation(self) -> Evaluation:
        return evaluate(self.facts(), self.row.messages, self.controller.thresholds, self.now)

    def situation(self) -> Situation:
        return self.evaluation().situation

    def recommendation(self) -> Recommendation:
        return self.evaluation().recommendation

    def signature(self) -> tuple[object, ...]:
        s = self.situation()
        return (s.role, s.contract_type, s.stage, s.plan_change_pending, s.own_request_filed_at, s.request_against_user_at, s.wants_to_continue, s.last_sent_read)

    def alternatives(self, rec: Recommendation) -> list[str]:
        return [a.value for a in policy_alternatives(self.situation(), rec, self.controller.thresholds)]

    def chosen_action(self) -> str:
        return self.recommendation_page.chosen()

    def filed_route(self) -> str:
        """The route the user files: the recommended one when the recommendation files (or
        reports completion first: then the platform's main request), else the platform's main one."""
        pack = pack_for(self.row.platform)
        rec = self.recommendation()
        codes = {r.code for r in pack.request_routes(self.situation().role)}
        if rec.route in codes and rec.action is Action.FILE_REQUEST:
            return rec.route or ""
        if self.delivers_formally():
            return ""  # (nothing is filed: the platform's own clock follows the delivery)
        return pack.request.code if pack.request.code in codes else ""

    def delivers_formally(self) -> bool:
        """The step is the platform's formal delivery and nothing is filed after it (Coconala's
        正式な納品, Upwork's "submit work", Fiverr's "deliver": the buyer's own clock then works
        for the user); on Lancers reporting completion is the step before filing."""
        rec = self.recommendation()
        return (self.chosen_action() == "report_completion_first" and rec.route is not None
                and rec.route != "lancers_completion_report")

    def files(self) -> bool:
        """The choice leads to filing (on Lancers, reporting completion first is the step before
        it): the filing page, with the outcome and the acknowledged retaliation warning, comes first."""
        if self.delivers_formally():
            return False
        return self.chosen_action() in ("file_request", "report_completion_first")

    # --- texts
    def prepared_text(self, kind: str, lang: str) -> str:
        s = self.situation()
        if kind == "support":
            history = [
                HistoryLine(item.message.at, item.message.direction, item.message.channel, item.message.read_state)
                for item in reversed(reads.timeline(self.row.id)) if item.message is not None
            ]
            return support_inquiry(
                lang,
                platform=self.row.platform,
                title=self.row.title,
                url=self.row.url,
                counterparty=self.row.counterparty,
                role=s.role,
                contract_type=s.contract_type,
                stage=s.stage,
                last_received=s.last_received_at,
                unanswered=s.unanswered_sent,
                last_sent_read=s.last_sent_read,
                history=history,
                tz=self.tz,
                instead_of_request=request_possible_at(s, self.controller.thresholds) is not None,
            )
        if kind == "filing":
            return filing_notice(
                lang,
                counterparty=self.row.counterparty,
                title=self.row.title,
                silent_since=s.last_received_at or (s.unanswered_sent[0] if s.unanswered_sent else None),
                tz=self.tz,
                now=self.now,
                never_wrote=s.last_received_at is None,
                platform=self.row.platform,
            )
        if kind == "deadline_notice":
            return deadline_notice(
                lang, counterparty=self.row.counterparty, title=self.row.title,
                since=s.unanswered_sent[0] if s.unanswered_sent else None, tz=self.tz, now=self.now,
            )
        if kind == "reply" and self.recommendation().route == "coconala_first_reply":
            return first_message(lang, counterparty=self.row.counterparty, title=self.row.title)
        if kind == "reply":
            return reply_opening(
                lang, counterparty=self.row.counterparty, title=self.row.title,
                received_at=s.reply_owed_since, now=self.now, late_after=self.controller.thresholds.reply_owed_after,
            )
        return follow_up(
            lang,
            counterparty=self.row.counterparty,
            title=self.row.title,
            last_sent=s.unanswered_sent[-1] if s.unanswered_sent else None,
            read=s.last_sent_read,
            tz=self.tz,
            first_sent=s.unanswered_sent[0] if s.unanswered_sent else None,
            sent=len(s.unanswered_sent),
            now=self.now,
            platform=self.row.platform,
            # the final follow-up is the message that reaches the setting: after it the app
            # recommends the formal step, so it names a reply-by date and that next step
            final_from=max(self.controller.thresholds.follow_ups_before_formal - 1, 1),
        )

    def log(self, line: str) -> None:
        self.recorded.append(line)

    def text_language(self) -> str:
        """The language of the texts to the other side and support (vocab.text_language)."""
        return text_language(self.row.text_language, self.row.platform, self.ui_lang)

    def remember_text_language(self, lang: str) -> None:
        """The user chose the language of the texts: kept for this project."""
        if lang != self.row.text_language:
            self.controller.set_text_language(self.row.id, lang)
            self.row.text_language = lang

    def _save_read_state(self) -> None:
        """既読 / 未読 as the user sees it on the platform: kept on their latest message."""
        p, state = self.situation_page, self.row.state
        if not (state and state.unanswered) or not p.read.isEnabled():
            return
        stored = {True: "read", False: "unread"}.get(state.last_sent_read, "unknown")
        chosen = p.read.currentData()
        if chosen != stored:
            self.controller.set_latest_read_state(self.row.id, chosen)
            self.log(self.tr("Kept the read state of your latest message: %1").replace("%1", text.read_state_label(chosen)))

    def _save_answers(self) -> None:
        """The answers the data cannot give are kept on the project (the list, the reminders and
        `status` use them)."""
        if not self.asks_continue():
            return
        wants = self.questions_page.wants_to_continue()
        if wants != self.row.wants_to_continue:
            self.controller.set_wants_to_continue(self.row.id, wants)
            self.row.wants_to_continue = wants
            self.log(self.tr("Kept your answer: %1").replace("%1", text.wants_to_continue_label(wants)))

    # --- navigation and finishing
    def _step_changed(self, page_id: int) -> None:
        if page_id == P_RECOMMENDATION and self.first_recommendation is None:
            self.first_recommendation = self.recommendation()
        if page_id in (P_QUESTIONS, P_DIAGNOSIS) and not self._saved:
            self._save_corrections()
        if page_id == P_DIAGNOSIS:
            self._save_answers()
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            font = item.font()
            font.setBold(i == page_id)
            item.setFont(font)
        self.steps.setCurrentRow(page_id)
        self.explain_next()

    def explain_next(self) -> None:
        """Say why Next is unavailable on the filing page (until the outcome is acknowledged)."""
        waiting = self.currentId() == P_FILING and not self.filing_page.ack.isChecked()
        self.filing_page.ack_hint.setVisible(waiting)
        button = self.button(QWizard.WizardButton.NextButton)
        hint = _next_hint() if waiting else ""
        button.setAccessibleDescription(hint)
        button.setToolTip(hint)

    def _save_corrections(self) -> None:
        p = self.situation_page
        if not p.save.isChecked():
            return
        self._save_read_state()
        row = self.row
        changes = {
            "role": p.role.currentData(),
            "contract_type": p.contract.currentData(),
            "stage": p.stage.currentData(),
            "plan_change_pending": p.plan_change.isChecked(),
        }
        if all(getattr(row, k) == v for k, v in changes.items()):
            return
        data = repo.ProjectInput(
            title=row.as_stored.title, platform=row.platform, counterparty=row.as_stored.counterparty, url=row.url,
            amount="" if row.amount is None else str(row.amount), currency=row.currency,
            start_date=row.start_date, notes=row.as_stored.notes, **changes,
        )
        self.controller.update_project(row.id, data)
        self._saved = True
        self.log(self.tr("Saved your corrections to the project"))

    def _finish(self) -> None:
        rec = self.first_recommendation or self.recommendation()
        self.controller.record_wizard_run(
            self.row.id,
            recommended=rec.action.value,
            chosen=self.chosen_action(),
            recorded=list(self.recorded),
        )
