import tomllib

import pytest

from lenet_core.base.settings import PROJECT_DIR


def test_upload_limit_and_xsrf_protection_are_configured():
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableXsrfProtection"] is True
    assert 1 <= config["server"]["maxUploadSize"] <= 50  # MB: images and 5 MB weights files


def test_full_model_files_are_refused_or_read_for_weights_only(tiny_model, tmp_path):
    # A .keras archive can carry a model definition (and with it code); the app never opens one.
    from lenet_core.network.model import WeightsError, build_lenet, load_weights

    archive = tmp_path / "full.keras"
    tiny_model.model.save(archive)
    with pytest.raises(WeightsError, match="not an HDF5 weights file"):
        load_weights(build_lenet(), archive)
    # A legacy full-model HDF5 file: only its weight arrays are read, into the app's own network.
    legacy = tmp_path / "full_model.h5"
    tiny_model.model.save(legacy, include_optimizer=False)  # Keras 3 still writes the legacy format for ".h5"
    model = build_lenet(weights_path=legacy)
    assert type(model).__name__ == "Sequential" and model.name == "lenet"
    assert (model.get_weights()[0] == tiny_model.model.get_weights()[0]).all()
