"""Old binary Word documents (.doc) through LibreOffice, when it is installed (never required).

``soffice --headless --convert-to docx`` runs in a temporary folder with a profile of its own,
so a LibreOffice the user has open is not disturbed and nothing is left behind. It runs only
when the user asked for it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from answerletter.importers.errors import ImportFailure

#: LibreOffice's first start (profile creation) on a busy machine takes a while.
CONVERT_TIMEOUT_S = 180


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(path: Path) -> bytes:
    """The .docx bytes LibreOffice makes of *path*; ImportFailure when it cannot."""
    program = libreoffice()
    if program is None:
        raise ImportFailure("LibreOffice is not installed; save the document as .docx in Word")
    with tempfile.TemporaryDirectory(prefix="answerletter-convert-") as folder:
        work = Path(folder)
        source = work / f"source{path.suffix.lower() or '.doc'}"
        shutil.copyfile(path, source)
        profile = (work / "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            subprocess.run(
                command, check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S, cwd=work
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise ImportFailure(f"LibreOffice could not convert the document ({error})") from None
        result = work / "out" / "source.docx"
        if not result.is_file():
            raise ImportFailure("LibreOffice could not convert the document (no .docx came out)")
        return result.read_bytes()
