"""Reduction tests: sum, mean, max/min (with and without dims), amax/amin,
prod, var/std (unbiased flag and `correction=`), var_mean/std_mean, norm,
linalg.vector_norm, logsumexp, argmax/argmin, aminmax, count_nonzero.

They cover whole-tensor reductions, single and multiple (incl. negative)
dims, keepdim, `dtype=` arguments and integer/bool inputs with their
promotion rules.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# sum


class ReduceSumAllFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumAllFloatModule())
def ReduceSumAllFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceSumAllFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float64, True)])
    def forward(self, x):
        return x.sum()


@register_test_case(module_factory=lambda: ReduceSumAllFloat64StaticModule())
def ReduceSumAllFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).double())


class ReduceSumAllInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumAllInt64Module())
def ReduceSumAllInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 6, low=-50, high=50))


class ReduceSumAllInt32Module(torch.nn.Module):
    # Integer sums promote to int64 unless a dtype is given.
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumAllInt32Module())
def ReduceSumAllInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, 3, high=100, dtype=torch.int32))


class ReduceSumAllBoolModule(torch.nn.Module):
    # Summing a mask counts its True entries (as int64).
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumAllBoolModule())
def ReduceSumAllBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 7, high=2).bool())


class ReduceSumAllUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.uint8, True)])
    def forward(self, x):
        return x.sum()


@register_test_case(module_factory=lambda: ReduceSumAllUInt8Module())
def ReduceSumAllUInt8Module_basic(module, tu: TestUtils):
    # Values near 255 make sure the result is not accumulated in uint8.
    module.forward(tu.randint(20, low=200, high=256).to(torch.uint8))


class ReduceSumAllDtypeFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, dtype=torch.float64)


@register_test_case(module_factory=lambda: ReduceSumAllDtypeFloat64Module())
def ReduceSumAllDtypeFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class ReduceSumAllIntToFloatDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.sum(x, dtype=torch.float32)


@register_test_case(module_factory=lambda: ReduceSumAllIntToFloatDtypeModule())
def ReduceSumAllIntToFloatDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class ReduceSumRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumRank0Module())
def ReduceSumRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class ReduceSumDimIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, 1)


@register_test_case(module_factory=lambda: ReduceSumDimIntModule())
def ReduceSumDimIntModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceSumDimNegativeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return x.sum(-1)


@register_test_case(module_factory=lambda: ReduceSumDimNegativeModule())
def ReduceSumDimNegativeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceSumDimsKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, [0, 2], keepdim=True)


@register_test_case(module_factory=lambda: ReduceSumDimsKeepdimModule())
def ReduceSumDimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceSumDimsDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, [1, 2], dtype=torch.float64)


@register_test_case(module_factory=lambda: ReduceSumDimsDtypeModule())
def ReduceSumDimsDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceSumAllDimsListModule(torch.nn.Module):
    # Naming every dim must be equivalent to a full reduction.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sum(x, [0, 1, 2])


@register_test_case(module_factory=lambda: ReduceSumAllDimsListModule())
def ReduceSumAllDimsListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceSumDimInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.sum(x, 0)


@register_test_case(module_factory=lambda: ReduceSumDimInt32Module())
def ReduceSumDimInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, 4, low=-100, high=100, dtype=torch.int32))


class ReduceSumDimInt8KeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 5], torch.int8, True)])
    def forward(self, x):
        return torch.sum(x, 1, keepdim=True)


@register_test_case(module_factory=lambda: ReduceSumDimInt8KeepdimModule())
def ReduceSumDimInt8KeepdimModule_static(module, tu: TestUtils):
    module.forward(tu.randint(4, 5, low=-100, high=100, dtype=torch.int8))


class ReduceSumDimBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return x.sum(-1)


@register_test_case(module_factory=lambda: ReduceSumDimBoolModule())
def ReduceSumDimBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 8, high=2).bool())


class ReduceSumDimFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.sum(x, 1)


@register_test_case(module_factory=lambda: ReduceSumDimFloat16Module())
def ReduceSumDimFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).half())


class ReduceSumAllBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bfloat16, True)])
    def forward(self, x):
        return torch.sum(x)


@register_test_case(module_factory=lambda: ReduceSumAllBFloat16Module())
def ReduceSumAllBFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4).to(torch.bfloat16))


class ReduceSumOfSquaresModule(torch.nn.Module):
    # A fused pattern common in models: a root of a sum of squares.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sqrt(torch.sum(x * x, dim=1))


@register_test_case(module_factory=lambda: ReduceSumOfSquaresModule())
def ReduceSumOfSquaresModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 7, low=-1.0, high=1.0))


class ReduceSumToPythonFloatModule(torch.nn.Module):
    # A scalar result leaves the tensor world as a Python float.
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return float(torch.sum(x))


@register_test_case(module_factory=lambda: ReduceSumToPythonFloatModule())
def ReduceSumToPythonFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=1.0, high=2.0))


class ReduceSumToPythonIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return int(x.sum())


@register_test_case(module_factory=lambda: ReduceSumToPythonIntModule())
def ReduceSumToPythonIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=1, high=20))


# ==============================================================================
# mean


class ReduceMeanAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.mean(x)


@register_test_case(module_factory=lambda: ReduceMeanAllModule())
def ReduceMeanAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceMeanAllFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.float64, True)])
    def forward(self, x):
        return x.mean()


@register_test_case(module_factory=lambda: ReduceMeanAllFloat64StaticModule())
def ReduceMeanAllFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 6, low=-3.0, high=5.0).double())


class ReduceMeanDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.mean(x, 1)


@register_test_case(module_factory=lambda: ReduceMeanDimModule())
def ReduceMeanDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceMeanDimsKeepdimModule(torch.nn.Module):
    # The global-average-pool idiom used by CNN heads.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.mean([2, 3], keepdim=True)


@register_test_case(module_factory=lambda: ReduceMeanDimsKeepdimModule())
def ReduceMeanDimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, 6))


class ReduceMeanNegativeDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.mean(x, [-1, -2])


@register_test_case(module_factory=lambda: ReduceMeanNegativeDimsModule())
def ReduceMeanNegativeDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceMeanIntDtypeModule(torch.nn.Module):
    # mean rejects integer inputs unless a floating dtype is requested.
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.mean(x, dtype=torch.float32)


@register_test_case(module_factory=lambda: ReduceMeanIntDtypeModule())
def ReduceMeanIntDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 5, low=-20, high=20))


class ReduceMeanDimDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.mean(x, [0], dtype=torch.float64)


@register_test_case(module_factory=lambda: ReduceMeanDimDtypeModule())
def ReduceMeanDimDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class ReduceMeanRank1ToRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.mean(0)


@register_test_case(module_factory=lambda: ReduceMeanRank1ToRank0Module())
def ReduceMeanRank1ToRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(9))


class ReduceMeanFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return x.mean(-1)


@register_test_case(module_factory=lambda: ReduceMeanFloat16Module())
def ReduceMeanFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8).half())


class ReduceMeanBFloat16KeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bfloat16, True)])
    def forward(self, x):
        return x.mean(0, keepdim=True)


@register_test_case(module_factory=lambda: ReduceMeanBFloat16KeepdimModule())
def ReduceMeanBFloat16KeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3).to(torch.bfloat16))


# ==============================================================================
# max / min (full and along a dim, which also yields indices)


class ReduceMaxAllFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.max(x)


@register_test_case(module_factory=lambda: ReduceMaxAllFloatModule())
def ReduceMaxAllFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5, low=-10.0, high=-1.0))


class ReduceMaxAllInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.max()


@register_test_case(module_factory=lambda: ReduceMaxAllInt64Module())
def ReduceMaxAllInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 4, low=-1000, high=1000))


class ReduceMaxAllUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.uint8, True)])
    def forward(self, x):
        return torch.max(x)


@register_test_case(module_factory=lambda: ReduceMaxAllUInt8Module())
def ReduceMaxAllUInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, high=256).to(torch.uint8))


class ReduceMaxAllBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.max(x)


@register_test_case(module_factory=lambda: ReduceMaxAllBoolModule())
def ReduceMaxAllBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).bool())


class ReduceMaxDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.max(x, 1)
        return values, indices


@register_test_case(module_factory=lambda: ReduceMaxDimModule())
def ReduceMaxDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceMaxDimKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 6], torch.float32, True)])
    def forward(self, x):
        values, indices = x.max(dim=-1, keepdim=True)
        return values, indices


@register_test_case(module_factory=lambda: ReduceMaxDimKeepdimModule())
def ReduceMaxDimKeepdimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class ReduceMaxDimValuesInt32Module(torch.nn.Module):
    # Only the values: with repeated integers the index of the max is a tie.
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.max(x, 0)[0]


@register_test_case(module_factory=lambda: ReduceMaxDimValuesInt32Module())
def ReduceMaxDimValuesInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, 4, low=-50, high=50, dtype=torch.int32))


class ReduceMaxDimFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        values, indices = torch.max(x, 0)
        return values, indices


@register_test_case(module_factory=lambda: ReduceMaxDimFloat64Module())
def ReduceMaxDimFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, 3).double())


class ReduceMinAllFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.min(x)


@register_test_case(module_factory=lambda: ReduceMinAllFloatModule())
def ReduceMinAllFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 7, low=2.0, high=9.0))


class ReduceMinAllInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int8, True)])
    def forward(self, x):
        return x.min()


@register_test_case(module_factory=lambda: ReduceMinAllInt8Module())
def ReduceMinAllInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, low=-128, high=128, dtype=torch.int8))


class ReduceMinDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.min(x, 2)
        return values, indices


@register_test_case(module_factory=lambda: ReduceMinDimModule())
def ReduceMinDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6))


class ReduceMinDimKeepdimNegativeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.min(x, -3, keepdim=True)
        return values, indices


@register_test_case(module_factory=lambda: ReduceMinDimKeepdimNegativeModule())
def ReduceMinDimKeepdimNegativeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3))


class ReduceMinDimValuesInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.min(1).values


@register_test_case(module_factory=lambda: ReduceMinDimValuesInt64Module())
def ReduceMinDimValuesInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 7, low=-5, high=5))


# ==============================================================================
# amax / amin / aminmax


class ReduceAmaxDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.amax(x, 1)


@register_test_case(module_factory=lambda: ReduceAmaxDimModule())
def ReduceAmaxDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceAmaxDimsKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.amax(x, [0, 2], keepdim=True)


@register_test_case(module_factory=lambda: ReduceAmaxDimsKeepdimModule())
def ReduceAmaxDimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5, low=-5.0, high=5.0))


class ReduceAmaxAllModule(torch.nn.Module):
    # An empty dim list means "every dim" for amax.
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.amax(x, [])


@register_test_case(module_factory=lambda: ReduceAmaxAllModule())
def ReduceAmaxAllModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceAmaxInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int8, True)])
    def forward(self, x):
        return x.amax(-1)


@register_test_case(module_factory=lambda: ReduceAmaxInt8Module())
def ReduceAmaxInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 6, low=-128, high=128, dtype=torch.int8))


class ReduceAminDimInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.amin(x, 0)


@register_test_case(module_factory=lambda: ReduceAminDimInt64Module())
def ReduceAminDimInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, 4, low=-100, high=100))


class ReduceAminDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.amin([1, -1])


@register_test_case(module_factory=lambda: ReduceAminDimsModule())
def ReduceAminDimsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class ReduceAminFloat64KeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.amin(x, 1, keepdim=True)


@register_test_case(module_factory=lambda: ReduceAminFloat64KeepdimModule())
def ReduceAminFloat64KeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-1.0, high=1.0).double())


class ReduceAminmaxDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        lo, hi = torch.aminmax(x, dim=1)
        return lo, hi


@register_test_case(module_factory=lambda: ReduceAminmaxDimModule())
def ReduceAminmaxDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ReduceAminmaxAllInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        lo, hi = torch.aminmax(x)
        return lo, hi


@register_test_case(module_factory=lambda: ReduceAminmaxAllInt32Module())
def ReduceAminmaxAllInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-30, high=30, dtype=torch.int32))


# ==============================================================================
# prod


class ReduceProdAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.prod(x)


@register_test_case(module_factory=lambda: ReduceProdAllModule())
def ReduceProdAllModule_basic(module, tu: TestUtils):
    # Factors around 1 keep the product well inside float32 range.
    module.forward(tu.rand(3, 4, low=0.5, high=1.5))


class ReduceProdDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.prod(x, 1)


@register_test_case(module_factory=lambda: ReduceProdDimModule())
def ReduceProdDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3, low=-2.0, high=2.0))


class ReduceProdDimKeepdimDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.prod(x, 0, keepdim=True, dtype=torch.float64)


@register_test_case(module_factory=lambda: ReduceProdDimKeepdimDtypeModule())
def ReduceProdDimKeepdimDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class ReduceProdDimInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.prod(-1)


@register_test_case(module_factory=lambda: ReduceProdDimInt64Module())
def ReduceProdDimInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, low=-4, high=5))


class ReduceProdAllInt32Module(torch.nn.Module):
    # Like sum, prod of int32 promotes to int64.
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.prod(x)


@register_test_case(module_factory=lambda: ReduceProdAllInt32Module())
def ReduceProdAllInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(12, low=1, high=6, dtype=torch.int32))


class ReduceProdFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float64, True)])
    def forward(self, x):
        return torch.prod(x, 1)


@register_test_case(module_factory=lambda: ReduceProdFloat64StaticModule())
def ReduceProdFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0).double())


# ==============================================================================
# var / std


class ReduceVarAllUnbiasedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.var(x)


@register_test_case(module_factory=lambda: ReduceVarAllUnbiasedModule())
def ReduceVarAllUnbiasedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 6))


class ReduceVarAllBiasedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.var(x, unbiased=False)


@register_test_case(module_factory=lambda: ReduceVarAllBiasedModule())
def ReduceVarAllBiasedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 6, low=-4.0, high=4.0))


class ReduceVarDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.var(x, 1)


@register_test_case(module_factory=lambda: ReduceVarDimModule())
def ReduceVarDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7, 4))


class ReduceVarDimsKeepdimBiasedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.var([0, 2], unbiased=False, keepdim=True)


@register_test_case(module_factory=lambda: ReduceVarDimsKeepdimBiasedModule())
def ReduceVarDimsKeepdimBiasedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceVarCorrectionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.var(x, [1], correction=2)


@register_test_case(module_factory=lambda: ReduceVarCorrectionModule())
def ReduceVarCorrectionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8))


class ReduceVarCorrectionZeroKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.var(x, [0], correction=0, keepdim=True)


@register_test_case(module_factory=lambda: ReduceVarCorrectionZeroKeepdimModule())
def ReduceVarCorrectionZeroKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, 3))


class ReduceVarCorrectionAllModule(torch.nn.Module):
    # dim=None with a correction reduces everything.
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.var(x, None, correction=3)


@register_test_case(module_factory=lambda: ReduceVarCorrectionAllModule())
def ReduceVarCorrectionAllModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceVarFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.var(x, -1)


@register_test_case(module_factory=lambda: ReduceVarFloat64Module())
def ReduceVarFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 9).double())


class ReduceStdAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.std(x)


@register_test_case(module_factory=lambda: ReduceStdAllModule())
def ReduceStdAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceStdDimBiasedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.std(x, 1, unbiased=False)


@register_test_case(module_factory=lambda: ReduceStdDimBiasedModule())
def ReduceStdDimBiasedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6, low=-2.0, high=2.0))


class ReduceStdDimsKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.std([1, 2], keepdim=True)


@register_test_case(module_factory=lambda: ReduceStdDimsKeepdimModule())
def ReduceStdDimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 5))


class ReduceStdCorrectionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.std(x, [0], correction=0)


@register_test_case(module_factory=lambda: ReduceStdCorrectionModule())
def ReduceStdCorrectionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7, 3))


class ReduceStdCorrectionKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.float32, True)])
    def forward(self, x):
        return torch.std(x, [-1], correction=2, keepdim=True)


@register_test_case(module_factory=lambda: ReduceStdCorrectionKeepdimModule())
def ReduceStdCorrectionKeepdimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ReduceStdFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.std(x)


@register_test_case(module_factory=lambda: ReduceStdFloat64Module())
def ReduceStdFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 5, low=-10.0, high=10.0).double())


class ReduceVarMeanDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        var, mean = torch.var_mean(x, [1])
        return var, mean


@register_test_case(module_factory=lambda: ReduceVarMeanDimModule())
def ReduceVarMeanDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class ReduceVarMeanCorrectionKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        var, mean = torch.var_mean(x, [0, 2], correction=0, keepdim=True)
        return var, mean


@register_test_case(module_factory=lambda: ReduceVarMeanCorrectionKeepdimModule())
def ReduceVarMeanCorrectionKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 4))


class ReduceStdMeanAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        std, mean = torch.std_mean(x)
        return std, mean


@register_test_case(module_factory=lambda: ReduceStdMeanAllModule())
def ReduceStdMeanAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


# ==============================================================================
# norm / linalg.vector_norm


class ReduceNormFrobeniusModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.norm(x)


@register_test_case(module_factory=lambda: ReduceNormFrobeniusModule())
def ReduceNormFrobeniusModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-1.0, high=1.0))


class ReduceNormP1DimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.norm(x, p=1, dim=1)


@register_test_case(module_factory=lambda: ReduceNormP1DimModule())
def ReduceNormP1DimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-1.0, high=1.0))


class ReduceNormP3DimsKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.norm(x, p=3, dim=[1, 2], keepdim=True)


@register_test_case(module_factory=lambda: ReduceNormP3DimsKeepdimModule())
def ReduceNormP3DimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-2.0, high=2.0))


class ReduceNormMethodP2DimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5, 4], torch.float64, True)])
    def forward(self, x):
        return x.norm(2, -1)


@register_test_case(module_factory=lambda: ReduceNormMethodP2DimModule())
def ReduceNormMethodP2DimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5, 4, low=-1.0, high=1.0).double())


class ReduceVectorNormDefaultModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x)


@register_test_case(module_factory=lambda: ReduceVectorNormDefaultModule())
def ReduceVectorNormDefaultModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0))


class ReduceVectorNormOrd1DimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=1, dim=[0, 2])


@register_test_case(module_factory=lambda: ReduceVectorNormOrd1DimsModule())
def ReduceVectorNormOrd1DimsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5, low=-1.0, high=1.0))


class ReduceVectorNormInfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=float("inf"), dim=[1])


@register_test_case(module_factory=lambda: ReduceVectorNormInfModule())
def ReduceVectorNormInfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class ReduceVectorNormNegInfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=float("-inf"), dim=[0])


@register_test_case(module_factory=lambda: ReduceVectorNormNegInfModule())
def ReduceVectorNormNegInfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class ReduceVectorNormOrd0Module(torch.nn.Module):
    # ord=0 counts the non-zero entries.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=0, dim=[1])


@register_test_case(module_factory=lambda: ReduceVectorNormOrd0Module())
def ReduceVectorNormOrd0Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 6, low=-1, high=2).float())


class ReduceVectorNormOrd3KeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4, 5], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=3, dim=[-1], keepdim=True)


@register_test_case(module_factory=lambda: ReduceVectorNormOrd3KeepdimModule())
def ReduceVectorNormOrd3KeepdimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5, low=-1.0, high=1.0))


class ReduceVectorNormDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, dim=[0, 1], dtype=torch.float64)


@register_test_case(module_factory=lambda: ReduceVectorNormDtypeModule())
def ReduceVectorNormDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-1.0, high=1.0))


class ReduceVectorNormFloat64FractionalOrdModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        return torch.linalg.vector_norm(x, ord=2.5)


@register_test_case(module_factory=lambda: ReduceVectorNormFloat64FractionalOrdModule())
def ReduceVectorNormFloat64FractionalOrdModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-1.0, high=1.0).double())


class ReduceNormalizeRowsModule(torch.nn.Module):
    # Norm feeding a division: the L2-normalisation idiom.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x / torch.linalg.vector_norm(x, dim=[1], keepdim=True)


@register_test_case(module_factory=lambda: ReduceNormalizeRowsModule())
def ReduceNormalizeRowsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 8, low=0.5, high=1.0))


# ==============================================================================
# logsumexp


class ReduceLogsumexpDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.logsumexp(x, 1)


@register_test_case(module_factory=lambda: ReduceLogsumexpDimModule())
def ReduceLogsumexpDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


class ReduceLogsumexpDimsKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.logsumexp(x, [0, 2], keepdim=True)


@register_test_case(module_factory=lambda: ReduceLogsumexpDimsKeepdimModule())
def ReduceLogsumexpDimsKeepdimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-2.0, high=2.0))


class ReduceLogsumexpLargeValuesModule(torch.nn.Module):
    # exp(100) overflows float32: a naive lowering gives inf here.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.logsumexp(-1)


@register_test_case(module_factory=lambda: ReduceLogsumexpLargeValuesModule())
def ReduceLogsumexpLargeValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=90.0, high=110.0))


class ReduceLogsumexpFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 3], torch.float64, True)])
    def forward(self, x):
        return torch.logsumexp(x, 0)


@register_test_case(module_factory=lambda: ReduceLogsumexpFloat64StaticModule())
def ReduceLogsumexpFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-5.0, high=5.0).double())


# ==============================================================================
# argmax / argmin


class ReduceArgmaxAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argmax(x)


@register_test_case(module_factory=lambda: ReduceArgmaxAllModule())
def ReduceArgmaxAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ReduceArgmaxDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argmax(x, 1)


@register_test_case(module_factory=lambda: ReduceArgmaxDimModule())
def ReduceArgmaxDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, 4))


class ReduceArgmaxDimKeepdimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 7], torch.float32, True)])
    def forward(self, x):
        return x.argmax(dim=-1, keepdim=True)


@register_test_case(module_factory=lambda: ReduceArgmaxDimKeepdimModule())
def ReduceArgmaxDimKeepdimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 7))


class ReduceArgmaxFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.argmax(x, 0)


@register_test_case(module_factory=lambda: ReduceArgmaxFloat64Module())
def ReduceArgmaxFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3, low=-1.0, high=1.0).double())


class ReduceArgmaxInt64DistinctModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.argmax(x, 1)


@register_test_case(module_factory=lambda: ReduceArgmaxInt64DistinctModule())
def ReduceArgmaxInt64DistinctModule_basic(module, tu: TestUtils):
    # Distinct values per row: the answer does not depend on tie-breaking.
    module.forward(torch.tensor([[3, 17, -4, 8], [0, -9, 2, 1], [5, 6, 7, 40]]))


class ReduceArgminAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argmin(x)


@register_test_case(module_factory=lambda: ReduceArgminAllModule())
def ReduceArgminAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReduceArgminDimNegativeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.argmin(-2)


@register_test_case(module_factory=lambda: ReduceArgminDimNegativeModule())
def ReduceArgminDimNegativeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 3))


class ReduceArgminDimKeepdimInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.argmin(x, 0, keepdim=True)


@register_test_case(module_factory=lambda: ReduceArgminDimKeepdimInt32Module())
def ReduceArgminDimKeepdimInt32Module_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[4, -2, 9], [1, 5, 3], [7, 0, -6]], dtype=torch.int32))


class ReduceArgmaxOfSoftmaxModule(torch.nn.Module):
    # The classifier-prediction idiom: argmax after a softmax.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argmax(torch.softmax(x, dim=1), dim=1)


@register_test_case(module_factory=lambda: ReduceArgmaxOfSoftmaxModule())
def ReduceArgmaxOfSoftmaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 10, low=-5.0, high=5.0))


# ==============================================================================
# count_nonzero and nansum


class ReduceCountNonzeroDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.count_nonzero(x, 1)


@register_test_case(module_factory=lambda: ReduceCountNonzeroDimModule())
def ReduceCountNonzeroDimModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 6, low=-1, high=2))


class ReduceCountNonzeroAllFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.count_nonzero(x)


@register_test_case(module_factory=lambda: ReduceCountNonzeroAllFloatModule())
def ReduceCountNonzeroAllFloatModule_basic(module, tu: TestUtils):
    module.forward(torch.relu(tu.rand(5, 5, low=-1.0, high=1.0)))


class ReduceNansumDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.nansum(x, 1)


@register_test_case(module_factory=lambda: ReduceNansumDimModule())
def ReduceNansumDimModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[1.0, float("nan"), 2.5], [float("nan"), float("nan"), -1.0]]))
