"""The project list: a sorted, filtered table model over ``ProjectRow``, and its columns.

Each column is declared once, in :class:`Column` (in the order shown): its header, its width in
characters, what it shows, its tooltip, how it sorts and aligns. The model and the view read
those declarations; no other code knows a column by its number. To add a column, add a member.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QTableView,
)

from companion.model.timers import Thresholds
from companion.model.vocab import PLATFORMS, ROLES, STAGES
from companion.store.errors import DatabaseError
from companion.store.reads import ProjectRow
from companion.ui import text
from companion.ui.widgets import literal_tooltip

# Roles as plain ints: data() runs for every painted cell and role, and comparing with Qt's
# enum members costs more than the rest of it.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
ACCESSIBLE_TEXT_ROLE = int(Qt.ItemDataRole.AccessibleTextRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ROLES = frozenset({
    DISPLAY_ROLE, TOOLTIP_ROLE, ALIGNMENT_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE, ACCESSIBLE_TEXT_ROLE,
    ID_ROLE,
})

URGENCY_COLOURS = {  # on a light palette
    text.URGENT: QColor("#f8d7da"),
    text.ACTION: QColor("#fff0c2"),
    text.WAITING: QColor("#dbe9f8"),
}
DARK_URGENCY_COLOURS = {  # the same hues, deep, on a dark palette (no glaring pastel bands)
    text.URGENT: QColor("#5c2a30"),
    text.ACTION: QColor("#54461a"),
    text.WAITING: QColor("#213d5c"),
}
# Cells get colours, which views take as brushes: making a QBrush in Python would first build
# the bindings of Qt's gradient types (a noticeable share of a start-up).
DARK_TEXT = QColor("#1a1a1a")  # on the light urgency backgrounds
LIGHT_TEXT = QColor("#f2f2f2")  # on the dark ones


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme's (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.45


def urgency_colours(palette: QPalette) -> tuple[dict[int, QColor], QColor]:
    """The urgency backgrounds and the text on them, for a light or a dark palette."""
    return (DARK_URGENCY_COLOURS, LIGHT_TEXT) if is_dark(palette) else (URGENCY_COLOURS, DARK_TEXT)



# --- the columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """How one column of the list shows and sorts a row. ``level`` is the row's urgency
    (``row.urgency(now)``); ``now`` the instant the list was computed for."""

    header: str  # the source text (context "ProjectTable"), translated when shown
    chars: int  # its width in average characters of the list's font (not measured row by row)
    display: Callable[[ProjectRow, datetime, int], str]  # (row, now, level) -> the cell's text
    tooltip: Callable[[ProjectRow, int], str] | None = None  # (row, level) -> its tooltip
    accessible: Callable[[ProjectRow, datetime, int], str] | None = None  # what a screen reader says
    key: Callable[[ProjectRow, datetime | None], Any] | None = None  # sort key (None: its text, case-folded)
    stored_key: bool = False  # the key is the stored next step: sorting needs no row computed
    timed: bool = False  # its text moves with time (repainted by the minute tick)
    align: int | None = None  # Qt.AlignmentFlag as an int (None: the view's default)
    #: every text the column can show (a closed vocabulary): its width is the widest of them,
    #: up to ``chars``; None: free text, ``chars`` wide, and it gives way first when room is short
    #: ``chars`` is then a cap in full-width characters (Japanese labels are twice as wide)
    samples: Callable[[], list[str]] | None = None
    floor: int = 10  # a free-text column gives way down to this many characters when room is short
    hidden: bool = False  # not shown until chosen in the header's menu (the detail pane shows it)
    header_tip: str = ""  # the header's tooltip, when its short title needs saying in full (source text)


def _title(row: ProjectRow, now: datetime, level: int) -> str:
    return row.title[:300] + ("  " + QCoreApplication.translate("ProjectTable", "(archived)") if row.archived else "")


def _next_step(row: ProjectRow, now: datetime, level: int) -> str:
    return f"{text.URGENCY_SYMBOL[level]} {text.next_step_text(row.recommendation, now)}"


def _next_step_key(row: ProjectRow, now: datetime | None) -> tuple[int, int]:
    action = row.action
    return (row.urgency(now), text.ACTION_RANK.get(action, 0)) if action else (0, 0)


def _waiting(row: ProjectRow, now: datetime, level: int) -> str:
    waited = row.state.waiting_for(now) if row.state else None
    return text.format_duration(waited) if waited is not None else "—"


def _waiting_key(row: ProjectRow, now: datetime | None) -> float:
    waited = row.state.waiting_for(now) if row.state and now else None
    return waited.total_seconds() if waited is not None else -1.0


def _unanswered(row: ProjectRow, now: datetime, level: int) -> str:
    state = row.state
    return str(state.unanswered_count) if state and state.unanswered_count else "—"


def _read_state(row: ProjectRow, now: datetime, level: int) -> str:
    state = row.state
    return "—" if state is None or not state.unanswered else text.read_state_label(state.last_sent_read)


def _all_platform_labels() -> list[str]:
    return [text.platform_label(p) for p in PLATFORMS]


def _all_roles() -> list[str]:
    return [text.role_short(r, p) for p in PLATFORMS for r in ROLES]


def _all_stages() -> list[str]:
    # the app's own words (a platform's longer ones are cut, whole in the tooltip): measuring
    # every platform's would load all their word lists at start
    return [text.stage_short(s) for s in STAGES]


def _all_read_states() -> list[str]:
    return ["—", text.read_state_label("read"), text.read_state_label("unread"), text.read_state_label(None)]


class Column(IntEnum):
    """The list's columns, in the order shown; a column's number is its place here."""

    spec: Spec

    def __new__(cls, spec: Spec) -> Column:
        column = int.__new__(cls, len(cls.__members__))
        column._value_ = int(column)
        column.spec = spec
        return column

    TITLE = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Project"), 28, _title,
        tooltip=lambda row, level: literal_tooltip(row.title), floor=18,
    )
    # The next step matters most: right after the project's name.
    NEXT = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Next step"), 34, _next_step,
        tooltip=lambda row, level: f"{text.urgency_label(level)}: {text.next_step_explanation(row.recommendation)}",
        accessible=lambda row, now, level: f"{text.urgency_label(level)}: {text.next_step_text(row.recommendation, now)}",
        key=_next_step_key, stored_key=True, timed=True, floor=24,
    )
    COUNTERPARTY = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Counterparty"), 16, lambda row, now, level: row.counterparty,
        tooltip=lambda row, level: literal_tooltip(row.counterparty), floor=9,
    )
    # (hidden at first: the filter above the list and the detail pane say it; a user of several
    # platforms turns it on from the header's menu)
    PLATFORM = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Platform"), 8, lambda row, now, level: text.platform_label(row.platform),
        samples=_all_platform_labels, hidden=True,
    )
    ROLE = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Role"), 6, lambda row, now, level: text.role_short(row.role, row.platform),
        tooltip=lambda row, level: text.role_label(row.role, row.platform), samples=_all_roles, hidden=True,
    )
    STAGE = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Stage"), 9, lambda row, now, level: text.stage_short(row.stage, row.platform),
        tooltip=lambda row, level: f"{text.stage_label(row.stage, row.platform)}: {text.stage_tooltip(row.stage, row.platform)}",
        samples=_all_stages,
    )
    WAITING = Spec(QT_TRANSLATE_NOOP("ProjectTable", "Waiting"), 6, _waiting, key=_waiting_key, timed=True,
                   samples=lambda: [text.format_duration(timedelta(days=99, hours=23))],
                   header_tip=QT_TRANSLATE_NOOP("ProjectTable", "Waiting on them: how long since your first unanswered message"))
    UNANSWERED = Spec(
        QT_TRANSLATE_NOOP("ProjectTable", "Unanswered"), 3, _unanswered,
        key=lambda row, now: row.state.unanswered_count if row.state else 0, timed=True, align=ALIGN_CENTER,
        samples=lambda: ["99"],
        header_tip=QT_TRANSLATE_NOOP("ProjectTable", "Your messages they have not answered"),
    )
    READ = Spec(QT_TRANSLATE_NOOP("ProjectTable", "Read"), 7, _read_state, timed=True, samples=_all_read_states,
                header_tip=QT_TRANSLATE_NOOP("ProjectTable", "Whether they have read (既読) your latest message"))


DEFAULT_SORT = (Column.NEXT, Qt.SortOrder.DescendingOrder)  # the most urgent first
# What data() and the sort read per cell, as tuples indexed by the column's number.
_SPECS = tuple(column.spec for column in Column)
_DISPLAYS = tuple(spec.display for spec in _SPECS)
_TOOLTIPS = tuple(spec.tooltip for spec in _SPECS)
_ACCESSIBLE = tuple(spec.accessible for spec in _SPECS)
_ALIGNMENTS = tuple(spec.align for spec in _SPECS)
_TIMED = [column for column in Column if column.spec.timed]
FIRST_TIMED, LAST_TIMED = min(_TIMED), max(_TIMED)


def headers() -> list[str]:
    return [QCoreApplication.translate("ProjectTable", spec.header) for spec in _SPECS]


def configure_view(view: QTableView) -> None:
    """The list as shown: sorted (most urgent first), whole rows selected one at a time, read
    only, Tab leaving it (not walking its cells), and the column widths from the declarations
    (see :class:`ColumnSizer`)."""
    view.setSortingEnabled(True)
    view.sortByColumn(*DEFAULT_SORT)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab goes on to the detail pane; the arrows move in the list
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    # Long texts are cut in the middle: "Global Br…ge Inc.", "‼ Act now: The…1 d 23 h left" keep
    # both ends (whole in the tooltip); one mode for the view, not a delegate run per cell
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    for column in Column:
        view.setColumnHidden(column, column.spec.hidden)
    view.column_sizer = ColumnSizer(view)  # type: ignore[attr-defined]
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: column_menu(view).exec(header.mapToGlobal(pos)))


def column_menu(view: QTableView) -> QMenu:
    """The header's menu: which columns are shown (at least one), and the widths as at first."""
    menu = QMenu(view)
    shown = [c for c in Column if not view.isColumnHidden(c)]
    for column, title in zip(Column, headers(), strict=True):
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(column))
        action.setEnabled(not (len(shown) == 1 and column in shown))
        action.toggled.connect(lambda on, c=column: _show_column(view, c, on))
    menu.addSeparator()
    reset = menu.addAction(QCoreApplication.translate("ProjectTable", "Reset column widths"))
    reset.triggered.connect(lambda: _reset_widths(view))
    return menu


