"""The project commands: new, edit, archive or restore, delete; open its page; the wizard; the
reminder requests (連絡催促申請) filed against the user, and what became of one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.store.repo import ProjectInput

from companion.ui.commands import Commands
from companion.ui.widgets import ask, open_project_page


class ProjectCommands(Commands):
    def new_project(self) -> None:
        from companion.ui.project_dialog import ProjectDialog

        dialog = ProjectDialog(self.window, tz=self.controller.clock.local_tz(), now=self.controller.now())
        created: list[int] = []

        def create(data: ProjectInput) -> None:
            created.append(self.controller.create_project(data))
            entered = dialog.stage_entered_at()
            if entered is not None:  # (refused if in the future: the project stays, its time unknown)
                self.controller.set_stage_entered_at(created[-1], min(entered, self.controller.now()))

        dialog.set_submit(create)
        if dialog.exec() and created:
            self.window.filters.show_active()  # (where a new project is)
            self.window.select_project(created[0])

    def edit_project(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.ui.project_dialog import ProjectDialog

        dialog = ProjectDialog(self.window, row)
        dialog.set_submit(lambda data: self.controller.update_project(row.id, data))
        dialog.exec()

    def toggle_archive(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.controller.set_archived(row.id, not row.archived)
        restored = self.tr("Restored “%1” from the archive.")
        archived = self.tr("Archived “%1”. Show it again with the Archived filter.")
        self.status((restored if row.archived else archived).replace("%1", row.title), 8000)

    def delete_project(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if ask(
            self.window, self.tr("Delete project"),
            self.tr("Delete “%1” and all its messages? This cannot be undone.").replace("%1", row.title),
            informative=self.tr("To keep it out of the way instead, archive it."), warning=True,
        ):
            self.controller.delete_project(row.id)

    def open_url(self, url: str) -> None:
        open_project_page(self.window, url)

    def open_wizard(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.ui.wizard import DecisionWizard

        if not row.loaded:  # (its messages: the wizard evaluates the project from them)
            self.controller.load_rows([row], self.controller.now())
        DecisionWizard(self.controller, row, self.controller.lang, self.window).exec()

    def record_request_against(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.model.decision import Situation
        from companion.model.rules import pack_for
        from companion.ui import text
        from companion.ui.request_dialogs import RequestAgainstDialog

        facts = Situation(row.platform, row.role, row.contract_type, row.stage, self.controller.now(), row.plan_change_pending)
        hint = None
        if not pack_for(row.platform).request_open(facts):  # the platform would not accept one here
            hint = self.tr("As recorded (%1, %2), no reminder request is possible for this project. Is the stage right?").replace(
                "%1", text.stage_label(row.stage, row.platform)).replace("%2", text.contract_type_label(row.contract_type, row.platform))
        pack = pack_for(row.platform)
        other = "client" if row.role == "worker" else "worker"
        routes = [(r.code, text.route_label(r.code, row.platform)) for r in pack.request_routes(other)]
        dialog = RequestAgainstDialog(self.controller.now, self.controller.clock.local_tz(), self.window, hint=hint,
                                      routes=routes)
        dialog.set_submit(lambda at, route: self.controller.record_request(row.id, "counterparty", at, route))
        dialog.exec()

    def record_request_outcome(self, request_id: int, side: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.store import repo
        from companion.store.messages import request_record
        from companion.ui.request_dialogs import RequestOutcomeDialog

        request = request_record(request_id)
        if request is None:
            return
        now = self.controller.now()
        problems = {
            status: problem
            for status in ("deadline_passed", "payment_confirmed", "escrow_cancelled")
            if (problem := repo.outcome_problem(request, row.stage, status, now, row.platform))
        }
        from companion.model.rules import pack_for

        dialog = RequestOutcomeDialog(side, self.window, problems, now=self.controller.now, tz=self.controller.clock.local_tz(),
                                      lancers=row.platform == "lancers",
                                      by_message=pack_for(row.platform).cleared_by_reply(request.route))
        dialog.set_submit(lambda status, at: self.controller.close_request(request_id, row.id, status, at))
        dialog.exec()

    def set_wants_to_continue(self, wants: bool | None) -> None:
        project_id = self.window.selected_id()
        if project_id is not None:
            self.controller.set_wants_to_continue(project_id, wants)

    def set_text_language(self, language: str) -> None:
        project_id = self.window.selected_id()
        if project_id is not None:
            self.controller.set_text_language(project_id, language)

    def correct_stage_time(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.ui import text
        from companion.ui.request_dialogs import TimeDialog

        dialog = TimeDialog(
            self.tr("When did it enter this stage?"),
            self.tr("The platform's clocks start here (a purchase, a delivery, a submission). The app noted the time you "
                    "changed the stage; correct it if that happened earlier."),
            text.stage_label(row.stage, row.platform), self.controller.now, self.controller.clock.local_tz(),
            row.stage_entered_at, self.window,
        )
        dialog.set_submit(lambda at: at is not None and self.controller.set_stage_entered_at(row.id, at))
        dialog.exec()

    def record_last_seen(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from companion.ui.request_dialogs import TimeDialog

        dialog = TimeDialog(
            self.tr("Last seen online"),
            self.tr("Where the platform shows no read state, its profile shows when they were last online "
                    "(最終アクセス・最終ログイン). Seen after your latest message means they chose not to answer yet."),
            self.tr("Last seen"), self.controller.now, self.controller.clock.local_tz(),
            row.counterparty_last_seen_at, self.window, optional=True,
        )
        dialog.set_submit(lambda at: self.controller.set_last_seen(row.id, at))
        dialog.exec()
