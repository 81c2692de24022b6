"""Counted while loops become for loops with the same iterations."""

import loop_programs as programs
import torch
from prepare_support import assert_same, prepared, script


def _loops(graph):
    return [n for n in graph.nodes() if n.kind() == "prim::Loop"]


def _check(program, fired, unrolled=True):
    original = script(program)
    examples = [
        torch.randn(3, 4),
        torch.zeros(2, 2),
        torch.full((5,), 30.0),
        torch.randn(4, 1) * 40,
    ]
    for example in examples:
        rewritten, preparation = prepared(original, (example,))
        if fired is not None:
            assert preparation.fired["counted-while-as-for"] == fired, program.__name__
        if unrolled:
            assert not _loops(rewritten.graph)
        assert_same(original, rewritten, [(x,) for x in examples if x.shape == example.shape])
    return rewritten


def test_counted_while():
    _check(programs.counted_while, 1)
    _check(programs.counted_while_step, 1)
    _check(programs.counted_while_inclusive, 1)
    # Never entered (TorchScript may drop the loop itself).
    _check(programs.counted_while_never, None)
    rewritten = _check(programs.counted_while_many, 1, unrolled=False)
    # A for loop of a constant trip count, partially unrolled.
    for loop in _loops(rewritten.graph):
        assert next(loop.inputs()).toIValue() != 9223372036854775807


def test_other_while_loops_are_kept():
    # A break, a bound that depends on the input, a counter that the body
    # changes otherwise.
    _check(programs.while_with_break, 0, unrolled=False)
    _check(programs.while_on_tensor_bound, 0, unrolled=False)
    _check(programs.while_counter_changed_in_body, 0, unrolled=False)
