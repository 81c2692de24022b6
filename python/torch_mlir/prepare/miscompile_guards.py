"""Guards against forms the core compiles to wrong numbers.

Each rewrite below replaces an op whose lowering in the core gives wrong
values (or a wrong dtype or shape) by an equivalent formulation the core
compiles correctly. They match only the overloads and arguments whose wrong
lowering is known; everything else stays as it was.
"""

import math
import re
from typing import List, Optional, Tuple

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import _constant_int_list, by_schema
from torch_mlir.prepare.decompositions import scripted
from torch_mlir.prepare.dtypes import SCALAR_TYPES, dtype_argument, factory_dtype_code


def _schema(node: torch._C.Node) -> str:
    try:
        return str(node.schema())
    except RuntimeError:
        return ""


def _constant(value: torch._C.Value):
    if value.node().kind() != "prim::Constant":
        raise LookupError
    return value.toIValue()


# --- softshrink -------------------------------------------------------------------


def softshrink(self: Tensor, lambd: float) -> Tensor:
    # As eager's kernel: x - l above l, x + l below -l, x * 0 between (which
    # keeps NaN and the sign of zero), in float32 at least as eager computes
    # float16 and bfloat16: a product with a float32 vector of one 1 widens
    # only those, and changes no shape of a tensor with dims (ones_like
    # would need dynamic sizes, which TOSA cannot take).
    x = self * torch.ones([1], dtype=torch.float32)
    shrunk = torch.where(x > lambd, x - lambd, torch.where(x < -lambd, x + lambd, x * 0))
    return shrunk.to(self.dtype)


def _has_dims(node: torch._C.Node, context) -> bool:
    rank = context.rank_of(node.inputsAt(0))
    return rank is not None and rank > 0


rewrite_softshrink = by_schema("aten::softshrink(", softshrink, _has_dims)


# --- a tensor compared with itself ------------------------------------------------


def equals_itself(self: Tensor, other: Tensor) -> Tensor:
    # False only for NaN (NaN compares false), as x == x.
    return self <= float("inf")


def differs_from_itself(self: Tensor, other: Tensor) -> Tensor:
    # True only for NaN, as x != x.
    return torch.logical_not(self <= float("inf"))


def _same_operands(node: torch._C.Node, context) -> bool:
    return node.inputsAt(0).unique() == node.inputsAt(1).unique()


rewrite_self_equality = by_schema("aten::eq.Tensor(", equals_itself, _same_operands)
rewrite_self_inequality = by_schema("aten::ne.Tensor(", differs_from_itself, _same_operands)


# --- addmm with beta = 0 ------------------------------------------------------------


def addmm_without_input(
    self: Tensor, mat1: Tensor, mat2: Tensor, beta: float, alpha: float
) -> Tensor:
    # With beta = 0 the input contributes nothing, not even its NaNs (it
    # broadcasts to the product's shape, which is the result's).
    return torch.mm(mat1, mat2) * alpha


def _beta_is_zero(node: torch._C.Node, context) -> bool:
    try:
        return _constant(node.inputsAt(3)) == 0
    except LookupError:
        return False


rewrite_addmm_beta_zero = by_schema("aten::addmm(", addmm_without_input, _beta_is_zero)


# --- maximum / minimum with NaN ----------------------------------------------------------


def maximum(self: Tensor, other: Tensor) -> Tensor:
    # NaN wherever either operand is NaN (their sum is then NaN too).
    either_nan = torch.logical_or(torch.isnan(self), torch.isnan(other))
    return torch.where(either_nan, self + other, torch.maximum(self, other))


def minimum(self: Tensor, other: Tensor) -> Tensor:
    either_nan = torch.logical_or(torch.isnan(self), torch.isnan(other))
    return torch.where(either_nan, self + other, torch.minimum(self, other))


def _not_guarded(node: torch._C.Node, context) -> bool:
    """Whether `node` is not already the guarded op of `maximum`/`minimum`:
    its result's one use is a `where` on `isnan(a) or isnan(b)` of its own
    operands (the guard keeps the op, which must not be guarded again)."""
    uses = node.output().uses()
    if len(uses) != 1 or uses[0].user.kind() != "aten::where":
        return True
    condition = uses[0].user.inputsAt(0).node()
    if condition.kind() != "aten::logical_or":
        return True
    tested = [condition.inputsAt(i).node() for i in (0, 1)]
    if any(test.kind() != "aten::isnan" for test in tested):
        return True
    operands = [node.inputsAt(0).unique(), node.inputsAt(1).unique()]
    return [test.inputsAt(0).unique() for test in tested] != operands


