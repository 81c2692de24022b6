"""Object-graph IR -> torch backend IR -> backend IR, in place.

The pipelines are those of `torch_mlir._pipelines`; they run through
`run_pipeline_with_lazy_repro_report`, which writes a repro file only when a
pipeline fails (and forks a child under `isolate=True`).
"""

from typing import Sequence

from torch_mlir._core_crashes import is_constant_true, refuse_what_the_core_crashes_on
from torch_mlir._lazy_repro import run_pipeline_with_lazy_repro_report
from torch_mlir._pipelines import (
    BACKEND_LOWERINGS,
    TORCH_BACKEND_DESCRIPTION,
    torch_backend_pipeline,
)
from torch_mlir.compiler_utils import OutputType


def lower_to_torch_backend(
    module, legal_ops: Sequence[str], extra_library_path: str, enable_ir_printing: bool
):
    """The object graph -> torch backend IR (one public func per exported method)."""
    run_pipeline_with_lazy_repro_report(
        module,
        torch_backend_pipeline(legal_ops, extra_library_path),
        TORCH_BACKEND_DESCRIPTION,
        enable_ir_printing=enable_ir_printing,
    )
    _erase_dead_operations(module)
    return module


# Allocations that read nothing and write nothing but their own result.
_ALLOCATIONS = frozenset({"torch.aten.empty.memory_format"})


def _erase_dead_operations(module) -> None:
    """Erases the allocations nothing uses from torch backend IR. The core's
    decomposition of batch_norm in inference allocates its unused
    save_mean/save_invstd after the last shape refinement (so they stay
    `!torch.vtensor<[?],f32>`), and its canonicalizer keeps them: ResNet-50's
    torch backend IR had 106 of them, the only values that were not fully
    shaped.

    Also erases the runtime assertions whose condition the core folded to
    True (the checks of `prepare/checks.py` on sizes that became static): no
    backend but linalg-on-tensors lowers `torch.runtime.assert`."""
    unused = []
    stack = [module.operation]
    while stack:
        for region in stack.pop().regions:
            for block in region.blocks:
                for op in block.operations:
                    if op.name in _ALLOCATIONS and not any(
                        True for result in op.results for _ in result.uses
                    ):
                        unused.append(op)
                    elif op.name == "torch.runtime.assert" and is_constant_true(op.operands[0]):
                        unused.append(op)
                    elif len(op.regions):
                        stack.append(op)
    for op in unused:
        op.erase()


def lower_to_backend(verbose: bool, output_type: OutputType, module):
    """Torch backend IR -> `output_type`'s IR; prints as `lower_mlir_module` does."""
    if verbose:
        print("\n====================")
        print("Torch Backend IR")
        print(module)
    refuse_what_the_core_crashes_on(module, output_type)
    return lower_torch_backend_to(output_type, module, verbose)


def lower_torch_backend_to(output_type: OutputType, module, verbose: bool = False):
    """Runs `output_type`'s pipeline of `BACKEND_LOWERINGS` on torch backend IR;
    when verbose, prints the pipeline's header and the result."""
    if output_type == OutputType.TORCH:
        return module
    if output_type not in BACKEND_LOWERINGS:
        raise Exception(f"Unknown OutputType: {output_type}")
    pipeline, description, header = BACKEND_LOWERINGS[output_type]
    run_pipeline_with_lazy_repro_report(module, pipeline, description)
    if verbose:
        print("\n====================")
        print(header)
        print(module)
    return module
