"""Equivalence checks for the preparation step's rewrites.

`prepared(function)` runs the step on a copy of a script function's graph and
wraps the result as a new script function, so that the original and the
rewritten program both run under the TorchScript interpreter. `assert_same`
runs both on each argument tuple and compares every output exactly (values,
dtypes, shapes).
"""

import warnings
from typing import Iterable, Sequence, Tuple

import torch

from torch_mlir.prepare import Preparation

_counter = 0


def script(function):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return torch.jit.script(function)


def prepared(
    scripted_function, example_arguments: Sequence = (), dynamic: bool = False
) -> Tuple[torch._C.ScriptFunction, Preparation]:
    """The prepared copy of `scripted_function` and the Preparation that made
    it; tensors among `example_arguments` give the argument types (with their
    ranks), as `compile`'s example arguments do; with `dynamic`, only their
    ranks and dtypes (as placeholders with -1 dims do), so that the prepared
    program takes any sizes."""
    global _counter
    _counter += 1
    original_text = str(scripted_function.graph)
    types = [
        _argument_type(a, dynamic) if isinstance(a, torch.Tensor) else None
        for a in example_arguments
    ]
    preparation = Preparation(argument_types={scripted_function.qualified_name: types})
    graph = preparation.prepare_graph(
        scripted_function.qualified_name, scripted_function.graph.copy()
    )
    # The step works on the copy: the function's own graph is unchanged.
    assert str(scripted_function.graph) == original_text
    function = torch._C._create_function_from_graph(f"prepared_{_counter}", graph)
    if preparation.list_returns:
        # The prepared graph returns the list's elements as a tuple; compile
        # records that and the RefBackend hands back a list, as here.
        function = _ListReturning(function)
    return function, preparation


class _ListReturning:
    """A prepared function returning a tuple, called as the list it stands for."""

    def __init__(self, function):
        self._function = function
        self.graph = function.graph

    def __call__(self, *arguments):
        return list(self._function(*arguments))


def _argument_type(tensor: torch.Tensor, dynamic: bool):
    tensor_type = torch._C.TensorType.create_from_tensor(tensor)
    return tensor_type.with_sizes([None] * tensor.dim()) if dynamic else tensor_type


def assert_equal_outputs(expected, actual) -> None:
    if isinstance(expected, (tuple, list)):
        assert type(expected) is type(actual) and len(expected) == len(actual)
        for e, a in zip(expected, actual):
            assert_equal_outputs(e, a)
    elif isinstance(expected, torch.Tensor):
        assert isinstance(actual, torch.Tensor)
        assert expected.dtype == actual.dtype and expected.shape == actual.shape
        torch.testing.assert_close(actual, expected, rtol=0, atol=0, equal_nan=True)
    else:
        assert expected == actual or (expected != expected and actual != actual)


def assert_same(original, rewritten, argument_tuples: Iterable[Sequence]) -> int:
    """Runs both programs on every argument tuple; returns how many ran."""
    count = 0
    for arguments in argument_tuples:
        assert_equal_outputs(original(*arguments), rewritten(*arguments))
        count += 1
    assert count > 0
    return count


def node_kinds(graph: torch._C.Graph) -> set:
    kinds = set()
    stack = [graph.block()]
    while stack:
        block = stack.pop()
        for node in block.nodes():
            kinds.add(node.kind())
            stack.extend(node.blocks())
    return kinds
