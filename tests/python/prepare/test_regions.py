"""Loops, ifs, checks and literals the core cannot take as TorchScript writes them.

Each rewrite runs on a copy of a script function's graph; the original and
the rewritten program then run under the TorchScript interpreter on inputs
of several shapes (edge sizes included) and must agree exactly, errors
included.
"""

import pytest
import region_programs as programs
import torch
from prepare_support import assert_same, node_kinds, prepared, script


def _raises(program, arguments):
    try:
        program(*arguments)
    except (RuntimeError, torch.jit.Error) as error:
        return str(error)
    return None


def test_reads_of_unbind():
    for program, kinds in (
        (programs.sum_of_rows, {"aten::select"}),
        (programs.count_of_columns, {"aten::size"}),
        (programs.last_column, {"aten::select"}),
    ):
        original = script(program)
        rewritten, preparation = prepared(original, (torch.randn(3, 4),), dynamic=True)
        assert preparation.fired["reads-of-unbind"] == 1, program.__name__
        assert "aten::unbind" not in node_kinds(rewritten.graph)
        assert kinds <= node_kinds(rewritten.graph)
        shapes = [(3, 4), (1, 5), (0, 2), (6, 1)]
        cases = [
            (torch.randn(s),) for s in shapes if not (program is programs.last_column and s[1] == 0)
        ]
        assert_same(original, rewritten, cases)
    # An index out of range raises in both.
    original = script(programs.last_column)
    rewritten, _ = prepared(original, (torch.randn(3, 4),), dynamic=True)
    assert _raises(original, (torch.randn(3, 0),)) and _raises(rewritten, (torch.randn(3, 0),))


def test_unbind_that_escapes_stays():
    original = script(programs.unbind_returned)
    rewritten, preparation = prepared(original, (torch.randn(3, 4),), dynamic=True)
    assert preparation.fired["reads-of-unbind"] == 0
    assert_same(original, rewritten, [(torch.randn(3, 4),), (torch.randn(2, 1),)])


@pytest.mark.parametrize(
    "program, fired",
    [
        (programs.running_max_from, {"derive-index", "range-length-as-trip-count"}),
        (programs.every_other_row, {"derive-index", "range-length-as-trip-count"}),
        (programs.weighted_rows, {"min-of-constructed-list"}),
        (programs.zipped, {"min-of-constructed-list"}),
    ],
)
def test_loop_counts(program, fired):
    original = script(program)
    arity = len(original.schema.arguments)
    if program is programs.running_max_from:
        cases = [(torch.randn(r, 3), s) for r, s in ((5, 1), (4, 0), (3, 3), (2, 7), (3, -2))]
    elif arity == 2:
        cases = [
            (torch.randn(r, 3), torch.randn(q, 3)) for r, q in ((4, 4), (2, 5), (0, 3), (6, 1))
        ]
    else:
        cases = [(torch.randn(r, 3),) for r in (0, 1, 2, 5, 6)]
    rewritten, preparation = prepared(original, cases[0], dynamic=True)
    for name in fired:
        assert preparation.fired[name] >= 1, name
    kinds = node_kinds(rewritten.graph)
    assert not kinds & {"aten::__range_length", "aten::__derive_index"}
    assert_same(original, rewritten, cases)


def test_tuple_results_of_if():
    original = script(programs.pair_by_comparison)
    rewritten, preparation = prepared(original, (torch.randn(3), torch.randn(3)), dynamic=True)
    assert preparation.fired["split-tuple-results-of-if"] == 1
    (if_node,) = [n for n in rewritten.graph.nodes() if n.kind() == "prim::If"]
    assert all(isinstance(o.type(), torch._C.TensorType) for o in if_node.outputs())
    cases = [
        (torch.tensor([3.0, 1.0]), torch.tensor([1.0, 2.0])),
        (torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0])),
        (torch.tensor([float("nan")]), torch.tensor([1.0])),
    ]
    assert_same(original, rewritten, cases)


