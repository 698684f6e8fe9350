"""Windows, macOS and Linux: the launcher's commands for each, no POSIX-only calls, names every disk takes."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from harness.server import free_port
from harness.windows import case_collisions
from lenet_core.base.files import windows_name_problem
from lenet_core.base.settings import PROJECT_DIR
from scripts import launcher

# Where the app and the core run on a student's laptop; bench/ measures through Linux's /proc.
SCANNED = ["lenet_core", "app_pages", "harness", "scripts", "streamlit_app.py", "run_app.py", "run_tests.py"]
SIMULATION = PROJECT_DIR / "harness" / "windows.py"  # runs on Linux by design: it simulates Windows there
POSIX_ONLY_MODULES = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix"}
POSIX_ONLY_ATTRIBUTES = {
    "os": {"fork", "forkpty", "killpg", "getpgid", "setsid", "setpgrp", "getuid", "geteuid", "chown", "lchown",
           "symlink", "readlink", "execv", "execve", "execvp", "sync", "statvfs", "mkfifo", "O_DIRECTORY", "wait4"},
    "signal": {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGQUIT", "SIGALRM", "SIGCHLD", "alarm", "setitimer",
               "pause", "CTRL_BREAK_EVENT", "CTRL_C_EVENT", "SIGBREAK"},
}  # fmt: skip
POSIX_ONLY_METHODS = {"symlink_to"}  # Path.symlink_to: Windows needs Developer Mode for it
POSIX_ONLY_KEYWORDS = {"preexec_fn", "start_new_session", "pass_fds"}


def _is_platform_check(test: ast.expr) -> bool:
    """`os.name`, `sys.platform`, `platform.system()` or `hasattr(...)` anywhere in an if's test."""
    for node in ast.walk(test):
        if isinstance(node, ast.Attribute) and (node.attr, getattr(node.value, "id", None)) in {
            ("name", "os"),
            ("platform", "sys"),
            ("system", "platform"),
        }:
            return True
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "hasattr":
            return True
    return False


def posix_only_calls(source: str, filename: str) -> list[str]:
    """Uses of POSIX-only modules, functions, constants and keywords outside a platform check."""
    tree = ast.parse(source, filename)
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_platform_check(node.test):
            guarded.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in guarded:
            continue
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{where} imports {name}" for name in names if name.split(".")[0] in POSIX_ONLY_MODULES]
        elif isinstance(node, ast.Attribute):
            module = getattr(node.value, "id", None)
            if node.attr in POSIX_ONLY_ATTRIBUTES.get(module, ()):
                found.append(f"{where} uses {module}.{node.attr}")
            elif node.attr in POSIX_ONLY_METHODS and isinstance(node.ctx, ast.Load):
                found.append(f"{where} calls .{node.attr}()")
        elif isinstance(node, ast.keyword) and node.arg in POSIX_ONLY_KEYWORDS:
            found.append(f"{where} passes {node.arg}=")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith(("/proc/", "/tmp/"))
        ):
            found.append(f"{where} names {node.value!r}")
    return found


def scanned_files() -> list[Path]:
    paths = []
    for name in SCANNED:
        path = PROJECT_DIR / name
        paths += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [path for path in paths if path != SIMULATION]


