"""The live preview: typeset off the GUI thread and throttled (issue 16), the page count
following the text, painting only visible pages, zoom modes, clicking a question in the
preview, and the preview showing exactly the pages a fresh export writes."""

from __future__ import annotations

import gc
import threading

from pypdf import PdfReader
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from window_helpers import (
    HeldEngine,
    pane_with_engine,
    preview_page_texts,
    small_letter,
    wait_for_preview,
)

from answerletter import collector
from answerletter.gui import preview as preview_module
from answerletter.gui.layout_worker import LayoutWorker
from answerletter.gui.preview import DEBOUNCE_MS, MAX_WAIT_MS, FramePages, PreviewPane
from answerletter.layout import LetterLayout, write_pdf
from answerletter.model import Block, RichText, Run
from answerletter.model.operations import set_answer_text
from answerletter.testing.synthetic import generate_letter


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


def test_the_throttle_sends_at_the_latest_half_a_second_after_the_first_change(qtbot, monkeypatch):
    """Not a pure debounce: each change restarts the pause, but never past MAX_WAIT_MS after
    the first change not yet sent (the clock is the test's)."""
    now = [100.0]
    monkeypatch.setattr(preview_module.time, "monotonic", lambda: now[0])
    pane = PreviewPane(FramePages)
    qtbot.addWidget(pane)
    assert MAX_WAIT_MS <= 600
    pane.set_letter(small_letter(1))
    assert pane.timer.interval() == DEBOUNCE_MS
    now[0] += 0.3
    pane.set_letter(small_letter(2))  # 300 ms after the first change: 200 ms are left
    assert pane.timer.interval() == MAX_WAIT_MS - 300
    now[0] += 0.25
    pane.set_letter(small_letter(3))  # past the maximum wait: at once
    assert pane.timer.interval() == 0
    pane.refresh_now()
    now[0] += 1.0
    pane.set_letter(small_letter(4))  # a new round starts with the full pause
    assert pane.timer.interval() == DEBOUNCE_MS


def test_the_preview_refreshes_while_the_user_keeps_typing(make_window, qtbot):
    """Keystrokes every 100 ms for 2 s (never a 250 ms pause): the pages follow anyway."""
    window = make_window(small_letter(3))
    wait_for_preview(qtbot, window)
    window.list_pane.select_ids(["q2"])
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    shown_while_typing = []
    typed = []

    class Typist(QObject):
        done = Signal()

    typist = Typist()
    timer = QTimer()
    timer.setInterval(100)

    def key():
        if len(typed) == 20:
            timer.stop()
            typist.done.emit()
            return
        qtbot.keyClick(editor, Qt.Key.Key_A)
        typed.append(window.document.letter)

    window.preview.layoutFinished.connect(
        lambda source: shown_while_typing.append(source.letter) if timer.isActive() else None
    )
    timer.timeout.connect(key)
    with qtbot.waitSignal(typist.done, timeout=60_000):
        timer.start()
    # Each letter shown during the typing was one typed in it, the first of them well before
    # the typing ended.
    assert shown_while_typing
    assert all(letter in typed for letter in shown_while_typing)
    assert shown_while_typing[0] is not typed[-1]


def test_a_stale_layout_never_replaces_a_newer_one(qtbot):
    engine = HeldEngine()

    pane = pane_with_engine(qtbot, engine)
    old, new = small_letter(2), small_letter(30)
    pane.set_letter(old)
    pane.refresh_now()
    pane.set_letter(new)
    pane.refresh_now()
    (v_old, _), (v_new, _) = engine.submitted
    assert v_old < v_new
    shown = []
    pane.layoutFinished.connect(shown.append)
    newer = FramePages(new)
    engine.finished.emit(v_new, newer)  # the newer layout finishes first...
    engine.finished.emit(v_old, FramePages(old))  # ...then the older one arrives
    engine.failed.emit(v_old, "too late")
    assert shown == [newer]
    assert pane.pages.source is newer
    assert pane.page_count() == newer.page_count()
    assert "failed" not in pane.page_label.text()
    assert not pane.pending()


def test_threaded_layouts_arrive_in_order_and_end_with_the_last_letter(make_window, qtbot):
    window = make_window(generate_letter(20, seed=2))
    wait_for_preview(qtbot, window)
    shown = []
    window.preview.layoutFinished.connect(lambda source: shown.append(source.version))
    letter = window.document.letter
    for n in range(12):  # each sent at once: the worker drops those it had no time for
        letter = set_answer_text(letter, "a1", RichText.plain(f"Versie {n}. " * (n * 30 + 1)))
        window.document.apply(letter, "test")
        window.preview.refresh_now()
    source = wait_for_preview(qtbot, window)
    assert source.letter is window.document.letter
    assert shown == sorted(set(shown)) and shown[-1] == source.version


