"""matmul of 3-D tensors as bmm: the same products, with the batch broadcast
of eager, for static and dynamic batch sizes. Operands are small integers in
float, so every product is exact and outputs compare bit for bit."""

import matmul_programs as programs
import pytest
import torch
from prepare_support import assert_same, node_kinds, prepared, script

from torch_mlir.prepare import Preparation


def _integers(*shape, dtype=torch.float32):
    return torch.randint(-4, 5, shape).to(dtype)


def _prepared_dynamic(original, ranks, static_batches=(None, None), dtype=torch.float32):
    """The prepared copy for arguments of the given ranks with dynamic sizes,
    except the batch sizes given in `static_batches`."""
    types = []
    for rank, batch in zip(ranks, static_batches):
        argument = torch._C.TensorType.create_from_tensor(torch.zeros([1] * rank, dtype=dtype))
        types.append(argument.with_sizes([batch] + [None] * (rank - 1)))
    preparation = Preparation(argument_types={original.qualified_name: types})
    graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
    function = torch._C._create_function_from_graph(f"dynamic_{original.name}", graph)
    return function, preparation


_PAIRS = [
    ((1, 2, 4), (3, 4, 5)),
    ((3, 2, 4), (1, 4, 5)),
    ((2, 3, 4), (2, 4, 1)),
    ((1, 1, 3), (1, 3, 2)),
    ((0, 2, 3), (1, 3, 4)),
    ((1, 2, 3), (0, 3, 4)),
]


@pytest.mark.parametrize("program", [programs.matmul, programs.matmul_operator])
def test_batched_matmul(program):
    original = script(program)
    # Dynamic batch sizes: one program for every pair.
    rewritten, preparation = _prepared_dynamic(original, (3, 3))
    assert preparation.fired["batched-matmul-as-bmm"] == 1
    assert "aten::matmul" not in node_kinds(rewritten.graph)
    assert_same(original, rewritten, [(_integers(*p), _integers(*q)) for p, q in _PAIRS])
    # int64 operands.
    assert_same(
        original,
        rewritten,
        [(_integers(*p, dtype=torch.int64), _integers(*q, dtype=torch.int64)) for p, q in _PAIRS],
    )
    # A batch of one fixed on one side, dynamic on the other.
    rewritten, preparation = _prepared_dynamic(original, (3, 3), (1, None))
    assert preparation.fired["batched-matmul-as-bmm"] == 1
    assert_same(
        original, rewritten, [(_integers(*p), _integers(*q)) for p, q in _PAIRS if p[0] == 1]
    )
    rewritten, preparation = _prepared_dynamic(original, (3, 3), (None, 1))
    assert_same(
        original, rewritten, [(_integers(*p), _integers(*q)) for p, q in _PAIRS if q[0] == 1]
    )
    # Static sizes.
    for p, q in _PAIRS:
        rewritten, preparation = prepared(original, (_integers(*p), _integers(*q)))
        assert preparation.fired["batched-matmul-as-bmm"] == 1
        assert_same(original, rewritten, [(_integers(*p), _integers(*q)) for _ in range(3)])


def test_incompatible_batches_still_fail():
    original = script(programs.matmul)
    rewritten, _ = _prepared_dynamic(original, (3, 3))
    a, b = torch.randn(2, 2, 3), torch.randn(3, 3, 4)
    with pytest.raises(RuntimeError):
        original(a, b)
    with pytest.raises(RuntimeError):
        rewritten(a, b)


def test_other_ranks_are_kept():
    original = script(programs.matmul)
    for p, q in [((2, 3), (3, 4)), ((2, 2, 3), (3, 4)), ((2, 1, 2, 3), (2, 3, 4))]:
        rewritten, preparation = prepared(original, (torch.randn(p), torch.randn(q)))
        assert preparation.fired["batched-matmul-as-bmm"] == 0


_VECTOR_PAIRS = [
    ((4,), (3, 4, 5)),
    ((4,), (1, 4, 2)),
    ((3,), (2, 3, 3, 5)),
    ((2, 3, 4), (4,)),
    ((2, 1, 3, 4), (4,)),
    ((0, 2, 3), (3,)),
    ((3,), (2, 0, 3, 4)),
]


@pytest.mark.parametrize("program", [programs.matmul, programs.matmul_operator])
def test_vector_matmul(program):
    original = script(program)
    for shape_a, shape_b in _VECTOR_PAIRS:
        a, b = _integers(*shape_a), _integers(*shape_b)
        rewritten, preparation = prepared(original, (a, b))
        assert preparation.fired["vector-matmul-as-bmm"] == 1, (shape_a, shape_b)
        assert "aten::matmul" not in node_kinds(rewritten.graph)
        assert_same(original, rewritten, [(a, b), (_integers(*shape_a), _integers(*shape_b))])
    # Dynamic sizes: one graph for every size of the same ranks.
    for ranks, shapes in [
        ((1, 3), [((4,), (3, 4, 5)), ((2,), (1, 2, 7))]),
        ((4, 1), [((2, 1, 3, 4), (4,)), ((1, 3, 2, 5), (5,))]),
    ]:
        rewritten, preparation = _prepared_dynamic(original, ranks, (None, None))
        assert preparation.fired["vector-matmul-as-bmm"] == 1
        assert_same(original, rewritten, [(_integers(*sa), _integers(*sb)) for sa, sb in shapes])
    # 1-D with 2-D and 5-D operands is left as it is.
    for shapes in [((4,), (4, 5)), ((2,), (1, 1, 1, 2, 3))]:
        _, preparation = prepared(original, tuple(_integers(*s) for s in shapes))
        assert preparation.fired["vector-matmul-as-bmm"] == 0
