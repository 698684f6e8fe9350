import io

import numpy as np
import pytest
from PIL import Image

from harness.drawings import draw_on_canvas, png_bytes, sketch_agreement
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import (
    UPLOAD_SIDE,
    ImageInputError,
    prepare,
    prepare_upload,
    read_upload,
    to_grayscale,
)


@pytest.fixture(scope="module")
def mnist_predictor():
    """The shipped default MNIST model, as the Predict page uses it."""
    from lenet_core.base.settings import DATA_DIR
    from lenet_core.inside.predictor import predictor_for
    from lenet_core.store.models import ModelStore
    from lenet_core.store.records import default_model_id

    record = ModelStore(DATA_DIR / "models").get(default_model_id("mnist"))
    assert record is not None and record.usable, "the default MNIST model must ship with the project"
    return predictor_for(record)


def test_drawings_at_many_sizes_positions_and_strokes_agree_with_the_test_images(mnist_predictor):
    # README: 99.6% of 2,000 such drawings (python -m bench.sketch_agreement); 500 here for speed.
    agreeing, count = sketch_agreement(mnist_predictor, load_dataset("mnist").test_images, 500, seed=2024)
    assert agreeing / count >= 0.99, f"only {agreeing} of {count} drawings agree with their test image"


def test_digit_framing_matches_mnist():
    digit = load_dataset("mnist").test_images[0]  # a 7
    prepared = prepare(draw_on_canvas(digit, 8.0, 20, 30), "digit").image
    rows, columns = np.nonzero(prepared > 0.25)
    assert max(rows.max() - rows.min(), columns.max() - columns.min()) + 1 in (19, 20, 21)
    weights = prepared / prepared.sum()
    centre = (
        ((np.indices(prepared.shape)[0] + 0.5) * weights).sum(),
        ((np.indices(prepared.shape)[1] + 0.5) * weights).sum(),
    )
    assert abs(centre[0] - 14) < 1.0 and abs(centre[1] - 14) < 1.0
    assert prepared.dtype == np.float32 and prepared.min() >= 0 and prepared.max() <= 1


def test_garment_framing_fills_the_frame_and_centres():
    bag = load_dataset("fashion-mnist").test_images[0]
    prepared = prepare(draw_on_canvas(bag, 5.0, 100, 0), "garment").image
    rows, columns = np.nonzero(prepared > 0.25)
    assert max(rows.max() - rows.min(), columns.max() - columns.min()) + 1 >= 26
    assert abs((rows.min() + rows.max()) / 2 - 13.5) <= 1.5 and abs((columns.min() + columns.max()) / 2 - 13.5) <= 1.5


@pytest.mark.parametrize(
    "canvas, hint",
    [
        (np.zeros((280, 280, 4), np.uint8) + np.array([0, 0, 0, 255], np.uint8), "Draw something"),
        (np.full((280, 280, 4), 255, np.uint8), "Draw something"),  # a white page, nothing on it
    ],
)
def test_blank_canvas_gives_no_prediction(canvas, hint):
    prepared = prepare(canvas, "digit")
    assert prepared.image is None and hint in prepared.message


def test_a_single_dot_or_faint_noise_gives_no_prediction():
    dot = np.zeros((280, 280, 4), np.uint8)
    dot[..., 3] = 255
    dot[140:144, 140:144, :3] = 255
    assert prepare(dot, "digit").image is None
    noise = np.random.default_rng(0).integers(0, 12, size=(280, 280, 4)).astype(np.uint8)
    noise[..., 3] = 255
    assert prepare(noise, "digit").image is None


def test_dark_ink_on_light_paper_is_inverted():
    digit = load_dataset("mnist").test_images[1]
    drawn = draw_on_canvas(digit, 7.0, 30, 40)
    photo = drawn.copy()
    photo[..., :3] = 255 - drawn[..., :3]
    light, dark = prepare(photo, "digit"), prepare(drawn, "digit")
    assert light.inverted and not dark.inverted
    np.testing.assert_allclose(light.image, dark.image, atol=0.02)


def test_transparent_background_uses_the_ink():
    digit = load_dataset("mnist").test_images[2]
    drawn = draw_on_canvas(digit, 6.0, 50, 50)
    transparent = np.zeros_like(drawn)
    transparent[..., 3] = drawn[..., 0]  # black ink, visible only through alpha
    np.testing.assert_allclose(prepare(transparent, "digit").image, prepare(drawn, "digit").image, atol=0.02)


