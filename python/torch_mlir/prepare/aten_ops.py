"""Decompositions of ATen ops the core's torch dialect lacks or cannot lower.

Each reference implementation below is TorchScript written in ops the core
lowers, and computes what eager PyTorch computes for the op it replaces,
dtypes included. The rewrites match one overload (by its schema) and refuse
the variants their formulation does not cover; the node is then left for the
core as before.

Scalar parameters (`Scalar` in a schema) are annotated `float` below; the
node's own value, int or float, is wired in where they are used, and reaches
ops that take a Scalar, so it keeps its type (an int fill of an int tensor
stays an int).

Class-index selections (nll_loss, take_along_dim, ...) are written as a
one-hot comparison with `arange` and a masked sum rather than `gather`: TOSA
has no lowering of gather, and an ignored target (-100) is never used as an
index, so the compiled code cannot read out of bounds for it.
"""

import math
from typing import Callable, List, Optional, Sequence

import torch
from torch import Tensor

from torch_mlir.prepare.decompositions import scripted

# Reductions as the `reduction` int of the loss ops.
_NONE, _MEAN, _SUM = 0, 1, 2


def insert_inlined(
    graph: torch._C.Graph, node: torch._C.Node, function: Callable, inputs: Sequence
) -> List[torch._C.Value]:
    """Like `decompositions.insert_in_place_of`, but with the calls that
    `function` makes to the helpers of this module inlined first (the
    preparation step inlines calls only before its table runs)."""
    callee = scripted(function).graph.copy()
    torch._C._jit_pass_inline(callee)
    for inserted in callee.nodes():
        _copy_metadata_into(inserted, node)
    with graph.insert_point_guard(node):
        outputs = graph.insertGraph(callee, list(inputs))
    packed = None
    if node.outputsSize() > 1 and len(outputs) == 1:
        # A function returns the results of a multi-output op as one tuple.
        packed = outputs[0].node()
        assert packed.kind() == "prim::TupleConstruct", packed
        outputs = list(packed.inputs())
    for old, new in zip(node.outputs(), outputs):
        new.setType(old.type())
        old.replaceAllUsesWith(new)
    node.destroy()
    if packed is not None:
        packed.destroy()
    return outputs


def _copy_metadata_into(target: torch._C.Node, source: torch._C.Node) -> None:
    # Diagnostics about the inserted nodes point at the user's op.
    target.copyMetadata(source)
    for block in target.blocks():
        for nested in block.nodes():
            _copy_metadata_into(nested, source)


def _schema_starts(node: torch._C.Node, prefixes) -> bool:
    """Whether the node's overload is one of `prefixes` ("aten::op(" or
    "aten::op.overload(")."""
    return str(node.schema()).startswith(prefixes)


def _constant(value: torch._C.Value):
    """The value of a constant input, or a marker that it is not one."""
    if value.node().kind() != "prim::Constant":
        return _NOT_CONSTANT
    return value.toIValue()


_NOT_CONSTANT = object()


def by_schema(prefixes, function: Callable, accepts: Optional[Callable] = None):
    """A rewrite replacing nodes whose schema starts with one of `prefixes` by
    `function` on the node's inputs (one to one), when `accepts(node,
    context)` (if given) agrees."""

    def apply(node: torch._C.Node, context) -> bool:
        if not _schema_starts(node, prefixes):
            return False
        if accepts is not None and not accepts(node, context):
            return False
        insert_inlined(context.graph, node, function, list(node.inputs()))
        return True

    return apply


# --- Negative log likelihood and cross entropy ----------------------------


def _class_dim(input: Tensor) -> int:
    # (C) unbatched, or (N, C, d1, ..., dk).
    if input.dim() == 1:
        return 0
    return 1


def _one_hot_targets(input: Tensor, target: Tensor) -> Tensor:
    """Bool (*target.shape, C): True at each target's class."""
    classes = torch.arange(input.size(_class_dim(input)))
    return target.unsqueeze(-1) == classes


def _target_weights(
    chosen: Tensor, valid: Tensor, weight: Optional[Tensor], dtype: torch.dtype
) -> Tensor:
    """Each target's class weight (one without weights), zero where ignored."""
    if weight is None:
        return valid.to(dtype)
    picked = torch.where(chosen, weight, 0.0).sum(-1)
    return torch.where(valid, picked, 0.0)


