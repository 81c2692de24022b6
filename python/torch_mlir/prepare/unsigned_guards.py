"""Guards for uint8 tensors, which the core's TOSA lowering reads as int8.

TOSA has no unsigned integers: the core converts a `ui8` tensor to a signless
`i8` one, and every op that interprets the bits then treats 200 as -56. Casts
to wider types sign-extend (`x.to(torch.int64)`, `x.float()`), reductions and
comparisons order signed (`torch.max`, `x < 128`) and sums accumulate the
negative values; type promotion with a wider operand casts the same way.
Additions, subtractions and products in uint8 itself are right (they wrap
modulo 256 either way), and so are casts to int8 and bool.

`widened(x)` is `x.to(torch.int32) & 255`: in eager the mask changes nothing
(a uint8 value is below 256), on TOSA it clears the bits the sign extension
set. Each rewrite below reads a uint8 tensor through it, which costs one
bitwise and on the other backends. They fire only where the tensor is known
to be uint8: an argument of a compiled method whose example argument is
(`RewriteContext.dtype_of`), a module tensor no method assigns, or the result
of a cast to uint8.

Eager's type promotion decides what a binary op computes (see
`_promotion_plan`): with a wider result dtype the uint8 operand is read
through `widened` in that dtype; with a uint8 result, orderings (and
maximum, minimum and rounding divisions, whose result is then cast back to
uint8) read every operand as eager does, modulo 256, in int16. True division
converts its integer operands to float32 from their own dtypes.
"""

from typing import List, Optional, Sequence, Tuple

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import by_schema
from torch_mlir.prepare.dtypes import SCALAR_TYPE_CODES, SCALAR_TYPES, constant_int
from torch_mlir.prepare.miscompile_guards import _insert_call

_UINT8, _INT32 = 0, 3
# Casts from uint8 that the sign extension makes wrong: to the wider ints and
# to the floats (int8 keeps the bits, bool tests them against zero).
_WIDER = frozenset({2, 3, 4, 5, 6, 7, 15})
_TO_DTYPE = "aten::to.dtype(Tensor(a) self, ScalarType dtype"


def known_dtype(value: torch._C.Value, context) -> Optional[torch.dtype]:
    """The dtype of tensor `value` when it is known: from the example
    arguments and module tensors, or a cast to a constant dtype."""
    if value.type().kind() != "TensorType":
        return None
    producer = value.node()
    if producer.kind() == "prim::GetAttr" and producer.s("name") in context.assigned_attributes:
        return None  # a method may store a tensor of another dtype there
    dtype = context.dtype_of(value)
    if dtype is not None:
        return dtype
    if _schema(producer).startswith(_TO_DTYPE):
        return SCALAR_TYPES.get(constant_int(producer.inputsAt(1)))
    return None


def is_uint8(value: torch._C.Value, context) -> bool:
    """Whether tensor `value` is known to be uint8."""
    return known_dtype(value, context) == torch.uint8


def _schema(node: torch._C.Node) -> str:
    try:
        return str(node.schema())
    except RuntimeError:
        return ""


def _is_mask(node: torch._C.Node) -> bool:
    # The `& 255` of `widened`.
    return node.kind() == "aten::__and__" and constant_int(node.inputsAt(1)) == 255


# --- The reference implementations ----------------------------------------------------


def widened(x: Tensor) -> Tensor:
    return x.to(torch.int32) & 255


def cast_from_uint8(
    self: Tensor, dtype: int, non_blocking: bool, copy: bool, memory_format: Optional[int]
) -> Tensor:
    return widened(self).to(
        dtype=dtype, non_blocking=non_blocking, copy=copy, memory_format=memory_format
    )


def sum_uint8(self: Tensor, dtype: Optional[int]) -> Tensor:
    # Without a dtype the sum of uint8 (and of int32) is int64; with one,
    # both convert the same values to it first.
    return torch.sum(widened(self), dtype=dtype)


def sum_dims_uint8(
    self: Tensor, dim: Optional[List[int]], keepdim: bool, dtype: Optional[int]
) -> Tensor:
    return torch.sum(widened(self), dim, keepdim, dtype=dtype)