def test_grayscale_conversion_accepts_common_layouts():
    assert to_grayscale(np.full((4, 4), 255, np.uint8)).max() == 1.0
    assert to_grayscale(np.zeros((4, 4, 3), np.uint8)).shape == (4, 4)


def test_upload_round_trip_reads_png_and_jpeg():
    digit = draw_on_canvas(load_dataset("mnist").test_images[3], 5.0, 10, 10)
    assert read_upload(png_bytes(digit)).shape == (280, 280, 4)
    buffer = io.BytesIO()
    Image.fromarray(digit[..., :3]).save(buffer, format="JPEG")
    assert read_upload(buffer.getvalue()).shape == (280, 280, 4)


def test_bad_uploads_get_clear_messages():
    with pytest.raises(ImageInputError, match="not an image"):
        read_upload(b"%PDF-1.7 this is a PDF")
    with pytest.raises(ImageInputError, match="empty"):
        read_upload(b"")
    whole = png_bytes(np.full((300, 300, 3), 128, np.uint8) + np.arange(300, dtype=np.uint8)[:, None, None])
    with pytest.raises(ImageInputError, match="truncated or damaged"):
        read_upload(whole[: len(whole) // 2])
    huge = io.BytesIO()
    Image.new("L", (4001, 4001)).save(huge, format="PNG")
    with pytest.raises(ImageInputError, match="4001x4001 pixels; the limit is 4000x4000"):
        read_upload(huge.getvalue())
    gif = io.BytesIO()
    Image.new("L", (28, 28)).save(gif, format="GIF")
    with pytest.raises(ImageInputError, match="GIF image; upload a PNG or JPEG"):
        read_upload(gif.getvalue())


def _jpeg(array: np.ndarray, orientation: int | None = None) -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation  # EXIF Orientation, as a phone writes it
    Image.fromarray(array).save(buffer, format="JPEG", quality=95, exif=exif.tobytes())
    return buffer.getvalue()


def test_a_sideways_stored_phone_photo_is_turned_upright_by_its_exif_tag(mnist_predictor):
    digit = load_dataset("mnist").test_images[0]  # a 7
    upright = 255 - draw_on_canvas(digit, 8.0, 20, 30, thickness=5)[..., :3]  # dark ink on paper
    # A phone held in portrait stores the sensor's landscape pixels and tag 6: "turn 90 degrees clockwise".
    stored = np.ascontiguousarray(np.rot90(upright))
    photo = prepare(read_upload(_jpeg(stored, orientation=6)), "digit")
    expected = prepare(upright, "digit")
    assert np.abs(photo.image - expected.image).mean() < 0.03
    assert mnist_predictor.predict(photo.image).predicted == 7
    sideways = prepare(read_upload(_jpeg(stored)), "digit")  # the same pixels with no tag stay sideways
    assert np.abs(sideways.image - expected.image).mean() > 0.1


@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_a_16_megapixel_upload_is_shrunk_before_it_is_filtered(mnist_predictor, kind):
    digit = load_dataset("mnist").test_images[1]  # a 2
    photo = np.zeros((4000, 4000), np.uint8)
    photo[1000:3800, 800:3600] = np.asarray(Image.fromarray(digit).resize((2800, 2800), Image.Resampling.BICUBIC))
    buffer = io.BytesIO()
    Image.fromarray(photo).save(buffer, format=kind)
    decoded = read_upload(buffer.getvalue())
    assert decoded.shape == (UPLOAD_SIDE, UPLOAD_SIDE, 4)  # what prepare() filters: 41x fewer pixels
    assert mnist_predictor.predict(prepare(decoded, "digit").image).predicted == 2


def test_the_same_upload_is_prepared_once_however_often_the_page_reruns(monkeypatch):
    import lenet_core.data.preprocessing

    data = png_bytes(draw_on_canvas(load_dataset("mnist").test_images[4], 6.0, 30, 30))
    decoded = []
    real_read = lenet_core.data.preprocessing.read_upload
    monkeypatch.setattr(lenet_core.data.preprocessing, "read_upload", lambda data: decoded.append(1) or real_read(data))
    first = prepare_upload(data, "digit")
    assert prepare_upload(bytes(data), "digit") is first  # a rerun hands over a fresh bytes object
    assert prepare_upload(data, "garment") is not first  # another framing is another result
    assert len(decoded) == 2
    with pytest.raises(ImageInputError, match="not an image"):
        prepare_upload(b"%PDF-1.7 not an image", "digit")
