"""The config and data folders can be redirected for a whole process (real-process tests)."""

from __future__ import annotations

from answerletter import config as config_module
from answerletter.config import Config


def test_environment_overrides_the_platform_folders(tmp_path, monkeypatch):
    monkeypatch.setenv(config_module.CONFIG_DIR_VARIABLE, str(tmp_path / "c"))
    monkeypatch.setenv(config_module.DATA_DIR_VARIABLE, str(tmp_path / "d"))
    config = Config()
    assert config.directory == tmp_path / "c"
    assert config.data_directory == tmp_path / "d"


def test_a_test_config_keeps_its_data_beside_it(tmp_path):
    config = Config(tmp_path / "c")
    assert config.data_directory == tmp_path / "c" / "data"


def test_backup_is_on_by_default_and_remembered(tmp_path):
    config = Config(tmp_path)
    assert config.settings.keep_backup
    config.update(keep_backup=False)
    assert not Config(tmp_path).settings.keep_backup
