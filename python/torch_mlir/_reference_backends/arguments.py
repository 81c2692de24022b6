"""The RefBackend invoker's argument checks: the compiled signature, recorded
before lowering, against the numpy arrays a caller passes.

After lowering, a public function takes unranked memrefs (`memref<*xf32>`):
the JIT code casts each one to the ranked type it was compiled for, and with
runtime verification a mismatch aborts the process; without it, a wrong
shape reads out of bounds and a wrong dtype is reinterpreted bit by bit
(float64 read as float32 is garbage). So `record_argument_types` keeps the
Linalg-on-Tensors argument types (`tensor<?x8xf32>`) in a module attribute,
and the invoker refuses, before the call, an argument whose count, rank,
static dims or dtype differ, with a `ValueError` naming it.

`memref_descriptor` passes an accepted array with the canonical row-major
strides of its shape. numpy does not: a transposed array is strided, and even
a C-contiguous array may carry other strides for dims of size 1 or 0 (numpy
gives every dim of an empty array stride 0); the JIT code's cast verifies all
strides, so those aborted too.
"""

import ctypes
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from torch_mlir import ir
from torch_mlir.runtime import UnrankedMemRefDescriptor, get_ranked_memref_descriptor

__all__ = [
    "ARGUMENT_TYPES_ATTR",
    "ArgumentSpec",
    "check_arguments",
    "memref_descriptor",
    "read_argument_specs",
    "record_argument_types",
]

# Module attribute: {public func name -> [argument types]}.
ARGUMENT_TYPES_ATTR = "refback.argument_types"

# Element type -> the numpy dtypes an argument of that type may have. The
# torch-to-backend lowering erases signedness (ui8 becomes i8), so an i8
# argument accepts both 8-bit integer dtypes.
_ELEMENT_DTYPES = {
    "f16": (np.float16,),
    "f32": (np.float32,),
    "f64": (np.float64,),
    "i1": (np.bool_,),
    # bf16 arguments arrive as int16 views of their bits (numpy has no
    # bfloat16; see bfloat16_arguments).
    "bf16": (np.int16,),
    "i8": (np.int8, np.uint8),
    "ui8": (np.uint8,),
    "i16": (np.int16,),
    "i32": (np.int32,),
    "i64": (np.int64,),
    "complex<f32>": (np.complex64,),
    "complex<f64>": (np.complex128,),
}


@dataclass(frozen=True)
class ArgumentSpec:
    """What one argument of a compiled function must be."""

    type_text: str  # e.g. "tensor<?x8xf32>"
    shape: Optional[Tuple[Optional[int], ...]]  # None dims are dynamic; None: unranked
    dtypes: Optional[Tuple[type, ...]]  # None: not checked (not a known element type)

    def describe(self) -> str:
        parts = [self.type_text]
        if self.shape is not None:
            dims = ", ".join("?" if d is None else str(d) for d in self.shape)
            parts.append(f"shape [{dims}]")
        if self.dtypes is not None:
            parts.append("dtype " + " or ".join(np.dtype(d).name for d in self.dtypes))
        return parts[0] + (" (" + ", ".join(parts[1:]) + ")" if len(parts) > 1 else "")

    def mismatch(self, array: np.ndarray) -> Optional[str]:
        """Why `array` does not fit, or None."""
        if self.dtypes is not None and array.dtype.type not in self.dtypes:
            return "dtype"
        if self.shape is None:
            return None
        if array.ndim != len(self.shape):
            return "rank"
        for dim, (expected, given) in enumerate(zip(self.shape, array.shape)):
            if expected is not None and expected != given:
                return f"size of dim {dim}"
        return None


def _public_functions(module: ir.Module):
    for op in module.body.operations:
        if op.operation.name == "func.func" and "sym_visibility" not in op.attributes:
            yield ir.StringAttr(op.attributes["sym_name"]).value, op


def record_argument_types(module: ir.Module) -> None:
    """Remember the argument types of each public function of `module`.

    Call this on Linalg-on-Tensors IR, before the RefBackend lowering turns
    every argument into an unranked memref; the invoker reads them back.
    """
    with module.context:
        table = {}
        for name, op in _public_functions(module):
            function_type = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            table[name] = ir.ArrayAttr.get([ir.TypeAttr.get(t) for t in function_type.inputs])
        module.operation.attributes[ARGUMENT_TYPES_ATTR] = ir.DictAttr.get(table)


