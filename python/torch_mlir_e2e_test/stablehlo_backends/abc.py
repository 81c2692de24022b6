"""The legacy path of the StableHLO backend interface (`torch_mlir._reference_backends.abc`)."""

from torch_mlir._reference_backends.abc import (  # noqa: F401 (re-exported)
    CompiledArtifact,
    Invoker,
    StablehloBackend,
)
