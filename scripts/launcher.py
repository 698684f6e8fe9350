"""Sets up `.venv` and runs the app or the tests: one command each, on Windows, macOS and Linux.

Standard library only: it runs on the Python a student installed, before anything else is. The
commands and paths for an OS are plain functions of that OS's name (`platform.system()`), so a
test checks the Windows ones here on Linux.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

PROJECT_DIR = Path(__file__).resolve().parent.parent
SUPPORTED_PYTHONS = ((3, 11), (3, 12), (3, 13))  # TensorFlow 2.21 has packages for these; tested on 3.11
APP_STAMP, TEST_STAMP = ".installed", ".installed-dev"  # in .venv: which requirements it holds


def venv_python(venv: PurePath, system: str) -> PurePath:
    """The virtual environment's interpreter: `Scripts\\python.exe` on Windows, `bin/python` elsewhere."""
    if system == "Windows":
        return PureWindowsPath(venv) / "Scripts" / "python.exe"
    return PurePosixPath(venv) / "bin" / "python"


def install_commands(python: str, venv: PurePath, system: str, requirements: str) -> list[list[str]]:
    """Creating the virtual environment and installing the pinned requirements into it."""
    inside = str(venv_python(venv, system))
    return [
        [python, "-m", "venv", str(venv)],
        [inside, "-m", "pip", "install", "--quiet", "--upgrade", "pip"],  # "-m pip": pip can upgrade itself on Windows
        [inside, "-m", "pip", "install", "--quiet", "-r", requirements],
    ]


def tls_arguments(environment: dict[str, str]) -> list[str]:
    """Streamlit's HTTPS flags from LENET_TLS_CERT and LENET_TLS_KEY (both or neither)."""
    cert, key = environment.get("LENET_TLS_CERT"), environment.get("LENET_TLS_KEY")
    if not cert and not key:
        return []
    if not (cert and key):
        sys.exit("Set both LENET_TLS_CERT and LENET_TLS_KEY (python -m scripts.make_certificates makes them).")
    return ["--server.sslCertFile", cert, "--server.sslKeyFile", key]


def app_command(venv: PurePath, system: str, arguments: list[str]) -> list[str]:
    return [str(venv_python(venv, system)), "-m", "streamlit", "run", "streamlit_app.py", *arguments]


def test_commands(venv: PurePath, system: str, arguments: list[str]) -> list[list[str]]:
    """The linters, then the suite: what CI runs."""
    inside = str(venv_python(venv, system))
    return [
        [inside, "-m", "ruff", "check", "."],
        [inside, "-m", "ruff", "format", "--check", "."],
        [inside, "-m", "pytest", *arguments],
    ]


