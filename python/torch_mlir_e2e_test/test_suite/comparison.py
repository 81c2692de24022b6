"""Comparison and logical ops.

Covers eq/ne/lt/le/gt/ge (tensor-tensor, tensor-scalar, broadcasting, mixed
dtypes), logical_and/or/xor/not over bool, int and float inputs, the
isnan/isinf/isfinite family (with NaN/inf built inside `forward`), any/all
reductions, and exact equality checks (`torch.equal`) that need no tolerance.
Equality on floats uses integral values so that results never hinge on rounding.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# eq / ne
# ==============================================================================


class CompareEqTensorIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.eq(a, b)


@register_test_case(module_factory=lambda: CompareEqTensorIntModule())
def CompareEqTensorIntModule_basic(module, tu: TestUtils):
    # A small value range guarantees some equal pairs.
    module.forward(tu.randint(4, 5, high=3), tu.randint(4, 5, high=3))


class CompareEqTensorFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a == b


@register_test_case(module_factory=lambda: CompareEqTensorFloatModule())
def CompareEqTensorFloatModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 4, high=3).to(torch.float32), tu.randint(3, 4, high=3).to(torch.float32)
    )


class CompareEqScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.eq(x, 2)


@register_test_case(module_factory=lambda: CompareEqScalarModule())
def CompareEqScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, high=4, dtype=torch.int32))


class CompareEqFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.floor() == 1.0


@register_test_case(module_factory=lambda: CompareEqFloatScalarModule())
def CompareEqFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.0, high=3.0))


class CompareEqBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return a == b


@register_test_case(module_factory=lambda: CompareEqBroadcastModule())
def CompareEqBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, high=3), tu.randint(3, high=3))


class CompareEqIntFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        # The int operand is compared after promotion to float.
        return torch.eq(a, b)


@register_test_case(module_factory=lambda: CompareEqIntFloatModule())
def CompareEqIntFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, high=3), torch.tensor([0.0, 1.0, 2.0, 0.5, 1.0, 2.0, 0.0, 1.5]))


class CompareEqBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return a == b


@register_test_case(module_factory=lambda: CompareEqBoolModule())
def CompareEqBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).to(torch.bool), tu.randint(3, 3, high=2).to(torch.bool))


class CompareEqRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int64, True), ([], torch.int64, True)])
    def forward(self, a, b):
        return a == b


@register_test_case(module_factory=lambda: CompareEqRank0Module())
def CompareEqRank0Module_basic(module, tu: TestUtils):
    module.forward(torch.tensor(4), torch.tensor(4))


class CompareNeTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.ne(a, b)


@register_test_case(module_factory=lambda: CompareNeTensorModule())
def CompareNeTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=3), tu.randint(3, 4, high=3))


class CompareNeScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.round() != 0.0


@register_test_case(module_factory=lambda: CompareNeScalarModule())
def CompareNeScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class CompareNeUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.uint8, True), ([6], torch.uint8, True)])
    def forward(self, a, b):
        return a != b


@register_test_case(module_factory=lambda: CompareNeUInt8Module())
def CompareNeUInt8Module_static(module, tu: TestUtils):
    module.forward(
        tu.randint(6, high=3, dtype=torch.uint8),
        tu.randint(6, high=3, dtype=torch.uint8),
    )


# ==============================================================================
# lt / le / gt / ge
# ==============================================================================


class CompareLtTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.lt(a, b)


@register_test_case(module_factory=lambda: CompareLtTensorModule())
def CompareLtTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class CompareLtScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x < 0.5


@register_test_case(module_factory=lambda: CompareLtScalarModule())
def CompareLtScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class CompareLtIntBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return a < b


@register_test_case(module_factory=lambda: CompareLtIntBroadcastModule())
def CompareLtIntBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 1, dtype=torch.int32), tu.randint(5, dtype=torch.int32))


class CompareLtIntFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # An int tensor against a fractional scalar must not truncate it.
        return torch.lt(x, 2.5)


@register_test_case(module_factory=lambda: CompareLtIntFloatScalarModule())
def CompareLtIntFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, high=5))


class CompareLeTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.le(a, b)


@register_test_case(module_factory=lambda: CompareLeTensorModule())
def CompareLeTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=4), tu.randint(3, 4, high=4))


class CompareLeScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True)])
    def forward(self, x):
        return x <= -3


@register_test_case(module_factory=lambda: CompareLeScalarModule())
def CompareLeScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-6, high=6, dtype=torch.int8))


class CompareLeF64BroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([], torch.float64, True)])
    def forward(self, a, b):
        return a <= b


@register_test_case(module_factory=lambda: CompareLeF64BroadcastModule())
def CompareLeF64BroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float64), tu.rand().to(torch.float64))


class CompareGtTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.gt(a, b)


@register_test_case(module_factory=lambda: CompareGtTensorModule())
def CompareGtTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class CompareGtScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x > 0.25


@register_test_case(module_factory=lambda: CompareGtScalarModule())
def CompareGtScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class CompareGtIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.gt(x, 4)


@register_test_case(module_factory=lambda: CompareGtIntScalarModule())
def CompareGtIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4))


class CompareGtF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True), ([-1, -1], torch.float16, True)])
    def forward(self, a, b):
        return a > b


@register_test_case(module_factory=lambda: CompareGtF16Module())
def CompareGtF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16), tu.rand(3, 4).to(torch.float16))


class CompareGtMixedDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a > b


@register_test_case(module_factory=lambda: CompareGtMixedDtypeModule())
def CompareGtMixedDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, high=4, dtype=torch.int32), tu.rand(8, low=0.0, high=4.0))


class CompareGeTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.ge(a, b)


@register_test_case(module_factory=lambda: CompareGeTensorModule())
def CompareGeTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=4), tu.randint(3, 4, high=4))


class CompareGeScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 5], torch.float32, True)])
    def forward(self, x):
        return x >= 0.5


@register_test_case(module_factory=lambda: CompareGeScalarModule())
def CompareGeScalarModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class CompareGeBF16ScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True)])
    def forward(self, x):
        return torch.ge(x, 0.0)


@register_test_case(module_factory=lambda: CompareGeBF16ScalarModule())
def CompareGeBF16ScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(9, low=-1.0, high=1.0).to(torch.bfloat16))


class CompareGeBroadcastRank3Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, 1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a >= b


@register_test_case(module_factory=lambda: CompareGeBroadcastRank3Module())
def CompareGeBroadcastRank3Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 1, 4))


class CompareRank0ScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return x > 0.5


@register_test_case(module_factory=lambda: CompareRank0ScalarModule())
def CompareRank0ScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class CompareChainedRangeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A "0.25 <= x < 0.75" band, built from two comparisons.
        return (x >= 0.25) & (x < 0.75)


@register_test_case(module_factory=lambda: CompareChainedRangeModule())
def CompareChainedRangeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4))


class CompareResultAsFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # Masks are commonly turned into 0/1 weights.
        return (a > b).to(torch.float32) * a


@register_test_case(module_factory=lambda: CompareResultAsFloatModule())
def CompareResultAsFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class CompareCountMatchesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return (a == b).sum()


@register_test_case(module_factory=lambda: CompareCountMatchesModule())
def CompareCountMatchesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(20, high=3), tu.randint(20, high=3))


# ==============================================================================
# Logical ops
# ==============================================================================


class LogicalAndBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return torch.logical_and(a, b)


@register_test_case(module_factory=lambda: LogicalAndBoolModule())
def LogicalAndBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool), tu.randint(3, 4, high=2).to(torch.bool))


class LogicalAndFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        # Non-zero floats count as true.
        return torch.logical_and(a, b)


@register_test_case(module_factory=lambda: LogicalAndFloatModule())
def LogicalAndFloatModule_basic(module, tu: TestUtils):
    module.forward(
        torch.tensor([0.0, 1.5, -2.0, 0.0, 3.0]), torch.tensor([1.0, 0.0, -0.5, 0.0, 2.0])
    )


class LogicalAndIntBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return torch.logical_and(a, b)


@register_test_case(module_factory=lambda: LogicalAndIntBroadcastModule())
def LogicalAndIntBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=3), tu.randint(4, high=2, dtype=torch.int32))


class LogicalOrBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return torch.logical_or(a, b)


@register_test_case(module_factory=lambda: LogicalOrBoolModule())
def LogicalOrBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool), tu.randint(3, 4, high=2).to(torch.bool))


class LogicalOrIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return a.logical_or(b)


@register_test_case(module_factory=lambda: LogicalOrIntModule())
def LogicalOrIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-1, high=2), tu.randint(10, low=-1, high=2))


class LogicalXorBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return torch.logical_xor(a, b)


@register_test_case(module_factory=lambda: LogicalXorBoolModule())
def LogicalXorBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool), tu.randint(3, 4, high=2).to(torch.bool))


class LogicalXorFloatIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return torch.logical_xor(a, b)


@register_test_case(module_factory=lambda: LogicalXorFloatIntModule())
def LogicalXorFloatIntModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([0.0, 0.5, 0.0, -1.0, 2.0, 0.0]), tu.randint(6, high=2))


class LogicalNotBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.logical_not(x)


@register_test_case(module_factory=lambda: LogicalNotBoolModule())
def LogicalNotBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool))


class LogicalNotIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.logical_not()


@register_test_case(module_factory=lambda: LogicalNotIntModule())
def LogicalNotIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-2, high=3, dtype=torch.int32))


class LogicalNotFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.logical_not(x.floor())


@register_test_case(module_factory=lambda: LogicalNotFloatModule())
def LogicalNotFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.0, high=2.0))


class LogicalCombinedMaskModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        big = a > 0.5
        close = torch.abs(a - b) < 0.25
        return torch.logical_or(torch.logical_and(big, close), torch.logical_not(big | close))


@register_test_case(module_factory=lambda: LogicalCombinedMaskModule())
def LogicalCombinedMaskModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5), tu.rand(4, 5))


# ==============================================================================
# isnan / isinf / isfinite
# ==============================================================================


class IsNanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # 0/0 gives NaN where x < 0.3 and a finite value elsewhere.
        y = torch.where(x < 0.3, x * 0.0 / 0.0, x)
        return torch.isnan(y)


@register_test_case(module_factory=lambda: IsNanModule())
def IsNanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class IsNanIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # Integers are never NaN; the result is all false.
        return torch.isnan(x)


@register_test_case(module_factory=lambda: IsNanIntModule())
def IsNanIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(5))


class IsInfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        y = torch.where(x > 0.6, 1.0 / (x - x), -x)
        return torch.isinf(y)


@register_test_case(module_factory=lambda: IsInfModule())
def IsInfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class IsPosInfNegInfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        y = torch.cat([x / 0.0, -x / 0.0, x])
        return torch.isposinf(y), torch.isneginf(y)


@register_test_case(module_factory=lambda: IsPosInfNegInfModule())
def IsPosInfNegInfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, low=0.5, high=1.0))


class IsFiniteModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        nan_or_x = torch.where(x < 0.2, x * 0.0 / 0.0, x)
        inf_or_x = torch.where(x > 0.8, x / 0.0, nan_or_x)
        return torch.isfinite(inf_or_x)


@register_test_case(module_factory=lambda: IsFiniteModule())
def IsFiniteModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4).to(torch.float64))


class IsFiniteF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float16, True)])
    def forward(self, x):
        # 70000 overflows float16 to inf.
        return torch.isfinite(x * 70000.0)


@register_test_case(module_factory=lambda: IsFiniteF16Module())
def IsFiniteF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=0.0, high=2.0).to(torch.float16))


class IsFiniteIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.int32, True)])
    def forward(self, x):
        return torch.isfinite(x)


@register_test_case(module_factory=lambda: IsFiniteIntModule())
def IsFiniteIntModule_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, dtype=torch.int32))


class NanSelfInequalityModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # NaN is the only value not equal to itself.
        y = torch.where(x > 0.5, x * 0.0 / 0.0, x)
        return y != y, y == y


@register_test_case(module_factory=lambda: NanSelfInequalityModule())
def NanSelfInequalityModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10))


# ==============================================================================
# any / all
# ==============================================================================


class AnyBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.any(x)


@register_test_case(module_factory=lambda: AnyBoolModule())
def AnyBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool))


class AnyAllFalseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.any(x > 2.0)


@register_test_case(module_factory=lambda: AnyAllFalseModule())
def AnyAllFalseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class AnyDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.any(x, dim=1)


@register_test_case(module_factory=lambda: AnyDimModule())
def AnyDimModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[False, False, True], [False, False, False], [True, True, True]]))


class AnyDimKeepdimIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int64, True)])
    def forward(self, x):
        # any over a non-bool input still returns bool.
        return x.any(dim=0, keepdim=True)


@register_test_case(module_factory=lambda: AnyDimKeepdimIntModule())
def AnyDimKeepdimIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 4, high=2))


class AnyFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.any(x.floor())


@register_test_case(module_factory=lambda: AnyFloatModule())
def AnyFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=0.0, high=1.5))


class AllBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.all(x)


@register_test_case(module_factory=lambda: AllBoolModule())
def AllBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool))


class AllTrueModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.all(x >= 0.0)


@register_test_case(module_factory=lambda: AllTrueModule())
def AllTrueModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class AllDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.all(x, dim=-1)


@register_test_case(module_factory=lambda: AllDimModule())
def AllDimModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[True, True, True], [True, False, True], [False, False, False]]))


class AllDimKeepdimUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.uint8, True)])
    def forward(self, x):
        # all over uint8 keeps the uint8 dtype (a documented quirk).
        return torch.all(x, dim=1, keepdim=True)


@register_test_case(module_factory=lambda: AllDimKeepdimUInt8Module())
def AllDimKeepdimUInt8Module_static(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=0, high=3, dtype=torch.uint8))


class AnyAllCombinedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        # "Some row is all positive" and "every column has a zero".
        positive = x > 0
        return torch.any(torch.all(positive, dim=1)), torch.all(torch.any(x == 0, dim=0))


@register_test_case(module_factory=lambda: AnyAllCombinedModule())
def AnyAllCombinedModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, low=-1, high=3, dtype=torch.int32))


# ==============================================================================
# Exact equality without tolerances
# ==============================================================================


class TorchEqualSameModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # torch.equal returns a Python bool.
        return torch.equal(x, x * 1.0)


@register_test_case(module_factory=lambda: TorchEqualSameModule())
def TorchEqualSameModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class TorchEqualDifferentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return torch.equal(a, b)


@register_test_case(module_factory=lambda: TorchEqualDifferentModule())
def TorchEqualDifferentModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([1, 2, 3]), torch.tensor([1, 2, 4]))


class ExactEqualityViaAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        # Sum of x and y minus y is exactly x for integers.
        return torch.all((a + b) - b == a)


@register_test_case(module_factory=lambda: ExactEqualityViaAllModule())
def ExactEqualityViaAllModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100, high=100), tu.randint(3, 4, low=-100, high=100))


class EqualityPerRowModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, rows, probe):
        # Which rows equal the probe vector exactly.
        return torch.all(rows == probe, dim=1)


@register_test_case(module_factory=lambda: EqualityPerRowModule())
def EqualityPerRowModule_basic(module, tu: TestUtils):
    module.forward(
        torch.tensor([[1, 2, 3], [1, 2, 4], [1, 2, 3], [0, 0, 0]], dtype=torch.int32),
        torch.tensor([1, 2, 3], dtype=torch.int32),
    )


# ==============================================================================
# Constant float tensors compared with int scalars
# ==============================================================================


class ConstantFloatTensorVersusIntModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("ones", torch.ones(4))

    @export
    @annotate_args([None, ([4], torch.float32, True)])
    def forward(self, x):
        # At static sizes the fills fold to constants before the comparisons.
        filled = torch.zeros_like(x) + 1.5
        return (
            filled > 0,
            filled >= 2,
            filled == 1,
            filled < -5,
            self.ones * 2 > 1,
            (x > 0) & (self.ones == 1),
        )


@register_test_case(module_factory=lambda: ConstantFloatTensorVersusIntModule())
def ConstantFloatTensorVersusIntModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, low=-1.0, high=1.0))
