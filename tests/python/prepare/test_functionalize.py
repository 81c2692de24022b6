"""Writes through views become functional ops, scatters and re-derived views
that compute what the original program computes."""

import functionalize_programs as programs
import pytest
import torch
from prepare_support import assert_equal_outputs, node_kinds, prepared, script

_REWRITE = "functionalize-writes-through-views"


def _clone(arguments):
    return [a.clone() if isinstance(a, torch.Tensor) else a for a in arguments]


def _check(program, argument_tuples, fires=True):
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        assert (preparation.fired[_REWRITE] > 0) == fires, preparation.fired
        if fires:
            kinds = node_kinds(rewritten.graph)
            assert not {k for k in kinds if k.endswith("_") and not k.endswith("__")}, kinds
        # Each run gets its own copies: the original writes its arguments.
        expected = original(*_clone(arguments))
        actual = rewritten(*_clone(arguments))
        assert_equal_outputs(expected, actual)


def _floats(*shape):
    return [
        torch.randn(*shape),
        torch.randn(*shape, dtype=torch.float64),
        torch.tensor(float("nan")).expand(*shape).clone(),
        torch.full(shape, -0.0),
    ]


def test_writes_through_views():
    _check(programs.write_select_row, [(x,) for x in _floats(3, 2)] + [(torch.randn(1, 5),)])
    _check(
        programs.write_negative_select,
        [(torch.randint(-5, 5, (3, 4), dtype=torch.int32),), (torch.randn(1, 1),)],
    )
    _check(programs.write_strided_slice, [(x,) for x in _floats(5, 2)] + [(torch.randn(1, 3),)])
    _check(programs.write_view_of_view, [(torch.randn(2, 3, 4),), (torch.randn(4, 6),)])
    _check(
        programs.write_transposed,
        [(torch.randn(2, 3), torch.randn(3, 2)), (torch.randn(2, 3), torch.randn(2))],
    )
    _check(
        programs.write_permuted_and_unsqueezed,
        [(torch.randn(2, 3), torch.randn(3, 1)), (torch.randn(4, 1), torch.tensor(2.0))],
    )
    _check(programs.write_narrow, [(torch.randint(0, 9, (2, 4)),), (torch.randn(3, 3),)])
    _check(programs.write_base_read_views, [(x,) for x in _floats(3, 2)])
    _check(
        programs.write_overlapping,
        [(torch.randn(2, 4),), (torch.randn(3, 5, dtype=torch.float64),)],
    )
    _check(programs.write_argument, [(torch.randn(3, 2),), (torch.ones(1, 4, dtype=torch.int64),)])
    _check(programs.read_between_writes, [(x,) for x in _floats(2, 3)])
    _check(
        programs.set_items,
        [(torch.randn(3, 4), torch.tensor(5.0)), (torch.randint(0, 3, (2, 3)), torch.tensor(-2))],
    )


def test_writes_keep_the_written_dtype():
    ints = torch.randint(-9, 9, (3, 2), dtype=torch.int32)
    _check(
        programs.write_mixed_dtypes,
        [(ints, torch.randn(3, 2) * 10), (ints, torch.randint(-9, 9, (3, 2)))],
    )
    # A float16 row plus float32 values rounds once, to float16.
    halves = torch.randn(2, 3, dtype=torch.float16)
    _check(
        programs.write_half_from_float, [(halves, torch.randn(3) / 3), (halves, torch.tensor(1e-4))]
    )


@pytest.mark.parametrize(
    "program, arguments",
    [
        (programs.write_through_reshape, (torch.randn(2, 3),)),
        (programs.write_in_loop, (torch.randn(2, 3), 3)),
        (programs.write_after_list, (torch.randn(2, 3),)),
    ],
)
def test_aliases_it_cannot_follow_are_kept(program, arguments):
    _check(program, [arguments], fires=False)


def test_write_through_unbind():
    # `base.unbind(0)[0]` is read as `base.select(0, 0)` (reads-of-unbind),
    # a view the functionalization follows.
    _check(programs.write_through_unbind, [(torch.randn(2, 3),), (torch.randn(1, 4),)], fires=True)
