"""The layers of the package (docs/architecture.md): imports go downward only, no cycle.

The contract is import-linter's, in pyproject.toml; this test runs it on the package, and on a
copy of it with one upward import added, which it must refuse. The layers contract lets two
modules of one layer import each other; the cycle test below does not: it walks every import
of every module (function-level ones included, ``if TYPE_CHECKING:`` blocks excluded) and
refuses any cycle between modules of the package.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import songlo_targets

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"})


def test_imports_go_downward_only() -> None:
    package = Path(songlo_targets.__file__).parent.parent
    done = _lint(package)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(Path(songlo_targets.__file__).parent, tmp_path / "songlo_targets",
                    ignore=shutil.ignore_patterns("__pycache__", "locale", "templates"))
    model = tmp_path / "songlo_targets" / "records" / "model.py"
    model.write_text(model.read_text() + "\nfrom songlo_targets.render import diff  # noqa\n")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "songlo_targets.records is not allowed to import songlo_targets.render" in done.stdout


def _type_checking(test: ast.expr) -> bool:
    return ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _modules(package: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package) for every module under ``package``."""
    found: dict[str, tuple[Path, bool]] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found[".".join(parts)] = (path, is_package)
    return found


def _imports(name: str, path: Path, is_package: bool, modules: dict[str, tuple[Path, bool]]
             ) -> set[str]:
    """The modules of the package that module ``name`` imports, at any depth of its code.

    ``from a.b import c`` counts as importing ``a.b.c`` if that is a module, else ``a.b``."""
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target:
                    out.add(target)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = name.split(".") if is_package else name.split(".")[:-1]
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    out.add(f"{base}.{alias.name}")
                elif base in modules:
                    out.add(base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    out.discard(name)
    return out


def import_cycles(package: Path) -> list[list[str]]:
    """Every set of modules of ``package`` that import one another (strongly connected, more
    than one module), each sorted; Tarjan's algorithm, without recursion."""
    modules = _modules(package)
    graph = {name: sorted(_imports(name, path, is_package, modules))
             for name, (path, is_package) in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        cycles.append(sorted(group))
    return cycles


def test_no_import_cycle() -> None:
    assert import_cycles(Path(songlo_targets.__file__).parent) == []


def test_a_function_level_import_cycle_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from pkg import c\n"
        "def f():\n    from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def g():\n    if True:\n        from . import a\n")
    (package / "c.py").write_text("import pkg.sub.a\n")
    assert import_cycles(package) == [["pkg.sub.a", "pkg.sub.b"]]
    (package / "sub" / "b.py").write_text("from typing import TYPE_CHECKING\n"
                                          "if TYPE_CHECKING:\n    from . import a\n")
    assert import_cycles(package) == []