def nll_loss(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor],
    reduction: int,
    ignore_index: int,
) -> Tensor:
    class_dim = _class_dim(input)
    chosen = _one_hot_targets(input, target)
    moved = input.movedim(class_dim, -1)
    # Exactly one term of each sum is the target's entry; the others are 0.
    picked = torch.where(chosen, moved, 0.0).sum(-1)
    valid = target != ignore_index
    weights = _target_weights(chosen, valid, weight, input.dtype)
    # An ignored target's loss is 0 even where its entry is inf or NaN.
    losses = torch.where(valid, -picked * weights, 0.0)
    if reduction == 0:
        return losses
    if reduction == 2:
        return losses.sum()
    # Every target ignored: 0 / 0, NaN as in eager.
    return losses.sum() / weights.sum()


def _reduce(losses: Tensor, reduction: int, denominator: Tensor) -> Tensor:
    if reduction == 0:
        return losses
    if reduction == 2:
        return losses.sum()
    return losses.sum() / denominator


def cross_entropy_class_indices(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor],
    reduction: int,
    ignore_index: int,
    label_smoothing: float,
) -> Tensor:
    class_dim = _class_dim(input)
    log_probs = torch.log_softmax(input, class_dim)
    nll = nll_loss(log_probs, target, weight, reduction, ignore_index)
    if label_smoothing <= 0.0:
        return nll
    # The smoothed part: each class's log probability, weighted, with the
    # same ignored targets and the same normalisation as the nll part.
    classes = input.size(class_dim)
    moved = log_probs.movedim(class_dim, -1)
    if weight is not None:
        moved = moved * weight
    valid = target != ignore_index
    smooth = torch.where(valid, -moved.sum(-1), 0.0)
    if weight is None:
        denominator = valid.sum()
    else:
        chosen = _one_hot_targets(input, target)
        denominator = _target_weights(chosen, valid, weight, input.dtype).sum()
    smooth = _reduce(smooth, reduction, denominator)
    return (1.0 - label_smoothing) * nll + smooth * (label_smoothing / classes)


def cross_entropy_probabilities(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor],
    reduction: int,
    ignore_index: int,
    label_smoothing: float,
) -> Tensor:
    # ignore_index does not apply to probability targets.
    class_dim = _class_dim(input)
    classes = input.size(class_dim)
    log_probs = torch.log_softmax(input, class_dim)
    if label_smoothing > 0.0:
        target = target * (1.0 - label_smoothing) + label_smoothing / classes
    products = log_probs * target
    if weight is not None:
        products = (products.movedim(class_dim, -1) * weight).movedim(-1, class_dim)
    if reduction == 0:
        return -products.sum(class_dim)
    total = -products.sum()
    if reduction == 2:
        return total
    # The mean is over the positions (numel / C); none at all gives NaN.
    positions = 0
    if classes > 0:
        positions = input.numel() // classes
    return total / positions


def _reduction_is_constant(node: torch._C.Node) -> bool:
    return _constant(list(node.inputs())[3]) in (_NONE, _MEAN, _SUM)


def _nll_accepts(node: torch._C.Node, context) -> bool:
    return _reduction_is_constant(node)


def rewrite_cross_entropy(node: torch._C.Node, context) -> bool:
    """aten::cross_entropy_loss: class indices when the target has one
    dim less than the input, probabilities when it has the input's rank.
    The ranks come from the example arguments; without them the node stays."""
    if not _schema_starts(node, "aten::cross_entropy_loss(") or not _reduction_is_constant(node):
        return False
    inputs = list(node.inputs())
    input_rank, target_rank = context.rank_of(inputs[0]), context.rank_of(inputs[1])
    if input_rank is None or target_rank is None or input_rank == 0:
        return False
    if target_rank == input_rank - 1:
        function = cross_entropy_class_indices
    elif target_rank == input_rank:
        # Eager refuses a non-negative ignore_index with probabilities.
        ignore_index = _constant(inputs[4])
        if not isinstance(ignore_index, int) or ignore_index >= 0:
            return False
        function = cross_entropy_probabilities
    else:
        return False
    insert_inlined(context.graph, node, function, inputs)
    return True


rewrite_nll_loss = by_schema(
    ("aten::nll_loss_nd(", "aten::nll_loss2d(", "aten::nll_loss("), nll_loss, _nll_accepts
)


# --- Pointwise losses -------------------------------------------------------


