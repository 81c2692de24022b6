"""Queries that are constants under compilation fold to their values."""

import torch

import prepare_programs as programs
from prepare_support import assert_same, node_kinds, prepared, script

INPUTS = [(torch.randn(3, 4),), (torch.zeros(0),), (torch.tensor([float("nan"), 1.0]),)]


def _check(program, folded_kind, rewrite):
    original = script(program)
    assert folded_kind in node_kinds(original.graph)
    rewritten, preparation = prepared(original)
    assert folded_kind not in node_kinds(rewritten.graph)
    assert preparation.fired[rewrite] >= 1
    assert_same(original, rewritten, INPUTS)
    # The branch the query guarded is gone with it.
    assert "prim::If" not in node_kinds(rewritten.graph)


def test_is_nested():
    _check(programs.uses_is_nested, "prim::is_nested", "fold-is-nested")


def test_autocast():
    _check(programs.uses_autocast, "aten::is_autocast_enabled", "fold-autocast-queries")


def test_device_queries():
    _check(programs.uses_device_queries, "prim::is_cuda", "fold-accelerator-queries")


def test_is_scripting():
    original = script(programs.uses_is_scripting)
    rewritten, _ = prepared(original)
    assert_same(original, rewritten, INPUTS)
    assert "prim::If" not in node_kinds(rewritten.graph)


def test_mha_fastpath():
    """The fast-path query is folded inside MultiheadAttention (an inlined
    callee), and the fused kernel is gone from the prepared graph."""
    from torch_mlir.prepare import Preparation

    torch.manual_seed(0)
    module = torch.nn.MultiheadAttention(8, 2, batch_first=True).eval()
    scripted = script(module)
    original_text = str(scripted.forward.graph)
    preparation = Preparation()
    graph = preparation.prepare_graph(
        "forward", scripted.forward.graph.copy()
    )
    assert str(scripted.forward.graph) == original_text
    assert preparation.fired["disable-mha-fastpath"] >= 1
    kinds = node_kinds(graph)
    assert "aten::_native_multi_head_attention" not in kinds
    assert "prim::CallFunction" not in kinds and "prim::CallMethod" not in kinds
    rewritten = torch._C._create_function_from_graph("prepared_mha", graph)
    for shape in [(1, 5, 8), (3, 2, 8)]:
        x = torch.randn(shape)
        mask = torch.rand(shape[1], shape[1]) > 0.5
        mask[:, 0] = False  # every query attends to one key at least
        for args in [
            (x, x, x, None, False, None, True, False),
            (x, x, x, None, True, mask, True, False),
        ]:
            # Expected: eager PyTorch. The scripted module itself fails here
            # with need_weights=False under no_grad ("strides() called on an
            # undefined Tensor", in TorchScript's fast path).
            with torch.no_grad():
                expected = module(*args)
                actual = rewritten(scripted._c, *args)
            # The fast path and the reference path differ in rounding only.
            torch.testing.assert_close(actual[0], expected[0], rtol=1e-5, atol=1e-6)
            if args[4]:
                torch.testing.assert_close(actual[1], expected[1], rtol=1e-5, atol=1e-6)


def test_identity_of_one_value():
    original = script(programs.identity_tests)
    rewritten, preparation = prepared(original)
    # `x is x` folds; `x is not y` compares two values and stays.
    assert preparation.fired["fold-identity-of-one-value"] == 1
    assert "aten::__isnot__" in node_kinds(rewritten.graph)
    x = torch.randn(3)
    assert_same(original, rewritten, [(x, torch.randn(3)), (x, x), (torch.zeros(0), torch.ones(1))])


def test_known_rank():
    original = script(programs.rank_dependent)
    for example, others in [
        (torch.randn(2, 3, 4), [torch.zeros(1, 1, 1), torch.randn(3, 0, 2)]),
        (torch.randn(2, 3), [torch.ones(4, 1)]),
    ]:
        y = torch.randn(5)
        rewritten, preparation = prepared(original, (example, y))
        assert preparation.fired["fold-known-rank"] == 1
        assert "aten::dim" not in node_kinds(rewritten.graph)
        assert_same(original, rewritten, [(x, y) for x in [example, *others]])
    # Without an example the rank is unknown: nothing folds.
    rewritten, preparation = prepared(original)
    assert preparation.fired["fold-known-rank"] == 0
    assert_same(original, rewritten, [(torch.randn(2, 3, 4), y), (torch.randn(2, 3), y)])
