"""`torch_mlir.compile` & co. without a `torch_mlir/__init__.py` (lazy, via a .pth hook).

Run in subprocesses: the names are installed when `torch_mlir` is first
imported, and laziness is only observable in a fresh interpreter.
"""

import os
import sysconfig

from compile_test_support import run_python

CHECK_NAMES = """
import sys
import torch_mlir.ir
# The namespace package stays a namespace package, and importing ir is cheap.
assert torch_mlir.__file__ is None, torch_mlir.__file__
assert "torch_mlir.torchscript" not in sys.modules
assert "torch" not in sys.modules
import torch_mlir.fx, torch_mlir.dialects.torch
assert "torch_mlir.torchscript" not in sys.modules

import torch_mlir
from torch_mlir import compiler_utils, torchscript
assert torch_mlir.compile is torchscript.compile
assert torch_mlir.ExampleArgs is torchscript.ExampleArgs
assert torch_mlir.OutputType is compiler_utils.OutputType
assert torch_mlir.TensorPlaceholder is compiler_utils.TensorPlaceholder
from torch_mlir import compile, OutputType
assert compile is torchscript.compile
assert not hasattr(torch_mlir, "no_such_name")
assert "compile" in dir(torch_mlir)
print("ok")
"""


def test_names_in_the_development_layout():
    result = run_python(["-c", CHECK_NAMES])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_compile_through_the_top_level_name(tmp_path):
    script = tmp_path / "use_toplevel.py"
    script.write_text(
        "import torch, torch_mlir\n"
        "class M(torch.nn.Module):\n"
        "    def forward(self, x):\n"
        "        return torch.tanh(x)\n"
        "m = torch_mlir.compile(M(), torch.ones(2, 3), output_type=torch_mlir.OutputType.LINALG_ON_TENSORS)\n"
        "print('linalg.generic' in str(m))\n"
    )
    result = run_python([str(script)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_names_in_the_installed_layout(tmp_path):
    """setup.py's build_py output, used as a site directory of its own."""
    build_lib = tmp_path / "site"
    result = run_python(["setup.py", "-q", "build_py", "--build-lib", str(build_lib)])
    assert result.returncode == 0, result.stderr
    assert (build_lib / "torch_mlir_legacy_names.pth").exists()
    assert not (build_lib / "torch_mlir" / "__init__.py").exists()

    # -S: no .pth processing for the venv (so not the development hook); the
    # venv's packages are still importable, our build is a proper site dir.
    venv_site = sysconfig.get_paths()["purelib"]
    code = (
        f"import sys, site; sys.path.append({venv_site!r}); site.addsitedir({str(build_lib)!r})\n"
        + CHECK_NAMES
        + f"assert torchscript.__file__.startswith({str(build_lib)!r}), torchscript.__file__\n"
    )
    # Other test packages' conftests may have put the source tree on
    # PYTHONPATH; the installed layout must be checked without it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = run_python(["-S", "-c", code], cwd=str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
