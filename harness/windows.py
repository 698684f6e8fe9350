"""Windows' file semantics, simulated on Linux for the tests (CI cannot run Windows).

What is simulated, each as CPython on Windows behaves (NTFS, a default antivirus scanner):

- `os.open` on a folder raises PermissionError: Windows opens folders only through CreateFile with
  FILE_FLAG_BACKUP_SEMANTICS, which `os.open` never passes, so a folder cannot be fsynced.
- `os.fsync` of a descriptor opened read-only raises OSError(EBADF): it calls FlushFileBuffers,
  which needs a handle with write access.
- `os.replace` and `os.rename` raise PermissionError ("being used by another process") while the
  source or the destination, or a file inside either folder, is held open by Python code; and the
  first attempt on each new source fails the same way, as an antivirus scanner opens every new
  file for a moment.
- `os.rename` onto an existing name raises FileExistsError (POSIX would replace it).
- `os.symlink` (and `Path.symlink_to`) raises OSError: creating a symlink needs a privilege that
  a student's account does not have unless Developer Mode is on.
- `lenet_core.base.files.WINDOWS` is True, so the code takes its Windows branches.

Not simulated: files opened by C libraries (h5py, Pillow's decoders once the file is open are
tracked, HDF5's own opens are not), deleting an open file (shutil.rmtree tolerates it where the
code uses it), drive letters and backslash paths (pathlib stays POSIX here), case-insensitive
names (tested separately over the repository's file names and the ids the code makes).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import stat
import threading
from pathlib import Path

SHARING_VIOLATION = "The process cannot access the file because it is being used by another process"


class WindowsSemantics:
    """Installs the simulation with a pytest `monkeypatch`; undone when the test ends."""

    def __init__(self, scanner_refusals: int = 1):
        self.scanner_refusals = scanner_refusals  # failed attempts per new source, as a scanner causes
        self.refused = 0  # how many renames were refused, for tests that check the retry happened
        self._open: list[tuple[str, io.IOBase]] = []
        self._scanned: dict[str, int] = {}
        self._lock = threading.Lock()
        self._real = {"open": builtins.open, "os.open": os.open, "fsync": os.fsync}
        self._real |= {"replace": os.replace, "rename": os.rename, "symlink": os.symlink}

    def install(self, monkeypatch) -> WindowsSemantics:
        import lenet_core.base.files

        monkeypatch.setattr(lenet_core.base.files, "WINDOWS", True, raising=False)  # raising: also over older code
        monkeypatch.setattr(builtins, "open", self._open_file)
        monkeypatch.setattr(io, "open", self._open_file)  # pathlib's Path.open calls io.open
        monkeypatch.setattr(os, "open", self._os_open)
        monkeypatch.setattr(os, "fsync", self._fsync)
        monkeypatch.setattr(os, "replace", self._replace)
        monkeypatch.setattr(os, "rename", self._rename)
        monkeypatch.setattr(os, "symlink", self._symlink)
        return self

    # --- Handles ------------------------------------------------------------------------------

    def _open_file(self, file, *args, **kwargs):
        stream = self._real["open"](file, *args, **kwargs)
        if isinstance(file, str | bytes | os.PathLike):
            with self._lock:
                self._open = [(path, other) for path, other in self._open if not other.closed]
                self._open.append((os.path.abspath(os.fsdecode(file)), stream))
        return stream

    def held(self, path: str | os.PathLike) -> bool:
        """Whether Python code holds `path`, or a file inside that folder, open right now."""
        path = os.path.abspath(os.fsdecode(path))
        with self._lock:
            return any(
                not stream.closed and (name == path or name.startswith(path + os.sep)) for name, stream in self._open
            )

    def _os_open(self, path, flags, *args, **kwargs):
        if "dir_fd" not in kwargs and stat.S_ISDIR(_mode(path)):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return self._real["os.open"](path, flags, *args, **kwargs)

    def _fsync(self, descriptor):
        import fcntl  # this simulation runs on Linux only: it reads the descriptor's access mode

        if not isinstance(descriptor, int):
            descriptor = descriptor.fileno()
        if fcntl.fcntl(descriptor, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        return self._real["fsync"](descriptor)

    # --- Renames ------------------------------------------------------------------------------

    def _refuse_if_busy(self, source, destination) -> None:
        key = os.path.abspath(os.fsdecode(source))
        with self._lock:
            scanned = self._scanned.get(key, 0)
            self._scanned[key] = scanned + 1
        if scanned < self.scanner_refusals or self.held(source) or self.held(destination):
            self.refused += 1
            raise PermissionError(errno.EACCES, SHARING_VIOLATION, os.fsdecode(source))

    def _replace(self, source, destination, **kwargs):
        self._refuse_if_busy(source, destination)
        return self._real["replace"](source, destination, **kwargs)

    def _rename(self, source, destination, **kwargs):
        self._refuse_if_busy(source, destination)
        if os.path.lexists(destination):
            raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists", destination)
        return self._real["rename"](source, destination, **kwargs)

    def _symlink(self, *args, **kwargs):
        raise OSError(errno.EPERM, "A required privilege is not held by the client")


def _mode(path) -> int:
    try:
        return os.stat(path).st_mode
    except (OSError, TypeError, ValueError):
        return 0


def case_collisions(paths: list[str]) -> list[tuple[str, str]]:
    """Pairs of paths that name the same file on a case-insensitive file system (Windows, macOS)."""
    seen: dict[str, str] = {}
    collisions = []
    for path in paths:
        folded = Path(path).as_posix().casefold()
        if folded in seen and seen[folded] != path:
            collisions.append((seen[folded], path))
        seen.setdefault(folded, path)
    return collisions
