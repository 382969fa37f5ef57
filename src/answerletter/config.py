"""Preferences and remembered state of the editor, kept in the platformdirs config folder.

One JSON file (``settings.json``) holds only the values that differ from the defaults, so a
new default reaches every user who never changed that setting. Nothing here imports Qt: the
window state (geometry, splitters, docks) arrives as opaque bytes and is stored as base64.
Tests pass their own folder to ``Config`` instead of the user's; a whole process is
redirected with ``ANSWERLETTER_CONFIG_DIR`` / ``ANSWERLETTER_DATA_DIR`` (used by the tests that
start the editor as a real process, and by anyone who keeps a portable setup).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir

from answerletter import APP_NAME

SETTINGS_FILE = "settings.json"
MAX_RECENT_FILES = 10
#: The languages the editor is translated into; "" follows the system.
LANGUAGES = ("", "nl", "en")


#: Environment variables that override the platform folders.
CONFIG_DIR_VARIABLE = "ANSWERLETTER_CONFIG_DIR"
DATA_DIR_VARIABLE = "ANSWERLETTER_DATA_DIR"


def default_config_dir() -> Path:
    """The user's config folder for AnswerLetter (e.g. ``~/.config/AnswerLetter``)."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    """The user's data folder (e.g. ``~/.local/share/AnswerLetter``): recovery copies."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Every setting with its default. A value, so comparing with the default is trivial."""

    #: "" = the system language; otherwise a code from LANGUAGES.
    language: str = ""
    recent_files: tuple[str, ...] = ()
    last_folder: str = ""
    #: Name of the house-style profile for new letters; "" = the built-in default.
    profile: str = ""
    #: Preview zoom: "width", "page", or a percentage such as "100".
    preview_zoom: str = "width"
    #: Opaque Qt state blobs (QMainWindow.saveGeometry/saveState, QSplitter.saveState).
    window_geometry: bytes = b""
    window_state: bytes = b""
    splitter_state: bytes = b""
    #: Keep the previous version of a letter beside it (``brief.kvb.bak``) on every save.
    keep_backup: bool = True
    #: View > Check Spelling: squiggles and spelling findings.
    spell_check: bool = True
    #: Text size of the question and answer editors, in percent (View ▸ Text Size).
    editor_text_size: int = 100


_DEFAULTS = Settings()
_BYTES_FIELDS = {"window_geometry", "window_state", "splitter_state"}


def _encode(name: str, value: Any) -> Any:
    if name in _BYTES_FIELDS:
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    return value


def _decode(name: str, raw: Any) -> Any:
    """The stored value converted back to the field's type; raises ValueError when malformed."""
    default = getattr(_DEFAULTS, name)
    if name in _BYTES_FIELDS:
        if not isinstance(raw, str):
            raise ValueError(name)
        try:
            return base64.b64decode(raw.encode("ascii"), validate=True)
        except binascii.Error as error:
            raise ValueError(name) from error
    if isinstance(default, tuple):
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise ValueError(name)
        return tuple(raw)
    if not isinstance(raw, type(default)):
        raise ValueError(name)
    return raw


class Config:
    """The settings file in *directory*: read once, written on every change.

    A missing, unreadable or partly malformed file never stops the editor: what cannot be
    read falls back to its default.
    """

    def __init__(self, directory: Path | None = None, data_directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else default_config_dir()
        # A config folder given by a test keeps its data beside it, never in the user's.
        if data_directory is None:
            data_directory = default_data_dir() if directory is None else directory / "data"
        self.data_directory = data_directory
        self.settings = self._read()

    @property
    def path(self) -> Path:
        return self.directory / SETTINGS_FILE

    def _read(self) -> Settings:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        if not isinstance(data, dict):
            return Settings()
        values: dict[str, Any] = {}
        for item in fields(Settings):
            if item.name in data:
                try:
                    values[item.name] = _decode(item.name, data[item.name])
                except ValueError:
                    continue
        return Settings(**values)

    def update(self, **changes: Any) -> None:
        """Change settings and write the file (only the values that differ from defaults)."""
        self.settings = replace(self.settings, **changes)
        self.save()

    def save(self) -> None:
        data = {
            item.name: _encode(item.name, getattr(self.settings, item.name))
            for item in fields(Settings)
            if getattr(self.settings, item.name) != getattr(_DEFAULTS, item.name)
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file and rename it, so a crash never leaves half a file.
        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".settings-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=2, sort_keys=True)
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    # -- recent files --

    def add_recent_file(self, path: Path) -> None:
        """Put *path* first in the recent files (once) and remember its folder."""
        text = str(path.resolve())
        recent = (text, *(p for p in self.settings.recent_files if p != text))
        self.update(recent_files=recent[:MAX_RECENT_FILES], last_folder=str(path.resolve().parent))

    def remove_recent_file(self, path: str) -> None:
        self.update(recent_files=tuple(p for p in self.settings.recent_files if p != path))

    def clear_recent_files(self) -> None:
        self.update(recent_files=())
