"""The legacy path of the RefBackend (`torch_mlir._reference_backends.refbackend`)."""

from torch_mlir._reference_backends.refbackend import (  # noqa: F401 (re-exported)
    LOWERING_PIPELINE,
    UNSIGNED_RESULTS_ATTR,
    RefBackendInvoker,
    RefBackendLinalgOnTensorsBackend,
    lowering_pipeline,
    record_unsigned_results,
)
