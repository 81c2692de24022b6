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

from torch_mlir.prepare import (
    adaptive_pooling,
    aten_ops,
    attention,
    batched_matmul,
    checks,
    decompositions,
    dtypes,
    folds,
    functional,
    functionalize,
    list_reads,
    literals,
    loop_counts,
    loops,
    miscompile_guards,
    more_ops,
    out_forms,
    quantized,
    reduced_floats,
    region_tuples,
    rnn,
    scalar_ops,
    small_ops,
    unsigned_guards,
)
from torch_mlir.prepare.ranks import rank_by_rules


class RewriteContext:
    """What rewrites of one graph share: the graph, and the tensor ranks that
    the example arguments fix (only for the compiled methods, whose argument
    types are known).

    `infer` gives the ranks the rank rules derive (a walk of the graph), the
    first time a rewrite asks for one; `complete` adds those of TorchScript's
    shape propagation (0.3 s on BERT's graph) and fills the sizes dict it is
    given, and runs only when a rewrite asks for a rank the rules do not know
    or for sizes. Ranks derived then are those of the graph at that moment
    (rewrites that fired earlier in the round included); values created
    afterwards have none.
    """

    def __init__(
        self,
        graph: torch._C.Graph,
        infer: Optional[Callable[[dict], Dict[str, int]]] = None,
        root_object=None,
        assigned_attributes: frozenset = frozenset(),
        complete: Optional[Callable[[dict, torch._C.Value], Dict[str, int]]] = None,
    ):
        self.graph = graph
        self._infer = infer
        self._complete = complete
        self._ranks: Optional[Dict[str, int]] = None
        self._sizes: Dict[str, list] = {}
        # Value name -> the module object it is, starting from `self` of a
        # compiled method (callees prepared on their own have none).
        self._objects = {}
        if root_object is not None:
            self._objects[next(graph.inputs()).unique()] = root_object
        self.assigned_attributes = assigned_attributes
        # Whether the graph is a compiled method's (or function's), whose
        # arguments are the compiled function's.
        self.compiled_method = root_object is not None

    def _inferred(self) -> Dict[str, int]:
        if self._ranks is None:
            self._ranks = self._infer(self._sizes) if self._infer else {}
        return self._ranks

    def _completed(self, value: torch._C.Value) -> Dict[str, int]:
        # Once per context: one shape propagation per round at most.
        if self._complete is not None:
            self._inferred()
            self._ranks = self._complete(self._sizes, value)
            self._complete = None
        return self._inferred()

    def object_of(self, value: torch._C.Value):
        """The module object `value` is, when known."""
        return self._objects.get(value.unique())

    def note_object(self, value: torch._C.Value, module_object) -> None:
        self._objects[value.unique()] = module_object

    def rank_of(self, value: torch._C.Value) -> Optional[int]:
        """The rank of tensor `value`, when the example arguments fix it."""
        if value.type().kind() != "TensorType":
            return None
        ranks = self._inferred()
        rank = ranks.get(value.unique())
        if rank is None and self._infer is not None:
            rank = rank_by_rules(value, ranks)
        if rank is None:
            rank = self._completed(value).get(value.unique())
        return rank

    def sizes_of(self, value: torch._C.Value) -> Optional[list]:
        """The sizes of tensor `value` (None for each dynamic one), when shape
        propagation proved its rank and static sizes from the example
        arguments."""
        self._inferred()
        sizes = self._sizes.get(value.unique())
        if sizes is None:
            self._completed(value)
            sizes = self._sizes.get(value.unique())
        return sizes

    def dtype_of(self, value: torch._C.Value) -> Optional[torch.dtype]:
        """The dtype of tensor `value` when it is an argument or a module
        tensor whose example fixes it (no dtype is derived through ops)."""
        return self._inferred().get(("dtype", value.unique()))


@dataclass(frozen=True)
class Rewrite:
    name: str
    kinds: Tuple[str, ...]
    why: str
    test: str
    apply: Callable[[torch._C.Node, RewriteContext], bool]
    # Calls are matched before inlining, while they still name their callee.
    before_inlining: bool = False
    # Applied once after the rounds, when nothing else fires: its result
    # must not stand in the way of the other rewrites and simplifications
    # (an op with side effects keeps loops from unrolling and lists from
    # becoming values).
    after_rounds: bool = False


