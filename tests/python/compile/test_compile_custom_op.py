"""Custom ops with `extra_library`, and the library generator behind it (docs/COMPATIBILITY.md §4 step 1, §7)."""

import os
import tempfile
from typing import List

import pytest
from compile_test_support import HERE, filecheck, run_python
from custom_op_goofy import LIBRARY, compile_goofy

from torch_mlir import torchscript
from torch_mlir.jit_ir_importer.build_tools.library_generator import (
    generate_library,
    not_present_in_registry,
)

GOOFY_CHECK = 'CHECK: torch.operator "goofy.identity"(%{{.*}}) : (!torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32>'


def test_custom_op_is_kept_with_refined_types():
    filecheck(compile_goofy(), GOOFY_CHECK)


def test_custom_op_in_a_spawned_child():
    result = run_python([os.path.join(HERE, "custom_op_goofy.py")])
    assert result.returncode == 0, result.stderr
    filecheck(result.stdout, GOOFY_CHECK)


def test_generated_library_symbols():
    text = generate_library({f.__name__: f for f in LIBRARY})
    filecheck(
        text,
        """
CHECK-DAG: func.func @__torch_mlir_shape_fn.goofy.identity(
CHECK-DAG: func.func @__torch_mlir_dtype_fn.goofy.identity(
CHECK-DAG: func.func @__torch_mlir_has_value_semantics_fn.goofy.identity(
""",
    )
    assert "〇" not in text and "〡" not in text


def test_canon_extra_library_writes_the_file():
    path = torchscript._canon_extra_library(LIBRARY)
    assert path == os.path.join(tempfile.gettempdir(), "custom_op_extra_library.mlir")
    with open(path) as f:
        assert "__torch_mlir_shape_fn.goofy.identity" in f.read()


def test_signature_mismatch():
    def goofy〇identity〡shape(x: List[int]) -> List[int]:
        return x

    with pytest.raises(ValueError) as info:
        generate_library({"goofy〇identity〡shape": goofy〇identity〡shape})
    assert str(info.value) == (
        "Signature mismatch for 'goofy〇identity〡shape': expected "
        "'def goofy〇identity〡shape(t: List[int]) -> List[int]:', got "
        "'def goofy〇identity〡shape(x: List[int]) -> List[int]:'"
    )


def test_unknown_op():
    def goofy〇nothing〡shape(t: List[int]) -> List[int]:
        return t

    with pytest.raises(ValueError, match=r"^Unable to find op goofy\.nothing in registry$"):
        generate_library({"goofy〇nothing〡shape": goofy〇nothing〡shape})


def test_not_present_in_registry_skips_the_check():
    @not_present_in_registry
    def goofy〇unregistered〡shape(t: List[int]) -> List[int]:
        return t

    text = generate_library({"goofy〇unregistered〡shape": goofy〇unregistered〡shape})
    assert "@__torch_mlir_shape_fn.goofy.unregistered" in text


def test_compile_with_library_to_linalg_fails_only_in_the_backend():
    # The op has no linalg lowering; the torch backend part must still succeed.
    from torch_mlir.compiler_utils import TorchMlirCompilerError

    with pytest.raises(
        TorchMlirCompilerError,
        match="Lowering Torch Backend IR -> Linalg-on-Tensors Backend IR failed",
    ):
        compile_goofy("linalg-on-tensors")
