"""Fixtures for the desktop-integration tests: real editor processes whose per-user folders
(runtime, config, cache) all point into temporary folders, and the open-files test log."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from answerletter.fileformat import save_letter
from answerletter.templates import example_letter
from answerletter.testing.open_log import TEST_LOG_VARIABLE


@dataclass
class Desktop:
    """A private per-user environment and the editor processes started in it."""

    root: Path
    env: dict[str, str]
    log: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def letter(self, name: str) -> Path:
        path = self.root / name
        save_letter(example_letter(), path)
        return path

    def launch(self, *args: str, cwd: Path | None = None) -> subprocess.Popen[bytes]:
        """``answerletter ARGS`` as its own process (``python -m answerletter``)."""
        number = len(self.processes)
        process = subprocess.Popen(
            [sys.executable, "-m", "answerletter", *args],
            cwd=cwd or self.root,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=(self.root / f"stderr-{number}.txt").open("wb"),
        )
        self.processes.append(process)
        return process

    def opened(self) -> dict[str, object]:
        """What the running editor last wrote to the test log ({} before it started)."""
        try:
            data: dict[str, object] = json.loads(self.log.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data

    def stderr(self) -> str:
        return "\n".join(
            path.read_text(errors="replace") for path in sorted(self.root.glob("stderr-*.txt"))
        )


def private_environment(root: Path) -> tuple[dict[str, str], Path]:
    """Environment variables sending every per-user folder into *root*; returns the env and
    the runtime folder (kept short: Unix socket paths are limited to ~100 bytes)."""
    runtime = Path(tempfile.mkdtemp(prefix="al-run-"))  # mode 0700, as XDG requires
    env = dict(os.environ)
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_CACHE_HOME=str(root / "cache"),
        XDG_DATA_HOME=str(root / "data"),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
    )
    env[TEST_LOG_VARIABLE] = str(root / "open-log.json")
    env.pop("PYTHONSTARTUP", None)
    return env, runtime


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    env, runtime = private_environment(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    state = Desktop(tmp_path, env, tmp_path / "open-log.json")
    yield state
    for process in state.processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    shutil.rmtree(runtime, ignore_errors=True)
