"""Trip counts and indices of `for` loops, in integer ops the core lowers.

TorchScript writes `for i in range(lo, hi, step)` as a loop of
`__range_length(lo, hi, step)` iterations whose index is
`__derive_index(k, lo, step)`, and `enumerate`/`zip` bound their loops by
`min([INT64_MAX, len(xs), ...])`; the core's backends lower none of these
(its linalg conversion stops at the loop: "failed to legalize operation
'torch.constant.int'"). They are plain integer arithmetic:

* `__derive_index(k, lo, step)` is `lo + k * step`;
* `__range_length(lo, hi, step)`, used only as a trip count and with a
  constant positive step, is `(hi - lo + step - 1) // step`; when that is
  negative the loop runs no iteration, as for a count of 0;
* `min` of a list built in place is a chain of two-operand `min`s, without
  the `INT64_MAX` that `enumerate` puts first.
"""

import torch

_INT64_MAX = 2**63 - 1


def _constant(value: torch._C.Value):
    node = value.node()
    return node.output().toIValue() if node.kind() == "prim::Constant" else None


def _insert(graph, kind: str, inputs, like: torch._C.Node) -> torch._C.Value:
    node = graph.create(kind, inputs)
    graph.insertNode(node)
    node.copyMetadata(like)
    node.output().setType(torch._C.IntType.get())
    return node.output()


def derive_index(node: torch._C.Node, context) -> bool:
    index, start, step = node.inputs()
    graph = context.graph
    with graph.insert_point_guard(node):
        scaled = index if _constant(step) == 1 else _insert(graph, "aten::mul", [index, step], node)
        result = _insert(graph, "aten::add", [start, scaled], node)
    node.output().replaceAllUsesWith(result)
    return True


def range_length_as_trip_count(node: torch._C.Node, context) -> bool:
    low, high, step = node.inputs()
    step_value = _constant(step)
    if type(step_value) is not int or step_value <= 0:
        return False
    uses = node.output().uses()
    if not uses or any(u.user.kind() != "prim::Loop" or u.offset != 0 for u in uses):
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        span = _insert(graph, "aten::sub", [high, low], node)
        if step_value != 1:
            rounded = _insert(
                graph, "aten::add", [span, graph.insertConstant(step_value - 1)], node
            )
            span = _insert(graph, "aten::floordiv", [rounded, step], node)
    node.output().replaceAllUsesWith(span)
    return True


def min_of_constructed_list(node: torch._C.Node, context) -> bool:
    if node.inputsSize() != 1:
        return False  # min of two operands
    elements = node.inputsAt(0)
    construct = elements.node()
    if (
        construct.kind() != "prim::ListConstruct"
        or elements.type().getElementType().kind() != "IntType"
    ):
        return False
    if any(use.user.kind() != node.kind() for use in elements.uses()):
        return False  # the list is used (or changed) elsewhere
    operands = [v for v in construct.inputs() if _constant(v) != _INT64_MAX]
    if not operands:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        result = operands[0]
        for operand in operands[1:]:
            result = _insert(graph, "prim::min", [result, operand], node)
    node.output().replaceAllUsesWith(result)
    return True
