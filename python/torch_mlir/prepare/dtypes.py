"""Dtypes that eager derives from the arguments, spelled out for the core.

* `torch.arange` of ints without a dtype is int64 in eager. The core infers
  the sizes of an arange from constant bounds only when its dtype is given;
  without one the result has a dynamic size, and the TOSA and StableHLO
  conversions then fail on the casts between static and dynamic shapes
  (cross_entropy's one-hot classes, `torch.arange(x.size(1))`).
* `t.dtype` of a tensor a factory op just made with a constant dtype is that
  dtype. Folding it lets the allocation die when nothing else reads it
  (`t = torch.empty(0, dtype=...); torch.arange(2, 7, out=t)` once the out=
  form is functional), which TOSA has no lowering for.
"""

import torch

_INT64 = 4

_ARANGE_SCALARS = {
    "aten::arange(Scalar end, *, ScalarType? dtype=None": 1,
    "aten::arange.start(Scalar start, Scalar end, *, ScalarType? dtype=None": 2,
    "aten::arange.start_step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None": 3,
}

# Factory ops whose `dtype` argument, when None, means the default dtype.
_FACTORIES = frozenset(
    {"aten::empty", "aten::zeros", "aten::ones", "aten::full", "aten::rand", "aten::randn"}
)


# Factories whose dtype=None means the default dtype (`full` takes its fill
# value's instead).
_DEFAULT_DTYPE_FACTORIES = _FACTORIES - {"aten::full"}
# ScalarType codes (c10::ScalarType), as TorchScript graphs spell dtypes, of
# the dtypes the rewrites reason about; and their inverse.
SCALAR_TYPES = {
    0: torch.uint8,
    1: torch.int8,
    2: torch.int16,
    3: torch.int32,
    4: torch.int64,
    5: torch.float16,
    6: torch.float32,
    7: torch.float64,
    11: torch.bool,
    15: torch.bfloat16,
}
SCALAR_TYPE_CODES = {dtype: code for code, dtype in SCALAR_TYPES.items()}


def _is_none(value: torch._C.Value) -> bool:
    return value.node().kind() == "prim::Constant" and value.type().kind() == "NoneType"


def arange_of_ints_as_int64(node: torch._C.Node, context) -> bool:
    """aten::arange(ints..., dtype=None) -> the same with dtype=torch.int64."""
    schema = str(node.schema())
    scalars = next((n for prefix, n in _ARANGE_SCALARS.items() if schema.startswith(prefix)), None)
    if scalars is None:
        return False
    inputs = list(node.inputs())
    if not all(v.type().kind() == "IntType" for v in inputs[:scalars]):
        return False
    dtype = inputs[scalars]
    if not _is_none(dtype):
        return False
    with context.graph.insert_point_guard(node):
        node.replaceInput(scalars, context.graph.insertConstant(_INT64))
    return True


def dtype_argument(node: torch._C.Node):
    """The `dtype` argument of `node`: its ScalarType code when a constant
    int, None when the constant None, "unknown" otherwise (no such
    argument, or computed)."""
    try:
        dtype = node.namedInput("dtype")
    except RuntimeError:
        return "unknown"
    if dtype.node().kind() != "prim::Constant":
        return "unknown"
    if dtype.type().kind() == "IntType":
        return dtype.toIValue()
    return None if dtype.type().kind() == "NoneType" else "unknown"


def factory_dtype_code(factory: torch._C.Node):
    """The ScalarType code of the tensor factory op `factory` makes, when its
    constant dtype argument (or the default dtype, for None) fixes it."""
    if factory.kind() not in _FACTORIES:
        return None
    code = dtype_argument(factory)
    if code is None and factory.kind() in _DEFAULT_DTYPE_FACTORIES:
        # No dtype: the default dtype (which the compiled program fixes, as
        # the core's own dtype functions do).
        return SCALAR_TYPE_CODES.get(torch.get_default_dtype())
    return code if isinstance(code, int) else None


def fold_dtype_of_factory(node: torch._C.Node, context) -> bool:
    """prim::dtype(t) -> the constant dtype the factory op that made `t` was
    given."""
    (tensor,) = node.inputs()
    folded = factory_dtype_code(tensor.node())
    if folded is None:
        return False
    with context.graph.insert_point_guard(node):
        constant = context.graph.insertConstant(folded)
    node.output().replaceAllUsesWith(constant)
    node.destroy()
    return True


_UINT8 = 0
_TO_DTYPE = "aten::to.dtype(Tensor(a) self, ScalarType dtype"


def constant_int(value: torch._C.Value):
    if value.node().kind() == "prim::Constant" and value.type().kind() == "IntType":
        return value.toIValue()
    return None


def uint8_cast_through_int64(node: torch._C.Node, context) -> bool:
    """x.to(torch.uint8) -> x.to(torch.int64).to(torch.uint8).

    The core converts floats to ui8 with a signed conversion to i8, undefined
    above 127: the compiled code saturates some lanes at 127 (a float 195.9
    becomes 127, where eager gives 195). Through int64 every value eager
    converts (in [0, 256), and the wrap of negative ones) gets eager's bits,
    whatever the source dtype: ints and bools widen exactly, and the
    int64 -> uint8 step truncates as eager's integer casts do.
    """
    if not str(node.schema()).startswith(_TO_DTYPE):
        return False
    source, dtype = list(node.inputs())[:2]
    if constant_int(dtype) != _UINT8:
        return False
    producer = source.node()
    if producer.kind() == "aten::to" and constant_int(list(producer.inputs())[1]) == _INT64:
        return False  # already rewritten
    rest = list(node.inputs())[2:]
    with context.graph.insert_point_guard(node):
        widened = context.graph.create(
            "aten::to", [source, context.graph.insertConstant(_INT64)] + rest
        )
        context.graph.insertNode(widened)
    widened.output().setType(torch._C.TensorType.get())
    node.replaceInput(0, widened.output())
    return True
