"""The selected project's conversation, in the style of a chat: their messages on the left, yours
on the right, newest at the bottom, each with its time, channel, read state (既読 / 未読) and
"no reply needed"; Mark as read, Edit and Delete on each message (buttons, context menu, keys).

A long conversation is read a page at a time, newest first: scrolling to the top loads the page
before it. Colours come from the palette (light and dark themes alike), never fixed values.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.model.vocab import READ_STATE_PLATFORMS
from companion.store import reads
from companion.store.reads import MessageRecord
from companion.ui import text

PAGE = 40  # messages read and laid out at a time (the newest first; older ones on scrolling up)
SHOWN_CHARS = 4000  # of one message in its bubble (all of it stays stored, editable and in the tooltip)
MESSAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_DISPLAY, _TOOLTIP, _ACCESSIBLE = 0, 3, int(Qt.ItemDataRole.AccessibleTextRole)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of b over a: a tint that follows the palette in light and dark themes."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )


def bubble_colours(palette: QPalette, mine: bool) -> tuple[QColor, QColor, QColor, QColor]:
    """A bubble's fill, border, meta-line and text colours, all from the palette: yours tinted
    with the selection colour, theirs with the text colour, readable in light and dark themes."""
    base, fg = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    fill = mix(base, palette.color(QPalette.ColorRole.Highlight), 0.18) if mine else mix(base, fg, 0.07)
    return fill, mix(base, fg, 0.3), mix(fg, fill, 0.3), fg


class ConversationModel(QAbstractListModel):
    """The project's messages, oldest at the top: the newest page first, older pages on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageRecord] = []
        self._project_id: int | None = None
        self._platform = ""
        self._tz: tzinfo | None = None
        self._total = 0
        self._metas: dict[int, str] = {}

    # --- loading
    def load(self, project_id: int, platform: str, tz: tzinfo) -> None:
        self.beginResetModel()
        self._project_id, self._platform, self._tz = project_id, platform, tz
        self._metas = {}
        self._messages = reads.conversation(project_id, limit=PAGE)
        self._total = reads.message_count(project_id)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._messages, self._project_id, self._total = [], None, 0
        self.endResetModel()

    def has_older(self) -> bool:
        return self._project_id is not None and len(self._messages) < self._total

    def load_older(self) -> int:
        """Put the page before the first shown message at the top; returns how many came."""
        if not self.has_older() or self._project_id is None:
            return 0
        first = self._messages[0]
        older = reads.conversation(self._project_id, before=(first.at, first.id), limit=PAGE)
        if not older:
            self._total = len(self._messages)
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
        self._messages[:0] = older
        self.endInsertRows()
        return len(older)

    def total(self) -> int:
        return self._total

    def message(self, row: int) -> MessageRecord | None:
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def row_of(self, message_id: int) -> int | None:
        return next((r for r, m in enumerate(self._messages) if m.id == message_id), None)

    def shows_read_state(self) -> bool:
        return self._platform in READ_STATE_PLATFORMS

    # --- what is shown
    def meta(self, msg: MessageRecord) -> str:
        """The line over the text: who, when, and what is known of it (made once a message)."""
        cached = self._metas.get(msg.id)
        if cached is None:
            cached = self._metas[msg.id] = self._meta(msg)
        return cached

    def _meta(self, msg: MessageRecord) -> str:
        assert self._tz is not None
        parts = [text.direction_label(msg.direction), text.format_time(msg.at, self._tz)]
        if msg.channel != "platform":
            parts.append(text.channel_label(msg.channel))
        if msg.direction == "out" and msg.read_state != "unknown" and self.shows_read_state():
            state = text.read_state_short(msg.read_state)
            if msg.read_state == "read" and msg.read_at is not None:
                state += " " + text.format_time(msg.read_at, self._tz)
            parts.append(state)
        if msg.no_reply_needed:
            parts.append(QCoreApplication.translate("Conversation", "no reply needed"))
        return " · ".join(parts)

    @staticmethod
    def body(msg: MessageRecord) -> str:
        if not msg.text:
            return QCoreApplication.translate("Conversation", "(no text logged)")
        return msg.text if len(msg.text) <= SHOWN_CHARS else msg.text[:SHOWN_CHARS] + "…"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        msg = self._messages[index.row()]
        if role == _DISPLAY:
            return self.body(msg)
        if role == _ACCESSIBLE:  # what a screen reader says: who and when first, then the text
            return f"{self.meta(msg)}: {self.body(msg)}"
        if role == _TOOLTIP:
            from companion.ui.widgets import literal_tooltip

            return literal_tooltip(f"{self.meta(msg)}\n\n{msg.text[:2000]}")
        if role == MESSAGE_ROLE:
            return msg
        return None


