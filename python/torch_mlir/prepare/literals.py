"""`torch.tensor([[1, 2], [3, 4]])` of constants, as a tensor constant.

The core's linalg lowering of `aten.tensor` of a nested list (a rank-2 or
higher literal) dies with a segmentation fault. When every element, the
dtype and the device are constants, the op always makes the same tensor,
which TorchScript can hold as a constant (the importer makes it a
`torch.tensor.literal`). A constant is one tensor for every call where the
op made a fresh one each time, which only differs if something writes into
it: graphs with any op that writes into a tensor are left alone.
"""

import torch

from torch_mlir.prepare.boundaries import graph_writes_tensors
from torch_mlir.prepare.dtypes import SCALAR_TYPES

_UNSET = object()


def tensor_of_constants(node: torch._C.Node, context) -> bool:
    try:
        if not str(node.schema()).startswith("aten::tensor("):
            return False
    except RuntimeError:
        return False
    data, dtype, device, requires_grad = node.inputs()
    nested = _constant_nest(data)
    if nested is _UNSET or not isinstance(nested, list):
        return False
    if not all(v.node().kind() == "prim::Constant" for v in (dtype, device, requires_grad)):
        return False
    if requires_grad.toIValue() or graph_writes_tensors(context.graph):
        return False
    device_value = device.toIValue()
    if device_value is not None and torch.device(device_value).type != "cpu":
        return False
    code = dtype.toIValue()
    if code is not None and code not in SCALAR_TYPES:
        return False
    try:
        value = torch.tensor(nested, dtype=None if code is None else SCALAR_TYPES[code])
    except (RuntimeError, TypeError, ValueError):
        return False  # ragged lists and the like: the op raises, keep it
    graph = context.graph
    with graph.insert_point_guard(node):
        constant = graph.insertConstant(value)
    constant.node().copyMetadata(node)
    constant.setType(node.output().type())
    node.output().replaceAllUsesWith(constant)
    return True


def _constant_nest(value: torch._C.Value):
    """The nested Python list `value` is (built of constants by
    ListConstructs), or _UNSET."""
    node = value.node()
    if node.kind() == "prim::Constant":
        constant = value.toIValue()
        return constant if isinstance(constant, (bool, int, float, list)) else _UNSET
    if node.kind() != "prim::ListConstruct":
        return _UNSET
    if any(use.user.kind() not in ("aten::tensor", "prim::ListConstruct") for use in value.uses()):
        return _UNSET  # a list something else reads (or changes)
    elements = [_constant_nest(v) for v in node.inputs()]
    return _UNSET if any(e is _UNSET for e in elements) else elements