def test_typing_grows_the_page_count(make_window, qtbot):
    window = make_window(small_letter(2))
    pages = wait_for_preview(qtbot, window).page_count()
    assert pages >= 1
    window.list_pane.select_ids(["q2"])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    long_text = RichText.plain(*(["Een lange alinea met veel woorden. " * 12] * 25))
    editor.set_rich_text(long_text)  # as a paste would
    qtbot.keyClicks(editor, "x")
    wait_for_preview(qtbot, window)
    assert window.preview.page_count() > pages
    assert window.preview.page_label.text() == f"{window.preview.page_count()} pages"


def test_the_preview_paints_exactly_the_pages_a_fresh_export_writes(make_window, qtbot, tmp_path):
    window = make_window(generate_letter(14, seed=11))
    wait_for_preview(qtbot, window)
    # Edits of several kinds, typed and applied, some while layouts are under way.
    window.list_pane.select_ids([window.document.letter.questions[3].id])
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Een nieuwe zin die de regels verschuift. " * 6)
    letter = window.document.letter
    first = letter.answers[0]
    window.document.apply(
        set_answer_text(letter, first.id, RichText.plain("Kort antwoord.")), "test"
    )
    preview_texts = preview_page_texts(qtbot, window, tmp_path)
    export = tmp_path / "export.pdf"
    write_pdf(LetterLayout(window.document.letter, window.profile), export)
    export_texts = [" ".join(p.extract_text().split()) for p in PdfReader(str(export)).pages]
    assert len(preview_texts) == len(export_texts) > 3
    for number, (shown, written) in enumerate(zip(preview_texts, export_texts, strict=True), 1):
        assert shown == written, f"page {number}"
    assert "Kort antwoord." in " ".join(preview_texts)


def test_only_visible_pages_are_painted(make_window, qtbot):
    window = make_window(generate_letter(60, seed=3))
    count = wait_for_preview(qtbot, window).page_count()
    assert count > 5
    window.preview.set_zoom("width")
    widget = window.preview.pages
    widget.painted_pages = []
    widget.update()
    qtbot.waitUntil(lambda: bool(widget.painted_pages))
    # Judged at the paint itself: the zoom may still change afterwards (a scroll bar
    # appearing narrows the viewport, and "width" scales the pages again).
    visible = widget.painted_visible
    assert visible.height() < widget.height()  # the pages reach beyond the view
    for rect in widget.painted_rects:
        assert rect.intersects(visible)
    assert len(widget.painted_pages) < count


def test_pages_scrolled_to_are_recorded_and_painted(make_window, qtbot):
    window = make_window(generate_letter(60, seed=3))
    source = wait_for_preview(qtbot, window)
    last = source.page_count() - 1
    assert not source.has_page(last)  # only the pages near the view come with a layout
    preview = window.preview
    preview.scroll_area.verticalScrollBar().setValue(
        preview.scroll_area.verticalScrollBar().maximum()
    )
    preview.pages.repaint()  # paints the last page blank and asks for it
    # Awaited by what it brings, not by the next pagesReady: under load that can still be
    # the answer to pages asked for before the scroll.
    qtbot.waitUntil(lambda: source.has_page(last), timeout=60_000)
    assert preview.pages.source is source
    # Painted with its text now (it was painted blank, all white, while on its way).
    pages = preview.pages
    image = pages.grab(pages.page_rect(last)).toImage()
    dark = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 230
    ]
    assert last in pages.painted_pages and len(dark) > 50


def test_zoom_modes(make_window, qtbot):
    window = make_window(small_letter(2))
    preview = window.preview
    wait_for_preview(qtbot, window)
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
    source = wait_for_preview(qtbot, window)
    page = source.page_of("q4")
    top = next(top for top, item in source.starts(page) if item == "q4")
    rect = preview.pages.page_rect(page)
    y = rect.top() + int(top * preview.pages.scale) + 3
    preview.scroll_area.ensureVisible(rect.center().x(), y)
    qtbot.mouseClick(preview.pages, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), y))
    assert window.list_pane.selected_ids() == ["q4"]
    assert window.editor_pane.current_id == "q4"


