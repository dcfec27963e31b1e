"""The application's commands: the preferences (with start at login) and About."""

from __future__ import annotations

from companion import __version__
from companion.ui.commands import Commands
from companion.ui.widgets import message_box, plain_box


class AppCommands(Commands):
    def open_settings(self) -> None:
        from companion.desktop import autostart
        from companion.store import settings
        from companion.ui.settings_dialog import SettingsDialog

        before = self.controller.saved_language()
        dialog = SettingsDialog(parent=self.window, autostart=autostart.is_enabled(), values=settings.values())
        if not dialog.exec():
            return
        values = dialog.values()
        self.controller.apply_settings(values)
        if dialog.autostart_wanted() != autostart.is_enabled():
            self._set_autostart(dialog.autostart_wanted())
        if values["language"] != before:
            self.status(self.tr("The language will change the next time you start Renraku Companion."), 8000)

    def _set_autostart(self, wanted: bool) -> None:
        from companion.desktop import autostart

        c = self.controller
        try:
            autostart.set_enabled(wanted, c.data_dir if c.custom_data_dir else None)
        except OSError as exc:
            message_box(
                self.window, self.tr("Start at login"),
                self.tr("Could not change the start-at-login setting: %1").replace("%1", str(exc)),
            )

    def about(self) -> None:
        about = self.tr(
            "Renraku Companion %1\n\nA calm companion for when the other side of a crowdsourcing project goes quiet. "
            "Your data stays on this computer:\n%2"
        )
        text = about.replace("%1", __version__).replace("%2", str(self.controller.data_dir))
        plain_box(self.window, self.tr("About Renraku Companion"), text).exec()
