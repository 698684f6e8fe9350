"""lenet_core in layers: a module imports only from its own layer or the ones below (an `ast`
walk, nothing imported). Beside test_datasets' and test_explore's "imports without TensorFlow".

The layers, lowest first, are those issue 22 plans as sub-packages; the tree does not show them
yet, so this table does. A new module must be given a layer here.
"""

from __future__ import annotations

import ast

from lenet_core.datasets import PROJECT_DIR

CORE = PROJECT_DIR / "lenet_core"
LAYERS = (
    ("base", {"settings", "i18n", "files", "names", "plotting"}),
    ("data", {"datasets", "preprocessing", "photo", "strokes", "explore", "novelty"}),
    (
        "network",
        {
            "architecture",
            "config",
            "model",
            "weights_file",
            "training",
            "snapshots",
            "evaluation",
            "live_model",
            "codegen",
        },
    ),
    ("store", {"store"}),
    ("inside", {"inference", "insight", "charts", "insight_charts", "exporting"}),
    # `importing`: an upload checked against the class limits before it joins the class's store
    (
        "classroom",
        {"classroom", "collection", "quiz", "ratelimit", "class_scores", "leaderboard", "finetune", "importing"},
    ),
    ("jobs", {"jobs", "jobs.messages", "jobs.records", "jobs.queue", "jobs.worker", "jobs.kinds", "jobs.executor"}),
    ("cli", {"cli", "__main__"}),
)
LAYER = {module: number for number, (_, modules) in enumerate(LAYERS) for module in modules}


def module_name(path) -> str:
    name = ".".join(path.relative_to(CORE).with_suffix("").parts)
    return name.removesuffix(".__init__")


def core_imports(path) -> set[str]:
    """The lenet_core modules a file imports, at any depth (lazy imports inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lenet_core"):
            if node.module == "lenet_core":  # from lenet_core import i18n, settings
                found |= {alias.name for alias in node.names}
            else:
                found.add(node.module.removeprefix("lenet_core."))
        elif isinstance(node, ast.Import):
            names = (alias.name for alias in node.names)
            found |= {name.removeprefix("lenet_core.") for name in names if name.startswith("lenet_core.")}
    return found


def wrong_way(graph: dict[str, set[str]]) -> list[str]:
    """ "module -> imported" for each import of a higher layer's module."""
    return sorted(
        f"{module} ({LAYERS[LAYER[module]][0]}) -> {target} ({LAYERS[LAYER[target]][0]})"
        for module, targets in graph.items()
        for target in targets
        if target in LAYER and LAYER[target] > LAYER[module]
    )


def core_graph() -> dict[str, set[str]]:
    return {module_name(path): core_imports(path) for path in CORE.rglob("*.py") if "node_modules" not in path.parts}


def test_every_module_has_a_layer():
    assert sorted(set(core_graph()) - set(LAYER) - {"__init__"}) == []


def test_no_module_imports_from_a_higher_layer():
    assert wrong_way(core_graph()) == []


def test_the_check_finds_a_planted_wrong_way_import():
    graph = core_graph()
    graph["datasets"] = graph["datasets"] | {"jobs.records"}  # the data layer reaching up to the jobs
    assert wrong_way(graph) == ["datasets (data) -> jobs.records (jobs)"]
