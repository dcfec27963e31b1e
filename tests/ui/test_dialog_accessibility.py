"""Every control a keyboard can reach in the dialogs has a name a screen reader can say, and no
two share one; multi-line editors give Tab back to the dialog.

The names are read as assistive technology reads them: through Qt's accessibility interfaces
(``QAccessible.queryAccessibleInterface``, walked with ``child(i)``), in process. Combo boxes
are the one exception to "the name": on Linux Qt names a combo box after its *current value*
(and ignores ``accessibleName``) and gives its label through a labelled-by relation, which Orca
reads. So a combo box counts as named by the label its relation points at, and it is that label
that must be distinct. (A combo box's popup list is invisible until opened and is skipped.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget, QWizard

from companion.store.repo import MessageInput, ProjectInput
from companion.ui.message_dialog import MarkReadDialog, MessageDialog
from companion.ui.project_dialog import ProjectDialog
from companion.ui.request_dialogs import RequestAgainstDialog, RequestOutcomeDialog, TimeDialog
from companion.ui.settings_dialog import SettingsDialog
from companion.ui.wizard import P_ACTION, P_FILING, P_SITUATION, DecisionWizard

Role = QAccessible.Role


def _interfaces(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue  # (a hidden subtree: a closed popup, another wizard page)
        yield child
        if child.role() != Role.ComboBox or child.object() is None:
            yield from _interfaces(child)
        else:  # an editable combo box's line edit is a control of its own; its list is a popup
            yield from (c for c in _interfaces(child) if c.role() == Role.EditableText)


def spoken_name(iface: QAccessibleInterface) -> str:
    """The name a screen reader says: the accessible name; for a combo box, its label's."""
    if iface.role() == Role.ComboBox:
        labels = [rel[0].text(QAccessible.Text.Name) for rel in iface.relations(QAccessible.RelationFlag.Label)]
        return " ".join(label for label in labels if label).strip()
    return iface.text(QAccessible.Text.Name).strip()


