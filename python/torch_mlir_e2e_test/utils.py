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
    for position, annotation in enumerate(annotations[1:], start=1):
        if annotation is None:
            raise ValueError(
                f"Argument {position} of {forward_method.__qualname__} has no shape/dtype "
                "annotation: the TorchScript compile path takes tensor arguments only "
                "(annotate_args entry `None`, e.g. a list, tuple, dict or scalar argument)"
            )
        if not annotation[2]:
            raise ValueError("Can only compile inputs annotated as having value semantics.")
        placeholders.append(TensorPlaceholder(annotation[0], annotation[1]))
    return placeholders
