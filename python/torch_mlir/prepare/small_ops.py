"""Forms of small ATen ops the core cannot lower, in ones it can.

Each rewrite matches one overload, and the arguments its formulation covers
(constant flags, known ranks); anything else stays for the core as before.
"""

import math
from typing import List, Optional

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import (
    _constant_int_list,
    _list_elements,
    by_schema,
    insert_inlined,
)


def _schema(node: torch._C.Node) -> str:
    try:
        return str(node.schema())
    except RuntimeError:
        return ""


def _constant(value: torch._C.Value):
    if value.node().kind() != "prim::Constant":
        raise LookupError
    return value.toIValue()


def _with_constants(node: torch._C.Node, context, function, extra) -> bool:
    graph = context.graph
    with graph.insert_point_guard(node):
        values = [graph.insertConstant(v) for v in extra]
    insert_inlined(graph, node, function, list(node.inputs()) + values)
    return True


# --- Scalars ----------------------------------------------------------------------


def not_bool(a: bool) -> bool:
    # The core lowers Int.bool and eq.int (not __not__, nor eq.bool).
    return int(a) == 0


rewrite_not = by_schema("aten::__not__(", not_bool)


def len_tensor(self: Tensor) -> int:
    # len of a tensor is its first size (both raise for a 0-d tensor).
    return self.size(0)


rewrite_len_tensor = by_schema("aten::len.Tensor(", len_tensor)


# --- Ops with a dtype argument ------------------------------------------------------


def cumprod_in_dtype(self: Tensor, dim: int, dtype: int) -> Tensor:
    # With a dtype, eager converts the input first.
    return torch.cumprod(self.to(dtype), dim)


def log_softmax_in_dtype(self: Tensor, dim: int, dtype: int) -> Tensor:
    return torch.log_softmax(self.to(dtype), dim)


def softmax_in_dtype(self: Tensor, dim: int, dtype: int) -> Tensor:
    return torch.softmax(self.to(dtype), dim)


def _dtype_given(position: int):
    def accepts(node: torch._C.Node, context) -> bool:
        return node.inputsAt(position).type().kind() != "NoneType"

    return accepts


rewrite_cumprod_dtype = by_schema("aten::cumprod(", cumprod_in_dtype, _dtype_given(2))
rewrite_log_softmax_dtype = by_schema(
    "aten::log_softmax.int(", log_softmax_in_dtype, _dtype_given(2)
)
rewrite_softmax_dtype = by_schema("aten::softmax.int(", softmax_in_dtype, _dtype_given(2))


def cumsum_rank0(self: Tensor, dim: int, dtype: Optional[int]) -> Tensor:
    # A 0-d tensor's cumsum is the tensor, with cumsum's dtype rules
    # (integers become int64): the cumsum of it as a vector of one.
    return torch.cumsum(self.reshape([1]), 0, dtype=dtype).reshape([])


def _rank0(node: torch._C.Node, context) -> bool:
    return context.rank_of(node.inputsAt(0)) == 0


rewrite_cumsum_rank0 = by_schema("aten::cumsum(", cumsum_rank0, _rank0)


# --- Integer ops ------------------------------------------------------------------------


def _small_shift(node: torch._C.Node, context) -> bool:
    try:
        shift = _constant(node.inputsAt(1))
    except LookupError:
        return False
    return isinstance(shift, int) and 0 <= shift < 63


def rewrite_shift(node: torch._C.Node, context) -> bool:
    """x << k and x >> k of an integer tensor by a constant k -> x * 2**k
    (which wraps as the shift does) and the flooring division by 2**k (the
    arithmetic shift)."""
    schema = _schema(node)
    if not schema.startswith(("aten::__lshift__.Scalar(", "aten::__rshift__.Scalar(")):
        return False
    if not _small_shift(node, context):
        return False
    factor = 2 ** _constant(node.inputsAt(1))
    if schema.startswith("aten::__lshift__"):
        return _with_constants(node, context, _left_shift, [factor])
    return _with_constants(node, context, _right_shift, [factor])


def _left_shift(self: Tensor, shift: int, factor: int) -> Tensor:
    return self * factor


def _right_shift(self: Tensor, shift: int, factor: int) -> Tensor:
    return torch.div(self, factor, rounding_mode="floor")


# --- xlogy ---------------------------------------------------------------------------------


