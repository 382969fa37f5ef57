"""The editor window: question list and letter details docked left, the answer editor and
the live preview side by side, menus, status bar and the file commands.

One window edits one letter. Opening or creating another letter rebinds the window to a new
Document (its panes are rebuilt); the window itself stays. Windows are created and tracked by
their owner (``desktop.opener``), through which File > Open, Open Recent, drop and New go.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QByteArray, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextEdit,
)

from answerletter import APP_NAME, COPYRIGHT, LICENCE, __version__
from answerletter.config import Config
from answerletter.editing.document import Document
from answerletter.gui import dialogs, file_commands, i18n, profiles, window_fit
from answerletter.gui.answer_editor import AnswerEditorPane
from answerletter.gui.format_menu import add_format_menu
from answerletter.gui.metadata_form import MetadataForm, deadline_text
from answerletter.gui.palette_colours import problem_style
from answerletter.gui.preview import FramePages, PageSourceFactory, PreviewPane
from answerletter.gui.preview_layout import ThreadedLayout
from answerletter.gui.question_actions import QuestionActions
from answerletter.gui.question_list import QuestionListPane
from answerletter.gui.question_model import QuestionListModel
from answerletter.gui.window_owner import WindowOwner
from answerletter.gui.window_safety import WindowGuard
from answerletter.layout.profile import DEFAULT_PROFILE
from answerletter.model import DocumentKind, Letter

if TYPE_CHECKING:
    from answerletter.gui.import_report import ImportReportPanel

LETTER_SUFFIX = ".kvb"
#: The checks of a new letter wait for the preview's first pages, but no longer than this.
FIRST_CHECKS_LATEST_MS = 3000


def default_page_factory(profile: Any) -> PageSourceFactory:
    """Pages from the typesetter in *profile*'s house style."""
    return ThreadedLayout(profile)