rewrite_maximum = by_schema("aten::maximum(", maximum, _not_guarded)
rewrite_minimum = by_schema("aten::minimum(", minimum, _not_guarded)


# --- Python's int modulo --------------------------------------------------------------


def remainder_int(a: int, b: int) -> int:
    # Python's a % b takes the divisor's sign: a - (a // b) * b with the
    # flooring division.
    return a - (a // b) * b


rewrite_remainder_int = by_schema("aten::remainder.int(", remainder_int)


# --- remainder and fmod of tensors ----------------------------------------------------


def _divisor_sign_fixed(r: Tensor, other: Tensor) -> Tensor:
    # eager's remainder kernel: fmod, plus the divisor where the remainder
    # is nonzero and its sign differs from the divisor's (NaN stays NaN).
    wrong_sign = ((r < 0) & (other > 0)) | ((r > 0) & (other < 0))
    return torch.where(wrong_sign, r + other, r)


def remainder_tensor(self: Tensor, other: Tensor) -> Tensor:
    return _divisor_sign_fixed(torch.fmod(self, other), other)


def remainder_by_float(self: Tensor, other: float) -> Tensor:
    # The scalar as a tensor of self's shape (self * 0 is NaN only where
    # self is inf or NaN, where fmod is NaN anyway; no size is queried,
    # which TOSA cannot at dynamic sizes), and the sign test on the scalar
    # itself (the core folds comparisons of a constant divisor tensor with
    # an int to garbage; see rewrite_float_comparison).
    r = torch.fmod(self, self * 0 + other)
    if other < 0:
        return torch.where(r > 0, r + other, r)
    return torch.where(r < 0, r + other, r)


def remainder_by_int(self: Tensor, other: int) -> Tensor:
    r = torch.fmod(self, self * 0 + other)
    # A uint8 tensor takes a negative scalar modulo 256: a positive divisor.
    if other < 0 and self.dtype != torch.uint8:
        return torch.where(r > 0, r + other, r)
    return torch.where(r < 0, r + other, r)


def fmod_by_float(self: Tensor, other: float) -> Tensor:
    return torch.fmod(self, self * 0 + other)


def fmod_by_int(self: Tensor, other: int) -> Tensor:
    return torch.fmod(self, self * 0 + other)


def fmod_broadcast(self: Tensor, other: Tensor) -> Tensor:
    # Each operand broadcast to the other's shape, its values unchanged: a
    # `where` choosing self either way, and other + self * 0 (NaN only where
    # self is inf or NaN, where fmod is NaN anyway). Both promote as fmod
    # itself does.
    return torch.fmod(torch.where(other == other, self, self), other + self * 0)


def _shapes_differ(node: torch._C.Node, context) -> bool:
    # The core's stablehlo fmod does not broadcast: operand types of other
    # ranks or static sizes abort the process ("Failed to infer result
    # type(s)" of stablehlo.divide). Equal types need nothing. A 0-d
    # dividend broadcast by `where` would keep its dtype where fmod takes
    # the divisor's: only with the same dtype known for both.
    first, second = (node.inputsAt(i) for i in (0, 1))
    ranks = [context.rank_of(first), context.rank_of(second)]
    if None in ranks:
        return False
    if ranks[0] == ranks[1]:
        sizes = [context.sizes_of(first), context.sizes_of(second)]
        if None in sizes or list(sizes[0]) == list(sizes[1]):
            return False
    if ranks[0] == 0:
        dtype = context.dtype_of(first)
        return dtype is not None and dtype == context.dtype_of(second)
    return True


# (schema prefix, scalar form) -> the rewrite.
_SCALAR_FORMS = {
    (prefix, form): by_schema(prefix, function)
    for prefix, form, function in (
        ("aten::remainder.Scalar(", "float", remainder_by_float),
        ("aten::remainder.Scalar(", "int", remainder_by_int),
        ("aten::fmod.Scalar(", "float", fmod_by_float),
        ("aten::fmod.Scalar(", "int", fmod_by_int),
    )
}
_remainder_tensor = by_schema("aten::remainder.Tensor(", remainder_tensor)
_fmod_broadcast = by_schema("aten::fmod.Tensor(", fmod_broadcast, _shapes_differ)


def rewrite_remainder(node: torch._C.Node, context) -> bool:
    """remainder(a, b) -> fmod(a, b) plus b where the signs differ (the
    core's stablehlo remainder is fmod); fmod(a, scalar) -> fmod of a tensor
    (the core lowers fmod.Scalar nowhere); fmod of operands of other shapes
    -> fmod of the operands broadcast first."""
    if _remainder_tensor(node, context) or _fmod_broadcast(node, context):
        return True
    schema = _schema(node)
    prefix = next((p for p, _ in _SCALAR_FORMS if schema.startswith(p)), None)
    if prefix is None:
        return False
    dtype = context.dtype_of(node.inputsAt(0))
    if dtype is not None and (dtype == torch.bool or dtype.is_complex):
        return False
    form = {"FloatType": "float", "IntType": "int"}.get(node.inputsAt(1).type().kind())
    return form is not None and _SCALAR_FORMS[prefix, form](node, context)


# --- comparisons of float tensors with int scalars -------------------------------------

_COMPARISONS = tuple(f"aten::{op}.Scalar(" for op in ("eq", "ne", "lt", "le", "gt", "ge"))
# Ops whose result is floating point when one of their tensor operands is.
_FLOAT_PRESERVING = frozenset(
    f"aten::{op}"
    for op in (
        "add",
        "sub",
        "mul",
        "div",
        "neg",
        "abs",
        "relu",
        "clone",
        "contiguous",
        "reshape",
        "view",
        "expand",
        "permute",
        "transpose",
        "t",
        "unsqueeze",
        "squeeze",
        "flatten",
        "tril",
        "triu",
        "detach",
        "exp",
        "tanh",
        "sigmoid",
        "fmod",
        "remainder",
        "where",
    )
)
_FILL_LIKE = frozenset(("aten::zeros_like", "aten::ones_like", "aten::full_like"))


def proven_floating(value: torch._C.Value, context, depth: int = 0) -> bool:
    """Whether tensor `value` is surely floating point: an argument or module
    tensor of a float dtype, a float fill, or a float-preserving op on one."""
    dtype = context.dtype_of(value)
    if dtype is not None:
        return dtype.is_floating_point
    node = value.node()
    kind = node.kind()
    if depth > 16 or node.outputsSize() != 1:
        return False
    if kind in _FILL_LIKE:
        code = dtype_argument(node)
        if code is None:  # the input's dtype
            return proven_floating(node.inputsAt(0), context, depth + 1)
    elif kind == "aten::full" and dtype_argument(node) is None:
        return node.inputsAt(1).type().kind() == "FloatType"  # the fill's type
    else:
        code = factory_dtype_code(node)
    if isinstance(code, int):
        return code in SCALAR_TYPES and SCALAR_TYPES[code].is_floating_point
    if kind in _FLOAT_PRESERVING:
        return any(
            operand.type().kind() == "TensorType" and proven_floating(operand, context, depth + 1)
            for operand in node.inputs()
        )
    return False


def rewrite_float_comparison(node: torch._C.Node, context) -> bool:
    """float_tensor <op> int -> float_tensor <op> float(int): the core's
    canonicalizer folds the comparison of a constant float tensor (a splat:
    zeros_like(x) + 1.5, a buffer of ones) with an int scalar to garbage
    (1.5 > 0 folds to False). A float scalar compares as the int does: both
    convert to the tensor's dtype."""
    if not _schema(node).startswith(_COMPARISONS):
        return False
    scalar = node.inputsAt(1)
    if scalar.type().kind() != "IntType" or scalar.node().kind() != "prim::Constant":
        return False
    if not proven_floating(node.inputsAt(0), context):
        return False
    with context.graph.insert_point_guard(node):
        node.replaceInput(1, context.graph.insertConstant(float(scalar.toIValue())))
    return True


# --- max and min of bool tensors ------------------------------------------------------


def max_of_bools(self: Tensor) -> Tensor:
    return torch.any(self)


def min_of_bools(self: Tensor) -> Tensor:
    return torch.all(self)


def _of_bools(node: torch._C.Node, context) -> bool:
    return context.dtype_of(node.inputsAt(0)) == torch.bool


rewrite_max_of_bools = by_schema("aten::max(Tensor self)", max_of_bools, _of_bools)
rewrite_min_of_bools = by_schema("aten::min(Tensor self)", min_of_bools, _of_bools)


# --- negative tensor indices ---------------------------------------------------------

_INDEX_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8)