def test_changes_schedule_a_refresh(make_window, qtbot):
    window = make_window(small_letter(3))
    wait_for_preview(qtbot, window)
    letter = window.document.letter
    with qtbot.waitSignal(window.preview.refreshed, timeout=60_000):
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


def test_the_layout_thread_ends_with_its_pane(qtbot):
    from answerletter.gui.preview_layout import ThreadedLayout

    pane = PreviewPane(ThreadedLayout())
    with qtbot.waitSignal(pane.layoutFinished, timeout=60_000):
        pane.set_letter(small_letter(2))
        pane.refresh_now()
    engine = pane.engine
    gone = []
    pane.destroyed.connect(lambda *_: gone.append(True))
    pane.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=60_000)
    assert engine.join(60)


def test_provisional_pages_show_until_the_finished_layout_replaces_them(qtbot):
    """A long letter's first layout arrives in parts (``progress``): shown as they come,
    while the pane stays pending; the finished layout replaces them, and a provisional part
    arriving after it is ignored."""
    engine = HeldEngine()

    pane = pane_with_engine(qtbot, engine)
    letter = small_letter(30)
    pane.set_letter(letter)
    pane.refresh_now()
    ((version, _),) = engine.submitted
    finished_shown = []
    pane.layoutFinished.connect(finished_shown.append)
    first_pages = FramePages(small_letter(2))
    engine.progress.emit(version, first_pages)
    assert pane.pages.source is first_pages
    count = first_pages.page_count()
    assert pane.page_label.text() == f"Laying out… {count} page{'s' if count > 1 else ''} so far"
    assert pane.pending() and finished_shown == []
    more_pages = FramePages(small_letter(12))
    engine.progress.emit(version, more_pages)
    assert pane.pages.source is more_pages
    done = FramePages(letter)
    engine.finished.emit(version, done)
    assert pane.pages.source is done and finished_shown == [done]
    assert pane.page_label.text() == f"{done.page_count()} pages"
    assert not pane.pending()
    engine.progress.emit(version, FramePages(small_letter(1)))  # late: ignored
    assert pane.pages.source is done