def max_uint8(self: Tensor) -> Tensor:
    return torch.max(widened(self)).to(torch.uint8)


def min_uint8(self: Tensor) -> Tensor:
    return torch.min(widened(self)).to(torch.uint8)


def max_dim_uint8(self: Tensor, dim: int, keepdim: bool) -> Tuple[Tensor, Tensor]:
    values, indices = torch.max(widened(self), dim, keepdim)
    return values.to(torch.uint8), indices


def min_dim_uint8(self: Tensor, dim: int, keepdim: bool) -> Tuple[Tensor, Tensor]:
    values, indices = torch.min(widened(self), dim, keepdim)
    return values.to(torch.uint8), indices


def amax_uint8(self: Tensor, dim: List[int], keepdim: bool) -> Tensor:
    return torch.amax(widened(self), dim, keepdim).to(torch.uint8)


def amin_uint8(self: Tensor, dim: List[int], keepdim: bool) -> Tensor:
    return torch.amin(widened(self), dim, keepdim).to(torch.uint8)


def widened_to(x: Tensor, dtype: int) -> Tensor:
    return widened(x).to(dtype)


# --- The rewrites --------------------------------------------------------------------


def _reads_uint8(node: torch._C.Node, context) -> bool:
    return is_uint8(node.inputsAt(0), context)


def _widening_cast(node: torch._C.Node, context) -> bool:
    if constant_int(node.inputsAt(1)) not in _WIDER or not _reads_uint8(node, context):
        return False
    # `widened`'s own cast, once inserted.
    return not (
        constant_int(node.inputsAt(1)) == _INT32
        and all(_is_mask(use.user) for use in node.output().uses())
    )


_REDUCTIONS = [
    ("aten::sum(Tensor self, *, ScalarType? dtype=None)", sum_uint8),
    ("aten::sum.dim_IntList(", sum_dims_uint8),
    ("aten::max(Tensor self) ->", max_uint8),
    ("aten::min(Tensor self) ->", min_uint8),
    ("aten::max.dim(", max_dim_uint8),
    ("aten::min.dim(", min_dim_uint8),
    ("aten::amax(", amax_uint8),
    ("aten::amin(", amin_uint8),
]

rewrite_uint8_cast = by_schema(_TO_DTYPE, cast_from_uint8, _widening_cast)
rewrite_uint8_reductions = [
    by_schema(prefix, function, _reads_uint8) for prefix, function in _REDUCTIONS
]

# Binary ops by what their result is: the promoted dtype of the operands
# (arithmetic; extrema and rounding divisions, which also order), bool
# (equality; orderings), or float (true division).
_ARITHMETIC = (
    "aten::add.Tensor(",
    "aten::sub.Tensor(",
    "aten::mul.Tensor(",
    "aten::add.Scalar(",
    "aten::sub.Scalar(",
    "aten::mul.Scalar(",
    "aten::eq.Tensor(",
    "aten::ne.Tensor(",
    "aten::eq.Scalar(",
    "aten::ne.Scalar(",
)
_ORDERINGS = (
    "aten::lt.Tensor(",
    "aten::le.Tensor(",
    "aten::gt.Tensor(",
    "aten::ge.Tensor(",
    "aten::lt.Scalar(",
    "aten::le.Scalar(",
    "aten::gt.Scalar(",
    "aten::ge.Scalar(",
)
_EXTREMA = ("aten::maximum(", "aten::minimum(", "aten::max.other(", "aten::min.other(")
_DIVISIONS = ("aten::div.Tensor(", "aten::div.Scalar(")
_DIVISIONS_WITH_MODE = ("aten::div.Tensor_mode(", "aten::div.Scalar_mode(")
_SCALAR_EXAMPLES = {"IntType": 1, "FloatType": 1.0, "BoolType": True}


