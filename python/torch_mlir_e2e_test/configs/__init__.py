"""The test configs: how a program is compiled and how its trace is replayed.

Only the configs that this package supports are imported here; none of them
needs onnx, torchvision or the lazy-tensor backend. The TorchScript-based
configs import `torch_mlir.torchscript` only when they compile a program.
The ops each config keeps undecomposed are in `torch_mlir._pipelines`.
"""

from .fx_importer_backend import FxImporterTestConfig
from .jit_importer_backend import (
    JITImporterTestConfig,
    LinalgOnTensorsBackendTestConfig,
    StablehloBackendTestConfig,
    TosaBackendTestConfig,
)
from .native_torch import NativeTorchTestConfig
from .torchscript import TorchScriptTestConfig

__all__ = [
    "FxImporterTestConfig",
    "JITImporterTestConfig",
    "LinalgOnTensorsBackendTestConfig",
    "NativeTorchTestConfig",
    "StablehloBackendTestConfig",
    "TorchScriptTestConfig",
    "TosaBackendTestConfig",
]
