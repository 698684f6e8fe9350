"""From a drawing or a photo to the model's 28x28 input, the way the data sets were made.

Pure numpy and Pillow: no TensorFlow, no Streamlit.
- digits (MNIST): crop to the ink, scale the longer side to 20 px keeping the aspect ratio, and
  place in a 28x28 frame with the centre of mass at the centre;
- garments (Fashion-MNIST): crop to the ink, scale the longer side to 28 px, and centre.
Stroke thickness is normalised relative to the drawing's size first, so thin pen lines and fat
brush strokes both arrive looking like the data set's strokes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import threading
from collections import OrderedDict

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from lenet_core.base import i18n
from lenet_core.base.i18n import N_, _
from lenet_core.data.photo import for_prepare

MAX_UPLOAD_PIXELS = 4000 * 4000
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # server.maxUploadSize (MiB) in .streamlit/config.toml, also for
# bytes that reach prepare_upload another way (the camera, a script)
MAX_CANVAS_SIDE = 1024  # the Predict canvas is 280 x 280; anything far larger is not a drawing
MAX_CANVAS_BYTES = 2_000_000  # a drawing's PNG is 5-30 kB; checked before anything is decoded
UPLOAD_SIDE = 640  # uploads are shrunk to this longest side before any filtering: the ink of a
# digit that fills a tenth of a photo is still 64 px across, three times the 20 px it ends up as
RECENT_UPLOADS = 16  # prepared uploads remembered, so a rerun for another widget costs a hash
INK_THRESHOLD = 0.25  # of full contrast: brighter than this counts as ink
MIN_INK_PIXELS_FRACTION = 0.001  # less ink than this (0.1% of the canvas) is "nothing drawn"
MIN_INK_EXTENT_FRACTION = 0.04  # a mark smaller than 4% of the canvas side is a stray dot
DIGIT_BOX, FRAME = 20, 28
STROKE_TO_SIZE = 0.12  # MNIST strokes are about 2.4 px wide in a 20 px box


class ImageInputError(ValueError):
    """An upload that is not a usable image; the message says what to do."""


@dataclasses.dataclass(frozen=True)
class Prepared:
    image: np.ndarray | None  # (28, 28) float32 in [0, 1], or None when there is nothing to classify
    message: str | None = None  # why there is no image
    inverted: bool = False  # a light background with dark ink was detected and inverted


def to_grayscale(array: np.ndarray) -> np.ndarray:
    """Any (H, W), (H, W, 3) or (H, W, 4) image as float32 (H, W) in [0, 1]."""
    array = np.asarray(array)
    scale = 255.0 if array.dtype == np.uint8 or array.max(initial=0) > 1.0 else 1.0
    array = array.astype(np.float32) / scale
    if array.ndim == 2:
        return array
    luminance = array[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    if array.shape[-1] == 4:
        alpha = array[..., 3]
        if (alpha < 0.5).mean() > 0.1:
            # A transparent background: the ink is whatever is opaque, whatever its colour.
            return alpha
    return luminance


def _normalise_contrast(gray: np.ndarray) -> tuple[np.ndarray, bool]:
    """Ink bright on dark, background at 0, full ink at 1; inverts dark-on-light images."""
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    background = float(np.median(border))
    inverted = background > 0.5
    if inverted:
        gray, background = 1.0 - gray, 1.0 - background
    ink = gray - background
    peak = float(np.percentile(ink, 99.9))
    if peak < 0.15:  # no contrast at all: a blank canvas or an empty page
        return np.zeros_like(gray), inverted
    ink = np.clip(ink / peak, 0.0, 1.0)
    ink[ink < 0.1] = 0.0  # paper texture and sensor noise
    return ink, inverted


def _stroke_width(mask: np.ndarray) -> float:
    """Mean stroke width of a binary drawing: twice its area over its boundary length."""
    area = mask.sum()
    if not area:
        return 0.0
    padded = np.pad(mask, 1)
    interior = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    boundary = (mask & ~interior).sum()
    return float(2 * area / max(boundary, 1))


def _normalise_thickness(ink: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    top, bottom, left, right = box
    size = max(bottom - top, right - left)
    mask = ink[top:bottom, left:right] > 0.5
    width, target = _stroke_width(mask), STROKE_TO_SIZE * size
    if not width:
        return ink
    image = Image.fromarray(ink)
    if width < 0.45 * target:
        # MaxFilter of size k widens a stroke by k - 1 pixels; odd sizes only.
        grow = int(round(target - width))
        image = image.filter(ImageFilter.MaxFilter(min(2 * (grow // 2) + 1, 31)))
    elif width > 2.2 * target:
        shrink = int(round(width - target))
        image = image.filter(ImageFilter.MinFilter(min(2 * (shrink // 2) + 1, 31)))
    return np.asarray(image, dtype=np.float32)


def _ink_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box holding the ink, ignoring stray specks: the outer 0.2% of ink mass on each side."""
    mass = np.where(ink > INK_THRESHOLD, ink, 0.0)
    total = mass.sum()
    if total == 0:
        return None
    bounds = []
    for axis in (1, 0):  # rows, then columns
        cumulative = np.cumsum(mass.sum(axis=axis)) / total
        first = int(np.searchsorted(cumulative, 0.002))
        last = int(np.searchsorted(cumulative, 0.998))
        bounds += [first, last + 1]
    return bounds[0], bounds[1], bounds[2], bounds[3]


