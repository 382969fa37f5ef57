"""One running editor per user: the first launch becomes the *primary*, later launches hand
their files to it and exit.

Becoming primary is guarded by a ``QLockFile`` in the user's private runtime folder, so two
launches at the same moment cannot both win. The primary listens on a ``QLocalServer``
(``UserAccessOption``) whose name is private to the user, and on Windows to the session too
(Citrix and Remote Desktop sessions share one named-pipe namespace). Where the name is not a
path inside the private folder (Windows pipes; Unix paths too long for a socket) it is in a
namespace every user of the machine shares, so it must not be guessable: otherwise another
user of a terminal server could create it first and be sent this user's file paths. The name
is therefore derived from a random secret kept in the user's private folder
(``instance.secret``), which other users cannot read. A second launch connects,
sends one JSON line with absolute paths and waits for ``ok``: the hand-over is an
acknowledged exchange with no deadline that a busy machine could miss. A launch that got
``ok`` exits; it never becomes an editor of its own after handing its files over. One whose
connection closed before ``ok`` (the primary quit or crashed) starts over, and becomes the
primary itself if the lock is free by then. While the primary is slow to answer (busy, or
frozen) the launch says "AnswerLetter is running but not responding" on stderr and goes on
waiting; its files open when the primary takes them. While the lock's holder is alive but not
listening yet (still starting) the launch keeps trying; a dead holder's lock is stale.

A crash leaves a lock file and maybe a socket file behind: the lock's owner process is gone,
so ``QLockFile`` treats the lock as stale (``setStaleLockTime(0)``: staleness by dead owner
only, never by age, because the primary holds the lock for its whole life), and the new
primary removes the old socket before listening. Nothing here needs a QApplication.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import secrets
import stat
import sys
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QLockFile,
    QObject,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from answerletter import APP_NAME
from answerletter.processes import host_name

#: The primary's answer after it has taken a request in.
ACK = b"ok\n"
#: A request is one short JSON line; anything longer is not from us.
MAX_REQUEST_BYTES = 1 << 20
#: Unix socket paths are limited to ~104-108 bytes; longer paths fall back to a hashed name.
MAX_SOCKET_PATH = 100
#: After this long without an answer a waiting launch says so on stderr (and goes on
#: waiting: a slow primary is not a reason to start a second editor).
PATIENCE_MS = 10_000
#: The per-user secret behind unguessable server names: 128 random bits, as hex.
SECRET_FILE = "instance.secret"
_SECRET_HEX_DIGITS = 32
_CONNECT_MS = 500
_RETRY_PAUSE_MS = 50


@dataclass(frozen=True)
class OpenRequest:
    """What one launch asks for: files (absolute paths) and/or the built-in example."""

    files: tuple[str, ...] = ()
    example: bool = False

    @classmethod
    def from_arguments(
        cls, files: list[Path] | tuple[Path, ...], *, example: bool, cwd: Path | None = None
    ) -> OpenRequest:
        """Paths made absolute against *cwd* (this process's folder), so the primary, which
        runs in another folder, finds the same files."""
        base = cwd or Path.cwd()
        return cls(tuple(str((base / path).resolve()) for path in files), example)

    def encode(self) -> bytes:
        data = {"v": 1, "files": list(self.files), "example": self.example}
        return json.dumps(data, ensure_ascii=True).encode("ascii") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> OpenRequest | None:
        """The request in *line*, or None when it is not a well-formed request."""
        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("v") != 1:
            return None
        files = data.get("files")
        example = data.get("example", False)
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            return None
        if not isinstance(example, bool):
            return None
        return cls(tuple(files), example)


@dataclass(frozen=True)
class InstancePaths:
    """Where the lock lives and what the server is called, for this user and session."""

    lock_file: Path
    server_name: str


def _windows_session_id() -> int:
    """The Windows session of this process (Citrix/RDS users each have their own)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        session = wintypes.DWORD()
        kernel32 = ctypes.windll.kernel32
        if kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(session)):
            return int(session.value)
    return 0


