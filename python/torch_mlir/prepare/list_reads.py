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
