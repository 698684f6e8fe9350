"""Atomic, durable file writes: a temporary file next to the destination, fsynced, renamed into place.

The same on Windows, macOS and Linux; where Windows differs the code says so (`WINDOWS` branches),
and `harness/windows.py` simulates those differences for the tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

from lenet_core.base.i18n import _

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"  # the first 8 bytes of every HDF5 file (Keras weights)

WINDOWS = os.name == "nt"
RENAME_PATIENCE = 3.0  # seconds a rename is retried on Windows while another program holds a file
RESERVED_WINDOWS_NAMES = {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in "123456789"}


MIN_FREE_BYTES = 1_000_000_000  # below this much free disk, students' new drawings are refused


def free_bytes(folder: Path) -> int:
    """Free bytes on the disk holding `folder` (or its nearest existing parent)."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


class FileBusyError(PermissionError):
    """Windows kept refusing a rename: another program held one of the files open."""


def fsync_path(path: Path) -> None:
    """Flushes a file's or a folder's contents to the disk (a folder: its list of names).

    A rename is durable only once the renamed data and the folder holding the new name both are;
    without this a power cut shortly after a save can leave an empty or truncated file in place.
    """
    is_folder = Path(path).is_dir()
    if is_folder and WINDOWS:
        # Windows cannot open a folder with os.open (PermissionError), so it cannot be fsynced
        # from Python; NTFS journals its folders' names itself, so a finished rename survives.
        return
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if is_folder else 0)
    if WINDOWS:
        flags = os.O_RDWR | getattr(os, "O_BINARY", 0)  # fsync is FlushFileBuffers: it needs write access
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def rename(source: Path, destination: Path, replace: bool = False) -> None:
    """`os.rename` (`os.replace` with `replace`), patient with Windows' sharing violations.

    Windows refuses to rename a file, or a folder with a file inside, while any program holds it
    open: an antivirus scanner opening every new file for a moment, a classmate's page reading
    the same record. Such a refusal is retried for RENAME_PATIENCE seconds, then raised as
    FileBusyError with a message that says so; the source is left as it was. On macOS and Linux a
    PermissionError is a real permission problem and is raised at once.
    """
    deadline = time.monotonic() + RENAME_PATIENCE
    delay = 0.005
    while True:
        try:
            (os.replace if replace else os.rename)(source, destination)
            return
        except FileBusyError:
            raise
        except PermissionError as error:
            if not WINDOWS:
                raise
            if time.monotonic() + delay > deadline:
                raise FileBusyError(
                    error.errno,
                    _(
                        "{name} is held open by another program (an antivirus scanner, a backup or sync tool, or"
                        " another window); waited {seconds} s and changed nothing. Try again in a moment"
                    ).format(name=Path(destination).name, seconds=f"{RENAME_PATIENCE:g}"),
                    str(destination),
                ) from error
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def windows_name_problem(name: str) -> str | None:
    """Why Windows would refuse `name` as a file or folder name, or None when it would take it."""
    if any(character in '<>:"/\\|?*' or ord(character) < 32 for character in name):
        return _("it has a character Windows forbids in file names")
    if name.endswith((".", " ")):
        return _("it ends with a dot or a space")
    if name.split(".")[0].strip().upper() in RESERVED_WINDOWS_NAMES:
        return _("it is a device name that Windows reserves")
    return None


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yields a temporary path to write; on success it replaces `path`, on failure it vanishes.

    An interrupted write therefore never leaves a half-written file under the real name. The
    written file is fsynced before the rename and the folder after it, so the new content is on
    disk once this returns. `suffix` keeps the extension tools look at (Keras insists on ".weights.h5").
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{suffix}")
    try:
        yield temporary
        fsync_path(temporary)
        rename(temporary, path, replace=True)
        fsync_path(path.parent)
    finally:
        temporary.unlink(missing_ok=True)


def write_json(path: Path, data: dict) -> None:
    """Writes JSON atomically and durably (on disk before the rename)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=1)


def write_bytes(path: Path, data: bytes) -> None:
    """Writes bytes atomically and durably (on disk before the rename)."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


def read_json_object(path: Path, when_unusable: str, for_update: bool = False) -> dict:
    """The JSON object stored at `path`; {} when the file is missing.

    A damaged file (not JSON, or not an object) is moved aside to `NAME.damaged-TIME`, never
    overwritten by the next write, and the server's log says where, then `when_unusable`. A file
    that cannot be read (OSError) is {} with a warning for showing, and raised `for_update`: what
    could not be read must not be replaced by what was written without it.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        if for_update:
            raise
        warnings.warn(f"{path} could not be read ({error}); {when_unusable}.", stacklevel=3)
        return {}
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("it does not hold a JSON object")
    except ValueError as error:  # JSONDecodeError is a ValueError
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:4]}")
        try:
            rename(path, aside)
            kept = f"moved to {aside.name}"
        except FileNotFoundError:  # another session moved it a moment ago
            kept = "moved aside"
        except OSError as move_error:
            kept = f"left in place ({move_error})"
        warnings.warn(f"{path} is damaged ({error}); {kept}; {when_unusable}.", stacklevel=3)
        return {}
    return data