def wrapped_index(index: Tensor, size: int) -> Tensor:
    return torch.where(index < 0, index + size, index)


def rewrite_negative_indices(node: torch._C.Node, context) -> bool:
    """x[..., index, ...] (index.Tensor) -> the indices wrapped first,
    index + size where negative: the core's stablehlo gather reads a
    negative index as it is. Needs each wrapped index's int dtype (an
    argument's) and the static size of its dim; the dims before it must be
    known (a None or an int index takes one, a bool mask its rank)."""
    if not _schema(node).startswith("aten::index.Tensor("):
        return False
    listed = node.inputsAt(1).node()
    sizes = context.sizes_of(node.inputsAt(0))
    if listed.kind() != "prim::ListConstruct" or sizes is None:
        return False
    wrapped = []
    dim = 0
    for position, index in enumerate(listed.inputs()):
        if index.type().kind() == "NoneType":
            dim += 1
            continue
        dtype = context.dtype_of(index)
        if dtype == torch.bool and context.rank_of(index) is not None:
            dim += context.rank_of(index)
            continue
        if dtype not in _INDEX_DTYPES:
            break
        if dim < len(sizes) and sizes[dim] is not None:
            wrapped.append((position, index, sizes[dim]))
        dim += 1
    if not wrapped:
        return False
    graph = context.graph
    for position, index, size in wrapped:
        with graph.insert_point_guard(listed):
            fixed = _insert_call(graph, wrapped_index, [index, size])
        listed.replaceInput(position, fixed)
    return True