class _WorkerEvents:
    """What a LayoutWorker reports, recorded on its own thread (direct connections), and a
    way to wait for its end without the GUI thread's event loop."""

    def __init__(self, worker, on_progress=None):
        self.events = []
        self.done = threading.Event()
        self._on_progress = on_progress
        worker.progress.connect(self.progress, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(self.finished, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(self.failed, Qt.ConnectionType.DirectConnection)

    def progress(self, version, snapshot):
        self.events.append(("progress", version, snapshot))
        if self._on_progress is not None:
            self._on_progress(snapshot)

    def finished(self, version, snapshot):
        self.events.append(("finished", version, snapshot))
        self.done.set()

    def failed(self, version, message):
        self.events.append(("failed", version, message))
        self.done.set()


def test_a_long_first_layout_hands_over_its_first_pages_before_it_ends(qapp):
    worker = LayoutWorker()
    record = _WorkerEvents(worker)
    letter = generate_letter(100, seed=8)
    worker.submit(1, letter)
    assert record.done.wait(120)
    worker.dispose()
    assert worker.join(120)
    kinds = [kind for kind, _, _ in record.events]
    assert kinds[0] == "progress" and kinds[-1] == "finished"
    assert set(kinds[:-1]) == {"progress"}
    final = record.events[-1][2]
    assert final.page_count() == LetterLayout(letter).page_count
    for _, version, snapshot in record.events[:-1]:
        assert version == 1
        assert 0 < snapshot.page_count() < final.page_count()
        assert snapshot.has_page(0)  # the page in view, recorded
        assert snapshot.page_texts() is None
        # The provisional pages start where the finished ones do.
        assert snapshot.starts(0) == final.starts(0)
        last = snapshot.page_count() - 1
        assert snapshot.starts(last) == final.starts(last)


def test_a_first_layout_freezes_what_each_step_made(qapp):
    """With the editor's pacing of the collector, a step's pages and items (they live as
    long as the layout) are frozen after it: no full collection walks them, holding the
    interpreter lock while the user types. (Automatic collections are off here: only the
    steps freeze.)"""
    collector.install()
    gc.disable()
    try:
        gc.unfreeze()
        worker = LayoutWorker()
        record = _WorkerEvents(worker)
        letter = generate_letter(120, seed=8)  # 242 items: several steps
        worker.submit(1, letter)
        assert record.done.wait(120)
        worker.dispose()
        assert worker.join(120)
        assert [kind for kind, _, _ in record.events][-1] == "finished"
        items = len(letter.presentation()) + 2
        assert gc.get_freeze_count() > 10 * items  # (a few dozen objects an item)
    finally:
        gc.enable()
        collector.uninstall()


def test_a_first_layout_stops_between_steps_when_its_pane_goes(qapp):
    worker = LayoutWorker()
    # Told to stop on its own thread as the first pages are handed over, so the next step
    # surely sees it.
    record = _WorkerEvents(worker, on_progress=lambda snapshot: worker.dispose())
    worker.submit(1, generate_letter(200, seed=8))
    assert worker.join(120)
    assert [kind for kind, _, _ in record.events] == ["progress"]


def test_pages_asked_for_during_a_first_layout_come_in_the_next_provisional_part(qapp):
    worker = LayoutWorker()
    asked = []

    def scroll_on(snapshot):
        if not asked:
            asked.append(snapshot.page_count())
            worker.set_view(6, 7)
            worker.want_pages(1, [6, 7])

    record = _WorkerEvents(worker, on_progress=scroll_on)
    worker.submit(1, generate_letter(100, seed=8))
    assert record.done.wait(120)
    worker.dispose()
    assert worker.join(120)
    assert asked[0] > 7
    (kind, _, first), (next_kind, _, second) = record.events[:2]
    assert kind == next_kind == "progress"
    assert not first.has_page(7)  # the view was page 0: pages 0-2 were recorded
    assert second.has_page(6) and second.has_page(7)


def test_a_letter_typed_during_a_first_layout_is_taken_between_its_steps(qapp):
    """The user types while a long letter is still being laid out: the worker takes the new
    letter at its next step, hands over its pages at once, and finishes with it; the letter
    it began with is never finished."""
    worker = LayoutWorker()
    letter = generate_letter(300, seed=8)  # laid out in about eight steps
    answer = letter.answers[0]
    long_answer = RichText(
        tuple(Block((Run(f"Alinea {n} van een lang getypt antwoord."),)) for n in range(30))
    )
    typed = set_answer_text(letter, answer.id, long_answer)

    def type_once(snapshot):
        if len(record.events) == 1:
            worker.submit(2, typed)

    record = _WorkerEvents(worker, on_progress=type_once)
    worker.submit(1, letter)
    assert record.done.wait(120)
    worker.dispose()
    assert worker.join(120)
    kinds_and_versions = [(kind, version) for kind, version, _ in record.events]
    assert kinds_and_versions[:2] == [("progress", 1), ("progress", 2)]
    assert kinds_and_versions[-1] == ("finished", 2)
    assert ("finished", 1) not in kinds_and_versions
    final = record.events[-1][2]
    assert final.letter is typed
    assert final.page_count() == LetterLayout(typed).page_count
    before, after = record.events[0][2], record.events[1][2]
    assert after.letter is typed
    # Its pages are those of the typed letter (the view, page 1, was laid out again before
    # they were handed over): thirty paragraphs moved the questions after the first.
    pages = range(after.page_count())
    assert after.page_count() > 0 and after.has_page(0)
    assert [after.starts(i) for i in pages] == [final.starts(i) for i in pages]
    shared = range(min(before.page_count(), after.page_count()))
    assert [before.starts(i) for i in shared] != [after.starts(i) for i in shared]


def test_the_page_count_keeps_clear_of_the_window_edge_and_never_widens_the_pane(
    make_window, qtbot
):
    """Its last letter was cut off where the preview meets the window's right edge, and each
    digit of "Laying out… 2702 pages so far" widened the pane's least width."""
    window = make_window(small_letter(2))
    preview = window.preview
    label = preview.page_label
    least = preview.minimumSizeHint().width()
    long_text = preview.tr("Laying out… %n page(s) so far", "", 2702)
    label.setText(long_text)
    assert preview.minimumSizeHint().width() == least
    qtbot.waitUntil(lambda: label.width() > 0)
    assert label.geometry().right() + preview_module.LABEL_MARGIN < preview.width()
    metrics = label.fontMetrics()
    label.resize(metrics.horizontalAdvance(long_text) + 4, label.height())
    assert label.shown_text() == long_text
    assert label.toolTip() == ""
    # In less room it is cut short, and the whole text is its tooltip.
    label.resize(metrics.horizontalAdvance(long_text) // 2, label.height())
    assert label.shown_text().endswith("…")
    assert len(label.shown_text()) < len(long_text)
    assert label.toolTip() == long_text
    assert label.text() == long_text  # what a screen reader reads
