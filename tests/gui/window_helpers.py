"""Small letters for the window tests (a module of its own: ``conftest`` names clash)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from answerletter.model import Letter


def small_letter(count: int = 5) -> Letter:
    """Questions q1..qN numbered 1..N, each answered by aN with the text "Antwoord N."."""
    from answerletter.model import Answer, Metadata, Question, RichText

    questions = tuple(
        Question(f"q{n}", n, RichText.plain(f"Vraag nummer {n}?")) for n in range(1, count + 1)
    )
    answers = tuple(
        Answer(f"a{n}", (f"q{n}",), RichText.plain(f"Antwoord {n}.")) for n in range(1, count + 1)
    )
    metadata = Metadata(subject="de proef", submitted=date(2026, 5, 1))
    return Letter(metadata=metadata, questions=questions, answers=answers)


def run_output(qtbot, window, action, timeout: int = 60_000) -> str:
    """Trigger an export or print *action* and wait until its background job ended; the
    outcome ("succeeded", "failed", "cancelled"; "" when no job started). The timeout only
    guards against a hang.

    It waits in an event loop (waitSignal), not with waitUntil: QTest.qWait, which waitUntil
    calls, keeps Python's interpreter lock, so the job's thread would barely run."""
    from answerletter.gui.output_jobs import output_of

    output = output_of(window)
    outcomes: list[str] = []
    output.jobEnded.connect(outcomes.append)
    action.trigger()
    if output.busy() and not outcomes:
        # The end is delivered through the event loop, so it cannot have passed yet.
        with qtbot.waitSignal(output.jobEnded, timeout=timeout):
            pass
    output.jobEnded.disconnect(outcomes.append)
    return outcomes[0] if outcomes else ""


def wait_for_preview(qtbot, window, timeout: int = 60_000):
    """The preview's page source once it shows the window's current letter (sent to the
    layout at once, not after the throttle). Waits in an event loop (see run_output)."""
    preview = window.preview
    letter = window.document.letter

    def current() -> bool:
        source = preview.pages.source
        return (
            source is not None
            and not preview.pending()
            and getattr(source, "letter", letter) is letter
        )

    if not current():
        preview.refresh_now()
    while not current():
        with qtbot.waitSignal(preview.refreshed, timeout=timeout):
            pass
    return preview.pages.source


def preview_page_texts(qtbot, window, tmp_path, timeout: int = 60_000) -> list[str]:
    """The text of every page as the preview paints it: all pages recorded by the layout
    worker, played back into a PDF, read with pypdf (whitespace normalised)."""
    from pypdf import PdfReader
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from answerletter.layout.painter import points_transform

    source = wait_for_preview(qtbot, window, timeout)
    preview = window.preview
    everything = range(source.page_count())
    while source.missing(everything):
        with qtbot.waitSignal(preview.engine.pagesReady, timeout=timeout):
            preview.engine.want_pages(source.version, source.missing(everything))
        assert preview.pages.source is source, "the letter changed while reading the preview"
    path = tmp_path / "preview.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    page = QPageSize(source.page_size(), QPageSize.Unit.Point, "")
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    for index in everything:
        if index:
            writer.newPage()
        painter.save()
        points_transform(painter, writer)
        source.paint_page(painter, index)
        painter.restore()
    painter.end()
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


class HeldEngine(QObject):
    """A preview engine whose results the test delivers, when and in what order it likes."""

    finished = Signal(int, object)
    progress = Signal(int, object)
    failed = Signal(int, str)
    pagesReady = Signal(int, object)  # noqa: N815 (the engine protocol's Qt-style name)

    def __init__(self) -> None:
        super().__init__()
        self.submitted: list[tuple[int, Letter]] = []

    def submit(self, version: int, letter: Letter) -> None:
        self.submitted.append((version, letter))

    def set_view(self, first: int, last: int) -> None:
        pass

    def want_pages(self, version: int, indices: object) -> None:
        pass

    def dispose(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> bool:
        return True


def pane_with_engine(qtbot, engine: HeldEngine):
    """A preview pane (of FramePages) whose engine is *engine*."""
    from answerletter.gui.preview import FramePages, PreviewPane

    class Factory:
        def __call__(self, letter: Letter) -> FramePages:
            return FramePages(letter)

        def make_engine(self) -> HeldEngine:
            return engine

    pane = PreviewPane(Factory())
    qtbot.addWidget(pane)
    return pane
