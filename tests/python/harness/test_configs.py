"""Each config on the sample suite's passing tests, run in process.

The TorchScript-importer configs (linalg, tosa, stablehlo) need
`torch_mlir.torchscript` and its C++ extension; they are skipped with a
reason when that cannot be imported.
"""

from typing import List

import numpy as np
import pytest
import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.configs import (
    FxImporterTestConfig,
    JITImporterTestConfig,
    LinalgOnTensorsBackendTestConfig,
    NativeTorchTestConfig,
    StablehloBackendTestConfig,
    TorchScriptTestConfig,
    TosaBackendTestConfig,
)
from torch_mlir_e2e_test.framework import Test, compile_and_run_test
from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
    RefBackendLinalgOnTensorsBackend,
)
from torch_mlir_e2e_test.registry import GLOBAL_TEST_REGISTRY, load_suite
from torch_mlir_e2e_test.reporting import describe_failure
from torch_mlir_e2e_test.stablehlo_backends.linalg_on_tensors import LinalgOnTensorsStablehloBackend
from torch_mlir_e2e_test.tosa_backends.linalg_on_tensors import LinalgOnTensorsTosaBackend


def _have_torchscript():
    try:
        import torch_mlir.torchscript  # noqa: F401

        return True
    except Exception:
        return False


needs_torchscript = pytest.mark.skipif(
    not _have_torchscript(),
    reason="torch_mlir.torchscript (the JIT importer compile API) is not importable in this build",
)

CONFIGS = {
    "native_torch": NativeTorchTestConfig,
    "torchscript": TorchScriptTestConfig,
    "fx_importer": lambda: FxImporterTestConfig(RefBackendLinalgOnTensorsBackend()),
    "fx_importer_tosa": lambda: FxImporterTestConfig(LinalgOnTensorsTosaBackend(), "tosa"),
    "fx_importer_stablehlo": lambda: FxImporterTestConfig(
        LinalgOnTensorsStablehloBackend(), "stablehlo"
    ),
    "fx_importer_torch_compile": lambda: FxImporterTestConfig(
        RefBackendLinalgOnTensorsBackend(), torch_compile=True
    ),
    "linalg": lambda: JITImporterTestConfig(RefBackendLinalgOnTensorsBackend()),
    "tosa": lambda: JITImporterTestConfig(LinalgOnTensorsTosaBackend(), "tosa"),
    "stablehlo": lambda: JITImporterTestConfig(LinalgOnTensorsStablehloBackend(), "stablehlo"),
}
JIT_CONFIGS = {"linalg", "tosa", "stablehlo"}
CONFIG_PARAMS = [
    pytest.param(n, marks=needs_torchscript) if n in JIT_CONFIGS else n for n in CONFIGS
]
DEFAULT_SAMPLE = [
    "OkAddScaledModule_basic",
    "OkTanhModule_basic",
    "OkTwoResultsModule_int64",
    "OkUint8Module_basic",
]
# Sample tests each config must pass. Kept out, as backend limits rather than
# harness matters: StableHLO's legalize-to-linalg cannot lower the
# dynamic-shape broadcast of OkAddScaledModule, and fx_importer_tosa's
# integer reductions are not exercised. (TOSA's dynamic broadcast needs the
# RefBackend's deallocation pipeline at module level, where it can insert its
# generic dealloc helper: the sample keeps that covered.)
SAMPLE_TESTS = {
    "tosa": DEFAULT_SAMPLE,
    "stablehlo": ["OkTanhModule_basic", "OkTwoResultsModule_int64", "OkUint8Module_basic"],
    "fx_importer_torch_compile": ["OkAddScaledModule_basic", "OkUint8Module_basic"],
    "fx_importer_tosa": ["OkAddScaledModule_basic", "OkTanhModule_basic", "OkUint8Module_basic"],
}


def _sample_tests(config_name):
    load_suite("sample_suite")
    by_name = {t.unique_name: t for t in GLOBAL_TEST_REGISTRY}
    return [by_name[n] for n in SAMPLE_TESTS.get(config_name, DEFAULT_SAMPLE)]


@pytest.mark.parametrize("config_name", CONFIG_PARAMS)
def test_config_passes_sample_tests(config_name):
    factory = CONFIGS[config_name]
    config = factory()
    for test in _sample_tests(config_name):
        result = compile_and_run_test(test, config)
        assert describe_failure(result) == "", f"{test.unique_name} on {config_name}"
        if test.unique_name == "OkUint8Module_basic":
            assert result.trace[0].output.dtype == torch.uint8


