"""out= forms become functional ops when nothing else sees the out tensor."""

import prepare_programs as programs
import torch
from prepare_support import assert_same, node_kinds, prepared, script


def _out_arange_count(graph) -> int:
    return str(graph).count("aten::arange") - sum(
        1 for line in str(graph).splitlines() if "aten::arange" in line and "prim::dtype" in line
    )


def test_arange_out():
    for program, arguments in [
        (programs.arange_start_out, [(torch.randn(3),), (torch.ones(2, dtype=torch.float64),)]),
        (programs.arange_end_out, [(0,), (5,), (1,)]),
        (programs.arange_step_out_then_mutated, [(torch.randn(2),), (torch.zeros(1),)]),
    ]:
        original = script(program)
        rewritten, preparation = prepared(original)
        assert preparation.fired["functional-arange-out"] == 1, program.__name__
        assert "Tensor(a!)" not in "".join(
            str(n.schema()) for n in rewritten.graph.findAllNodes("aten::arange")
        )
        assert_same(original, rewritten, arguments)


def test_arange_out_into_argument_is_kept():
    original = script(programs.arange_out_into_argument)
    rewritten, preparation = prepared(original)
    assert preparation.fired["functional-arange-out"] == 0
    assert_same(
        original,
        rewritten,
        [(torch.zeros(3, dtype=torch.int64),), (torch.empty(0, dtype=torch.float32),)],
    )


def test_split_with_sizes():
    original = script(programs.split_constant_sizes)
    rewritten, preparation = prepared(original)
    assert preparation.fired["split-with-sizes-as-slices"] == 1
    assert not node_kinds(rewritten.graph) & {"aten::split", "aten::split_with_sizes"}
    assert_same(original, rewritten, [(torch.randn(6, 3),), (torch.arange(6.0),)])

    original = script(programs.split_computed_sizes)
    rewritten, preparation = prepared(original)
    assert preparation.fired["split-with-sizes-as-slices"] == 1
    assert_same(
        original,
        rewritten,
        [(torch.randn(9, 3), torch.randn(2, 3)), (torch.randn(4, 1), torch.randn(1))],
    )
    # A negative size fails in both, with the same kind of error.
    for program in (original, rewritten):
        try:
            program(torch.randn(9, 3), torch.randn(5))
        except (RuntimeError, torch.jit.Error) as error:
            assert "split_with_sizes expects split_sizes" in str(error)
        else:
            raise AssertionError("the bad split did not raise")


def test_split_by_size():
    original = script(programs.split_by_size)
    rewritten, preparation = prepared(original)
    assert preparation.fired["split-with-sizes-as-slices"] == 1
    assert "aten::split" not in node_kinds(rewritten.graph)
    # 9 columns: parts of 4, 4, 1; 6 columns: 3, 3, 0 is two parts -> both raise.
    assert_same(original, rewritten, [(torch.randn(2, 9),), (torch.randn(1, 2, 12),)])
    for program in (original, rewritten):
        try:
            program(torch.randn(2, 6))
        except (RuntimeError, torch.jit.Error, ValueError):
            pass
        else:
            raise AssertionError("a split into two parts unpacked into three did not raise")