class BubbleDelegate(QStyledItemDelegate):
    """Paints a message as a speech bubble: theirs on the left, yours on the right."""

    PAD = 8  # inside the bubble
    GAP = 4  # between the meta line and the text
    MARGIN = 6  # around the bubble
    SHARE = 0.8  # of the view's width a bubble may take

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[int, int], QSize] = {}

    def forget_sizes(self) -> None:
        self._sizes.clear()

    @staticmethod
    def meta_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return small

    @staticmethod
    def body_flags(font: QFont, body: str, limit: int) -> int:
        """Wrap at word (and Japanese line-break) boundaries; only a word longer than the bubble
        (an address, a file name) is broken anywhere."""
        return BubbleDelegate._measure_body(QFontMetrics(font), body, limit)[1]

    @staticmethod
    def _measure_body(metrics: QFontMetrics, body: str, limit: int) -> tuple[QRect, int]:
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRect(0, 0, limit, 100_000), flags, body)
        if rect.width() > limit:  # a word longer than the line
            flags |= int(Qt.TextFlag.TextWrapAnywhere)
            rect = metrics.boundingRect(QRect(0, 0, limit, 100_000), flags, body)
        return rect, flags

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> tuple[QRect, QRect, QRect, bool, int]:
        """The bubble's, the meta line's and the text's rectangles inside ``option.rect``."""
        model = index.model()
        msg: MessageRecord = index.data(MESSAGE_ROLE)
        assert isinstance(model, ConversationModel)
        outer = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        limit = max(120, int(outer.width() * self.SHARE)) - 2 * self.PAD
        meta = QFontMetrics(self.meta_font(option.font)).boundingRect(
            QRect(0, 0, limit, 10_000), int(Qt.TextFlag.TextWordWrap), model.meta(msg))
        body, flags = self._measure_body(QFontMetrics(option.font), model.body(msg), limit)
        width = min(limit, max(meta.width(), body.width())) + 2 * self.PAD
        height = meta.height() + self.GAP + body.height() + 2 * self.PAD
        mine = msg.direction == "out"
        left = outer.right() - width + 1 if mine else outer.left()
        bubble = QRect(left, outer.top(), width, height)
        inner = bubble.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        meta_rect = QRect(inner.left(), inner.top(), inner.width(), meta.height())
        body_rect = QRect(inner.left(), meta_rect.bottom() + 1 + self.GAP, inner.width(), body.height())
        return bubble, meta_rect, body_rect, mine, flags

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        msg: MessageRecord = index.data(MESSAGE_ROLE)
        view = self.parent()
        # (the viewport's width, its scroll bar always shown; asking the viewport itself would
        # build the bindings of its private class, once a run: ~10 ms of a start-up)
        width = max(view.maximumViewportSize().width() if isinstance(view, QAbstractItemView) else option.rect.width(), 200)
        key = (msg.id, width)
        size = self._sizes.get(key)
        if size is None:
            opt = QStyleOptionViewItem(option)
            opt.rect = QRect(0, 0, width, 0)
            bubble = self._layout(opt, index)[0]
            size = self._sizes[key] = QSize(width, bubble.height() + self.MARGIN)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        assert isinstance(model, ConversationModel)
        msg: MessageRecord = index.data(MESSAGE_ROLE)
        bubble, meta_rect, body_rect, mine, flags = self._layout(option, index)
        palette: QPalette = option.palette
        fill, border, meta_colour, fg = bubble_colours(palette, mine)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        # (from the view, not option.state: reading QStyle's flags would build its bindings,
        # a large share of a start-up)
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        focused = isinstance(view, QAbstractItemView) and view.hasFocus() and view.currentIndex() == index
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(highlight if selected else border, 2.5 if selected else 1.0)
        if msg.channel != "platform":
            pen.setStyle(Qt.PenStyle.DashLine)  # not on the platform: not proof there
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble.adjusted(1, 1, -1, -1), 8, 8)
        if focused and not selected:
            focus = QPen(highlight, 1.0, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 2, 2), 9, 9)
        painter.setFont(self.meta_font(option.font))
        painter.setPen(meta_colour)
        painter.drawText(meta_rect, int(Qt.TextFlag.TextWordWrap), model.meta(msg))
        painter.setFont(option.font)
        painter.setPen(fg)
        painter.drawText(body_rect, flags, model.body(msg))
        painter.restore()


