"""Every error `compile` raises, with its message, in the documented order (docs/COMPATIBILITY.md §4)."""

import os
import re

import pytest
import torch
from compile_test_models import ComplexAbs, EnumMethod, NotScriptable, TanhModule, Unsupported

from torch_mlir.compiler_utils import TorchMlirCompilerError
from torch_mlir.torchscript import ExampleArgs, TensorPlaceholder, compile


def test_bad_output_type_string():
    with pytest.raises(ValueError) as info:
        compile(TanhModule(), torch.ones(2), output_type="llvm")
    # The documented (dashed) names, not the legacy message's enum names.
    assert str(info.value) == (
        'output_type must be an OutputType or one of "raw", "torch", "linalg-on-tensors", '
        '"tosa", "stablehlo"; got \'llvm\''
    )


def test_output_type_is_checked_before_example_args():
    with pytest.raises(ValueError):
        compile(TanhModule(), "not a tensor", output_type="llvm")


def test_bad_example_arg():
    with pytest.raises(Exception, match=r"^Only Tensor's, TensorPlaceholder's, .* Got '3'\.$"):
        compile(TanhModule(), [torch.ones(2), 3])


def test_dict_example_arg():
    with pytest.raises(Exception, match=re.escape("Got '{'a': tensor(3.)}'.")):
        compile(TanhModule(), {"a": torch.tensor(3.0)})


def test_ignore_traced_shapes_requires_use_tracing():
    with pytest.raises(Exception) as info:
        compile(TanhModule(), torch.ones(2), ignore_traced_shapes=True)
    assert str(info.value) == "`ignore_traced_shapes` requires `use_tracing`"


def test_placeholder_with_tracing_requires_ignore_traced_shapes():
    with pytest.raises(Exception) as info:
        compile(TanhModule(), TensorPlaceholder([-1], torch.float32), use_tracing=True)
    assert str(info.value) == (
        "TensorPlaceholder can only be used with tracing when `ignore_traced_shapes=True`"
    )


def test_script_module_without_the_requested_method():
    scripted = torch.jit.script(TanhModule())
    with pytest.raises(Exception) as info:
        compile(scripted, ExampleArgs().add_method("cos", torch.ones(2)))
    assert str(info.value) == (
        "Model does not have exported method 'cos', requested in `example_args`. "
        "Consider adding `@torch.jit.export` to the method definition."
    )


def test_duplicate_method():
    with pytest.raises(AssertionError):
        ExampleArgs().add_method("forward", torch.ones(1)).add_method("forward", torch.ones(1))


def test_scripting_errors_propagate_unchanged():
    with pytest.raises(RuntimeError, match="has no attribute or method 'numpy'"):
        compile(NotScriptable(), torch.ones(2))


def test_importer_failure_is_wrapped():
    with pytest.raises(Exception) as info:
        compile(EnumMethod(), torch.ones(2))
    assert type(info.value) is Exception
    message = str(info.value)
    assert message.startswith(
        "\nPyTorch TorchScript module -> torch-mlir Object Graph IR import failed with:\n"
        "### Importer C++ Exception:\n"
    )
    assert (
        "unsupported type in function schema: 'Enum<__torch__.compile_test_models.Color>'"
        in message
    )
    assert "\n### Importer Diagnostics:\n" in message
    # No chained traceback: the wrapper is raised `from None`.
    assert info.value.__suppress_context__


def _repro_path(message):
    match = re.search(r"^\$ torch-mlir-opt -pass-pipeline='(.*)' (\S+)$", message, re.M)
    assert match, message
    return match.group(1), match.group(2)


def test_torchscript_pipeline_failure_has_repro():
    with pytest.raises(TorchMlirCompilerError) as info:
        compile(Unsupported(), torch.ones(4))
    message = str(info.value)
    assert message.startswith(
        "Lowering TorchScript IR -> Torch Backend IR failed with the following diagnostics:\n"
    )
    pipeline, path = _repro_path(message)
    assert pipeline == (
        "builtin.module(torchscript-module-to-torch-backend-pipeline"
        "{backend-legal-ops= extra-library=})"
    )
    assert path.endswith("Unsupported.mlir") and os.path.exists(path)
    with open(path) as f:
        repro = f.read()
    # The repro is the module as it was before the pipeline: the object graph.
    assert "torch.nn_module" in repro and "loc(" in repro
    assert "Add '-mlir-print-ir-after-all -mlir-disable-threading' to get the IR dump" in message


def test_backend_pipeline_failure_has_repro():
    try:
        compile(ComplexAbs(), torch.ones(2, dtype=torch.complex64), output_type="tosa")
    except TorchMlirCompilerError as e:
        message = str(e)
        assert message.startswith("Lowering Torch Backend IR -> TOSA Backend IR failed")
        pipeline, _ = _repro_path(message)
        assert pipeline == "builtin.module(torch-backend-to-tosa-backend-pipeline)"
    else:
        pytest.fail("expected the TOSA lowering of a complex abs to fail")


def test_extra_library_is_generated_before_other_checks():
    def aten〇nonexistent_op〡shape(x: list) -> list:  # noqa: E741
        return x

    with pytest.raises(ValueError, match=r"^Unable to find op aten\.nonexistent_op in registry$"):
        compile(
            TanhModule(),
            "bad args",
            output_type="bad type",
            extra_library=[aten〇nonexistent_op〡shape],
        )