def letter_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local .kvb files, and documents to import (.docx, .pdf, .txt), being dragged."""
    from answerletter.gui.import_commands import is_import_path

    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == LETTER_SUFFIX or is_import_path(p)]


class MainWindow(QMainWindow):
    """The editor window for one letter at a time."""

    # The import report beside an imported letter (none for other letters).
    import_panel: ImportReportPanel | None = None

    def __init__(
        self,
        document: Document,
        config: Config,
        owner: WindowOwner,
        page_factory: PageSourceFactory | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.config = config
        # The owner keeps its windows; a window only refers to it, weakly: a reference cycle
        # window ⇄ owner would leave both to Python's cycle collector, which may free the
        # window's C++ objects in the middle of a Qt event.
        self._owner = weakref.ref(owner)
        self._fixed_page_factory = page_factory
        self.profile: Any = None
        self.page_factory: PageSourceFactory = FramePages
        self._load_profile(config.settings.profile)
        self.today = today
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.questions_dock = QDockWidget(self.tr("Questions"), self)
        self.questions_dock.setObjectName("questionsDock")
        self.details_dock = QDockWidget(self.tr("Letter details"), self)
        self.details_dock.setObjectName("detailsDock")
        for dock in (self.questions_dock, self.details_dock):
            dock.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.tabifyDockWidget(self.questions_dock, self.details_dock)
        self.questions_dock.raise_()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.deadline_label = QLabel(self)
        # A description, not a name: a name would replace the label's text, so a screen
        # reader would never announce the date or "answered 37 days late" (issue 19).
        self.deadline_label.setAccessibleDescription(self.tr("Answer deadline"))
        self.statusBar().addPermanentWidget(self.deadline_label)

        from answerletter.gui.findings_window import WindowFindings

        self.findings = WindowFindings(self)
        # One timer for the window's life, not a QTimer.singleShot per letter: that makes and
        # destroys a Qt object on the GUI thread, which may meet a layout or export thread in
        # the deadlock described in ARCHITECTURE.md (seen: a hung test run).
        self._first_checks_timer = QTimer(self)
        self._first_checks_timer.setSingleShot(True)
        self._first_checks_timer.timeout.connect(self.findings.start_checks)
        from answerletter.gui.find_window import WindowFind

        self.find_replace = WindowFind(self)  # the find bar under the editor; Edit ▸ Find…

        from answerletter.gui.counts import StatusCounts
        from answerletter.gui.help_commands import HelpCommands
        from answerletter.gui.text_zoom import TextZoom

        self.counts = StatusCounts(self)
        self.text_zoom = TextZoom(self)
        self.help_commands = HelpCommands(self)
        from answerletter.gui.spelling_window import WindowSpelling

        self.spelling = WindowSpelling(self)
        from answerletter.gui.accessibility import WindowAccess

        self.access = WindowAccess(self)
        self._create_actions()
        self._create_menus()
        self.guard = WindowGuard(self, config.data_directory)
        self.document: Document = document
        self._connected_document: Document | None = None
        self._bind(document)
        self._restore_state()

    @property
    def owner(self) -> WindowOwner:
        """The window registry and open path (desktop.opener.Opener)."""
        owner = self._owner()
        if owner is None:
            raise RuntimeError("this window's owner (the opener) is gone")
        return owner

    # -- building --

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new_letter, keys.New)
        self.new_example_action = self._action(self.tr("New &from Example"), self.new_example)
        self.open_action = self._action(self.tr("&Open…"), self.open_letter, keys.Open)
        self.import_action = self._action(self.tr("&Import…"), self.import_document, "Ctrl+Shift+I")
        self.import_action.setStatusTip(
            self.tr(
                "Make a new letter from a Word letter, the Kamer's questions (.docx, .pdf) or text"
            )
        )
        self.paste_questions_action = self._action(
            self.tr("Paste &Questions…"), self.paste_questions, "Ctrl+Shift+V"
        )
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, keys.SaveAs)
        self.export_action = self._action(self.tr("&PDF…"), self.export_pdf, "Ctrl+E")
        self.export_docx_action = self._action(
            self.tr("&Word Document…"), self.export_docx, "Ctrl+Shift+E"
        )
        self.print_action = self._action(self.tr("&Print…"), self.print_letter, keys.Print)
        self.notice_action = self._action(
            self.tr("Make Postpone&ment Notice…"), self.make_postponement_notice
        )
        self.close_action = self._action(self.tr("&Close"), self.close, keys.Close)
        self.quit_action = self._action(self.tr("&Quit"), self._quit, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(self.tr("&Undo"), self._undo, keys.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self._redo, keys.Redo)
        self.cut_action = self._action(self.tr("Cu&t"), self._focused("cut"), keys.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self._focused("copy"), keys.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self._focused("paste"), keys.Paste)
        self.select_all_action = self._action(
            self.tr("Select &All"), self._focused("selectAll"), keys.SelectAll
        )
        # The text widgets handle these keys themselves; the menu entries are for the mouse.
        for action in (self.cut_action, self.copy_action, self.paste_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), self.edit_preferences, keys.Preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.show_questions_action = self._action(
            self.tr("&Questions"), self._show_questions, "Ctrl+1"
        )
        self.show_details_action = self._action(
            self.tr("Letter &Details"), self._show_details, "Ctrl+2"
        )
        self.show_findings_action = self._action(
            self.tr("&Findings"), self._show_findings, "Ctrl+3"
        )
        self.show_editor_action = self._action(self.tr("&Editor"), self._show_editor, "Ctrl+4")
        self.show_preview_action = self._action(self.tr("Pre&view"), self._show_preview, "Ctrl+5")
        # The preview's zoom keys are Ctrl++ / Ctrl+- while it has the focus (gui.text_zoom:
        # elsewhere they size the editors' text).
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self._zoom_in)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self._zoom_out)
        self.fit_width_action = self._action(self.tr("Fit &Width"), self._fit_width)
        self.fit_page_action = self._action(self.tr("Fit &Page"), self._fit_page)
        self.spell_check_action = self.spelling.create_action()
        self.about_action = self._action(self.tr("&About AnswerLetter"), self._about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.new_action, self.new_example_action, self.open_action, self.import_action]
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        # File ▸ Export ▸ PDF… / Word Document…: the two ways a letter leaves the editor.
        self.export_menu = QMenu(self.tr("E&xport"), self)
        self.export_menu.addActions([self.export_action, self.export_docx_action])
        file_menu.addMenu(self.export_menu)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.notice_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.select_all_action]
        )
        edit_menu.addSeparator()
        edit_menu.addActions(self.find_replace.actions())
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.format_menu = add_format_menu(self, bar)

        self.questions_menu = bar.addMenu(self.tr("&Questions"))

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.show_questions_action, self.show_details_action, self.show_findings_action]
        )
        view_menu.addActions([self.show_editor_action, self.show_preview_action])
        view_menu.addSeparator()
        view_menu.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_width_action, self.fit_page_action]
        )
        self.text_zoom.add_menu(view_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.spell_check_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_commands.add_to(help_menu)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _bind(self, document: Document) -> None:
        """Build the panes for *document* (replacing those of the previous one)."""
        old_widgets = [
            self.questions_dock.widget(),
            self.details_dock.widget(),
            *(self.splitter.widget(i) for i in range(self.splitter.count())),
        ]
        sizes = self.splitter.sizes()
        previous = getattr(self, "question_actions", None)
        old_document = self.document if self.document is not document else None
        self.document = document
        document.setParent(self)  # the window owns its letter
        self.model = QuestionListModel(document)
        self.list_pane = QuestionListPane(self.model)
        self.editor_pane = AnswerEditorPane(document)
        self._show_profile_labels()
        self.preview = PreviewPane(self.page_factory)
        self.preview.set_zoom(self.config.settings.preview_zoom)
        self.form = MetadataForm(document, self.today)
        self._offer_profiles()
        self.form.profileChosen.connect(self.choose_profile)
        self.questions_dock.setWidget(self.list_pane)
        self.details_dock.setWidget(self.form)
        for widget in old_widgets:
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.splitter.addWidget(self.editor_pane)
        self.splitter.addWidget(self.preview)
        if len(sizes) == 2:
            self.splitter.setSizes(sizes)
        else:
            self.splitter.setSizes([560, 480])

        self._bind_question_actions(document, previous)
        self.format_menu.follow(self.editor_pane)
        self.findings.bind(document)
        # The checks start with the preview's first pages, at the latest after a while.
        self.preview.pagesShown.connect(self.findings.start_checks)
        self._first_checks_timer.start(FIRST_CHECKS_LATEST_MS)
        self.find_replace.bind(document)
        self.spelling.bind(document)
        self.counts.bind(document)
        self.text_zoom.bind(self.editor_pane)
        self.guard.bind(document)
        self._connect(document)
        self._show_import_report(document)
        self.access.bind()
        if old_document is not None:
            old_document.dispose()
            old_document.deleteLater()

    def _bind_question_actions(self, document: Document, previous: object) -> None:
        if isinstance(previous, QuestionActions):
            for action in previous.all:
                action.deleteLater()
            previous.deleteLater()
        self.question_actions = QuestionActions(document, self.list_pane, self)
        self.questions_menu.clear()
        actions = self.question_actions
        self.questions_menu.addAction(self.paste_questions_action)
        self.questions_menu.addSeparator()
        self.questions_menu.addActions([actions.add, actions.insert, actions.duplicate])
        self.questions_menu.addAction(actions.delete)
        self.questions_menu.addSeparator()
        self.questions_menu.addActions([actions.move_up, actions.move_down, actions.renumber])
        self.questions_menu.addSeparator()
        self.questions_menu.addActions(
            [actions.combine, actions.split, actions.refer, actions.clear_reference]
        )

    def _connect(self, document: Document) -> None:
        stack = document.undo_stack
        # Rebinding the same document (a language switch) must not connect twice.
        if self._connected_document is not document:
            self._connected_document = document
            stack.indexChanged.connect(self._update_undo_state)
            stack.cleanChanged.connect(self._update_title)
            document.pathChanged.connect(self._update_title)
            document.letterChanged.connect(self._on_letter_changed)
        self.list_pane.currentQuestionChanged.connect(self._on_current_question)
        self.preview.itemClicked.connect(self._select_from_preview)
        self._update_undo_state()
        self._update_title()
        self._update_status(document.letter)
        self.preview.set_letter(document.letter)
        # A new pane's first letter goes to the layout at once (no pause to wait for: nothing
        # is being typed), so a long letter's first pages come as early as they can.
        self.preview.refresh_now()
        if document.letter.questions:
            self.list_pane.select_ids([document.letter.questions[0].id])

    def _show_import_report(self, document: Document) -> None:
        """The report panel beside an imported letter; none for other letters."""
        old = getattr(self, "import_panel", None)
        report = getattr(document, "import_report", None)
        if old is None and report is None:
            # Nothing to show or take away: the importers (0.1 s to import) are not needed.
            return
        from answerletter.gui.import_report import ImportReportPanel

        if isinstance(old, ImportReportPanel):
            if old.document is document:
                return
            self.removeDockWidget(old)
            old.deleteLater()
        self.import_panel = None
        if report is not None:
            self.import_panel = ImportReportPanel(document, report, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.import_panel)
            self.import_panel.show()

    # -- reacting to the document --

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if isinstance(focus, tuple) and focus and self.list_pane.current_id() not in focus:
            self.list_pane.select_ids([str(f) for f in focus if f in new.question_index])
        if old.metadata is not new.metadata:
            self._update_status(new)
        self.preview.set_letter(new)

    def _on_current_question(self, question_id: str) -> None:
        self.document.seal()
        self.editor_pane.show_question(question_id)
        if question_id:
            self.preview.show_item(question_id)

    def _select_from_preview(self, item_id: str) -> None:
        letter = self.document.letter
        if item_id in letter.answer_index:
            item_id = letter.answer(item_id).questions[0]
        if item_id in letter.question_index:
            self.list_pane.select_ids([item_id])

    def _update_title(self, *_: object) -> None:
        name = self.document.display_name() or self.tr("Untitled")
        self.setWindowTitle(f"{name}{self.guard.title_suffix()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())

    def _update_undo_state(self, *_: object) -> None:
        stack = self.document.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        # Without a step the plain "&Undo" ("&Ongedaan maken"), not the template emptied.
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )

    def _update_status(self, letter: Letter) -> None:
        if letter.kind is not DocumentKind.ANSWER_LETTER:
            # A notice has no answer deadline of its own; its letter's moved one is shown
            # in that letter's window.
            self.deadline_label.setText(self.tr("Postponement notice"))
            self.deadline_label.setStyleSheet("")
            return
        text, passed = deadline_text(letter.metadata, self.today())
        self.deadline_label.setText(self.tr("Deadline: {text}").format(text=text))
        self.deadline_label.setStyleSheet(problem_style() if passed else "")
        self.access.deadline_shown(passed)

    # -- edit menu --

    def _undo(self) -> None:
        self.document.undo()

    def _redo(self) -> None:
        self.document.redo()

    def _focused(self, method: str) -> Callable[[], None]:
        def call() -> None:
            widget = QApplication.focusWidget()
            if isinstance(widget, QTextEdit | QLineEdit):
                getattr(widget, method)()

        return call

    # -- view menu --

    def _show_questions(self) -> None:
        self.questions_dock.show()
        self.questions_dock.raise_()
        self.list_pane.view.setFocus()

    def _show_details(self) -> None:
        self.details_dock.show()
        self.details_dock.raise_()
        self.form.setFocus()

    def _show_findings(self) -> None:
        self.findings.dock.show()
        self.findings.dock.raise_()
        self.findings.pane.view.setFocus()

    def _show_editor(self) -> None:
        from answerletter.gui.focus_order import focus_editor

        if not focus_editor(self):
            self.statusBar().showMessage(self.tr("No question is selected."), 5000)

    def _show_preview(self) -> None:
        from answerletter.gui.focus_order import focus_preview

        focus_preview(self)

    def _zoom_in(self) -> None:
        self.preview.zoom_by(1)

    def _zoom_out(self) -> None:
        self.preview.zoom_by(-1)

    def _fit_width(self) -> None:
        self.preview.set_zoom("width")

    def _fit_page(self) -> None:
        self.preview.set_zoom("page")

    def _about(self) -> None:
        paragraphs = [
            self.tr("{name} {version}: answer letters to parliamentary questions.").format(
                name=APP_NAME, version=__version__
            ),
            # The EUPL asks for "Licensed under the EUPL" right after the copyright notice.
            self.tr(
                "{copyright}. Licensed under the {licence} (European Union Public Licence "
                "v. 1.2); its text is the file LICENSE that comes with the program."
            ).format(copyright=COPYRIGHT, licence=LICENCE),
            self.tr(
                "Uses Qt {qt} and PySide6 {pyside} under the LGPL-3.0, and the DejaVu fonts; "
                "these and the other components keep their own licences (THIRD-PARTY.md)."
            ).format(qt=qVersion(), pyside=PySide6.__version__),
        ]
        dialogs.show_information(self, self.tr("About AnswerLetter"), "\n\n".join(paragraphs))

    # -- house style --

    def _load_profile(self, name: str) -> str:
        """Make *name* the house style of preview, PDF and print; returns an error text."""
        self.profile, error = profiles.load(name)
        self.page_factory = self._fixed_page_factory or default_page_factory(self.profile)
        return error

    def _show_profile_labels(self) -> None:
        """The editor labels answers with the house style's labels, as the print does."""
        labels = getattr(self.profile, "labels", None)
        if labels is not None:
            self.editor_pane.set_answer_labels(labels.answer, labels.answer_combined)

    def _offer_profiles(self) -> None:
        current = self.config.settings.profile or DEFAULT_PROFILE
        self.form.set_profiles(profiles.available_profiles(), current)
        self.form.show_sender_defaults(getattr(self.profile, "sender", None))

    def choose_profile(self, name: str) -> None:
        """Use house style *name* from now on (remembered in the preferences)."""
        error = self._load_profile(name)
        if error:
            self._load_profile(self.config.settings.profile)
            self._offer_profiles()
            dialogs.show_error(
                self,
                self.tr("Cannot use this house style"),
                self.tr("The profile could not be loaded."),
                error,
            )
            return
        self.config.update(profile=name)
        self.form.show_sender_defaults(getattr(self.profile, "sender", None))
        self._show_profile_labels()
        self.preview.factory = self.page_factory
        self.preview.pages.set_source(None)
        self.preview.set_letter(self.document.letter)

    # -- preferences --

    def edit_preferences(self) -> None:
        current = self.config.settings.language
        choice = dialogs.choose_language(self, current, i18n.language_names())
        if choice is None or choice == current:
            return
        self.config.update(language=choice)
        i18n.install(choice)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply a new interface language now: rebuild the menus and panes in place.

        Every text is set where a widget is built, so building again is the whole
        retranslation; the document, its history and the window layout stay.
        """
        state = self.saveState()
        self.menuBar().clear()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        self._create_actions()
        self._create_menus()
        self.questions_dock.setWindowTitle(self.tr("Questions"))
        self.details_dock.setWindowTitle(self.tr("Letter details"))
        # A description, not a name: a name would replace the label's text, so a screen
        # reader would never announce the date or "answered 37 days late" (issue 19).
        self.deadline_label.setAccessibleDescription(self.tr("Answer deadline"))
        self.findings.retranslate()
        self.find_replace.retranslate()
        selected = self.list_pane.selected_ids()
        self.document.retranslate_history()  # steps made before the switch too
        self._bind(self.document)
        self.list_pane.select_ids(selected)
        self.restoreState(state)

    # -- window state --

    def _restore_state(self) -> None:
        settings = self.config.settings
        if settings.window_geometry and self.restoreGeometry(QByteArray(settings.window_geometry)):
            window_fit.keep_on_screen(self)
        else:
            window_fit.place_first_window(self)
        if settings.window_state:
            self.restoreState(QByteArray(settings.window_state))
        if settings.splitter_state:
            self.splitter.restoreState(QByteArray(settings.splitter_state))

    def save_state(self) -> None:
        self.config.update(
            window_geometry=bytes(self.saveGeometry().data()),
            window_state=bytes(self.saveState().data()),
            splitter_state=bytes(self.splitter.saveState().data()),
            preview_zoom=self.preview.zoom_mode,
        )

    # -- files (the logic lives in file_commands) --

    def new_letter(self) -> None:
        file_commands.new_letter(self, example=False)

    def new_example(self) -> None:
        file_commands.new_letter(self, example=True)

    def open_letter(self) -> None:
        file_commands.open_letter(self)

    def open_path(self, path: Path) -> bool:
        """Open *path* through the owner's open path, into this window when it is not open
        elsewhere; True when *path* is now shown (here or in its own window)."""
        return self.owner.open_path(path, into=self) is not None

    def import_document(self) -> None:
        from answerletter.gui import import_commands

        import_commands.import_letter(self)

    def paste_questions(self) -> None:
        from answerletter.gui import import_commands

        import_commands.paste_questions(self)

    def save(self) -> bool:
        return file_commands.save(self)

    def save_as(self) -> bool:
        return file_commands.save_as(self)

    def export_pdf(self) -> None:
        file_commands.export_pdf(self)

    def export_docx(self) -> None:
        file_commands.export_docx(self)

    def print_letter(self) -> None:
        file_commands.print_letter(self)

    def make_postponement_notice(self) -> None:
        from answerletter.gui import notice_commands

        notice_commands.make_postponement_notice(self)

    def open_new_document(self, document: Document) -> None:
        """Open a document made here (the uitstelbericht) through the owner's open path: a
        new, unsaved window of its own."""
        self.owner.open_document(document)

    def replace_document(self, document: Document) -> None:
        """Edit *document* in this window from now on."""
        self._bind(document)

    def _fill_recent_menu(self) -> None:
        file_commands.fill_recent_menu(self, self.recent_menu)

    def _quit(self) -> None:
        QApplication.closeAllWindows()

    # -- events --

    def closeEvent(self, event: QCloseEvent) -> None:
        if not file_commands.maybe_save(self):
            event.ignore()
            return
        self.save_state()
        file_commands.cancel_output(self)  # a running export or print changes no file
        self.preview.stop_engine()  # no layout thread outlives the window's objects
        self.access.dispose()
        self.findings.dispose()
        self.counts.dispose()
        self.spelling.dispose()
        self.guard.close()
        self.document.dispose()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if letter_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = letter_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # The first into this window (as File > Open), the others in windows of their own.
        self.open_path(paths[0])
        for path in paths[1:]:
            self.owner.open_path(path)
