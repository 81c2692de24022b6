"""Reads of the list `unbind` returns, as reads of the tensor itself.

`for row in x.unbind(0)` is, in TorchScript, a loop over `len(rows)` that
takes `rows[i]`. The core infers no element types for the list `unbind`
returns, and its value-semantics pass stops at it, so the loop's body works
on tensors of unknown rank. When the list is only ever measured and indexed,
`len(x.unbind(d))` is `x.size(d)` and `x.unbind(d)[i]` is `x.select(d, i)`
(the same view of `x`, the same error for an index out of range): both are
ops the core types and lowers, whatever the sizes.
"""

import torch

from torch_mlir.prepare.dtypes import constant_int

_READS = ("aten::len", "aten::__getitem__")


def reads_of_unbind(node: torch._C.Node, context) -> bool:
    inputs = list(node.inputs())
    if len(inputs) != 2 or inputs[1].type().kind() != "IntType":
        return False  # unbind.Dimname
    uses = node.output().uses()
    if not uses or any(use.user.kind() not in _READS or use.offset != 0 for use in uses):
        return False
    graph = context.graph
    tensor, dim = inputs
    for use in uses:
        read = use.user
        with graph.insert_point_guard(read):
            if read.kind() == "aten::len":
                replacement = graph.create("aten::size", [tensor, dim])
            else:
                replacement = graph.create("aten::select", [tensor, dim, read.inputsAt(1)])
            graph.insertNode(replacement)
        replacement.copyMetadata(read)
        replacement.output().setType(read.output().type())
        read.output().replaceAllUsesWith(replacement.output())
    # The reads and the unbind are dead now; the DCE after this round removes them.
    return True


# Uses of a list that read its elements (or return it).
_LIST_READS = frozenset(
    ("aten::__getitem__", "aten::len", "aten::list", "prim::ListUnpack", "prim::Return")
)

# At most this many pieces become slices.
_MAX_PIECES = 64


def _pieces(node: torch._C.Node, size: int):
    """(start, end) of each piece the op cuts a dim of `size` into, or None."""
    kind = node.kind()
    inputs = list(node.inputs())
    if kind == "aten::unbind":
        return [(i, None) for i in range(size)]
    if kind in ("aten::chunk", "aten::unsafe_chunk"):
        chunks = constant_int(inputs[1])
        if chunks is None or chunks <= 0 or size == 0:
            return None
        step = -(-size // chunks)
        return [(start, min(start + step, size)) for start in range(0, size, step)]
    if kind in ("aten::split", "aten::unsafe_split"):
        if inputs[1].type().kind() != "IntType":
            return None
        step = constant_int(inputs[1])
        if step is None or step <= 0 or size == 0:
            return None
        return [(start, min(start + step, size)) for start in range(0, size, step)]
    if kind == "aten::tensor_split":
        if inputs[1].type().kind() == "IntType":
            sections = constant_int(inputs[1])
            if sections is None or sections <= 0:
                return None
            base, extra = divmod(size, sections)
            bounds, start = [], 0
            for i in range(sections):
                end = start + base + (1 if i < extra else 0)
                bounds.append((start, end))
                start = end
            return bounds
        construct = inputs[1].node()
        if construct.kind() != "prim::ListConstruct":
            return None
        indices = [constant_int(v) for v in construct.inputs()]
        if any(i is None for i in indices):
            return None
        # Each index clamped into [0, size] (negative ones from the end).
        points = [min(max(i + size if i < 0 else i, 0), size) for i in indices]
        starts = [0] + points
        ends = points + [size]
        return [(s, max(s, e)) for s, e in zip(starts, ends)]
    return None


def static_splits_as_slices(node: torch._C.Node, context) -> bool:
    """chunk / split / tensor_split / unbind of a dim whose size the example
    fixes -> the list of its pieces, built in place: slices (selects for
    unbind) of the tensor, ops the core types, where it types no element of
    the list these ops return."""
    inputs = list(node.inputs())
    if any(use.user.kind() not in _LIST_READS for use in node.output().uses()):
        return False  # consumed whole (stack, cat): their own rewrites apply
    dim_value = inputs[-1]
    dim = constant_int(dim_value)
    sizes = context.sizes_of(inputs[0])
    if dim is None or sizes is None:
        return False
    rank = len(sizes)
    if not -rank <= dim < rank:
        return False
    size = sizes[dim % rank]
    if size is None:
        return False
    pieces = _pieces(node, size)
    if pieces is None or len(pieces) > _MAX_PIECES:
        return False
    graph = context.graph
    elements = []
    with graph.insert_point_guard(node):
        axis = graph.insertConstant(dim % rank)
        one = graph.insertConstant(1)
        for start, end in pieces:
            if end is None:
                piece = graph.create("aten::select", [inputs[0], axis, graph.insertConstant(start)])
            else:
                bounds = [graph.insertConstant(start), graph.insertConstant(end)]
                piece = graph.create("aten::slice", [inputs[0], axis, *bounds, one])
            graph.insertNode(piece)
            piece.copyMetadata(node)
            piece.output().setType(torch._C.TensorType.get())
            elements.append(piece.output())
        construct = graph.create("prim::ListConstruct", elements)
        construct.output().setType(node.output().type())
        graph.insertNode(construct)
    node.output().replaceAllUsesWith(construct.output())
    return True
