"""Walk the decision wizard for every demo project (one per next step), in ja and en, and save
each page as an image, with one contact sheet per project and language (ImageMagick's
``montage``, if installed): what a reviewer looks at before calling the wizard's screens done.

    python tools/wizard_walk.py OUT_DIR
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWizard

from companion.controller import Controller
from companion.desktop import i18n
from companion.store import connection as dbmod
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.main_window import MainWindow
from companion.ui.wizard import P_FILING, P_SUMMARY, DecisionWizard


def walk(out: Path, lang: str) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    i18n.install(app, lang)
    data = Path(tempfile.mkdtemp(prefix=f"walk-{lang}-"))
    dbmod.open_database(data / dbmod.DB_FILENAME)
    controller = Controller(data)
    controller.load_demo()
    # the one next step the demo lacks: a follow-up is due
    pid = controller.create_project(ProjectInput(title="LP改善", counterparty="cafe hinata", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=controller.now().replace(microsecond=0) - (3 * 86400) * _SECOND,
                                             direction="out", read_state="read"))
    window = MainWindow(controller)
    sheets = []
    for row in controller.overview():
        action = row.action.value if row.action else "none"
        wizard = DecisionWizard(controller, row, lang, window)
        wizard.resize(1000, 720)
        wizard.show()
        app.processEvents()
        shots = []
        for step in range(10):
            if wizard.currentId() == P_FILING:
                wizard.filing_page.ack.setChecked(True)
            app.processEvents()
            path = out / f"{row.id:02d}-{action}-{lang}-{step}.png"
            wizard.grab().save(str(path))
            shots.append(path)
            if wizard.currentId() == P_SUMMARY or not wizard.button(QWizard.WizardButton.NextButton).isEnabled():
                break
            wizard.next()
        wizard.reject()
        if shutil.which("montage"):
            sheet = out / f"sheet-{row.id:02d}-{action}-{lang}.png"
            subprocess.run(["montage", *map(str, shots), "-tile", "3x", "-geometry", "1000x720+4+4", str(sheet)], check=True)
            sheets.append(sheet)
    window.close()
    dbmod.close_database()
    return sheets


from datetime import timedelta  # noqa: E402

_SECOND = timedelta(seconds=1)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="wizard-walk-"))
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("ja", "en"):
        for p in walk(out, lang):
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
