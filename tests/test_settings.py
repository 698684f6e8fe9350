"""Every LENET_* variable is read in lenet_core.base.settings: defaults, blanks, bad values."""

import pytest

from lenet_core.base import settings


def test_folders_default_to_data_and_follow_their_variable(monkeypatch, tmp_path):
    for variable, folder in (("LENET_MODELS_DIR", settings.models_dir), ("LENET_EXPORTS_DIR", settings.exports_dir)):
        monkeypatch.setenv(variable, str(tmp_path / "here"))
        assert folder() == tmp_path / "here"
        monkeypatch.setenv(variable, "  ")  # blank: the default, never the current folder
        assert folder().parent == settings.DATA_DIR
        monkeypatch.delenv(variable)
        assert folder().parent == settings.DATA_DIR


def test_max_jobs_says_what_to_write(monkeypatch):
    monkeypatch.setenv("LENET_MAX_JOBS", "two")
    with pytest.raises(ValueError, match="whole number"):
        settings.max_jobs()
    monkeypatch.setenv("LENET_MAX_JOBS", "0")
    assert settings.max_jobs() == 1
    monkeypatch.delenv("LENET_MAX_JOBS")
    assert settings.max_jobs() == 1


def test_no_module_reads_a_lenet_variable_itself():
    from lenet_core.base.settings import PROJECT_DIR

    readers = [
        path.relative_to(PROJECT_DIR).as_posix()
        for folder in ("lenet_core", "app_pages")
        for path in (PROJECT_DIR / folder).rglob("*.py")
        if "LENET_" in path.read_text(encoding="utf-8") and "os.environ" in path.read_text(encoding="utf-8")
        and path.name != "settings.py"
    ]  # fmt: skip
    assert readers == []
