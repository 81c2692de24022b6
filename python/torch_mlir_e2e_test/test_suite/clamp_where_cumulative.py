"""Clamping, selection with `where`/`masked_fill`, and cumulative ops.

Covers clamp/clip/clamp_min/clamp_max with scalar and tensor bounds (including
broadcast and int/half inputs), torch.where with broadcasting, scalar branches
and mixed dtypes, masked_fill with scalar and rank-0 tensor values, and the
scan ops cumsum/cumprod/logcumsumexp over different dims, dtypes and `dtype=`.
Cumulative products use inputs near 1 so that they neither overflow nor
underflow; cumulative sums stay short so float results meet tolerance.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# clamp family
# ==============================================================================


class ClampScalarBoundsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.clamp(x, -0.5, 0.5)


@register_test_case(module_factory=lambda: ClampScalarBoundsModule())
def ClampScalarBoundsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class ClampMinOnlyKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.clamp(x, min=0.25)


@register_test_case(module_factory=lambda: ClampMinOnlyKeywordModule())
def ClampMinOnlyKeywordModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ClampMaxOnlyKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.clamp(max=0.6)


@register_test_case(module_factory=lambda: ClampMaxOnlyKeywordModule())
def ClampMaxOnlyKeywordModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10))


class ClampIntScalarBoundsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.clamp(x, 2, 7)


@register_test_case(module_factory=lambda: ClampIntScalarBoundsModule())
def ClampIntScalarBoundsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 4, low=-5, high=15))


class ClampInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.int32, True)])
    def forward(self, x):
        return torch.clamp(x, min=-3)


@register_test_case(module_factory=lambda: ClampInt32Module())
def ClampInt32Module_static(module, tu: TestUtils):
    module.forward(tu.randint(6, low=-10, high=10, dtype=torch.int32))


class ClampInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True)])
    def forward(self, x):
        return torch.clamp(x, -20, 20)


@register_test_case(module_factory=lambda: ClampInt8Module())
def ClampInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-100, high=100, dtype=torch.int8))


class ClampF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.clamp(x, -1.0, 1.0)


@register_test_case(module_factory=lambda: ClampF16Module())
def ClampF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0).to(torch.float16))


class ClampBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True)])
    def forward(self, x):
        return torch.clamp(x, min=0.0, max=2.0)


@register_test_case(module_factory=lambda: ClampBF16Module())
def ClampBF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-3.0, high=3.0).to(torch.bfloat16))


class ClampF64Rank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return torch.clamp(x, 0.0, 1.0)


@register_test_case(module_factory=lambda: ClampF64Rank0Module())
def ClampF64Rank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=1.0, high=2.0).to(torch.float64))


class ClampIntWithFloatBoundsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # Float bounds promote the int input to float before clamping.
        return torch.clamp(x, 0.5, 4.5)


@register_test_case(module_factory=lambda: ClampIntWithFloatBoundsModule())
def ClampIntWithFloatBoundsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-2, high=8))


class ClampMinGreaterThanMaxModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # With min > max every element becomes max.
        return torch.clamp(x, 0.8, 0.2)


@register_test_case(module_factory=lambda: ClampMinGreaterThanMaxModule())
def ClampMinGreaterThanMaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6))


class ClampTensorBoundsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, lo, hi):
        return torch.clamp(x, lo, hi)


@register_test_case(module_factory=lambda: ClampTensorBoundsModule())
def ClampTensorBoundsModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 4, low=-2.0, high=2.0),
        tu.rand(3, 4, low=-1.0, high=0.0),
        tu.rand(3, 4, low=0.0, high=1.0),
    )


class ClampTensorBoundsBroadcastModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, lo, hi):
        # Per-column lower bounds and a single upper bound.
        return torch.clamp(x, min=lo, max=hi)


@register_test_case(module_factory=lambda: ClampTensorBoundsBroadcastModule())
def ClampTensorBoundsBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-2.0, high=2.0), tu.rand(3, low=-1.0, high=0.0), tu.rand())


class ClampTensorMinOnlyModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, 1], torch.int64, True)])
    def forward(self, x, lo):
        return torch.clamp(x, min=lo)


@register_test_case(module_factory=lambda: ClampTensorMinOnlyModule())
def ClampTensorMinOnlyModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, high=10), tu.randint(3, 1, high=10))


class ClipModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # `clip` is the alias of `clamp`.
        return torch.clip(x, -0.25, 0.75)


@register_test_case(module_factory=lambda: ClipModule())
def ClipModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class ClampMinFunctionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.clamp_min(x, 0.3)


@register_test_case(module_factory=lambda: ClampMinFunctionModule())
def ClampMinFunctionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ClampMinTensorFunctionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, lo):
        return x.clamp_min(lo)


@register_test_case(module_factory=lambda: ClampMinTensorFunctionModule())
def ClampMinTensorFunctionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ClampMaxFunctionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.clamp_max(x, 4)


@register_test_case(module_factory=lambda: ClampMaxFunctionModule())
def ClampMaxFunctionModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10))


class ClampMaxTensorFunctionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, hi):
        return torch.clamp_max(x, hi)


@register_test_case(module_factory=lambda: ClampMaxTensorFunctionModule())
def ClampMaxTensorFunctionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4))


class ClampToAttributeRangeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lower = -1.5
        self.upper = 1.5

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.clamp(x * 2.0, self.lower, self.upper)


@register_test_case(module_factory=lambda: ClampToAttributeRangeModule())
def ClampToAttributeRangeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


# ==============================================================================
# where
# ==============================================================================


class WhereBroadcastConditionModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.bool, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, c, a, b):
        # A per-column condition picks whole columns.
        return torch.where(c, a, b)


@register_test_case(module_factory=lambda: WhereBroadcastConditionModule())
def WhereBroadcastConditionModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, high=2).to(torch.bool), tu.rand(3, 4), tu.rand(3, 4))


class WhereBroadcastAllOperandsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, 1, -1], torch.bool, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, c, a, b):
        return torch.where(c, a, b)


@register_test_case(module_factory=lambda: WhereBroadcastAllOperandsModule())
def WhereBroadcastAllOperandsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 1, 4, high=2).to(torch.bool), tu.rand(3, 4), tu.rand(4))


class WhereScalarBothBranchesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.where(x > 0.5, 1.0, -1.0)


@register_test_case(module_factory=lambda: WhereScalarBothBranchesModule())
def WhereScalarBothBranchesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class WhereScalarIntBranchesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # Two int scalars give an int64 result.
        return torch.where(x > 4, 10, 20)


@register_test_case(module_factory=lambda: WhereScalarIntBranchesModule())
def WhereScalarIntBranchesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8))


class WhereScalarOtherModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.where(x < 0.3, x, 0.0)


@register_test_case(module_factory=lambda: WhereScalarOtherModule())
def WhereScalarOtherModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class WhereScalarSelfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.where(x > 0.7, 2.5, x)


@register_test_case(module_factory=lambda: WhereScalarSelfModule())
def WhereScalarSelfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3).to(torch.float64))


class WhereIntTensorFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # A float scalar branch promotes the int tensor branch to float.
        return torch.where(x > 5, x, 0.5)


@register_test_case(module_factory=lambda: WhereIntTensorFloatScalarModule())
def WhereIntTensorFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4))


class WhereRank0BranchesModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([], torch.float32, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.where(x > 0.5, a, b)


@register_test_case(module_factory=lambda: WhereRank0BranchesModule())
def WhereRank0BranchesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(), tu.rand(low=-1.0, high=0.0))


class WhereF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True), ([-1, -1], torch.float16, True)])
    def forward(self, a, b):
        return torch.where(a > b, a, b)


@register_test_case(module_factory=lambda: WhereF16Module())
def WhereF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16), tu.rand(3, 4).to(torch.float16))


class WhereInt32Int64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.bool, True),
            ([-1], torch.int32, True),
            ([-1], torch.int64, True),
        ]
    )
    def forward(self, c, a, b):
        return torch.where(c, a, b)


@register_test_case(module_factory=lambda: WhereInt32Int64Module())
def WhereInt32Int64Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(6, high=2).to(torch.bool),
        tu.randint(6, dtype=torch.int32),
        tu.randint(6, low=-10, high=0),
    )


class WhereBoolBranchesModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.bool, True),
            ([-1, -1], torch.bool, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.where(x > 0.5, a, b)


@register_test_case(module_factory=lambda: WhereBoolBranchesModule())
def WhereBoolBranchesModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 3),
        tu.randint(3, 3, high=2).to(torch.bool),
        tu.randint(3, 3, high=2).to(torch.bool),
    )


class WhereMethodFormModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        # Tensor.where(cond, other) keeps self where cond holds.
        return x.where(x > y, y * 2.0)


@register_test_case(module_factory=lambda: WhereMethodFormModule())
def WhereMethodFormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class WhereNestedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A three-way bucketing built from nested selects.
        return torch.where(x < 0.33, 0, torch.where(x < 0.66, 1, 2))


@register_test_case(module_factory=lambda: WhereNestedModule())
def WhereNestedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class WhereSafeDivideModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, num, den):
        # The usual guard: never divide by a zero denominator.
        zero = den == 0.0
        safe = torch.where(zero, torch.ones_like(den), den)
        return torch.where(zero, torch.zeros_like(num), num / safe)


@register_test_case(module_factory=lambda: WhereSafeDivideModule())
def WhereSafeDivideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6), torch.tensor([0.5, 0.0, 2.0, 0.0, 1.0, 4.0]))


# ==============================================================================
# masked_fill
# ==============================================================================


class MaskedFillWithFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, mask):
        return x.masked_fill(mask, -7.5)


@register_test_case(module_factory=lambda: MaskedFillWithFloatScalarModule())
def MaskedFillWithFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(3, 4, high=2).to(torch.bool))


class MaskedFillWithIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.masked_fill(x, x > 5, 0)


@register_test_case(module_factory=lambda: MaskedFillWithIntScalarModule())
def MaskedFillWithIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10))


class MaskedFillWithNegInfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Attention-style masking: -inf entries vanish after softmax.
        masked = x.masked_fill(x < 0.3, float("-inf"))
        return torch.softmax(masked, dim=-1)


@register_test_case(module_factory=lambda: MaskedFillWithNegInfModule())
def MaskedFillWithNegInfModule_basic(module, tu: TestUtils):
    # Column 0 is always kept, so no row is fully masked.
    x = tu.rand(3, 5)
    x[:, 0] = 1.0
    module.forward(x)


class MaskedFillWithRank0TensorFloatModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.bool, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, mask, value):
        return x.masked_fill(mask, value)


@register_test_case(module_factory=lambda: MaskedFillWithRank0TensorFloatModule())
def MaskedFillWithRank0TensorFloatModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 4),
        tu.randint(2, 3, 4, high=2).to(torch.bool),
        tu.rand(low=5.0, high=6.0),
    )


class MaskedFillWithBroadcastMaskModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, mask):
        return x.masked_fill(mask, 0.0)


@register_test_case(module_factory=lambda: MaskedFillWithBroadcastMaskModule())
def MaskedFillWithBroadcastMaskModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.randint(3, 4, high=2).to(torch.bool))


class MaskedFillWithBoolTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, mask):
        return x.masked_fill(mask, True)


@register_test_case(module_factory=lambda: MaskedFillWithBoolTensorModule())
def MaskedFillWithBoolTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).to(torch.bool), tu.randint(3, 3, high=2).to(torch.bool))


class MaskedFillWithF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 4], torch.float16, True)])
    def forward(self, x):
        return x.masked_fill(x > 0.5, 1.0)


@register_test_case(module_factory=lambda: MaskedFillWithF16Module())
def MaskedFillWithF16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 4).to(torch.float16))


class MaskedFillWithInt32FloatValueModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        # The fill value is cast to the tensor's dtype (3.0 -> 3).
        return x.masked_fill(x < 3, 3.0)


@register_test_case(module_factory=lambda: MaskedFillWithInt32FloatValueModule())
def MaskedFillWithInt32FloatValueModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, dtype=torch.int32))


# ==============================================================================
# Cumulative ops
# ==============================================================================


class CumsumDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.cumsum(x, 0)


@register_test_case(module_factory=lambda: CumsumDim0Module())
def CumsumDim0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class CumsumDim1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.cumsum(dim=1)


@register_test_case(module_factory=lambda: CumsumDim1Module())
def CumsumDim1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-1.0, high=1.0))


class CumsumNegativeDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.cumsum(x, dim=-2)


@register_test_case(module_factory=lambda: CumsumNegativeDimModule())
def CumsumNegativeDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class Cumsum1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        return torch.cumsum(x, 0)


@register_test_case(module_factory=lambda: Cumsum1dModule())
def Cumsum1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(12).to(torch.float64))


class CumsumInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.cumsum(x, 1)


@register_test_case(module_factory=lambda: CumsumInt64Module())
def CumsumInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, low=-10, high=10))


class CumsumInt32PromotesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        # Without dtype=, cumsum of an integer tensor accumulates in int64.
        return torch.cumsum(x, 0)


@register_test_case(module_factory=lambda: CumsumInt32PromotesModule())
def CumsumInt32PromotesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(7, low=-100, high=100, dtype=torch.int32))


class CumsumBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        # Running count of true values.
        return torch.cumsum(x, 1)


@register_test_case(module_factory=lambda: CumsumBoolModule())
def CumsumBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 6, high=2).to(torch.bool))


class CumsumDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.cumsum(x, 0, dtype=torch.float32)


@register_test_case(module_factory=lambda: CumsumDtypeModule())
def CumsumDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, high=50))


class CumsumF16ToF32DtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float16, True)])
    def forward(self, x):
        return torch.cumsum(x, 0, dtype=torch.float32)


@register_test_case(module_factory=lambda: CumsumF16ToF32DtypeModule())
def CumsumF16ToF32DtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8).to(torch.float16))


class CumsumRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        # dim 0 of a rank-0 tensor is accepted and the result is the input.
        return torch.cumsum(x, 0)


@register_test_case(module_factory=lambda: CumsumRank0Module())
def CumsumRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class CumsumDifferenceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # Differencing the running sum recovers the input after the first element.
        c = torch.cumsum(x, 0)
        return c[1:] - c[:-1]


@register_test_case(module_factory=lambda: CumsumDifferenceModule())
def CumsumDifferenceModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(9, low=-20, high=20))


class CumprodDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.cumprod(x, 0)


@register_test_case(module_factory=lambda: CumprodDim0Module())
def CumprodDim0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=0.5, high=1.5))


class CumprodDim1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.cumprod(dim=-1)


@register_test_case(module_factory=lambda: CumprodDim1Module())
def CumprodDim1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, low=-1.5, high=1.5))


class CumprodIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.cumprod(x, 0)


@register_test_case(module_factory=lambda: CumprodIntModule())
def CumprodIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=-3, high=4))


class CumprodDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.cumprod(x, 1, dtype=torch.float64)


@register_test_case(module_factory=lambda: CumprodDtypeModule())
def CumprodDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=1, high=5, dtype=torch.int32))


class CumprodF64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.float64, True)])
    def forward(self, x):
        return torch.cumprod(x, 0)


@register_test_case(module_factory=lambda: CumprodF64StaticModule())
def CumprodF64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, low=0.5, high=2.0).to(torch.float64))


class LogCumSumExpModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.logcumsumexp(x, 1)


@register_test_case(module_factory=lambda: LogCumSumExpModule())
def LogCumSumExpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-5.0, high=5.0))


class LogCumSumExpDim0F64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return x.logcumsumexp(dim=0)


@register_test_case(module_factory=lambda: LogCumSumExpDim0F64Module())
def LogCumSumExpDim0F64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, low=-10.0, high=10.0).to(torch.float64))


class LogCumSumExpLargeValuesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # exp(x) alone would overflow float32; logcumsumexp must stay finite.
        return torch.logcumsumexp(x + 100.0, 0)


@register_test_case(module_factory=lambda: LogCumSumExpLargeValuesModule())
def LogCumSumExpLargeValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-1.0, high=1.0))


class CumulativeMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Running mean along the last dim: cumsum divided by 1..N.
        counts = torch.arange(1, x.size(1) + 1, dtype=torch.float32)
        return torch.cumsum(x, -1) / counts


@register_test_case(module_factory=lambda: CumulativeMeanModule())
def CumulativeMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7))


class CumsumMaskedPositionsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, ids):
        # Position ids that skip padding (id 0), as in some text models.
        mask = (ids != 0).to(torch.int64)
        return torch.cumsum(mask, dim=1) * mask


@register_test_case(module_factory=lambda: CumsumMaskedPositionsModule())
def CumsumMaskedPositionsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 8, high=4))