def _show_column(view: QTableView, column: Column, on: bool) -> None:
    view.setColumnHidden(column, not on)
    sizer: ColumnSizer = view.column_sizer  # type: ignore[attr-defined]
    if on and view.columnWidth(column) < 20:
        view.setColumnWidth(column, sizer.natural()[0][column] or 80)
    sizer.fit()


def _reset_widths(view: QTableView) -> None:
    sizer: ColumnSizer = view.column_sizer  # type: ignore[attr-defined]
    sizer.user_sized = False
    sizer.fit()


class ColumnSizer(QObject):
    """The list's column widths from the font's metrics, never by reading its rows (too slow for
    thousands of projects): a column of fixed words is as wide as the widest of them (up to its
    ``chars``), a free-text column ``chars`` average characters; each at least as wide as its
    header and sort arrow. When that is more than the list has room for, the free-text columns
    give way (down to a floor), so every column is seen at the window's first size. Once the
    user widens or narrows a column, the widths are theirs (and remembered)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.user_sized = False
        self._sizing = False
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.horizontalHeader().sectionHandleDoubleClicked.connect(self._double_clicked)
        # its scroll bar coming or going (the view's own resizes: ProjectListView.resizeEvent)
        view.verticalScrollBar().rangeChanged.connect(lambda *_: self.fit())
        self.fit()

    def natural(self) -> tuple[list[int], list[int]]:
        """Each column's width, and how far it may give way."""
        metrics, header = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        char, wide = metrics.averageCharWidth(), metrics.horizontalAdvance("あ")
        widths, floors = [], []
        for column, title in zip(Column, headers(), strict=True):
            spec = column.spec
            if self.view.isColumnHidden(column):
                widths.append(0)
                floors.append(0)
                continue
            least = header.horizontalAdvance(title) + 28  # the title and the sort arrow
            if spec.samples is not None:
                content = min(max(metrics.horizontalAdvance(v) for v in spec.samples()), spec.chars * wide) + 16
                width = max(least, content)
                floors.append(width)
            else:
                width = max(least, spec.chars * char + 12)
                floors.append(max(least, spec.floor * char + 12))
            widths.append(width)
        return widths, floors

    def room(self) -> int:
        """The list's width inside its frame, less its scroll bar when it has one."""
        bar = self.view.verticalScrollBar()
        scrolls = bar.maximum() > bar.minimum() and self.view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        return self.view.maximumViewportSize().width() - (bar.sizeHint().width() if scrolls else 0)

    def fit(self) -> None:
        if self.user_sized:
            return
        widths, floors = self.natural()
        room = self.room()
        excess = sum(widths) - room
        if excess > 0 and room > 200:
            slack = [w - f for w, f in zip(widths, floors, strict=True)]
            total = sum(slack)
            if total > 0:
                share = min(1.0, excess / total)
                widths = [w - math.ceil(s * share) for w, s in zip(widths, slack, strict=True)]
        self._sizing = True
        try:
            for column, width in zip(Column, widths, strict=True):
                if width:
                    self.view.setColumnWidth(column, width)
        finally:
            self._sizing = False

    def _resized(self, *_: object) -> None:
        # (the stretched last column follows the list's width: only a drag is the user's doing)
        if not self._sizing and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.user_sized = True

    def _double_clicked(self, *_: object) -> None:
        self.user_sized = True  # (a double click on a handle fits the column to its rows)



