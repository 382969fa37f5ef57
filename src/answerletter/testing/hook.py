"""TEST HOOK for the end-to-end recovery test, not for users.

When ``ANSWERLETTER_TEST_SAFETY_HOOK`` names a JSON file, the editor started as a real process
reads it and, once its windows exist:

* ``"recovery_answer"``: ``"open"``, ``"discard"`` or ``"later"`` answers every recovery
  question instead of the user (what was offered is reported);
* ``"edits"``: ``[{"answer": "a1", "text": "..."}]`` typed into the first letter's answers,
  as the editor does for typing (so autosave sees ordinary changes);
* ``"report"``: a path where it writes JSON with what was offered and, per window, the file,
  whether it is modified and the plain text of every answer.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from answerletter.model import RichText
from answerletter.model.operations import set_answer_text

if TYPE_CHECKING:
    from answerletter.desktop.opener import Opener

HOOK_VARIABLE = "ANSWERLETTER_TEST_SAFETY_HOOK"


@dataclass
class TestHook:
    """The instructions of one run and what happened."""

    __test__ = False  # not a pytest test class, whatever its name

    recovery_answer: str = ""
    edits: list[dict[str, str]] = field(default_factory=list)
    report: str = ""
    offered: list[dict[str, str]] = field(default_factory=list)

    def prepare(self) -> None:
        """Answer the recovery questions from now on (before the offer is made)."""
        if not self.recovery_answer:
            return
        from answerletter.gui import safety_dialogs
        from answerletter.gui.safety_dialogs import RecoveryChoice

        answer = RecoveryChoice(self.recovery_answer)

        def ask_recovery(parent: Any, title: str, saved_at: str, original: str) -> RecoveryChoice:
            self.offered.append({"title": title, "saved_at": saved_at, "original": original})
            return answer

        safety_dialogs.ask_recovery = ask_recovery

    def run(self, opener: Opener) -> None:
        """Make the edits, then write the report."""
        windows = opener.windows()
        if self.edits and windows:
            document = windows[0].document
            for edit in self.edits:
                answer_id = edit["answer"]
                after = set_answer_text(document.letter, answer_id, RichText.plain(edit["text"]))
                document.apply(after, "typing", (), typing_key=("answer", answer_id))
        if self.report:
            self._write_report(opener)

    def _write_report(self, opener: Opener) -> None:
        windows = [
            {
                "path": str(window.document.path or ""),
                "modified": window.document.is_modified(),
                "answers": {a.id: a.text.plain_text() for a in window.document.letter.answers},
            }
            for window in opener.windows()
        ]
        data = {"pid": os.getpid(), "offered": self.offered, "windows": windows}
        target = Path(self.report)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
        temporary.replace(target)


def load() -> TestHook | None:
    """The hook named by the environment; None for users (the variable is not set)."""
    name = os.environ.get(HOOK_VARIABLE)
    if not name:
        return None
    data = json.loads(Path(name).read_text(encoding="utf-8"))
    return TestHook(
        recovery_answer=str(data.get("recovery_answer", "")),
        edits=list(data.get("edits", [])),
        report=str(data.get("report", "")),
    )