def _reduce_pointwise(losses: Tensor, reduction: int) -> Tensor:
    if reduction == 0:
        return losses
    if reduction == 2:
        return losses.sum()
    return losses.mean()


def smooth_l1_loss(input: Tensor, target: Tensor, reduction: int, beta: float) -> Tensor:
    # beta == 0 is the l1 loss: no z is below it, and z - 0 is z.
    z = (input - target).abs()
    losses = torch.where(z < beta, 0.5 * z * z / beta, z - 0.5 * beta)
    return _reduce_pointwise(losses, reduction)


def huber_loss(input: Tensor, target: Tensor, reduction: int, delta: float) -> Tensor:
    z = (input - target).abs()
    losses = torch.where(z < delta, 0.5 * z * z, delta * (z - 0.5 * delta))
    return _reduce_pointwise(losses, reduction)


def _pointwise_loss_accepts(node: torch._C.Node, context) -> bool:
    return _constant(list(node.inputs())[2]) in (_NONE, _MEAN, _SUM)


rewrite_smooth_l1_loss = by_schema("aten::smooth_l1_loss(", smooth_l1_loss, _pointwise_loss_accepts)
rewrite_huber_loss = by_schema("aten::huber_loss(", huber_loss, _pointwise_loss_accepts)


# --- Pointwise ops ------------------------------------------------------------


def xor(self: Tensor, other: Tensor) -> Tensor:
    # `a ^ b` of tensors is bitwise_xor, bools included.
    return torch.bitwise_xor(self, other)


def _sinc(self: Tensor) -> Tensor:
    # Integers promote to the default float dtype, as in eager.
    product = self * math.pi
    return torch.where(self == 0, 1.0, torch.sin(product) / product)


def sinc(self: Tensor) -> Tensor:
    # Eager computes half and bfloat16 sinc in float32 (sin(pi) in half
    # would be 1e-3, not 0).
    if self.dtype == torch.float16 or self.dtype == torch.bfloat16:
        return _sinc(self.float()).to(self.dtype)
    return _sinc(self)


def hypot(self: Tensor, other: Tensor) -> Tensor:
    # Scaled by the larger magnitude, so that squares neither overflow nor
    # underflow where the result does not; an infinite operand gives inf
    # even against NaN, as C's hypot.
    a, b = self.abs(), other.abs()
    # `where` rather than maximum/minimum, whose NaN handling the core
    # miscompiles; a NaN operand makes `ratio` NaN either way.
    a_larger = a >= b
    larger, smaller = torch.where(a_larger, a, b), torch.where(a_larger, b, a)
    ratio = smaller / torch.where(larger == 0, 1.0, larger)
    scaled = larger * torch.sqrt(1.0 + ratio * ratio)
    infinite = torch.logical_or(torch.isinf(a), torch.isinf(b))
    return torch.where(infinite, math.inf, scaled)


def nansum(self: Tensor, dim: Optional[List[int]], keepdim: bool, dtype: Optional[int]) -> Tensor:
    # masked_fill keeps integer dtypes (a float 0.0 in `where` would promote).
    return torch.sum(self.masked_fill(torch.isnan(self), 0), dim, keepdim, dtype=dtype)


rewrite_xor = by_schema("aten::__xor__.Tensor(", xor)
rewrite_sinc = by_schema("aten::sinc(", sinc)
rewrite_hypot = by_schema("aten::hypot(", hypot)
rewrite_nansum = by_schema("aten::nansum(", nansum)


# --- Indexing -----------------------------------------------------------------


def take_along_dim(self: Tensor, indices: Tensor, dim: Optional[int]) -> Tensor:
    if dim is None:
        return torch.gather(self.reshape(-1), 0, indices.reshape(-1))
    # Both broadcast against each other in every dim but `dim`, where each
    # keeps its own size (a one-wide slice of the other broadcasts there).
    # Expanding onto a bool tensor of the shape avoids broadcast_tensors,
    # whose shape function the core rejects.
    # The one-wide slices are a select and an unsqueeze: the core types
    # their `dim` as 1, where it keeps narrow's as dynamic and then checks
    # that dim's sizes for equality.
    values_shape = torch.logical_or(
        torch.zeros_like(self, dtype=torch.bool),
        torch.zeros_like(indices.select(dim, 0).unsqueeze(dim), dtype=torch.bool),
    )
    positions_shape = torch.logical_or(
        torch.zeros_like(indices, dtype=torch.bool),
        torch.zeros_like(self.select(dim, 0).unsqueeze(dim), dtype=torch.bool),
    )
    return torch.gather(self.expand_as(values_shape), dim, indices.expand_as(positions_shape))


