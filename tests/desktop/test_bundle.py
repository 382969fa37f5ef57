"""The PyInstaller bundle (packaging/pyinstaller/answerletter.spec), built for the system the
test runs on and run headless: it knows its version, exports the example to the same number
of PDF pages as the in-process command, ships compiled translations and the licences, and its
editor takes a second launch's file like the source one.

Written for all three systems, so it runs unchanged on a Windows or macOS build machine:
- Linux:   dist/AnswerLetter/AnswerLetter (windowed and command line in one program)
- Windows: dist/AnswerLetter/AnswerLetter.exe (windowed) and answerletter-cli.exe (console:
           the commands print through it)
- macOS:   dist/AnswerLetter.app/Contents/MacOS/AnswerLetter, data in Contents/Resources,
           the whole .app signed (ad hoc here) with an intact seal
CI runs it on Linux only (see README, "What is built and tested where").

Slow (a build takes about a minute); needs PyInstaller (the packaging extra).
"""

from __future__ import annotations

import importlib.util
import os
import plistlib
import subprocess
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Bundle:
    """Where the programs and the data of a built bundle are on this system."""

    gui: Path  # what a double-click starts
    cli: Path  # what prints on a console (the same program except on Windows)
    data: Path  # the folder holding answerletter/, PySide6/, LICENSE ... (real files)

    @classmethod
    def locate(cls, dist: Path) -> Bundle:
        if sys.platform == "darwin":
            contents = dist / "AnswerLetter.app" / "Contents"
            program = contents / "MacOS" / "AnswerLetter"
            return cls(program, program, contents / "Resources")
        folder = dist / "AnswerLetter"
        if sys.platform == "win32":
            return cls(folder / "AnswerLetter.exe", folder / "answerletter-cli.exe",
                       folder / "_internal")  # fmt: skip
        return cls(folder / "AnswerLetter", folder / "AnswerLetter", folder / "_internal")


def bare_environment(home: Path) -> dict[str, str]:
    """Only what the system needs to start a program: nothing of this Python leaks in."""
    env = {"HOME": str(home)}
    if sys.platform == "win32":
        for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP"):
            if name in os.environ:
                env[name] = os.environ[name]
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
        env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    """Build the bundle once for this module."""
    work = tmp_path_factory.mktemp("pyinstaller")
    env = dict(os.environ)
    env.pop("CODESIGN_IDENTITY", None)  # the test build is signed ad hoc on macOS
    env["PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(SPEC)],
        capture_output=True, text=True, timeout=900, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-5000:]
    located = Bundle.locate(work / "dist")
    assert located.gui.is_file() and located.cli.is_file() and located.data.is_dir()
    return located


def test_version(bundle):
    result = subprocess.run([bundle.cli, "--version"], capture_output=True, text=True,
                            timeout=TIMEOUT, check=True)  # fmt: skip
    assert result.stdout.strip() == f"AnswerLetter {__version__}"


def test_translations_are_shipped_compiled_without_their_sources(bundle):
    folder = bundle.data / "answerletter" / "_resources" / "translations"
    compiled = sorted(path.name for path in folder.glob("*.qm"))
    assert compiled == ["answerletter_en.qm", "answerletter_nl.qm"]
    assert all((folder / name).stat().st_size > 0 for name in compiled)
    # Without the .ts no date comparison can make the program compile (or parse) it again.
    assert not list(folder.glob("*.ts"))
    assert list((bundle.data / "PySide6").rglob("qtbase_nl.qm"))


def test_the_user_guide_travels_with_the_program(bundle):
    from answerletter.gui.help_window import CHAPTERS

    folder = bundle.data / "answerletter" / "_resources" / "help"
    for language in ("nl", "en"):
        assert sorted(p.stem for p in (folder / language).glob("*.html")) == sorted(CHAPTERS)
        assert (folder / language / "images" / "editor.png").stat().st_size > 0
    assert len(list((folder / "images").glob("status-*.png"))) == 4


def test_licences_travel_with_the_program(bundle):
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in (bundle.data / "LICENSE").read_text("utf-8")
    assert "LGPL-3.0" in (bundle.data / "THIRD-PARTY.md").read_text("utf-8")
    licences = {path.name for path in (bundle.data / "licenses").iterdir()}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "Python-LICENSE.txt"} <= licences
    assert any(name.startswith("lxml-") for name in licences)
    assert any(name.startswith("pyinstaller-") for name in licences)


@pytest.mark.skipif(sys.platform != "darwin", reason="the .app exists on macOS only")
def test_macos_app_is_sealed_with_its_document_icon_inside(bundle):
    contents = bundle.gui.parents[1]
    info = plistlib.loads((contents / "Info.plist").read_bytes())
    assert info["LSMinimumSystemVersion"] == "13.0"
    assert "EUPL-1.2" in info["NSHumanReadableCopyright"]
    (document,) = info["CFBundleDocumentTypes"]
    assert (contents / "Resources" / document["CFBundleTypeIconFile"]).is_file()
    # The icon went in before signing: the seal covers it (nothing added or changed since).
    verify = subprocess.run(
        ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(contents.parent)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    # Ad hoc (no identity given): no hardened runtime, which would refuse our libraries.
    shown = subprocess.run(["codesign", "--display", "--verbose=2", str(contents.parent)],
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert "Signature=adhoc" in shown.stderr
    assert "runtime" not in shown.stderr.split("flags=", 1)[1].split("\n", 1)[0]


@pytest.mark.skipif(sys.platform != "win32", reason="the console twin exists on Windows only")
def test_windows_console_program_prints_problems(bundle, tmp_path):
    broken = tmp_path / "kapot.kvb"
    broken.write_text("<letter", encoding="utf-8")
    result = subprocess.run([bundle.cli, "validate", str(broken)], capture_output=True,
                            text=True, timeout=TIMEOUT, check=False)  # fmt: skip
    assert result.returncode == 1
    assert "kapot.kvb" in result.stdout + result.stderr


def test_export_gives_the_same_pages_as_the_source(qapp, bundle, tmp_path):
    example = resource_path("examples", "taliban.kvb")
    frozen_pdf = tmp_path / "bundle.pdf"
    subprocess.run([bundle.cli, "export", example, "-o", frozen_pdf],
                   env=bare_environment(tmp_path), timeout=TIMEOUT, check=True,
                   capture_output=True)  # fmt: skip
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
        process = subprocess.Popen([bundle.gui, str(path)], env=desktop.env, stdout=quiet,
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
