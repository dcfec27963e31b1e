"""Render the README screenshots (ja and en) from the demo data, offscreen.

    python tools/screenshots.py [OUT_DIR]

Each screen is rendered with ``QWidget.grab()`` so no display is needed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from companion.controller import Controller
from companion.desktop import i18n
from companion.store import connection as dbmod
from companion.ui.main_window import MainWindow
from companion.ui.message_dialog import MessageDialog
from companion.ui.project_dialog import ProjectDialog


def shoot(out: Path, lang: str) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    i18n.install(app, lang)
    data = Path(tempfile.mkdtemp(prefix=f"shots-{lang}-"))
    dbmod.open_database(data / dbmod.DB_FILENAME)
    controller = Controller(data)
    controller.load_demo()
    window = MainWindow(controller)
    window.resize(1400, 820)
    window.show()
    window.select_project(window.model.rows()[0].id)
    app.processEvents()
    paths = []
    path = out / f"main-{lang}.png"
    window.grab().save(str(path))
    paths.append(path)
    dialog = ProjectDialog(window, window.model.rows()[0])
    dialog.show()
    app.processEvents()
    path = out / f"project-dialog-{lang}.png"
    dialog.grab().save(str(path))
    paths.append(path)
    dialog.close()
    mdialog = MessageDialog(controller.now, controller.clock.local_tz(), window)
    mdialog.show()
    app.processEvents()
    path = out / f"message-dialog-{lang}.png"
    mdialog.grab().save(str(path))
    paths.append(path)
    mdialog.close()
    from companion.ui.wizard import DecisionWizard

    # A client whose worker went quiet mid-contract: every page of the wizard is visited.
    # (a Lancers one: the list's order changes with the time of day, and the other platforms' clients
    # are not asked whether they want to go on)
    client = next(r for r in window.model.rows()
                  if r.platform == "lancers" and r.role == "client" and r.own_request_at is None)
    wizard = DecisionWizard(controller, client, lang, window)
    wizard.resize(1000, 720)
    wizard.show()
    app.processEvents()
    names = ["situation", "questions", "diagnosis", "recommendation", "filing", "action", "summary"]
    for step, name in enumerate(names):
        assert wizard.currentId() == step, (name, wizard.currentId())
        if name == "questions":
            wizard.questions_page.no.setChecked(True)
        if name == "recommendation":
            for button in wizard.recommendation_page.choices.buttons():
                if button.property("action") == "file_request":
                    button.setChecked(True)
        if name == "filing":
            wizard.filing_page.ack.setChecked(True)
        if name == "action":
            wizard.action_page.filed.click()
        app.processEvents()
        path = out / f"wizard-{step + 1}-{name}-{lang}.png"
        wizard.grab().save(str(path))
        paths.append(path)
        wizard.next()
        app.processEvents()
    wizard.reject()
    window.close()
    dbmod.close_database()
    return paths


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("ja", "en"):
        for p in shoot(out, lang):
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
