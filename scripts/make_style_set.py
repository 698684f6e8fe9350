"""Makes the committed starter set of digits in the writing styles MNIST lacks: data/styles/.

python -m scripts.make_style_set            # 250 of each style, seed 2026, STARTER parameters

The set is rendered with `lenet_core.data.strokes.STARTER`, other ranges and another seed than the
`TRAINING` parameters the shipped default learns from, so scoring on it tests the styles rather
than the renderer's exact strokes. Score a model on it with `python -m bench.style_accuracy`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lenet_core.data.strokes import STARTER, STYLES, STYLES_DIR, render_styles, write_starter_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.make_style_set", description=__doc__.splitlines()[0])
    parser.add_argument("--per-style", type=int, default=250, help="digits of each style (default 250)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default=str(STYLES_DIR), help="folder for the two .gz files (default data/styles)")
    args = parser.parse_args(argv)
    images, labels = render_styles(args.per_style, args.seed, STARTER)
    for path in write_starter_set(images, labels, Path(args.out)):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    print(f"{len(images)} digits: {args.per_style} each of {', '.join(STYLES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
