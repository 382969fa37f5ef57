"""Server names in the namespace all users share (Windows named pipes, and Unix sockets whose
private path would be too long) are derived from a random per-user secret, so another user of
a terminal server cannot create this user's server first and be sent this user's files."""

from __future__ import annotations

import getpass
import hashlib
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from answerletter import APP_NAME
from answerletter.desktop import instance
from answerletter.desktop.instance import InstanceServer, OpenRequest, Role


@pytest.fixture
def long_folder():
    """A private runtime folder too deep for a Unix socket path: the name gets hashed, as on
    Windows."""
    root = Path(tempfile.mkdtemp(prefix="al-secret-"))
    folder = root / ("x" * 60) / ("y" * 60)
    yield folder
    shutil.rmtree(root, ignore_errors=True)


def predictable_name(folder: Path) -> str:
    """What anyone who knows the user name and folder could compute (the old scheme)."""
    key = f"{getpass.getuser()}\0{folder.resolve()}\0{0}".encode()
    return f"{APP_NAME}-{hashlib.sha256(key).hexdigest()[:20]}"


def test_shared_namespace_names_come_from_a_private_random_secret(long_folder):
    paths = instance.instance_paths(long_folder)
    assert not paths.server_name.startswith("/")  # not a path: a shared-namespace name
    secret_file = long_folder / instance.SECRET_FILE
    secret = secret_file.read_text(encoding="ascii")
    assert len(secret) == 32 and int(secret, 16) >= 0
    if sys.platform != "win32":
        assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    # Stable for this user, and nothing in it can be derived from public facts.
    assert instance.instance_paths(long_folder).server_name == paths.server_name
    assert getpass.getuser() not in paths.server_name
    assert paths.server_name != predictable_name(long_folder)
    # Another secret (another user with the same name and folder layout): another name.
    secret_file.write_text("0" * 32, encoding="ascii")
    assert instance.instance_paths(long_folder).server_name != paths.server_name
    assert [p.name for p in long_folder.iterdir() if p.name.startswith(".secret-")] == []


def test_damaged_secret_is_replaced(long_folder):
    long_folder.mkdir(parents=True, mode=0o700)
    (long_folder / instance.SECRET_FILE).write_bytes(b"\xff garbage")
    secret = instance.instance_secret(long_folder)
    assert len(secret) == 32
    assert (long_folder / instance.SECRET_FILE).read_text(encoding="ascii") == secret


def test_two_first_launches_at_once_agree_on_one_secret(long_folder, monkeypatch):
    long_folder.mkdir(parents=True, mode=0o700)
    winner = "a" * 32
    real_token_hex = instance.secrets.token_hex

    def other_launch_wins_meanwhile(nbytes: int) -> str:
        # The other launch writes its secret between our look and our link.
        (long_folder / instance.SECRET_FILE).write_text(winner, encoding="ascii")
        return real_token_hex(nbytes)

    monkeypatch.setattr(instance.secrets, "token_hex", other_launch_wins_meanwhile)
    assert instance.instance_secret(long_folder) == winner
    assert (long_folder / instance.SECRET_FILE).read_text(encoding="ascii") == winner


def test_a_second_process_finds_the_primary_by_the_secret_name(qtbot, long_folder):
    paths = instance.instance_paths(long_folder)
    primary = instance.claim(OpenRequest(), paths)
    assert primary.role is Role.PRIMARY
    server = InstanceServer(paths)
    received: list[OpenRequest] = []
    server.requestReceived.connect(received.append)
    assert server.listen()
    script = (
        "import sys; from pathlib import Path; from answerletter.desktop import instance; "
        f"p = instance.instance_paths(Path({str(long_folder)!r})); "
        "print(instance.claim(instance.OpenRequest(('/brief.kvb',)), p).role.value)"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: received == [OpenRequest(("/brief.kvb",))], timeout=60_000)
    assert process.communicate(timeout=60)[0].strip() == Role.FORWARDED.value
    server.close()
    del server
    primary.release()


def test_a_squatter_on_the_predictable_name_receives_nothing(qtbot, long_folder):
    paths = instance.instance_paths(long_folder)
    squatter = QLocalServer()
    QLocalServer.removeServer(predictable_name(long_folder))
    assert squatter.listen(predictable_name(long_folder))
    holder = instance.claim(OpenRequest(), paths)  # a primary that holds the lock, not listening
    assert holder.role is Role.PRIMARY
    later = instance.claim(OpenRequest(("/geheim.kvb",)), paths, find_primary_ms=300)
    # Handed the path to nobody: the real primary did not answer, so the launch reports it
    # as not responding (issue 10, item 3; before, it ran on its own: Role.ALONE).
    assert later.role is Role.NOT_RESPONDING
    assert not squatter.waitForNewConnection(0)[0]
    assert not squatter.hasPendingConnections()
    squatter.close()
    holder.release()
