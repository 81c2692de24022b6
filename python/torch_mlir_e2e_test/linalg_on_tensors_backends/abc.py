"""The legacy path of the Linalg-on-Tensors backend interface.

It is `torch_mlir._reference_backends.abc`'s.
"""

from torch_mlir._reference_backends.abc import (  # noqa: F401 (re-exported)
    CompiledArtifact,
    Invoker,
    LinalgOnTensorsBackend,
)
