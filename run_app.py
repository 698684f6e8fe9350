"""Sets up LeNet Lab (first run only) and starts it: `python run_app.py` on Windows, macOS and Linux.

Arguments go to `streamlit run`, e.g. `python run_app.py --server.port 8502`.
"""

import sys

from scripts.launcher import run_app

if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
