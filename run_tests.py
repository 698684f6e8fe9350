"""Sets up the test tools (first run only), lints, and runs every test: `python run_tests.py`.

Arguments go to pytest, e.g. `python run_tests.py -m "not e2e"` while you work.
"""

import sys

from scripts.launcher import run_tests

if __name__ == "__main__":
    sys.exit(run_tests(sys.argv[1:]))
