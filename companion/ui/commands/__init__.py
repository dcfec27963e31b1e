"""What the main window's menus, toolbar and detail pane run, one module per area.

- :mod:`.project_commands`: new, edit, archive and delete a project; its page; the wizard;
  reminder requests
- :mod:`.message_commands`: log, edit, mark read and delete a message
- :mod:`.file_commands`: export, import (with a preview), the evidence report, back up,
  restore, the demo data
- :mod:`.app_commands`: preferences (with start at login) and About

Each area is a small object owned by the window: its dialogs open over the window, it reports in
the window's status bar and works on the window's selected project. It changes nothing itself:
every change goes through the controller. Dialogs, file formats and the ORM-backed store are
imported where a command first runs: start-up builds these objects but runs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from companion.store.reads import ProjectRow
    from companion.ui.main_window import MainWindow


class Commands(QObject):
    """One area's commands (a QObject for its translations: ``self.tr`` uses the class's name)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller

    def selected_row(self) -> ProjectRow | None:
        return self.window.selected_row()

    def status(self, message: str, timeout_ms: int) -> None:
        self.window.statusBar().showMessage(message, timeout_ms)

    def confirm(self, message: str, folder: Path) -> None:
        """A file was written (backup, export, report, restore): say so in the window's message
        bar, with the folder to open, and in the status bar."""
        self.window.message_bar.show_message(message, folder)
        self.status(message, 10_000)