# --- logcumsumexp -------------------------------------------------------------------


def _log_add_exp(a: Tensor, b: Tensor) -> Tensor:
    # log(exp(a) + exp(b)) without overflow; an infinite maximum is the
    # result (both -inf, or an inf), NaN stays NaN.
    m = torch.maximum(a, b)
    r = m + torch.log1p(torch.exp(-torch.abs(a - b)))
    return torch.where(torch.abs(m) == float("inf"), m, r)


def logcumsumexp_step(y: Tensor, dim: int, offset: int, size: int) -> Tensor:
    # One step of a prefix scan: each element combined with the one
    # `offset` before it (-inf before the start).
    head = torch.full_like(y.narrow(dim, 0, offset), float("-inf"))
    shifted = torch.cat([head, y.narrow(dim, 0, size - offset)], dim)
    return _log_add_exp(y, shifted)


def rewrite_logcumsumexp(node: torch._C.Node, context) -> bool:
    """logcumsumexp(x, dim) -> a prefix scan of log-add-exp, ceil(log2(n))
    steps of offsets 1, 2, 4, ...: the core computes log(cumsum(exp(x))),
    which overflows to inf for x beyond 88 (float32). Needs a constant dim
    of static size and a tensor proven floating point."""
    if not _schema(node).startswith("aten::logcumsumexp(Tensor self, int dim)"):
        return False
    sizes = context.sizes_of(node.inputsAt(0))
    if sizes is None or not proven_floating(node.inputsAt(0), context):
        return False
    try:
        dim = _constant(node.inputsAt(1))
    except LookupError:
        return False
    if not sizes:
        return False  # 0-d: the op returns its input; left as it is
    dim = dim + len(sizes) if dim < 0 else dim
    size = sizes[dim] if 0 <= dim < len(sizes) else None
    if size is None:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        scanned = node.inputsAt(0)
        offset = 1
        while offset < size:
            scanned = _insert_call(graph, logcumsumexp_step, [scanned, dim, offset, size])
            offset *= 2
    node.output().replaceAllUsesWith(scanned)
    node.destroy()
    return True


# --- native_layer_norm ---------------------------------------------------------------


