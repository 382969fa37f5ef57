"""One editor per user: a second launch hands its files to the running editor and exits;
simultaneous launches elect one primary; a killed primary's lock and socket do not block the
next start; a primary that does not answer leaves the new launch to run on its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from answerletter.desktop import instance
from answerletter.desktop.instance import InstancePaths, InstanceServer, OpenRequest, Role

TIMEOUT = 60  # seconds a launch may take on a slow CI machine before the test fails
WAIT_MS = TIMEOUT * 1000


def test_request_round_trip_and_rejects_malformed_lines():
    request = OpenRequest(("/tmp/brief één.kvb", "/tmp/b.kvb"), example=True)
    assert OpenRequest.decode(request.encode()) == request
    assert request.encode().endswith(b"\n") and request.encode().count(b"\n") == 1
    for line in (b"", b"\xff\n", b"[]", b'{"v": 2, "files": []}', b'{"v": 1, "files": [3]}',
                 b'{"v": 1, "files": [], "example": "ja"}'):  # fmt: skip
        assert OpenRequest.decode(line) is None


def test_request_paths_are_absolute_against_the_launching_folder(tmp_path):
    request = OpenRequest.from_arguments([Path("a.kvb"), Path("sub/../b.kvb")], example=False,
                                         cwd=tmp_path)  # fmt: skip
    assert request.files == (str(tmp_path / "a.kvb"), str(tmp_path / "b.kvb"))


@pytest.fixture
def paths():
    folder = Path(tempfile.mkdtemp(prefix="al-run-"))
    yield instance.instance_paths(folder)
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()


def test_names_are_private_to_the_user(paths):
    assert paths.lock_file.parent.stat().st_mode & 0o077 == 0
    assert paths.server_name.startswith(str(paths.lock_file.parent))


def test_first_claim_is_primary_and_a_silent_primary_is_reported_as_not_responding(paths):
    first = instance.claim(OpenRequest(), paths)
    assert first.role is Role.PRIMARY
    # Holding the lock without listening (a primary still starting, or hung): give up, and
    # say so (issue 10, item 3: this was ALONE, a silent second editor).
    second = instance.claim(OpenRequest(("/x.kvb",)), paths, find_primary_ms=300)
    assert second.role is Role.NOT_RESPONDING
    first.release()
    assert instance.claim(OpenRequest(), paths).role is Role.PRIMARY


def _second_launch(paths: InstancePaths, stderr: Path) -> subprocess.Popen[str]:
    """``instance.claim`` in a process of its own (it blocks), printing its role. Its
    patience is short, so that it says "waiting" soon: the test answers only after that."""
    code = (
        "from pathlib import Path; from answerletter.desktop import instance; "
        "from answerletter.desktop.instance import InstancePaths, OpenRequest; "
        "instance.PATIENCE_MS = 200; "
        f"p = InstancePaths(Path({str(paths.lock_file)!r}), {paths.server_name!r}); "
        "print(instance.claim(OpenRequest(('/a.kvb',)), p).role.value, flush=True)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE, stderr=stderr.open("w"), text=True,
    )  # fmt: skip


def _until(condition, process) -> None:
    """Poll *condition* (bounded by TIMEOUT, a hang guard); fail if *process* ends first."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert process.poll() is None, "the second launch ended before the condition held"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _accept_request(server: QLocalServer) -> QLocalSocket:
    """Accept one connection synchronously and read its request line."""
    assert server.waitForNewConnection(WAIT_MS)[0]
    socket = server.nextPendingConnection()
    while not socket.canReadLine():
        assert socket.waitForReadyRead(WAIT_MS)
    assert OpenRequest.decode(bytes(socket.readLine().data())) == OpenRequest(("/a.kvb",))
    return socket


@pytest.fixture
def bare_primary(qapp, paths):
    """This process holds the lock and listens, but answers only when the test says so (no
    event loop runs): a primary as busy as the test wants."""
    first = instance.claim(OpenRequest(), paths)
    assert first.role is Role.PRIMARY
    server = QLocalServer()
    QLocalServer.removeServer(paths.server_name)
    assert server.listen(paths.server_name)
    yield first, server
    server.close()
    first.release()