def chromium_candidates(system: str, environment: dict[str, str]) -> list[PurePath]:
    """Where a Chromium-family browser for the browser tests usually is; Edge is on every Windows."""
    if system == "Windows":
        roots = [environment.get(name) for name in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")]
        return [
            PureWindowsPath(root) / relative
            for root in roots
            if root
            for relative in (r"Google\Chrome\Application\chrome.exe", r"Microsoft\Edge\Application\msedge.exe")
        ]
    if system == "Darwin":
        return [
            PurePosixPath("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            PurePosixPath("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
        ]
    names = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
    return [PurePosixPath(path) for path in names]


def find_chromium(system: str | None = None, environment: dict[str, str] | None = None) -> str | None:
    """The browser the e2e tests drive: $LENET_CHROMIUM if set, else the first candidate present."""
    environment = dict(os.environ) if environment is None else environment
    if environment.get("LENET_CHROMIUM"):
        return environment["LENET_CHROMIUM"]
    for candidate in chromium_candidates(system or platform.system(), environment):
        if Path(candidate).is_file():
            return str(candidate)
    return None


def child_environment(environment: dict[str, str]) -> dict[str, str]:
    """The app's and the tests' environment: UTF-8 everywhere, whatever the console's code page
    (a Chinese Windows defaults to GBK, which cannot print every name a class types)."""
    return environment | {"PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"}


def _python_problem() -> str | None:
    version = sys.version_info[:2]
    if version in SUPPORTED_PYTHONS:
        return None
    wanted = " or ".join(f"{major}.{minor}" for major, minor in SUPPORTED_PYTHONS)
    hint = "py -3.11 run_app.py" if platform.system() == "Windows" else "python3.11 run_app.py"
    return (
        f"LeNet Lab needs Python {wanted} (TensorFlow 2.21 has no packages for {version[0]}.{version[1]}): "
        f"install Python 3.11 from python.org and run it with that one, e.g. `{hint}`."
    )


def _newer(stamp: Path, requirements: list[Path]) -> bool:
    return not stamp.exists() or any(path.stat().st_mtime > stamp.stat().st_mtime for path in requirements)


def ensure_venv(requirements: str, stamp_name: str) -> Path:
    """`.venv` with `requirements` installed (first run, or after they change); its interpreter."""
    system = platform.system()
    venv = PROJECT_DIR / ".venv"
    python = Path(venv_python(venv, system))
    files = sorted({PROJECT_DIR / "requirements.txt", PROJECT_DIR / requirements})
    # The tests' requirements include the app's: a venv set up for the tests also runs the app.
    stamps = [venv / stamp_name] + ([venv / TEST_STAMP] if stamp_name == APP_STAMP else [])
    if python.exists() and not all(_newer(stamp, files) for stamp in stamps):
        return python
    problem = _python_problem()
    if problem:
        sys.exit(problem)
    print(f"[setup] installing {requirements} into {venv} (the first time takes a few minutes)…", flush=True)
    for command in install_commands(sys.executable, venv, system, requirements):
        if subprocess.call(command, cwd=PROJECT_DIR) != 0:
            sys.exit(f"[setup] failed: {subprocess.list2cmdline(command)}. Check the network and try again.")
    (venv / stamp_name).touch()
    return python


CJK_FONT_DIR = Path("/usr/share/fonts/opentype/noto")  # Debian's fonts-noto-cjk puts NotoSansCJK here


def has_cjk_font() -> bool:
    """A font with Chinese glyphs for the browser tests' pages in 中文 (macOS and Windows ship one)."""
    return platform.system() != "Linux" or any(CJK_FONT_DIR.glob("NotoSansCJK*"))


def ensure_chromium() -> None:
    """The browser tests need Chromium, and a Chinese font for the pages in 中文: installed with apt
    on Debian/Ubuntu (`chromium`, `fonts-noto-cjk`), found elsewhere."""
    if find_chromium() and has_cjk_font():
        return
    if platform.system() == "Linux" and shutil.which("apt-get"):
        sudo = ["sudo"] if hasattr(os, "geteuid") and os.geteuid() != 0 else []
        print("[setup] installing Chromium and a Chinese font for the browser tests (apt-get)…", flush=True)
        environment = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
        subprocess.call([*sudo, "apt-get", "update", "-qq"])
        subprocess.call([*sudo, "apt-get", "install", "-y", "-qq", "chromium", "fonts-noto-cjk"], env=environment)
        if find_chromium():
            return
    print(
        "[setup] no Chromium, Chrome or Edge found: the browser tests (marked e2e) will fail. Install Chrome, "
        'or set LENET_CHROMIUM to a Chromium-family browser, or skip them with -m "not e2e".',
        flush=True,
    )


def run(command: list[str]) -> int:
    """Runs `command` in the project folder and returns its exit status. Ctrl+C reaches the child
    as well (the console sends it to both): wait for it to shut down instead of orphaning it."""
    process = subprocess.Popen(command, cwd=PROJECT_DIR, env=child_environment(dict(os.environ)))
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue


def run_app(arguments: list[str]) -> int:
    python = ensure_venv("requirements.txt", APP_STAMP)
    venv = python.parent.parent
    command = app_command(venv, platform.system(), tls_arguments(dict(os.environ)) + arguments)
    print("[LeNet Lab] starting; open the Local URL below, share the Network URL with the class (Ctrl+C stops it).")
    if os.name == "nt":
        return run(command)  # Windows' execv starts a new process and exits: the console would lose it
    else:
        # Become the server, so that a signal sent to this process (a service manager, a test's
        # terminate()) reaches Streamlit itself.
        os.chdir(PROJECT_DIR)
        os.execve(command[0], command, child_environment(dict(os.environ)))
        return 1  # not reached


def run_tests(arguments: list[str]) -> int:
    python = ensure_venv("requirements-dev.txt", TEST_STAMP)
    venv = python.parent.parent
    ensure_chromium()
    for command in test_commands(venv, platform.system(), arguments):
        status = run(command)
        if status != 0:
            return status
    return 0