def test_the_app_and_the_core_make_no_posix_only_call_outside_a_platform_check():
    found = []
    for path in scanned_files():
        found += posix_only_calls(path.read_text(encoding="utf-8"), str(path.relative_to(PROJECT_DIR)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "planted",
    [
        "import fcntl\n",
        "import os\nos.killpg(1, 9)\n",
        "import signal\nsignal.signal(signal.SIGHUP, print)\n",
        "from pathlib import Path\nPath('a').symlink_to('b')\n",
        "import subprocess\nsubprocess.Popen(['x'], start_new_session=True)\n",
        "import os\nif os.name == 'nt':\n    pass\nos.execv('x', ['x'])\n",  # after the check, not inside it
        "text = open('/proc/self/status').read()\n",
    ],
)
def test_the_scan_finds_a_planted_posix_only_call(planted):
    assert posix_only_calls(planted, "planted.py")


def test_the_scan_lets_a_guarded_call_pass():
    guarded = "import os\nif os.name == 'nt':\n    pass\nelse:\n    os.execv('x', ['x'])\n"
    assert posix_only_calls(guarded, "guarded.py") == []


def tracked_files() -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=PROJECT_DIR, capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    return [name for name in listing.split("\0") if name]


def test_every_file_name_in_the_project_is_one_windows_and_macos_take():
    names = tracked_files()
    assert len(names) > 100  # the listing worked
    refused = [
        f"{name}: {problem}"
        for name in names
        for part in PurePosixPath(name).parts
        if (problem := windows_name_problem(part))
    ]
    assert not refused, refused
    assert not case_collisions(names)  # one file on a case-insensitive disk
    # A checkout in C:\Users\<name>\Documents\GitHub\lenet-lab\ (about 60 characters) stays under
    # Windows' 260-character path limit.
    assert max(len(name) for name in names) < 190, max(names, key=len)


def test_the_windows_name_check_refuses_what_windows_refuses():
    for bad in ("con", "NUL", "aux.txt", "com1", "lpt9.json", "a:b", "what?", "star*", "dot.", "space ", "tab\t"):
        assert windows_name_problem(bad), bad
    for good in ("console", "nul-model", "default-mnist", "model.weights.h5", "名字", ".venv"):
        assert windows_name_problem(good) is None, good


def test_a_case_collision_is_found():
    assert case_collisions(["data/Models/a.json", "data/models/A.json", "b"]) == [
        ("data/Models/a.json", "data/models/A.json")
    ]


@pytest.mark.parametrize(
    "system, venv, python",
    [
        (
            "Windows",
            PureWindowsPath(r"C:\Users\ann\lenet-lab\.venv"),
            r"C:\Users\ann\lenet-lab\.venv\Scripts\python.exe",
        ),
        ("Darwin", PurePosixPath("/Users/ann/lenet-lab/.venv"), "/Users/ann/lenet-lab/.venv/bin/python"),
        ("Linux", PurePosixPath("/home/ann/lenet-lab/.venv"), "/home/ann/lenet-lab/.venv/bin/python"),
    ],
)
def test_the_launcher_builds_each_oss_commands_and_paths(system, venv, python):
    assert str(launcher.venv_python(venv, system)) == python
    create, upgrade, install = launcher.install_commands("py", venv, system, "requirements.txt")
    assert create == ["py", "-m", "venv", str(venv)]
    assert upgrade[:3] == [python, "-m", "pip"] and "--upgrade" in upgrade  # "-m pip": pip upgrades itself on Windows
    assert install == [python, "-m", "pip", "install", "--quiet", "-r", "requirements.txt"]
    assert launcher.app_command(venv, system, ["--server.port", "8502"]) == [
        python, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", "8502"
    ]  # fmt: skip
    lint, style, suite = launcher.test_commands(venv, system, ["-m", "not e2e"])
    assert lint == [python, "-m", "ruff", "check", "."] and style == [python, "-m", "ruff", "format", "--check", "."]
    assert suite == [python, "-m", "pytest", "-m", "not e2e"]


def test_the_launcher_finds_edge_on_windows_and_honours_lenet_chromium(tmp_path):
    programs = {"PROGRAMFILES": r"C:\Program Files", "PROGRAMFILES(X86)": r"C:\Program Files (x86)"}
    candidates = [str(path) for path in launcher.chromium_candidates("Windows", programs)]
    assert r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe" in candidates
    assert r"C:\Program Files\Google\Chrome\Application\chrome.exe" in candidates
    assert "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" in map(
        str, launcher.chromium_candidates("Darwin", {})
    )
    assert launcher.find_chromium("Linux", {"LENET_CHROMIUM": str(tmp_path / "mine")}) == str(tmp_path / "mine")
    assert launcher.child_environment({"PATH": "x"})["PYTHONUTF8"] == "1"  # a GBK console prints every name


def test_the_conda_environment_installs_the_same_pins():
    text = (PROJECT_DIR / "environment.yml").read_text(encoding="utf-8")
    assert "- python=3.11" in text and "- -r requirements.txt" in text


def fresh_venv() -> Path:
    venv = PROJECT_DIR / ".venv"
    stamp = venv / launcher.TEST_STAMP
    requirements = [PROJECT_DIR / "requirements.txt", PROJECT_DIR / "requirements-dev.txt"]
    if not stamp.exists() or any(path.stat().st_mtime > stamp.stat().st_mtime for path in requirements):
        pytest.fail("Run the tests with `python run_tests.py`: this test uses the .venv it sets up.")
    return venv


def test_run_tests_py_lints_and_runs_the_suite_it_is_given():
    fresh_venv()
    finished = subprocess.run(
        [sys.executable, "run_tests.py", "--collect-only", "-q", "tests/test_windows.py"],
        cwd=PROJECT_DIR, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "All checks passed!" in finished.stdout  # ruff check ran first
    assert "already formatted" in finished.stdout  # then ruff format --check
    assert "tests collected" in finished.stdout  # then pytest, with the arguments given


def test_run_app_py_serves_the_app_from_the_set_up_venv(tmp_path):
    fresh_venv()
    port = free_port()
    environment = os.environ | {
        f"LENET_{name.upper()}_DIR": str(tmp_path / name) for name in ("models", "jobs", "classroom", "collection")
    }
    log = tmp_path / "run_app.log"
    started = time.monotonic()
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "run_app.py", "--server.port", str(port), "--server.headless", "true",
             "--server.address", "127.0.0.1"],
            cwd=PROJECT_DIR, env=environment, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline, healthy = started + 120, False
        while not healthy and time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    healthy = response.read() == b"ok"
            except OSError:
                time.sleep(0.3)
        text = log.read_text(encoding="utf-8", errors="replace")
        assert healthy, f"run_app.py did not serve in 120 s:\n{text}"
        assert "[LeNet Lab] starting" in text and "[setup]" not in text  # nothing installed again
    finally:
        process.terminate()  # POSIX: the launcher became Streamlit, so this stops the server itself
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_launcher_passes_https_to_streamlit_only_with_both_files():
    both = {"LENET_TLS_CERT": "certs/server.crt", "LENET_TLS_KEY": "certs/server.key"}
    assert launcher.tls_arguments(both) == [
        "--server.sslCertFile", "certs/server.crt", "--server.sslKeyFile", "certs/server.key"
    ]  # fmt: skip
    assert launcher.tls_arguments({}) == []
    with pytest.raises(SystemExit, match="Set both LENET_TLS_CERT and LENET_TLS_KEY"):
        launcher.tls_arguments({"LENET_TLS_CERT": "certs/server.crt"})
