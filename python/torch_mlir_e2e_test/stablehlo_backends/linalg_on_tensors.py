"""The legacy path of the StableHLO reference backend.

It is `torch_mlir._reference_backends.stablehlo`'s.
"""

from torch_mlir._reference_backends.stablehlo import (  # noqa: F401 (re-exported)
    STABLEHLO_TO_LINALG_FUNC_PIPELINE,
    LinalgOnTensorsStablehloBackend,
)