def default_runtime_dir() -> Path:
    """The user's private folder for the lock and the socket.

    Linux and the BSDs: ``$XDG_RUNTIME_DIR/AnswerLetter`` when the session has a runtime
    folder of this user's own. Without one, platformdirs falls back to ``/tmp/runtime-UID``,
    which any other user can create first (and so silently switch single-instance mode off);
    the folder then lives in the user's cache folder, per machine, where nobody else can
    create anything. macOS and Windows runtime folders are per user already."""
    from platformdirs import user_cache_dir, user_runtime_dir

    if sys.platform in ("win32", "darwin"):
        return Path(user_runtime_dir(APP_NAME, appauthor=False))
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime) / APP_NAME
    host = hashlib.sha256(host_name().encode("utf-8", "replace")).hexdigest()[:8]
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / f"run-{host}"


def _is_private(folder: Path) -> bool:
    """*folder* is a folder of this user's that no one else may enter (as XDG requires)."""
    try:
        info = folder.stat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not stat.S_IMODE(info.st_mode) & 0o077
    )


def _private_folder(folder: Path) -> Path:
    """Create *folder* for this user only; raises OSError when someone else owns it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        info = folder.stat()
        if info.st_uid != os.getuid():
            raise PermissionError(f"{folder} belongs to another user")
        if stat.S_IMODE(info.st_mode) & 0o077:
            folder.chmod(0o700)
    return folder


def _read_secret(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if len(text) == _SECRET_HEX_DIGITS and all(c in "0123456789abcdef" for c in text):
        return text
    return None


def instance_secret(folder: Path) -> str:
    """This user's secret in the private *folder*, made on first use.

    Two first launches at once must end with the same secret: each writes its own candidate
    to a temporary file and links it into place, which fails for the second (then it reads
    the first one's, complete because a link is made in one step). A damaged secret is
    replaced; at worst two launches then miss each other once and the second runs alone."""
    target = folder / SECRET_FILE
    existing = _read_secret(target)
    if existing is not None:
        return existing
    candidate = secrets.token_hex(_SECRET_HEX_DIGITS // 2)
    handle, name = tempfile.mkstemp(dir=folder, prefix=".secret-")  # mode 0600
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write(candidate)
        try:
            target.hardlink_to(temporary)
        except FileExistsError:
            winner = _read_secret(target)
            if winner is not None:
                return winner
            temporary.replace(target)  # damaged: ours replaces it
        except OSError:
            temporary.replace(target)  # no hard links on this file system
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return _read_secret(target) or candidate


def instance_paths(runtime_dir: Path | None = None) -> InstancePaths:
    """The lock file and server name for this user (and Windows session)."""
    folder = _private_folder(runtime_dir or default_runtime_dir())
    session = _windows_session_id()
    suffix = f"-{session}" if sys.platform == "win32" else ""
    lock_file = folder / f"instance{suffix}.lock"
    socket_path = folder / "instance.socket"
    if os.name == "posix" and len(os.fsencode(socket_path)) <= MAX_SOCKET_PATH:
        # A full path keeps the socket in the private folder, out of other users' reach.
        return InstancePaths(lock_file, str(socket_path))
    # Windows pipe names (and too-long Unix paths) live in a namespace shared by all users:
    # the user's secret makes them unguessable; user, folder and session keep them apart.
    secret = instance_secret(folder)
    key = f"{secret}\0{getpass.getuser()}\0{folder.resolve()}\0{session}".encode()
    return InstancePaths(lock_file, f"{APP_NAME}-{hashlib.sha256(key).hexdigest()[:32]}")


class Role(Enum):
    PRIMARY = "primary"  # holds the lock; will listen for other launches
    FORWARDED = "forwarded"  # the running primary took the request; exit
    #: An editor holds the lock but nobody listened within a bound the caller set
    #: (``find_primary_ms``; without one the launch waits). The user is told, never given a
    #: second editor silently.
    NOT_RESPONDING = "not-responding"
    ALONE = "alone"  # no usable primary; run as an ordinary editor without a server


class Delivery(Enum):
    DELIVERED = "delivered"  # the primary answered ``ok``: it has the request
    NO_SERVER = "no-server"  # nobody listens (yet, or any more)
    LOST = "lost"  # the connection closed before ``ok``: the request was not taken


@dataclass
class Claim:
    """The outcome of :func:`claim`; a primary keeps ``lock`` locked until it quits."""

    role: Role
    paths: InstancePaths | None = None
    lock: QLockFile | None = None

    @property
    def forwarded(self) -> bool:
        return self.role is Role.FORWARDED

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def _allow_primary_to_come_forward() -> None:
    """Windows gives the foreground only to the process the user launched; let the primary
    raise its window for the file we hand over."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


def forward(request: OpenRequest, server_name: str) -> Delivery:
    """Send *request* to the primary at *server_name* and wait for its ``ok`` for as long
    as the connection stays open (a busy primary answers late, not never)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name)
    if not socket.waitForConnected(_CONNECT_MS):
        return Delivery.NO_SERVER
    _allow_primary_to_come_forward()
    socket.write(request.encode())
    told = False
    while not socket.canReadLine():
        if socket.state() is not QLocalSocket.LocalSocketState.ConnectedState:
            return Delivery.LOST
        if socket.bytesToWrite():
            socket.waitForBytesWritten(PATIENCE_MS)
        elif (
            not socket.waitForReadyRead(PATIENCE_MS)
            and not told
            and socket.state() is QLocalSocket.LocalSocketState.ConnectedState
        ):
            say_not_responding()
            told = True
    reply = bytes(socket.readLine().data())
    socket.disconnectFromServer()
    return Delivery.DELIVERED if reply == ACK else Delivery.LOST


def say_not_responding() -> None:
    """On the console (a launch from a terminal): the running editor is slow to answer."""
    message = QCoreApplication.translate("Startup", "AnswerLetter is running but not responding")
    waiting = QCoreApplication.translate("Startup", "Waiting for it to take the files…")
    print(f"{message}. {waiting}", file=sys.stderr, flush=True)


def claim(
    request: OpenRequest,
    paths: InstancePaths | None = None,
    *,
    find_primary_ms: int | None = None,
) -> Claim:
    """Become the primary, or hand *request* to the running one.

    PRIMARY: this process holds the lock and should listen (:class:`InstanceServer`).
    FORWARDED: the primary took the request (it answered ``ok``); this process should exit 0.
    NOT_RESPONDING: only with *find_primary_ms*: the lock is held but nobody listened for
    that long. Without it a launch waits while the lock's holder starts up.
    ALONE: the runtime folder or its lock file is unusable; run on its own.
    """
    try:
        paths = paths or instance_paths()
    except OSError:
        return Claim(Role.ALONE)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    timer = QElapsedTimer()
    timer.start()
    told = False
    while True:
        if lock.tryLock(0):
            return Claim(Role.PRIMARY, paths, lock)
        if lock.error() != QLockFile.LockError.LockFailedError:
            return Claim(Role.ALONE, paths)  # cannot create the lock file at all
        delivery = forward(request, paths.server_name)
        if delivery is Delivery.DELIVERED:
            return Claim(Role.FORWARDED, paths)
        if delivery is Delivery.NO_SERVER:
            # The lock is held but nobody listens yet (starting up) or any more (quitting).
            if find_primary_ms is not None and timer.hasExpired(find_primary_ms):
                return Claim(Role.NOT_RESPONDING, paths)
            if not told and timer.hasExpired(PATIENCE_MS):
                say_not_responding()
                told = True
            QThread.msleep(_RETRY_PAUSE_MS)
        # LOST: the primary went away before taking the request; start over at once.


class InstanceServer(QObject):
    """The primary's ear: ``requestReceived(OpenRequest)`` for every later launch, emitted
    from the event loop after the sender has been answered (so a dialog the request opens
    never keeps the other process waiting)."""

    requestReceived = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, paths: InstancePaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._received: list[OpenRequest] = []

    def listen(self) -> bool:
        """Start listening; call only while holding the lock (it removes a crashed primary's
        socket, which would otherwise be in the way)."""
        QLocalServer.removeServer(self._paths.server_name)
        return bool(self._server.listen(self._paths.server_name))

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Bound methods, no lambdas: a lambda holding self would tie this object's
            # lifetime to Python's cycle collector, which may free it in mid-event.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            request = OpenRequest.decode(bytes(socket.readLine().data()))
            if request is None:
                socket.abort()
                return
            socket.write(ACK)
            socket.flush()
            self._received.append(request)
            QTimer.singleShot(0, self._emit_received)
        if socket.bytesAvailable() > MAX_REQUEST_BYTES:
            socket.abort()

    def _emit_received(self) -> None:
        received, self._received = self._received, []
        for request in received:
            self.requestReceived.emit(request)


def release_on_exit(claim_: Claim, server: InstanceServer | None) -> None:
    """Stop listening and unlock (at quit), so the next launch starts cleanly at once."""
    if server is not None:
        with contextlib.suppress(RuntimeError):  # already deleted with the application
            server.close()
    claim_.release()
