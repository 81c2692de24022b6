"""Runs StableHLO IR by lowering it to Linalg-on-Tensors and on to the RefBackend."""

from torch_mlir import ir
from torch_mlir.compiler_utils import run_pipeline_with_repro_report

from .abc import StablehloBackend
from .refbackend import RefBackendLinalgOnTensorsBackend

__all__ = ["LinalgOnTensorsStablehloBackend", "STABLEHLO_TO_LINALG_FUNC_PIPELINE"]

STABLEHLO_TO_LINALG_FUNC_PIPELINE = (
    "builtin.module("
    + ",".join(
        [
            "func.func(stablehlo-aggressive-simplification)",
            "stablehlo-legalize-to-linalg",
            "stablehlo-convert-to-signless",
            "canonicalize",
        ]
    )
    + ")"
)


class LinalgOnTensorsStablehloBackend(StablehloBackend):
    """StableHLO -> Linalg-on-Tensors, then the RefBackend.

    Runtime verification is off here, as in the legacy backend.
    """

    def __init__(self):
        super().__init__()
        self.refbackend = RefBackendLinalgOnTensorsBackend(generate_runtime_verification=False)

    def compile(self, imported_module: ir.Module):
        run_pipeline_with_repro_report(
            imported_module,
            STABLEHLO_TO_LINALG_FUNC_PIPELINE,
            "Lowering STABLEHLO backend contract to Linalg-on-Tensors backend contract",
        )
        return self.refbackend.compile(imported_module)

    def load(self, module):
        return self.refbackend.load(module)
