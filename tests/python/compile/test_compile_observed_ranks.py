"""Ranks and dtypes at loop and if boundaries, observed at made-up sizes
(`torch_mlir.prepare.observed_ranks`), for examples with -1 dims.

The tests compile from placeholders with dynamic dims, read what the import
asserted ("raw" IR: value tensors carried through loops and yielded by ifs),
check that nothing is asserted where a size could change a rank, and run the
compiled programs on the RefBackend at several sizes against eager PyTorch.
"""

import ranks_programs as programs
import torch
from compile_test_support import assert_matches, backend_for

from torch_mlir.compiler_utils import TensorPlaceholder
from torch_mlir.torchscript import compile


def _dynamic(rank, dtype=torch.float32):
    return TensorPlaceholder([-1] * rank, dtype)


def _raw(module, rank=2):
    return str(compile(module, [_dynamic(rank)], output_type="raw"))


def test_loops_carry_value_tensors():
    for module in (programs.SumOfRows(), programs.RunningMax()):
        raw = _raw(module)
        assert "torch.copy.to_vtensor" in raw, type(module).__name__
        assert "!torch.vtensor<[?],f32>)" in raw  # the carried block argument


def test_ifs_decided_by_sizes_or_data_yield_value_tensors():
    for module in (programs.TallToWide(), programs.ByTotal()):
        raw = _raw(module)
        assert "torch.prim.If" in raw
        assert "-> (!torch.vtensor<[?,?],f32>)" in raw, type(module).__name__


def test_no_rank_where_sizes_decide_it():
    for module in (programs.SqueezeInLoop(), programs.RankByBranch(), programs.FlattenBySize()):
        raw = _raw(module, rank=3 if isinstance(module, programs.FlattenBySize) else 2)
        assert "torch.copy.to_vtensor" not in raw, type(module).__name__


def test_compiled_loops_and_ifs_match_eager():
    cases = [
        (programs.SumOfRows(), [(4, 3), (1, 5), (0, 2)]),
        (programs.RunningMax(), [(5, 3), (1, 4), (2, 1)]),
        (programs.TallToWide(), [(4, 2), (2, 4), (3, 3)]),
        (programs.ByTotal(), [(2, 3), (3, 1)]),
    ]
    for module, shapes in cases:
        compiled = compile(module, [_dynamic(2)], output_type="linalg-on-tensors")
        backend = backend_for("linalg-on-tensors")
        invoker = backend.load(backend.compile(compiled))
        for shape in shapes:
            for sign in (1.0, -1.0):
                x = torch.rand(shape) * sign
                assert_matches(invoker.forward(x.numpy()), module(x))


def test_user_module_untouched():
    module = torch.jit.script(programs.SumOfRows())
    before = str(module.graph)
    _raw(module)
    assert str(module.graph) == before


def test_list_returns_come_back_as_lists():
    for module, example in (
        (programs.Sums(), _dynamic(2)),
        (programs.Chunks(), TensorPlaceholder([5, 2], torch.float32)),
    ):
        compiled = compile(module, [example], output_type="linalg-on-tensors")
        backend = backend_for("linalg-on-tensors")
        invoker = backend.load(backend.compile(compiled))
        x = torch.rand(5, 2)
        actual, expected = invoker.forward(x.numpy()), module(x)
        assert isinstance(actual, list) and len(actual) == len(expected)
        for a, e in zip(actual, expected):
            assert_matches(a, e)


def test_checks_fail_at_run_time():
    import pytest

    module = programs.CheckedBatch()
    compiled = compile(module, [_dynamic(2)], output_type="linalg-on-tensors")
    backend = backend_for("linalg-on-tensors")
    invoker = backend.load(backend.compile(compiled))
    x = torch.rand(3, 2)
    assert_matches(invoker.forward(x.numpy()), module(x))
    with pytest.raises(RuntimeError, match="runtime check failed.*ValueError: batch too large"):
        invoker.forward(torch.rand(5, 2).numpy())
