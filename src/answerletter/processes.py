"""Who we are and whether a process still runs: the facts lock files and recovery copies
record so a later start can tell a live owner from a crashed one."""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import socket
import sys
from pathlib import Path


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


def boot_id() -> str:
    """This boot of this machine ("" where the system does not say): a process id recorded
    in another boot names a process that is gone, whatever runs under that id now."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip()
    return ""


def start_time(pid: int) -> str:
    """When process *pid* started, as the system counts it ("" where it cannot say): with
    the pid it names one process, even after its id was given to another."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            data = Path(f"/proc/{pid}/stat").read_bytes()
            # Field 2 (the command name) may hold spaces and ")"; fields after the last ")".
            fields = data[data.rindex(b")") + 2 :].split()
            return fields[19].decode("ascii")  # field 22: start time in clock ticks
    return ""


def process_identity() -> dict[str, str]:
    """What lock files and recovery notes record about this process besides its id."""
    return {"boot": boot_id(), "started": start_time(os.getpid())}


def same_process_alive(pid: int, boot: str, started: str) -> bool:
    """Process *pid* of this machine, recorded with *boot* and *started* (either may be ""
    in an older record), still runs: the same boot, and the same start under that id."""
    if not pid_alive(pid):
        return False
    if boot and boot_id() and boot != boot_id():
        return False  # rebooted since: the id now belongs to another process
    if started and pid != os.getpid():
        now = start_time(pid)
        if now and now != started:
            return False
    return True
