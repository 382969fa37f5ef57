"""End to end: the editor runs as a real process, gets edits, is killed with SIGKILL, and the
next start offers the recovery copy with those edits in it (and takes over the stale lock).

The processes run offscreen with every per-user folder in a temporary folder; the test hook
(``answerletter.testing.hook``) makes the edits, answers the recovery question and reports
what was offered and what the windows hold.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from answerletter.config import CONFIG_DIR_VARIABLE, DATA_DIR_VARIABLE
from answerletter.fileformat import load_letter, save_letter
from answerletter.safety.locks import read_lock
from answerletter.testing.hook import HOOK_VARIABLE
from answerletter.testing.synthetic import generate_letter

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

TIMEOUT = 60.0  # seconds a step may take on a slow CI machine before the test fails


def wait_for(condition, what: str, process: subprocess.Popen[bytes], stderr: Path) -> None:
    """Poll *condition* until it holds (bounded); fail early if the editor died."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"the editor exited ({process.returncode}) before {what}:\n"
                        + stderr.read_text(errors="replace"))  # fmt: skip
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}:\n" + stderr.read_text(errors="replace"))
        time.sleep(0.05)


@pytest.fixture
def world(tmp_path):
    runtime = Path(tempfile.mkdtemp(prefix="al-run-"))  # short: Unix socket paths are limited
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
    )
    env[CONFIG_DIR_VARIABLE] = str(tmp_path / "config")
    env[DATA_DIR_VARIABLE] = str(tmp_path / "data")
    env.pop("PYTHONSTARTUP", None)
    processes: list[subprocess.Popen[bytes]] = []

    def launch(hook: dict[str, object], *args: str) -> tuple[subprocess.Popen[bytes], Path]:
        number = len(processes)
        hook_file = tmp_path / f"hook-{number}.json"
        hook_file.write_text(json.dumps(hook), encoding="utf-8")
        stderr = tmp_path / f"stderr-{number}.txt"
        process = subprocess.Popen(
            [sys.executable, "-m", "answerletter", *args],
            cwd=tmp_path,
            env={**env, HOOK_VARIABLE: str(hook_file)},
            stdout=subprocess.DEVNULL,
            stderr=stderr.open("wb"),
        )
        processes.append(process)
        return process, stderr

    yield tmp_path, launch
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.mark.parametrize("reopen_with_file", [False, True], ids=["plain-start", "with-file"])
def test_killed_editor_is_recovered_at_the_next_start(world, reopen_with_file):
    """Also when the next start is given the file itself (double-click): the recovery goes
    into that file's window, never into a second window on the same file."""
    root, launch = world
    letter = generate_letter(3, seed=5)
    path = root / "brief.kvb"
    save_letter(letter, path)
    original = path.read_bytes()
    first, second = letter.answers[0].id, letter.answers[1].id
    edits = [
        {"answer": first, "text": "Dit antwoord is na de crash nog hier."},
        {"answer": second, "text": "En dit ook, met één accent."},
    ]
    recovery = root / "data" / "recovery"

    # 1. Edit, wait for the recovery copy, kill without warning.
    report = root / "report-1.json"
    editor, stderr = launch({"edits": edits, "report": str(report)}, str(path))
    wait_for(report.exists, "the edits", editor, stderr)
    assert json.loads(report.read_text())["windows"][0]["modified"] is True
    wait_for(lambda: any(recovery.glob("*.json")), "the recovery copy", editor, stderr)
    lock = read_lock(path)
    assert lock is not None and lock.pid == editor.pid
    editor.send_signal(signal.SIGKILL)
    editor.wait(timeout=TIMEOUT)
    assert path.read_bytes() == original  # autosave never touches the user's file
    assert read_lock(path).pid == editor.pid  # the lock is left behind, stale now

    # 2. Start again: the recovery is offered and opened, with the edits, tied to the file.
    report = root / "report-2.json"
    arguments = [str(path)] if reopen_with_file else []
    editor, stderr = launch({"recovery_answer": "open", "report": str(report)}, *arguments)
    wait_for(report.exists, "the recovery offer", editor, stderr)
    data = json.loads(report.read_text())
    (offered,) = data["offered"]
    assert offered["title"] == "brief.kvb"
    assert offered["original"] == str(path)
    assert len(data["windows"]) == 1  # one window, whatever the start opened first
    (window,) = [w for w in data["windows"] if w["path"] == str(path)]
    assert window["modified"] is True
    assert window["answers"][first] == edits[0]["text"]
    assert window["answers"][second] == edits[1]["text"]
    # The crashed editor's stale lock was taken over silently.
    assert read_lock(path).pid == editor.pid
    assert path.read_bytes() == original
    assert load_letter(path) == letter