def take(self: Tensor, index: Tensor) -> Tensor:
    flat = self.reshape(-1)
    positions = index.reshape(-1)
    # Negative indices count from the end, as in eager.
    positions = torch.where(positions < 0, positions + flat.size(0), positions)
    return torch.index_select(flat, 0, positions).reshape_as(index)


def _along_dim_mask(self: Tensor, dim: int, index: Tensor) -> Tensor:
    """Bool (self.size(dim)): True at the positions `index` names."""
    size = self.size(dim)
    positions = torch.where(index < 0, index + size, index).reshape(-1, 1)
    return (positions == torch.arange(size)).any(0)


def index_fill(self: Tensor, dim: int, index: Tensor, value: float) -> Tensor:
    # The fill value takes self's dtype (an int tensor filled with 0.5 gets 0).
    moved = self.movedim(dim, -1)
    filled = torch.where(_along_dim_mask(self, dim, index), torch.full_like(moved, value), moved)
    return filled.movedim(-1, dim)


def index_copy(self: Tensor, dim: int, index: Tensor, source: Tensor) -> Tensor:
    moved = self.movedim(dim, 0)
    copied = torch.index_put(moved, [index], source.movedim(dim, 0))
    return copied.movedim(0, dim)


def index_add(self: Tensor, dim: int, index: Tensor, source: Tensor, alpha: float) -> Tensor:
    moved = self.movedim(dim, 0)
    # Multiplying by an alpha of 1 changes no value.
    added = source.movedim(dim, 0) * alpha
    return torch.index_put(moved, [index], added, accumulate=True).movedim(0, dim)


def _not_rank0(node: torch._C.Node, context) -> bool:
    # movedim needs a dim to move; eager takes dim 0 of a 0-d tensor too.
    rank = context.rank_of(next(node.inputs()))
    return rank is not None and rank > 0


rewrite_take_along_dim = by_schema("aten::take_along_dim(", take_along_dim)
rewrite_take = by_schema("aten::take(", take)
rewrite_index_fill = by_schema("aten::index_fill.int_Scalar(", index_fill, _not_rank0)
rewrite_index_copy = by_schema("aten::index_copy(", index_copy, _not_rank0)
rewrite_index_add = by_schema("aten::index_add(", index_add, _not_rank0)


# --- Comparisons, reductions and sorting ------------------------------------------


def equal(self: Tensor, other: Tensor) -> bool:
    if self.size() != other.size():
        return False
    return bool(torch.all(self == other))


# Eager's std_mean on the CPU accumulates in float64 and rounds the std
# and the mean to the input's dtype once, after the square root; so do these.


def std_mean(self: Tensor, unbiased: bool):
    variance, mean = torch.var_mean(self.double(), unbiased)
    return torch.sqrt(variance).to(self.dtype), mean.to(self.dtype)


def std_mean_dim(self: Tensor, dim: Optional[List[int]], unbiased: bool, keepdim: bool):
    variance, mean = torch.var_mean(self.double(), dim, unbiased, keepdim)
    return torch.sqrt(variance).to(self.dtype), mean.to(self.dtype)


def std_mean_correction(
    self: Tensor, dim: Optional[List[int]], correction: Optional[float], keepdim: bool
):
    variance, mean = torch.var_mean(self.double(), dim, correction=correction, keepdim=keepdim)
    return torch.sqrt(variance).to(self.dtype), mean.to(self.dtype)


def sort_stable(self: Tensor, stable: Optional[bool], dim: int, descending: bool):
    return torch.sort(self, dim, descending)


def argsort_stable(self: Tensor, stable: bool, dim: int, descending: bool) -> Tensor:
    return torch.argsort(self, dim, descending)


def msort(self: Tensor) -> Tensor:
    values, _ = torch.sort(self, 0)
    return values


rewrite_equal = by_schema("aten::equal(", equal)
_STD_MEAN_OVERLOADS = {
    "aten::std_mean(": std_mean,
    "aten::std_mean.dim(": std_mean_dim,
    "aten::std_mean.correction(": std_mean_correction,
}