def test_a_late_acknowledgement_is_waited_for_and_the_launch_never_runs_alone(
    bare_primary, paths, tmp_path
):
    """Issue 9: a second launch whose primary answered after 5 s started an editor of its
    own although its files had been handed over. Now it waits for the answer however long
    the primary takes (it says so on stderr), then exits as forwarded."""
    _, server = bare_primary
    stderr = tmp_path / "second.txt"
    sender = _second_launch(paths, stderr)
    socket = _accept_request(server)
    _until(lambda: "running but not responding" in stderr.read_text(), sender)
    socket.write(instance.ACK)
    assert socket.waitForBytesWritten(WAIT_MS)
    assert sender.communicate(timeout=TIMEOUT)[0].strip() == "forwarded"


def test_a_request_dropped_before_the_answer_is_tried_again(bare_primary, paths, tmp_path):
    """The primary quits (or crashes) after reading the request but before ``ok``: the
    files were not taken, so the launch starts over, and becomes the primary itself."""
    first, server = bare_primary
    sender = _second_launch(paths, tmp_path / "second.txt")
    socket = _accept_request(server)
    assert sender.poll() is None
    socket.abort()
    server.close()
    first.release()
    assert sender.communicate(timeout=TIMEOUT)[0].strip() == "primary"


def test_server_acknowledges_and_reports_the_request(qtbot, paths):
    first = instance.claim(OpenRequest(), paths)
    server = InstanceServer(paths)
    assert server.listen()
    received = []
    server.requestReceived.connect(received.append)
    # The sender blocks, so it runs in a second process: the real second launch.
    code = (
        "from answerletter.desktop.instance import *; "
        f"p = InstancePaths(Path({str(paths.lock_file)!r}), {paths.server_name!r}); "
        "print(forward(OpenRequest(('/a.kvb',), True), p.server_name).value)"
    )
    sender = subprocess.Popen(
        [sys.executable, "-c", "from pathlib import Path; " + code],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(received), timeout=WAIT_MS)
    assert sender.communicate(timeout=TIMEOUT)[0].strip() == "delivered"
    assert received == [OpenRequest(("/a.kvb",), True)]
    server.close()
    del server
    first.release()


def _running(process) -> bool:
    return process.poll() is None


def test_second_launch_forwards_its_file_and_exits(qtbot, desktop):
    first_file = desktop.letter("eerste.kvb")
    desktop.letter("tweede.kvb")
    primary = desktop.launch(str(first_file))
    qtbot.waitUntil(lambda: desktop.opened().get("files") == [str(first_file)], timeout=WAIT_MS)

    # A relative path, resolved against the second launch's own folder.
    second = desktop.launch("tweede.kvb", cwd=desktop.root)
    assert second.wait(timeout=TIMEOUT) == 0, desktop.stderr()
    qtbot.waitUntil(lambda: len(desktop.opened().get("files", [])) == 2, timeout=WAIT_MS)
    opened = desktop.opened()
    assert opened["pid"] == primary.pid
    assert opened["files"] == [str(first_file), str(desktop.root / "tweede.kvb")]
    assert opened["windows"] == 2

    # The same file again: its window comes forward, no new window.
    again = desktop.launch(str(first_file))
    assert again.wait(timeout=TIMEOUT) == 0
    assert desktop.opened()["windows"] == 2
    assert _running(primary)


def test_simultaneous_launches_elect_one_primary(qtbot, desktop):
    files = [desktop.letter(f"brief-{n}.kvb") for n in range(3)]
    launches = [desktop.launch(str(path)) for path in files]
    qtbot.waitUntil(lambda: len(desktop.opened().get("files", [])) == 3, timeout=WAIT_MS)
    assert sorted(desktop.opened()["files"]) == sorted(map(str, files))
    primaries = [p for p in launches if p.pid == desktop.opened()["pid"]]
    assert len(primaries) == 1 and _running(primaries[0])
    for process in launches:
        if process is not primaries[0]:
            assert process.wait(timeout=TIMEOUT) == 0, desktop.stderr()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_primary_does_not_block_the_next_start(qtbot, desktop):
    first = desktop.launch(str(desktop.letter("a.kvb")))
    qtbot.waitUntil(lambda: desktop.opened().get("pid") == first.pid, timeout=WAIT_MS)
    lock_folder = Path(desktop.env["XDG_RUNTIME_DIR"]) / "AnswerLetter"
    lock = lock_folder / "instance.lock"
    socket = lock_folder / "instance.socket"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=TIMEOUT)
    assert lock.exists() and socket.exists()  # what a crash leaves behind

    b = desktop.letter("b.kvb")
    successor = desktop.launch(str(b))
    qtbot.waitUntil(lambda: desktop.opened().get("pid") == successor.pid, timeout=WAIT_MS)
    assert desktop.opened()["files"] == [str(b)]
    # ... and it is a working primary: the next launch is forwarded to it.
    c = desktop.letter("c.kvb")
    assert desktop.launch(str(c)).wait(timeout=TIMEOUT) == 0, desktop.stderr()
    qtbot.waitUntil(lambda: desktop.opened().get("files") == [str(b), str(c)], timeout=WAIT_MS)
    assert _running(successor)


