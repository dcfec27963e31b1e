"""The settings dialog is built from the declarations: one field per user-visible setting, its
label translated, its values stored in the declared unit, its fields lined up in both languages."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QGroupBox, QLabel

from companion.desktop import i18n
from companion.model.timers import Thresholds
from companion.store import connection as dbmod
from companion.store import settings
from companion.store.settings import DECLARED
from companion.ui.settings_dialog import SettingsDialog, editor_name

USER_VISIBLE = [d for d in DECLARED.values() if d.user_visible]


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def dialog(qtbot, **kwargs) -> SettingsDialog:
    d = SettingsDialog(values=settings.values(), **kwargs)
    qtbot.addWidget(d)
    return d


def shown_texts(d: SettingsDialog) -> set[str]:
    return {w.text() for w in d.findChildren(QLabel) + d.findChildren(QAbstractButton)}


def stored_rows() -> dict[str, object]:
    return {k: json.loads(v) for k, v in dbmod.connection().execute("SELECT key, value FROM setting")}


def test_one_field_per_user_visible_declaration_with_its_translated_label(qtbot, database, language):
    d = dialog(qtbot)
    assert list(d.fields) == [x.key for x in USER_VISIBLE]  # internal ones are not shown
    texts = shown_texts(d)
    for x in USER_VISIBLE:
        label = QCoreApplication.translate(settings.CONTEXT, x.label)
        # an optional setting's on/off box has the label: its editor says which value it holds
        assert d.editor(x.key).accessibleName() == (editor_name(x) if x.optional else label)
        if not x.same_row_as:  # quiet_end shares the quiet hours' row (and its label)
            assert label in texts, x.key
        if x.tooltip:
            assert d.editor(x.key).toolTip() == QCoreApplication.translate(settings.CONTEXT, x.tooltip)
    titles = [box.title() for box in d.findChildren(QGroupBox)]
    assert titles == [QCoreApplication.translate(settings.CONTEXT, group) for group in settings.GROUPS]
    expected = {"en": ("Follow-up gap", " days", "Quiet hours"), "ja": ("再連絡までの間隔", "日", "通知しない時間帯")}[language]
    assert expected[0] in texts and expected[2] in texts
    assert d.editor("follow_up_gap_hours").suffix() == expected[1]


def test_accepting_stores_what_was_typed_in_the_declared_unit(qtbot, window, dialog_driver):
    def type_in(d: SettingsDialog) -> None:
        for key, text in (("follow_up_gap_hours", "1.5"), ("follow_ups_before_formal", "4"), ("silence_days", "10"),
                          ("reply_owed_hours", "12"), ("backups_keep", "20")):
            box = d.editor(key)
            assert isinstance(box, QAbstractSpinBox)
            box.selectAll()
            qtbot.keyClicks(box, text)
            box.interpretText()
        d.fields["quiet_start"].switch.setChecked(True)
        d.editor("quiet_start").setTime(QTime(21, 30))
        d.editor("quiet_end").setTime(QTime(6, 45))
        for day in d.editor("quiet_weekdays").findChildren(QAbstractButton)[5:]:
            day.setChecked(False)  # Saturday and Sunday
        d.fields["digest_hour"].switch.setChecked(True)
        box = d.editor("digest_hour")
        box.selectAll()
        qtbot.keyClicks(box, "8")
        box.interpretText()
        d.accept()

    dialog_driver(type_in)
    window.open_settings()
    assert stored_rows() == {
        "language": None, "follow_up_gap_hours": 36, "follow_ups_before_formal": 4, "silence_days": 10,
        "reply_owed_hours": 12, "quiet_start": "21:30", "quiet_end": "06:45", "quiet_weekdays": [0, 1, 2, 3, 4],
        "digest_hour": 8, "backups_keep": 20, "calendar_file": False,
    }
    assert settings.thresholds().follow_up_gap == timedelta(hours=36)
    assert window.controller.thresholds.follow_ups_before_formal == 4


def test_the_dialog_shows_the_stored_values_in_the_shown_unit(qtbot, database):
    for key, value in {"follow_up_gap_hours": 60, "quiet_start": "23:00", "quiet_end": "05:00", "digest_hour": 7,
                       "quiet_weekdays": [2]}.items():
        settings.set_setting(key, value)
    d = dialog(qtbot)
    assert d.editor("follow_up_gap_hours").value() == 2.5
    assert d.fields["quiet_start"].switch.isChecked() and d.editor("quiet_end").isEnabled()
    assert d.editor("quiet_weekdays").isEnabled()
    assert d.values() == {**settings.values([x.key for x in USER_VISIBLE])}


def test_switched_off_settings_are_none_and_their_fields_disabled(qtbot, database):
    d = dialog(qtbot)
    assert not d.fields["quiet_start"].switch.isChecked()
    assert not d.editor("quiet_start").isEnabled() and not d.editor("quiet_end").isEnabled()
    assert not d.editor("quiet_weekdays").isEnabled() and not d.editor("digest_hour").isEnabled()
    assert d.editor("quiet_start").time() == QTime(22, 0) and d.editor("digest_hour").value() == 9  # offered when on
    values = d.values()
    assert (values["quiet_start"], values["quiet_end"], values["digest_hour"]) == (None, None, None)
    d.fields["quiet_start"].switch.setChecked(True)
    assert d.editor("quiet_end").isEnabled() and d.editor("quiet_weekdays").isEnabled()
    assert (d.values()["quiet_start"], d.values()["quiet_end"]) == ("22:00", "07:00")


def test_restore_defaults_puts_every_declared_default_back(qtbot, database):
    for key, value in {"follow_up_gap_hours": 120, "follow_ups_before_formal": 5, "digest_hour": 8, "backups_keep": 3,
                       "quiet_start": "20:00", "quiet_end": "08:00", "language": "ja"}.items():
        settings.set_setting(key, value)
    d = dialog(qtbot)
    d.restore_defaults()
    assert d.values() == {x.key: x.default for x in USER_VISIBLE}


def test_the_older_constructor_still_works(qtbot):
    d = SettingsDialog("en", Thresholds(follow_up_gap=timedelta(days=5), follow_ups_before_formal=5), backups_keep=7)
    qtbot.addWidget(d)
    assert d.editor("language").currentData() == "en" and d.editor("follow_up_gap_hours").value() == 5
    assert {k: d.values()[k] for k in ("follow_up_gap_hours", "follow_ups_before_formal", "silence_days", "backups_keep")} == {
        "follow_up_gap_hours": 120, "follow_ups_before_formal": 5, "silence_days": 7, "backups_keep": 7}


def test_the_fields_line_up_and_no_label_is_cut(qtbot, database, language):
    d = dialog(qtbot, autostart=True)
    d.show()
    qtbot.waitExposed(d)
    lefts = {d.editor(x.key).mapTo(d, d.editor(x.key).rect().topLeft()).x()
             for x in USER_VISIBLE if not x.same_row_as}
    assert len(lefts) == 1, lefts  # one column of fields across the groups
    for widget in d.findChildren(QLabel) + d.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            assert widget.width() >= widget.sizeHint().width(), widget.text()
    assert d.width() <= 800, "long labels must not widen the dialog beyond a small screen"
    for label in d.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or not label.text(), label.text()
