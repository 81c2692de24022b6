"""Reference implementations in TorchScript, inserted in place of a node.

Each function below is written in ops the core handles and scripted once per
process (TorchScript needs their source on disk, which is why they live in a
module of their own). `insert_in_place_of(graph, node, function, inputs)` copies the
function's graph before `node`, points the node's users at its results and
removes the node.
"""

import functools
from typing import Callable, List, Optional, Sequence

import torch
from torch import Tensor


@functools.lru_cache(maxsize=None)
def scripted(function: Callable) -> torch.jit.ScriptFunction:
    """`function`, scripted once per process."""
    return torch.jit.script(function)


def insert_in_place_of(
    graph: torch._C.Graph, node: torch._C.Node, function: Callable, inputs: Sequence
) -> List[torch._C.Value]:
    """Replaces `node` by an inlined copy of `function`'s graph on `inputs`;
    returns the values that replace the node's outputs."""
    # The inserted nodes stand for the user's node: they carry its source
    # location, call stack and scope, so diagnostics point at the user's code.
    callee = scripted(function).graph.copy()
    inputs = list(inputs)
    if len(list(callee.inputs())) != len(inputs):
        raise ValueError(
            f"decomposition {function.__name__} takes {len(list(callee.inputs()))} "
            f"arguments, but {node.kind()} has {len(inputs)} inputs"
        )
    for inserted in callee.nodes():
        _copy_metadata_into(inserted, node)
    with graph.insert_point_guard(node):
        outputs = graph.insertGraph(callee, list(inputs))
    for old, new in zip(node.outputs(), outputs):
        new.setType(old.type())
        old.replaceAllUsesWith(new)
    node.destroy()
    return outputs


def _copy_metadata_into(target: torch._C.Node, source: torch._C.Node) -> None:
    target.copyMetadata(source)
    for block in target.blocks():
        for nested in block.nodes():
            _copy_metadata_into(nested, source)


# --- Convolutions without a batch dim ------------------------------------


def _conv1d_unbatched(
    input: Tensor,
    weight: Tensor,
    bias: Optional[Tensor],
    stride: List[int],
    padding: List[int],
    dilation: List[int],
    groups: int,
) -> Tensor:
    batched = torch.conv1d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)
    return batched.squeeze(0)


def _conv2d_unbatched(
    input: Tensor,
    weight: Tensor,
    bias: Optional[Tensor],
    stride: List[int],
    padding: List[int],
    dilation: List[int],
    groups: int,
) -> Tensor:
    batched = torch.conv2d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)
    return batched.squeeze(0)


def _conv3d_unbatched(
    input: Tensor,
    weight: Tensor,
    bias: Optional[Tensor],
    stride: List[int],
    padding: List[int],
    dilation: List[int],
    groups: int,
) -> Tensor:
    batched = torch.conv3d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)
    return batched.squeeze(0)


# Kind -> (rank of an input without a batch dim, its decomposition).
_UNBATCHED_CONVS = {
    "aten::conv1d": (2, _conv1d_unbatched),
    "aten::conv2d": (3, _conv2d_unbatched),
    "aten::conv3d": (4, _conv3d_unbatched),
}


def unbatched_conv_as_batched(node: torch._C.Node, context) -> bool:
    """aten::conv{1,2,3}d of an input known to have no batch dim -> the same
    conv of the input with a batch dim of one, which is then removed."""
    inputs = list(node.inputs())
    unbatched_rank, decomposition = _UNBATCHED_CONVS[node.kind()]
    # conv2d.padding (a string "same"/"valid") is left alone.
    if len(inputs) != 7 or inputs[4].type().kind() != "ListType":
        return False
    if context.rank_of(inputs[0]) != unbatched_rank:
        return False
    insert_in_place_of(context.graph, node, decomposition, inputs)
    return True
