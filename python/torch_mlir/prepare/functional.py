"""out= forms the core mishandles, rewritten into their functional ops."""

from typing import List, Tuple

import torch
from torch import Tensor

from torch_mlir.prepare.decompositions import insert_in_place_of, scripted

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


def _constant_ints(value: torch._C.Value):
    """The int list `value` is, when every element is a constant."""
    node = value.node()
    if node.kind() == "prim::Constant":
        constant = value.toIValue()
        return constant if isinstance(constant, list) else None
    if node.kind() != "prim::ListConstruct":
        return None
    elements = [
        v.toIValue() if v.node().kind() == "prim::Constant" else None for v in node.inputs()
    ]
    return elements if all(type(e) is int for e in elements) else None


def split_with_sizes_as_slices(node: torch._C.Node, context) -> bool:
    """`a, b = w.split_with_sizes([m, n], dim)` with constant sizes -> two
    slices of w. Every part is then an op the core infers shape and dtype
    for (its split results, a list, have none)."""
    inputs = list(node.inputs())
    if len(inputs) != 3:
        return False
    if inputs[1].type().kind() == "IntType":
        return _split_by_size(node, inputs, context)
    sizes = _constant_ints(inputs[1])
    dim = inputs[2].toIValue() if inputs[2].node().kind() == "prim::Constant" else None
    uses = node.output().uses()
    if type(dim) is not int or len(uses) != 1:
        return False
    unpack = uses[0].user
    if unpack.kind() != "prim::ListUnpack":
        return False
    if sizes is None:
        return _split_in_parts(node, unpack, inputs, context)
    if unpack.outputsSize() != len(sizes):
        return False
    graph = context.graph
    start = 0
    with graph.insert_point_guard(unpack):
        dim_value = graph.insertConstant(dim)
        step = graph.insertConstant(1)
        for part, size in zip(unpack.outputs(), sizes):
            bounds = [graph.insertConstant(start), graph.insertConstant(start + size)]
            piece = graph.create("aten::slice", [inputs[0], dim_value, *bounds, step])
            graph.insertNode(piece)
            piece.copyMetadata(node)
            piece.output().setType(part.type())
            part.replaceAllUsesWith(piece.output())
            start += size
    # The split and its unpack are dead now; the DCE after this round
    # removes them (the table still holds the unpack as a matched node).
    return True


def _split_in_two(w: Tensor, sizes: List[int], dim: int) -> Tuple[Tensor, Tensor]:
    torch._assert(
        len(sizes) == 2 and sizes[0] >= 0 and sizes[1] >= 0 and sizes[0] + sizes[1] == w.size(dim),
        "split_with_sizes expects split_sizes to sum exactly to the size of the dim",
    )
    return w.narrow(dim, 0, sizes[0]), w.narrow(dim, sizes[0], sizes[1])


def _split_in_three(w: Tensor, sizes: List[int], dim: int) -> Tuple[Tensor, Tensor, Tensor]:
    torch._assert(
        len(sizes) == 3 and sizes[0] >= 0 and sizes[1] >= 0 and sizes[2] >= 0
        and sizes[0] + sizes[1] + sizes[2] == w.size(dim),
        "split_with_sizes expects split_sizes to sum exactly to the size of the dim",
    )  # fmt: skip
    return (
        w.narrow(dim, 0, sizes[0]),
        w.narrow(dim, sizes[0], sizes[1]),
        w.narrow(dim, sizes[0] + sizes[1], sizes[2]),
    )


def _split_by_size_in_two(w: Tensor, size: int, dim: int) -> Tuple[Tensor, Tensor]:
    total = w.size(dim)
    torch._assert(size > 0 and (total + size - 1) // size == 2, "split: not two parts")
    return w.narrow(dim, 0, size), w.narrow(dim, size, total - size)


def _split_by_size_in_three(w: Tensor, size: int, dim: int) -> Tuple[Tensor, Tensor, Tensor]:
    total = w.size(dim)
    torch._assert(size > 0 and (total + size - 1) // size == 3, "split: not three parts")
    return (
        w.narrow(dim, 0, size),
        w.narrow(dim, size, size),
        w.narrow(dim, 2 * size, total - 2 * size),
    )


_SPLITS_IN_PARTS = {2: _split_in_two, 3: _split_in_three}
_SPLITS_BY_SIZE = {2: _split_by_size_in_two, 3: _split_by_size_in_three}


def _split_by_size(node, inputs, context) -> bool:
    """`a, b, c = x.split(size, dim)`: narrows of `size` (the last one the
    rest), behind a check that there are as many parts as names."""
    uses = node.output().uses()
    if len(uses) != 1 or uses[0].user.kind() != "prim::ListUnpack":
        return False
    return _split_in_parts(node, uses[0].user, inputs, context, _SPLITS_BY_SIZE)


def _split_in_parts(node, unpack, inputs, context, functions=_SPLITS_IN_PARTS) -> bool:
    """Sizes computed at run time: narrows of the sizes, behind the check
    split_with_sizes makes (the sizes sum to the dim's size)."""
    function = functions.get(unpack.outputsSize())
    if function is None:
        return False
    graph = context.graph
    callee = scripted(function).graph.copy()
    for inserted in callee.nodes():
        inserted.copyMetadata(node)
    with graph.insert_point_guard(unpack):
        (parts,) = graph.insertGraph(callee, inputs)
        tuple_unpack = graph.create("prim::TupleUnpack", [parts], unpack.outputsSize())
        graph.insertNode(tuple_unpack)
    for old, new in zip(unpack.outputs(), tuple_unpack.outputs()):
        new.setType(old.type())
        old.replaceAllUsesWith(new)
    # The split and its unpack are dead now; the DCE after this round
    # removes them (the table still holds the unpack as a matched node).
    return True
