"""The layers of docs/architecture.md, enforced: every import (module level or deferred inside a function)
runs from a higher layer to a lower one or within a package, and no modules import each other in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("clipseal", "policy", "provenance", "generator", "detector")

# Who may import whom. ``ground`` is clipseal's foundation (config, media, atomic, errors), ``app`` is
# clipseal.app (command line, HTTP service, scan). The detector sits above the generator: it is trained and
# benchmarked on what the generator makes; the generator never asks the detector anything.
ALLOWED = {
    "ground": {"ground"},
    "policy": {"ground", "policy"},
    "provenance": {"ground", "provenance"},
    "generator": {"ground", "policy", "provenance", "generator"},
    "detector": {"ground", "provenance", "generator", "detector"},
    "app": {"ground", "policy", "provenance", "generator", "detector", "app"},
}
# ``python -m clipseal`` has to start the application; nothing imports that file.
ENTRY_POINTS = {"clipseal/__main__.py"}


def layer_of(module: str) -> str | None:
    top = module.split(".")[0]
    if top not in PACKAGES:
        return None  # the standard library or a third-party package
    if top == "clipseal":
        return "app" if module == "clipseal.app" or module.startswith("clipseal.app.") else "ground"
    return top


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path) -> list[tuple[int, str, bool]]:
    """(line, imported module, at module level) for every import in a file; ``from pkg import name`` counts
    as importing ``pkg.name`` when that is a module of the tree, else ``pkg``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_level = {id(node) for node in tree.body}
    here = module_name(path, root).split(".")
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name, id(node) in top_level) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = here if is_package else here[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                as_module = sub.replace(".", "/")
                exists = (root / f"{as_module}.py").is_file() or (root / as_module / "__init__.py").is_file()
                found.append((node.lineno, sub if exists else target, id(node) in top_level))
    return found


def source_files(root: Path):
    for package in PACKAGES:
        yield from sorted((root / package).rglob("*.py"))


def layer_violations(root: Path) -> list[str]:
    out = []
    for path in source_files(root):
        rel = path.relative_to(root).as_posix()
        if rel in ENTRY_POINTS:
            continue
        mine = layer_of(module_name(path, root))
        for line, target, _ in imports_of(path, root):
            theirs = layer_of(target)
            if theirs is not None and theirs not in ALLOWED[mine]:
                out.append(f"{rel}:{line}: {mine} imports {theirs} ({target})")
    return out


def import_cycles(root: Path) -> list[list[str]]:
    """Circles among the tree's modules through module-level imports (the ones that run at import time)."""
    graph: dict[str, set[str]] = {}
    for path in source_files(root):
        me = module_name(path, root)
        deps = graph.setdefault(me, set())
        for _, target, at_top in imports_of(path, root):
            if at_top and layer_of(target) is not None and target != me:
                deps.add(target)
    # a package's __init__ re-exporting its own modules is not a circle: those edges point down into it
    def into_own_package(a: str, b: str) -> bool:
        return b.startswith(a + ".")
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if into_own_package(node, nxt) or nxt not in graph:
                continue
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return cycles


def test_imports_run_one_way():
    assert layer_violations(ROOT) == []


def test_no_import_circles():
    assert import_cycles(ROOT) == []


def test_the_checks_catch_an_upward_import_and_a_circle(tmp_path):
    """The two checks above on a small tree with one upward import and one circle: both are reported."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "clipseal" / "app").mkdir()
    (tmp_path / "clipseal" / "app" / "__init__.py").write_text("")
    (tmp_path / "clipseal" / "app" / "cli.py").write_text("from clipseal.app import commands\n")
    (tmp_path / "clipseal" / "app" / "commands.py").write_text("from clipseal.app.cli import main\n")
    (tmp_path / "provenance" / "stamp.py").write_text("def f():\n    from generator import api\n")
    (tmp_path / "generator" / "api.py").write_text("from .. import provenance\n")
    assert layer_violations(tmp_path) == ["provenance/stamp.py:2: provenance imports generator (generator.api)"]
    cycles = import_cycles(tmp_path)
    assert len(cycles) == 1 and set(cycles[0]) == {"clipseal.app.cli", "clipseal.app.commands"}


@pytest.mark.parametrize("path", [p.relative_to(ROOT).as_posix() for p in source_files(ROOT)])
def test_no_long_module_without_a_reason(path):
    """A module over 400 lines says in its docstring why it is one module (the word "one module")."""
    text = (ROOT / path).read_text(encoding="utf-8")
    if text.count("\n") > 400:
        doc = ast.get_docstring(ast.parse(text)) or ""
        assert "one module" in doc.lower(), f"{path}: {text.count(chr(10))} lines and no reason in its docstring"
