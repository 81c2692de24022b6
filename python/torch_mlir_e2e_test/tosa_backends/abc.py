"""The legacy path of the TOSA backend interface (`torch_mlir._reference_backends.abc`)."""

from torch_mlir._reference_backends.abc import CompiledArtifact, Invoker, TosaBackend  # noqa: F401
