"""The message commands: log one (now, or with the dialog), edit one, mark a sent one read (既読),
delete one. A message is read as a plain record (store.messages), never as a model object."""

from __future__ import annotations

from companion.ui import text
from companion.ui.commands import Commands
from companion.ui.widgets import ask

PREVIEW = 120  # characters of the message quoted when asking before deleting it


class MessageCommands(Commands):
    def log_now(self, direction: str) -> None:
        project_id = self.window.selected_id()
        if project_id is None:
            return
        self.controller.log_now(project_id, direction)
        self.status(self.tr("Logged: you sent a message.") if direction == "out" else self.tr("Logged: they replied."), 5000)

    def log_message(self) -> None:
        project_id = self.window.selected_id()
        if project_id is None:
            return
        from companion.ui.message_dialog import MessageDialog

        row = self.window.selected_row()
        dialog = MessageDialog(self.controller.now, self.controller.clock.local_tz(), self.window,
                               platform=row.platform if row is not None else "lancers")
        dialog.set_submit(lambda data: self.controller.log_message(project_id, data))
        dialog.exec()

    def edit_message(self, message_id: int) -> None:
        from companion.store.messages import message_record
        from companion.ui.message_dialog import MessageDialog

        message = message_record(message_id)
        if message is None:
            return
        dialog = MessageDialog(self.controller.now, self.controller.clock.local_tz(), self.window, message=message)
        dialog.set_submit(lambda data: self.controller.update_message(message_id, message.project_id, data))
        dialog.exec()

    def mark_read(self, message_id: int) -> None:
        from companion.store.messages import message_record
        from companion.ui.message_dialog import MarkReadDialog

        message = message_record(message_id)
        if message is None:
            return
        dialog = MarkReadDialog(self.controller.now, self.controller.clock.local_tz(), self.window)
        dialog.set_submit(lambda when: self.controller.mark_read(message_id, message.project_id, when))
        dialog.exec()

    def mark_latest_read(self) -> None:
        """Mark the selected project's latest sent platform message as read (既読), from the list."""
        project_id = self.window.selected_id()
        if project_id is None:
            return
        from companion.store.messages import latest_sent_id, message_record

        message_id = latest_sent_id(project_id)
        message = None if message_id is None else message_record(message_id)
        if message is None:
            self.status(self.tr("This project has no platform message of yours to mark as read."), 5000)
            return
        if message.read_state == "read":
            if message.read_at is None:
                self.status(self.tr("Your latest message is already marked as read."), 5000)
            else:
                when = text.format_time(message.read_at, self.controller.clock.local_tz())
                self.status(self.tr("Your latest message is already marked as read (%1).").replace("%1", when), 5000)
            return
        self.mark_read(message.id)

    def delete_message(self, message_id: int) -> None:
        from companion.store.messages import message_record

        message = message_record(message_id)
        if message is None:
            return
        who = text.direction_label(message.direction)
        when = text.format_time(message.at, self.controller.clock.local_tz())
        preview = message.text.strip().replace("\n", " ")
        preview = (preview[:PREVIEW] + "…") if len(preview) > PREVIEW else preview
        question = self.tr("Delete the message of %1 (%2) from the history? The timers will be recalculated.")
        quoted = f"\n\n“{preview}”" if preview else ""
        if ask(self.window, self.tr("Delete message"), question.replace("%1", when).replace("%2", who) + quoted):
            self.controller.delete_message(message_id, message.project_id)
