"""Starting the editor as a desktop application: claim the single instance (or hand the
request to the running editor), then route every open request through one Opener.

``app.run_gui`` calls :func:`claim` before it builds the QApplication, so a second launch
exits without loading the widgets, and :func:`run` after.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from answerletter.config import Config
from answerletter.desktop import instance
from answerletter.desktop.instance import Claim, InstanceServer, OpenRequest


def claim(files: list[Path], *, example: bool) -> tuple[OpenRequest, Claim]:
    """The request of this launch (paths absolute against our folder) and our role."""
    request = OpenRequest.from_arguments(files, example=example)
    return request, instance.claim(request)


def _start_beside_unresponsive(request: OpenRequest) -> bool:
    """The running editor did not take our request: say so (also on the console, for a
    launch from a terminal) and let the user decide; True to start a second editor anyway."""
    from PySide6.QtCore import QCoreApplication

    from answerletter.gui import dialogs

    message = QCoreApplication.translate("Startup", "AnswerLetter is running but not responding")
    print(f"{message}.", file=sys.stderr, flush=True)
    names = [Path(name).name for name in request.files]
    return dialogs.ask_start_beside_unresponsive(None, names)


def run(app: Any, claim_: Claim, config: Config, request: OpenRequest) -> int:
    """Open the first windows, listen for later launches, run the event loop."""
    # Here, not at the top: a second launch only claims, and exits without loading widgets.
    from answerletter.desktop import session
    from answerletter.desktop.collector_pacing import CollectorPacing
    from answerletter.desktop.opener import Opener

    if claim_.role is instance.Role.NOT_RESPONDING and not _start_beside_unresponsive(request):
        return 1
    # Big letters: Python's full collections must not stop typing (see answerletter.collector).
    CollectorPacing(app)
    opener = Opener(config, app)
    # Connected before exec(): macOS delivers a cold start's file as an event, too.
    connect_file_open_events(app, opener)
    # Nothing lost: the exception handler, and the offer of letters a crash left behind.
    session.install(app, opener)
    server: InstanceServer | None = None
    if claim_.role is instance.Role.PRIMARY and claim_.paths is not None:
        server = InstanceServer(claim_.paths, app)
        server.requestReceived.connect(opener.open_request)
        if not server.listen():
            # Still a working editor, just not reachable: let go of the lock, or every later
            # launch would wait for a primary that never listens.
            server = None
            claim_.release()
    app.aboutToQuit.connect(lambda: instance.release_on_exit(claim_, server))
    start_when_launched(app, opener, request)
    try:
        return int(app.exec())
    finally:
        instance.release_on_exit(claim_, server)


def connect_file_open_events(app: Any, opener: Any) -> None:
    """Route the application's file-open events (macOS) to *opener*."""
    from answerletter.desktop.application import EditorApplication

    if isinstance(app, EditorApplication):
        app.fileOpenRequested.connect(opener.open_request)


def start_when_launched(
    app: Any, opener: Any, request: OpenRequest, *, wait: bool | None = None
) -> None:
    """Open the first windows now, or (a plain start on macOS, or *wait*) once the launch
    is over: then a double-clicked file that started us gets the only window, without an
    empty letter first. Requests that come meanwhile are queued by the opener."""
    from answerletter.desktop.application import LaunchGate, files_may_follow

    if wait is None:
        wait = files_may_follow(app, request)
    if wait:
        LaunchGate(app, lambda: opener.start(request))
    else:
        opener.start(request)
