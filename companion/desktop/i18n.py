"""Loading the translations: ours (companion_<lang>.qm) and Qt's own (qtbase_<lang>.qm)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("ja", "en")
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"

_installed: list[QTranslator] = []


def system_language() -> str:
    """'ja' when the system locale is Japanese, 'en' otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    name = QLocale.system().name()
    if name.lower().startswith("ja"):
        return "ja"
    import locale  # the last resort: not needed on most starts

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "ja" if loc.lower().startswith("ja") else "en"


def install(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for ``lang``; return False if our .qm file is missing."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    ours = QTranslator(app)
    found = ours.load(str(QM_DIR / f"companion_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
