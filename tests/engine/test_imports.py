"""The engine's imports: no cycle (even through imports inside functions), no Qt, and each
module importable first, whatever imports it (the order a user's script or a test picks)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "s2s_desktop"
ENGINE = PACKAGE / "engine"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def engine_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(ENGINE.rglob("*.py"))}


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function, leaving out what it
    imports only for type checkers (``if TYPE_CHECKING:``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for child in ast.walk(node))
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else None
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package
                base = ".".join([*(package or "").split(".")[: -node.level + 1 or None], base])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def engine_graph() -> dict[str, set[str]]:
    modules = engine_modules()
    graph = {name: imported_modules(path) & set(modules) for name, path in modules.items()}
    for name, targets in graph.items():  # a package's __init__ is not an edge of its modules
        targets.discard(name)
        targets.discard(name.rsplit(".", 1)[0])
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules (first == last), or None."""
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in visiting:
            return [*visiting[visiting.index(node) :], node]
        if node in done:
            return None
        visiting.append(node)
        for target in sorted(graph.get(node, ())):
            cycle = visit(target)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        cycle = visit(node)
        if cycle:
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_engine_has_no_import_cycle():
    graph = engine_graph()
    assert "s2s_desktop.engine.training" in graph and graph["s2s_desktop.engine.training"]
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_engine_imports_no_qt():
    for name, path in engine_modules().items():
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "pyqtgraph")}
        assert not qt, f"{name} imports {qt}"
        assert not any(m.startswith("s2s_desktop.gui") for m in imported_modules(path)), name


def test_the_window_names_no_file_of_a_model_folder():
    """The model folder's file names belong to engine.model_files; the GUI asks it."""
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "s2s_desktop.engine.model_files":
                names = [alias.name for alias in node.names if alias.name.isupper()]
                assert not names, f"{path.name} imports {names}"


def test_every_engine_module_imports_first_in_a_fresh_interpreter():
    """Each module imported before all the others, then the rest: an order-dependent import
    (a cycle hidden by who imports first) fails here. Two interpreters share the modules to
    import first, side by side (the machine has two cores)."""
    names = sorted(engine_modules())
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "firsts = names[int(sys.argv[1])::2]\n"
        "for first in firsts:\n"
        "    for loaded in [m for m in sys.modules if m.startswith('s2s_desktop')]:\n"
        "        del sys.modules[loaded]\n"
        "    for name in [first, *names]:\n"
        "        importlib.import_module(name)\n"
        "print(len(firsts))\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(half)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in (0, 1)
    ]
    answers = [run.communicate(timeout=300) for run in runs]
    for run, (_, errors) in zip(runs, answers):
        assert run.returncode == 0, errors
    assert sum(int(out) for out, _ in answers) == len(names)
