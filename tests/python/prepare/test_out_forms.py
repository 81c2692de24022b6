"""Generic out= overloads and rank-4+ linears."""

import warnings

import out_forms_programs as programs
import pytest
import torch
from prepare_support import assert_same, prepared, script

_OUT = "functional-out-overloads"


def _has_out_form(graph) -> bool:
    return any(", Tensor(a!) out)" in n.schema() for n in graph.nodes())


def _check(program, argument_tuples, fires=1):
    original = script(program)
    example = argument_tuples[0]
    rewritten, preparation = prepared(original, example)
    assert preparation.fired[_OUT] == fires, program.__name__
    if fires:
        assert not _has_out_form(rewritten.graph), rewritten.graph
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # out= resizes
        assert_same(original, rewritten, argument_tuples)
    return rewritten


def _raises_in_both(program, arguments, message):
    original = script(program)
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired[_OUT] == 1
    for function in (original, rewritten):
        with pytest.raises((RuntimeError, torch.jit.Error), match=message):
            function(*arguments)


def test_out_overloads():
    a, b = torch.randn(2, 3), torch.randn(2, 3)
    # Out of the right shape, of the wrong shape (resized), of another dtype.
    _check(programs.add_out, [(a, b), (torch.randn(4, 1), torch.randn(4, 1))])
    _check(programs.add_out_resized, [(a, b), (torch.randn(5), torch.randn(5))])
    _check(programs.add_out_float64, [(a, b)])
    _check(programs.sum_out, [(a,), (torch.randn(5, 1),)])
    _check(programs.sum_out_resized_float64, [(a,), (torch.randn(4, 1),)])
    _check(programs.sum_out_int32, [(torch.randint(0, 9, (3, 4)),), (a,)])
    _check(programs.mul_out_then_mutated, [(torch.randn(5), torch.randn(5))])
    _check(programs.mul_out_float16, [(a, b)])
    _check(programs.matmul_out, [(a, b.t()), (torch.randn(3), torch.randn(3, 4))])
    _check(programs.cat_out, [(a, b), (torch.randn(1, 2), torch.randn(3, 2))])
    _check(programs.cat_out_float64, [(a, b)])
    # Eager raises where out's dtype cannot take the result; so does the rewrite.
    _raises_in_both(programs.add_out_int64_raises, (a, b), "can't be cast")
    _raises_in_both(programs.matmul_out_float64_raises, (a, b.t()), "dtype")


def test_out_overloads_refused():
    # An argument (the caller sees the write), a tensor read before the op,
    # and an out that is also an operand stay out forms.
    for program, arguments in [
        (programs.add_out_into_argument, (torch.randn(3), torch.zeros(3))),
        (programs.add_out_read_before, (torch.randn(3),)),
        (programs.add_out_self, (torch.randn(3),)),
    ]:
        original = script(program)
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[_OUT] == 0, program.__name__
        assert _has_out_form(rewritten.graph)
        assert_same(original, rewritten, [arguments])


def _linear_kinds(graph):
    return [n for n in graph.nodes() if n.kind() == "aten::linear"]


def test_linear_rank4():
    for program, arguments in [
        (programs.linear_rank4, (torch.randn(2, 3, 4, 5), torch.randn(6, 5), torch.randn(6))),
        (programs.linear_rank5_no_bias, (torch.randn(2, 1, 3, 4, 5), torch.randn(6, 5))),
        (
            programs.linear_rank4_optional_bias,
            (torch.randn(2, 3, 4, 5), torch.randn(6, 5), torch.randn(6)),
        ),
    ]:
        original = script(program)
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired["linear-of-rank-3"] == 1, program.__name__
        (linear,) = _linear_kinds(rewritten.graph)
        assert linear.inputsAt(0).node().kind() == "aten::flatten"
        # The example arguments fix the sizes: other values of the same shapes.
        other = tuple(torch.randn_like(a) for a in arguments)
        assert_same(original, rewritten, [arguments, other])
        assert rewritten(*arguments).shape == original(*arguments).shape
    rewritten, preparation = prepared(
        script(programs.linear_rank4_optional_bias),
        (torch.randn(2, 3, 4, 5), torch.randn(6, 5), None),
    )
    assert preparation.fired["linear-of-rank-3"] == 1
    x, w = torch.randn(2, 3, 4, 5), torch.randn(6, 5)
    assert_same(script(programs.linear_rank4_optional_bias), rewritten, [(x, w, None)])
    # A rank-3 input is left to the core.
    rewritten, preparation = prepared(
        script(programs.linear_rank4), (torch.randn(3, 4, 5), torch.randn(6, 5), torch.randn(6))
    )
    assert preparation.fired["linear-of-rank-3"] == 0