def native_layer_norm(
    input: Tensor,
    normalized_shape: List[int],
    weight: Optional[Tensor],
    bias: Optional[Tensor],
    eps: float,
) -> Tuple[Tensor, Tensor, Tensor]:
    # eager's results: the normalized input (times weight, plus bias), and
    # the mean and 1/std over the normalized dims, kept as dims of size 1.
    dims = [d - len(normalized_shape) for d in range(len(normalized_shape))]
    mean = input.mean(dims, keepdim=True)
    centered = input - mean
    rstd = torch.rsqrt((centered * centered).mean(dims, keepdim=True) + eps)
    out = centered * rstd
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out, mean, rstd


def _full_precision_input(node: torch._C.Node, context) -> bool:
    # float16 and bfloat16 inputs give eager's statistics in another dtype.
    return context.dtype_of(node.inputsAt(0)) in (torch.float32, torch.float64)


rewrite_native_layer_norm = by_schema(
    "aten::native_layer_norm(", native_layer_norm, _full_precision_input
)


# --- clamp with float bounds ---------------------------------------------------------


def clamp_float_bounds(self: Tensor, min: Optional[float], max: Optional[float]) -> Tensor:
    # Float bounds make an integer (or bool) input float32, as eager's type
    # promotion does; `* 1.0` does that and changes no float.
    return torch.clamp(self * 1.0, min, max)


def _has_float_bound(node: torch._C.Node, context) -> bool:
    producer = node.inputsAt(0).node()
    if producer.kind() == "aten::mul" and _is_one(producer.inputsAt(1)):
        return False  # already the guarded form: `clamp(x * 1.0, ...)`
    for bound in list(node.inputs())[1:3]:
        try:
            if isinstance(_constant(bound), float):
                return True
        except LookupError:
            pass
    return False


def _is_one(value: torch._C.Value) -> bool:
    try:
        return _constant(value) == 1.0
    except LookupError:
        return False


rewrite_clamp_float_bounds = by_schema("aten::clamp(", clamp_float_bounds, _has_float_bound)


# --- einsum with an implicit output ---------------------------------------------------------


def explicit_einsum_equation(equation: str) -> Optional[str]:
    """The equation with its implicit output spelled out: the indices that
    appear once, in alphabetical order (after "..." if any operand has
    one); None if the equation has an output already or is not plain."""
    if "->" in equation:
        return None
    operands = equation.replace(" ", "").split(",")
    letters = "".join(operands).replace("...", "")
    if not re.fullmatch(r"[a-zA-Z]*", letters):
        return None
    once = sorted(
        (c for c in set(letters) if letters.count(c) == 1), key=lambda c: (c.islower(), c)
    )
    ellipsis = "..." if any("..." in operand for operand in operands) else ""
    return ",".join(operands) + "->" + ellipsis + "".join(once)


def rewrite_einsum_implicit(node: torch._C.Node, context) -> bool:
    """einsum("kj,ji", ...) -> einsum("kj,ji->ik", ...): the core contracts
    every index of an equation without "->"."""
    if not _schema(node).startswith("aten::einsum("):
        return False
    try:
        equation = _constant(node.inputsAt(0))
    except LookupError:
        return False
    explicit = explicit_einsum_equation(equation) if isinstance(equation, str) else None
    if explicit is None:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        node.replaceInput(0, graph.insertConstant(explicit))
    return True


# --- roll by more than the size ---------------------------------------------------------------


def wrapped_shift(self: Tensor, shift: int, dim: int) -> int:
    # The shift modulo the dim's size (at least 1, for an empty dim), as
    # eager wraps it; correct whichever sign convention % has.
    modulus = max(self.size(dim), 1)
    return ((shift % modulus) + modulus) % modulus


def _int_elements(value: torch._C.Value):
    producer = value.node()
    if producer.kind() == "prim::ListConstruct":
        return list(producer.inputs())
    if producer.kind() == "prim::Constant" and isinstance(value.toIValue(), list):
        return value.toIValue()
    return None


def _insert_call(graph, function, inputs) -> torch._C.Value:
    callee = scripted(function).graph.copy()
    torch._C._jit_pass_inline(callee)
    values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
    (output,) = graph.insertGraph(callee, values)
    return output


