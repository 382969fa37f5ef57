"""Who we are and whether a process still runs: the facts lock files and recovery copies
record so a later start can tell a live owner from a crashed one."""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import socket
import sys


def user_name() -> str:
    """The login name, or "" when the system cannot say (no passwd entry in a container)."""
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def host_name() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """True when process *pid* exists on this machine (or we cannot tell: assume alive)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except OSError as error:
        # EPERM: it exists but belongs to someone else.
        return error.errno != errno.ESRCH
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return bool(code.value == 259)  # STILL_ACTIVE
        return True
    finally:
        kernel32.CloseHandle(handle)