def xlogy(self: Tensor, other: Tensor) -> Tensor:
    # As eager: NaN where y is NaN, else 0 where x is 0 (even for y = 0 or
    # inf), else x * log(y).
    product = self * torch.log(other)
    return torch.where(torch.isnan(other), math.nan, torch.where(self == 0, 0.0, product))


rewrite_xlogy = by_schema("aten::xlogy.Tensor(", xlogy)


# --- Losses and norms -----------------------------------------------------------------------


def bce_with_logits(
    self: Tensor,
    target: Tensor,
    weight: Optional[Tensor],
    pos_weight: Optional[Tensor],
    reduction: int,
) -> Tensor:
    # -[p t log s(x) + (1 - t) log(1 - s(x))] with log s(x) written stably:
    # log s(x) = -(log1p(exp(-|x|)) + max(-x, 0)).
    softplus_neg = torch.log1p(torch.exp(-torch.abs(self))) + torch.clamp_min(-self, 0)
    if pos_weight is not None:
        log_weight = (pos_weight - 1) * target + 1
        losses = (1 - target) * self + log_weight * softplus_neg
    else:
        losses = (1 - target) * self + softplus_neg
    if weight is not None:
        losses = losses * weight
    if reduction == 0:
        return losses
    if reduction == 2:
        return losses.sum()
    return losses.mean()


def _reduction_constant(position: int):
    def accepts(node: torch._C.Node, context) -> bool:
        try:
            return _constant(node.inputsAt(position)) in (0, 1, 2)
        except LookupError:
            return False

    return accepts


rewrite_bce_with_logits = by_schema(
    "aten::binary_cross_entropy_with_logits(", bce_with_logits, _reduction_constant(4)
)


def linear_scalar_bias(input: Tensor, weight: Tensor, bias: Tensor) -> Tensor:
    return torch.nn.functional.linear(input, weight) + bias


def _bias_rank0(node: torch._C.Node, context) -> bool:
    return context.rank_of(node.inputsAt(2)) == 0


rewrite_linear_scalar_bias = by_schema("aten::linear(", linear_scalar_bias, _bias_rank0)


def rms_norm(
    input: Tensor,
    normalized_shape: List[int],
    weight: Optional[Tensor],
    eps: Optional[float],
    dims: List[int],
    epsilon: float,
) -> Tensor:
    # As eager: in float32 at least, rounded once to the input's dtype. A
    # product with a float32 vector of one 1 widens only narrower floats
    # and, the input having a normalized dim, changes no shape (ones_like
    # would need the input's dynamic sizes, which TOSA cannot take).
    x = input * torch.ones([1], dtype=torch.float32)
    normalized = x * torch.rsqrt((x * x).mean(dims, keepdim=True) + epsilon)
    if weight is not None:
        normalized = normalized * weight
    return normalized.to(input.dtype)


def rewrite_rms_norm(node: torch._C.Node, context) -> bool:
    """aten::rms_norm with constant normalized_shape and eps -> eager's
    formula (the core leaves it backend-illegal). Without eps, eager takes
    the dtype's epsilon, which the rank-only analysis here does not know:
    left alone."""
    if not _schema(node).startswith("aten::rms_norm("):
        return False
    shape = _constant_int_list(node.inputsAt(1))
    try:
        eps = _constant(node.inputsAt(3))
    except LookupError:
        return False
    if shape is None or not isinstance(eps, float):
        return False
    dims = [-(i + 1) for i in range(len(shape))]
    return _with_constants(node, context, rms_norm, [dims, eps])


# --- Padding ---------------------------------------------------------------------------------


def _int_list_attribute(value: torch._C.Value, context) -> Optional[List[int]]:
    """The int list a `self.<name>` that only this op reads holds (as
    nn.Conv*'s `_reversed_padding_repeated_twice` for a circular
    padding_mode), when no method assigns it."""
    producer = value.node()
    if producer.kind() != "prim::GetAttr" or len(value.uses()) != 1:
        return None
    owner = context.object_of(producer.input())
    name = producer.s("name")
    if owner is None or name in context.assigned_attributes or not owner.hasattr(name):
        return None
    held = owner.getattr(name)
    if isinstance(held, list) and all(type(v) is int for v in held):
        return list(held)
    return None