def rewrite_roll(node: torch._C.Node, context) -> bool:
    """roll(x, shifts, dims) by constant shifts -> roll by each shift modulo
    its dim's size, which the core does not take (it rolls by the shift as
    given); roll without dims (of the flattened tensor, which the core
    refuses) -> the roll of x.reshape(-1) along dim 0, reshaped back. The
    wrapped shifts are computed at run time; where static sizes fold them
    to constants already in range, the roll is not matched again."""
    if not _schema(node).startswith("aten::roll("):
        return False
    self, shifts_value, dims_value = list(node.inputs())
    shifts, dims = _int_elements(shifts_value), _int_elements(dims_value)
    if not shifts or dims is None or not all(_is_constant_int(s) for s in shifts):
        return False
    if _already_wrapped(self, shifts, dims, context):
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        if not dims and len(shifts) == 1:
            flat = _insert(graph, "aten::reshape", [self, [-1]])
            shift = _insert_call(graph, wrapped_shift, [flat, shifts[0], 0])
            rolled = _insert(graph, "aten::roll", [flat, _int_list(graph, [shift]), [0]])
            sizes = _insert(graph, "aten::size", [self], torch._C.ListType(torch._C.IntType.get()))
            result = _insert(graph, "aten::reshape", [rolled, sizes])
        elif len(shifts) == len(dims):
            wrapped = [
                _insert_call(graph, wrapped_shift, [self, s, d]) for s, d in zip(shifts, dims)
            ]
            result = _insert(graph, "aten::roll", [self, _int_list(graph, wrapped), dims_value])
        else:
            return False
    result.setType(node.output().type())
    node.output().replaceAllUsesWith(result)
    node.destroy()
    return True


def _already_wrapped(self, shifts, dims, context) -> bool:
    """Whether every shift is already in [0, size) of its dim (a rewritten
    roll whose wrapped shifts folded to constants on static sizes)."""
    if not dims or len(dims) != len(shifts):
        return False
    sizes = context.sizes_of(self)
    if sizes is None:
        return False
    for shift, dim in zip(shifts, dims):
        shift = shift.toIValue() if isinstance(shift, torch._C.Value) else shift
        dim = dim.toIValue() if isinstance(dim, torch._C.Value) else dim
        if type(dim) is not int or not -len(sizes) <= dim < len(sizes):
            return False
        size = sizes[dim]
        if size is None or not 0 <= shift < max(size, 1):
            return False
    return True


def _is_constant_int(value) -> bool:
    if isinstance(value, torch._C.Value):
        return value.node().kind() == "prim::Constant" and type(value.toIValue()) is int
    return type(value) is int


def _insert(graph, kind: str, inputs, output_type=None) -> torch._C.Value:
    values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
    created = graph.create(kind, values)
    graph.insertNode(created)
    if output_type is not None:
        created.output().setType(output_type)
    return created.output()


def _int_list(graph, values) -> torch._C.Value:
    listed = graph.create("prim::ListConstruct", values)
    graph.insertNode(listed)
    listed.output().setType(torch._C.ListType(torch._C.IntType.get()))
    return listed.output()


# --- Products with a scalar beyond float16's range -------------------------------------


def mul_wide_scalar(self: Tensor, other: float) -> Tensor:
    # Eager multiplies a float16 tensor by a Python scalar in float32 and
    # rounds once; the core rounds the scalar to float16 first (70000.0
    # becomes inf). In float32 at least (a product with a float32 vector of
    # one 1 widens only narrower floats, and changes no shape of a tensor
    # with dims), then in the dtype the product has.
    # (`x * 1.0` has the dtype `x * other` has, other being a float too.)
    widened = self * torch.ones([1], dtype=torch.float32)
    return (widened * other).to((self * 1.0).dtype)


def _beyond_float16(node: torch._C.Node, context) -> bool:
    try:
        scalar = _constant(node.inputsAt(1))
    except LookupError:
        return False
    rank = context.rank_of(node.inputsAt(0))
    if rank is None or rank == 0 or _is_widened(node.inputsAt(0)):
        return False
    return isinstance(scalar, float) and math.isfinite(scalar) and abs(scalar) > 65504.0


def _is_widened(value: torch._C.Value) -> bool:
    # The product this rewrite makes: of `x * ones([1])`.
    producer = value.node()
    return producer.kind() == "aten::mul" and producer.inputsAt(1).node().kind() == "aten::ones"


rewrite_mul_wide_scalar = by_schema("aten::mul.Scalar(", mul_wide_scalar, _beyond_float16)


# --- conv2d with "same" padding and an even kernel -------------------------------------------


