"""Photos of digits drawn on paper, made for the tests: what a student's phone or laptop camera
sends when it photographs a digit written with a pen.

A 28x28 MNIST digit is drawn as pen ink on off-white, textured paper, lit unevenly (a gradient
across the page and a soft shadow band), filling about a tenth of a 640x480 photo somewhere off
centre, optionally stored sideways with the EXIF tag a phone writes, and JPEG-compressed as a
camera does. Everything is drawn from the seed given, so a photo is the same on every run.
"""

from __future__ import annotations

import dataclasses
import io

import numpy as np
from PIL import Image, ImageFilter

PHOTO_SIZE = (480, 640)  # (height, width) of the landscape photo, as a laptop camera takes it
PENS = {
    "black": (28, 28, 34),  # a felt-tip or ballpoint, under room light
    "blue": (32, 52, 150),
}
ORIENTATION_TAG = 0x0112  # EXIF Orientation; 6: "turn 90 degrees clockwise to show"


@dataclasses.dataclass(frozen=True)
class PhotoConditions:
    pen: str = "black"  # a key of PENS
    gradient: float = 0.0  # light lost from the brightest to the darkest corner, 0 to 1
    shadow: float = 0.0  # light lost under a soft shadow band across the page (a hand, a phone)
    rotated: bool = False  # stored sideways with EXIF Orientation 6, as a phone held upright does
    area: float = 0.1  # the digit's box as a fraction of the photo's area
    paper: tuple[int, int, int] = (236, 232, 220)  # the paper's colour in full light
    quality: int = 70  # JPEG quality


def mixed_conditions(rng: np.random.Generator) -> PhotoConditions:
    """A classroom photo: a random pen, lighting, shadow, paper, orientation and size."""
    grey = int(rng.integers(185, 245))
    return PhotoConditions(
        pen=str(rng.choice(list(PENS))),
        gradient=float(rng.uniform(0.1, 0.5)),
        shadow=float(rng.choice([0.0, rng.uniform(0.2, 0.45)])),
        rotated=bool(rng.random() < 0.3),
        area=float(rng.uniform(0.08, 0.2)),
        paper=(grey, grey - int(rng.integers(0, 6)), grey - int(rng.integers(5, 20))),
    )


def _lighting(rng: np.random.Generator, conditions: PhotoConditions) -> np.ndarray:
    """(height, width) float32 light falling on the page: 1 in full light."""
    height, width = PHOTO_SIZE
    rows, columns = np.mgrid[0:height, 0:width].astype(np.float32)
    rows, columns = rows / height - 0.5, columns / width - 0.5
    angle = rng.uniform(0, 2 * np.pi)
    along = rows * np.sin(angle) + columns * np.cos(angle)  # -0.7 .. 0.7 across the photo
    light = 1.0 - conditions.gradient * (along - along.min()) / (along.max() - along.min())
    if conditions.shadow:
        angle = rng.uniform(0, np.pi)
        across = rows * np.sin(angle) + columns * np.cos(angle) - rng.uniform(-0.2, 0.2)
        half_width, softness = rng.uniform(0.06, 0.15), rng.uniform(0.02, 0.05)
        band = 1.0 / (1.0 + np.exp((np.abs(across) - half_width) / softness))  # 1 inside, soft edges
        light *= 1.0 - conditions.shadow * band
    return light.astype(np.float32)


def _ink(digit: np.ndarray, rng: np.random.Generator, conditions: PhotoConditions) -> np.ndarray:
    """(height, width) float32 pen coverage in [0, 1]: `digit` enlarged to fill `area` of the photo."""
    height, width = PHOTO_SIZE
    side = int(round(np.sqrt(conditions.area * height * width)))
    # Pen ink is opaque: the digit's soft grey edges become a sharper, slightly thicker line.
    enlarged = Image.fromarray(np.asarray(digit, np.uint8)).resize((side, side), Image.Resampling.BICUBIC)
    enlarged = enlarged.filter(ImageFilter.MaxFilter(3))
    coverage = np.clip((np.asarray(enlarged, np.float32) / 255.0 - 0.15) * 1.6, 0.0, 1.0)
    ink = np.zeros((height, width), np.float32)
    top = int(rng.integers(10, height - side - 10))
    left = int(rng.integers(10, width - side - 10))
    ink[top : top + side, left : left + side] = coverage
    return ink


