"""Images for a page: pixels enlarged as squares, stacks of maps or filters tiled into one grid,
a sample with its class name written on it. numpy and Pillow only."""

from __future__ import annotations

import functools

import numpy as np


def enlarge(image: np.ndarray, scale: int) -> np.ndarray:
    """A crisp nearest-neighbour enlargement, so 28x28 pixels stay visible as squares."""
    return np.repeat(np.repeat(image, scale, axis=0), scale, axis=1)


def tile_grid(tiles: np.ndarray, columns: int, scale: int, gap: int, background: int, shrink: bool) -> np.ndarray:
    """uint8 tiles (height, width, count) side by side, `columns` to a row, each enlarged `scale`
    times, `gap` pixels of `background` between them; `shrink`: a single short row is only as wide
    as its tiles (else every row is `columns` wide)."""
    height, width, count = tiles.shape
    rows, shown = -(-count // columns), min(count, columns) if shrink else columns
    tall, wide = height * scale + gap, width * scale + gap
    grid = np.full((rows * tall - gap, shown * wide - gap), background, np.uint8)
    for index in range(count):
        row, column = divmod(index, columns)
        grid[row * tall : row * tall + height * scale, column * wide : column * wide + width * scale] = enlarge(
            tiles[:, :, index], scale
        )
    return grid


def feature_grid(maps: np.ndarray, columns: int = 10, scale: int = 3, gap: int = 2) -> np.ndarray:
    """Feature maps (height, width, filters) as one uint8 image grid, each map scaled to its own max."""
    peaks = maps.max(axis=(0, 1), keepdims=True)
    tiles = np.where(peaks > 0, maps / np.where(peaks > 0, peaks, 1) * 255, 0).astype(np.uint8)
    return tile_grid(tiles, columns, scale, gap, background=40, shrink=False)


def filter_tiles(filters: np.ndarray, scale: int = 8, columns: int = 10, gap: int = 2) -> np.ndarray:
    """Conv filters (kernel, kernel, count) as one uint8 image: grey is 0, white positive, black negative.

    All filters share one scale, so a filter that grows during training visibly brightens.
    """
    limit = float(np.abs(filters).max()) or 1.0
    tiles = np.round(128 + filters / limit * 127).clip(0, 255).astype(np.uint8)
    return tile_grid(tiles, columns, scale, gap, background=255, shrink=True)


# Fonts with Chinese glyphs, for class names drawn on images in 中文: Debian's fonts-noto-cjk,
# macOS, Windows. PIL's own font has Latin letters only (Chinese would be empty boxes).
CJK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@functools.cache
def _font(size: int, cjk: bool):
    """PIL's default font, or for text beyond Latin the first CJK font found (None if none is)."""
    from PIL import ImageFont

    if not cjk:
        return ImageFont.load_default(size=size)
    for path in CJK_FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return None


def labelled_sample(image: np.ndarray, text: str, correct: bool, size: int = 280, fallback: str | None = None):
    """A 28x28 image enlarged to size x size (RGB) with `text` overlaid: green if correct, else red.
    `fallback` is drawn instead where `text` needs a font this machine lacks (Chinese without one)."""
    from PIL import Image, ImageDraw

    enlarged = Image.fromarray(enlarge(np.asarray(image, np.uint8), size // image.shape[0])).convert("RGB")
    draw = ImageDraw.Draw(enlarged)
    font = _font(22, not text.isascii())
    if font is None:
        text, font = (fallback or text), _font(22, False)
    draw.text((8, 6), text, fill=(0, 220, 0) if correct else (255, 40, 40), font=font)
    return np.asarray(enlarged)
