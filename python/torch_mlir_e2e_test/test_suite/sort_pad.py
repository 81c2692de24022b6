"""Sorting and padding tests.

* sort (ascending/descending, any dim, stable), argsort, msort and topk
  (largest/smallest, sorted or not, k at the extremes). Indices are only
  returned for inputs without ties, or for stable sorts whose order of
  equal elements is defined.
* constant_pad_nd and F.pad in constant (incl. negative, i.e. cropping),
  reflect, replicate and circular modes on 1-d and 2-d spatial inputs,
  plus the nn.*Pad* modules.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# sort / argsort / msort


class SortLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.sort(x)
        return values, indices


@register_test_case(module_factory=lambda: SortLastDimModule())
def SortLastDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6))


class SortDescendingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.sort(x, dim=1, descending=True)
        return values, indices


@register_test_case(module_factory=lambda: SortDescendingModule())
def SortDescendingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7, low=-1.0, high=1.0))


class SortDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = x.sort(0)
        return values, indices


@register_test_case(module_factory=lambda: SortDim0Module())
def SortDim0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, 3))


class SortMiddleDimDescendingStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 5, 3], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.sort(x, -2, True)
        return values, indices


@register_test_case(module_factory=lambda: SortMiddleDimDescendingStaticModule())
def SortMiddleDimDescendingStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3))


class SortFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        values, indices = torch.sort(x, -1)
        return values, indices


@register_test_case(module_factory=lambda: SortFloat64Module())
def SortFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-10.0, high=10.0).double())


class SortRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.sort(x, descending=True)
        return values, indices


@register_test_case(module_factory=lambda: SortRank1Module())
def SortRank1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(12))


class SortInt64ValuesModule(torch.nn.Module):
    # Integer inputs repeat values, so only the (tie-free) values are returned.
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.sort(x, 1)[0]


@register_test_case(module_factory=lambda: SortInt64ValuesModule())
def SortInt64ValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 8, low=-20, high=20))


class SortInt32DescendingValuesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.sort(x, descending=True).values


@register_test_case(module_factory=lambda: SortInt32DescendingValuesModule())
def SortInt32DescendingValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-50, high=50, dtype=torch.int32))


class SortStableInt64Module(torch.nn.Module):
    # A stable sort keeps equal elements in input order, so its indices are
    # defined even with ties.
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        values, indices = torch.sort(x, dim=-1, stable=True)
        return values, indices


@register_test_case(module_factory=lambda: SortStableInt64Module())
def SortStableInt64Module_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[3, 1, 3, 0, 1, 3], [2, 2, 2, 5, 0, 0]]))


class SortStableDescendingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.sort(x, stable=True, descending=True)
        return values, indices


@register_test_case(module_factory=lambda: SortStableDescendingModule())
def SortStableDescendingModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([0.5, -1.0, 0.5, 2.0, -1.0, 0.5]))


class SortFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.sort(x, 1)[0]


@register_test_case(module_factory=lambda: SortFloat16Module())
def SortFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6).half())


class ArgsortLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argsort(x)


@register_test_case(module_factory=lambda: ArgsortLastDimModule())
def ArgsortLastDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ArgsortDescendingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.argsort(x, dim=1, descending=True)


@register_test_case(module_factory=lambda: ArgsortDescendingModule())
def ArgsortDescendingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3))


class ArgsortDim0StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6, 2], torch.float64, True)])
    def forward(self, x):
        return x.argsort(0)


@register_test_case(module_factory=lambda: ArgsortDim0StaticModule())
def ArgsortDim0StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, 2).double())


class ArgsortStableInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.argsort(x, stable=True)


@register_test_case(module_factory=lambda: ArgsortStableInt32Module())
def ArgsortStableInt32Module_basic(module, tu: TestUtils):
    module.forward(torch.tensor([4, 1, 4, 1, 0, 9, 4], dtype=torch.int32))


class ArgsortGatherModule(torch.nn.Module):
    # Reordering one tensor by the sort order of another.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, keys, payload):
        order = torch.argsort(keys, dim=1)
        return torch.gather(payload, 1, order)


@register_test_case(module_factory=lambda: ArgsortGatherModule())
def ArgsortGatherModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 5))


class MsortModule(torch.nn.Module):
    # msort sorts along dim 0 and returns only values.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.msort(x)


@register_test_case(module_factory=lambda: MsortModule())
def MsortModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


# ==============================================================================
# topk


class TopkLargestModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 3)
        return values, indices


@register_test_case(module_factory=lambda: TopkLargestModule())
def TopkLargestModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 8))


class TopkSmallestModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 2, dim=-1, largest=False)
        return values, indices


@register_test_case(module_factory=lambda: TopkSmallestModule())
def TopkSmallestModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6, low=-1.0, high=1.0))


class TopkDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = x.topk(2, 0)
        return values, indices


@register_test_case(module_factory=lambda: TopkDim0Module())
def TopkDim0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(7, 3))


class TopkMiddleDimSmallestStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 6, 3], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 4, 1, False, True)
        return values, indices


@register_test_case(module_factory=lambda: TopkMiddleDimSmallestStaticModule())
def TopkMiddleDimSmallestStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 3))


class TopkK1Module(torch.nn.Module):
    # k=1 is a max that keeps the reduced dim.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 1)
        return values, indices


@register_test_case(module_factory=lambda: TopkK1Module())
def TopkK1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4))


class TopkFullSizeModule(torch.nn.Module):
    # k equal to the dim size: a full descending sort.
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 4)
        return values, indices


@register_test_case(module_factory=lambda: TopkFullSizeModule())
def TopkFullSizeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class TopkFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 2, largest=False)
        return values, indices


@register_test_case(module_factory=lambda: TopkFloat64Module())
def TopkFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-5.0, high=5.0).double())


class TopkInt64ValuesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.topk(x, 3, dim=1)[0]


@register_test_case(module_factory=lambda: TopkInt64ValuesModule())
def TopkInt64ValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 7, low=-100, high=100))


class TopkUnsortedModule(torch.nn.Module):
    # sorted=False leaves the order unspecified; sorting afterwards makes
    # the set of selected values comparable.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, _ = torch.topk(x, 3, sorted=False)
        return torch.sort(values, dim=-1)[0]


@register_test_case(module_factory=lambda: TopkUnsortedModule())
def TopkUnsortedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 9))


class TopkRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, 5)
        return values, indices


@register_test_case(module_factory=lambda: TopkRank1Module())
def TopkRank1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(20))


class TopkFromSizeModule(torch.nn.Module):
    # k computed from the input shape (the top half of each row).
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = torch.topk(x, x.size(1) // 2)
        return values, indices


@register_test_case(module_factory=lambda: TopkFromSizeModule())
def TopkFromSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8))


# ==============================================================================
# constant_pad_nd and F.pad(mode="constant")


class ConstantPadNd1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.constant_pad_nd(x, [1, 2], 0.5)


@register_test_case(module_factory=lambda: ConstantPadNd1dModule())
def ConstantPadNd1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ConstantPadNd2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.constant_pad_nd(x, [0, 1, 2, 3], -2.0)


@register_test_case(module_factory=lambda: ConstantPadNd2dModule())
def ConstantPadNd2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3))


class ConstantPadNdNegativeModule(torch.nn.Module):
    # Negative amounts crop instead of pad; mixed signs do both.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.constant_pad_nd(x, [-1, 2, 1, -2])


@register_test_case(module_factory=lambda: ConstantPadNdNegativeModule())
def ConstantPadNdNegativeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 6))


class ConstantPadNdInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.constant_pad_nd(x, [2, 2], 7)


@register_test_case(module_factory=lambda: ConstantPadNdInt64Module())
def ConstantPadNdInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-5, high=5))


class PadConstantDefaultModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [2, 1])


@register_test_case(module_factory=lambda: PadConstantDefaultModule())
def PadConstantDefaultModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5))


class PadConstantValue2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 4], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [1, 1, 2, 0], mode="constant", value=-1.5)


@register_test_case(module_factory=lambda: PadConstantValue2dModule())
def PadConstantValue2dModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4))


class PadConstantThreeDimsModule(torch.nn.Module):
    # Six amounts pad the last three dims, including the channel dim.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [1, 0, 0, 2, 1, 1], value=3.0)


@register_test_case(module_factory=lambda: PadConstantThreeDimsModule())
def PadConstantThreeDimsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 2))


class PadConstantInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return F.pad(x, [1, 3], value=-4.0)


@register_test_case(module_factory=lambda: PadConstantInt32Module())
def PadConstantInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, high=100, dtype=torch.int32))


class PadConstantFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.pad(x, [0, 2, 3, 1], value=0.25)


@register_test_case(module_factory=lambda: PadConstantFloat64Module())
def PadConstantFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3).double())


class PadConstantFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float16, True)])
    def forward(self, x):
        return F.pad(x, [1, 1], value=1.0)


@register_test_case(module_factory=lambda: PadConstantFloat16Module())
def PadConstantFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3).half())


class PadConstantBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return F.pad(x, [1, 2, 1, 0], value=1.0)


@register_test_case(module_factory=lambda: PadConstantBoolModule())
def PadConstantBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).bool())


# ==============================================================================
# F.pad reflect / replicate / circular


class PadReflect1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [2, 3], mode="reflect")


@register_test_case(module_factory=lambda: PadReflect1dModule())
def PadReflect1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6))


class PadReflect2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [1, 1, 2, 2], mode="reflect")


@register_test_case(module_factory=lambda: PadReflect2dModule())
def PadReflect2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4, 5))


class PadReflect2dAsymmetricModule(torch.nn.Module):
    # Pad amounts up to size-1, the largest reflect allows.
    @export
    @annotate_args([None, ([2, 1, 4, 3], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [0, 2, 3, 1], mode="reflect")


@register_test_case(module_factory=lambda: PadReflect2dAsymmetricModule())
def PadReflect2dAsymmetricModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 1, 4, 3))


class PadReflect2dUnbatchedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [1, 2, 1, 0], mode="reflect")


@register_test_case(module_factory=lambda: PadReflect2dUnbatchedModule())
def PadReflect2dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 4))


class PadReflect1dFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.pad(x, [3, 1], mode="reflect")


@register_test_case(module_factory=lambda: PadReflect1dFloat64Module())
def PadReflect1dFloat64Module_basic(module, tu: TestUtils):
    # A 2-d input is an unbatched (C, W) signal for 1-d reflect padding.
    module.forward(tu.rand(2, 5).double())


class PadReplicate1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [3, 1], mode="replicate")


@register_test_case(module_factory=lambda: PadReplicate1dModule())
def PadReplicate1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 4))


class PadReplicate2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [2, 2, 1, 1], mode="replicate")


@register_test_case(module_factory=lambda: PadReplicate2dModule())
def PadReplicate2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 3, 4))


class PadReplicate2dLargeModule(torch.nn.Module):
    # Unlike reflect, replicate may pad by more than the input size.
    @export
    @annotate_args([None, ([1, 1, 2, 2], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [0, 5, 4, 0], mode="replicate")


@register_test_case(module_factory=lambda: PadReplicate2dLargeModule())
def PadReplicate2dLargeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 2, 2))


class PadReplicate2dBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.bfloat16, True)])
    def forward(self, x):
        return F.pad(x, [1, 0, 0, 1], mode="replicate")


@register_test_case(module_factory=lambda: PadReplicate2dBFloat16Module())
def PadReplicate2dBFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3).to(torch.bfloat16))


class PadCircular1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [2, 1], mode="circular")


@register_test_case(module_factory=lambda: PadCircular1dModule())
def PadCircular1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5))


class PadCircular2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 1, 3, 4], torch.float32, True)])
    def forward(self, x):
        return F.pad(x, [1, 2, 2, 1], mode="circular")


@register_test_case(module_factory=lambda: PadCircular2dModule())
def PadCircular2dModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 1, 3, 4))


# ==============================================================================
# nn padding modules


class NnConstantPad1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ConstantPad1d((3, 0), 2.5)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnConstantPad1dModule())
def NnConstantPad1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3))


class NnConstantPad2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ConstantPad2d(2, -1.0)

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnConstantPad2dModule())
def NnConstantPad2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3))


class NnZeroPad2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ZeroPad2d((1, 0, 2, 1))

    @export
    @annotate_args([None, ([1, 3, 4, 4], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnZeroPad2dModule())
def NnZeroPad2dModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 4, 4))


class NnReflectionPad1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ReflectionPad1d(2)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnReflectionPad1dModule())
def NnReflectionPad1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5))


class NnReflectionPad2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ReflectionPad2d((1, 2, 0, 3))

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnReflectionPad2dModule())
def NnReflectionPad2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 4))


class NnReplicationPad1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ReplicationPad1d((0, 3))

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnReplicationPad1dModule())
def NnReplicationPad1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 4))


class NnReplicationPad2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = torch.nn.ReplicationPad2d(1)

    @export
    @annotate_args([None, ([2, 2, 3, 3], torch.float32, True)])
    def forward(self, x):
        return self.pad(x)


@register_test_case(module_factory=lambda: NnReplicationPad2dModule())
def NnReplicationPad2dModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 3))


class PadThenConvModule(torch.nn.Module):
    # Explicit reflect padding before an unpadded conv, as in style-transfer nets.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 3, kernel_size=3)

    @export
    @annotate_args([None, ([-1, 2, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(F.pad(x, [1, 1, 1, 1], mode="reflect"))


@register_test_case(module_factory=lambda: PadThenConvModule())
def PadThenConvModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5))