def _pad_amounts(node: torch._C.Node, context):
    rank = context.rank_of(node.inputsAt(0))
    pad = _constant_int_list(node.inputsAt(1))
    if pad is None:
        pad = _int_list_attribute(node.inputsAt(1), context)
    if rank is None or pad is None or len(pad) % 2 or len(pad) // 2 > rank:
        return None
    return rank, pad


def rewrite_circular_pad(node: torch._C.Node, context) -> bool:
    """pad(x, pads, "circular") with constant non-negative pads -> for each
    padded dim, the cat of its last `low` entries, x and its first `high`
    entries (the core leaves aten.pad backend-illegal)."""
    if not _schema(node).startswith("aten::pad("):
        return False
    try:
        if _constant(node.inputsAt(2)) != "circular":
            return False
    except LookupError:
        return False
    amounts = _pad_amounts(node, context)
    if amounts is None or any(p < 0 for p in amounts[1]):
        return False
    rank, pad = amounts
    graph = context.graph
    result = node.inputsAt(0)
    with graph.insert_point_guard(node):
        for i in range(len(pad) // 2):
            low, high = pad[2 * i], pad[2 * i + 1]
            dim = rank - 1 - i
            result = _insert_call(graph, _circular, [result, dim, low, high])
    result.setType(node.output().type())
    node.output().replaceAllUsesWith(result)
    node.destroy()
    return True


def _circular(self: Tensor, dim: int, low: int, high: int) -> Tensor:
    size = self.size(dim)
    return torch.cat([self.narrow(dim, size - low, low), self, self.narrow(dim, 0, high)], dim)


def rewrite_negative_constant_pad(node: torch._C.Node, context) -> bool:
    """constant_pad_nd with negative (cropping) constant amounts -> a narrow
    per cropped dim, then the pad by the non-negative amounts (the core's
    lowering takes negative offsets as an error)."""
    if not _schema(node).startswith("aten::constant_pad_nd("):
        return False
    amounts = _pad_amounts(node, context)
    if amounts is None or all(p >= 0 for p in amounts[1]):
        return False
    rank, pad = amounts
    graph = context.graph
    result = node.inputsAt(0)
    with graph.insert_point_guard(node):
        for i in range(len(pad) // 2):
            low, high = pad[2 * i], pad[2 * i + 1]
            if low < 0 or high < 0:
                result = _insert_call(
                    graph, _crop, [result, rank - 1 - i, max(-low, 0), max(-high, 0)]
                )
        padding = [max(p, 0) for p in pad]
        padded = graph.create(
            "aten::constant_pad_nd", [result, graph.insertConstant(padding), node.inputsAt(2)]
        )
        padded.copyMetadata(node)
        graph.insertNode(padded)
    padded.output().setType(node.output().type())
    node.output().replaceAllUsesWith(padded.output())
    node.destroy()
    return True


def _crop(self: Tensor, dim: int, low: int, high: int) -> Tensor:
    return self.narrow(dim, low, self.size(dim) - low - high)


def _insert_call(graph, function, inputs) -> torch._C.Value:
    from torch_mlir.prepare.decompositions import scripted

    callee = scripted(function).graph.copy()
    torch._C._jit_pass_inline(callee)
    values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
    (output,) = graph.insertGraph(callee, values)
    return output


# --- Pooling without a batch dim ------------------------------------------------------------


def _pool_unbatched(kind: str):
    def apply(node: torch._C.Node, context) -> bool:
        if not _schema(node).startswith(kind + "("):
            return False
        if context.rank_of(node.inputsAt(0)) != 3:
            return False
        graph = context.graph
        with graph.insert_point_guard(node):
            batched = graph.create("aten::unsqueeze", [node.inputsAt(0), graph.insertConstant(0)])
            graph.insertNode(batched)
            pooled = graph.create(node.kind(), [batched.output()] + list(node.inputs())[1:])
            pooled.copyMetadata(node)
            graph.insertNode(pooled)
            unbatched = graph.create("aten::squeeze", [pooled.output(), graph.insertConstant(0)])
            graph.insertNode(unbatched)
        unbatched.output().setType(node.output().type())
        node.output().replaceAllUsesWith(unbatched.output())
        node.destroy()
        return True

    return apply


rewrite_avg_pool2d_unbatched = _pool_unbatched("aten::avg_pool2d")
rewrite_max_pool2d_unbatched = _pool_unbatched("aten::max_pool2d")


# --- Comparisons of lists ----------------------------------------------------------------------


def rewrite_list_comparison(node: torch._C.Node, context) -> bool:
    """`a == b` and `a != b` of int lists built by ListConstruct that nothing
    mutates -> a constant for different lengths, else the elementwise
    comparisons joined by `and` (the core lowers neither list comparison nor,
    afterwards, the lists)."""
    schema = _schema(node)
    if not schema.startswith(("aten::eq.int_list(", "aten::ne.int_list(")):
        return False
    left, right = (_list_elements(v) for v in node.inputs())
    if left is None or right is None:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        if len(left) != len(right):
            result = graph.insertConstant(schema.startswith("aten::ne"))
        else:
            result = graph.insertConstant(True)
            for a, b in zip(left, right):
                equal = graph.create("aten::eq", [a, b])
                graph.insertNode(equal)
                equal.output().setType(torch._C.BoolType.get())
                both = graph.create("aten::__and__", [result, equal.output()])
                graph.insertNode(both)
                both.output().setType(torch._C.BoolType.get())
                result = both.output()
            if schema.startswith("aten::ne"):
                # int(b) == 0: the core lowers neither __not__ nor eq.bool.
                as_int = graph.create("aten::Int", [result])
                graph.insertNode(as_int)
                as_int.output().setType(torch._C.IntType.get())
                negated = graph.create("aten::eq", [as_int.output(), graph.insertConstant(0)])
                graph.insertNode(negated)
                negated.output().setType(torch._C.BoolType.get())
                result = negated.output()
    node.output().replaceAllUsesWith(result)
    node.destroy()
    return True


# --- Stable sorts -----------------------------------------------------------------------


def _stable_order(self: Tensor, dim: int, descending: bool) -> Tensor:
    """The stable sort's indices along `dim`: each element's position is
    the number of elements that come before it (smaller, or larger when
    descending, or equal and earlier; NaN after every number ascending and
    before descending, as eager sorts it, NaNs equal to each other)."""
    moved = self.movedim(dim, -1)
    size = moved.size(-1)
    mine = moved.unsqueeze(-1)  # element i, along the second-to-last dim
    theirs = moved.unsqueeze(-2)  # element j, along the last dim
    mine_nan, theirs_nan = torch.isnan(mine), torch.isnan(theirs)
    both_numbers = torch.logical_and(mine_nan == False, theirs_nan == False)  # noqa: E712
    if descending:
        ahead = torch.logical_or(
            torch.logical_and(theirs_nan, mine_nan == False),  # noqa: E712
            torch.logical_and(both_numbers, theirs > mine),
        )
    else:
        ahead = torch.logical_or(
            torch.logical_and(mine_nan, theirs_nan == False),  # noqa: E712
            torch.logical_and(both_numbers, theirs < mine),
        )
    tie = torch.logical_or(theirs == mine, torch.logical_and(mine_nan, theirs_nan))
    positions = torch.arange(size)
    earlier = positions.unsqueeze(-1) > positions  # [i, j]: j < i
    before = torch.logical_or(ahead, torch.logical_and(tie, earlier))
    rank = before.sum(-1)
    # The inverse permutation: position k holds the i whose rank is k (a
    # one-hot sum; the core's scatter of dynamic shapes crashes).
    holds = rank.unsqueeze(-2) == positions.unsqueeze(-1)  # [k, i]
    order = (holds.to(torch.int64) * positions).sum(-1)
    return order.movedim(-1, dim)


def sort_stable(self: Tensor, stable: Optional[bool], dim: int, descending: bool):
    order = _stable_order(self, dim, descending)
    return torch.gather(self, dim, order), order


def argsort_stable(self: Tensor, stable: bool, dim: int, descending: bool) -> Tensor:
    return _stable_order(self, dim, descending)


def _asked_to_be_stable(node: torch._C.Node, context) -> bool:
    # stable=False/None is plain sort, which another rewrite handles; a
    # 0-d input sorts to itself and has no dim to move.
    try:
        stable = _constant(node.inputsAt(1))
    except LookupError:
        return False
    rank = context.rank_of(node.inputsAt(0))
    return stable is True and rank is not None and rank > 0


rewrite_sort_stable = by_schema("aten::sort.stable(", sort_stable, _asked_to_be_stable)
rewrite_argsort_stable = by_schema("aten::argsort.stable(", argsort_stable, _asked_to_be_stable)


# --- Device types, clamps by tensors, stacks of unbinds ----------------------------------------


def rewrite_device_type(node: torch._C.Node, context) -> bool:
    """`x.device.type` -> "cpu": compiled code runs on the CPU with CPU
    tensors (torch.norm tests the device type of its input)."""
    if node.inputsSize() != 1 or node.input().node().kind() != "prim::device":
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        node.output().replaceAllUsesWith(graph.insertConstant("cpu"))
    node.destroy()
    return True


def clamp_max_tensor(self: Tensor, max: Tensor) -> Tensor:
    return torch.minimum(self, max)


rewrite_clamp_max_tensor = by_schema("aten::clamp_max.Tensor(", clamp_max_tensor)


def rewrite_stack_of_unbind(node: torch._C.Node, context) -> bool:
    """stack(x.unbind(d), s) -> a copy of x with dim d moved to s (the core
    cannot lower the stack of the list unbind returns). Needs x's rank."""
    if not _schema(node).startswith("aten::stack("):
        return False
    listed, stack_dim = list(node.inputs())
    unbind = listed.node()
    if not _schema(unbind).startswith("aten::unbind.int(") or len(listed.uses()) != 1:
        return False
    source, unbind_dim = list(unbind.inputs())
    rank = context.rank_of(source)
    try:
        d, s = _constant(unbind_dim), _constant(stack_dim)
    except LookupError:
        return False
    if rank is None or rank == 0 or not -rank <= d < rank or not -rank <= s < rank:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        moved = graph.create(
            "aten::movedim",
            [source, graph.insertConstant(d % rank), graph.insertConstant(s % rank)],
        )
        graph.insertNode(moved)
        copied = graph.create("aten::clone", [moved.output(), graph.insertConstant(None)])
        graph.insertNode(copied)
    copied.output().setType(node.output().type())
    node.output().replaceAllUsesWith(copied.output())
    node.destroy()
    return True


def rewrite_layout(node: torch._C.Node, context) -> bool:
    """`x.layout` -> torch.strided: compiled code takes strided tensors only
    (torch.norm tests the layout of its input)."""
    if node.inputsSize() != 1:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        strided = graph.insertConstant(torch.strided)
    strided.setType(node.output().type())
    node.output().replaceAllUsesWith(strided)
    node.destroy()
    return True


def rewrite_constant_membership(node: torch._C.Node, context) -> bool:
    """`"cpu" in ["cpu", "cuda", ...]` of constants -> its value (constant
    propagation does not fold it: the list is mutable)."""
    if not _schema(node).startswith("aten::__contains__.str_list("):
        return False
    listed, item = list(node.inputs())
    elements = _list_elements(listed)
    if elements is None or item.node().kind() != "prim::Constant":
        return False
    if any(e.node().kind() != "prim::Constant" for e in elements):
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        found = graph.insertConstant(item.toIValue() in [e.toIValue() for e in elements])
    node.output().replaceAllUsesWith(found)
    node.destroy()
    return True


# --- Views that are the identity -------------------------------------------------------------


def _never_written(value: torch._C.Value) -> bool:
    from torch_mlir.prepare.aten_ops import _may_mutate

    return not any(_may_mutate(use.user) for use in value.uses())


def rewrite_identity_view(node: torch._C.Node, context) -> bool:
    """x.transpose(d, d), and x.t() of a vector or 0-d tensor, -> a copy of x
    (the core's type refinement of these identity views leaves the
    function's result type behind its returned value's). Only where neither
    x nor the view is ever written, so that the copy cannot be told apart."""
    schema = _schema(node)
    source = node.inputsAt(0) if node.inputsSize() else None
    rank = context.rank_of(source) if source is not None else None
    if rank is None:
        return False
    if schema.startswith("aten::transpose.int("):
        try:
            a, b = _constant(node.inputsAt(1)), _constant(node.inputsAt(2))
        except LookupError:
            return False
        wrap = max(rank, 1)
        if not (-wrap <= a < wrap and -wrap <= b < wrap) or a % wrap != b % wrap:
            return False
    elif schema.startswith("aten::t("):
        if rank > 1:
            return False
    else:
        return False
    if not _never_written(source) or not _never_written(node.output()):
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        copied = graph.create("aten::clone", [source, graph.insertConstant(None)])
        copied.copyMetadata(node)
        graph.insertNode(copied)
    copied.output().setType(node.output().type())
    node.output().replaceAllUsesWith(copied.output())
    node.destroy()
    return True