def _resize(ink: np.ndarray, longest: int) -> np.ndarray:
    height, width = ink.shape
    scale = longest / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resized = Image.fromarray(ink).resize(size, Image.Resampling.LANCZOS)
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


def _paste(glyph: np.ndarray, centre_row: float, centre_column: float) -> np.ndarray:
    """Places `glyph` in a 28x28 frame so that (centre_row, centre_column) of it lands at 14, 14."""
    frame = np.zeros((FRAME, FRAME), np.float32)
    top = int(round(FRAME / 2 - centre_row))
    left = int(round(FRAME / 2 - centre_column))
    height, width = glyph.shape
    source_top, source_left = max(0, -top), max(0, -left)
    target_top, target_left = max(0, top), max(0, left)
    rows = min(height - source_top, FRAME - target_top)
    columns = min(width - source_left, FRAME - target_left)
    frame[target_top : target_top + rows, target_left : target_left + columns] = glyph[
        source_top : source_top + rows, source_left : source_left + columns
    ]
    return frame


# How each data set frames a drawing: "framing" is this word everywhere (a writing style, such as
# the flagged 1, is `lenet_core.data.strokes`'s). Marked for translation: a page says "draw a digit".
FRAMINGS = (N_("digit"), N_("garment"))
FRAMING_OF = {"mnist": "digit", "fashion-mnist": "garment"}


def framing_of(dataset: str) -> str:
    """ "digit" for MNIST, "garment" for Fashion-MNIST: what `prepare` frames its drawings as."""
    return FRAMING_OF[dataset]


def prepare(image: np.ndarray, framing: str = "digit") -> Prepared:
    """The model's 28x28 input for a canvas array or an image; no image when nothing is drawn.

    `framing` is "digit" (MNIST's: thickness evened out, centred by mass in a 20x20 box) or
    "garment" (Fashion-MNIST's: scaled to fill the frame); `framing_of` gives a data set's.
    """
    if framing not in FRAMINGS:
        raise ValueError(f"Unknown framing {framing!r}: expected 'digit' or 'garment'.")
    ink, inverted = _normalise_contrast(to_grayscale(image))
    box = _ink_box(ink)
    height, width = ink.shape
    if box is None or (ink > INK_THRESHOLD).mean() < MIN_INK_PIXELS_FRACTION:
        return Prepared(None, _("Draw something: the canvas is empty."), inverted)
    top, bottom, left, right = box
    if max(bottom - top, right - left) < MIN_INK_EXTENT_FRACTION * max(height, width):
        return Prepared(None, _("Draw something bigger: that is only a dot."), inverted)
    if framing == "digit":
        ink = _normalise_thickness(ink, box)
        top, bottom, left, right = _ink_box(ink) or box
        glyph = _resize(ink[top:bottom, left:right], DIGIT_BOX)
        total = glyph.sum()
        rows, columns = np.indices(glyph.shape)
        centre = ((rows * glyph).sum() / total, (columns * glyph).sum() / total)
        # The centre of mass is measured between pixel centres: pixel i covers [i, i + 1).
        framed = _paste(glyph, centre[0] + 0.5, centre[1] + 0.5)
    else:
        glyph = _resize(ink[top:bottom, left:right], FRAME)
        framed = _paste(glyph, glyph.shape[0] / 2, glyph.shape[1] / 2)
    return Prepared(framed, None, inverted)


