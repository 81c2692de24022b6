"""Queries that are constants under compilation, folded to their values."""

import torch

# torch.is_autocast_enabled() and its per-device forms.
AUTOCAST_QUERIES = (
    "aten::is_autocast_enabled",
    "aten::is_autocast_cpu_enabled",
    "aten::is_autocast_ipu_enabled",
    "aten::is_autocast_xla_enabled",
)

# Tensor.is_cuda and the other accelerator queries.
ACCELERATOR_QUERIES = (
    "prim::is_cuda",
    "prim::is_xpu",
    "prim::is_mps",
    "prim::is_mtia",
    "prim::is_ipu",
    "prim::is_xla",
    "prim::is_vulkan",
    "prim::is_maia",
)


def replace_with_constant(value):
    """A rewrite that replaces a one-output node by the constant `value`."""

    def apply(node: torch._C.Node, context) -> bool:
        if node.outputsSize() != 1:
            return False
        with context.graph.insert_point_guard(node):
            constant = context.graph.insertConstant(value)
        node.output().replaceAllUsesWith(constant)
        node.destroy()
        return True

    return apply


def fold_call(qualified_name: str, value):
    """A rewrite that replaces calls of the TorchScript function
    `qualified_name` by the constant `value`."""
    fold = replace_with_constant(value)

    def apply(node: torch._C.Node, context) -> bool:
        callee = next(node.inputs()).type()
        if str(callee) != qualified_name:
            return False
        return fold(node, context)

    return apply


def fold_identity_of_one_value(node: torch._C.Node, context) -> bool:
    """`a is a` -> True, `a is not a` -> False: both operands are one value.
    (Distinct values may still alias at run time, so they are left alone.)"""
    first, second = list(node.inputs())
    if first is not second and first.debugName() != second.debugName():
        return False
    return replace_with_constant(node.kind() == "aten::__is__")(node, context)


def fold_known_rank(node: torch._C.Node, context) -> bool:
    """`x.dim()` -> its value, where the example arguments fix x's rank (the
    compiled signature fixes it too)."""
    rank = context.rank_of(next(node.inputs()))
    if rank is None:
        return False
    return replace_with_constant(rank)(node, context)
