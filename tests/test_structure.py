"""The house, read from the code with `ast`: stages import only downward, the pure stages never
touch the disk, no import cycles, modules and functions stay small, tests keep to public names."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "vaultkit"
TESTS = REPO / "tests"

STAGES = ("parse", "store", "links", "domain", "rules", "notes", "ticks", "app", "cli")
"""The stage packages, lowest first: each may import those before it, never one after it.
The modules at the top of the package (model, errors, config, titles, words) sit below all."""
PURE = frozenset({"parse", "links", "domain", "rules", "notes"})
"""Stages that take values and return values: they never import the disk's stage."""
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
LONG_REASON = "Long because"
"""How a function over the limit says why, in its docstring."""


@functools.cache
def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported(path: Path, name: str, *, top_only: bool = False) -> Iterator[tuple[str, int]]:
    """The vaultkit modules `path` imports (at any depth, type-checking ones included, or
    only at its top level), with the line; `from vaultkit.x import y` names `vaultkit.x.y`
    when that is a module."""
    known = modules()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body if top_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("vaultkit"):
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            if not base.startswith("vaultkit"):
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}"
                yield (target if target in known else base), node.lineno


def stage_of(name: str) -> int:
    """The rank of a module's stage: -1 for the shared modules at the top."""
    parts = name.split(".")
    if len(parts) > 2 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    if len(parts) == 2 and parts[1] in STAGES:  # a stage package's own __init__
        return STAGES.index(parts[1])
    return -1


def test_stages_import_only_downward() -> None:
    upward = []
    for name, path in modules().items():
        if name in ("vaultkit", "vaultkit.__main__"):
            continue
        rank = stage_of(name)
        for target, line in imported(path, name):
            if stage_of(target) > rank:
                upward.append(f"{path.relative_to(REPO)}:{line}: {name} imports {target}")
    assert not upward, "\n".join(upward)


def test_pure_stages_never_import_the_disk() -> None:
    found = []
    for name, path in modules().items():
        parts = name.split(".")
        if len(parts) < 2 or parts[1] not in PURE:
            continue
        for target, line in imported(path, name):
            if target.startswith("vaultkit.store"):
                found.append(f"{path.relative_to(REPO)}:{line}: {name} imports {target}")
    assert not found, "\n".join(found)


def test_no_import_cycles() -> None:
    """Module-level imports form no cycle (imports inside functions are deferred on purpose)."""
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        targets = {t for t, _ in imported(path, name, top_only=True) if t in known and t != name}
        edges[name] = {t for t in targets if not name.startswith(t + ".") and t != "vaultkit"}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for name in sorted(edges):
        if name not in state and (cycle := visit(name)):
            pytest.fail("import cycle: " + " -> ".join(cycle))


def test_modules_stay_small() -> None:
    large = [
        f"{path.relative_to(REPO)}: {lines} lines"
        for path in modules().values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not large, "\n".join(large)


def test_long_functions_say_why() -> None:
    long = []
    for path in modules().values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and LONG_REASON not in (ast.get_docstring(node) or ""):
                long.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.name}, {length} lines")
    assert not long, "\n".join(long)


def test_every_module_says_what_it_is_for() -> None:
    silent = [
        str(path.relative_to(REPO))
        for path in modules().values()
        if not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not silent, "\n".join(silent)


def test_tests_keep_to_public_names() -> None:
    """No test imports another test file, or a private name of vaultkit (by import or as a
    module's attribute)."""
    found = []
    for path in sorted(TESTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules_bound: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if module.startswith("test_"):
                    found.append(f"{path.name}:{node.lineno}: imports the test file {module}")
                if module.startswith("vaultkit"):
                    for alias in node.names:
                        if alias.name.startswith("_"):
                            found.append(f"{path.name}:{node.lineno}: imports {alias.name}")
                        modules_bound.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("test_"):
                        found.append(f"{path.name}:{node.lineno}: imports the test file")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules_bound
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{path.name}:{node.lineno}: uses {node.value.id}.{node.attr}")
    assert not found, "\n".join(found)
