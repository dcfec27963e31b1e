"""The evidence report asks its language first: Japanese offered on a Japanese platform (or when
the project's texts are Japanese), else the interface language; the choice is the report's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from companion.store.repo import ProjectInput


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file dialog answers ``tmp_path/name`` as Markdown, and counts its calls."""
    calls: list[str] = []

    def install(name: str) -> list[str]:
        def fake(parent, title, default, filters):
            calls.append(title)
            return str(tmp_path / name), filters.split(";;")[1]

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return calls

    return install


def answer_language(dialog_driver, choose: str | None) -> list[tuple[str, list[str]]]:
    """Answer the language question with ``choose`` (None: cancel); return what it offered."""
    offered: list[tuple[str, list[str]]] = []

    def fill(dialog):
        assert isinstance(dialog, QInputDialog)
        offered.append((dialog.textValue(), dialog.comboBoxItems()))
        assert dialog.labelText() == "Language of the report:" and dialog.windowTitle() == "Evidence report"
        if choose is None:
            dialog.reject()
        else:
            dialog.setTextValue(choose)
            dialog.accept()

    dialog_driver(fill)
    return offered


@pytest.mark.parametrize(("platform", "text_language", "default"), [
    ("lancers", "", "日本語"), ("crowdworks", "", "日本語"), ("coconala", "", "日本語"),
    ("upwork", "", "English"), ("other", "", "English"), ("lancers", "en", "English"), ("fiverr", "ja", "日本語"),
])
def test_the_language_offered_first(window, controller, dialog_driver, save_to, tmp_path, platform, text_language,
                                    default):
    pid = controller.create_project(ProjectInput(title="Banner", platform=platform))
    if text_language:
        controller.set_text_language(pid, text_language)
    offered = answer_language(dialog_driver, None)
    calls = save_to("r.md")
    window.file_commands.save_report(pid)
    assert offered == [(default, ["日本語", "English"])]
    assert calls == [] and not list(tmp_path.glob("r.md"))  # cancelled: no file asked, none written


@pytest.mark.parametrize(("choose", "heading"), [("English", "# Contact history report: "), ("日本語", "# 連絡経緯の報告書: ")])
def test_the_report_is_in_the_language_chosen(window, controller, dialog_driver, save_to, tmp_path, choose, heading):
    pid = controller.create_project(ProjectInput(title="Banner", platform="lancers"))
    window.select_project(pid)
    answer_language(dialog_driver, choose)
    save_to("r.md")
    window.file_commands.save_report()  # (the selected project, as the menu action does)
    assert Path(tmp_path / "r.md").read_text(encoding="utf-8").startswith(heading + "Banner")
    assert not list(tmp_path.glob("*.partial"))
