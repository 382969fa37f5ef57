"""Preferences on disk: only values that differ from the defaults, robust reading."""

from __future__ import annotations

import json

from answerletter.config import MAX_RECENT_FILES, Config, Settings


def test_defaults_write_an_empty_file(tmp_path):
    config = Config(tmp_path)
    config.save()
    assert json.loads(config.path.read_text()) == {}


def test_only_changed_values_are_stored_and_read_back(tmp_path):
    config = Config(tmp_path)
    config.update(language="nl", window_state=b"\x00\x01state")
    assert json.loads(config.path.read_text()) == {
        "language": "nl",
        "window_state": "AAFzdGF0ZQ==",
    }
    again = Config(tmp_path)
    assert again.settings == Settings(language="nl", window_state=b"\x00\x01state")


def test_recent_files_most_recent_first_without_duplicates(tmp_path):
    config = Config(tmp_path / "cfg")
    paths = [tmp_path / f"brief{n}.kvb" for n in range(MAX_RECENT_FILES + 2)]
    for path in paths:
        config.add_recent_file(path)
    config.add_recent_file(paths[5])
    recent = config.settings.recent_files
    assert recent[0] == str(paths[5].resolve())
    assert len(recent) == MAX_RECENT_FILES
    assert len(set(recent)) == len(recent)
    assert config.settings.last_folder == str(tmp_path.resolve())
    config.remove_recent_file(recent[0])
    assert str(paths[5].resolve()) not in config.settings.recent_files


def test_a_damaged_file_falls_back_to_defaults(tmp_path):
    (tmp_path / "settings.json").write_text("{not json")
    assert Config(tmp_path).settings == Settings()
    (tmp_path / "settings.json").write_text(
        json.dumps({"language": 7, "recent_files": ["a", 3], "window_state": "!!", "profile": "x"})
    )
    assert Config(tmp_path).settings == Settings(profile="x")
