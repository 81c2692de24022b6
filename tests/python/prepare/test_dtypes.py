"""Dtypes made explicit: the same values, dtypes and shapes."""

import dtype_programs as programs
import torch
from prepare_support import assert_same, node_kinds, prepared, script


def test_arange_of_ints():
    original = script(programs.aranges)
    x = torch.randn(3)
    rewritten, preparation = prepared(original, (x, 5))
    # The four arange of ints (the float and int32 ones are kept).
    assert preparation.fired["arange-of-ints-as-int64"] == 4
    assert_same(original, rewritten, [(x, 5), (x, 2), (torch.randn(3), 9)])


def test_dtype_of_factory():
    original = script(programs.arange_out)
    x = torch.randn(5)
    rewritten, preparation = prepared(original, (x,))
    assert preparation.fired["fold-dtype-of-factory"] >= 1
    # The out= tensor is no longer allocated; the constant dtype is returned.
    assert not {"aten::empty", "aten::zeros", "prim::dtype"} & node_kinds(rewritten.graph)
    assert_same(original, rewritten, [(x,), (torch.zeros(5),)])

    original = script(programs.arange_out_default_dtype)
    rewritten, preparation = prepared(original, (x,))
    assert preparation.fired["fold-dtype-of-factory"] == 2
    assert not {"aten::empty", "aten::ones"} & node_kinds(rewritten.graph)
    assert "aten::full" in node_kinds(rewritten.graph)
    assert_same(original, rewritten, [(x,), (torch.zeros(5, dtype=torch.float64),)])


def test_cross_entropy_classes_are_int64():
    original = script(programs.cross_entropy_none)
    logits, target = torch.randn(2, 4, 3), torch.randint(0, 4, (2, 3))
    rewritten, preparation = prepared(original, (logits, target))
    assert preparation.fired["arange-of-ints-as-int64"] >= 1
    assert_same(
        original,
        rewritten,
        [(logits, target), (torch.randn(2, 4, 3), torch.zeros(2, 3, dtype=torch.int64))],
    )


def test_uint8_cast_through_int64():
    original = script(programs.to_uint8)
    x = torch.tensor([0.0, 1.5, 127.9, 128.0, 195.9, 255.0])
    rewritten, preparation = prepared(original, (x,))
    assert preparation.fired["uint8-cast-through-int64"] == 2
    # Floats in [0, 256) and negative ones, ints (wrapping), bools, uint8 itself.
    assert_same(
        original,
        rewritten,
        [
            (x,),
            (torch.rand(50, dtype=torch.float64) * 255,),
            (-torch.rand(8) * 100,),
            (torch.tensor([-300, -1, 0, 200, 256, 1000]),),
            (torch.tensor([-128, -1, 5, 127], dtype=torch.int8),),
            (torch.tensor([True, False]),),
            (torch.tensor([0, 200, 255], dtype=torch.uint8),),
        ],
    )