_PREPARE_TESTS = "tests/python/prepare/"
_ATEN_OPS_TESTS = _PREPARE_TESTS + "test_op_decompositions.py::"
_MORE_OPS_TESTS = _PREPARE_TESTS + "test_more_ops.py::"
_GUARDS_TESTS = _PREPARE_TESTS + "test_miscompile_guards.py::"
_SMALL_OPS_TESTS = _PREPARE_TESTS + "test_small_ops.py::"

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
        folds.fold_call("__torch__.torch.backends.mha.get_fastpath_enabled", False),
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
        "Compiled code never runs under autocast; the core has none of these queries.",
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
        "fold-module-constants",
        ("prim::GetAttr",),
        "Flags and sizes stored on modules (`self._qkv_same_embed_dim`, "
        "`self.batch_first`, `norm.normalized_shape`) decide branches and "
        "shapes; the core folds them only after its shape refinement has "
        "given up on the tensors those branches produce. Attributes that no "
        "method assigns are constants, and so are the reads of dict and list "
        "attributes by constant keys that no method changes in place (the "
        "core's backend contract has no dict type).",
        _PREPARE_TESTS + "test_folds.py::test_module_constants",
        folds.fold_module_attribute,
    ),
    Rewrite(
        "fold-tuple-round-trips",
        ("prim::TupleUnpack", "prim::TupleIndex", "prim::ListUnpack"),
        "Inlined calls pack results into tuples (or lists) that the caller "
        "unpacks again; TorchScript's shape propagation does not see through "
        "them, so ranks after nn.MultiheadAttention's results are lost.",
        _PREPARE_TESTS + "test_folds.py::test_tuple_round_trips",
        folds.fold_tuple_round_trip,
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
        ("aten::__is__", "aten::__isnot__", "aten::eq", "aten::ne"),
        "After inlining, `query is key` in nn.MultiheadAttention compares a "
        "value with itself when one tensor is passed for several arguments, "
        "and its shape checks compare a size list with itself; the core "
        "folds neither, keeps both branches, and their results then have "
        "unknown ranks.",
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
        "functional-out-overloads",
        out_forms.out_overload_kinds(),
        "torch.add(a, b, out=o), torch.sum(x, dim, out=o) and the like reach "
        "the core as aten::add.out, aten::sum.IntList_out, which it leaves as "
        "illegal torch.operators on every backend. Where `o` is a fresh "
        "allocation nothing reads or aliases before the op, the functional "
        "overload computes the values; later uses of `o` read them in o's "
        "dtype (out= resizes `o` to the result; reductions compute in out's "
        "dtype, TensorIterator ops and cat cast into it where torch.can_cast "
        "allows, other ops raise on a dtype difference). Single-out forms "
        "only; out tensors that are arguments stay.",
        _PREPARE_TESTS + "test_out_forms.py::test_out_overloads",
        out_forms.out_overload_to_functional,
    ),
    Rewrite(
        "fold-known-size",
        ("aten::size",),
        "Sizes computed from x.shape (nn.MultiheadAttention's embed dim, "
        "the split of its packed weight) fold in the core only after its "
        "shape refinement has given up on the tensors they shape. Static "
        "dims of the example arguments and the module's tensors fix them "
        "here; dims given as -1 stay dynamic.",
        _PREPARE_TESTS + "test_folds.py::test_known_size",
        folds.fold_known_size,
    ),
    Rewrite(
        "tensor-of-constants",
        ("aten::tensor",),
        "The core's linalg lowering of aten.tensor of a nested list segfaults; "
        "of constants (and in a graph that writes into no tensor) it is a "
        "tensor constant, which the importer makes a literal.",
        _PREPARE_TESTS + "test_regions.py::test_tensor_of_constants",
        literals.tensor_of_constants,
    ),
    Rewrite(
        "split-tuple-results-of-if",
        ("prim::If",),
        "The core neither types nor unpacks a tuple an if yields (`if c: "
        "return a, b`), so its tensors reach the backend contract with unknown "
        "ranks; one result per element, and the tuple built after the if, "
        "hold the same values.",
        _PREPARE_TESTS + "test_regions.py::test_tuple_results_of_if",
        region_tuples.split_tuple_results,
    ),
    Rewrite(
        "derive-index",
        ("aten::__derive_index",),
        "The index of `for i in range(lo, hi, step)`; the core's backends do "
        "not lower it. It is lo + k * step.",
        _PREPARE_TESTS + "test_regions.py::test_loop_counts",
        loop_counts.derive_index,
    ),
    Rewrite(
        "range-length-as-trip-count",
        ("aten::__range_length",),
        "The trip count of `for i in range(lo, hi, step)`; the core's backends "
        "do not lower it. With a constant positive step it is "
        "(hi - lo + step - 1) // step, a count that runs no iteration when negative.",
        _PREPARE_TESTS + "test_regions.py::test_loop_counts",
        loop_counts.range_length_as_trip_count,
    ),
    Rewrite(
        "min-of-constructed-list",
        ("prim::min",),
        "enumerate and zip bound their loops by min([INT64_MAX, len(a), ...]); "
        "the core lowers no reduction of a list. Two-operand mins, without the "
        "INT64_MAX, compute it.",
        _PREPARE_TESTS + "test_regions.py::test_loop_counts",
        loop_counts.min_of_constructed_list,
    ),
    Rewrite(
        "reads-of-unbind",
        ("aten::unbind",),
        "The core types no element of the list unbind returns, so a loop over "
        "x.unbind(d) works on tensors of unknown rank; when the list is only "
        "measured and indexed, len() is x.size(d) and [i] is x.select(d, i).",
        _PREPARE_TESTS + "test_regions.py::test_reads_of_unbind",
        list_reads.reads_of_unbind,
    ),
    Rewrite(
        "split-with-sizes-as-slices",
        ("aten::split_with_sizes", "aten::split"),
        "The core infers no types for the list split_with_sizes returns; "
        "nn.MultiheadAttention's cross-attention splits its packed "
        "projection weight that way, and the unknown dtypes that follow "
        "crash the core's layer_norm decomposition (SIGSEGV). Constant sizes "
        "give slices instead.",
        _PREPARE_TESTS + "test_functional.py::test_split_with_sizes",
        functional.split_with_sizes_as_slices,
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
    Rewrite(
        "drop-warnings",
        ("aten::warn",),
        "A warning changes no value, and the core cannot lower aten.warn: "
        "F.mse_loss, F.l1_loss, F.smooth_l1_loss and F.huber_loss warn from a "
        "branch on the operands' sizes, which then stops the whole program.",
        _MORE_OPS_TESTS + "test_drop_warnings",
        more_ops.drop_warning,
    ),
    Rewrite(
        "functionalize-writes-through-views",
        functionalize.in_place_kinds(),
        "The core removes in-place ops only on tensors nothing else aliases; "
        "a write through a view (`base[0].fill_(1)`, `base.t().add_(y)`) or "
        "to a tensor whose views are read later leaves tensors of unknown "
        "rank. The functional op, the scatter of its result back into the "
        "root tensor and the views re-derived from that compute the same "
        "values. Refused wherever an alias could escape the analysis.",
        _PREPARE_TESTS + "test_functionalize.py::test_writes_through_views",
        functionalize.functionalize_write,
    ),
    Rewrite(
        "sizes-as-list",
        ("aten::size",),
        "F.group_norm and F.instance_norm check the input's sizes in a loop "
        "over `x.size()` and raise from it; the core lowers neither the loop "
        "nor the raise. With the rank known, the size list is a list of "
        "`x.size(d)`, whose length and elements TorchScript's list peepholes "
        "fold, after which the loop unrolls and the check becomes a "
        "comparison the core turns into a runtime assertion.",
        _MORE_OPS_TESTS + "test_sizes_as_list",
        more_ops.sizes_as_list,
    ),
    Rewrite(
        "fold-list-copies-and-concatenations",
        ("aten::list", "aten::add"),
        "F.group_norm builds the size list it checks as `[n * c // g, g] + "
        "list(x.size()[2:])`; TorchScript's list peepholes fold neither the "
        "copy nor the concatenation, so the loop over that list stays, "
        "which the core cannot lower. Of lists nothing mutates, both are one "
        "ListConstruct of the same elements.",
        _MORE_OPS_TESTS + "test_sizes_as_list",
        more_ops.list_copy_or_concatenation,
    ),
    Rewrite(
        "drop-library-size-checks",
        ("prim::If",),
        "The core lowers no prim.RaiseException, and TorchScript has no op "
        "for a check that its dead code elimination keeps and the core "
        "lowers, so the degenerate-input checks that F.group_norm, "
        "F.instance_norm and F.batch_norm make on the input's sizes (one "
        "value per channel) stop the whole program. They are dropped: "
        "compiled code computes the normalization there instead of raising, "
        "as on the pt2 path, where the core erases the aten._assert_scalar "
        "that torch.export emits for them. Only checks inlined from "
        "torch.nn.functional whose condition reads sizes alone; a program's "
        "own checks stay.",
        _MORE_OPS_TESTS + "test_sizes_as_list",
        more_ops.drop_library_size_check,
    ),
    Rewrite(
        "checks-as-runtime-asserts",
        ("prim::If",),
        "The core lowers no prim.RaiseException, so `if bad: raise ...` (and "
        "torch._assert) stops the program when the condition reads a dynamic "
        "size. torch_mlir_prepare::runtime_assert, which the importer makes a "
        "torch.runtime.assert, checks the same condition and raises "
        "RuntimeError with the message (its template, if formatted).",
        _PREPARE_TESTS + "test_regions.py::test_checks_as_runtime_asserts",
        checks.check_as_runtime_assert,
        after_rounds=True,
    ),
    Rewrite(
        "decompose-instance-norm",
        ("aten::instance_norm",),
        "The core's instance_norm decomposition aborts the process (LLVM "
        "ERROR: SmallVector unable to grow) and leaves the affine form "
        "illegal; the mean and biased variance over the spatial dims (or the "
        "running statistics in eval mode) and the affine transform compute "
        "it. Needs the input's rank; refused where the op would update "
        "running statistics.",
        _MORE_OPS_TESTS + "test_instance_norm",
        more_ops.rewrite_instance_norm,
    ),
    Rewrite(
        "decompose-more-pointwise-ops",
        (
            "aten::__and__",
            "aten::isfinite",
            "aten::binary_cross_entropy",
            "aten::logsumexp",
            "aten::prelu",
        ),
        "The core does not lower these: `a & b` of tensors (bitwise_and), "
        "isfinite (x * 0 == 0), binary_cross_entropy and "
        "logsumexp (their shape functions leave unknown ranks; eager's "
        "formulas: logs clamped at -100, the maximum subtracted), and prelu "
        "(its broadcast check fails; a `where` with the slope per channel). "
        "prelu and logsumexp need the input's rank, logsumexp constant dims.",
        _MORE_OPS_TESTS + "test_more_pointwise_ops",
        aten_ops.any_of(
            more_ops.rewrite_bitwise_and,
            more_ops.rewrite_isfinite,
            more_ops.rewrite_binary_cross_entropy,
            more_ops.rewrite_logsumexp,
            more_ops.rewrite_prelu,
        ),
    ),
    Rewrite(
        "rank-one-cat-as-columns",
        ("aten::cat",),
        "The core's shape function of cat leaves the rank of a cat of "
        "vectors of dynamic length unknown (torch.cat([a, a]), hstack of "
        "vectors); the cat of the vectors as columns, flattened, has the "
        "same elements in the same order. Needs the ranks.",
        _MORE_OPS_TESTS + "test_rank_one_cat",
        more_ops.rank_one_cat,
    ),
    # Guards against core miscompiles
    Rewrite(
        "guard-miscompiled-pointwise-ops",
        ("aten::softshrink", "aten::maximum", "aten::minimum", "aten::clamp"),
        "The core computes wrong values for softshrink (its two thresholds), "
        "maximum and minimum with "
        "a NaN operand (the other operand wins), and clamp of an integer "
        "input with float bounds (the result stays integer). Eager's "
        "formulas, a `where` that puts the NaN back, and the input made "
        "float by `* 1.0` compute what eager computes.",
        _GUARDS_TESTS + "test_pointwise_guards",
        aten_ops.any_of(
            miscompile_guards.rewrite_softshrink,
            miscompile_guards.rewrite_maximum,
            miscompile_guards.rewrite_minimum,
            miscompile_guards.rewrite_clamp_float_bounds,
        ),
    ),
    Rewrite(
        "guard-miscompiled-structured-ops",
        (
            "aten::addmm",
            "aten::einsum",
            "aten::roll",
            "aten::remainder",
            "aten::conv2d",
            "aten::mul",
        ),
        "The core computes wrong values for addmm with beta = 0 (the "
        "input's NaNs propagate), einsum without '->' (it contracts every "
        "index), roll by more than a dim's size (no wrap-around; roll "
        "without dims it refuses) and the "
        "int % of Python (it takes the dividend's sign), conv2d with "
        "padding='same' and an even kernel (it pads symmetrically), a "
        "float16 tensor times a scalar beyond float16's range (it rounds "
        "the scalar first), and backend-illegal addmm with factors other "
        "than 1. The product times "
        "alpha, the explicit output of the indices that appear once, the "
        "cat of two slices per rolled dim, a - (a // b) * b, eager's "
        "asymmetric pad, the product in float32 and beta * input + alpha * "
        "mm compute what eager computes.",
        _GUARDS_TESTS + "test_structured_guards",
        aten_ops.any_of(
            miscompile_guards.rewrite_addmm_beta_zero,
            miscompile_guards.rewrite_einsum_implicit,
            miscompile_guards.rewrite_roll,
            miscompile_guards.rewrite_remainder_int,
            miscompile_guards.rewrite_conv_same_even_kernel,
            miscompile_guards.rewrite_addmm_scaled,
            miscompile_guards.rewrite_mul_wide_scalar,
        ),
    ),
    Rewrite(
        "guard-miscompiled-gelu-tanh",
        ("aten::gelu",),
        "The core's lowering of gelu(x, approximate='tanh') to linalg uses "
        "0.7977240 (sqrt(7 / 11), pi as 22 / 7) for sqrt(2 / pi) = "
        "0.7978846, off by up to 5e-5. Eager's CPU formula 0.5 * x * (1 + "
        "tanh(kBeta * (x + 0.044715 * x * x * x))), in float32 for float16 "
        "and bfloat16, computes what eager computes. Needs a constant "
        "approximate and the input's float dtype or its rank.",
        _GUARDS_TESTS + "test_gelu_tanh_constant",
        miscompile_guards.rewrite_gelu_tanh,
    ),
    Rewrite(
        "remainder-as-fmod",
        ("aten::remainder", "aten::fmod"),
        "The core's stablehlo remainder of tensors is fmod (the dividend's "
        "sign, not the divisor's); it lowers fmod with a scalar nowhere; and "
        "its stablehlo fmod of operands of other shapes aborts the process "
        "(stablehlo.divide without a broadcast). eager's kernel, fmod plus "
        "the divisor where the signs differ, the scalar as a tensor "
        "(zeros_like + scalar) and the operands broadcast first (x - "
        "zeros_like(y), exact for -0.0 and NaN) compute what eager "
        "computes. A scalar needs the tensor's dtype, and a float scalar a "
        "float tensor.",
        _GUARDS_TESTS + "test_remainder_and_fmod",
        miscompile_guards.rewrite_remainder,
    ),
    Rewrite(
        "float-comparison-with-float-scalar",
        ("aten::eq", "aten::ne", "aten::lt", "aten::le", "aten::gt", "aten::ge"),
        "The core's canonicalizer folds the comparison of a constant float "
        "tensor (a splat: zeros_like(x) + 1.5 at static sizes, a buffer of "
        "ones) with an int scalar to garbage (1.5 > 0 folds to False, "
        "differently from run to run). The int as a float compares the same "
        "(both convert to the tensor's dtype), and the core folds that "
        "right. Needs a constant int and a tensor proven floating point "
        "(an argument's or module tensor's dtype, a float fill, or ops that "
        "keep it).",
        _GUARDS_TESTS + "test_float_comparison_with_int_scalar",
        miscompile_guards.rewrite_float_comparison,
    ),
    Rewrite(
        "bool-max-as-any",
        ("aten::max", "aten::min"),
        "The core's TOSA max of a bool tensor reduces it as int8 (False for "
        "any True). The max of bools is any, their min all, which it "
        "lowers right. Needs the dtype of an argument or module tensor.",
        _GUARDS_TESTS + "test_bool_max_and_min",
        aten_ops.any_of(
            miscompile_guards.rewrite_max_of_bools,
            miscompile_guards.rewrite_min_of_bools,
        ),
    ),
    Rewrite(
        "negative-indices-wrapped",
        ("aten::index",),
        "The core's stablehlo gather of x[index] reads negative indices as "
        "they are (outside the dim) where eager counts them from the end. "
        "The index plus the dim's size where negative reads what eager "
        "reads. Needs the index's int dtype (an argument's) and its dim's "
        "static size.",
        _GUARDS_TESTS + "test_negative_indices",
        miscompile_guards.rewrite_negative_indices,
    ),
    Rewrite(
        "logcumsumexp-as-scan",
        ("aten::logcumsumexp",),
        "The core computes logcumsumexp as log(cumsum(exp(x))), inf for "
        "float32 inputs beyond 88. A prefix scan of log-add-exp (max + "
        "log1p(exp(-|a - b|))), ceil(log2(n)) steps of doubling offsets, "
        "computes it without overflow, to rounding. Needs a constant dim "
        "of static size and a tensor proven floating point.",
        _GUARDS_TESTS + "test_logcumsumexp_as_scan",
        miscompile_guards.rewrite_logcumsumexp,
    ),
    Rewrite(
        "native-layer-norm-as-moments",
        ("aten::native_layer_norm",),
        "The core's TOSA conversion of native_layer_norm returns wrong mean "
        "and 1/std at static sizes and has none at dynamic ones. The mean, "
        "the mean of the squared centered input, rsqrt(var + eps) and the "
        "affine map compute eager's three results. Needs an argument's "
        "float32 or float64 dtype (eager's statistics of reduced floats "
        "take another dtype).",
        _GUARDS_TESTS + "test_native_layer_norm",
        miscompile_guards.rewrite_native_layer_norm,
    ),
    Rewrite(
        "quantize-read-as-codes",
        ("aten::dequantize", "aten::int_repr"),
        "A per-tensor quantization read only by dequantize and int_repr "
        "needs no quantized tensor: the core's TOSA reads quint8 codes as "
        "int8 (200 becomes -56), and its torch-fuse-quantized-ops pass "
        "crashes on a dequantized matmul. eager's codes (x times the "
        "float32 reciprocal of the float32 scale, rounded half to even, plus "
        "the zero point, clamped), (codes - zero_point) * scale and the "
        "codes cast to the integer dtype compute what eager computes. Needs "
        "a constant scale, zero point and dtype.",
        _GUARDS_TESTS + "test_quantize_round_trips",
        quantized.rewrite_quantized_read,
    ),
    Rewrite(
        "quantized-max-pool-of-the-input",
        ("aten::max_pool1d", "aten::max_pool2d"),
        "The core's max pool of quint8 codes reads them as int8 on TOSA and "
        "as wrong values on linalg. Quantization is monotonic: the max pool "
        "of the float input, quantized, has the same codes (padding is never "
        "a window's max), and its reads become integer arithmetic. Needs a "
        "constant scale, zero point and dtype.",
        _GUARDS_TESTS + "test_quantize_round_trips",
        quantized.rewrite_quantized_max_pool,
    ),
    Rewrite(
        "self-comparison-as-bound",
        ("aten::eq", "aten::ne"),
        "The core's TOSA folds x == x to true and x != x to false, wrong "
        "where x is NaN (the NaN test idiom). x <= inf is false exactly for "
        "NaN, so it and its negation compute what eager computes.",
        _GUARDS_TESTS + "test_self_comparison",
        aten_ops.any_of(
            miscompile_guards.rewrite_self_equality,
            miscompile_guards.rewrite_self_inequality,
        ),
    ),
    Rewrite(
        "reduced-floats-in-float32",
        reduced_floats.KINDS,
        "The core computes float16 and bfloat16 silu, layer_norm, softmax, "
        "log_softmax, mm, conv2d and sum in their own dtype, rounding every "
        "step, and misses the half-precision tolerances; eager computes them "
        "in float32 and rounds once. The tensor operands cast to float32 and "
        "the result cast back compute what eager computes. Needs an operand "
        "whose example fixes its dtype (an argument or a module tensor) and "
        "no dtype argument; sums also static sizes (TOSA has no cast at "
        "dynamic sizes, and its own sum accumulates in float32).",
        _GUARDS_TESTS + "test_reduced_floats_in_float32",
        reduced_floats.rewrite_in_float32,
    ),
    Rewrite(
        "guard-miscompiled-max-pool-ceil-mode",
        ("aten::max_pool1d", "aten::max_pool2d", "aten::max_pool3d"),
        "The core's stablehlo lowering of max_pool with ceil_mode=True puts "
        "the extra padding of the ceil mode before the input (top/left), "
        "which shifts the windows. The input padded after each pooled dim "
        "by that amount (with -inf, or an integer dtype's minimum) and the "
        "pool with ceil_mode=False give eager's windows. Needs the input's "
        "dtype, its static sizes and constant pooling arguments.",
        _GUARDS_TESTS + "test_max_pool_ceil_mode",
        miscompile_guards.rewrite_max_pool_ceil_mode,
    ),
    Rewrite(
        "max-pool3d-as-2d-pools",
        ("aten::max_pool3d",),
        "The core's TOSA conversion has no max_pool3d. A max over a box is "
        "the max over its depth of the maxes over its planes, and each dim "
        "pools on its own (padding, dilation and ceil mode per dim): a 2-D "
        "pool of the planes, then a 2-D pool of the depth by 1, computes "
        "what eager computes. Needs the input's rank; after the ceil-mode "
        "guard, which pads a ceil-mode pool of static sizes first.",
        _MORE_OPS_TESTS + "test_max_pool3d_as_2d_pools",
        more_ops.rewrite_max_pool3d,
    ),
    Rewrite(
        "decompose-small-ops",
        (
            "aten::__not__",
            "aten::len",
            "aten::cumprod",
            "aten::log_softmax",
            "aten::softmax",
            "aten::cumsum",
            "aten::__lshift__",
            "aten::__rshift__",
            "aten::xlogy",
            "aten::binary_cross_entropy_with_logits",
            "aten::linear",
            "aten::rms_norm",
            "aten::pad",
            "aten::constant_pad_nd",
            "aten::avg_pool2d",
            "aten::max_pool2d",
            "aten::eq",
            "aten::ne",
            "aten::clamp_max",
            "aten::stack",
        ),
        "Forms the core cannot lower: `not` of a bool (int(b) == 0), len of a "
        "tensor (its first size), cumprod/log_softmax/softmax with a dtype "
        "(the input converted first), cumsum of a 0-d tensor (of it as a "
        "vector of one), shifts by a constant (products and flooring "
        "divisions by 2**k), xlogy and binary_cross_entropy_with_logits (eager's "
        "formulas), linear with a 0-d bias (plus the bias), rms_norm with a "
        "constant eps, circular pads and cropping constant pads (slices and "
        "cats), 2-D pools of inputs without a batch dim, == / != of "
        "int lists (their elements compared), clamp_max by a tensor (its "
        "shape function leaves an unknown rank; minimum) and the stack of an "
        "unbind (a movedim).",
        _SMALL_OPS_TESTS + "test_small_ops",
        aten_ops.any_of(
            small_ops.rewrite_not,
            small_ops.rewrite_len_tensor,
            small_ops.rewrite_cumprod_dtype,
            small_ops.rewrite_log_softmax_dtype,
            small_ops.rewrite_softmax_dtype,
            small_ops.rewrite_cumsum_rank0,
            small_ops.rewrite_shift,
            small_ops.rewrite_xlogy,
            small_ops.rewrite_bce_with_logits,
            small_ops.rewrite_linear_scalar_bias,
            small_ops.rewrite_rms_norm,
            small_ops.rewrite_circular_pad,
            small_ops.rewrite_negative_constant_pad,
            small_ops.rewrite_avg_pool2d_unbatched,
            small_ops.rewrite_max_pool2d_unbatched,
            small_ops.rewrite_list_comparison,
            small_ops.rewrite_clamp_max_tensor,
            small_ops.rewrite_stack_of_unbind,
        ),
    ),
    Rewrite(
        "linear-of-rank-3",
        ("aten::linear",),
        "The core's TOSA lowering of linear takes inputs of rank 2 or 3 "
        '("aten.Linear called but input rank not 2 or 3"). With the '
        "input's rank (4 to 6) and a 2-D weight known, the linear of the "
        "input with its leading dims flattened into one, plus the bias as "
        "eager adds it after the matmul, viewed back to the leading dims "
        "(x.size(i)), computes it.",
        _PREPARE_TESTS + "test_out_forms.py::test_linear_rank4",
        out_forms.linear_as_rank3,
    ),
    Rewrite(
        "identity-views-as-copies",
        ("aten::transpose", "aten::t"),
        "x.transpose(d, d) and x.t() of a vector are x itself; the core's "
        "type refinement of these views leaves the function's result type "
        "behind the returned value's, which fails verification. A copy of x "
        "has the same values, and where neither x nor the view is written "
        "nothing can tell them apart.",
        _SMALL_OPS_TESTS + "test_identity_views",
        small_ops.rewrite_identity_view,
    ),
    Rewrite(
        "fold-device-type",
        ("prim::type",),
        "torch.norm tests `x.device.type` against a list of accelerator "
        "names; the core lacks prim.type. Compiled code runs on the CPU with "
        'CPU tensors, where the type is "cpu".',
        _SMALL_OPS_TESTS + "test_device_type",
        small_ops.rewrite_device_type,
    ),
    Rewrite(
        "fold-layout-and-membership",
        ("prim::layout", "aten::__contains__"),
        "torch.norm takes its fast path when `x.layout == torch.strided` and "
        "the device type is in a constant list; the core lacks prim.layout, "
        "and keeps both paths (the other's result has an unknown rank). "
        "Compiled code takes strided tensors only, and membership of a "
        "constant in a list of constants is a constant.",
        _SMALL_OPS_TESTS + "test_device_type",
        aten_ops.any_of(small_ops.rewrite_layout, small_ops.rewrite_constant_membership),
    ),
    Rewrite(
        "decompose-stable-sorts",
        ("aten::sort", "aten::argsort"),
        "The core lacks sort.stable and argsort.stable; with stable=True each "
        "element's position is the count of elements that come before it "
        "(smaller, or equal and earlier; NaN last), whose scatter gives the "
        "order. It compares every pair along the dim, so it takes memory "
        "quadratic in the dim's size.",
        _SMALL_OPS_TESTS + "test_stable_sorts",
        aten_ops.any_of(small_ops.rewrite_sort_stable, small_ops.rewrite_argsort_stable),
    ),
    # ATen ops the core lacks
    Rewrite(
        "decompose-nll-loss",
        ("aten::nll_loss_nd", "aten::nll_loss2d", "aten::nll_loss"),
        "The core has no nll_loss_nd, nll_loss2d or nll_loss (F.nll_loss "
        "scripts to nll_loss_nd for every input rank); a one-hot masked sum "
        "picks each target's entry without gather, which TOSA lacks, and "
        "without indexing by an ignored target.",
        _ATEN_OPS_TESTS + "test_nll_loss",
        aten_ops.rewrite_nll_loss,
    ),
    Rewrite(
        "decompose-cross-entropy",
        ("aten::cross_entropy_loss",),
        "The core's cross_entropy_loss reads out of bounds at run time with "
        "weights or an ignored -100 target, is backend-illegal with label "
        "smoothing, probability targets or spatial inputs, and leaves the "
        "dtype of reduction='none' unknown; log_softmax and the nll "
        "decomposition (or the probability-weighted sum) compute the same. "
        "Fires where the example arguments fix both ranks.",
        _ATEN_OPS_TESTS + "test_cross_entropy",
        aten_ops.rewrite_cross_entropy,
    ),
    Rewrite(
        "decompose-pointwise-losses",
        ("aten::smooth_l1_loss", "aten::huber_loss"),
        "The core has neither op; |x - y| and a `where` between the quadratic "
        "and the linear part compute them, with the same reductions.",
        _ATEN_OPS_TESTS + "test_pointwise_losses",
        aten_ops.any_of(aten_ops.rewrite_smooth_l1_loss, aten_ops.rewrite_huber_loss),
    ),
    Rewrite(
        "decompose-pointwise-ops",
        ("aten::__xor__", "aten::sinc", "aten::hypot", "aten::nansum"),
        "The core lacks these: `a ^ b` of tensors is bitwise_xor; sinc is "
        "sin(pi x) / (pi x) with 1 at 0; hypot is scaled so that squares do "
        "not overflow; nansum sums with NaNs filled by 0. (erfc is left: "
        "1 - erf(x) loses every digit for x > 4.)",
        _ATEN_OPS_TESTS + "test_pointwise_ops",
        aten_ops.any_of(
            aten_ops.rewrite_xor,
            aten_ops.rewrite_sinc,
            aten_ops.rewrite_hypot,
            aten_ops.rewrite_nansum,
        ),
    ),
    Rewrite(
        "decompose-indexing",
        (
            "aten::take_along_dim",
            "aten::take",
            "aten::index_fill",
            "aten::index_copy",
            "aten::index_add",
        ),
        "The core lacks these; they are gather, index_select, a masked "
        "`where` and index_put (accumulating for index_add) over the "
        "indexed dim moved first. index_fill/copy/add need a known rank.",
        _ATEN_OPS_TESTS + "test_indexing",
        aten_ops.any_of(
            aten_ops.rewrite_take_along_dim,
            aten_ops.rewrite_take,
            aten_ops.rewrite_index_fill,
            aten_ops.rewrite_index_copy,
            aten_ops.rewrite_index_add,
        ),
    ),
    Rewrite(
        "decompose-comparisons-and-reductions",
        ("aten::equal", "aten::std_mean", "aten::sort", "aten::argsort", "aten::msort"),
        "The core lacks torch.equal (sizes equal and all elements equal), "
        "std_mean (var_mean in float64 and a sqrt, as eager computes it), "
        "the sort.stable and argsort.stable overloads with stable=False "
        "(plain sort) and msort (values only, so ties do not matter). A "
        "stable=True sort is left: plain sort may reorder ties.",
        _ATEN_OPS_TESTS + "test_comparisons_and_reductions",
        aten_ops.any_of(
            aten_ops.rewrite_equal,
            aten_ops.rewrite_std_mean,
            aten_ops.rewrite_sort_stable,
            aten_ops.rewrite_argsort_stable,
            aten_ops.rewrite_msort,
        ),
    ),
    Rewrite(
        "decompose-shape-ops",
        (
            "aten::view_as",
            "aten::mT",
            "aten::squeeze",
            "aten::movedim",
            "aten::broadcast_shapes",
            "aten::tensor_split",
        ),
        "The core lacks view_as (reshape_as), mT (transpose of the last two "
        "dims), squeeze.dims (squeeze.dim each), movedim.intlist (a "
        "permute), broadcast_shapes of two tensors' sizes (the sizes of "
        "their broadcast) and tensor_split.indices (slices).",
        _ATEN_OPS_TESTS + "test_shape_ops",
        aten_ops.any_of(
            aten_ops.rewrite_view_as,
            aten_ops.rewrite_matrix_transpose,
            aten_ops.rewrite_squeeze_dims,
            aten_ops.rewrite_movedim_lists,
            aten_ops.rewrite_broadcast_shapes,
            aten_ops.rewrite_tensor_split_indices,
        ),
    ),
    Rewrite(
        "decompose-list-ops",
        (
            "aten::vstack",
            "aten::hstack",
            "aten::dstack",
            "aten::column_stack",
            "aten::linalg_multi_dot",
        ),
        "The core lacks these; of a list of tensors of known ranks they are "
        "cat of the views atleast_Nd makes, and a chain of matmuls.",
        _ATEN_OPS_TESTS + "test_list_ops",
        aten_ops.any_of(aten_ops.rewrite_stack_family, aten_ops.rewrite_multi_dot),
    ),
    Rewrite(
        "decompose-scalar-ops",
        scalar_ops.KINDS,
        "The core has no le.float (and its int/float mixes), ne.float, "
        "sqrt.float (math.sqrt in nn.MultiheadAttention) or abs of an int "
        "or float; they are written with lt/eq/gt, mul.int_float and ops on "
        "float64 tensors, with NaN comparing as in Python.",
        _ATEN_OPS_TESTS + "test_scalar_ops",
        scalar_ops.rewrite_scalar_op,
    ),
    Rewrite(
        "decompose-broadcast-tensors",
        ("aten::broadcast_tensors",),
        "The core's shape function of broadcast_tensors yields a list of "
        "lists its verifier rejects (F.smooth_l1_loss, F.huber_loss and "
        "F.mse_loss broadcast with it); each tensor expand_as a bool tensor "
        "of the broadcast shape is the same view.",
        _ATEN_OPS_TESTS + "test_broadcast_tensors",
        aten_ops.rewrite_broadcast_tensors,
    ),
    Rewrite(
        "decompose-adaptive-max-pool",
        ("aten::adaptive_max_pool1d", "aten::adaptive_max_pool2d"),
        "The core lowers adaptive_max_pool2d as a max_pool2d whose kernel "
        "linalg refuses on dynamic dims and gets wrong (cast-incompatible "
        "shapes) for sizes that do not divide the input; adaptive_max_pool1d "
        "aborts at run time unless input and output sizes are equal. Eager's "
        "windows, narrowed and reduced with amax one pooled dim at a time, "
        "and their first maximum's flattened index (the last NaN's) compute "
        "the same. Fires for constant output sizes and inputs of known rank.",
        _PREPARE_TESTS + "test_adaptive_pooling.py::test_adaptive_max_pool",
        adaptive_pooling.rewrite_adaptive_max_pool,
    ),
    Rewrite(
        "decompose-masked-attention",
        ("aten::scaled_dot_product_attention",),
        "The core decomposes scaled_dot_product_attention only without a mask "
        "and not causal. With is_causal=True or an attn_mask, TOSA and StableHLO "
        "cannot lower it, and linalg's tm_tensor.attention ignores scale= when "
        "causal (wrong values) and fails on a mask of lower rank than the "
        "scores. Eager's math: the scaled scores plus the mask's bias (tril of "
        "ones when causal; 0/-inf for a bool mask), softmax, zero weights for "
        "rows with every key masked, matmul with value. dropout_p=0.0 and "
        "enable_gqa=False only.",
        _PREPARE_TESTS + "test_attention.py::test_masked_attention",
        attention.rewrite_masked_attention,
    ),
    Rewrite(
        "counted-while-as-for",
        ("prim::Loop",),
        "The core cannot refine the types of tensors a loop carries (they "
        "reach the backend contract with an unknown rank). A `while i < n` "
        "loop whose counter starts at a constant and grows by a constant "
        "step to a constant bound runs a known number of times: as a for "
        "loop of that trip count (the counter still carried), TorchScript "
        "unrolls it where it is small, as it unrolls `for _ in range(n)`.",
        _PREPARE_TESTS + "test_loops.py::test_counted_while",
        loops.while_to_for,
    ),
    Rewrite(
        "batched-matmul-as-bmm",
        ("aten::matmul",),
        "The core leaves matmul of two 3-D tensors undecomposed, and it is "
        "backend-illegal. bmm of the operands with their batch broadcast "
        "made explicit computes the same: an expand where the example "
        "arguments fix a batch of one, an index_select where a batch is "
        "dynamic (the core's expand assumes a dynamic size is never 1).",
        _PREPARE_TESTS + "test_batched_matmul.py::test_batched_matmul",
        batched_matmul.rewrite_batched_matmul,
    ),
    Rewrite(
        "vector-matmul-as-bmm",
        ("aten::matmul",),
        "The core leaves matmul of a vector and a 3-D or 4-D tensor (either "
        "order) undecomposed, and it is backend-illegal. Eager's product "
        "(the vector as a one-row or one-column matrix over the other "
        "operand's batch, that dim dropped) as bmm of the other operand's "
        "flattened batch with the vector expanded from a static 1, viewed "
        "back to the batch dims.",
        _PREPARE_TESTS + "test_batched_matmul.py::test_vector_matmul",
        batched_matmul.rewrite_vector_matmul,
    ),
    Rewrite(
        "arange-of-ints-as-int64",
        ("aten::arange",),
        "The core infers the size of an arange from constant bounds only "
        "when its dtype is given; without one the size is dynamic, and TOSA "
        "and StableHLO then fail on the casts between static and dynamic "
        "shapes (the one-hot classes of the cross_entropy decomposition). "
        "Eager's arange of ints is int64: dtype=torch.int64 is the same op.",
        _PREPARE_TESTS + "test_dtypes.py::test_arange_of_ints",
        dtypes.arange_of_ints_as_int64,
    ),
    Rewrite(
        "fold-dtype-of-factory",
        ("prim::dtype",),
        "`t.dtype` of a tensor a factory op made with a constant dtype is "
        "that dtype (with none, the default dtype; not for `full`, whose fill "
        "value decides); folded, the allocation dies once nothing else reads it "
        "(the out= tensor of a functional arange), and TOSA has no lowering "
        "for torch.empty.",
        _PREPARE_TESTS + "test_dtypes.py::test_dtype_of_factory",
        dtypes.fold_dtype_of_factory,
    ),
    Rewrite(
        "uint8-cast-through-int64",
        ("aten::to",),
        "the core converts floats to ui8 with a signed i8 conversion, undefined "
        "above 127 (lanes saturate at 127: wrong values); through int64 the bits "
        "are eager's for every source dtype.",
        _PREPARE_TESTS + "test_dtypes.py::test_uint8_cast_through_int64",
        dtypes.uint8_cast_through_int64,
    ),
    Rewrite(
        "guard-uint8-reads",
        (
            "aten::to",
            "aten::sum",
            "aten::max",
            "aten::min",
            "aten::amax",
            "aten::amin",
            "aten::add",
            "aten::sub",
            "aten::mul",
            "aten::div",
            "aten::maximum",
            "aten::minimum",
            "aten::eq",
            "aten::ne",
            "aten::lt",
            "aten::le",
            "aten::gt",
            "aten::ge",
        ),
        "TOSA has no unsigned ints: the core reads a uint8 tensor as int8, so "
        "casts to wider types and type promotion sign-extend (200 becomes -56), "
        "sums accumulate the negative values and max/min and comparisons order "
        "signed. A uint8 tensor known from its example argument (or a cast to "
        "uint8) is read as `x.to(torch.int32) & 255`, the same values in eager, "
        "before such an op; reductions to uint8 cast their result back.",
        _GUARDS_TESTS + "test_uint8_reads",
        aten_ops.any_of(
            unsigned_guards.rewrite_uint8_cast,
            *unsigned_guards.rewrite_uint8_reductions,
            unsigned_guards.rewrite_uint8_promotion,
        ),
    ),
    # RNN family
    Rewrite(
        "decompose-rnn-cells",
        ("aten::lstm_cell", "aten::gru_cell", "aten::rnn_tanh_cell", "aten::rnn_relu_cell"),
        "The core's torch dialect has no recurrent cells (nn.LSTMCell, "
        "nn.GRUCell, nn.RNNCell); one step of their gate math, in PyTorch's "
        "gate order, is linear, chunk and pointwise ops.",
        _PREPARE_TESTS + "test_rnn.py::test_cells",
        rnn.decompose_cell,
    ),
    Rewrite(
        "decompose-lstm",
        ("aten::lstm",),
        "The core's torch dialect has no aten.lstm. Its layers and directions "
        "become linears and per-step gate math, unrolled over time where the "
        "example arguments fix the sequence length (the core lowers no loop "
        "that carries tensors) and a TorchScript loop otherwise. Refused for "
        "training with dropout, a non-constant configuration, the packed "
        "(.data) overload and inputs of unknown rank.",
        _PREPARE_TESTS + "test_rnn.py::test_lstm",
        rnn.decompose_sequence,
    ),
    Rewrite(
        "decompose-gru",
        ("aten::gru",),
        "The core's torch dialect has no aten.gru; as for decompose-lstm, "
        "with GRU's r, z, n gates.",
        _PREPARE_TESTS + "test_rnn.py::test_gru",
        rnn.decompose_sequence,
    ),
    Rewrite(
        "decompose-elman-rnn",
        ("aten::rnn_tanh", "aten::rnn_relu"),
        "The core's torch dialect has no aten.rnn_tanh or aten.rnn_relu; as "
        "for decompose-lstm, with one tanh or relu gate.",
        _PREPARE_TESTS + "test_rnn.py::test_elman_rnn",
        rnn.decompose_sequence,
    ),
    Rewrite(
        "fold-known-size-comparisons",
        ("aten::eq", "aten::ne"),
        "nn.LSTM, nn.GRU and nn.RNN check the hidden state's sizes against "
        "the expected ones (`hx.size() != expected`); the sizes are the "
        "zeros they built or static ones, but the core has no folder for "
        "comparisons of int lists and keeps the check's branch, which it "
        "cannot lower.",
        _PREPARE_TESTS + "test_rnn.py::test_hidden_size_checks",
        rnn.fold_known_size_comparison,
    ),
    Rewrite(
        "static-splits-as-slices",
        (
            "aten::chunk",
            "aten::unsafe_chunk",
            "aten::split",
            "aten::unsafe_split",
            "aten::tensor_split",
            "aten::unbind",
        ),
        "The core types no element of the list chunk, split, tensor_split or "
        "unbind return; when the example fixes the size of the dim they cut, "
        "the list is built in place from slices (selects for unbind) of the "
        "tensor, which it types.",
        _PREPARE_TESTS + "test_regions.py::test_static_splits_as_slices",
        list_reads.static_splits_as_slices,
    ),
]


def rewrites_by_kind(before_inlining: bool, after_rounds: bool = False) -> Dict[str, List[Rewrite]]:
    """Node kind -> the rewrites of one phase that match it, in table order."""
    table: Dict[str, List[Rewrite]] = collections.defaultdict(list)
    for rewrite in REWRITES:
        if rewrite.before_inlining != before_inlining or rewrite.after_rounds != after_rounds:
            continue
        for kind in rewrite.kinds:
            table[kind].append(rewrite)
    return dict(table)
