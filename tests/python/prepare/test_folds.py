"""Queries that are constants under compilation fold to their values."""

import prepare_programs as programs
import torch
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
    graph = preparation.prepare_graph("forward", scripted.forward.graph.copy())
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


def test_self_comparisons():
    original = script(programs.self_comparisons)
    rewritten, preparation = prepared(original)
    # Two `x.shape` are the sizes of one tensor, two `x.dim()` one value
    # (CSE). `f == f` is folded by TorchScript's own peephole pass, which the
    # interpreter runs too (it answers True for NaN, like the rewritten
    # graph).
    assert preparation.fired["fold-identity-of-one-value"] >= 1
    assert node_kinds(rewritten.graph) <= {"prim::Constant"}
    assert_same(
        original,
        rewritten,
        [(torch.randn(2, 3), 1.5), (torch.zeros(0), float("nan")), (torch.ones(()), 0.0)],
    )


def test_module_constants():
    """Immutable attributes fold; an attribute a method assigns does not;
    submodules are followed, not folded."""
    from torch_mlir.prepare import Preparation, assigned_attribute_names

    torch.manual_seed(0)
    module = programs.Config()
    scripted = script(module)
    qualified = scripted._c._type().qualified_name() + ".forward"
    original_text = str(scripted.forward.graph)
    preparation = Preparation(
        argument_types={qualified: [None]},
        root_object=scripted._c,
        assigned_attributes=assigned_attribute_names(scripted),
    )
    graph = preparation.prepare_graph(qualified, scripted.forward.graph.copy())
    assert str(scripted.forward.graph) == original_text
    assert preparation.fired["fold-module-constants"] >= 4
    read = {n.s("name") for n in graph.findAllNodes("prim::GetAttr")}
    assert "counter" in read and "weight" in read
    assert not read & {"scale", "use_bias", "name", "sizes", "in_features"}
    rewritten = torch._C._create_function_from_graph("prepared_config", graph)
    for x in [torch.randn(2, 3), torch.randn(6, 1).view(2, 3)]:
        assert_equal = rewritten(scripted._c, x)
        expected = scripted(x)
        torch.testing.assert_close(assert_equal[0], expected[0], rtol=0, atol=0)
        assert assert_equal[1] == expected[1]
    # The counter is still read from the module after a method assigned it.
    scripted.bump()
    assert rewritten(scripted._c, torch.randn(2, 3))[1] == scripted(torch.randn(2, 3))[1] == 4


def test_tuple_round_trips():
    original = script(programs.tuple_round_trips)
    rewritten, preparation = prepared(original)
    assert preparation.fired["fold-tuple-round-trips"] >= 1
    kinds = node_kinds(rewritten.graph)
    assert not kinds & {"prim::TupleUnpack", "prim::TupleIndex", "prim::ListUnpack"}
    assert_same(original, rewritten, [(torch.randn(3),), (torch.zeros(2, 0),)])


def test_inferred_ranks_are_the_ranks_the_program_produces():
    from torch_mlir.prepare.ranks import infer_ranks

    original = script(programs.many_ranks)
    graph = original.graph.copy()
    for x, w in [(torch.randn(4, 6), torch.randn(6, 6)), (torch.randn(2, 6), torch.randn(6, 6))]:
        types = [torch._C.TensorType.create_from_tensor(t) for t in (x, w)]
        ranks = infer_ranks(graph, types)
        outputs = list(graph.outputs())[0].node()
        assert outputs.kind() == "prim::TupleConstruct"
        actual = original(x, w)
        for value, tensor in zip(outputs.inputs(), actual):
            assert ranks.get(value.unique()) == tensor.dim(), value
    # Without argument types nothing is claimed.
    assert infer_ranks(graph, None) == {}


def test_rank_rules_agree_with_shape_propagation():
    # The rules alone (no shape propagation) decide most rewrites; where both
    # derive a rank, it is the same one, on whole models and their weights.
    import examples.models as make_run_models
    from torch_mlir.prepare.ranks import infer_ranks

    checked = 0
    for spec in make_run_models.MODELS:
        if spec.use_tracing:
            continue
        model = spec.build()
        scripted = torch.jit.script(model)
        graph = scripted.graph.copy()
        torch._C._jit_pass_inline(graph)
        types = [torch._C.TensorType.create_from_tensor(t) for t in spec.example_inputs()]
        full = infer_ranks(graph, types, scripted._c)
        rules = infer_ranks(graph, types, scripted._c, propagate=False)
        both = {key for key in full.keys() & rules.keys() if not isinstance(key, tuple)}
        assert all(full[key] == rules[key] for key in both), spec.name
        # The rules rank every tensor value of these models (but the results
        # of aten::lstm, which the step decomposes before ranks are asked).
        if not graph.findAllNodes("aten::lstm"):
            ranked_by_propagation = {key for key in full if not isinstance(key, tuple)}
            assert ranked_by_propagation <= both, spec.name
        checked += len(both)
    assert checked > 150


def test_every_rewrite_names_an_existing_test():
    import os

    from torch_mlir.prepare import REWRITES

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    for rewrite in REWRITES:
        path, _, name = rewrite.test.partition("::")
        with open(os.path.join(root, path)) as f:
            assert f"def {name}(" in f.read(), rewrite.name


def test_known_size():
    original = script(programs.known_sizes)
    x, y = torch.randn(2, 5, 3), torch.randn(4)
    rewritten, preparation = prepared(original, (x, y))
    assert preparation.fired["fold-known-size"] == 3
    assert "aten::size" not in node_kinds(rewritten.graph)
    assert_same(original, rewritten, [(x, y)])
    # A dynamic dim (an example with unknown sizes) stays a size query.
    from torch_mlir.prepare import Preparation

    dynamic = torch._C.TensorType.get().with_dtype(torch.float32).with_sizes([None, 5, None])
    preparation = Preparation(argument_types={original.qualified_name: [dynamic, None]})
    graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
    assert preparation.fired["fold-known-size"] == 1
    assert len(graph.findAllNodes("aten::size")) == 2


def test_container_attributes():
    """Reads of dict and list attributes by constant keys fold; a list a
    method changes in place does not, nor a read that raises."""
    from torch_mlir.prepare import Preparation, assigned_attribute_names

    scripted = script(programs.ContainerConfig())
    assigned = assigned_attribute_names(scripted)
    assert "history" in assigned and "widths" not in assigned
    prefix = scripted._c._type().qualified_name()
    preparation = Preparation(
        argument_types={prefix + ".forward": [None, None], prefix + ".missing": []},
        root_object=scripted._c,
        assigned_attributes=assigned,
    )
    graph = preparation.prepare_graph(prefix + ".forward", scripted.forward.graph.copy())
    read = {n.s("name") for n in graph.findAllNodes("prim::GetAttr")}
    assert read == {"history"}
    rewritten = torch._C._create_function_from_graph("prepared_containers", graph)
    for a, b in [(torch.randn(4), torch.randn(4)), (torch.zeros(2), torch.ones(2))]:
        expected, actual = scripted(a, b), rewritten(scripted._c, a, b)
        torch.testing.assert_close(actual[0], expected[0], rtol=0, atol=0)
        assert actual[1:] == expected[1:]
    missing = preparation.prepare_graph(prefix + ".missing", scripted.missing.graph.copy())
    assert {n.s("name") for n in missing.findAllNodes("prim::GetAttr")} == {"optional"}
