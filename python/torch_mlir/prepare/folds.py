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
