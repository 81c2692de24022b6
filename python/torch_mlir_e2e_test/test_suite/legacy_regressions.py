"""Programs the old TorchScript path lowered that the core alone does not:
adaptive max pooling (sizes that divide the input and sizes that
do not, with and without indices and a batch dim), grouped convolutions and
broadcasting batched matmuls on dynamic dims, attention with one tensor for
query, key and value and attention with a causal, bool or float mask,
cross_entropy without reduction, a for-like while loop carrying a tensor,
and arange into an out= tensor.

Each program has a `_static` variant (every dim fixed) and a `_dynamic` one
(every dim -1). Pooling inputs with ties (integer-valued floats) check that
the returned indices are those eager returns: the first maximum of a window
in row-major order.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


def _ties(tu: TestUtils, *sizes):
    # Few distinct values, so most windows hold their maximum more than once.
    return tu.randint(*sizes, low=-3, high=3).to(torch.float32)


# ==============================================================================
# adaptive_max_pool1d


class AdaptiveMaxPool1dDivisibleStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 12], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 4)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dDivisibleStaticModule())
def AdaptiveMaxPool1dDivisibleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 12))


class AdaptiveMaxPool1dDivisibleDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 4)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dDivisibleDynamicModule())
def AdaptiveMaxPool1dDivisibleModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 12))
    module.forward(tu.rand(1, 2, 8))


class AdaptiveMaxPool1dIndicesStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 10], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 4, return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dIndicesStaticModule())
def AdaptiveMaxPool1dIndicesModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10))
    module.forward(_ties(tu, 2, 3, 10))


class AdaptiveMaxPool1dIndicesDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 4, return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dIndicesDynamicModule())
def AdaptiveMaxPool1dIndicesModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10))
    module.forward(_ties(tu, 1, 2, 9))
    # An output larger than the input: windows overlap and repeat elements.
    module.forward(tu.rand(1, 1, 3))


class AdaptiveMaxPool1dUnbatchedStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 10], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 3, return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dUnbatchedStaticModule())
def AdaptiveMaxPool1dUnbatchedModule_static(module, tu: TestUtils):
    module.forward(_ties(tu, 3, 10))


class AdaptiveMaxPool1dUnbatchedDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 3)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dUnbatchedDynamicModule())
def AdaptiveMaxPool1dUnbatchedModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 10))
    module.forward(tu.rand(2, 7))


# ==============================================================================
# adaptive_max_pool2d


class AdaptiveMaxPool2dDivisibleStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 3, 8, 12], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [4, 3])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dDivisibleStaticModule())
def AdaptiveMaxPool2dDivisibleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8, 12))


class AdaptiveMaxPool2dDivisibleDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [4, 3])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dDivisibleDynamicModule())
def AdaptiveMaxPool2dDivisibleModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8, 12))
    module.forward(tu.rand(2, 2, 4, 6))


class AdaptiveMaxPool2dDivisibleIndicesStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 8, 6], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [2, 3], return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dDivisibleIndicesStaticModule())
def AdaptiveMaxPool2dDivisibleIndicesModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 6))
    module.forward(_ties(tu, 2, 3, 8, 6))


class AdaptiveMaxPool2dNonDivisibleStaticModule(torch.nn.Module):
    # The sizes of the old report: 9x15 pooled to 7x13.
    @export
    @annotate_args([None, ([1, 16, 9, 15], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [7, 13])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dNonDivisibleStaticModule())
def AdaptiveMaxPool2dNonDivisibleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 16, 9, 15))


class AdaptiveMaxPool2dNonDivisibleIndicesStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 4, 9, 15], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [7, 13], return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dNonDivisibleIndicesStaticModule())
def AdaptiveMaxPool2dNonDivisibleIndicesModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 9, 15))
    module.forward(_ties(tu, 1, 4, 9, 15))


class AdaptiveMaxPool2dNonDivisibleIndicesDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [3, 4], return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dNonDivisibleIndicesDynamicModule())
def AdaptiveMaxPool2dNonDivisibleIndicesModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 9, 15))
    module.forward(_ties(tu, 2, 3, 7, 5))
    module.forward(tu.rand(1, 2, 2, 3))


class AdaptiveMaxPool2dUnbatchedStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 7, 5], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [3, 2], return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dUnbatchedStaticModule())
def AdaptiveMaxPool2dUnbatchedModule_static(module, tu: TestUtils):
    module.forward(_ties(tu, 3, 7, 5))


class AdaptiveMaxPool2dUnbatchedDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [3, 2], return_indices=True)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dUnbatchedDynamicModule())
def AdaptiveMaxPool2dUnbatchedModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7, 5))
    module.forward(_ties(tu, 2, 6, 4))


class NnAdaptiveMaxPool2dIndicesStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AdaptiveMaxPool2d((5, 3), return_indices=True)

    @export
    @annotate_args([None, ([2, 3, 11, 7], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAdaptiveMaxPool2dIndicesStaticModule())
def NnAdaptiveMaxPool2dIndicesModule_static(module, tu: TestUtils):
    module.forward(_ties(tu, 2, 3, 11, 7))


# ==============================================================================
# aten.convolution with groups on dynamic dims


class ConvolutionGroupsStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.weight = torch.nn.Parameter(torch.randn(6, 2, 3, 3))
        self.bias = torch.nn.Parameter(torch.randn(6))

    @export
    @annotate_args([None, ([2, 4, 7, 8], torch.float32, True)])
    def forward(self, x):
        return torch.ops.aten.convolution(
            x, self.weight, self.bias, [1, 2], [1, 0], [1, 1], False, [0, 0], 2
        )


@register_test_case(module_factory=lambda: ConvolutionGroupsStaticModule())
def ConvolutionGroupsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 7, 8))


class ConvolutionGroupsDynamicModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.weight = torch.nn.Parameter(torch.randn(6, 2, 3, 3))
        self.bias = torch.nn.Parameter(torch.randn(6))

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ops.aten.convolution(
            x, self.weight, self.bias, [1, 2], [1, 0], [1, 1], False, [0, 0], 2
        )


@register_test_case(module_factory=lambda: ConvolutionGroupsDynamicModule())
def ConvolutionGroupsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 7, 8))
    module.forward(tu.rand(1, 4, 5, 5))


class ConvolutionGroupsWeightArgDynamicModule(torch.nn.Module):
    # Weight as an argument with dynamic dims too; depthwise (groups = channels).
    @export
    @annotate_args(
        [None, ([-1, -1, -1, -1], torch.float32, True), ([-1, -1, -1, -1], torch.float32, True)]
    )
    def forward(self, x, weight):
        return torch.ops.aten.convolution(x, weight, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 3)


@register_test_case(module_factory=lambda: ConvolutionGroupsWeightArgDynamicModule())
def ConvolutionGroupsWeightArgModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6, 5), tu.rand(3, 1, 3, 3))


class Convolution1dGroupsDynamicModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.weight = torch.nn.Parameter(torch.randn(4, 3, 2))

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ops.aten.convolution(x, self.weight, None, [1], [0], [2], False, [0], 2)


@register_test_case(module_factory=lambda: Convolution1dGroupsDynamicModule())
def Convolution1dGroupsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 9))


# ==============================================================================
# matmul of 3-D tensors whose batch dim broadcasts


class MatmulBroadcastBatchStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 4], torch.float32, True), ([3, 4, 5], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulBroadcastBatchStaticModule())
def MatmulBroadcastBatchModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4), tu.rand(3, 4, 5))


class MatmulBroadcastBatchUnitLhsModule(torch.nn.Module):
    # The lhs batch is annotated 1, everything else dynamic.
    @export
    @annotate_args([None, ([1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulBroadcastBatchUnitLhsModule())
def MatmulBroadcastBatchUnitLhsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4), tu.rand(3, 4, 5))
    module.forward(tu.rand(1, 3, 2), tu.rand(1, 2, 2))


class MatmulBroadcastBatchDynamicModule(torch.nn.Module):
    # Every dim dynamic; which side's batch is 1 is known only at run time.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulBroadcastBatchDynamicModule())
def MatmulBroadcastBatchModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4), tu.rand(3, 4, 5))
    module.forward(tu.rand(3, 2, 4), tu.rand(1, 4, 5))
    module.forward(tu.rand(2, 2, 4), tu.rand(2, 4, 3))


# ==============================================================================
# scaled_dot_product_attention(q, q, q)


class AttentionOneTensorStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 5, 4], torch.float32, True)])
    def forward(self, q):
        return F.scaled_dot_product_attention(q, q, q)


@register_test_case(module_factory=lambda: AttentionOneTensorStaticModule())
def AttentionOneTensorModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, 4, low=-1.0, high=1.0))


class AttentionOneTensorDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, q):
        return F.scaled_dot_product_attention(q, q, q)


@register_test_case(module_factory=lambda: AttentionOneTensorDynamicModule())
def AttentionOneTensorModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, 4, low=-1.0, high=1.0))
    module.forward(tu.rand(1, 2, 7, 8, low=-1.0, high=1.0))


class AttentionOneTensorCausalStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 6, 4], torch.float32, True)])
    def forward(self, q):
        return F.scaled_dot_product_attention(q, q, q, is_causal=True)


@register_test_case(module_factory=lambda: AttentionOneTensorCausalStaticModule())
def AttentionOneTensorCausalModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, 4, low=-1.0, high=1.0))


class AttentionOneTensorCausalDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, q):
        return F.scaled_dot_product_attention(q, q, q, is_causal=True)


@register_test_case(module_factory=lambda: AttentionOneTensorCausalDynamicModule())
def AttentionOneTensorCausalModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, 4, low=-1.0, high=1.0))


# ==============================================================================
# scaled_dot_product_attention with is_causal=True or an attn_mask


class AttentionCausalCrossStaticModule(torch.nn.Module):
    # Fewer queries than keys: eager's causal mask is ones(L, S).tril().
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 4, 8], torch.float32, True),
            ([2, 3, 6, 8], torch.float32, True),
            ([2, 3, 6, 5], torch.float32, True),
        ]
    )
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.3)


@register_test_case(module_factory=lambda: AttentionCausalCrossStaticModule())
def AttentionCausalCrossModule_static(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 4, 8, low=-1.0, high=1.0),
        tu.rand(2, 3, 6, 8, low=-1.0, high=1.0),
        tu.rand(2, 3, 6, 5, low=-1.0, high=1.0),
    )


class AttentionCausalCrossDynamicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, is_causal=True)


@register_test_case(module_factory=lambda: AttentionCausalCrossDynamicModule())
def AttentionCausalCrossModule_dynamic(module, tu: TestUtils):
    # More queries than keys, then fewer.
    module.forward(
        tu.rand(3, 7, 4, low=-1.0, high=1.0),
        tu.rand(3, 5, 4, low=-1.0, high=1.0),
        tu.rand(3, 5, 6, low=-1.0, high=1.0),
    )
    module.forward(
        tu.rand(2, 3, 4, low=-1.0, high=1.0),
        tu.rand(2, 6, 4, low=-1.0, high=1.0),
        tu.rand(2, 6, 2, low=-1.0, high=1.0),
    )


def _bool_mask(tu: TestUtils, length, source):
    mask = tu.randint(length, source, high=2).to(torch.bool)
    mask[1] = False  # a query with no key to attend to: weights of zero
    return mask


class AttentionBoolMaskStaticModule(torch.nn.Module):
    # A 2-D mask with 4-D operands (it broadcasts over batch and heads).
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 5, 4], torch.float32, True),
            ([2, 3, 7, 4], torch.float32, True),
            ([2, 3, 7, 4], torch.float32, True),
            ([5, 7], torch.bool, True),
        ]
    )
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


@register_test_case(module_factory=lambda: AttentionBoolMaskStaticModule())
def AttentionBoolMaskModule_static(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 5, 4, low=-1.0, high=1.0),
        tu.rand(2, 3, 7, 4, low=-1.0, high=1.0),
        tu.rand(2, 3, 7, 4, low=-1.0, high=1.0),
        _bool_mask(tu, 5, 7),
    )


class AttentionBoolMaskDynamicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1], torch.bool, True),
        ]
    )
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=0.5)


@register_test_case(module_factory=lambda: AttentionBoolMaskDynamicModule())
def AttentionBoolMaskModule_dynamic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 5, 4, low=-1.0, high=1.0),
        tu.rand(2, 3, 7, 4, low=-1.0, high=1.0),
        tu.rand(2, 3, 7, 4, low=-1.0, high=1.0),
        _bool_mask(tu, 5, 7),
    )


def _float_mask(tu: TestUtils, *sizes):
    mask = tu.rand(*sizes, low=-2.0, high=2.0)
    mask[..., 0, 1:] = float("-inf")
    mask[..., 2, :] = float("-inf")  # every key masked: weights of zero
    return mask


class AttentionFloatMaskStaticModule(torch.nn.Module):
    # An additive mask of lower rank than the scores, with -inf entries.
    @export
    @annotate_args(
        [
            None,
            ([3, 4, 6], torch.float32, True),
            ([3, 5, 6], torch.float32, True),
            ([3, 5, 2], torch.float32, True),
            ([1, 4, 5], torch.float32, True),
        ]
    )
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


@register_test_case(module_factory=lambda: AttentionFloatMaskStaticModule())
def AttentionFloatMaskModule_static(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 4, 6, low=-1.0, high=1.0),
        tu.rand(3, 5, 6, low=-1.0, high=1.0),
        tu.rand(3, 5, 2, low=-1.0, high=1.0),
        _float_mask(tu, 1, 4, 5),
    )


class AttentionFloatMaskDynamicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=0.25)


@register_test_case(module_factory=lambda: AttentionFloatMaskDynamicModule())
def AttentionFloatMaskModule_dynamic(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 4, 6, low=-1.0, high=1.0),
        tu.rand(3, 5, 6, low=-1.0, high=1.0),
        tu.rand(3, 5, 2, low=-1.0, high=1.0),
        _float_mask(tu, 4, 5),
    )


# ==============================================================================
# cross_entropy(reduction="none")


class CrossEntropyNoReductionDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, reduction="none")


@register_test_case(module_factory=lambda: CrossEntropyNoReductionDynamicModule())
def CrossEntropyNoReductionModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(6, 3, low=-1.0, high=1.0), tu.randint(6, high=3))
    module.forward(tu.rand(2, 5, low=-1.0, high=1.0), tu.randint(2, high=5))


class CrossEntropyNoReductionSpatialStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4, 3], torch.float32, True), ([2, 3], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, reduction="none")


@register_test_case(module_factory=lambda: CrossEntropyNoReductionSpatialStaticModule())
def CrossEntropyNoReductionSpatialModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3, low=-1.0, high=1.0), tu.randint(2, 3, high=4))


# ==============================================================================
# A for-like while loop carrying a tensor argument and a counter


class WhileLikeForTensorArgStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([7, 9], torch.float32, True)])
    def forward(self, x):
        i = 0
        while i < 10:
            x = x * 0.5 + float(i)
            i += 1
        return x


@register_test_case(module_factory=lambda: WhileLikeForTensorArgStaticModule())
def WhileLikeForTensorArgModule_static(module, tu: TestUtils):
    module.forward(tu.rand(7, 9))


class WhileLikeForTensorArgDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        i = 0
        while i < 10:
            x = x * 0.5 + float(i)
            i += 1
        return x


@register_test_case(module_factory=lambda: WhileLikeForTensorArgDynamicModule())
def WhileLikeForTensorArgModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(7, 9))
    module.forward(tu.rand(2, 3))


class WhileLikeForCounterResultModule(torch.nn.Module):
    # A step of 3 and the counter returned with the tensor.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        i = 2
        while i < 12:
            x = x + float(i)
            i = i + 3
        return x, i


@register_test_case(module_factory=lambda: WhileLikeForCounterResultModule())
def WhileLikeForCounterResultModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


# ==============================================================================
# arange into an out= tensor


class ArangeOutStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.float32, True)])
    def forward(self, x):
        t = torch.empty(0, dtype=torch.int64)
        torch.arange(2, 7, out=t)
        return t, x + t


@register_test_case(module_factory=lambda: ArangeOutStaticModule())
def ArangeOutModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5))


class ArangeOutDtypeDynamicModule(torch.nn.Module):
    # The result takes the dtype of the out= tensor (float64 here), also
    # for the end-only overload.
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        t = torch.zeros(3, dtype=torch.float64)
        torch.arange(1, 6, out=t)
        u = torch.empty(0)
        torch.arange(5, out=u)
        return t * x, u


@register_test_case(module_factory=lambda: ArangeOutDtypeDynamicModule())
def ArangeOutDtypeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5).double())