def rewrite_std_mean(node: torch._C.Node, context) -> bool:
    """aten::std_mean -> var_mean and the square root of the variance, which
    is how eager computes the std it returns."""
    schema = str(node.schema())
    for prefix, function in _STD_MEAN_OVERLOADS.items():
        if schema.startswith(prefix):
            insert_inlined(context.graph, node, function, list(node.inputs()))
            return True
    return False


def _not_asked_to_be_stable(node: torch._C.Node, context) -> bool:
    # The plain sort promises no order of ties (eager's CPU sort reorders
    # them from 16 or so elements), so only stable=False/None is plain sort.
    return _constant(list(node.inputs())[1]) in (False, None)


rewrite_sort_stable = by_schema("aten::sort.stable(", sort_stable, _not_asked_to_be_stable)
rewrite_argsort_stable = by_schema("aten::argsort.stable(", argsort_stable, _not_asked_to_be_stable)
rewrite_msort = by_schema("aten::msort(", msort)


# --- Shapes -------------------------------------------------------------------


def view_as(self: Tensor, other: Tensor) -> Tensor:
    # Where the view exists, reshape returns that same view.
    return self.reshape_as(other)


def matrix_transpose(self: Tensor) -> Tensor:
    return self.transpose(-2, -1)


def broadcast_sizes(a: Tensor, b: Tensor) -> List[int]:
    # The sizes of the two tensors broadcast together.
    return torch.logical_or(_false_like(a), _false_like(b)).size()


rewrite_view_as = by_schema("aten::view_as(", view_as)
rewrite_matrix_transpose = by_schema("aten::mT(", matrix_transpose)


def rewrite_broadcast_shapes(node: torch._C.Node, context) -> bool:
    """broadcast_shapes(x.size(), y.size()) (as F.binary_cross_entropy's
    weight expansion computes it) -> the sizes of x and y broadcast."""
    if not _schema_starts(node, "aten::broadcast_shapes("):
        return False
    tensors = []
    for sizes in node.inputs():
        producer = sizes.node()
        if producer.kind() != "aten::size" or producer.inputsSize() != 1:
            return False
        tensors.append(producer.input())
    insert_inlined(context.graph, node, broadcast_sizes, tensors)
    return True


def _constant_int_list(value: torch._C.Value) -> Optional[List[int]]:
    constant = _constant(value)
    if isinstance(constant, (list, tuple)) and all(isinstance(v, int) for v in constant):
        return list(constant)
    if value.node().kind() == "prim::ListConstruct":
        elements = [_constant(v) for v in value.node().inputs()]
        if all(isinstance(v, int) for v in elements):
            return elements
    return None


def _insert_op(graph, before: torch._C.Node, kind: str, inputs: Sequence) -> torch._C.Value:
    """Inserts a one-output `kind` node on `inputs` (values, or constants to
    create) before `before`; returns its output."""
    with graph.insert_point_guard(before):
        values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
        created = graph.create(kind, values)
        created.copyMetadata(before)
        graph.insertNode(created)
    return created.output()


def _replace(node: torch._C.Node, replacement: torch._C.Value) -> None:
    replacement.setType(node.output().type())
    node.output().replaceAllUsesWith(replacement)
    node.destroy()


def rewrite_squeeze_dims(node: torch._C.Node, context) -> bool:
    """squeeze.dims(x, dims) -> squeeze.dim for each dim, the highest first
    so that the others keep their positions. Needs x's rank and constant
    dims."""
    if not _schema_starts(node, "aten::squeeze.dims("):
        return False
    self, dims_value = list(node.inputs())
    rank, dims = context.rank_of(self), _constant_int_list(dims_value)
    if rank is None or dims is None:
        return False
    wrap = max(rank, 1)  # a 0-d tensor takes dim 0 and -1
    normalized = sorted({d % wrap for d in dims if -wrap <= d < wrap}, reverse=True)
    if len(normalized) != len(set(dims)) or rank == 0 and normalized:
        return False  # out of range or repeated: eager raises; rank 0: keep
    result = self
    for dim in normalized:
        result = _insert_op(context.graph, node, "aten::squeeze", [result, dim])
    _replace(node, result)
    return True