def read_canvas(data: bytes | None) -> np.ndarray | None:
    """The PNG a canvas sent, as RGBA uint8 (height, width, 4); None when nothing was sent.

    The browser is the student's: a page's script can send any PNG instead of the canvas, e.g. a
    12,000 x 12,000 image of one line that is 600 kB compressed and 576 MB decoded. Its bytes and
    its dimensions (the PNG header) are checked before a pixel is decoded; ImageInputError says
    what was wrong.
    """
    if not data:
        return None
    if len(data) > MAX_CANVAS_BYTES:
        raise ImageInputError(
            _("The canvas sent {size} MB, far more than a drawing: clear the canvas or reload the page.").format(
                size=i18n.number(len(data) / 1e6, 1)
            )
        )
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            width, height = image.size  # from the header: nothing decoded yet
            if max(width, height) > MAX_CANVAS_SIDE:
                raise ImageInputError(
                    _(
                        "The canvas sent a {width}x{height} image; a drawing is at most {limit} pixels a "
                        "side. Clear the canvas or reload the page."
                    ).format(width=width, height=height, limit=MAX_CANVAS_SIDE)
                )
            return np.asarray(image.convert("RGBA"))
    except UnidentifiedImageError:
        raise ImageInputError(_("The canvas sent something that is not a PNG image: reload the page.")) from None
    except (OSError, SyntaxError, ValueError) as error:
        if isinstance(error, ImageInputError):
            raise
        raise ImageInputError(
            _("The canvas image could not be read ({error}): reload the page.").format(error=error)
        ) from None


def read_upload(data: bytes, longest_side: int = UPLOAD_SIDE) -> np.ndarray:
    """Decodes an uploaded PNG/JPEG into an RGBA array, upright and at most `longest_side` pixels
    on its longer side, with a clear error for anything else.

    Phone photos are stored sideways with an EXIF tag saying how to turn them; that turn is
    applied. JPEGs are decoded at a reduced scale when they are large, which is much faster.
    """
    if not data:
        raise ImageInputError(_("The file is empty. Upload a PNG or JPEG image."))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            kind = probe.format
        if width * height > MAX_UPLOAD_PIXELS:
            raise ImageInputError(
                _("The image is {width}x{height} pixels; the limit is 4000x4000. Crop or shrink it first.").format(
                    width=width, height=height
                )
            )
        if kind not in ("PNG", "JPEG"):
            raise ImageInputError(_("This is a {kind} image; upload a PNG or JPEG.").format(kind=kind))
        with Image.open(io.BytesIO(data)) as image:
            if kind == "JPEG":
                image.draft(image.mode, (longest_side, longest_side))  # decode at 1/2, 1/4 or 1/8 scale
            upright = ImageOps.exif_transpose(image)
            if upright.mode not in ("L", "LA", "RGB", "RGBA"):
                upright = upright.convert("RGBA")  # palettes and 16-bit: resampled as colours
            upright.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
            return np.asarray(upright.convert("RGBA"))
    except UnidentifiedImageError:
        raise ImageInputError(_("That file is not an image. Upload a PNG or JPEG.")) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        if isinstance(error, ImageInputError):
            raise
        raise ImageInputError(
            _("The image could not be read; it may be truncated or damaged ({error}).").format(error=error)
        ) from None


_recent_uploads: OrderedDict[tuple[str, str, str], Prepared | ImageInputError] = OrderedDict()
_recent_lock = threading.Lock()


def prepare_upload(data: bytes, framing: str = "digit") -> Prepared:
    """`prepare(read_upload(data), framing)`, remembered by the file's SHA-256 for every session;
    a photo of paper is flattened first (`lenet_core.data.photo`: its shadows and pen colour taken out).

    A Streamlit page reruns whenever any widget changes; the same upload is then not decoded
    and filtered again. Raises ImageInputError as read_upload does (remembered too, with the
    language of its message: a classmate reading another language gets it in theirs).
    """
    if len(data) > MAX_UPLOAD_BYTES:  # before hashing or decoding a byte of it
        raise ImageInputError(
            _("The file is {size} MB; the limit is {limit} MB. Upload a smaller photo.").format(
                size=i18n.number(len(data) / 2**20, 1), limit=MAX_UPLOAD_BYTES // 2**20
            )
        )
    key = (hashlib.sha256(data).hexdigest(), framing, i18n.current())  # the messages are in this language
    with _recent_lock:
        outcome = _recent_uploads.get(key)
        if outcome is not None:
            _recent_uploads.move_to_end(key)
    if outcome is None:
        try:
            outcome = prepare(for_prepare(read_upload(data)), framing)
            if outcome.image is not None:
                outcome.image.flags.writeable = False  # shared by every session that uploads it
        except ImageInputError as error:
            outcome = error
        with _recent_lock:
            _recent_uploads[key] = outcome
            while len(_recent_uploads) > RECENT_UPLOADS:
                _recent_uploads.popitem(last=False)
    if isinstance(outcome, ImageInputError):
        raise ImageInputError(str(outcome))
    return outcome
