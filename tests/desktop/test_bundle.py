"""The PyInstaller bundle (packaging/pyinstaller/answerletter.spec), built for this system
and run headless: it knows its version, exports the example to the same number of PDF pages
as the in-process command, and its editor takes a second launch's file like the source one.

Slow (a build takes about a minute); CI runs it. Needs PyInstaller (the packaging extra).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from answerletter import __version__
from answerletter.cli import main
from answerletter.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "answerletter.spec"
TIMEOUT = 120
WAIT_MS = TIMEOUT * 1000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason='needs PyInstaller: pip install ".[packaging]" (CI installs it)',
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build the bundle once for this module; returns the program."""
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(SPEC)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-5000:]
    program = work / "dist" / "AnswerLetter" / "AnswerLetter"
    assert program.exists()
    return program


def test_version(bundle):
    result = subprocess.run([bundle, "--version"], capture_output=True, text=True,
                            timeout=TIMEOUT, check=True)  # fmt: skip
    assert result.stdout.strip() == f"AnswerLetter {__version__}"


def test_translations_are_compiled_and_never_recompiled(bundle):
    folder = bundle.parent / "_internal" / "answerletter" / "_resources" / "translations"
    sources = sorted(folder.glob("*.ts"))
    assert sources
    for source in sources:
        compiled = source.with_suffix(".qm")
        # i18n compiles a .ts again when its .qm is older (and the bundle has no lrelease).
        assert compiled.stat().st_size > 0
        assert compiled.stat().st_mtime >= source.stat().st_mtime
    assert list(
        (bundle.parent / "_internal" / "PySide6" / "Qt" / "translations").glob("qtbase_nl.qm")
    )


def test_export_gives_the_same_pages_as_the_source(qapp, bundle, tmp_path):
    example = resource_path("examples", "taliban.kvb")
    frozen_pdf = tmp_path / "bundle.pdf"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # nothing of this Python leaks in
    subprocess.run([bundle, "export", example, "-o", frozen_pdf], env=env, timeout=TIMEOUT,
                   check=True, capture_output=True)  # fmt: skip
    source_pdf = tmp_path / "source.pdf"
    assert main(["export", str(example), "-o", str(source_pdf)]) == 0
    pages = len(PdfReader(source_pdf).pages)
    assert pages >= 2
    frozen = PdfReader(frozen_pdf)
    assert len(frozen.pages) == pages
    # The bundled fonts are there: the pages carry the letter's text.
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in frozen.pages)
    assert "Taliban" in text and "Antwoord" in text


def test_bundled_editor_takes_a_second_launch(bundle, qtbot, desktop):
    first = desktop.letter("eerste.kvb")
    second = desktop.letter("tweede.kvb")

    def launch(path: Path) -> subprocess.Popen[bytes]:
        quiet = subprocess.DEVNULL
        process = subprocess.Popen([bundle, str(path)], env=desktop.env, stdout=quiet,
                                   stderr=quiet)  # fmt: skip
        desktop.processes.append(process)
        return process

    primary = launch(first)
    qtbot.waitUntil(lambda: desktop.opened().get("files") == [str(first)], timeout=WAIT_MS)
    assert launch(second).wait(timeout=TIMEOUT) == 0
    qtbot.waitUntil(
        lambda: desktop.opened().get("files") == [str(first), str(second)], timeout=WAIT_MS
    )
    assert desktop.opened()["pid"] == primary.pid
