"""Interface language: picks the language, builds and installs the translators.

Our translations are ``.ts`` sources in ``resources/translations``. The ``.qm`` files Qt
loads are build products (git-ignored): when one is missing or older than its source it is
compiled with ``pyside6-lrelease`` into the user's cache folder. The installers ship the
``.qm`` files without their sources, and a ``.qm`` without a ``.ts`` is used as it is.
Without lrelease the ``.ts`` is read directly by a small translator, so the interface is
never left untranslated.
Qt's own ``qtbase_*`` translations (standard buttons, file dialogs) come from PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from answerletter import APP_NAME
from answerletter.resources import resource_path

LANGUAGES = ("nl", "en")
FALLBACK = "en"
_installed: list[QTranslator] = []
#: Where compiled .qm files go; None = the user's cache folder (tests point it elsewhere).
cache_dir: Path | None = None
_state = {"current": ""}


def current() -> str:
    """The language installed last ("" before any)."""
    return _state["current"]


def language_names() -> list[tuple[str, str]]:
    """(code, shown name) for the preferences; "" follows the system."""
    system = QCoreApplication.translate("i18n", "System language")
    return [("", system), ("nl", "Nederlands"), ("en", "English")]


def resolve(setting: str) -> str:
    """The language to use for a preference ("" = the system's, when we have it)."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK


def ts_path(language: str) -> Path:
    return resource_path("translations", f"answerletter_{language}.ts")


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(language: str, cache: Path | None = None) -> Path | None:
    """An up-to-date ``.qm`` for *language*, compiling it if needed; None if impossible."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if not source.exists():
        # An installed program ships compiled .qm files only: nothing to compare dates with.
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    folder = cache or cache_dir or Path(user_cache_dir(APP_NAME, appauthor=False)) / "translations"
    target = folder / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    return target if result.returncode == 0 and target.exists() else None


class TsTranslator(QTranslator):
    """Translates straight from a ``.ts`` file (used only when no ``.qm`` can be built)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.messages: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()  # our own file, no entities or network
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms or [translation.text or ""]
                if any(texts):
                    self.messages[(name, message.findtext("source", ""))] = texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        texts = self.messages.get((context, source))
        if not texts:
            return ""
        text = texts[0] if n == 1 or len(texts) == 1 else texts[-1]
        return text.replace("%n", str(n)) if n >= 0 else text

    def isEmpty(self) -> bool:
        return not self.messages


def install(language: str) -> str:
    """Install the translators for a preference; returns the language actually used."""
    app = QCoreApplication.instance()
    code = resolve(language)
    _state["current"] = code
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if app is None:
        return code
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{code}", qt_folder):
        _installed.append(qt_translator)
    ours: QTranslator | None = None
    qm = compiled_qm(code)
    if qm is not None:
        candidate = QTranslator(app)
        if candidate.load(str(qm)):
            ours = candidate
    if ours is None and ts_path(code).exists():
        ours = TsTranslator(ts_path(code))
    if ours is not None:
        _installed.append(ours)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return code
