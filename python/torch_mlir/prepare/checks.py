"""A program's checks (`if bad: raise ...`), as runtime assertions.

`torch._assert(cond, msg)`, `assert cond, msg` and `if bad: raise
ValueError(...)` become, in TorchScript, an `if` whose branch only raises.
The core lowers no `prim.RaiseException`, so the whole program stops there
("failed to legalize operation 'torch.constant.str'") whenever the condition
depends on a dynamic size. The core does lower `torch.runtime.assert` (to a
`cf.assert` that the RefBackend reports as a runtime check failure), and
`torch_mlir_prepare::runtime_assert(condition, message)`, defined here, is
what the importer turns into it: a check the interpreter runs the same way
(it raises RuntimeError with the message when the condition is False) and
that dead code elimination keeps (its alias analysis is conservative).

The message is the raise's message when it is a constant, else the template
it is formatted from (the core has no string formatting), with the class of
the exception in front. Where the core folds the condition to True after its
shape refinement, `compile` erases the assertion (TOSA and StableHLO lower
none).
"""

from typing import Optional

import torch

_LIBRARY = torch.library.Library("torch_mlir_prepare", "DEF")
_LIBRARY.define("runtime_assert(bool condition, str message) -> ()", alias_analysis="CONSERVATIVE")
RUNTIME_ASSERT = "torch_mlir_prepare::runtime_assert"


def _runtime_assert(condition: bool, message: str) -> None:
    if not condition:
        raise RuntimeError(message)


_LIBRARY.impl("runtime_assert", _runtime_assert, "CompositeExplicitAutograd")

# Nodes a raising branch may hold before its raise: the message's formatting.
_MESSAGE_KINDS = frozenset(("aten::format", "aten::list", "prim::TupleConstruct", "aten::str"))


def check_as_runtime_assert(node: torch._C.Node, context) -> bool:
    """`if c: raise E(msg)` (or its `else` form) with no results -> an
    assertion of `not c` (or of `c`)."""
    if node.outputsSize() != 0:
        return False
    then_block, else_block = node.blocks()
    raising_then = _raise_of(then_block)
    raising_else = _raise_of(else_block)
    if raising_then is not None and not list(else_block.nodes()):
        raise_node, holds_when = raising_then, False
    elif raising_else is not None and not list(then_block.nodes()):
        raise_node, holds_when = raising_else, True
    else:
        return False
    message = _message(raise_node)
    graph = context.graph
    condition = node.inputsAt(0)
    with graph.insert_point_guard(node):
        if not holds_when:
            condition = _negation(graph, condition, node)
        check = graph.create(RUNTIME_ASSERT, [condition, graph.insertConstant(message)], 0)
        graph.insertNode(check)
    check.copyMetadata(raise_node)
    node.destroy()
    return True


# Comparisons of integers and their negations (the core lowers no
# aten.__not__); of floats, `not a < b` is not `a >= b` for NaN.
_INVERSE = {
    "aten::eq": "aten::ne", "aten::ne": "aten::eq", "aten::lt": "aten::ge",
    "aten::ge": "aten::lt", "aten::gt": "aten::le", "aten::le": "aten::gt",
}  # fmt: skip


def _negation(graph, condition: torch._C.Value, like: torch._C.Node) -> torch._C.Value:
    producer = condition.node()
    inputs = list(producer.inputs())
    if producer.kind() == "aten::__not__":
        return inputs[0]
    if producer.kind() in _INVERSE and all(v.type().kind() == "IntType" for v in inputs):
        negated = graph.create(_INVERSE[producer.kind()], inputs)
    else:
        negated = graph.create("aten::__not__", [condition])
    graph.insertNode(negated)
    negated.copyMetadata(like)
    negated.output().setType(torch._C.BoolType.get())
    return negated.output()


def _raise_of(block) -> Optional[torch._C.Node]:
    nodes = list(block.nodes())
    if not nodes or nodes[-1].kind() != "prim::RaiseException":
        return None
    if any(n.kind() not in _MESSAGE_KINDS for n in nodes[:-1]):
        return None
    if any(
        use.user.owningBlock() is not block
        for n in nodes[:-1]
        for o in n.outputs()
        for use in o.uses()
    ):
        return None
    return nodes[-1]


def _message(raise_node: torch._C.Node) -> str:
    inputs = list(raise_node.inputs())
    text = _constant_string(inputs[0])
    if text is None and inputs[0].node().kind() == "aten::format":
        text = _constant_string(inputs[0].node().inputsAt(0))
    if text is None:
        text = "a check of the program failed"
    exception = _constant_string(inputs[1]) if len(inputs) > 1 else None
    if exception:
        return f"{exception.rsplit('.', 1)[-1]}: {text}"
    return text


def _constant_string(value: torch._C.Value) -> Optional[str]:
    if value.node().kind() != "prim::Constant" or value.type().kind() != "StringType":
        return None
    return value.toIValue()
