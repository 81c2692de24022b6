"""matmul of two 3-D tensors as bmm of operands with one batch size.

The core's decomposition of aten.matmul leaves two 3-D operands alone, and
the op is then backend-illegal. bmm wants equal batch sizes, so the batch
broadcast is made explicit first: where the example arguments fix both batch
sizes, the operand whose batch is 1 is expanded; where a size is dynamic, it
may be 1 at run time only, and the core's lowering of expand assumes a
dynamic size is never broadcast (its run-time check fails). There each
operand is gathered with index_select at its batch positions of the
broadcast batch: 0 for every position of a batch of one, the position
itself otherwise.
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
