"""Decorators that tell the e2e harness what a test module exports and how
its arguments are shaped.

The metadata is stored on the function object itself so that it survives
`torch.jit.script` and can be read back by
`torch_mlir.jit_ir_importer.torchscript_annotations.extract_annotations`.
"""

from typing import List, Optional, Tuple

import torch

TORCH_MLIR_EXPORT_ATTR_NAME = "_torch_mlir_export"
TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME = "_torch_mlir_arg_annotations"

# (shape, dtype, has_value_semantics); -1 in the shape marks a dynamic dim.
ArgAnnotation = Tuple[List[int], torch.dtype, bool]


def export(fn):
    """Mark a method as part of the compiled program's public surface."""
    setattr(fn, TORCH_MLIR_EXPORT_ATTR_NAME, True)
    return fn


def annotate_args(annotations: List[Optional[ArgAnnotation]]):
    """Attach argument annotations (including one for `self`) to a method.

    The list is stored unchanged; it is validated when it is applied to a
    `ClassAnnotator`.
    """

    def decorator(fn):
        setattr(fn, TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME, annotations)
        return fn

    return decorator
