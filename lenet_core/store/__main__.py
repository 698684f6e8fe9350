"""`python -m lenet_core.store list | delete ID | ship ID | unship ID`: the server owner's tools."""

from __future__ import annotations

from lenet_core.base.names import terminal_safe
from lenet_core.store.models import open_store
from lenet_core.store.records import StoreError


def main(argv: list[str] | None = None) -> int:
    """`python -m lenet_core.store list` / `delete ID` / `ship ID` / `unship ID`: the server owner's tools."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lenet_core.store")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list every model with its id")
    for command, help_text in (
        ("delete", "delete a model by id"),
        ("ship", "mark a model as shipped: listed first and preselected for everyone"),
        ("unship", "take the shipped mark off a model"),
    ):
        commands.add_parser(command, help=help_text).add_argument("model_id")
    args = parser.parse_args(argv)
    store = open_store()
    if args.command == "list":
        for record in store.list():
            shipped = "shipped" if record.is_shipped else ""
            print(f"{record.model_id}\t{shipped}\t{terminal_safe(record.label())}\t{terminal_safe(record.owner_name)}")
        return 0
    try:
        if args.command == "delete":
            store.delete(args.model_id, owner=None, force=True)
        else:
            store.ship(args.model_id, shipped=args.command == "ship")
    except StoreError as error:
        print(f"[ERROR] {error}")
        return 2
    print(f"[INFO] {args.command} {args.model_id}: done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
