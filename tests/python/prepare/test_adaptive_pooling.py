"""adaptive_max_pool1d/2d as window maxima: the same values and indices as
eager's kernel, bit for bit, on static and dynamic sizes, with ties, NaNs and
infinities, with and without a batch dim."""

import pooling_programs as programs
import torch
from prepare_support import assert_same, node_kinds, prepared, script

from torch_mlir.prepare import Preparation

_POOLS = {"aten::adaptive_max_pool1d", "aten::adaptive_max_pool2d"}


def _prepared_dynamic(original, rank: int, dtype=torch.float32):
    """The prepared copy for an argument of known rank and dtype whose sizes
    are all dynamic (an annotation of -1s)."""
    argument = torch._C.TensorType.create_from_tensor(torch.zeros([1] * rank, dtype=dtype))
    argument = argument.with_sizes([None] * rank)
    preparation = Preparation(argument_types={original.qualified_name: [argument]})
    text = str(original.graph)
    graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
    assert str(original.graph) == text
    function = torch._C._create_function_from_graph(f"dynamic_{original.name}", graph)
    return function, preparation


def _narrows_are_constant(graph) -> bool:
    narrows = [n for n in graph.nodes() if n.kind() == "aten::narrow"]
    return bool(narrows) and all(
        v.node().kind() == "prim::Constant" for n in narrows for v in list(n.inputs())[1:]
    )


def _inputs(*shape, dtype=torch.float32):
    """Random values, heavy ties, NaNs among ties, infinities."""
    generator = torch.Generator().manual_seed(sum(shape))
    random = torch.randn(shape, generator=generator, dtype=dtype)
    ties = torch.randint(-2, 2, shape, generator=generator).to(dtype)
    with_nans = ties.clone()
    with_nans[torch.rand(shape, generator=generator) < 0.2] = float("nan")
    infinities = torch.full(shape, float("-inf"), dtype=dtype)
    infinities[torch.rand(shape, generator=generator) < 0.3] = float("inf")
    return [random, ties, with_nans, infinities, torch.zeros(shape, dtype=dtype)]


def _check(program, shapes, dtype=torch.float32, fired=1):
    original = script(program)
    ranks = {len(shape) for shape in shapes}
    for rank in ranks:
        # All sizes dynamic: one prepared program for every shape.
        rewritten, preparation = _prepared_dynamic(original, rank, dtype)
        assert preparation.fired["decompose-adaptive-max-pool"] == fired, program.__name__
        assert not node_kinds(rewritten.graph) & _POOLS
        arguments = [(x,) for s in shapes if len(s) == rank for x in _inputs(*s, dtype=dtype)]
        assert_same(original, rewritten, arguments)
    for shape in shapes:
        # Static sizes: the windows are constants.
        examples = _inputs(*shape, dtype=dtype)
        rewritten, preparation = prepared(original, (examples[0],))
        assert preparation.fired["decompose-adaptive-max-pool"] == fired
        assert _narrows_are_constant(rewritten.graph)
        assert_same(original, rewritten, [(x,) for x in examples])


def test_adaptive_max_pool():
    # Sizes that divide the output size, that do not, smaller than it
    # (overlapping windows) and equal to it; with and without a batch dim.
    _check(programs.adaptive_max_pool1d_values, [(2, 3, 12), (1, 2, 10), (2, 3), (3, 5)])
    _check(programs.adaptive_max_pool1d_indices, [(2, 3, 9), (1, 2, 10), (2, 2), (4, 3), (2, 1, 1)])
    _check(
        programs.adaptive_max_pool2d_values, [(1, 2, 6, 4), (2, 3, 7, 5), (2, 2, 3), (1, 1, 1, 1)]
    )
    _check(
        programs.adaptive_max_pool2d_indices,
        [(1, 3, 9, 15), (2, 2, 7, 5), (1, 1, 3, 2), (3, 14, 10), (2, 20, 6)],
    )
    _check(programs.adaptive_max_pool2d_indices_only, [(2, 3, 4, 9), (3, 5, 5)])
    _check(programs.adaptive_max_pool2d_unit, [(2, 3, 4, 5), (1, 3, 3)])
    _check(programs.adaptive_max_pool2d_indices, [(2, 3, 9, 15)], dtype=torch.float64)


def test_unknown_output_size_is_kept():
    original = script(programs.adaptive_max_pool2d_size_argument)
    x = torch.randn(1, 2, 6, 6)
    rewritten, preparation = prepared(original, (x, 3))
    assert preparation.fired["decompose-adaptive-max-pool"] == 0
    assert_same(original, rewritten, [(x, 3), (x, 2)])
