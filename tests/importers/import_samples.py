"""Where the real sample documents are: ../shared beside the checkout (as in CI), also when
the checkout is a git worktree (then beside the main checkout)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _candidates() -> list[Path]:
    found = [REPO.parent / "shared"]
    git = REPO / ".git"
    if git.is_file():  # a worktree: "gitdir: /path/main/.git/worktrees/NAME"
        text = git.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            common = Path(text.split(":", 1)[1].strip()).resolve().parents[1]
            found.append(common.parent.parent / "shared")
    return found


def shared_dir() -> Path | None:
    return next((p for p in _candidates() if (p / "samples").is_dir()), None)


def sample(relative: str) -> Path:
    """The sample's path; the test is skipped (saying where it looked) when it is missing."""
    base = shared_dir()
    if base is None or not (base / "samples" / relative).is_file():
        looked = ", ".join(str(p / "samples") for p in _candidates())
        pytest.skip(f"real sample {relative} not found (looked in {looked}; needs ../shared)")
    return base / "samples" / relative
