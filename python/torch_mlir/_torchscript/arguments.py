"""`compile`'s arguments: example arguments, output type, legal ops, extra library.

Each check raises the error a caller can act on (the old messages where
callers match them), before any work is done. The example arguments then
become the class annotations the importer reads.
"""

import collections.abc
import difflib
import os
import tempfile
from typing import Dict, List, Optional, Sequence, Union

import torch

from torch_mlir._pipelines import BACKEND_LEGAL_OPS
from torch_mlir.compiler_utils import OutputType, TensorPlaceholder
from torch_mlir.jit_ir_importer import ClassAnnotator
from torch_mlir.jit_ir_importer.build_tools.library_generator import generate_library

_example_arg = Union[TensorPlaceholder, torch.Tensor]
_example_args_for_one_method = Union[_example_arg, Sequence[_example_arg]]
_example_args = Union[_example_args_for_one_method, "ExampleArgs"]


class ExampleArgs:
    """Example arguments for each method to compile, by method name."""

    def __init__(self):
        self._example_args: Dict[str, tuple] = {}

    def add_method(
        self, method_name: str, example_args: _example_args_for_one_method
    ) -> "ExampleArgs":
        """Adds the example args of `method_name`; returns self so calls chain."""
        if method_name in self._example_args:
            # Raised explicitly (not `assert`) so that it also holds under -O.
            raise AssertionError(f"Method '{method_name}' was already added")
        self._example_args[method_name] = ExampleArgs._canonicalize_args(example_args)
        return self

    @staticmethod
    def get(example_args: _example_args) -> "ExampleArgs":
        """`example_args` if it is an ExampleArgs, else the args of `forward`."""
        if isinstance(example_args, ExampleArgs):
            return example_args
        return ExampleArgs().add_method("forward", example_args)

    @staticmethod
    def _canonicalize_args(example_args: _example_args_for_one_method) -> tuple:
        # A single tensor, placeholder (or a dict, which is not a Sequence)
        # stands for a one-argument list.
        if not isinstance(example_args, collections.abc.Sequence):
            example_args = [example_args]
        for arg in example_args:
            if not isinstance(arg, (TensorPlaceholder, torch.Tensor)):
                raise Exception(
                    "Only Tensor's, TensorPlaceholder's, or sequences of "
                    "Tensor's and TensorPlaceholder's are supported as example "
                    f"args for method inputs. Got '{arg}'."
                )
        return tuple(example_args)

    def _get_methods(self) -> List[str]:
        return list(self._example_args.keys())

    def _get_for_annotation(self) -> Dict[str, List[TensorPlaceholder]]:
        result = {}
        for method_name, example_args in self._example_args.items():
            result[method_name] = [
                TensorPlaceholder.like(arg) if isinstance(arg, torch.Tensor) else arg
                for arg in example_args
            ]
        return result

    def _get_for_tracing(self, use_tracing: bool, ignore_traced_shapes: bool) -> Dict[str, tuple]:
        result = {}
        for method_name, example_args in self._example_args.items():
            result[method_name] = tuple(
                _concrete_arg_for_tracing(arg, ignore_traced_shapes) if use_tracing else arg
                for arg in example_args
            )
        return result


def _concrete_arg_for_tracing(arg: _example_arg, ignore_traced_shapes: bool):
    if not isinstance(arg, TensorPlaceholder):
        return arg
    if not ignore_traced_shapes:
        raise Exception(
            "TensorPlaceholder can only be used with tracing when `ignore_traced_shapes=True`"
        )
    # Any size works for a dynamic dim since the traced shapes are ignored;
    # 7 is unlikely to coincide with a static size and be specialized on.
    shape = [7 if size == -1 else size for size in arg.shape]
    if not shape:
        # Legacy quirk, kept: an int64 scalar whatever the placeholder's dtype.
        return torch.tensor(1)
    return torch.ones(*shape, dtype=arg.dtype)


def canon_extra_library(
    extra_library, extra_library_file_name="custom_op_extra_library.mlir"
) -> str:
    """Writes the library of `extra_library`'s functions to a file; returns its path.

    Returns "" when there are no functions.
    """
    functions = {function.__name__: function for function in extra_library}
    if not functions:
        return ""
    path = os.path.join(tempfile.gettempdir(), extra_library_file_name)
    with open(path, "w") as f:
        f.write(generate_library(functions))
    return path


def legal_ops(backend_legal_ops: Optional[Sequence[str]], output_type) -> List[str]:
    """The checked, sorted op names; None means the output type's defaults."""
    if backend_legal_ops is None:
        return list(BACKEND_LEGAL_OPS.get(output_type, []))
    if isinstance(backend_legal_ops, (str, bytes)):
        raise TypeError(
            "backend_legal_ops must be a list of op names, got the string "
            f"{backend_legal_ops!r}: pass [{backend_legal_ops!r}]"
        )
    for name in backend_legal_ops:
        _check_legal_op_name(name)
    return sorted(set(backend_legal_ops))


