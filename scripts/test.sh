#!/usr/bin/env bash
# Kept for habit: the same as `python3 run_tests.py` (which also works on Windows).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 run_tests.py "$@"
