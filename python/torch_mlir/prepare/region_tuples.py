"""Tuples an `if` yields, as one result per element.

`if c: return a - b, a` makes an `if` whose result is a tuple, built by a
`TupleConstruct` in each branch. The core neither types nor unpacks tuples
that cross a region boundary, so the tensors in them reach the backend
contract with unknown ranks. Each element becomes a result of its own (the
branches yield the elements they packed), and the tuple is built once, after
the `if`, from those results: the same values in the same tuple.
"""

import torch


def split_tuple_results(node: torch._C.Node, context) -> bool:
    blocks = list(node.blocks())
    fired = False
    for index, output in enumerate(list(node.outputs())):
        if not isinstance(output.type(), torch._C.TupleType) or not output.uses():
            continue
        constructs = [list(block.outputs())[index].node() for block in blocks]
        if any(c.kind() != "prim::TupleConstruct" for c in constructs):
            continue
        element_types = output.type().elements()
        results = []
        for position, element_type in enumerate(element_types):
            for block, construct in zip(blocks, constructs):
                block.registerOutput(list(construct.inputs())[position])
            result = node.addOutput()
            result.setType(element_type)
            results.append(result)
        graph = context.graph
        rebuilt = graph.create("prim::TupleConstruct", results)
        rebuilt.output().setType(output.type())
        rebuilt.insertAfter(node)
        rebuilt.copyMetadata(node)
        output.replaceAllUsesWith(rebuilt.output())
        fired = True
    # The tuple results are unused now; dead code elimination removes them
    # and the constructs in the branches.
    return fired
