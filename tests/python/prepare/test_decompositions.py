"""Decompositions compute what the op they replace computes."""

import prepare_programs as programs
import torch
from prepare_support import assert_same, prepared, script


def _check_unbatched(program, weights, unbatched_inputs, batched_input):
    original = script(program)
    rewritten, preparation = prepared(original, (unbatched_inputs[0], *weights))
    assert preparation.fired["batched-unbatched-conv"] == 1, program.__name__
    assert_same(original, rewritten, [(x, *weights) for x in unbatched_inputs])
    # A batched example: the conv is left as it is.
    rewritten, preparation = prepared(original, (batched_input, *weights))
    assert preparation.fired["batched-unbatched-conv"] == 0
    assert_same(original, rewritten, [(batched_input, *weights)])


def test_unbatched_conv():
    w, b = torch.randn(4, 3, 3, 3), torch.randn(4)
    _check_unbatched(
        programs.conv_any_batch,
        (w, b),
        [torch.randn(3, 8, 9), torch.randn(3, 5, 5), torch.zeros(3, 3, 4)],
        torch.randn(2, 3, 8, 9),
    )
    _check_unbatched(
        programs.conv1d_any_batch,
        (torch.randn(4, 1, 3),),
        [torch.randn(2, 9), torch.randn(2, 20)],
        torch.randn(3, 2, 9),
    )
    _check_unbatched(
        programs.conv3d_any_batch,
        (torch.randn(2, 3, 2, 2, 2),),
        [torch.randn(3, 4, 4, 4), torch.randn(3, 2, 5, 3)],
        torch.randn(2, 3, 4, 4, 4),
    )
    # float64 as well.
    _check_unbatched(
        programs.conv_any_batch,
        (w.double(), b.double()),
        [torch.randn(3, 6, 6, dtype=torch.float64)],
        torch.randn(1, 3, 6, 6, dtype=torch.float64),
    )


def test_string_padding_conv_is_kept():
    original = script(programs.conv_same_padding)
    w = torch.randn(2, 3, 3, 3)
    rewritten, preparation = prepared(original, (torch.randn(3, 6, 6), w))
    assert preparation.fired["batched-unbatched-conv"] == 0
    assert_same(original, rewritten, [(torch.randn(1, 3, 6, 6), w), (torch.randn(3, 6, 6), w)])
