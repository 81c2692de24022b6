"""While loops that count, turned into for loops of a constant trip count.

TorchScript compiles `while i < n: ...; i += step` into a prim::Loop with an
unbounded trip count whose condition the body computes. The core cannot
refine the types of tensors such a loop carries (they reach its backend
contract with an unknown rank). With a constant start, step and bound, the
number of iterations is known: the loop becomes a for loop of that many
iterations, which TorchScript's loop unrolling then expands where it is
small, as it does for `for _ in range(n)`.
"""

from typing import Optional

import torch

_UNBOUNDED = 9223372036854775807

# Comparison kind -> (the counter is its first operand, the test on the
# counter and the bound).
_COMPARISONS = {
    "aten::lt": (True, lambda counter, bound: counter < bound),
    "aten::le": (True, lambda counter, bound: counter <= bound),
    "aten::gt": (False, lambda counter, bound: bound > counter),
    "aten::ge": (False, lambda counter, bound: bound >= counter),
}


def _constant_int(value: torch._C.Value) -> Optional[int]:
    if value.node().kind() != "prim::Constant":
        return None
    constant = value.toIValue()
    return constant if type(constant) is int else None


def _constant_bool(value: torch._C.Value) -> Optional[bool]:
    if value.node().kind() != "prim::Constant":
        return None
    constant = value.toIValue()
    return constant if type(constant) is bool else None


def _increment(next_value: torch._C.Value, counter: torch._C.Value) -> Optional[int]:
    """The positive constant step when `next_value` is `counter + step`."""
    node = next_value.node()
    if node.kind() != "aten::add" or node.inputsSize() != 2:
        return None
    first, second = node.inputs()
    if first.unique() == counter.unique():
        step = _constant_int(second)
    elif second.unique() == counter.unique():
        step = _constant_int(first)
    else:
        return None
    return step if step is not None and step > 0 else None


def _trip_count(start: int, step: int, bound: int, test) -> int:
    """How many of start, start + step, ... pass `test` before one fails."""
    if not test(start, bound):
        return 0
    # `test` is monotonic in the counter: it passes up to a last counter.
    count = max(0, (bound - start) // step - 1)
    while test(start + count * step, bound):
        count += 1
    return count


def while_to_for(node: torch._C.Node, context) -> bool:
    """prim::Loop of a `while counter < bound` loop whose counter starts at a
    constant and grows by a constant step each iteration, its bound a
    constant -> the same loop with a constant trip count and a constant true
    condition. The counter stays carried, so its value after the loop and
    its uses in the body are unchanged."""
    inputs = list(node.inputs())
    if _constant_int(inputs[0]) != _UNBOUNDED:
        return False
    initially = _constant_bool(inputs[1])
    (body,) = node.blocks()
    condition = list(body.outputs())[0]
    comparison = condition.node()
    if initially is None or comparison.kind() not in _COMPARISONS:
        return False
    if comparison.owningBlock() != body or comparison.inputsSize() != 2:
        return False
    counter_first, test = _COMPARISONS[comparison.kind()]
    counted, bound = comparison.inputs()
    if not counter_first:
        counted, bound = bound, counted
    bound = _constant_int(bound)
    if bound is None:
        return False
    carried = list(body.inputs())[1:]
    carried_next = list(body.outputs())[1:]
    for index, next_value in enumerate(carried_next):
        if next_value.unique() != counted.unique():
            continue
        start = _constant_int(inputs[2 + index])
        step = _increment(next_value, carried[index])
        if start is None or step is None:
            return False
        if test(start, bound) != initially:
            return False
        count = _trip_count(start, step, bound, test) if initially else 0
        break
    else:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        node.replaceInput(0, graph.insertConstant(count))
        node.replaceInput(1, graph.insertConstant(True))
    with graph.insert_point_guard(body.returnNode()):
        body.returnNode().replaceInput(0, graph.insertConstant(True))
    return True
