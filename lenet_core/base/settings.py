"""Where the server keeps its files and what it reads from its environment: every `LENET_*`
variable in one place, read when asked (a test sets its own folders per test).

| variable | default | what for |
|---|---|---|
| `LENET_DATA_DIR` | (none) | another folder holding `mnist/`, `fashion-mnist/` (searched before `data/`) |
| `LENET_MODELS_DIR` | `data/models` | the model store |
| `LENET_JOBS_DIR` | `data/jobs` | the training jobs' records |
| `LENET_CLASSROOM_DIR` | `data/classroom` | the class limits, the students' names and languages |
| `LENET_COLLECTION_DIR` | `data/collection` | the class's donated drawings |
| `LENET_EXPORTS_DIR` | `data/exports` | the model files built for download |
| `LENET_DASK_SCHEDULER` | (local workers) | a lab's Dask scheduler, `tcp://` or `tls://HOST:8786` |
| `LENET_DASK_TLS_DIR` | (none) | the class certificates for a `tls://` scheduler |
| `LENET_MAX_JOBS` | 1 | local worker processes: jobs that train at once |
| `LENET_TEACHER_PASSWORD` | (none) | the teacher's password (else `.streamlit/secrets.toml`) |

A variable set to an empty string counts as unset (it used to put exports in the current folder).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_DIR / "data"


def _text(variable: str) -> str | None:
    value = os.environ.get(variable, "").strip()
    return value or None


def _folder(variable: str, default: str) -> Path:
    value = _text(variable)
    return Path(value) if value else DATA_DIR / default


def extra_data_dir() -> Path | None:
    value = _text("LENET_DATA_DIR")
    return Path(value) if value else None


def models_dir() -> Path:
    return _folder("LENET_MODELS_DIR", "models")


def jobs_dir() -> Path:
    return _folder("LENET_JOBS_DIR", "jobs")


def classroom_dir() -> Path:
    return _folder("LENET_CLASSROOM_DIR", "classroom")


def collection_dir() -> Path:
    return _folder("LENET_COLLECTION_DIR", "collection")


def exports_dir() -> Path:
    return _folder("LENET_EXPORTS_DIR", "exports")


def dask_scheduler() -> str | None:
    return _text("LENET_DASK_SCHEDULER")


def dask_tls_dir() -> str | None:
    return _text("LENET_DASK_TLS_DIR")


def max_jobs() -> int:
    """`LENET_MAX_JOBS` as a count of worker processes (ValueError saying what to write)."""
    value = _text("LENET_MAX_JOBS") or "1"
    try:
        count = int(value)
    except ValueError:
        raise ValueError(f"LENET_MAX_JOBS is {value!r}: write a whole number of worker processes, e.g. 2.") from None
    return max(1, count)


def teacher_password() -> str | None:
    """`LENET_TEACHER_PASSWORD` as set (spaces kept: they are part of a password), None if unset or blank."""
    value = os.environ.get("LENET_TEACHER_PASSWORD")
    return value if value and value.strip() else None
