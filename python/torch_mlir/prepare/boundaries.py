"""Which tensors cross `if` and loop boundaries as value tensors.

The core's value-semantics pass converts `!torch.tensor` to
`!torch.vtensor` op by op, and stops at block arguments and region results:
a loop carrying a tensor (an RNN's state, an accumulator) or an `if`
yielding one reaches the backend contract as a non-value tensor, even when
its rank and dtype are known. `mark_value_boundaries` marks, on each
`prim::If` and `prim::Loop`, the outputs whose rank and dtype the graph's
types give (attribute `torch_mlir_value_results`); the importer passes those
through the region boundary as value tensors, copying into and out of them
on both sides.

A copy into a value tensor is a snapshot: it is what the original computes
only if nothing writes into the tensor afterwards through another alias (a
loop body's in-place update of its carried tensor would otherwise also
change the initial value the caller still sees). So graphs with any op that
writes into a tensor, or that assigns an attribute, are not marked.
"""

import re

import torch

from torch_mlir.prepare.walk import nested_blocks

_ATTRIBUTE = "torch_mlir_value_results"

# A schema argument written in place: `Tensor(a!)`, `Tensor(a!)[]`, `Tensor[](a!)`.
_WRITTEN_TENSOR = re.compile(r"Tensor(\[\])?\??\([a-z]+!")


def graph_writes_tensors(graph: torch._C.Graph) -> bool:
    """Whether an op of `graph` writes into a tensor or assigns an attribute."""
    return _regions_unless_written(graph) is None


def _regions_unless_written(graph):
    """The `if` and loop nodes of `graph`, or None if an op writes into a
    tensor or assigns an attribute."""
    regions = []
    stack = [graph.block()]
    while stack:
        block = stack.pop()
        for node in block.nodes():
            kind = node.kind()
            if kind == "prim::SetAttr" or _writes_tensor(node):
                return None
            if kind in ("prim::If", "prim::Loop"):
                regions.append(node)
            stack.extend(nested_blocks(node))
    return regions


def mark_value_boundaries(graph: torch._C.Graph) -> int:
    """Marks the `if` and loop outputs that can cross as value tensors (see
    above); returns how many were marked."""
    regions = _regions_unless_written(graph)
    if regions is None:
        return 0
    marked = 0
    for node in regions:
        indices = [
            index
            for index, output in enumerate(node.outputs())
            if _ranked_with_dtype(output) and not _unwraps_optional(node, index)
        ]
        if indices:
            node.is_(_ATTRIBUTE, indices)
            marked += len(indices)
    return marked


def _unwraps_optional(node, index: int) -> bool:
    """Whether a block of `node` yields, as output `index`, the unchecked
    cast of an Optional (`hx if hx is not None else zeros`): the core's
    value-semantics pass does not see through such a cast between the copies
    to and from value tensors, so the output stays a tensor."""
    for block in node.blocks():
        offset = 1 if node.kind() == "prim::Loop" else 0
        yielded = list(block.outputs())[index + offset]
        producer = yielded.node()
        if producer.kind() == "prim::unchecked_cast" and isinstance(
            producer.inputsAt(0).type(), torch._C.OptionalType
        ):
            return True
    return False


def _writes_tensor(node) -> bool:
    kind = node.kind()
    if kind.startswith("prim::") or kind.startswith("torch_mlir_observe::"):
        return False
    try:
        schema = node.schema()
    except RuntimeError:
        return True  # an op without a schema: assume the worst
    if schema == "(no schema)":
        return not kind.startswith("aten::")
    return bool(_WRITTEN_TENSOR.search(schema))


def _ranked_with_dtype(value) -> bool:
    jit_type = value.type()
    return (
        isinstance(jit_type, torch._C.TensorType)
        and jit_type.dim() is not None
        and jit_type.scalarType() is not None
    )


def return_list_as_tuple(graph: torch._C.Graph) -> bool:
    """A compiled method returning a list of tensors built in place
    (`return [a, b]`) returns the tuple of its elements instead.

    The core types no element of a returned list (so it stops at "tensor
    with unknown rank"), where it expands a returned tuple into one result
    per element. The caller (`compile`) records the method, and the
    RefBackend hands the results back as a list: the same values in the
    container the method returns. Only for lists nothing else reads or
    changes."""
    (output,) = graph.outputs()
    jit_type = output.type()
    if not isinstance(jit_type, torch._C.ListType):
        return False
    if not isinstance(jit_type.getElementType(), torch._C.TensorType):
        return False
    construct = output.node()
    if construct.kind() != "prim::ListConstruct" or len(output.uses()) != 1:
        return False
    elements = list(construct.inputs())
    result = graph.create("prim::TupleConstruct", elements)
    result.output().setType(torch._C.TupleType([v.type() for v in elements]))
    result.insertAfter(construct)
    result.copyMetadata(construct)
    graph.return_node().replaceInput(0, result.output())
    construct.destroy()
    return True
