"""lenet_core in layers: a module imports only from its own layer or the ones below (an `ast`
walk, nothing imported), and no modules import each other in a circle. Beside test_datasets' and
test_explore's "imports without TensorFlow".

A layer is a sub-package of lenet_core, so the tree shows the order; the command-line modules sit
at the top level. A new sub-package must be given its place here.
"""

from __future__ import annotations

import ast
import re

from lenet_core.base.settings import PROJECT_DIR

CORE = PROJECT_DIR / "lenet_core"
LAYERS = ("base", "charts", "data", "network", "store", "inside", "classroom", "jobs", "cli")
TOP_LEVEL = {"cli", "collection", "__main__", "__init__"}  # the command lines and the package itself: layer "cli"


def layer_of(module: str) -> int:
    package = "cli" if module in TOP_LEVEL else module.split(".")[0]
    return LAYERS.index(package)


def module_name(path) -> str:
    name = ".".join(path.relative_to(CORE).with_suffix("").parts)
    return name.removesuffix(".__init__")


def is_module(name: str) -> bool:
    path = CORE.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def core_imports(path) -> set[str]:
    """The lenet_core modules a file imports, at any depth (lazy imports inside functions too):
    `from lenet_core.classroom import quiz` imports the module classroom.quiz."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lenet_core"):
            package = node.module.removeprefix("lenet_core").removeprefix(".")
            for alias in node.names:
                submodule = f"{package}.{alias.name}".lstrip(".")
                found.add(submodule if is_module(submodule) else package)
        elif isinstance(node, ast.Import):
            names = (alias.name for alias in node.names)
            found |= {name.removeprefix("lenet_core.") for name in names if name.startswith("lenet_core.")}
    return found - {""}


def core_graph() -> dict[str, set[str]]:
    paths = (path for path in CORE.rglob("*.py") if "node_modules" not in path.parts)
    return {module_name(path): core_imports(path) for path in paths}


def wrong_way(graph: dict[str, set[str]]) -> list[str]:
    """ "module (layer) -> imported (layer)" for each import of a higher layer's module."""
    return sorted(
        f"{module} ({LAYERS[layer_of(module)]}) -> {target} ({LAYERS[layer_of(target)]})"
        for module, targets in graph.items()
        for target in targets
        if layer_of(target) > layer_of(module)
    )


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each set of modules that import each other, directly or round a circle (Tarjan's strongly
    connected components of more than one module, or a module importing itself)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in graph.get(module, ()):
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def test_every_package_has_a_layer():
    assert sorted({module for module in core_graph() if layer_of_or_none(module) is None}) == []


def layer_of_or_none(module: str) -> int | None:
    try:
        return layer_of(module)
    except ValueError:
        return None


def test_no_module_imports_from_a_higher_layer():
    assert wrong_way(core_graph()) == []


def test_no_modules_import_each_other():
    assert circles(core_graph()) == []


def test_the_checks_find_a_planted_wrong_way_import_and_a_planted_circle():
    graph = core_graph()
    graph["data.datasets"] = graph["data.datasets"] | {"jobs.records"}  # the data layer reaching up to the jobs
    assert wrong_way(graph) == ["data.datasets (data) -> jobs.records (jobs)"]
    graph = core_graph()
    graph["base.files"] = graph["base.files"] | {"base.names"}  # names imports i18n, files would import names
    graph["base.i18n"] = graph["base.i18n"] | {"base.files"}
    assert circles(graph) == [["base.files", "base.i18n", "base.names"]]


def pages() -> list:
    """The page scripts streamlit_app.py navigates to (app_pages' other modules are helpers)."""
    app = (PROJECT_DIR / "streamlit_app.py").read_text(encoding="utf-8")
    return [PROJECT_DIR / path for path in sorted(set(re.findall(r'page="(app_pages/[a-z_]+\.py)"', app)))]


def captured_globals(path) -> list[str]:
    """ "page: function reads name" for each page function that reads a variable the page's script
    sets (the manager, the student, the chosen model...) instead of taking it as an argument.
    CONSTANTS in capitals are fine."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned = {
        name.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        for name in ast.walk(target)
        if isinstance(name, ast.Name) and not name.id.isupper()
    }
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            arguments = {argument.arg for argument in ast.walk(node.args) if isinstance(argument, ast.arg)}
            names = [name for name in ast.walk(node) if isinstance(name, ast.Name)]
            local = {name.id for name in names if isinstance(name.ctx, ast.Store)}
            read = {name.id for name in names if isinstance(name.ctx, ast.Load)}
            found += [f"{path.name}: {node.name} reads {name}" for name in sorted(read & assigned - arguments - local)]
    return found


def test_page_functions_take_what_they_need_as_arguments():
    assert [found for path in pages() for found in captured_globals(path)] == []
    assert len(pages()) == 4


def test_the_check_finds_a_function_that_reads_the_pages_manager(tmp_path):
    page = tmp_path / "page.py"
    page.write_text("manager = get_manager()\nLIMIT = 3\n\ndef stop(job_id):\n    manager.stop(job_id, LIMIT)\n")
    assert captured_globals(page) == ["page.py: stop reads manager"]


PROJECT_PACKAGES = ("lenet_core", "app_pages", "harness", "bench", "scripts", "tests")


def top_level_names(path) -> set[str]:
    """What `from module import name` can take from a module file: what it defines or imports at
    the top level (inside `if`/`try` too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def missing_names(paths) -> list[str]:
    """ "file: from module import name" for each import of a project module or name that does not exist."""
    found = []
    for path in paths:
        shown = path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                continue
            if node.module.split(".")[0] not in PROJECT_PACKAGES:
                continue
            base = PROJECT_DIR.joinpath(*node.module.split("."))
            module = base.with_suffix(".py") if base.with_suffix(".py").is_file() else base / "__init__.py"
            if not module.is_file():
                found.append(f"{shown}: {node.module} (no such module)")
                continue
            names = top_level_names(module)
            for alias in node.names:
                if alias.name not in names and not (base / f"{alias.name}.py").is_file():
                    found.append(f"{shown}: from {node.module} import {alias.name}")
    return sorted(found)


def project_files():
    for package in PROJECT_PACKAGES:
        yield from (path for path in (PROJECT_DIR / package).rglob("*.py") if "node_modules" not in path.parts)
    yield from PROJECT_DIR.glob("*.py")


def test_every_import_of_the_projects_own_code_names_something_that_exists():
    """What a move or a rename leaves behind in a script or benchmark that no test imports."""
    assert missing_names(project_files()) == []


def test_the_import_check_finds_a_name_that_is_gone(tmp_path):
    script = tmp_path / "script.py"  # harness.browser's `pick` became `choose`; the screenshots script kept it
    script.write_text("from harness.browser import choose, pick\nfrom lenet_core.store import records\n")
    assert missing_names([script]) == ["script.py: from harness.browser import pick"]