def _spec_of(type_: ir.Type) -> ArgumentSpec:
    text = str(type_)
    type_ = type_.maybe_downcast()
    if isinstance(type_, ir.RankedTensorType):
        ranked = type_
        shape = tuple(None if ir.ShapedType.is_dynamic_size(d) else d for d in ranked.shape)
        return ArgumentSpec(text, shape, _ELEMENT_DTYPES.get(str(ranked.element_type)))
    if isinstance(type_, ir.UnrankedTensorType):
        element = str(type_.element_type)
        return ArgumentSpec(text, None, _ELEMENT_DTYPES.get(element))
    return ArgumentSpec(text, None, None)


def read_argument_specs(module: ir.Module) -> Dict[str, List[ArgumentSpec]]:
    """{function name -> its argument specs}; {} for a module lowered without
    `record_argument_types`."""
    attributes = module.operation.attributes
    if ARGUMENT_TYPES_ATTR not in attributes:
        return {}
    table = ir.DictAttr(attributes[ARGUMENT_TYPES_ATTR])
    return {
        table[i].name: [_spec_of(ir.TypeAttr(t).value) for t in ir.ArrayAttr(table[i].attr)]
        for i in range(len(table))
    }


def _describe_array(array: np.ndarray) -> str:
    return f"an array of shape {list(array.shape)} and dtype {array.dtype}"


def check_arguments(
    function_name: str,
    args: Sequence[object],
    specs: Optional[List[ArgumentSpec]],
    supported_dtypes,
) -> List[np.ndarray]:
    """The arguments as arrays the JIT code can read, or an exception.

    TypeError for something that is not a numpy array of a supported dtype;
    ValueError (naming the argument, the expected and the given type) for a
    wrong count, rank, static dim or dtype. `specs` None (no recorded
    signature) checks only the dtypes.
    """
    if specs is not None and len(args) != len(specs):
        expected = ", ".join(spec.type_text for spec in specs) or "none"
        raise ValueError(
            f"{function_name}() takes {len(specs)} argument(s) ({expected}), got {len(args)}"
        )
    arrays = []
    for position, arg in enumerate(args):
        if not isinstance(arg, np.ndarray) or arg.dtype.type not in supported_dtypes:
            raise TypeError(
                f"Unsupported argument for the RefBackend: argument {position} of "
                f"{function_name}() is a {type(arg).__name__}"
                + (f" of dtype {arg.dtype}" if isinstance(arg, np.ndarray) else "")
                + "; pass numpy arrays"
            )
        spec = specs[position] if specs is not None else None
        what = spec.mismatch(arg) if spec is not None else None
        if what is not None:
            raise ValueError(
                f"argument {position} of {function_name}() has the wrong {what}: expected "
                f"{spec.describe()}, got {_describe_array(arg)}"
            )
        arrays.append(_readable(arg))
    return arrays


def _readable(array: np.ndarray) -> np.ndarray:
    # The JIT code reads native-endian, aligned, row-major memory.
    if not array.dtype.isnative:
        array = array.astype(array.dtype.newbyteorder("="))
    if not (array.flags.c_contiguous and array.flags.aligned):
        array = array.copy(order="C")
    return array


def memref_descriptor(array: np.ndarray) -> UnrankedMemRefDescriptor:
    """An unranked memref descriptor of a C-contiguous `array`, with the
    canonical strides of its shape (see the module docstring)."""
    ranked = get_ranked_memref_descriptor(array)
    if array.ndim:
        strides, stride = [], 1
        for size in reversed(array.shape):
            strides.append(stride)
            stride *= size
        ranked.strides = (ctypes.c_longlong * array.ndim)(*reversed(strides))
    descriptor = UnrankedMemRefDescriptor()
    descriptor.rank = array.ndim
    descriptor.descriptor = ctypes.cast(ctypes.pointer(ranked), ctypes.c_void_p)
    # The ranked descriptor must live as long as the unranked one.
    descriptor._ranked = ranked
    return descriptor