@needs_torchscript
def test_legacy_config_names():
    backend = RefBackendLinalgOnTensorsBackend()
    assert LinalgOnTensorsBackendTestConfig(backend).output_type == "linalg-on-tensors"
    assert TosaBackendTestConfig(backend).backend_legal_ops == [
        "aten.flatten.using_ints",
        "aten.native_layer_norm",
        "aten.linear",
    ]
    assert StablehloBackendTestConfig(backend).output_type == "stablehlo"


_SCALAR_RESULT_MODULE = """
func.func @big() -> i64 {
  %c = arith.constant 1099511627776 : i64
  return %c : i64
}
func.func @both(%arg0: tensor<2xi8>) -> (tensor<2xi8>, i64) {
  %c = arith.constant -5 : i64
  return %arg0, %c : tensor<2xi8>, i64
}
"""


def test_refbackend_int64_scalars_and_uint8_results():
    from torch_mlir import ir
    from torch_mlir.dialects import torch as torch_dialect

    with ir.Context() as context:
        torch_dialect.register_dialect(context)
        module = ir.Module.parse(_SCALAR_RESULT_MODULE)
        i64 = ir.IntegerType.get_signless(64)
        # What `record_unsigned_results` would have written for a ui8 result.
        module.operation.attributes["refback.uint8_results"] = ir.DictAttr.get(
            {"both": ir.ArrayAttr.get([ir.IntegerAttr.get(i64, 0)])}
        )
        backend = RefBackendLinalgOnTensorsBackend()
        invoker = backend.load(backend.compile(module))
        assert invoker.big() == 2**40  # the legacy c_int callback gave 0
        array, scalar = invoker.both(np.array([200, 7], dtype=np.uint8))
        assert array.dtype == np.uint8 and array.tolist() == [200, 7] and scalar == -5


def test_refbackend_rejects_unsupported_arguments():
    from torch_mlir import ir

    with ir.Context():
        module = ir.Module.parse(_SCALAR_RESULT_MODULE)
        backend = RefBackendLinalgOnTensorsBackend()
        invoker = backend.load(backend.compile(module))
        with pytest.raises(TypeError, match="Unsupported argument"):
            invoker.both(3)


def _run_program(config_name, module_class, make_inputs):
    """One call of `forward` on `make_inputs(tu)`, through a config, in process."""
    test = Test(
        module_class.__name__.lstrip("_") + "_basic",
        module_class,
        lambda module, tu: module.forward(*make_inputs(tu)),
        timeout_seconds=60,
    )
    return compile_and_run_test(test, CONFIGS[config_name]())


class _ToBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.bfloat16) * 2, x + 1


@needs_torchscript
def test_refbackend_bfloat16_results_come_back_as_bfloat16():
    # The calling convention names bf16 memrefs like f16 ones; the invoker
    # must not hand back float16 values (same bits, other numbers).
    result = _run_program("linalg", _ToBFloat16Module, lambda tu: [tu.rand(2, 3)])
    assert describe_failure(result) == ""
    scaled, shifted = result.trace[0].output
    assert scaled.dtype == torch.bfloat16 and shifted.dtype == torch.float32
    assert torch.equal(scaled, result.golden_trace[0].output[0])


class _ReturnsViewOfArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x[:, None]


@needs_torchscript
def test_refbackend_links_a_returned_strided_view_of_an_argument():
    # Returning a view of an argument makes the deallocation pipeline clone a
    # strided memref; the JIT has no `memrefCopy` to call for that copy.
    result = _run_program("linalg", _ReturnsViewOfArgumentModule, lambda tu: [tu.rand(3, 4)])
    assert describe_failure(result) == ""


class _IntListArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 3], torch.float32, True), None])
    def forward(self, x, shape: List[int]):
        return x.reshape(shape)


def test_fx_config_pipeline_errors_carry_the_mlir_diagnostics():
    # The wheel's pipeline runner leaves MLIR's diagnostics on stderr; the
    # config puts them into the error, where the reports and xfail reasons
    # read them.
    from e2e_testing.xfail_update import reason_from_error

    # The RefBackend's calling convention takes no int (list) arguments.
    result = _run_program("fx_importer", _IntListArgumentModule, lambda tu: [tu.rand(4, 3), [2, 6]])
    error = describe_failure(result)
    assert "error: argument must be a memref of" in error
    assert reason_from_error("FAIL", error).endswith("but got 'i64'")
