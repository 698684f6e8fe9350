"""Command-line helpers: the launcher behind run_app.py and run_tests.py, and scripts that make shipped files."""
