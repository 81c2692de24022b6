"""Walking TorchScript graphs without paying for the blocks nodes do not have.

`Node.blocks()` costs about 10 us even on a node without blocks (the
binding's iterator ends with a C++ exception): on a graph of a few thousand
nodes walked once per round of the rewrite table, that is a tenth of a
second. ATen ops and the common prim ops never have blocks, and
`nested_blocks` does not ask them.
"""

import torch

_NO_BLOCKS = frozenset(
    {
        "prim::Constant", "prim::GetAttr", "prim::SetAttr", "prim::ListConstruct",
        "prim::ListUnpack", "prim::TupleConstruct", "prim::TupleUnpack", "prim::TupleIndex",
        "prim::DictConstruct", "prim::CallMethod", "prim::CallFunction", "prim::NumToTensor",
        "prim::dtype", "prim::device", "prim::unchecked_cast", "prim::RaiseException",
        "prim::Uninitialized", "prim::min", "prim::max", "prim::shape", "prim::layout",
        "prim::Print", "prim::isinstance", "prim::TypeCheck", "prim::data",
    }
)  # fmt: skip


def nested_blocks(node: torch._C.Node):
    """The blocks of `node` (an empty tuple for kinds that have none)."""
    kind = node.kind()
    if kind in _NO_BLOCKS or kind.startswith("aten::"):
        return ()
    return node.blocks()
