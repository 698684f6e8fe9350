import tomllib

from lenet_core.datasets import PROJECT_DIR


def test_upload_limit_and_xsrf_protection_are_configured():
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableXsrfProtection"] is True
    assert 1 <= config["server"]["maxUploadSize"] <= 50  # MB: images and 5 MB weights files


def test_weights_are_only_loaded_into_the_apps_own_architecture():
    # Full-model files (.keras, SavedModel, pickles) can carry code; the app must never open them.
    sources = "\n".join(path.read_text() for path in (PROJECT_DIR / "lenet_core").glob("*.py"))
    sources += "\n".join(path.read_text() for path in (PROJECT_DIR / "app_pages").glob("*.py"))
    for unsafe in ("load_model(", "pickle", "safe_mode=False", "from_json("):
        assert unsafe not in sources
