"""The legacy path of the TOSA reference backend (`torch_mlir._reference_backends.tosa`)."""

from torch_mlir._reference_backends.tosa import (  # noqa: F401 (re-exported)
    TOSA_TO_LINALG_FUNC_PIPELINE,
    LinalgOnTensorsTosaBackend,
)
