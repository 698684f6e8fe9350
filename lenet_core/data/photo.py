"""Photos of paper: shadows, uneven light and off-white paper taken out before `prepare()` sees them.

Pure numpy and Pillow: no TensorFlow, no Streamlit.

A phone photo of a digit written on paper is not a scan: one corner of the page is darker than
another, a hand or the phone casts a soft shadow, the paper is grey or cream and the pen may be
blue. `prepare()` measures contrast against the page's border, so a shadow reads as ink and a
blue line as faint. `flatten_photo` estimates the light on the paper at a scale far larger than
a pen stroke and divides it out: the page becomes white (1.0) everywhere and the ink dark,
whatever its colour. Inputs that are not photos of paper (a white-on-black PNG, a clean scan, a
transparent drawing) are left exactly as they are (`for_prepare`).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

BACKGROUND_SIDE = 48  # the paper's light is estimated on a copy this many pixels on its longer side:
# at 640 px a cell is 13 px, and the 5-cell closing below spans 67 px, several pen strokes across
BACKGROUND_WINDOW = 5  # cells: the largest dark feature (a stroke) the light estimate ignores
INK_CONTRAST = 0.2  # a cell of the page this much darker than the paper around it holds ink
PAPER_LIGHT = 0.5  # a border brighter than this (of full white) is paper, as prepare() decides
DIM_PAPER = 0.2  # between this and PAPER_LIGHT: paper in poor light if the marks on it are dark
PAPER_SPREAD = 0.02  # a border whose middle 80% spans more grey levels than this is a photo, not a scan
NOISE_FLOOR = 4.0  # paper texture: darkness under this many noise deviations is paper


def ink_darkness_image(rgba: np.ndarray) -> np.ndarray:
    """(H, W) float32 in [0, 1], dark where there is ink of any colour: the darkest channel of each
    pixel, so blue or red pen is as dark as black (the luminance of a blue line is twice a black
    one's). Transparent pixels are white paper."""
    rgba = np.asarray(rgba)
    colour = rgba[..., :3].astype(np.float32) / 255.0
    darkest = colour.min(axis=-1)
    if rgba.shape[-1] == 4:
        alpha = rgba[..., 3].astype(np.float32) / 255.0
        darkest = darkest * alpha + (1.0 - alpha)
    return darkest


def paper_light(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness under the photo's lighting, at every pixel, with the ink left out.

    A grey closing (max filter, then min filter) on a shrunken copy: a window wider than a stroke
    replaces ink by the paper around it, while gradients and soft shadows, many windows wide, stay.
    The closing also fills the bottom corners of a shadow a few windows wide (there it is too
    bright, and the shadow's edge would read as ink), so where the page itself is at most
    INK_CONTRAST darker than the closing, the page's own cell is taken: only ink is darker.
    """
    height, width = gray.shape
    scale = BACKGROUND_SIDE / max(height, width)
    small_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # BOX averages each cell: paper noise is gone before the max filter can pick its brightest grain.
    small = Image.fromarray(gray).resize(small_size, Image.Resampling.BOX)
    closed = small.filter(ImageFilter.MaxFilter(BACKGROUND_WINDOW)).filter(ImageFilter.MinFilter(BACKGROUND_WINDOW))
    estimate = np.maximum(np.asarray(small, np.float32), (1.0 - INK_CONTRAST) * np.asarray(closed, np.float32))
    # A 3x3 mean softens the cells' steps (Pillow blurs no float images).
    padded = np.pad(estimate, 1, mode="edge")
    rows, columns = padded.shape[0] - 2, padded.shape[1] - 2
    smooth = sum(padded[r : r + rows, c : c + columns] for r in range(3) for c in range(3)) / 9.0
    light = np.asarray(Image.fromarray(smooth).resize((width, height), Image.Resampling.BILINEAR), dtype=np.float32)
    return np.maximum(light, 1e-3)


def flatten_photo(rgba: np.ndarray) -> np.ndarray:
    """A photo of dark ink on paper as (H, W) float32 in [0, 1]: the paper 1.0 everywhere (its
    shadows, gradient and tint divided out, its texture removed) and the ink dark, any colour.

    `prepare()` then treats it as a clean scan: it inverts it and stretches the ink to full contrast.
    """
    return _flatten(ink_darkness_image(rgba))


def _flatten(gray: np.ndarray) -> np.ndarray:
    gray = np.asarray(Image.fromarray(gray).filter(ImageFilter.MedianFilter(3)), dtype=np.float32)  # JPEG grain
    flat = np.clip(gray / paper_light(gray), 0.0, 1.0)
    darkness = 1.0 - flat
    # Paper texture left after the division: a robust spread of the (mostly paper) darkness.
    deviation = 1.4826 * float(np.median(np.abs(darkness - np.median(darkness))))
    floor = min(NOISE_FLOOR * deviation + 0.02, 0.5)
    darkness = np.clip((darkness - floor) / (1.0 - floor), 0.0, 1.0)
    return (1.0 - darkness).astype(np.float32)


def looks_like_paper_photo(rgba: np.ndarray) -> bool:
    """Whether `rgba` is a photo of dark ink on paper: a light border, or a dim one with dark marks
    on it (grey paper in poor light), that is not one flat grey as a scan's or a drawing program's
    is; never a transparent drawing."""
    rgba = np.asarray(rgba)
    return _is_paper_photo(rgba, ink_darkness_image(rgba))


def _is_paper_photo(rgba: np.ndarray, gray: np.ndarray) -> bool:
    if rgba.shape[-1] == 4 and (rgba[..., 3] < 128).mean() > 0.1:
        return False  # a transparent background: prepare() reads the ink from the alpha channel
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    paper = float(np.median(border))
    if paper <= DIM_PAPER:
        return False  # light ink on a dark background: a canvas or an MNIST-style image
    if paper <= PAPER_LIGHT:
        darkest, brightest = np.percentile(gray, [0.2, 99.8])
        if paper - darkest <= brightest - paper:
            return False  # the marks are brighter than the background: chalk, or a negative
    low, high = np.percentile(border, [10, 90])
    return bool(high - low > PAPER_SPREAD)


def for_prepare(rgba: np.ndarray) -> np.ndarray:
    """What `prepare()` should see of an upload: a paper photo flattened, anything else unchanged."""
    rgba = np.asarray(rgba)
    gray = ink_darkness_image(rgba)  # once, for the test and the flattening
    return _flatten(gray) if _is_paper_photo(rgba, gray) else rgba
