"""Decompositions of ATen ops the core's torch dialect lacks or cannot lower.

Each reference implementation below is TorchScript written in ops the core
lowers, and computes what eager PyTorch computes for the op it replaces,
dtypes included. The rewrites match one overload (by its schema) and refuse
the variants their formulation does not cover; the node is then left for the
core as before.

Class-index selections (nll_loss, take_along_dim, ...) are written as a
one-hot comparison with `arange` and a masked sum rather than `gather`: TOSA
has no lowering of gather, and an ignored target (-100) is never used as an
index, so the compiled code cannot read out of bounds for it.
"""

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
    for old, new in zip(node.outputs(), outputs):
        new.setType(old.type())
        old.replaceAllUsesWith(new)
    node.destroy()
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
