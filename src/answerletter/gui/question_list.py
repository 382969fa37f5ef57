"""The question list pane: a filter box above the list of questions.

Selection is reported as question ids (``selectionChangedIds``), never rows, because rows
move and the filter hides some of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from answerletter.gui.clear_button import name_clear_button
from answerletter.gui.question_model import FILTER_ROLE, ID_ROLE, QuestionListModel
from answerletter.gui.status_marks import legend


class QuestionListPane(QWidget):
    """Filter box and list. ``currentQuestionChanged(id or "")`` follows the current row."""

    selectionChangedIds = Signal()
    currentQuestionChanged = Signal(str)

    def __init__(self, model: QuestionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)  # the model lives and dies with its view
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # (Before the view's selection model connects to it, so this is told first.)
        self.proxy.rowsAboutToBeRemoved.connect(self._before_rows_removed)

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("questionFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter questions…"))
        self.filter_box.setAccessibleName(self.tr("Filter questions"))
        name_clear_button(self.filter_box, self.tr("Clear filter"))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QListView(self)
        self.view.setObjectName("questionList")
        self.view.setAccessibleName(self.tr("Questions"))
        # What the status shapes mean (otherwise only in each row's tooltip).
        self.view.setAccessibleDescription(legend())
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._remembered: tuple[tuple[str, ...], str] = ((), "")
        self._resetting = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)

    # -- selection as ids --

    def selected_ids(self) -> list[str]:
        """Selected question ids in presentation order."""
        rows = sorted(
            self.proxy.mapToSource(index).row()
            for index in self.view.selectionModel().selectedRows()
        )
        questions = self.model.letter.questions
        return [questions[row].id for row in rows if row < len(questions)]

    def is_shown(self, question_id: str) -> bool:
        """Whether the filter shows the question."""
        return self._proxy_index(question_id) is not None

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def select_ids(self, ids: Sequence[str], current: str | None = None) -> None:
        """Select these questions (those the filter shows) and make *current* (or the first)
        the current one, scrolled into view."""
        if self.filter_box.text() and any(
            qid in self.model.letter.question_index and self._proxy_index(qid) is None
            for qid in ids
        ):
            self.filter_box.clear()  # show what an operation (or undo) is about
        selection = QItemSelection()
        first = None
        for qid in ids:
            index = self._proxy_index(qid)
            if index is None:
                continue
            selection.select(index, index)
            if first is None or qid == current:
                first = index
        model = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if first is None:
            model.clearSelection()
            return
        model.setCurrentIndex(first, flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(first)

    def _proxy_index(self, question_id: str) -> QModelIndex | None:
        row = self.model.row_of(question_id)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(row))
        return index if index.isValid() else None

    def _before_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        """When the current row goes, the first row shown after those that go becomes
        current (the one Delete selects), or the last one shown before them: the editor
        then loads one question, not the one Qt picks and then the one selected. (Rows of
        the proxy; rows the filter hides go as Qt has it.)"""
        if not self.model.removing_questions or parent.isValid():
            return
        if not first <= self.view.currentIndex().row() <= last:
            return
        if last + 1 < self.proxy.rowCount():
            row = last + 1
        elif first > 0:
            row = first - 1
        else:
            return
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def _remember_selection(self) -> None:
        self._resetting = True

    def _restore_selection(self) -> None:
        self._resetting = False
        ids, current = self._remembered
        letter = self.model.letter
        self.select_ids([i for i in ids if i in letter.question_index], current)
        self.selectionChangedIds.emit()
        self.currentQuestionChanged.emit(self.current_id())

    def _on_selection_changed(self, *_: object) -> None:
        if self._resetting:
            return
        self._remembered = (tuple(self.selected_ids()), self.current_id())
        self.selectionChangedIds.emit()

    def _on_current_changed(self, *_: object) -> None:
        if self._resetting:
            return
        self._remembered = (tuple(self.selected_ids()), self.current_id())
        self.currentQuestionChanged.emit(self.current_id())
