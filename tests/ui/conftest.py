from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from companion.controller import Controller
from companion.desktop import i18n
from companion.ui.main_window import MainWindow


@pytest.fixture
def controller(database, clock, tmp_path) -> Controller:
    return Controller(tmp_path / "data", clock)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield


@pytest.fixture
def window(qtbot, controller, english) -> MainWindow:
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def dialog_driver(monkeypatch) -> Callable[[Callable[[QDialog], None]], list[QDialog]]:
    """Replace QDialog.exec: run ``fill(dialog)`` instead of a modal loop, then return the result."""
    opened: list[QDialog] = []

    def install(fill: Callable[[QDialog], None]) -> list[QDialog]:
        def fake_exec(self: QDialog) -> int:
            opened.append(self)
            fill(self)
            return int(self.result())

        monkeypatch.setattr(QDialog, "exec", fake_exec)
        return opened

    return install


@pytest.fixture
def answer_messagebox(monkeypatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    asked: list[str] = []

    def install(button: QMessageBox.StandardButton) -> list[str]:
        monkeypatch.setattr(QMessageBox, "exec", lambda self: (asked.append(self.text()), button)[1])
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: (asked.append(a[2]), button)[1]))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: (asked.append(a[2]), button)[1]))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: (asked.append(a[2]), button)[1]))
        return asked

    return install
