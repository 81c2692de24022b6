"""matmul of two 3-D tensors, and of a vector with a 3-D+ tensor, as bmm.

The core's decomposition of aten.matmul leaves two 3-D operands alone, and
the op is then backend-illegal. bmm wants equal batch sizes, so the batch
broadcast is made explicit first: where the example arguments fix both batch
sizes, the operand whose batch is 1 is expanded; where a size is dynamic, it
may be 1 at run time only, and the core's lowering of expand assumes a
dynamic size is never broadcast (its run-time check fails). There each
operand is gathered with index_select at its batch positions of the
broadcast batch: 0 for every position of a batch of one, the position
itself otherwise.

A vector times a 3-D+ tensor (or the reverse) the core leaves illegal too.
Eager treats the vector as a one-row (one-column) matrix broadcast over the
other operand's batch and drops that dim from the result: the other
operand's batch dims flattened into one, the vector viewed as a matrix and
expanded to that batch (a static 1 broadcast, which the core lowers), bmm,
and the result viewed back to the batch dims.
"""

import torch
from torch import Tensor

from torch_mlir.prepare.decompositions import insert_in_place_of


def _bmm(a: Tensor, b: Tensor) -> Tensor:
    return torch.bmm(a, b)


def _bmm_expand_lhs(a: Tensor, b: Tensor) -> Tensor:
    return torch.bmm(a.expand(b.size(0), -1, -1), b)


def _bmm_expand_rhs(a: Tensor, b: Tensor) -> Tensor:
    return torch.bmm(a, b.expand(a.size(0), -1, -1))


def _bmm_broadcast_at_run_time(a: Tensor, b: Tensor) -> Tensor:
    batch_a = a.size(0)
    batch_b = b.size(0)
    # The broadcast of two valid batch sizes: the larger, or 0 when one is 0.
    batch = max(batch_a, batch_b) * min(min(batch_a, batch_b), 1)
    positions = torch.arange(batch)
    # 0 for a batch of one, 1 for a larger one (-1 for an empty one, whose
    # positions are empty too).
    a = a.index_select(0, positions * min(batch_a - 1, 1))
    b = b.index_select(0, positions * min(batch_b - 1, 1))
    return torch.bmm(a, b)


def _batch_size(context, value):
    sizes = context.sizes_of(value)
    return sizes[0] if sizes is not None else None


def rewrite_batched_matmul(node: torch._C.Node, context) -> bool:
    """aten::matmul(a, b) of two tensors known to be 3-D -> bmm, its batch
    broadcast made explicit."""
    inputs = list(node.inputs())
    if node.kind() != "aten::matmul" or len(inputs) != 2:
        return False
    a, b = inputs
    if context.rank_of(a) != 3 or context.rank_of(b) != 3:
        return False
    batch_a, batch_b = _batch_size(context, a), _batch_size(context, b)
    if batch_a is not None and batch_a == batch_b:
        function = _bmm
    elif batch_a == 1 and batch_b != 1:
        function = _bmm_expand_lhs
    elif batch_b == 1 and batch_a != 1:
        function = _bmm_expand_rhs
    else:
        function = _bmm_broadcast_at_run_time
    insert_in_place_of(context.graph, node, function, inputs)
    return True


def _vector_times_3d(a: Tensor, b: Tensor) -> Tensor:
    rows = a.view(1, 1, a.size(0)).expand(b.size(0), 1, a.size(0))
    return torch.bmm(rows, b).squeeze(1)


def _vector_times_4d(a: Tensor, b: Tensor) -> Tensor:
    flat = b.flatten(0, 1)
    rows = a.view(1, 1, a.size(0)).expand(flat.size(0), 1, a.size(0))
    return torch.bmm(rows, flat).view(b.size(0), b.size(1), b.size(3))


def _3d_times_vector(a: Tensor, b: Tensor) -> Tensor:
    columns = b.view(1, b.size(0), 1).expand(a.size(0), b.size(0), 1)
    return torch.bmm(a, columns).squeeze(2)


def _4d_times_vector(a: Tensor, b: Tensor) -> Tensor:
    flat = a.flatten(0, 1)
    columns = b.view(1, b.size(0), 1).expand(flat.size(0), b.size(0), 1)
    return torch.bmm(flat, columns).view(a.size(0), a.size(1), a.size(2))


_VECTOR_PRODUCTS = {
    (1, 3): _vector_times_3d,
    (1, 4): _vector_times_4d,
    (3, 1): _3d_times_vector,
    (4, 1): _4d_times_vector,
}


def rewrite_vector_matmul(node: torch._C.Node, context) -> bool:
    """aten::matmul(a, b) of a vector and a 3-D or 4-D tensor (either
    order), ranks known -> bmm over the other operand's flattened batch."""
    inputs = list(node.inputs())
    if node.kind() != "aten::matmul" or len(inputs) != 2:
        return False
    function = _VECTOR_PRODUCTS.get((context.rank_of(inputs[0]), context.rank_of(inputs[1])))
    if function is None:
        return False
    insert_in_place_of(context.graph, node, function, inputs)
    return True
