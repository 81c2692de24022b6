"""out= forms become functional ops when nothing else sees the out tensor."""

import torch

import prepare_programs as programs
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