@pytest.mark.parametrize(
    "program, good, bad, message",
    [
        (
            programs.square_only,
            (torch.randn(3, 3),),
            (torch.randn(2, 3),),
            "AssertionError: square input",
        ),
        (
            programs.positive_count,
            (torch.randn(2), 3),
            (torch.randn(2), 0),
            "ValueError: n must be positive, got {}",
        ),
        (
            programs.checked_then_else,
            (torch.randn(3, 2),),
            (torch.randn(5, 2),),
            "RuntimeError: at most 3 rows",
        ),
    ],
)
def test_checks_as_runtime_asserts(program, good, bad, message):
    original = script(program)
    rewritten, preparation = prepared(original, good, dynamic=True)
    assert preparation.fired["checks-as-runtime-asserts"] == 1
    kinds = node_kinds(rewritten.graph)
    assert "prim::RaiseException" not in kinds
    assert "torch_mlir_prepare::runtime_assert" in kinds
    assert_same(original, rewritten, [good])
    # The bad input raises in both; the assertion's message is the raise's
    # (its template when formatted), after the exception's class.
    assert _raises(original, bad)
    assert message in _raises(rewritten, bad)


def test_checks_survive_dead_code_elimination():
    rewritten, _ = prepared(script(programs.square_only), (torch.randn(3, 3),), dynamic=True)
    graph = rewritten.graph.copy()
    torch._C._jit_pass_dce(graph)
    assert "torch_mlir_prepare::runtime_assert" in node_kinds(graph)


@pytest.mark.parametrize(
    "program, examples",
    [
        (
            programs.plus_literal,
            [torch.randint(-5, 5, (2, 2), dtype=torch.int32), torch.zeros(1, 2, dtype=torch.int32)],
        ),
        (programs.float_literal, [torch.randn(3, 4), torch.randn(3, 1), torch.randn(2, 3, 1)]),
    ],
)
def test_tensor_of_constants(program, examples):
    original = script(program)
    rewritten, preparation = prepared(original, (examples[0],), dynamic=True)
    assert preparation.fired["tensor-of-constants"] == 1
    assert "aten::tensor" not in node_kinds(rewritten.graph)
    assert_same(original, rewritten, [(x,) for x in examples])
    # Each call still returns a tensor of its own.
    first, second = rewritten(examples[0]), rewritten(examples[0])
    assert first.data_ptr() != second.data_ptr()


def test_tensor_of_constants_written():
    # The write into the fresh literal is removed first: the constant holds.
    original = script(programs.literal_written)
    rewritten, preparation = prepared(original, (torch.randn(2),), dynamic=True)
    assert preparation.fired["tensor-of-constants"] == 1
    assert_same(original, rewritten, [(torch.randn(2),), (torch.ones(3),), (torch.zeros(0),)])
    # A graph that writes into a tensor is left alone.
    original = script(programs.literal_into_argument)
    rewritten, preparation = prepared(original, (torch.randn(1, 2),), dynamic=True)
    assert preparation.fired["tensor-of-constants"] == 0
    x = torch.randn(3, 2)
    assert_same(original, rewritten, [(x.clone(),), (torch.zeros(1, 2),)])


@pytest.mark.parametrize(
    "program, shapes",
    [
        (programs.chunk_rows, [(5, 2), (2, 3), (6, 1), (1, 4)]),
        (programs.split_columns, [(3, 6), (1, 5)]),
        (programs.sections, [(7, 2), (2, 2), (0, 3)]),
        (programs.at_indices, [(2, 5), (3, 1), (1, 12)]),
        (programs.rows, [(3, 4), (1, 2)]),
    ],
)
def test_static_splits_as_slices(program, shapes):
    original = script(program)
    for shape in shapes:
        example = torch.randn(shape)
        # Static example: the sizes fix how many pieces there are.
        rewritten, preparation = prepared(original, (example,))
        if program is programs.split_columns and shape[1] % 2 != 0 and shape[1] < 5:
            continue
        if program in (programs.chunk_rows, programs.sections):
            # The others are taken by earlier entries of the table (reads of
            # unbind, split_with_sizes, the tensor_split decomposition).
            assert preparation.fired["static-splits-as-slices"] == 1, (program.__name__, shape)
        kinds = node_kinds(rewritten.graph)
        assert not kinds & {"aten::chunk", "aten::split", "aten::tensor_split", "aten::unbind"}
        others = [torch.randn(shape), torch.zeros(shape), torch.full(shape, float("nan"))]
        assert_same(original, rewritten, [(x,) for x in others])


def test_list_return_as_tuple():
    original = script(programs.sums)
    rewritten, preparation = prepared(original, (torch.randn(3, 4),), dynamic=True)
    assert preparation.fired["return-list-as-tuple"] == 1
    assert preparation.list_returns == {original.qualified_name}
    # The graph returns a tuple of the same elements (prepared() calls it as a list).
    assert isinstance(rewritten.graph.outputs().__next__().type(), torch._C.TupleType)
    for x in (torch.randn(3, 4), torch.zeros(1, 1)):
        assert_same(original, rewritten, [(x,)])
