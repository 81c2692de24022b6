"""Variants of the suite's op families that a user of the old TorchScript
`torch_mlir.compile` writes and that the rest of the suite lacks.

Every test name starts with `LegacyVariant`, so `-f '^LegacyVariant'` selects
exactly these. Each test takes one op the suite already covers and changes one
or two things a legacy program does differently from the existing tests:

* dtype: float64, int32 or bool where the suite only has float32/int64;
* rank: 0-D, 1-D, or 4-D/5-D inputs;
* shapes: `_dynamic` tests mark the data dims -1 (weights and channel counts
  may stay fixed) and are called with two shapes,
  `_static` tests fix every dim, `_basic` ones take 0-D inputs or none;
* keyword arguments (`dim=`, `keepdim=`, `dtype=`, `alpha=`, `out=`, ...)
  and negative dims;
* Python number operands mixed with tensors (int and float literals, which
  take part in type promotion).

Families: elementwise, comparison, activation, reductions, matmul, conv,
pooling, norm, losses, sort/pad, reshape/views, indexing, concat/split,
constants and casts, clamp/where/cumulative ops.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


def _f64(tu: TestUtils, *sizes, low=-1.0, high=1.0):
    return tu.rand(*sizes, low=low, high=high).to(torch.float64)


def _i32(tu: TestUtils, *sizes, low=-10, high=10):
    return tu.randint(*sizes, low=low, high=high).to(torch.int32)


# ==============================================================================
# elementwise


class LegacyVariantAddFloat64AlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([-1, -1, -1], torch.float64, True)])
    def forward(self, x, y):
        return torch.add(x, y, alpha=2.5)


@register_test_case(module_factory=lambda: LegacyVariantAddFloat64AlphaModule())
def LegacyVariantAddFloat64AlphaModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4), _f64(tu, 2, 3, 4))
    module.forward(_f64(tu, 1, 5, 2), _f64(tu, 1, 5, 2))


class LegacyVariantMulInt32PythonIntModule(torch.nn.Module):
    # An int literal keeps int32 (a Python number does not promote a tensor).
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return x * 3 + 7


@register_test_case(module_factory=lambda: LegacyVariantMulInt32PythonIntModule())
def LegacyVariantMulInt32PythonIntModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 3, 4))
    module.forward(_i32(tu, 5, 1))


class LegacyVariantInt32TimesPythonFloatModule(torch.nn.Module):
    # A float literal promotes an int32 tensor to the default float dtype.
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x * 0.5 - 1.25


@register_test_case(module_factory=lambda: LegacyVariantInt32TimesPythonFloatModule())
def LegacyVariantInt32TimesPythonFloatModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 7))
    module.forward(_i32(tu, 3))


class LegacyVariantSubRank0FromRank4Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True), ([], torch.float32, True)])
    def forward(self, x, y):
        return torch.sub(x, y, alpha=2)


@register_test_case(module_factory=lambda: LegacyVariantSubRank0FromRank4Module())
def LegacyVariantSubRank0FromRank4Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5), tu.rand())
    module.forward(tu.rand(1, 2, 1, 3), tu.rand())


class LegacyVariantDivFloorFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, x, y):
        return torch.div(x, y, rounding_mode="floor")


@register_test_case(module_factory=lambda: LegacyVariantDivFloorFloat64Module())
def LegacyVariantDivFloorFloat64Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 4, low=-10.0, high=10.0), _f64(tu, 3, 4, low=0.5, high=3.0))
    module.forward(_f64(tu, 2, 2, low=-10.0, high=10.0), _f64(tu, 2, 2, low=-3.0, high=-0.5))


class LegacyVariantExpLogFloat64Rank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.float64, True)])
    def forward(self, x):
        return torch.log(torch.exp(x) + 1.0)


@register_test_case(module_factory=lambda: LegacyVariantExpLogFloat64Rank1Module())
def LegacyVariantExpLogFloat64Rank1Module_static(module, tu: TestUtils):
    module.forward(_f64(tu, 6, low=-3.0, high=3.0))


class LegacyVariantPowFloat64PythonFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.pow(x, 1.5)


@register_test_case(module_factory=lambda: LegacyVariantPowFloat64PythonFloatModule())
def LegacyVariantPowFloat64PythonFloatModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 4, low=0.1, high=4.0))
    module.forward(_f64(tu, 1, 6, low=0.1, high=4.0))


class LegacyVariantSqrtFloat64Rank5Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.sqrt(x)


@register_test_case(module_factory=lambda: LegacyVariantSqrtFloat64Rank5Module())
def LegacyVariantSqrtFloat64Rank5Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 1, 3, 2, 2, low=0.0, high=9.0))
    module.forward(_f64(tu, 1, 2, 2, 1, 3, low=0.0, high=9.0))


class LegacyVariantAddOutModule(torch.nn.Module):
    # `out=` writes into (and returns) a caller-provided tensor.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, y, out):
        torch.add(x, y, alpha=3, out=out)
        return out


@register_test_case(module_factory=lambda: LegacyVariantAddOutModule())
def LegacyVariantAddOutModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4), torch.zeros(3, 4))
    module.forward(tu.rand(2, 5), tu.rand(2, 5), torch.zeros(2, 5))


# ==============================================================================
# comparison


class LegacyVariantEqInt32PythonIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.eq(x, 2)


@register_test_case(module_factory=lambda: LegacyVariantEqInt32PythonIntModule())
def LegacyVariantEqInt32PythonIntModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 4, 5, low=0, high=4))
    module.forward(_i32(tu, 2, 3, low=0, high=4))


class LegacyVariantGtFloat64Rank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([], torch.float64, True)])
    def forward(self, x, y):
        return torch.gt(x, y)


@register_test_case(module_factory=lambda: LegacyVariantGtFloat64Rank0Module())
def LegacyVariantGtFloat64Rank0Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4), _f64(tu))
    module.forward(_f64(tu, 1, 4, 2), _f64(tu))


class LegacyVariantNeBoolTensorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, y):
        return x != y


@register_test_case(module_factory=lambda: LegacyVariantNeBoolTensorsModule())
def LegacyVariantNeBoolTensorsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).bool(), tu.randint(3, 4, high=2).bool())
    module.forward(tu.randint(1, 5, high=2).bool(), tu.randint(1, 5, high=2).bool())


class LegacyVariantLeInt32PythonFloatModule(torch.nn.Module):
    # An int tensor compared with a float literal compares in floating point.
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.le(x, 1.5)


@register_test_case(module_factory=lambda: LegacyVariantLeInt32PythonFloatModule())
def LegacyVariantLeInt32PythonFloatModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 8, low=-3, high=4))
    module.forward(_i32(tu, 3, low=-3, high=4))


# ==============================================================================
# activation


class LegacyVariantGeluTanhFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.gelu(x, approximate="tanh")


@register_test_case(module_factory=lambda: LegacyVariantGeluTanhFloat64Module())
def LegacyVariantGeluTanhFloat64Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 4, low=-3.0, high=3.0))
    module.forward(_f64(tu, 5, 2, low=-3.0, high=3.0))


class LegacyVariantLogSoftmaxRank4NegDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.log_softmax(x, dim=-3)


@register_test_case(module_factory=lambda: LegacyVariantLogSoftmaxRank4NegDimModule())
def LegacyVariantLogSoftmaxRank4NegDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5, low=-2.0, high=2.0))
    module.forward(tu.rand(1, 4, 2, 2, low=-2.0, high=2.0))


class LegacyVariantSigmoidFloat64Rank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return torch.sigmoid(x)


@register_test_case(module_factory=lambda: LegacyVariantSigmoidFloat64Rank0Module())
def LegacyVariantSigmoidFloat64Rank0Module_basic(module, tu: TestUtils):
    module.forward(_f64(tu, low=-4.0, high=4.0))


# ==============================================================================
# reductions


class LegacyVariantSumNegDimsKeepdimDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, dim=(-1, -3), keepdim=True, dtype=torch.float64)


@register_test_case(module_factory=lambda: LegacyVariantSumNegDimsKeepdimDtypeModule())
def LegacyVariantSumNegDimsKeepdimDtypeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))
    module.forward(tu.rand(1, 2, 3, 1))


class LegacyVariantMaxDimInt32KeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        values, indices = torch.max(x, dim=-1, keepdim=True)
        return values, indices


@register_test_case(module_factory=lambda: LegacyVariantMaxDimInt32KeepdimModule())
def LegacyVariantMaxDimInt32KeepdimModule_dynamic(module, tu: TestUtils):
    # Distinct values per row, so the index of the maximum is unambiguous.
    module.forward(torch.randperm(20).reshape(4, 5).to(torch.int32) - 10)
    module.forward(torch.randperm(6).reshape(2, 3).to(torch.int32))


class LegacyVariantAmaxInt32NegDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.amax(x, dim=(-1, -2))


@register_test_case(module_factory=lambda: LegacyVariantAmaxInt32NegDimsModule())
def LegacyVariantAmaxInt32NegDimsModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 3, 4, 5, low=-100, high=100))
    module.forward(_i32(tu, 2, 2, 1, low=-100, high=100))


class LegacyVariantProdInt32Rank1DtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.prod(x, dtype=torch.int64)


@register_test_case(module_factory=lambda: LegacyVariantProdInt32Rank1DtypeModule())
def LegacyVariantProdInt32Rank1DtypeModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 6, low=-5, high=6))
    module.forward(_i32(tu, 3, low=-5, high=6))


class LegacyVariantSumBoolDimModule(torch.nn.Module):
    # Summing bools counts them, as int64.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.sum(x, dim=-1)


@register_test_case(module_factory=lambda: LegacyVariantSumBoolDimModule())
def LegacyVariantSumBoolDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 6, high=2).bool())
    module.forward(tu.randint(1, 4, 2, high=2).bool())


class LegacyVariantVarFloat64Rank4BiasedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.var(x, dim=(1, 3), unbiased=False, keepdim=True)


@register_test_case(module_factory=lambda: LegacyVariantVarFloat64Rank4BiasedModule())
def LegacyVariantVarFloat64Rank4BiasedModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4, 5))
    module.forward(_f64(tu, 1, 2, 2, 3))


class LegacyVariantSumDimOutModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, out):
        torch.sum(x, dim=0, out=out)
        return out


@register_test_case(module_factory=lambda: LegacyVariantSumDimOutModule())
def LegacyVariantSumDimOutModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), torch.zeros(4))
    module.forward(tu.rand(5, 2), torch.zeros(2))


# ==============================================================================
# matmul


class LegacyVariantMatmulFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([-1, -1, -1], torch.float64, True)])
    def forward(self, x, y):
        return torch.matmul(x, y)


@register_test_case(module_factory=lambda: LegacyVariantMatmulFloat64Module())
def LegacyVariantMatmulFloat64Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4), _f64(tu, 2, 4, 5))
    module.forward(_f64(tu, 1, 2, 3), _f64(tu, 1, 3, 1))


class LegacyVariantBmmInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int32, True), ([-1, -1, -1], torch.int32, True)])
    def forward(self, x, y):
        return torch.bmm(x, y)


@register_test_case(module_factory=lambda: LegacyVariantBmmInt32Module())
def LegacyVariantBmmInt32Module_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 2, 3, 4), _i32(tu, 2, 4, 2))
    module.forward(_i32(tu, 1, 2, 2), _i32(tu, 1, 2, 3))


class LegacyVariantLinearFloat64Rank4Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float64, True),
            ([-1, -1], torch.float64, True),
            ([-1], torch.float64, True),
        ]
    )
    def forward(self, x, w, b):
        return F.linear(x, w, bias=b)


@register_test_case(module_factory=lambda: LegacyVariantLinearFloat64Rank4Module())
def LegacyVariantLinearFloat64Rank4Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4, 5), _f64(tu, 6, 5), _f64(tu, 6))
    module.forward(_f64(tu, 1, 2, 1, 3), _f64(tu, 2, 3), _f64(tu, 2))


class LegacyVariantMatmul1d4dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x, y):
        return torch.matmul(x, y)


@register_test_case(module_factory=lambda: LegacyVariantMatmul1d4dModule())
def LegacyVariantMatmul1d4dModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(2, 3, 4, 5))
    module.forward(tu.rand(2), tu.rand(1, 2, 2, 3))


class LegacyVariantAddmmFloat64KeywordModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float64, True),
            ([-1, -1], torch.float64, True),
            ([-1, -1], torch.float64, True),
        ]
    )
    def forward(self, bias, x, y):
        return torch.addmm(bias, x, y, beta=0.5, alpha=2.0)


@register_test_case(module_factory=lambda: LegacyVariantAddmmFloat64KeywordModule())
def LegacyVariantAddmmFloat64KeywordModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 5), _f64(tu, 3, 4), _f64(tu, 4, 5))
    module.forward(_f64(tu, 2, 2), _f64(tu, 2, 6), _f64(tu, 6, 2))


# ==============================================================================
# conv


class LegacyVariantConv2dFloat64KeywordsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float64, True),
            ([4, 2, 3, 3], torch.float64, True),
            ([4], torch.float64, True),
        ]
    )
    def forward(self, x, w, b):
        return F.conv2d(x, w, bias=b, stride=2, padding=1, dilation=2, groups=2)


@register_test_case(module_factory=lambda: LegacyVariantConv2dFloat64KeywordsModule())
def LegacyVariantConv2dFloat64KeywordsModule_dynamic(module, tu: TestUtils):
    w, b = _f64(tu, 4, 2, 3, 3), _f64(tu, 4)
    module.forward(_f64(tu, 2, 4, 9, 10), w, b)
    module.forward(_f64(tu, 1, 4, 6, 7), w, b)


class LegacyVariantConv3dFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([1, 2, 5, 5, 5], torch.float64, True), ([3, 2, 2, 2, 2], torch.float64, True)]
    )
    def forward(self, x, w):
        return F.conv3d(x, w, padding=1)


@register_test_case(module_factory=lambda: LegacyVariantConv3dFloat64Module())
def LegacyVariantConv3dFloat64Module_static(module, tu: TestUtils):
    module.forward(_f64(tu, 1, 2, 5, 5, 5), _f64(tu, 3, 2, 2, 2, 2))


class LegacyVariantConvTranspose1dFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float64, True),
            ([3, 2, 3], torch.float64, True),
            ([2], torch.float64, True),
        ]
    )
    def forward(self, x, w, b):
        return F.conv_transpose1d(x, w, bias=b, stride=2, padding=1)


@register_test_case(module_factory=lambda: LegacyVariantConvTranspose1dFloat64Module())
def LegacyVariantConvTranspose1dFloat64Module_dynamic(module, tu: TestUtils):
    w, b = _f64(tu, 3, 2, 3), _f64(tu, 2)
    module.forward(_f64(tu, 2, 3, 6), w, b)
    module.forward(_f64(tu, 1, 3, 4), w, b)


# ==============================================================================
# pooling


class LegacyVariantMaxPool2dFloat64KeywordsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=3, stride=2, padding=1, ceil_mode=True)


@register_test_case(module_factory=lambda: LegacyVariantMaxPool2dFloat64KeywordsModule())
def LegacyVariantMaxPool2dFloat64KeywordsModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 8, 9))
    module.forward(_f64(tu, 1, 2, 5, 6))


class LegacyVariantAvgPool1dFloat64NoCountPadModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.avg_pool1d(x, kernel_size=3, stride=2, padding=1, count_include_pad=False)


@register_test_case(module_factory=lambda: LegacyVariantAvgPool1dFloat64NoCountPadModule())
def LegacyVariantAvgPool1dFloat64NoCountPadModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 9))
    module.forward(_f64(tu, 1, 2, 6))


class LegacyVariantMaxPool2dInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 6, 8], torch.int32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=2, stride=(2, 1))


@register_test_case(module_factory=lambda: LegacyVariantMaxPool2dInt32Module())
def LegacyVariantMaxPool2dInt32Module_static(module, tu: TestUtils):
    module.forward(_i32(tu, 2, 3, 6, 8, low=-50, high=50))


# ==============================================================================
# norm


class LegacyVariantLayerNormRank4LastThreeFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, 2, 3, 4], torch.float64, True),
            ([2, 3, 4], torch.float64, True),
            ([2, 3, 4], torch.float64, True),
        ]
    )
    def forward(self, x, w, b):
        return F.layer_norm(x, [2, 3, 4], weight=w, bias=b, eps=1e-3)


@register_test_case(module_factory=lambda: LegacyVariantLayerNormRank4LastThreeFloat64Module())
def LegacyVariantLayerNormRank4LastThreeFloat64Module_dynamic(module, tu: TestUtils):
    w, b = _f64(tu, 2, 3, 4), _f64(tu, 2, 3, 4)
    module.forward(_f64(tu, 3, 2, 3, 4), w, b)
    module.forward(_f64(tu, 1, 2, 3, 4), w, b)


class LegacyVariantBatchNormEvalFloat64KeywordsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, 3, -1, -1], torch.float64, True),
            ([3], torch.float64, True),
            ([3], torch.float64, True),
            ([3], torch.float64, True),
            ([3], torch.float64, True),
        ]
    )
    def forward(self, x, mean, var, w, b):
        return F.batch_norm(x, mean, var, weight=w, bias=b, training=False, momentum=0.3, eps=1e-3)


@register_test_case(module_factory=lambda: LegacyVariantBatchNormEvalFloat64KeywordsModule())
def LegacyVariantBatchNormEvalFloat64KeywordsModule_dynamic(module, tu: TestUtils):
    mean, var = _f64(tu, 3), _f64(tu, 3, low=0.5, high=2.0)
    w, b = _f64(tu, 3), _f64(tu, 3)
    module.forward(_f64(tu, 2, 3, 4, 5), mean, var, w, b)
    module.forward(_f64(tu, 1, 3, 2, 2), mean, var, w, b)


class LegacyVariantGroupNorm5dModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, 4, -1, -1, -1], torch.float32, True),
            ([4], torch.float32, True),
            ([4], torch.float32, True),
        ]
    )
    def forward(self, x, w, b):
        return F.group_norm(x, 2, weight=w, bias=b, eps=1e-4)


@register_test_case(module_factory=lambda: LegacyVariantGroupNorm5dModule())
def LegacyVariantGroupNorm5dModule_dynamic(module, tu: TestUtils):
    w, b = tu.rand(4), tu.rand(4)
    module.forward(tu.rand(2, 4, 3, 2, 2), w, b)
    module.forward(tu.rand(1, 4, 2, 3, 1), w, b)


class LegacyVariantNormalizeP1NegDimFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.normalize(x, p=1.0, dim=-1)


@register_test_case(module_factory=lambda: LegacyVariantNormalizeP1NegDimFloat64Module())
def LegacyVariantNormalizeP1NegDimFloat64Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4))
    module.forward(_f64(tu, 1, 2, 5))


# ==============================================================================
# losses


class LegacyVariantNllLossFloat64SumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1], torch.int64, True)])
    def forward(self, logp, target):
        return F.nll_loss(logp, target, reduction="sum")


@register_test_case(module_factory=lambda: LegacyVariantNllLossFloat64SumModule())
def LegacyVariantNllLossFloat64SumModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 4, 5).log_softmax(-1), tu.randint(4, high=5))
    module.forward(_f64(tu, 2, 3).log_softmax(-1), tu.randint(2, high=3))


class LegacyVariantSmoothL1LossFloat64BetaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, x, y):
        return F.smooth_l1_loss(x, y, reduction="mean", beta=0.5)


@register_test_case(module_factory=lambda: LegacyVariantSmoothL1LossFloat64BetaModule())
def LegacyVariantSmoothL1LossFloat64BetaModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 4), _f64(tu, 3, 4))
    module.forward(_f64(tu, 1, 5), _f64(tu, 1, 5))


# ==============================================================================
# sort / pad


class LegacyVariantSortInt32Dim0DescendingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.sort(x, dim=0, descending=True)


@register_test_case(module_factory=lambda: LegacyVariantSortInt32Dim0DescendingModule())
def LegacyVariantSortInt32Dim0DescendingModule_dynamic(module, tu: TestUtils):
    # Distinct values per column, so the returned indices are unambiguous.
    module.forward(torch.randperm(20).reshape(5, 4).to(torch.int32))
    module.forward(torch.randperm(6).reshape(3, 2).to(torch.int32) - 3)


class LegacyVariantTopkFloat64SmallestDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.topk(x, 2, dim=0, largest=False, sorted=True)


@register_test_case(module_factory=lambda: LegacyVariantTopkFloat64SmallestDim0Module())
def LegacyVariantTopkFloat64SmallestDim0Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 5, 3))
    module.forward(_f64(tu, 3, 2))


class LegacyVariantPadConstantFloat64Rank4Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.pad(x, (1, 2, 0, 1, 1, 0), mode="constant", value=-1.5)


@register_test_case(module_factory=lambda: LegacyVariantPadConstantFloat64Rank4Module())
def LegacyVariantPadConstantFloat64Rank4Module_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4, 5))
    module.forward(_f64(tu, 1, 1, 2, 2))


# ==============================================================================
# reshape / views


class LegacyVariantViewFloat64Rank4InferredModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 5], torch.float64, True)])
    def forward(self, x):
        return x.view(6, -1, 5)


@register_test_case(module_factory=lambda: LegacyVariantViewFloat64Rank4InferredModule())
def LegacyVariantViewFloat64Rank4InferredModule_static(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4, 5))


class LegacyVariantFlattenInt32NegDimsKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.flatten(x, start_dim=-3, end_dim=-2)


@register_test_case(module_factory=lambda: LegacyVariantFlattenInt32NegDimsKeywordModule())
def LegacyVariantFlattenInt32NegDimsKeywordModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 2, 3, 4, 5))
    module.forward(_i32(tu, 1, 2, 1, 3))


# ==============================================================================
# indexing


class LegacyVariantGatherFloat64NegDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        return torch.gather(x, dim=-1, index=index)


@register_test_case(module_factory=lambda: LegacyVariantGatherFloat64NegDimModule())
def LegacyVariantGatherFloat64NegDimModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 3, 5), tu.randint(3, 2, high=5))
    module.forward(_f64(tu, 2, 3), tu.randint(2, 4, high=3))


class LegacyVariantSelectInt32Rank4NegativeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.select(x, dim=-2, index=-1)


@register_test_case(module_factory=lambda: LegacyVariantSelectInt32Rank4NegativeModule())
def LegacyVariantSelectInt32Rank4NegativeModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 2, 3, 4, 5))
    module.forward(_i32(tu, 1, 2, 2, 3))


class LegacyVariantMaskedFillInt32PythonIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, mask):
        return x.masked_fill(mask, -7)


@register_test_case(module_factory=lambda: LegacyVariantMaskedFillInt32PythonIntModule())
def LegacyVariantMaskedFillInt32PythonIntModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 3, 4), tu.randint(3, 4, high=2).bool())
    module.forward(_i32(tu, 1, 5), tu.randint(1, 5, high=2).bool())


class LegacyVariantIndexSelectFloat64NegDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return torch.index_select(x, dim=-1, index=index)


@register_test_case(module_factory=lambda: LegacyVariantIndexSelectFloat64NegDimModule())
def LegacyVariantIndexSelectFloat64NegDimModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 5), tu.randint(4, high=5))
    module.forward(_f64(tu, 1, 2, 3), tu.randint(2, high=3))


# ==============================================================================
# concat / split


class LegacyVariantCatFloat64NegDimKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([-1, -1, -1], torch.float64, True)])
    def forward(self, x, y):
        return torch.cat([x, y], dim=-1)


@register_test_case(module_factory=lambda: LegacyVariantCatFloat64NegDimKeywordModule())
def LegacyVariantCatFloat64NegDimKeywordModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 3, 4), _f64(tu, 2, 3, 1))
    module.forward(_f64(tu, 1, 2, 2), _f64(tu, 1, 2, 3))


class LegacyVariantSplitSizesFloat64NegDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.float64, True)])
    def forward(self, x):
        a, b, c = torch.split(x, [1, 2, 3], dim=-1)
        return a, b, c


@register_test_case(module_factory=lambda: LegacyVariantSplitSizesFloat64NegDimModule())
def LegacyVariantSplitSizesFloat64NegDimModule_static(module, tu: TestUtils):
    module.forward(_f64(tu, 4, 6))


# ==============================================================================
# constants and casts


class LegacyVariantFullLikeFloat64DtypeKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.full_like(x, 2.5, dtype=torch.float64) + torch.ones(
            x.size(0), x.size(1), dtype=torch.float64
        )


@register_test_case(module_factory=lambda: LegacyVariantFullLikeFloat64DtypeKeywordModule())
def LegacyVariantFullLikeFloat64DtypeKeywordModule_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 3, 4))
    module.forward(_i32(tu, 1, 2))


class LegacyVariantArangeFloat64DtypeKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None])
    def forward(self):
        return torch.arange(start=1, end=4, step=0.5, dtype=torch.float64)


@register_test_case(module_factory=lambda: LegacyVariantArangeFloat64DtypeKeywordModule())
def LegacyVariantArangeFloat64DtypeKeywordModule_basic(module, tu: TestUtils):
    module.forward()


class LegacyVariantCastMethodsModule(torch.nn.Module):
    # The method spellings of casts: .double(), .int(), .long(), .float().
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.double(), x.int(), x.long(), x.int().float()


@register_test_case(module_factory=lambda: LegacyVariantCastMethodsModule())
def LegacyVariantCastMethodsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))
    module.forward(torch.tensor([[0.0, -0.0, 2.9, -2.9]]))


class LegacyVariantToDtypeKeywordRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int32, True)])
    def forward(self, x):
        return x.to(dtype=torch.float64) / 3


@register_test_case(module_factory=lambda: LegacyVariantToDtypeKeywordRank0Module())
def LegacyVariantToDtypeKeywordRank0Module_basic(module, tu: TestUtils):
    module.forward(torch.tensor(7, dtype=torch.int32))


# ==============================================================================
# clamp / where / cumulative


class LegacyVariantWhereFloat64PythonScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.float64, True)])
    def forward(self, cond, x):
        return torch.where(cond, x, 0.5)


@register_test_case(module_factory=lambda: LegacyVariantWhereFloat64PythonScalarModule())
def LegacyVariantWhereFloat64PythonScalarModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).bool(), _f64(tu, 3, 4))
    module.forward(tu.randint(2, 1, high=2).bool(), _f64(tu, 2, 1))


class LegacyVariantCumsumInt32Rank4Module(torch.nn.Module):
    # cumsum of int32 promotes to int64.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.cumsum(x, dim=-3)


@register_test_case(module_factory=lambda: LegacyVariantCumsumInt32Rank4Module())
def LegacyVariantCumsumInt32Rank4Module_dynamic(module, tu: TestUtils):
    module.forward(_i32(tu, 2, 3, 2, 2))
    module.forward(_i32(tu, 1, 4, 1, 3))


class LegacyVariantCumprodFloat64Rank4NegDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.cumprod(x, dim=-2)


@register_test_case(module_factory=lambda: LegacyVariantCumprodFloat64Rank4NegDimModule())
def LegacyVariantCumprodFloat64Rank4NegDimModule_dynamic(module, tu: TestUtils):
    module.forward(_f64(tu, 2, 2, 4, 3, low=0.5, high=1.5))
    module.forward(_f64(tu, 1, 3, 2, 2, low=0.5, high=1.5))