def _op_class(node: torch._C.Node, schema: str) -> Optional[str]:
    if schema.startswith(_ARITHMETIC):
        return "arithmetic"
    if schema.startswith(_ORDERINGS):
        return "ordering"
    if schema.startswith(_EXTREMA):
        return "extremum"
    if schema.startswith(_DIVISIONS):
        return "division"
    if schema.startswith(_DIVISIONS_WITH_MODE):
        mode = node.inputsAt(2)
        if mode.node().kind() != "prim::Constant":
            return None
        # rounding_mode=None is true division; "floor" and "trunc" compute
        # in the promoted dtype (and agree on values that are not negative).
        return "division" if mode.toIValue() is None else "extremum"
    return None


def _promotion_plan(op_class: str, examples: Sequence) -> Optional[Tuple[torch.dtype, bool]]:
    """(the dtype to compute in, whether every operand is read modulo 256),
    or None when the op reads its uint8 operands right as they are.

    `examples` are a tensor of each tensor operand's dtype and rank and a
    Python scalar of each scalar operand's kind, from which torch.result_type
    gives eager's promotion (rank-0 tensors and scalars promote differently)."""
    promoted = torch.result_type(*examples)
    if op_class == "division":
        # True division converts each operand to float from its own dtype
        # (uint8 200 is 200.0 even where the promoted dtype is int8); int32
        # converts to float32 exactly, as uint8 does.
        return (promoted, False) if promoted.is_floating_point else (torch.int32, False)
    if promoted == torch.int8:
        return None  # a rank-0 uint8 with int8: eager reads the bits as int8
    if promoted != torch.uint8:
        return promoted, False
    # uint8 result: additions, subtractions, products and equalities are
    # right in int8's bits; orderings need the unsigned values, of the other
    # operands too, which eager converts to uint8 (300 is 44, -1 is 255).
    return None if op_class == "arithmetic" else (torch.int16, True)


def rewrite_uint8_promotion(node: torch._C.Node, context) -> bool:
    """A binary op with a uint8 operand that it reads as a wider value (its
    promoted dtype is wider, it orders, or it divides) -> the same op on that
    operand read through `widened` in the dtype it is computed in. Where eager
    computes in uint8 and orders, every operand is read modulo 256 (a
    constant int folded so) in int16, and a uint8 result is cast back."""
    schema = _schema(node)
    op_class = _op_class(node, schema)
    if op_class is None:
        return False
    operands = [node.inputsAt(0), node.inputsAt(1)]
    unsigned = [is_uint8(v, context) for v in operands]
    if not any(unsigned):
        return False
    examples = []
    for value in operands:
        kind = value.type().kind()
        if kind == "TensorType":
            dtype, rank = known_dtype(value, context), context.rank_of(value)
            if dtype is None or rank is None:
                return False
            examples.append(torch.zeros([1] * rank, dtype=dtype))
        elif kind in _SCALAR_EXAMPLES:
            examples.append(_SCALAR_EXAMPLES[kind])
        else:
            return False
    plan = _promotion_plan(op_class, examples)
    if plan is None:
        return False
    compute, modulo_256 = plan
    code = SCALAR_TYPE_CODES.get(compute)
    if code is None:
        return False  # complex: not guarded
    replacements = []
    for index, value in enumerate(operands):
        if unsigned[index] or (modulo_256 and value.type().kind() == "TensorType"):
            replacements.append((index, value))
        elif modulo_256 and value.type().kind() == "IntType":
            constant = constant_int(value)
            if constant is None:
                return False  # the wrap of a run-time int is not written here
            replacements.append((index, constant & 255))
    graph = context.graph
    with graph.insert_point_guard(node):
        for index, value in replacements:
            if isinstance(value, int):
                read = graph.insertConstant(value)
            else:
                read = _insert_call(graph, widened_to, [value, code])
            node.replaceInput(index, read)
    if modulo_256 and op_class == "extremum":
        _cast_result_to_uint8(graph, node)
    return True


def _cast_result_to_uint8(graph: torch._C.Graph, node: torch._C.Node) -> None:
    result = node.output()
    with graph.insert_point_guard(node):
        arguments = [graph.insertConstant(v) for v in (_UINT8, False, False, None)]
    cast = graph.create("aten::to", [result] + arguments)
    cast.insertAfter(node)
    cast.output().setType(result.type())
    result.replaceAllUsesWith(cast.output())
    # The cast itself reads the op's result.
    cast.replaceInput(0, result)
