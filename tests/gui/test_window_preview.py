"""The live preview: debounced re-typesetting, page count following the text, painting only
visible pages, zoom modes, and clicking a question in the preview."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from window_helpers import small_letter

from answerletter.gui.preview import DEBOUNCE_MS, FramePages, PreviewPane
from answerletter.layout.units import DPI
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.testing.synthetic import generate_letter


def refreshed(qtbot, window):
    return qtbot.waitSignal(window.preview.refreshed, timeout=5000)


def test_debounce_merges_a_burst_of_changes_into_one_typeset(qtbot):
    calls = []

    def counting(letter):
        calls.append(letter)
        return FramePages(letter)

    pane = PreviewPane(counting)
    qtbot.addWidget(pane)
    assert DEBOUNCE_MS <= 300
    letters = [small_letter(n) for n in range(1, 6)]
    with qtbot.waitSignal(pane.refreshed, timeout=5000):
        for letter in letters:
            pane.set_letter(letter)
    assert calls == [letters[-1]]


def test_typing_grows_the_page_count(make_window, qtbot):
    window = make_window(small_letter(2))
    window.preview.refresh_now()
    pages = window.preview.page_count()
    assert pages >= 1
    window.list_pane.select_ids(["q2"])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    long_text = RichText.plain(*(["Een lange alinea met veel woorden. " * 12] * 25))
    editor.set_rich_text(long_text)  # as a paste would
    with refreshed(qtbot, window):
        qtbot.keyClicks(editor, "x")
    assert window.preview.page_count() > pages
    assert window.preview.page_label.text() == f"{window.preview.page_count()} pages"


def test_only_visible_pages_are_painted(make_window, qtbot):
    window = make_window(generate_letter(60, seed=3))
    window.preview.refresh_now()
    count = window.preview.page_count()
    assert count > 5
    window.preview.set_zoom("width")
    widget = window.preview.pages
    widget.painted_pages = []
    widget.update()
    qtbot.waitUntil(lambda: bool(widget.painted_pages))
    visible = widget.visibleRegion().boundingRect()
    for index in widget.painted_pages:
        assert widget.page_rect(index).intersects(visible)
    assert len(widget.painted_pages) < count


def test_zoom_modes(make_window):
    window = make_window(small_letter(2))
    preview = window.preview
    preview.refresh_now()
    viewport = preview.scroll_area.viewport()
    preview.set_zoom("page")
    width, height = preview.pages.page_pixels()
    assert height <= viewport.height() and width <= viewport.width()
    preview.set_zoom("width")
    width, _ = preview.pages.page_pixels()
    assert viewport.width() - 2 * 16 - 2 <= width <= viewport.width()
    preview.set_zoom("150")
    assert abs(preview.pages.scale - 1.5 * preview.logicalDpiX() / 72) < 1e-6
    preview.zoom_by(1)
    assert preview.zoom_mode == "200"


def test_clicking_a_question_in_the_preview_selects_it(make_window, qtbot):
    window = make_window(small_letter(6))
    preview = window.preview
    preview.refresh_now()
    source = preview.pages.source
    layout = source.layout
    page = source.page_of("q4")
    segment = next(s for s in layout.pages[page].segments if source._item_ids(s.item) == ("q4",))
    rect = preview.pages.page_rect(page)
    y = rect.top() + int(segment.y * 72 / DPI * preview.pages.scale) + 3
    preview.scroll_area.ensureVisible(rect.center().x(), y)
    qtbot.mouseClick(preview.pages, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), y))
    assert window.list_pane.selected_ids() == ["q4"]
    assert window.editor_pane.current_id == "q4"


def test_changes_schedule_a_refresh(make_window, qtbot):
    window = make_window(small_letter(3))
    window.preview.refresh_now()
    letter = window.document.letter
    with refreshed(qtbot, window):
        window.document.apply(set_answer_text(letter, "a1", RichText.plain("Kort.")), "test")
        assert window.preview.timer.isActive()


def test_a_refresh_after_the_pages_widget_is_gone_does_nothing(qtbot):
    """Under load, a queued refresh reached a pane whose pages widget Qt had already deleted."""
    import shiboken6

    pane = PreviewPane(factory=FramePages)
    qtbot.addWidget(pane)
    pane.set_letter(small_letter())
    shiboken6.delete(pane.pages)
    pane.refresh_now()  # raised "Internal C++ object (PagesWidget) already deleted" before
    assert not pane.timer.isActive()
