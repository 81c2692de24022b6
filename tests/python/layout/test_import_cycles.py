"""The tree has no import cycles (`tools/check_import_cycles.py`), and the
checker finds the kinds of cycle it promises to."""

import os
import subprocess
import sys
import textwrap

REPO_ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)
CHECKER = os.path.join(REPO_ROOT, "tools", "check_import_cycles.py")

sys.path.insert(0, os.path.dirname(CHECKER))
import check_import_cycles  # noqa: E402


def test_the_tree_has_no_import_cycles():
    completed = subprocess.run(
        [sys.executable, CHECKER], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.strip() == "No import cycles."


def _write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


def test_a_function_level_cycle_between_modules_is_found(tmp_path):
    _write(tmp_path, {
        "pkg/__init__.py": "from . import a\n",
        "pkg/a.py": "from .b import helper\n",
        "pkg/b.py": "def helper():\n    from pkg import a\n",
    })  # fmt: skip
    modules, packages = check_import_cycles.find_cycles([str(tmp_path / "pkg")])
    assert modules[0] == "pkg.a -> pkg.b -> pkg.a"
    assert "(function level)" in modules[2] and packages == []


def test_a_cycle_between_top_level_packages_is_found(tmp_path):
    _write(tmp_path, {
        "low/__init__.py": "",
        "low/x.py": "def f():\n    import high.y\n",
        "high/__init__.py": "",
        "high/y.py": "import low.z\n",
        "low/z.py": "",
    })  # fmt: skip
    roots = [str(tmp_path / "low"), str(tmp_path / "high")]
    modules, packages = check_import_cycles.find_cycles(roots)
    assert modules == []
    assert packages[0] == "high -> low -> high"


def test_a_package_importing_its_submodules_is_no_cycle(tmp_path):
    _write(tmp_path, {
        "pkg/__init__.py": "from .a import A\n",
        "pkg/a.py": "from .b import B\nA = B\n",
        "pkg/b.py": "B = 1\n",
    })  # fmt: skip
    assert check_import_cycles.find_cycles([str(tmp_path / "pkg")]) == ([], [])