def _check_legal_op_name(name) -> None:
    """A registered TorchScript operator, spelled as the core matches it:
    "<namespace>.<op>" for its overload-less form, else "<namespace>.<op>.<overload>"."""
    if not isinstance(name, str):
        raise TypeError(f"backend_legal_ops must hold op names (str), got {name!r}")
    parts = name.split(".")
    if len(parts) not in (2, 3) or not all(parts):
        raise ValueError(
            f"backend_legal_ops: {name!r} is not an op name such as 'aten.linear' "
            "or 'aten.flatten.using_ints'"
        )
    operator = f"{parts[0]}::{parts[1]}"
    overloads = [s.overload_name for s in torch._C._jit_get_schemas_for_operator(operator)]
    if not overloads:
        known = [str(s.name).replace("::", ".") for s in torch._C._jit_get_all_schemas()]
        close = difflib.get_close_matches(f"{parts[0]}.{parts[1]}", set(known), n=1)
        raise ValueError(
            f"backend_legal_ops: unknown op {name!r} (no operator {operator} is registered)"
            + (f"; did you mean {close[0]!r}?" if close else "")
        )
    overload = parts[2] if len(parts) == 3 else ""
    if overload not in overloads:
        spelled = ", ".join(repr(".".join(filter(None, parts[:2] + [o]))) for o in overloads)
        raise ValueError(
            f"backend_legal_ops: {name!r} names no overload of {operator}; its ops are {spelled}"
        )


# The names `output_type` accepts, as documented (the enum's values).
_OUTPUT_TYPE_NAMES = {
    name: OutputType(name) for name in ("raw", "torch", "linalg-on-tensors", "tosa", "stablehlo")
}


def output_type_of(output_type) -> OutputType:
    """`output_type` as an OutputType; a ValueError with a suggestion otherwise."""
    if isinstance(output_type, OutputType):
        return output_type
    if isinstance(output_type, str):
        # The enum's member names (LINALG_ON_TENSORS) keep working too.
        found = _OUTPUT_TYPE_NAMES.get(output_type.lower().replace("_", "-"))
        if found is not None:
            return found
    names = ", ".join(f'"{name}"' for name in _OUTPUT_TYPE_NAMES)
    given = str(output_type).lower()
    close = [name for name in _OUTPUT_TYPE_NAMES if given and name.startswith(given)]
    close = close or difflib.get_close_matches(given, _OUTPUT_TYPE_NAMES, n=1)
    raise ValueError(
        f"output_type must be an OutputType or one of {names}; got {output_type!r}"
        + (f' (did you mean "{close[0]}"?)' if close else "")
    )


def class_annotator_for(
    scripted, example_args: ExampleArgs, bound_defaults: Dict[str, list]
) -> ClassAnnotator:
    """Exports the requested methods of the root class, with their argument types."""
    class_annotator = ClassAnnotator()
    root_type = scripted._c._type()
    class_annotator.exportNone(root_type)
    for method_name, placeholders in example_args._get_for_annotation().items():
        class_annotator.exportPath(root_type, [method_name])
        # `None` annotates `self`; every tensor argument has value semantics.
        # Parameters bound to their defaults by the preparation step have
        # no annotation (the prepared graph has no such parameter).
        bound = bound_defaults.get(f"{root_type.qualified_name()}.{method_name}", [])
        annotations = (
            [None] + [(p.shape, p.dtype, True) for p in placeholders] + [None] * len(bound)
        )
        class_annotator.annotateArgs(root_type, [method_name], annotations)
    return class_annotator


def argument_types(scripted, example_args: ExampleArgs) -> Dict[str, list]:
    """Each compiled method's example argument types, for the preparation step
    (None for a placeholder whose shape or dtype is malformed: the importer
    reports those)."""
    qualified_type = scripted._c._type().qualified_name()
    return {
        f"{qualified_type}.{method_name}": [_tensor_type(p) for p in placeholders]
        for method_name, placeholders in example_args._get_for_annotation().items()
    }


def _tensor_type(placeholder: TensorPlaceholder):
    shape, dtype = placeholder.shape, placeholder.dtype
    if not isinstance(dtype, torch.dtype) or not all(
        isinstance(size, int) and not isinstance(size, bool) for size in shape
    ):
        return None
    sizes = [None if size == -1 else size for size in shape]
    return torch._C.TensorType.get().with_dtype(dtype).with_sizes(sizes)
