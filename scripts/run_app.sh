#!/usr/bin/env bash
# Sets up a virtual environment (first run only) and starts LeNet Lab.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/streamlit ] || [ requirements.txt -nt .venv/.installed ]; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -r requirements.txt
  touch .venv/.installed
fi
exec .venv/bin/streamlit run streamlit_app.py "$@"
