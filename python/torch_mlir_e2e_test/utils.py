"""Turning `annotate_args` metadata into compile-time argument placeholders."""

from torch_mlir.compiler_utils import TensorPlaceholder

from .annotations import TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME


def convert_annotations_to_placeholders(forward_method):
    """One `TensorPlaceholder` per annotated argument of `forward_method`.

    Entry 0 of the annotations describes `self` and is skipped. Raises
    `AttributeError` when the method has no annotations.
    """
    annotations = getattr(forward_method, TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME)
    placeholders = []
    for annotation in annotations[1:]:
        if not annotation[2]:
            raise ValueError("Can only compile inputs annotated as having value semantics.")
        placeholders.append(TensorPlaceholder(annotation[0], annotation[1]))
    return placeholders
