"""The editor on the seed letter, for atspi_tree.sh (runs until it is stopped)."""

import sys
import tempfile
from pathlib import Path

root = Path(sys.argv[1])
sys.path[:0] = [str(root / "src"), str(root / "tests")]

from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication(sys.argv)

from answerletter.config import Config  # noqa: E402
from answerletter.desktop.opener import Opener  # noqa: E402
from answerletter.editing.document import Document  # noqa: E402

from seed_letter import build_seed_letter  # noqa: E402

opener = Opener(Config(Path(tempfile.mkdtemp()) / "config"))
window = opener.new_window(Document(build_seed_letter()))
window.show()
window.preview.refresh_now()
window.list_pane.select_ids([window.document.letter.questions[0].id])
editor = window.editor_pane._rows[0].editor  # question 1 ends with footnote 1's mark
cursor = editor.textCursor()
cursor.movePosition(cursor.MoveOperation.End)
editor.setTextCursor(cursor)
print("ready", flush=True)
app.exec()