def test_lock_of_a_dead_process_is_taken_over(paths):
    # A lock file written by a process that no longer exists (pid 2**22+1 is never valid).
    paths.lock_file.write_text(f"{2**22 + 1}\nAnswerLetter\n{os.uname().nodename}\n")
    assert instance.claim(OpenRequest(), InstancePaths(paths.lock_file, paths.server_name)
                          ).role is Role.PRIMARY  # fmt: skip


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG runtime folders")
@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="needs root to chown")
def test_without_a_private_runtime_folder_nobody_else_can_pre_create_the_instance_folder(
    tmp_path, monkeypatch
):
    """Another user pre-creates /tmp/runtime-UID (platformdirs' fallback without
    XDG_RUNTIME_DIR) or owns the runtime folder: the instance folder is then in the user's
    own cache folder, and single-instance mode still works."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    squatted = Path(f"/tmp/runtime-{os.getuid()}")
    created = not squatted.exists()
    if created:
        squatted.mkdir(mode=0o777)
        os.chown(squatted, 65534, 65534)  # nobody
    foreign = tmp_path / "foreign-runtime"
    foreign.mkdir()
    foreign.chmod(0o777)
    os.chown(foreign, 65534, 65534)
    open_to_all = tmp_path / "open-runtime"
    open_to_all.mkdir()
    open_to_all.chmod(0o755)
    try:
        for runtime in (None, "", str(foreign), str(open_to_all), str(tmp_path / "missing")):
            if runtime is None:
                monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
            else:
                monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
            folder = instance.default_runtime_dir()
            assert folder.parent == cache / "AnswerLetter"
            paths = instance.instance_paths()
            assert paths.lock_file.parent == folder
            assert folder.stat().st_uid == os.getuid()
            assert folder.stat().st_mode & 0o077 == 0
            first = instance.claim(OpenRequest(), paths)
            assert first.role is Role.PRIMARY
            first.release()
    finally:
        if created:
            squatted.rmdir()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG runtime folders")
def test_a_private_runtime_folder_is_used(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert instance.default_runtime_dir() == runtime / "AnswerLetter"


@pytest.mark.skipif(os.name != "posix", reason="SIGSTOP is POSIX")
def test_a_frozen_primary_is_reported_and_never_silently_duplicated(qtbot, desktop):
    """A real primary, frozen (SIGSTOP) with its letter open: a second launch says
    "AnswerLetter is running but not responding" and asks, instead of opening the file in an
    editor of its own after a few seconds."""
    first_file = desktop.letter("eerste.kvb")
    primary = desktop.launch(str(first_file))
    qtbot.waitUntil(lambda: desktop.opened().get("files") == [str(first_file)], timeout=WAIT_MS)
    primary.send_signal(signal.SIGSTOP)
    try:
        second = desktop.launch(str(desktop.letter("tweede.kvb")))
        qtbot.waitUntil(
            lambda: "AnswerLetter is running but not responding." in desktop.stderr(),
            timeout=WAIT_MS,
        )
        assert second.poll() is None  # waiting for the user's answer, not editing on its own
        assert desktop.opened()["pid"] == primary.pid
        assert desktop.opened()["files"] == [str(first_file)]
        second.send_signal(signal.SIGKILL)
        second.wait(timeout=TIMEOUT)
    finally:
        primary.send_signal(signal.SIGCONT)
    assert _running(primary)
    # Thawed, the primary takes the next launch's file again.
    third = desktop.launch(str(desktop.root / "tweede.kvb"))
    assert third.wait(timeout=TIMEOUT) == 0, desktop.stderr()
    qtbot.waitUntil(lambda: len(desktop.opened().get("files", [])) == 2, timeout=WAIT_MS)