def rewrite_conv_same_even_kernel(node: torch._C.Node, context) -> bool:
    """conv2d(x, w, b, stride, "same", dilation, groups) with a kernel of even
    extent along some dim -> the pad eager applies (the extra row or column
    after, as total // 2 before and the rest after) and a conv without
    padding: the core pads symmetrically and loses that row. Needs the
    weight's static sizes and constant dilation."""
    if not _schema(node).startswith("aten::conv2d.padding("):
        return False
    inputs = list(node.inputs())
    try:
        padding = _constant(inputs[4])
    except LookupError:
        return False
    dilation = _constant_int_list(inputs[5])
    if dilation is None:
        return False
    sizes = context.sizes_of(inputs[1])
    if padding != "same" or sizes is None or len(sizes) != 4 or None in sizes[2:]:
        return False
    dilation = list(dilation) * 2 if len(dilation) == 1 else list(dilation)
    totals = [d * (k - 1) for d, k in zip(dilation, sizes[2:])]
    if all(t % 2 == 0 for t in totals):
        return False  # symmetric: the core's own lowering is right
    pad: List[int] = []
    for total in reversed(totals):  # last dim first
        pad += [total // 2, total - total // 2]
    graph = context.graph
    with graph.insert_point_guard(node):
        padded = _insert(graph, "aten::constant_pad_nd", [inputs[0], pad, 0])
        conv = _insert(
            graph,
            "aten::conv2d",
            [padded, inputs[1], inputs[2], inputs[3], [0, 0], inputs[5], inputs[6]],
        )
    conv.setType(node.output().type())
    node.output().replaceAllUsesWith(conv)
    node.destroy()
    return True


# --- addmm with other factors than 1 --------------------------------------------------------


def addmm_scaled(self: Tensor, mat1: Tensor, mat2: Tensor, beta: float, alpha: float) -> Tensor:
    return self * beta + torch.mm(mat1, mat2) * alpha


def _factors_not_one(node: torch._C.Node, context) -> bool:
    try:
        beta, alpha = _constant(node.inputsAt(3)), _constant(node.inputsAt(4))
    except LookupError:
        return False
    return beta != 0 and (beta, alpha) != (1, 1)


rewrite_addmm_scaled = by_schema("aten::addmm(", addmm_scaled, _factors_not_one)


# --- tanh-approximate GELU ------------------------------------------------------------------


def _gelu_tanh_formula(x: Tensor) -> Tensor:
    # Eager's CPU kernel: kBeta = M_SQRT2 * M_2_SQRTPI * 0.5 (sqrt(2 / pi); the
    # core uses sqrt(7 / 11)), kKappa = 0.044715, the cube as x * x * x.
    inner = (1.4142135623730951 * 1.1283791670955126 * 0.5) * (x + 0.044715 * (x * x * x))
    return 0.5 * x * (1 + torch.tanh(inner))


def gelu_tanh(self: Tensor, approximate: str) -> Tensor:
    # float32 and float64: in the input's dtype.
    return _gelu_tanh_formula(self)


def gelu_tanh_reduced(self: Tensor, approximate: str) -> Tensor:
    # float16 and bfloat16: eager computes in float32 and rounds once.
    return _gelu_tanh_formula(self.to(torch.float32)).to(self.dtype)


def gelu_tanh_widened(self: Tensor, approximate: str) -> Tensor:
    # Dtype unknown, rank > 0: a product with a float32 vector of one 1 widens
    # only float16 and bfloat16 (and changes no shape of a tensor with dims).
    x = self * torch.ones([1], dtype=torch.float32)
    return _gelu_tanh_formula(x).to(self.dtype)


def gelu_tanh_widened_rank0(self: Tensor, approximate: str) -> Tensor:
    # As above for a rank-0 tensor, with a rank-0 float32 one.
    x = self * torch.ones([], dtype=torch.float32)
    return _gelu_tanh_formula(x).to(self.dtype)


_REDUCED_FLOATS = (torch.float16, torch.bfloat16)


def _gelu_tanh_variant(node: torch._C.Node, context):
    """The reference `gelu(x, "tanh")` is replaced by, or None: the input's
    dtype (a float one) or its rank must be known."""
    try:
        if _constant(node.inputsAt(1)) != "tanh":
            return None
    except LookupError:
        return None
    self = node.inputsAt(0)
    dtype = context.dtype_of(self)
    if dtype is not None:
        if not dtype.is_floating_point:
            return None  # eager raises; so does the original op
        return gelu_tanh_reduced if dtype in _REDUCED_FLOATS else gelu_tanh
    rank = context.rank_of(self)
    if rank is None:
        return None
    return gelu_tanh_widened_rank0 if rank == 0 else gelu_tanh_widened


def rewrite_gelu_tanh(node: torch._C.Node, context) -> bool:
    """gelu(x, approximate="tanh") -> eager's formula with sqrt(2 / pi)."""
    if not _schema(node).startswith("aten::gelu("):
        return False
    function = _gelu_tanh_variant(node, context)
    if function is None:
        return False
    return by_schema("aten::gelu(", function)(node, context)


# --- max_pool with ceil_mode ------------------------------------------------------------------


def ceil_mode_extra(size: int, kernel: int, stride: int, padding: int, dilation: int) -> int:
    """How much padding after the input (beyond `padding`) makes the floor-mode
    pool as many windows as the ceil-mode one. PyTorch's ceil-mode count,
    ceil(span / stride) + 1 less one when the last window would start at or
    beyond size + padding, is the smaller of ceil(span / stride) + 1 and the
    number of starts before size + padding (span >= 0 where eager pools)."""
    span = size + 2 * padding - dilation * (kernel - 1) - 1
    windows = min((span + stride - 1) // stride + 1, (size + padding + stride - 1) // stride)
    return max(0, (windows - 1) * stride + dilation * (kernel - 1) + 1 - size - 2 * padding)


def _pool_arguments(inputs, dims: int):
    """kernel, stride, padding, dilation as `dims` ints each, or None."""
    lists = [_constant_int_list(v) for v in inputs[1:5]]
    if any(values is None for values in lists):
        return None
    kernel, stride, padding, dilation = lists
    if not stride:
        stride = kernel
    normalized = []
    for values in (kernel, stride, padding, dilation):
        values = list(values) * dims if len(values) == 1 else list(values)
        if len(values) != dims:
            return None
        normalized.append(values)
    return normalized


def _pad_value(dtype: Optional[torch.dtype]):
    if dtype is None or dtype == torch.bool or dtype.is_complex:
        return None
    if dtype.is_floating_point:
        return -math.inf
    return torch.iinfo(dtype).min


def rewrite_max_pool_ceil_mode(node: torch._C.Node, context) -> bool:
    """max_pool{1,2,3}d(x, k, s, p, d, ceil_mode=True) -> the pool with
    ceil_mode=False of x padded after each pooled dim (with -inf, or the
    integer dtype's minimum) by what the ceil mode adds: the core puts that
    padding before the input and shifts the windows. Needs the input's dtype
    (an argument's), its static sizes along the pooled dims (the core's
    wrong lowering is stablehlo's, whose dynamic pools fail anyway; TOSA
    takes no size of a dynamic dim) and constant pooling arguments."""
    schema = _schema(node)
    dims = {"aten::max_pool1d(": 1, "aten::max_pool2d(": 2, "aten::max_pool3d(": 3}.get(
        schema[: schema.find("(") + 1], 0
    )
    if not dims:
        return False
    inputs = list(node.inputs())
    try:
        if _constant(inputs[5]) is not True:
            return False
    except LookupError:
        return False
    value = _pad_value(context.dtype_of(inputs[0]))
    arguments = _pool_arguments(inputs, dims)
    sizes = context.sizes_of(inputs[0])
    if (
        value is None
        or arguments is None
        or sizes is None
        or len(sizes) not in (dims + 1, dims + 2)
    ):
        return False
    spatial = list(sizes[-dims:])
    if None in spatial:
        return False
    extras = [ceil_mode_extra(size, *pool) for size, *pool in zip(spatial, *arguments)]
    graph = context.graph
    with graph.insert_point_guard(node):
        source = inputs[0]
        if any(extras):
            pad: List[int] = []
            for extra in reversed(extras):  # last dim first
                pad += [0, extra]
            source = _insert(graph, "aten::constant_pad_nd", [source, pad, value])
        pooled = _insert(graph, node.kind(), [source] + inputs[1:5] + [False])
    pooled.setType(node.output().type())
    node.output().replaceAllUsesWith(pooled)
    node.destroy()
    return True