class ConversationView(QListView):
    """The chat view, with the per-message commands as actions (context menu, keys, buttons)."""

    edit_message = Signal(int)
    mark_read = Signal(int)
    delete_message = Signal(int)
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = ConversationModel(self)
        self.delegate = BubbleDelegate(self)
        self.setModel(self.conversation)
        self.setItemDelegate(self.delegate)
        self.setObjectName("conversation")
        self.setAccessibleName(QCoreApplication.translate("Conversation", "Messages"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # (a scroll bar that comes and goes would change the width and so lay every bubble out twice)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.verticalScrollBar().setSingleStep(24)
        self.act_read = self._action(QCoreApplication.translate("Conversation", "Mark as &read (既読)…"), self.mark_read, "Ctrl+K")
        self.act_edit = self._action(QCoreApplication.translate("Conversation", "&Edit message…"), self.edit_message, "F2")
        self.act_delete = self._action(QCoreApplication.translate("Conversation", "&Delete message…"), self.delete_message, QKeySequence.StandardKey.Delete)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selectionModel().currentChanged.connect(self._sync)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.conversation.modelReset.connect(self._sync)
        self._sync()

    def _action(self, label: str, signal: Signal, key: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # (the list's own keys)
        action.triggered.connect(lambda: self._emit(signal))
        self.addAction(action)
        return action

    def _emit(self, signal: Signal) -> None:
        msg = self.current_message()
        if msg is not None:
            signal.emit(msg.id)  # type: ignore[attr-defined]

    def current_message(self) -> MessageRecord | None:
        index = self.currentIndex()
        return self.conversation.message(index.row()) if index.isValid() else None

    def _sync(self, *_: object) -> None:
        msg = self.current_message()
        self.act_edit.setEnabled(msg is not None)
        self.act_delete.setEnabled(msg is not None)
        self.act_read.setEnabled(msg is not None and msg.direction == "out" and self.conversation.shows_read_state())
        self.current_changed.emit()

    # --- showing
    def show_project(self, project_id: int, platform: str, tz: tzinfo) -> None:
        """The project's newest messages, the newest at the bottom and in view."""
        self.delegate.forget_sizes()
        self.conversation.load(project_id, platform, tz)
        self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        last = self.conversation.rowCount() - 1
        if last >= 0:
            index = self.conversation.index(last)
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtBottom)
            QTimer.singleShot(0, self.scrollToBottom)  # once the rows are laid out at their heights

    def select_message(self, message_id: int) -> bool:
        row = self.conversation.row_of(message_id)
        if row is None:
            return False
        index = self.conversation.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _scrolled(self, value: int) -> None:
        if value == self.verticalScrollBar().minimum() and self.conversation.has_older() and self.isVisible():
            came = self.conversation.load_older()
            if came:  # keep the message that was at the top where it was
                self.scrollTo(self.conversation.index(came), QAbstractItemView.ScrollHint.PositionAtTop)

    placeholder = ""  # said in the empty view (no messages yet)

    def set_placeholder(self, value: str) -> None:
        self.placeholder = value
        self.viewport().update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.conversation.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            colours = bubble_colours(self.palette(), False)
            painter.setPen(colours[2])
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_message() is not None:
            self.act_edit.trigger()  # Enter opens the message, as a double click does
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self.delegate.forget_sizes()  # the bubbles wrap to the new width
        super().resizeEvent(event)
