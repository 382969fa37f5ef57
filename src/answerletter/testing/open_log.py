"""TEST HOOK: when ``ANSWERLETTER_TEST_OPEN_LOG`` names a file, the opener rewrites it (JSON:
pid, number of windows, the open files) after every request it handles; the two-process
desktop tests read it. Does nothing for users."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

TEST_LOG_VARIABLE = "ANSWERLETTER_TEST_OPEN_LOG"


def write(paths: list[Path | None]) -> None:
    """Record the windows' files (None: a window on a letter never saved)."""
    target = os.environ.get(TEST_LOG_VARIABLE)
    if not target:
        return
    files = [str(path) for path in paths if path is not None]
    data = {"pid": os.getpid(), "windows": len(paths), "files": files}
    handle, temporary = tempfile.mkstemp(dir=Path(target).parent, prefix=".open-log-")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(data, stream)
    Path(temporary).replace(target)
