"""Reports import cycles among the tree's Python modules and top-level packages.

    python tools/check_import_cycles.py [--root DIR ...]

Reads the sources (nothing is imported or run) of python/, e2e_testing/,
xfail_sets/, benchmarks/ and examples/, and follows every import of a module
of the tree, whether it runs when the module is loaded (module level) or only
when a function is called (function level): a function-level import hides a
cycle from Python's import machinery but still ties the two modules together.

Two kinds of cycle are reported:

* between modules: a strongly connected set of modules, shown as one cycle
  through it, each edge with its file, line and level;
* between top-level packages (`torch_mlir`, `torch_mlir_e2e_test`,
  `e2e_testing`, ...): the layers must form a hierarchy, so a package that
  imports another must not be imported by it, even through other modules.

Importing `a.b.c` is counted as an import of `a.b.c` only, not of the
packages `a` and `a.b` Python initializes on the way: a package's
`__init__` importing its own submodules is not a cycle.

Exit status: 0 when there is no cycle, 1 otherwise.
"""

import argparse
import ast
import os
import sys
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ROOTS = ("python", "e2e_testing", "xfail_sets", "benchmarks", "examples")


class Import(NamedTuple):
    """One import statement's edge to a module of the tree."""

    target: str
    path: str
    line: int
    # "module" (runs at load time) or "function" (runs when called).
    level: str


def _search_path_of(root: str) -> str:
    """Where `root`'s modules are found: its parent for a package, else itself."""
    return os.path.dirname(root) if os.path.exists(os.path.join(root, "__init__.py")) else root


def find_modules(roots: Sequence[str]) -> Dict[str, str]:
    """Module name -> source file, for every .py file under `roots`."""
    modules = {}
    for root in roots:
        search_path = _search_path_of(root)
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith((".", "__")))
            for file in sorted(files):
                if not file.endswith(".py"):
                    continue
                path = os.path.join(directory, file)
                parts = os.path.relpath(path, search_path)[: -len(".py")].split(os.sep)
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                if parts:
                    modules[".".join(parts)] = path
    return modules


def _walk_with_level(tree: ast.AST) -> Iterator[Tuple[ast.AST, str]]:
    """Every node, with "function" when it is inside a function body."""
    stack = [(tree, "module")]
    while stack:
        node, level = stack.pop()
        yield node, level
        inner = (
            "function"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            else level
        )
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> Optional[str]:
    """The module a `from ... import` statement reads from, made absolute."""
    if not node.level:
        return node.module
    package = module.split(".") if is_package else module.split(".")[:-1]
    if node.level - 1 > len(package):
        return None
    base = package[: len(package) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else [])) or None


def _known(name: Optional[str], modules: Dict[str, str]) -> Optional[str]:
    """`name`, or the innermost package of it, if the tree has that module."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, path: str, modules: Dict[str, str]) -> List[Import]:
    """The imports of `module` that name modules of the tree."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=path)
    is_package = os.path.basename(path) == "__init__.py"
    found = []
    for node, level in _walk_with_level(tree):
        targets = []
        if isinstance(node, ast.Import):
            targets = [_known(alias.name, modules) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node)
            if base is None:
                continue
            for alias in node.names:
                # `from package import submodule` imports the submodule.
                submodule = f"{base}.{alias.name}"
                targets.append(submodule if submodule in modules else _known(base, modules))
        for target in targets:
            if target and target != module:
                found.append(Import(target, path, node.lineno, level))
    return found


def strongly_connected(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The components of `graph` with more than one node (Tarjan, iterative)."""
    index: Dict[str, int] = {}
    lowlink: Dict[str, int] = {}
    on_stack: Set[str] = set()
    stack: List[str] = []
    components = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = lowlink[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = lowlink[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph.get(successor, ())))))
                    advanced = True
                    break
                if successor in on_stack:
                    lowlink[node] = min(lowlink[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                lowlink[work[-1][0]] = min(lowlink[work[-1][0]], lowlink[node])
            if lowlink[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def cycle_through(component: List[str], graph: Dict[str, Set[str]]) -> List[str]:
    """One cycle from the component's first node back to it (breadth first)."""
    members = set(component)
    start = component[0]
    previous: Dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(graph[node] & members):
                if successor == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start] + path[::-1][1:] + [start]
                if successor not in previous:
                    previous[successor] = node
                    following.append(successor)
        frontier = following
    return [start]


def top_level(module: str) -> str:
    return module.split(".")[0]


def find_cycles(roots: Sequence[str]) -> Tuple[List[str], List[str]]:
    """(module cycles, package cycles), each rendered as text lines."""
    modules = find_modules(roots)
    edges: Dict[Tuple[str, str], List[Import]] = {}
    for module, path in modules.items():
        for found in imports_of(module, path, modules):
            edges.setdefault((module, found.target), []).append(found)

    def render(component, graph, edge_imports) -> List[str]:
        cycle = cycle_through(component, graph)
        lines = [" -> ".join(cycle)]
        for source, target in zip(cycle, cycle[1:]):
            first = min(edge_imports[(source, target)], key=lambda i: (i.path, i.line))
            where = os.path.relpath(first.path, REPO_ROOT)
            lines.append(f"    {source} -> {target}: {where}:{first.line} ({first.level} level)")
        return lines

    module_graph: Dict[str, Set[str]] = {module: set() for module in modules}
    for source, target in edges:
        module_graph[source].add(target)
    module_cycles = [
        line for c in strongly_connected(module_graph) for line in render(c, module_graph, edges)
    ]

    package_edges: Dict[Tuple[str, str], List[Import]] = {}
    for (source, target), found in edges.items():
        if top_level(source) != top_level(target):
            package_edges.setdefault((top_level(source), top_level(target)), []).extend(found)
    package_graph: Dict[str, Set[str]] = {top_level(m): set() for m in modules}
    for source, target in package_edges:
        package_graph[source].add(target)
    package_cycles = [
        line
        for c in strongly_connected(package_graph)
        for line in render(c, package_graph, package_edges)
    ]
    return module_cycles, package_cycles


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root",
        action="append",
        help=f"a directory to read (repeatable; default: {', '.join(DEFAULT_ROOTS)})",
    )
    args = parser.parse_args(argv)
    roots = [os.path.join(REPO_ROOT, r) for r in (args.root or DEFAULT_ROOTS)]
    module_cycles, package_cycles = find_cycles([r for r in roots if os.path.isdir(r)])
    if module_cycles:
        print("Import cycles between modules:")
        print("\n".join(f"  {line}" for line in module_cycles))
    if package_cycles:
        print("Import cycles between top-level packages:")
        print("\n".join(f"  {line}" for line in package_cycles))
    if module_cycles or package_cycles:
        return 1
    print("No import cycles.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