def rewrite_movedim_lists(node: torch._C.Node, context) -> bool:
    """movedim.intlist(x, source, destination) -> the permute it is, for
    constant lists and a known rank."""
    if not _schema_starts(node, "aten::movedim.intlist("):
        return False
    self, source_value, destination_value = list(node.inputs())
    rank = context.rank_of(self)
    source, destination = _constant_int_list(source_value), _constant_int_list(destination_value)
    if rank is None or source is None or destination is None or len(source) != len(destination):
        return False
    if any(not -rank <= d < rank for d in source + destination) or rank == 0:
        return False
    source = [d % rank for d in source]
    destination = [d % rank for d in destination]
    if len(set(source)) != len(source) or len(set(destination)) != len(destination):
        return False
    order: List[Optional[int]] = [None] * rank
    for s, d in zip(source, destination):
        order[d] = s
    # The dims not moved keep their relative order in the free positions.
    unmoved = iter(d for d in range(rank) if d not in source)
    order = [next(unmoved) if d is None else d for d in order]
    _replace(node, _insert_op(context.graph, node, "aten::permute", [self, order]))
    return True


# --- Ops on lists of tensors ------------------------------------------------------


def _list_elements(value: torch._C.Value) -> Optional[List[torch._C.Value]]:
    """The elements of a list built by prim::ListConstruct that no user can
    mutate (common subexpression elimination shares one list between ops)."""
    if value.node().kind() != "prim::ListConstruct":
        return None
    for use in value.uses():
        if _may_mutate(use.user):
            return None
    return list(value.node().inputs())


_NON_MUTATING_WITHOUT_SCHEMA = (
    "prim::ListUnpack",
    "prim::TupleConstruct",
    "prim::ListConstruct",
    "prim::Return",
)


def _may_mutate(user: torch._C.Node) -> bool:
    if user.kind() in _NON_MUTATING_WITHOUT_SCHEMA:
        return False
    try:
        arguments = str(user.schema()).split(") ->")[0]
    except RuntimeError:
        return True
    return "!" in arguments


def _stack_of_views(node: torch._C.Node, context, view_by_rank: Callable, dim_of: Callable) -> bool:
    """`node` (a *stack of a list) -> cat of each element viewed with the
    rank the op gives it (`view_by_rank(rank)`: an op kind and its
    arguments, or None for the element itself) along `dim_of(first rank)`."""
    elements = _list_elements(node.input())
    if not elements:
        return False
    ranks = [context.rank_of(e) for e in elements]
    if any(r is None for r in ranks):
        return False
    graph = context.graph
    viewed = []
    for element, rank in zip(elements, ranks):
        view = view_by_rank(rank)
        for kind, argument in view:
            element = _insert_op(graph, node, kind, [element, argument])
        viewed.append(element)
    with graph.insert_point_guard(node):
        tensors = graph.create("prim::ListConstruct", viewed)
        tensors.output().setType(torch._C.ListType(torch._C.TensorType.get()))
        graph.insertNode(tensors)
    _replace(node, _insert_op(graph, node, "aten::cat", [tensors.output(), dim_of(ranks[0])]))
    return True


def _as_rank(target: int):
    """The views making a tensor of a lower rank `target`-d as
    atleast_{1,2,3}d do: (n) -> (1, n) and (1, n, 1); (m, n) -> (m, n, 1)."""

    def views(rank: int):
        if rank >= target:
            return []
        if rank == 0:
            return [("aten::reshape", [1] * target)]
        if target == 2:  # (n) -> (1, n)
            return [("aten::unsqueeze", 0)]
        if rank == 1:  # (n) -> (1, n, 1)
            return [("aten::unsqueeze", 0), ("aten::unsqueeze", 2)]
        return [("aten::unsqueeze", 2)]  # (m, n) -> (m, n, 1)

    return views


def _as_column(rank: int):
    # column_stack: scalars and vectors become (n, 1) columns.
    if rank == 0:
        return [("aten::reshape", [1, 1])]
    if rank == 1:
        return [("aten::unsqueeze", 1)]
    return []


def rewrite_stack_family(node: torch._C.Node, context) -> bool:
    """vstack/hstack/dstack/column_stack of a list of tensors of known
    ranks -> cat of the views atleast_2d/1d/3d (or columns) make."""
    kind = node.kind()
    if kind == "aten::vstack":
        return _stack_of_views(node, context, _as_rank(2), lambda rank: 0)
    if kind == "aten::hstack":
        # Vectors are joined end to end, higher ranks along dim 1.
        return _stack_of_views(node, context, _as_rank(1), lambda rank: 0 if rank <= 1 else 1)
    if kind == "aten::dstack":
        return _stack_of_views(node, context, _as_rank(3), lambda rank: 2)
    if kind == "aten::column_stack":
        return _stack_of_views(node, context, _as_column, lambda rank: 1)
    return False


