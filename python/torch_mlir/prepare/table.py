"""The one table of rewrites the preparation step applies.

Each `Rewrite` names the node kinds it matches, why the core needs it, and
the test that proves the rewritten graph equivalent to the original under the
TorchScript interpreter (tests/python/prepare/). Its `apply(node, context)`
rewrites one matched node in place and returns True, or leaves it alone and
returns False (e.g. an out= form whose output tensor is aliased).
"""

import collections
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

import torch

from torch_mlir.prepare import decompositions, folds, functional


class RewriteContext:
    """What rewrites of one graph share: the graph, and the tensor ranks that
    TorchScript's shape propagation derives from the example arguments (only
    for the compiled methods, whose argument types are known)."""

    def __init__(self, graph: torch._C.Graph, ranks: Optional[Dict[str, int]] = None):
        self.graph = graph
        self._ranks = ranks or {}

    def rank_of(self, value: torch._C.Value) -> Optional[int]:
        """The rank of tensor `value`, when the example arguments fix it."""
        return self._ranks.get(value.debugName())


@dataclass(frozen=True)
class Rewrite:
    name: str
    kinds: Tuple[str, ...]
    why: str
    test: str
    apply: Callable[[torch._C.Node, RewriteContext], bool]
    # Calls are matched before inlining, while they still name their callee.
    before_inlining: bool = False


_PREPARE_TESTS = "tests/python/prepare/"

REWRITES: List[Rewrite] = [
    Rewrite(
        "disable-mha-fastpath",
        ("prim::CallFunction",),
        "The fast path of nn.MultiheadAttention and nn.TransformerEncoder* is "
        "a fused eager kernel (_native_multi_head_attention, "
        "_transformer_encoder_layer_fwd) the core lacks, and its guards query "
        "autograd and devices. torch.backends.mha.get_fastpath_enabled() is "
        "False here, as after torch.backends.mha.set_fastpath_enabled(False): "
        "the modules take their reference path, which computes the same "
        "function.",
        _PREPARE_TESTS + "test_folds.py::test_mha_fastpath",
        folds.fold_call(
            "__torch__.torch.backends.mha.get_fastpath_enabled", False
        ),
        before_inlining=True,
    ),
    Rewrite(
        "fold-is-nested",
        ("prim::is_nested",),
        "Compiled code takes strided tensors only, never nested ones; the core "
        "has no prim.is_nested (it stops nn.MultiheadAttention and the "
        "nn.Transformer* layers).",
        _PREPARE_TESTS + "test_folds.py::test_is_nested",
        folds.replace_with_constant(False),
    ),
    Rewrite(
        "fold-autocast-queries",
        folds.AUTOCAST_QUERIES,
        "Compiled code never runs under autocast; the core has none of these "
        "queries.",
        _PREPARE_TESTS + "test_folds.py::test_autocast",
        folds.replace_with_constant(False),
    ),
    Rewrite(
        "fold-accelerator-queries",
        folds.ACCELERATOR_QUERIES,
        "Compiled code runs on the CPU with CPU tensors; these device "
        "queries are False there and the core lacks them.",
        _PREPARE_TESTS + "test_folds.py::test_device_queries",
        folds.replace_with_constant(False),
    ),
    Rewrite(
        "fold-is-scripting",
        ("aten::is_scripting",),
        "The program is TorchScript when it is compiled.",
        _PREPARE_TESTS + "test_folds.py::test_is_scripting",
        folds.replace_with_constant(True),
    ),
    Rewrite(
        "fold-known-rank",
        ("aten::dim",),
        "Batched/unbatched tests (`query.dim() == 3` in nn.MultiheadAttention) "
        "keep both branches in the core when they survive to import; with "
        "the rank from the example arguments they fold here, and the values "
        "the branches passed through become the arguments themselves.",
        _PREPARE_TESTS + "test_folds.py::test_known_rank",
        folds.fold_known_rank,
    ),
    Rewrite(
        "fold-identity-of-one-value",
        ("aten::__is__", "aten::__isnot__"),
        "After inlining, `query is key` in nn.MultiheadAttention compares a "
        "value with itself when one tensor is passed for several arguments; "
        "the core cannot fold an identity test of tensors and keeps both "
        "branches, whose results then have unknown ranks.",
        _PREPARE_TESTS + "test_folds.py::test_identity_of_one_value",
        folds.fold_identity_of_one_value,
    ),
    Rewrite(
        "functional-arange-out",
        ("aten::arange",),
        "torch.arange(..., out=t) kills the process inside the core's "
        "torchscript pipeline (SIGSEGV); the functional arange with out's "
        "dtype computes the same values.",
        _PREPARE_TESTS + "test_functional.py::test_arange_out",
        functional.arange_out_to_functional,
    ),
    Rewrite(
        "batched-unbatched-conv",
        ("aten::conv1d", "aten::conv2d", "aten::conv3d"),
        "Eager PyTorch accepts a conv input without a batch dim; the core "
        "crashes on one. An unbatched conv is a batched conv of one. Fires "
        "where the example arguments fix the input's rank.",
        _PREPARE_TESTS + "test_decompositions.py::test_unbatched_conv",
        decompositions.unbatched_conv_as_batched,
    ),
]


def rewrites_by_kind(before_inlining: bool) -> Dict[str, List[Rewrite]]:
    """Node kind -> the rewrites of one phase that match it, in table order."""
    table: Dict[str, List[Rewrite]] = collections.defaultdict(list)
    for rewrite in REWRITES:
        if rewrite.before_inlining != before_inlining:
            continue
        for kind in rewrite.kinds:
            table[kind].append(rewrite)
    return dict(table)