def clean_scan_array(digit: np.ndarray, seed: int, conditions: PhotoConditions = PhotoConditions()) -> np.ndarray:
    """The same ink as `paper_photo_array`'s, in the same place, as a perfect scan: black on white,
    no light, texture or noise. What a photo's preparation should come close to."""
    ink = _ink(digit, np.random.default_rng(seed), conditions)
    return np.repeat(np.round(255.0 * (1.0 - ink)).astype(np.uint8)[..., None], 3, axis=-1)


def paper_photo_array(digit: np.ndarray, seed: int, conditions: PhotoConditions = PhotoConditions()) -> np.ndarray:
    """The upright photo of `digit` (28x28 uint8, white on black) drawn in pen: (480, 640, 3) uint8."""
    rng = np.random.default_rng(seed)
    height, width = PHOTO_SIZE
    ink = _ink(digit, rng, conditions)
    # Paper fibres: fine noise and blotches a few millimetres across, a few grey levels deep.
    fibres = rng.normal(0.0, 1.0, (height // 8, width // 8)).astype(np.float32)
    blotches = np.asarray(Image.fromarray(fibres).resize((width, height), Image.Resampling.BICUBIC))
    texture = 1.0 + 0.015 * blotches + 0.012 * rng.normal(0.0, 1.0, (height, width)).astype(np.float32)
    paper = np.array(conditions.paper, np.float32) * texture[..., None]
    pen = np.array(PENS[conditions.pen], np.float32) * (1.0 + 0.05 * rng.normal(0.0, 1.0, (height, width, 1)))
    page = paper * (1.0 - ink[..., None]) + pen * ink[..., None]
    photo = page * _lighting(rng, conditions)[..., None]
    photo += rng.normal(0.0, 3.0, photo.shape)  # the sensor's own noise
    return np.clip(np.round(photo), 0, 255).astype(np.uint8)


def jpeg_bytes(array: np.ndarray, quality: int = 70, orientation: int | None = None) -> bytes:
    """`array` (H, W, 3) uint8 as a camera's JPEG, with an EXIF Orientation tag when given."""
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION_TAG] = orientation
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="JPEG", quality=quality, exif=exif.tobytes())
    return buffer.getvalue()


def paper_photo(digit: np.ndarray, seed: int, conditions: PhotoConditions = PhotoConditions()) -> bytes:
    """The JPEG a camera sends of `digit` drawn in pen on paper (see `paper_photo_array`).

    `rotated`: the pixels are stored sideways (the sensor's landscape) with EXIF Orientation 6,
    as a phone held upright stores them; an upload reader that honours the tag turns it back.
    """
    upright = paper_photo_array(digit, seed, conditions)
    if not conditions.rotated:
        return jpeg_bytes(upright, conditions.quality)
    stored = np.ascontiguousarray(np.rot90(upright))  # tag 6 turns this 90 degrees clockwise: upright
    return jpeg_bytes(stored, conditions.quality, orientation=6)


def blank_paper_photo(seed: int, conditions: PhotoConditions = PhotoConditions()) -> bytes:
    """A photo of an empty page, lit and textured as `paper_photo`'s are."""
    return paper_photo(np.zeros((28, 28), np.uint8), seed, conditions)


def mjpeg_bytes(jpeg: bytes, frames: int = 10) -> bytes:
    """A Motion-JPEG stream of one photo repeated: what Chromium's fake camera plays in a loop."""
    return jpeg * frames
