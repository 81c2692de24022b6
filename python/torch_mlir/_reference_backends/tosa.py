"""Runs TOSA IR by lowering it to Linalg-on-Tensors and on to the RefBackend."""

from torch_mlir import ir
from torch_mlir.compiler_utils import run_pipeline_with_repro_report

from .abc import TosaBackend
from .refbackend import RefBackendLinalgOnTensorsBackend

__all__ = ["LinalgOnTensorsTosaBackend", "TOSA_TO_LINALG_FUNC_PIPELINE"]

# tosa-to-arith runs twice on purpose: the later conversions emit new TOSA
# constants that only it lowers.
TOSA_TO_LINALG_FUNC_PIPELINE = (
    "builtin.module(func.func("
    + ",".join(
        [
            "tosa-to-arith",
            "tosa-to-scf",
            "tosa-optional-decompositions",
            "tosa-to-linalg-named",
            "tosa-to-linalg",
            "tosa-to-tensor",
            "tosa-to-arith",
        ]
    )
    + "))"
)


class LinalgOnTensorsTosaBackend(TosaBackend):
    """TOSA -> Linalg-on-Tensors, then the RefBackend (runtime verification on)."""

    def __init__(self):
        super().__init__()
        self.refbackend = RefBackendLinalgOnTensorsBackend()

    def compile(self, imported_module: ir.Module):
        run_pipeline_with_repro_report(
            imported_module,
            TOSA_TO_LINALG_FUNC_PIPELINE,
            "Lowering TOSA backend contract to Linalg-on-Tensors backend contract",
        )
        return self.refbackend.compile(imported_module)

    def load(self, module):
        return self.refbackend.load(module)
