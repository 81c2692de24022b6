"""What the core is asked to do for each output type, in one place.

Two facts live here and nowhere else: which ops each backend contract keeps
instead of decomposing them (`BACKEND_LEGAL_OPS`), and which of the core's
pass pipelines lower the IR (`torch_backend_pipeline`, `BACKEND_LOWERINGS`).
`torch_mlir.torchscript.compile`, the e2e configs, `torch_mlir.migration`
and the benchmarks all read them, so that they lower a program the same way.

This module only depends on `compiler_utils.OutputType`: every layer may
import it.
"""

from typing import Dict, List, NamedTuple, Sequence

from torch_mlir.compiler_utils import OutputType

# Ops each backend lowers better itself than after decomposition: the
# defaults of `compile(backend_legal_ops=None)` and what the TorchScript e2e
# configs pass explicitly.
BACKEND_LEGAL_OPS: Dict[OutputType, List[str]] = {
    OutputType.TOSA: [
        "aten.flatten.using_ints",
        "aten.native_layer_norm",
        "aten.linear",
    ],
    OutputType.LINALG_ON_TENSORS: [
        "aten.flatten.using_ints",
        "aten.adaptive_avg_pool1d",
        "aten.adaptive_avg_pool2d",
        "aten.unflatten.int",
    ],
    OutputType.STABLEHLO: [
        "aten.amax",
        "aten.amin",
        "aten.randn.generator",
        "aten.normal_functional",
        "aten.fmod.Tensor",
    ],
}

# The pt2 path (torch.export + the FX importer) keeps other ops: the ones its
# e2e config passes to `fx.export_and_import`, per output type.
FX_IMPORTER_BACKEND_LEGAL_OPS: Dict[OutputType, List[str]] = {
    OutputType.LINALG_ON_TENSORS: ["aten.adaptive_max_pool2d"],
}

# TorchScript object graph -> torch backend IR.
TORCH_BACKEND_DESCRIPTION = "Lowering TorchScript IR -> Torch Backend IR"


def torch_backend_pipeline(legal_ops: Sequence[str], extra_library_path: str) -> str:
    """The object graph -> torch backend pipeline with its two options.

    Both options are always spelled out, even when empty, with one space
    between them, as `torch_mlir.compile` always passed them.
    """
    options = (
        "{backend-legal-ops=" + ",".join(legal_ops) + " extra-library=" + extra_library_path + "}"
    )
    return f"builtin.module(torchscript-module-to-torch-backend-pipeline{options})"


class BackendLowering(NamedTuple):
    """Torch backend IR -> one backend's IR."""

    pipeline: str
    # Names the step in a TorchMlirCompilerError.
    description: str
    # Printed before the result when verbose.
    header: str


# Identical to what the wheel's `compiler_utils.lower_mlir_module` runs
# (tests/python/compile/test_compile_backend_lowering.py checks it), which
# cannot be told to use our pipeline runner. TORCH and RAW have no lowering.
BACKEND_LOWERINGS: Dict[OutputType, BackendLowering] = {
    OutputType.TOSA: BackendLowering(
        "builtin.module(torch-backend-to-tosa-backend-pipeline)",
        "Lowering Torch Backend IR -> TOSA Backend IR",
        "TOSA Backend IR",
    ),
    OutputType.LINALG_ON_TENSORS: BackendLowering(
        "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline{allow-non-finites=True})",
        "Lowering Torch Backend IR -> Linalg-on-Tensors Backend IR",
        "LINALG Backend IR",
    ),
    OutputType.STABLEHLO: BackendLowering(
        "builtin.module(torch-backend-to-stablehlo-backend-pipeline{allow-non-finites=True})",
        "Lowering Torch Backend IR -> StableHLO Backend IR",
        "StableHLO Backend IR",
    ),
}