class ProjectListView(QTableView):
    """The project list's view: its columns refitted when its width changes (see ColumnSizer)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        sizer = getattr(self, "column_sizer", None)
        if sizer is not None and not sizer.user_sized:
            sizer.fit()


log = logging.getLogger("companion")
AnyIndex = QModelIndex | QPersistentModelIndex
# Rows computed at a time when a row not computed yet is painted: a screenful and then some, so a
# first paint reads its rows' messages in one query.
LOAD_BATCH = 60
Loader = Callable[[list[ProjectRow], datetime], None]


class ProjectTableModel(QAbstractTableModel):
    """The project list: every row (``rows()``), sorted, and the rows the filters let through,
    which are the model's rows (no proxy model: a view then asks Python once per cell and role,
    not three times, and filtering is one pass in Python).

    The rows may come from a lazy overview (reads.project_overview(lazy=True)): a row not
    computed yet has only its stored next step (``action``), enough to sort by urgency, colour,
    count and filter; it is computed through ``loader`` when first shown, or all at once when
    something needs every row's timers (another sort column, the minute tick).
    """

    def __init__(self, parent: Any = None, loader: Loader | None = None) -> None:
        super().__init__(parent)
        self._all: list[ProjectRow] = []  # every row, in the sort order
        self._rows: list[ProjectRow] = []  # the rows shown (filtered), in the sort order
        self._texts_by_id: dict[int, tuple[str, ...]] = {}
        self._now: datetime | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.loader = loader
        self._load_failed = False
        self._resort_pending = False
        self._archive = "active"
        self._platform = ""
        self._needs_action = False
        self._text = ""
        self._colours, self._on_colour = URGENCY_COLOURS, DARK_TEXT

    def set_palette(self, palette: QPalette) -> None:
        """The urgency colours for the view's palette (light or dark)."""
        colours = urgency_colours(palette)
        if colours != (self._colours, self._on_colour):
            self._colours, self._on_colour = colours
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(_SPECS) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_SPECS)

    # --- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectRow], now: datetime) -> None:
        self.beginResetModel()
        self._load_failed = False
        self._all = rows
        self._texts_by_id = {}
        self._now = now
        if self._sort is not None:
            self._all = self._sorted(rows, *self._sort)
        self._rows = [row for row in self._all if self._accepts(row)]
        self.endResetModel()

    def rows(self) -> list[ProjectRow]:
        """Every row, shown or filtered out, in the sort order."""
        return self._all

    def visible_rows(self) -> list[ProjectRow]:
        return self._rows

    def row_by_id(self, project_id: int) -> ProjectRow | None:
        return next((r for r in self._all if r.id == project_id), None)

    def position_of(self, project_id: int) -> int | None:
        """The row number of a project in the list as shown (None: filtered out or gone)."""
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), None)

    def load_all(self) -> None:
        """Compute every row not computed yet (one read for all of them)."""
        self._load([row for row in self._all if row.state is None])

    def ensure_loaded(self, row: ProjectRow) -> None:
        if row.state is None:
            self._load([row])

    def _ensure(self, r: int) -> None:
        """Row ``r`` is about to be shown: compute it, with the next rows not computed yet."""
        if self._rows[r].state is None:
            self._load([row for row in self._rows[r:r + LOAD_BATCH] if row.state is None])

    def _load(self, rows: list[ProjectRow]) -> None:
        if not rows or self.loader is None or self._now is None or self._load_failed:
            return
        try:
            self.loader(rows, self._now)
        except DatabaseError:
            # The database went away (e.g. a failed restore): show the stored next steps without
            # timers rather than fail every paint; the next successful reload computes them.
            log.warning("cannot read the projects' messages to show them", exc_info=True)
            self._load_failed = True
            return
        # A stored next step always holds (action_cache); should one ever differ from the
        # computed one, the list is put back in order once this paint is over.
        if self._sort is not None and not self._resort_pending and any(r.stored_action is not r.action for r in rows if r.stored_action):
            self._resort_pending = True
            QTimer.singleShot(0, self._resort)

    def _resort(self) -> None:
        self._resort_pending = False
        if self._sort is not None:
            self.sort(*self._sort)

    def refresh_time(self, now: datetime, thresholds: Thresholds) -> None:
        """The minute tick: recompute every row's timers in memory and repaint the timer cells."""
        self.load_all()
        self._now = now
        for row in self._all:
            if row.loaded:  # (one whose messages could not be read keeps its stored next step)
                row.refresh(now, thresholds)
        self._texts_by_id = {}
        # One pass: sorted again (next steps move with time) and filtered again ("needs action")
        self._relayout(self._sorted(self._all, *self._sort) if self._sort is not None else self._all)
        if self._rows:
            self.dataChanged.emit(self.index(0, FIRST_TIMED), self.index(len(self._rows) - 1, LAST_TIMED))

    # --- sorting ------------------------------------------------------------------------------
    def _key(self, row: ProjectRow, column: int) -> Any:
        key = _SPECS[column].key
        return key(row, self._now) if key is not None else self._texts_of(row)[column].casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row (a proxy's pairwise lessThan would call data()
        tens of thousands of times for a few thousand projects)."""
        if not 0 <= column < len(_SPECS):
            return
        self._sort = (column, order)
        self._relayout(self._sorted(self._all, column, order))

    def _sorted(self, rows: list[ProjectRow], column: int, order: Qt.SortOrder) -> list[ProjectRow]:
        """``rows`` sorted by ``column``; ties always by title A→Z, whichever way the column is
        sorted (two stable sorts)."""
        if not _SPECS[column].stored_key:
            self.load_all()  # the other columns need every row's timers or texts
        by_title = sorted(rows, key=lambda row: row.title.casefold())
        return sorted(by_title, key=lambda row: self._key(row, column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _relayout(self, ordered: list[ProjectRow]) -> None:
        """Show ``ordered`` (every row, in order) through the filters, keeping the selection and
        the current row wherever they still are (rows filtered out leave it)."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._all = ordered
        self._rows = [row for row in ordered if self._accepts(row)]
        position = {id(row): i for i, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            r = position.get(id(old[index.row()])) if 0 <= index.row() < len(old) else None
            moved.append(QModelIndex() if r is None else self.index(r, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- filters ------------------------------------------------------------------------------
    def set_archive_filter(self, value: str) -> None:
        self._archive = value
        self.refilter()

    def set_platform_filter(self, value: str) -> None:
        self._platform = value
        self.refilter()

    def set_needs_action(self, value: bool) -> None:
        self._needs_action = value
        self.refilter()

    def set_text_filter(self, value: str) -> None:
        self._text = _normalise(value.strip())
        self.refilter()

    def refilter(self) -> None:
        """Re-apply the filters (also when time moved: a project may now need action)."""
        self._relayout(self._all)

    def _accepts(self, row: ProjectRow) -> bool:
        if self._archive == "active" and row.archived:
            return False
        if self._archive == "archived" and not row.archived:
            return False
        if self._platform and row.platform != self._platform:
            return False
        if self._needs_action and row.urgency(self._now) < text.ACTION:
            return False
        if self._text:
            hay = _normalise(f"{row.title}\n{row.counterparty}\n{row.notes}")
            if self._text not in hay:
                return False
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP_ROLE:
            tip = _SPECS[section].header_tip
            return QCoreApplication.translate("ProjectTable", tip) if tip else headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # Called for every painted cell and every role (seven per cell): the common roles first,
        # each row's texts computed once per refresh (see _texts).
        if role not in _ROLES or self._now is None or not index.isValid():
            return None
        r = index.row()
        col = index.column()
        if role == DISPLAY_ROLE:
            return self._texts(r)[col]
        row = self._rows[r]
        if role == BACKGROUND_ROLE:
            return self._colours.get(row.urgency(self._now))
        if role == FOREGROUND_ROLE:
            return self._on_colour if row.urgency(self._now) in self._colours else None
        if role == ALIGNMENT_ROLE:
            return _ALIGNMENTS[col]
        if role == ID_ROLE:
            return row.id
        level = row.urgency(self._now)
        self._ensure(r)
        if role == TOOLTIP_ROLE:
            tooltip = _TOOLTIPS[col]
            return tooltip(row, level) if tooltip is not None else None
        accessible = _ACCESSIBLE[col]  # (the one role left)
        return accessible(row, self._now, level) if accessible is not None else None

    def _texts(self, r: int) -> tuple[str, ...]:
        self._ensure(r)  # (with the next rows: a first paint reads them in one query)
        return self._texts_of(self._rows[r])

    def _texts_of(self, row: ProjectRow) -> tuple[str, ...]:
        cached = self._texts_by_id.get(row.id)
        if cached is None:
            self.ensure_loaded(row)
            now = self._now
            assert now is not None
            level = row.urgency(now)
            cached = tuple(display(row, now, level) for display in _DISPLAYS)
            self._texts_by_id[row.id] = cached
        return cached


def _normalise(value: str) -> str:
    """Full-width and half-width forms match (ｈｉｎａｔａ finds hinata, ｶﾌｪ finds カフェ)."""
    return unicodedata.normalize("NFKC", value).casefold()