def focusable_controls(widget: QWidget) -> list[tuple[str, QAccessibleInterface]]:
    """(name, interface) of every visible control of ``widget`` that takes keyboard focus."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    found = []
    for iface in _interfaces(root):
        obj = iface.object()
        if not iface.state().focusable or not isinstance(obj, QWidget):
            continue
        if not obj.isVisible() or obj.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append((spoken_name(iface), iface))
    return found


def assert_named_and_distinct(widget: QWidget) -> list[str]:
    controls = focusable_controls(widget)
    assert controls, "nothing focusable found"
    unnamed = [f"{type(i.object()).__name__} {i.object().objectName()!r}" for name, i in controls
               if not name.strip(" .:()<>?")]
    assert not unnamed, f"unnamed controls: {unnamed}"
    names = [name for name, _ in controls]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates, f"names used twice: {duplicates}"
    return names


@pytest.fixture
def shown(qtbot, english):
    def _show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return _show


def test_project_dialog_controls_are_named(shown, clock):
    d = shown(ProjectDialog(None, tz=clock.local_tz(), now=clock.now()))
    names = assert_named_and_distinct(d)
    for expected in ("Start date", "Start date known", "Currency", "Currency code", "In this stage since", "Title", "Notes"):
        assert expected in names, names


def test_project_dialog_with_errors_keeps_its_names(shown, clock):
    d = shown(ProjectDialog(None, tz=clock.local_tz(), now=clock.now()))
    d.url.setText("ftp://x")
    d.accept()
    assert_named_and_distinct(d)
    assert "Only web addresses" in d.url.accessibleDescription()  # the problem is told with the field


def test_message_dialog_controls_are_named(shown, clock):
    d = shown(MessageDialog(clock.now, clock.local_tz()))
    d.read_state.setCurrentIndex(d.read_state.findData("read"))  # (Read at enabled)
    names = assert_named_and_distinct(d)
    for expected in ("When", "Set When to now", "Read at", "Set Read at to now", "Text"):
        assert expected in names, names
    # "Who" reaches the direction chosen by its mnemonic
    assert d.who_label.buddy() is d.sent
    d.received.setChecked(True)
    assert d.who_label.buddy() is d.received


def test_small_dialogs_controls_are_named(shown, clock):
    for d in (
        MarkReadDialog(clock.now, clock.local_tz()),
        RequestAgainstDialog(clock.now, clock.local_tz(), routes=[("a", "First"), ("b", "Second")]),
        RequestOutcomeDialog("user", now=clock.now, tz=clock.local_tz()),
        TimeDialog("t", "why", "Last seen", clock.now, clock.local_tz(), None, optional=True),
    ):
        assert_named_and_distinct(shown(d))


def test_settings_dialog_controls_are_named_and_restore_defaults_comes_in_its_place(shown, database):
    from PySide6.QtWidgets import QDialogButtonBox

    from companion.store import settings

    d = shown(SettingsDialog(values=settings.values()))
    for key in ("quiet_start", "digest_hour"):
        d.fields[key].switch.setChecked(True)  # (their editors are enabled only then)
    names = assert_named_and_distinct(d)
    for expected in ("Quiet hours from", "Quiet hours to", "Daily digest time"):
        assert expected in names, names
    box = d.findChild(QDialogButtonBox)
    restore = box.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    # Tab goes through the buttons as they are shown, from left to right
    visual = sorted(box.buttons(), key=lambda b: b.mapTo(d, b.rect().topLeft()).x())
    order, w = [], visual[0]
    for _ in visual:
        order.append(w)
        w = w.nextInFocusChain()
        while not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            w = w.nextInFocusChain()
    assert order == visual
    assert restore in order and ok in order


def _wizard(controller, clock, shown) -> DecisionWizard:
    pid = controller.create_project(ProjectInput(title="バナー制作", counterparty="山田", stage="completion_reported"))
    now = clock.now()
    from datetime import timedelta

    controller.log_message(pid, MessageInput(at=now - timedelta(days=10), direction="in"))
    for k in range(3):
        controller.log_message(pid, MessageInput(at=now - timedelta(days=9 - 3 * k), direction="out", read_state="unread"))
    row = next(r for r in controller.overview() if r.id == pid)
    return shown(DecisionWizard(controller, row, "en"))


def test_every_wizard_page_has_named_controls(controller, clock, shown):
    w = _wizard(controller, clock, shown)
    seen = set()
    for _ in range(10):
        page = w.currentId()
        seen.add(page)
        if page == P_SITUATION:  # (the request times are enabled, and named, when ticked)
            w.situation_page.own.setChecked(True)
            w.situation_page.against.setChecked(True)
            names = assert_named_and_distinct(w)
            assert "When I filed my request" in names and "Set when I filed my request to now" in names
            w.situation_page.own.setChecked(False)
            w.situation_page.against.setChecked(False)
        names = assert_named_and_distinct(w)
        assert "Back" in names or page == P_SITUATION
        assert not any(n.startswith("<") or n.endswith(">") for n in names), names
        assert any(n.startswith("Why? (") for n in names), names
        if page == P_FILING:
            w.filing_page.ack.setChecked(True)
        if page == P_ACTION:
            assert "Text to copy and send" in names and "When you did it" in names
            break
        w.next()
    assert {P_SITUATION, P_FILING, P_ACTION} <= seen
    steps = QAccessible.queryAccessibleInterface(w.steps)
    assert steps.text(QAccessible.Text.Name) == "Steps"


def test_wizard_says_why_next_is_unavailable_before_filing(controller, clock, shown):
    w = _wizard(controller, clock, shown)
    while w.currentId() != P_FILING:
        w.next()
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "tick the box" in next_button.accessibleDescription()
    assert w.filing_page.ack_hint.isVisible()
    w.filing_page.ack.setChecked(True)
    assert next_button.isEnabled() and next_button.accessibleDescription() == ""
    assert not w.filing_page.ack_hint.isVisible()


def _editors(controller, clock, shown) -> list[QPlainTextEdit]:
    project = shown(ProjectDialog(None, tz=clock.local_tz(), now=clock.now()))
    message = shown(MessageDialog(clock.now, clock.local_tz()))
    w = _wizard(controller, clock, shown)
    w.recommendation_page.initializePage()
    w.setStartId(P_ACTION)
    w.restart()
    return [project.notes, message.body, w.action_page.text]


def test_tab_in_a_multi_line_editor_moves_focus(controller, clock, shown, qtbot):
    for editor in _editors(controller, clock, shown):
        assert editor.tabChangesFocus()
        editor.window().activateWindow()
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        before = editor.toPlainText()
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert "\t" not in editor.toPlainText() and editor.toPlainText() == before
        assert not editor.hasFocus(), editor.accessibleName()
        assert QApplication.focusWidget() is not None


def test_names_stay_distinct_in_japanese(qapp, qtbot, clock, database):
    from companion.desktop import i18n
    from companion.store import settings

    i18n.install(qapp, "ja")
    try:
        message = MessageDialog(clock.now, clock.local_tz())
        message.read_state.setCurrentIndex(message.read_state.findData("read"))
        dialogs = [ProjectDialog(None, tz=clock.local_tz(), now=clock.now()), message, SettingsDialog(values=settings.values())]
        dialogs[2].fields["quiet_start"].switch.setChecked(True)
        dialogs[2].fields["digest_hour"].switch.setChecked(True)
        for d in dialogs:
            qtbot.addWidget(d)
            d.show()
            names = assert_named_and_distinct(d)
            assert not any(n.startswith("Set ") for n in names), names  # (translated)
    finally:
        i18n.install(qapp, "en")
