"""out= forms the core mishandles, rewritten into their functional ops."""

import torch
from torch import Tensor

from torch_mlir.prepare.decompositions import insert_in_place_of

# Ops that return a new tensor no other value aliases.
_FRESH_ALLOCATIONS = frozenset(
    f"aten::{name}"
    for name in ("empty", "zeros", "ones", "full", "empty_like", "zeros_like",
                 "ones_like", "full_like", "rand", "randn", "tensor", "clone")
)  # fmt: skip


def _arange_start_out(start: float, end: float, step: float, out: Tensor) -> Tensor:
    return torch.arange(start, end, step, dtype=out.dtype)


def _arange_out(end: float, out: Tensor) -> Tensor:
    return torch.arange(end, dtype=out.dtype)


def _out_is_private(node: torch._C.Node, out: torch._C.Value) -> bool:
    """`out` is a fresh tensor that nothing reads or aliases before `node`."""
    if out.node().kind() not in _FRESH_ALLOCATIONS:
        return False
    return all(use.user is node or use.user.isAfter(node) for use in out.uses())


def arange_out_to_functional(node: torch._C.Node, context) -> bool:
    """aten::arange(..., out=t) -> aten::arange(..., dtype=t.dtype), when `t`
    is a fresh allocation: later uses of `t` read the new tensor instead (out=
    resizes `t` to the result, so its old contents never matter)."""
    schema = str(node.schema())
    if "arange.start_out(" in schema:
        function = _arange_start_out
    elif "arange.out(" in schema:
        function = _arange_out
    else:
        return False
    inputs = list(node.inputs())
    out = inputs[-1]
    if not _out_is_private(node, out):
        return False
    later_users = [use.user for use in out.uses() if use.user is not node]
    (result,) = insert_in_place_of(context.graph, node, function, inputs)
    for user in later_users:
        user.replaceInputWith(out, result)
    return True
