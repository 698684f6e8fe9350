"""The class drawings' command line, for the server owner:

python -m lenet_core.collection list [--dataset mnist]
python -m lenet_core.collection export OUT_DIR [--dataset mnist] [--split train|test]
"""

from __future__ import annotations

from pathlib import Path

from lenet_core.base.names import terminal_safe
from lenet_core.classroom.drawings import Collection, CollectionError
from lenet_core.data.datasets import CLASS_NAMES, LABEL_MAGIC


def main(argv: list[str] | None = None) -> int:
    """The server owner's tools: list the class drawings, or export them as IDX files."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lenet_core.collection", description=main.__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="one line per drawing: id, data set, label, split, author")
    listing.add_argument("--dataset", choices=tuple(CLASS_NAMES))
    export = commands.add_parser("export", help="write gzipped IDX images and labels into OUT_DIR")
    export.add_argument("out_dir", type=Path)
    export.add_argument("--dataset", choices=tuple(CLASS_NAMES), default="mnist")
    export.add_argument("--split", choices=("train", "test"), help="only the training or the held-out part")
    args = parser.parse_args(argv)
    collection = Collection()
    if args.command == "list":
        for entry in collection.entries(args.dataset):
            print(
                f"{entry.entry_id}\t{entry.dataset}\t{terminal_safe(entry.class_name)}\t{entry.split}\t"
                f"{terminal_safe(entry.author_name) or '-'}"
            )
        return 0
    try:
        paths = collection.export_idx(args.out_dir, args.dataset, args.split)
    except (CollectionError, OSError) as error:
        print(f"[ERROR] {error}")
        return 2
    from lenet_core.data.datasets import read_idx

    count = len(read_idx(paths[1], LABEL_MAGIC))  # read back: what a loader will find
    for path in paths:
        print(f"[INFO] wrote {path}")
    print(f"[INFO] {count} drawings of {args.dataset}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