def rewrite_multi_dot(node: torch._C.Node, context) -> bool:
    """linalg_multi_dot of matrices, with a vector allowed at either end ->
    matmul from left to right. (Eager picks the cheapest order; the
    product is the same up to rounding.)"""
    elements = _list_elements(node.input())
    if not elements or len(elements) < 2:
        return False
    ranks = [context.rank_of(e) for e in elements]
    if any(r not in (1, 2) for r in ranks) or any(r != 2 for r in ranks[1:-1]):
        return False
    product = elements[0]
    for factor in elements[1:]:
        product = _insert_op(context.graph, node, "aten::matmul", [product, factor])
    _replace(node, product)
    return True


def rewrite_tensor_split_indices(node: torch._C.Node, context) -> bool:
    """tensor_split(x, [i0, i1, ...], dim) -> the slices x[:i0], x[i0:i1],
    ..., x[ik:] along dim (slice wraps negative and clamps large indices as
    Python slicing does, which is what tensor_split does)."""
    if not _schema_starts(node, "aten::tensor_split.indices("):
        return False
    self, indices_value, dim = list(node.inputs())
    indices = _constant_int_list(indices_value) or _list_elements(indices_value)
    if indices is None:
        return False
    graph = context.graph
    bounds = [0] + indices + [None]
    pieces = []
    for start, end in zip(bounds[:-1], bounds[1:]):
        with graph.insert_point_guard(node):
            end_value = graph.insertConstant(None) if end is None else end
        pieces.append(_insert_op(graph, node, "aten::slice", [self, dim, start, end_value, 1]))
    with graph.insert_point_guard(node):
        tensors = graph.create("prim::ListConstruct", pieces)
        tensors.output().setType(node.output().type())
        graph.insertNode(tensors)
    node.output().replaceAllUsesWith(tensors.output())
    node.destroy()
    return True


def any_of(*rewrites: Callable) -> Callable:
    """A rewrite trying `rewrites` in turn (each checks its own overload)."""

    def apply(node: torch._C.Node, context) -> bool:
        return any(rewrite(node, context) for rewrite in rewrites)

    return apply


# --- broadcast_tensors ---------------------------------------------------------


def _false_like(self: Tensor) -> Tensor:
    return torch.zeros_like(self, dtype=torch.bool)


def _widen(template: Tensor, other: Tensor) -> Tensor:
    return torch.logical_or(template, torch.zeros_like(other, dtype=torch.bool))


def _insert_function(graph, before: torch._C.Node, function: Callable, inputs) -> torch._C.Value:
    callee = scripted(function).graph.copy()
    for inserted in callee.nodes():
        _copy_metadata_into(inserted, before)
    with graph.insert_point_guard(before):
        (output,) = graph.insertGraph(callee, list(inputs))
    return output


def rewrite_broadcast_tensors(node: torch._C.Node, context) -> bool:
    """broadcast_tensors([a, b, ...]) unpacked -> each expand_as a bool
    tensor of the broadcast shape (the core's shape function of
    broadcast_tensors yields a list of lists, which its verifier rejects;
    F.smooth_l1_loss, F.huber_loss and F.mse_loss call it)."""
    elements = _list_elements(node.input())
    unpacks = [use.user for use in node.output().uses()]
    if not elements or not unpacks or any(u.kind() != "prim::ListUnpack" for u in unpacks):
        return False
    if any(u.outputsSize() != len(elements) for u in unpacks):
        return False
    graph = context.graph
    template = _insert_function(graph, node, _false_like, [elements[0]])
    for element in elements[1:]:
        template = _insert_function(graph, node, _widen, [template, element])
    expanded = [_insert_op(graph, node, "aten::expand_as", [e, template]) for e in elements]
    # A list of the views replaces the op's; its unpacking folds away later
    # (the unpacks may be queued for other rewrites, so they stay valid).
    with graph.insert_point_guard(node):
        views = graph.create("prim::ListConstruct", expanded)
        views.output().setType(node.output().type())
        graph.insertNode(views)
    node.output().replaceAllUsesWith(views.output())
    node.destroy()
    return True
