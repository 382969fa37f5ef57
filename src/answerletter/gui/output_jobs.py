"""Export and print of one window in the background, with progress and Cancel in the status
bar.

A 10,000-question letter is about 3,800 pages: typesetting, painting and tagging it takes
tens of seconds, which must not freeze the window. The job works on the letter value taken
when it started (the model is immutable), so **the document stays editable** during an
export: edits made meanwhile are simply not in that file, and the status message says so.
One export or print runs per window at a time (their actions are disabled meanwhile).
Cancel stops at the next page; a PDF or Word file is only replaced, atomically, at the very
end, so a cancelled (or failed) export leaves the old file as it was. Once the file is being
written Cancel is disabled: it could no longer take effect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton, QWidget

from answerletter.gui.background_job import BackgroundJob, JobProgress
from answerletter.layout.output import TYPESETTING

#: Phases a job reports (the layout's phases plus the ones the work functions add).
BUILDING = "building"

#: Jobs still running after their window went away (kept alive until their thread ends).
_orphans: set[BackgroundJob] = set()


def job_title(kind: str) -> str:
    if kind == "pdf":
        return QCoreApplication.translate("OutputJobs", "Exporting the PDF")
    if kind == "docx":
        return QCoreApplication.translate("OutputJobs", "Exporting the Word document")
    return QCoreApplication.translate("OutputJobs", "Printing")


def phase_text(kind: str, phase: str, done: int, total: int) -> str:
    """What the status bar says: "Exporting the PDF: page 120 of 3800"."""
    title = job_title(kind)
    if phase == TYPESETTING:
        step = QCoreApplication.translate("OutputJobs", "typesetting the letter…")
    elif phase == BUILDING:
        step = QCoreApplication.translate("OutputJobs", "building the document…")
    elif phase == "painting":
        step = QCoreApplication.translate("OutputJobs", "page {done} of {total}").format(
            done=min(done + 1, total), total=total
        )
    elif phase == "tagging":
        step = QCoreApplication.translate(
            "OutputJobs", "structure for screen readers, page {done} of {total}"
        ).format(done=min(done + 1, total), total=total)
    elif phase == "printing":
        step = QCoreApplication.translate("OutputJobs", "page {done} of {total}").format(
            done=min(done + 1, total), total=total
        )
    elif phase == "writing":
        step = QCoreApplication.translate("OutputJobs", "writing the file…")
    else:
        step = phase
    return f"{title}: {step}"


class OutputPanel(QWidget):
    """Label, progress bar and Cancel button, shown in the status bar while a job runs."""

    def __init__(self, kind: str, job: BackgroundJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputProgress")
        self.kind = kind
        self.label = QLabel(job_title(kind), self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("outputProgressBar")
        self.bar.setAccessibleName(job_title(kind))
        # Never the busy (0, 0) range: its style animation is a QObject made and destroyed
        # on the GUI thread while the job's thread creates Qt objects, and that can deadlock
        # (Qt's connection lock against Python's interpreter lock; seen as hung tests).
        # Phases without a measure show an empty bar and say so in the label.
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(QCoreApplication.translate("OutputJobs", "Cancel"), self)
        self.cancel_button.setObjectName("outputCancel")
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("OutputJobs", "Cancel {title}").format(title=job_title(kind))
        )
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._job = job
        job.progressed.connect(self.show_progress)

    def show_progress(self, phase: str, done: int, total: int) -> None:
        self.label.setText(phase_text(self.kind, phase, done, total))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        if phase == "writing":
            self.cancel_button.setEnabled(False)  # too late: the file is being replaced

    def _cancel(self) -> None:
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(
            QCoreApplication.translate("OutputJobs", "{title}: cancelling…").format(
                title=job_title(self.kind)
            )
        )


class WindowOutput(QObject):
    """The export or print job of one window (a child of the window). ``jobEnded(outcome)``
    ("succeeded", "failed" or "cancelled") comes after the job's own handlers ran."""

    jobStarted = Signal(object)
    jobEnded = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("windowOutput")
        self.window = window
        self.job: BackgroundJob | None = None
        self.panel: OutputPanel | None = None
        self.kind = ""

    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        kind: str,
        work: Callable[[JobProgress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> BackgroundJob:
        """Run *work* in the background; *on_success(result)* or *on_failure(error)* run on
        the GUI thread when it ends (a cancel shows its own status message)."""
        assert self.job is None, "one output job per window at a time"
        job = BackgroundJob(work)  # no parent: it must outlive a window closed meanwhile
        self.job, self.kind = job, kind
        self.panel = OutputPanel(kind, job)
        self.window.statusBar().addPermanentWidget(self.panel)
        self._set_actions_enabled(False)
        # Plain callables, not slots: Qt would not drop them with a closed window, so each
        # runs only while this holder (a child of the window) still exists.
        job.succeeded.connect(self._guarded(on_success))
        job.failed.connect(self._guarded(on_failure))
        job.cancelled.connect(self._guarded(self._on_cancelled))
        job.ended.connect(self._guarded(self._on_ended))
        _orphans.add(job)
        job.ended.connect(lambda: _orphans.discard(job))
        self.jobStarted.emit(job)  # before the thread runs: listeners miss no progress
        job.start()
        return job

    def cancel(self) -> None:
        """Cancel the running job, if any (the window is closing, say)."""
        if self.job is not None:
            self.job.cancel()

    def cancel_and_wait(self, timeout: float) -> None:
        """Cancel the running job and wait (at most *timeout*) for its thread to end: the
        window is closing, and a job thread still painting with Qt while this thread
        destroys the window's objects can deadlock (Qt's connection lock against Python's
        interpreter lock)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait(timeout)

    def _guarded(self, handler: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if shiboken6.isValid(self) and shiboken6.isValid(self.window):
                handler(*args)

        return call

    def _on_cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "OutputJobs", "{title} cancelled; no file was changed."
            ).format(title=job_title(self.kind))
            if self.kind != "print"
            else QCoreApplication.translate("OutputJobs", "Printing cancelled."),
            5000,
        )

    def _on_ended(self) -> None:
        outcome = self.job.outcome if self.job is not None else ""
        if self.panel is not None:
            self.window.statusBar().removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        self.job = None
        self._set_actions_enabled(True)
        self.jobEnded.emit(outcome)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for name in ("export_action", "export_docx_action", "print_action"):
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(enabled)


def output_of(window: QMainWindow) -> WindowOutput:
    """The window's output job holder (made on first use)."""
    found = window.findChild(WindowOutput, "windowOutput")
    return found if found is not None else WindowOutput(window)
