"""The pinned Qt bindings must not leak or over-release references in the calls the app makes
all the time: PySide6 6.12.0 lost a reference to True on every signal emitted from Python, which
crashed the interpreter after a few thousand (a long session, or typing in the search box)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Signal


class Emitter(QObject):
    plain = Signal()
    with_int = Signal(int)


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=0):
        return None


def references_lost(action, times=20) -> dict[str, int]:
    gc.collect()
    before = {"True": sys.getrefcount(True), "False": sys.getrefcount(False), "None": sys.getrefcount(None)}
    for _ in range(times):
        action()
    gc.collect()
    after = {"True": sys.getrefcount(True), "False": sys.getrefcount(False), "None": sys.getrefcount(None)}
    return {k: before[k] - after[k] for k in before if before[k] - after[k] > times // 2}


def test_emitting_signals_from_python_keeps_every_reference(qapp):
    emitter = Emitter()
    emitter.plain.connect(lambda: None)
    emitter.with_int.connect(lambda value: None)
    model = Model()
    assert references_lost(emitter.plain.emit) == {}
    assert references_lost(lambda: emitter.with_int.emit(1)) == {}
    assert references_lost(lambda: (model.layoutAboutToBeChanged.emit(), model.layoutChanged.emit())) == {}
    assert references_lost(lambda: model.dataChanged.emit(model.index(0, 0), model.index(1, 1))) == {}
