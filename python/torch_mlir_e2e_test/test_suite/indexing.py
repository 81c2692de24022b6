"""Reading and writing tensors by position: basic slicing (steps, negative
bounds, ellipsis), select, narrow, index_select, gather, scatter and
scatter_add/scatter_reduce, index_put (with and without accumulation),
index_add/index_fill/index_copy, masked ops with fixed output shapes,
advanced indexing with integer tensors, take/take_along_dim, flip and roll.

Writes through indices that may repeat are only tested with accumulation;
non-accumulating writes use permutations (from `argsort` of random floats)
so that the result does not depend on the order of writes.
"""

from typing import List, Optional

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# Basic slicing


class SliceRangeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x[1:3]


@register_test_case(module_factory=lambda: SliceRangeModule())
def SliceRangeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class SliceStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 9], torch.float32, True)])
    def forward(self, x):
        return x[:, ::2]


@register_test_case(module_factory=lambda: SliceStepModule())
def SliceStepModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 9))


class SliceStartStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x[1::3, 2:]


@register_test_case(module_factory=lambda: SliceStartStepModule())
def SliceStartStepModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(10, 5))


class SliceNegativeStartModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x[-2:]


@register_test_case(module_factory=lambda: SliceNegativeStartModule())
def SliceNegativeStartModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(6, 4))


class SliceNegativeEndModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x[:, :-1, 1:-1]


@register_test_case(module_factory=lambda: SliceNegativeEndModule())
def SliceNegativeEndModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 6))


class SliceNegativeBoundsWithStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([12], torch.int64, True)])
    def forward(self, x):
        return x[-10:-1:4]


@register_test_case(module_factory=lambda: SliceNegativeBoundsWithStepModule())
def SliceNegativeBoundsWithStepModule_static(module, tu: TestUtils):
    module.forward(tu.randint(12, high=100))


class SliceEndPastSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Bounds past the end clamp to the size, as in Python.
        return x[2:100, -100:]


@register_test_case(module_factory=lambda: SliceEndPastSizeModule())
def SliceEndPastSizeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class SliceEllipsisModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x[..., 1:3]


@register_test_case(module_factory=lambda: SliceEllipsisModule())
def SliceEllipsisModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 2, 5))


class SliceHalfBySizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The bound comes from a runtime size computation.
        half = x.size(1) // 2
        return x[:, :half] - x[:, half:]


@register_test_case(module_factory=lambda: SliceHalfBySizeModule())
def SliceHalfBySizeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8))


class SliceBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return x[::2, 1:]


@register_test_case(module_factory=lambda: SliceBoolModule())
def SliceBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(5, 4, high=2).to(torch.bool))


class SliceFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([6, 6], torch.float16, True)])
    def forward(self, x):
        return x[1:5:2, ::3]


@register_test_case(module_factory=lambda: SliceFloat16Module())
def SliceFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(6, 6).to(torch.float16))


class SliceTensorMethodModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ops.aten.slice(x, 1, 1, 4, 2)


@register_test_case(module_factory=lambda: SliceTensorMethodModule())
def SliceTensorMethodModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


# ==============================================================================
# select / narrow


class SelectMiddleDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.select(1, 2)


@register_test_case(module_factory=lambda: SelectMiddleDimModule())
def SelectMiddleDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3))


class SelectNegativeIndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.select(x, 0, -1)


@register_test_case(module_factory=lambda: SelectNegativeIndexModule())
def SelectNegativeIndexModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class SelectBySubscriptModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4, 5], torch.int64, True)])
    def forward(self, x):
        return x[1]


@register_test_case(module_factory=lambda: SelectBySubscriptModule())
def SelectBySubscriptModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, 5, high=100))


class SelectToRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x[-1, 2]


@register_test_case(module_factory=lambda: SelectToRank0Module())
def SelectToRank0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class SelectAndSliceMixModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x[0, 1:, -1]


@register_test_case(module_factory=lambda: SelectAndSliceMixModule())
def SelectAndSliceMixModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3))


class SelectInt32LastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.int32, True)])
    def forward(self, x):
        return x.select(-1, 0)


@register_test_case(module_factory=lambda: SelectInt32LastDimModule())
def SelectInt32LastDimModule_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, low=-50, high=50, dtype=torch.int32))


class NarrowLeadingDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.narrow(0, 1, 2)


@register_test_case(module_factory=lambda: NarrowLeadingDimModule())
def NarrowLeadingDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class NarrowNegativeDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 6], torch.float32, True)])
    def forward(self, x):
        return torch.narrow(x, -1, 2, 3)


@register_test_case(module_factory=lambda: NarrowNegativeDimModule())
def NarrowNegativeDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6))


class NarrowLengthFromSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return x.narrow(1, 1, x.size(1) - 2)


@register_test_case(module_factory=lambda: NarrowLengthFromSizeModule())
def NarrowLengthFromSizeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7).to(torch.float64))


# ==============================================================================
# index_select / gather / take


class IndexSelectDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return torch.index_select(x, 0, index)


@register_test_case(module_factory=lambda: IndexSelectDim0Module())
def IndexSelectDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.randint(4, high=5))


class IndexSelectDim1RepeatedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True), ([6], torch.int64, True)])
    def forward(self, x, index):
        return x.index_select(1, index)


@register_test_case(module_factory=lambda: IndexSelectDim1RepeatedModule())
def IndexSelectDim1RepeatedModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), torch.tensor([3, 0, 0, 2, 3, 1]))


class IndexSelectNegativeDimInt32IndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.int32, True)])
    def forward(self, x, index):
        return x.index_select(-1, index)


@register_test_case(module_factory=lambda: IndexSelectNegativeDimInt32IndexModule())
def IndexSelectNegativeDimInt32IndexModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.randint(3, high=4, dtype=torch.int32))


class IndexSelectInt64DataModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return x.index_select(0, index)


@register_test_case(module_factory=lambda: IndexSelectInt64DataModule())
def IndexSelectInt64DataModule_rank1(module, tu: TestUtils):
    module.forward(tu.randint(8, high=1000), tu.randint(5, high=8))


class IndexSelectRank0IndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([], torch.int64, True)])
    def forward(self, x, index):
        # A rank-0 index keeps the selected dim with size 1.
        return x.index_select(1, index)


@register_test_case(module_factory=lambda: IndexSelectRank0IndexModule())
def IndexSelectRank0IndexModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), torch.tensor(2))


class GatherDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        return torch.gather(x, 0, index)


@register_test_case(module_factory=lambda: GatherDim0Module())
def GatherDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.randint(2, 3, high=4))


class GatherDim1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 5], torch.float32, True), ([3, 2], torch.int64, True)])
    def forward(self, x, index):
        return x.gather(1, index)


@register_test_case(module_factory=lambda: GatherDim1Module())
def GatherDim1Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.randint(3, 2, high=5))


class GatherNegativeDimRank3Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.int64, True)])
    def forward(self, x, index):
        return x.gather(-1, index)


@register_test_case(module_factory=lambda: GatherNegativeDimRank3Module())
def GatherNegativeDimRank3Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.randint(2, 3, 6, high=4))


class GatherInt32DataModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        return x.gather(1, index)


@register_test_case(module_factory=lambda: GatherInt32DataModule())
def GatherInt32DataModule_dynamic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 4, low=-100, high=100, dtype=torch.int32), tu.randint(3, 4, high=4)
    )


class GatherArgmaxLabelsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, logits):
        # Pick each row's largest logit back out with the argmax indices.
        best = logits.argmax(dim=1, keepdim=True)
        return logits.gather(1, best).squeeze(1)


@register_test_case(module_factory=lambda: GatherArgmaxLabelsModule())
def GatherArgmaxLabelsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class TakeFlatIndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        # take reads x as if it were flattened.
        return torch.take(x, index)


@register_test_case(module_factory=lambda: TakeFlatIndexModule())
def TakeFlatIndexModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(2, 3, high=12))


class TakeAlongDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        return torch.take_along_dim(x, index, dim=1)


@register_test_case(module_factory=lambda: TakeAlongDimModule())
def TakeAlongDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.randint(3, 2, high=5))


class TakeAlongDimBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True), ([1, 3, 2], torch.int64, True)])
    def forward(self, x, index):
        # The index broadcasts against x in every dim except `dim`.
        return x.take_along_dim(index, -1)


@register_test_case(module_factory=lambda: TakeAlongDimBroadcastModule())
def TakeAlongDimBroadcastModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.randint(1, 3, 2, high=4))


class TakeAlongDimNoDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return torch.take_along_dim(x, index)


@register_test_case(module_factory=lambda: TakeAlongDimNoDimModule())
def TakeAlongDimNoDimModule_flat(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=100), tu.randint(4, high=9))


class TakeAlongDimSortedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Sorting by gathering with argsort indices; floats have no ties.
        order = x.argsort(dim=1)
        return x.take_along_dim(order, 1)


@register_test_case(module_factory=lambda: TakeAlongDimSortedModule())
def TakeAlongDimSortedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


# ==============================================================================
# Advanced indexing with integer tensors


class IndexTensorLeadingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return x[index]


@register_test_case(module_factory=lambda: IndexTensorLeadingModule())
def IndexTensorLeadingModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.randint(4, high=5))


class IndexTensorSecondDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return x[:, index]


@register_test_case(module_factory=lambda: IndexTensorSecondDimModule())
def IndexTensorSecondDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3), tu.randint(5, high=4))


class IndexTensorTwoIndicesModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
        ]
    )
    def forward(self, x, rows, cols):
        # Pointwise pairs (rows[i], cols[i]).
        return x[rows, cols]


@register_test_case(module_factory=lambda: IndexTensorTwoIndicesModule())
def IndexTensorTwoIndicesModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5), tu.randint(6, high=4), tu.randint(6, high=5))


class IndexTensorBroadcastIndicesModule(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([4, 5], torch.float32, True), ([3, 1], torch.int64, True), ([2], torch.int64, True)]
    )
    def forward(self, x, rows, cols):
        # Index tensors broadcast to a [3, 2] result.
        return x[rows, cols]


@register_test_case(module_factory=lambda: IndexTensorBroadcastIndicesModule())
def IndexTensorBroadcastIndicesModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 5), tu.randint(3, 1, high=4), tu.randint(2, high=5))


class IndexTensorRank2IndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, table, index):
        # An embedding-style lookup: result shape is index.shape + [cols].
        return table[index]


@register_test_case(module_factory=lambda: IndexTensorRank2IndexModule())
def IndexTensorRank2IndexModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(6, 3, high=100), tu.randint(2, 4, high=6))


class IndexTensorNegativeIndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        # Negative entries count from the end.
        return x[:, index]


@register_test_case(module_factory=lambda: IndexTensorNegativeIndicesModule())
def IndexTensorNegativeIndicesModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.randint(4, low=-5, high=0))


class IndexTensorWithSliceAfterModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return x[index, 1:]


@register_test_case(module_factory=lambda: IndexTensorWithSliceAfterModule())
def IndexTensorWithSliceAfterModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, 2), tu.randint(3, high=4))


class IndexTensorAtenOpModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        # None in the index list leaves dim 0 untouched.
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [None, index])
        return torch.ops.aten.index(x, indices)


@register_test_case(module_factory=lambda: IndexTensorAtenOpModule())
def IndexTensorAtenOpModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(2, high=4))


# ==============================================================================
# scatter / scatter_add / scatter_reduce


class ScatterSrcDim0Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        return x.scatter(0, index, src)


@register_test_case(module_factory=lambda: ScatterSrcDim0Module())
def ScatterSrcDim0Module_dynamic(module, tu: TestUtils):
    # Each column gets a permutation of row indices, so no slot is written twice.
    index = tu.rand(4, 3).argsort(dim=0)[:2]
    module.forward(tu.rand(4, 3), index, tu.rand(2, 3))


class ScatterSrcDim1Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([3, 5], torch.float32, True),
            ([3, 5], torch.int64, True),
            ([3, 5], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        return torch.scatter(x, 1, index, src)


@register_test_case(module_factory=lambda: ScatterSrcDim1Module())
def ScatterSrcDim1Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 5).argsort(dim=1), tu.rand(3, 5))


class ScatterScalarValueModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, index):
        # Writing the same value twice is order-independent.
        return x.scatter(1, index, -1.5)


@register_test_case(module_factory=lambda: ScatterScalarValueModule())
def ScatterScalarValueModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6), tu.randint(3, 2, high=6))


class ScatterOneHotModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, labels):
        zeros = torch.zeros(labels.size(0), 5, dtype=torch.float32)
        return zeros.scatter(1, labels.unsqueeze(1), 1.0)


@register_test_case(module_factory=lambda: ScatterOneHotModule())
def ScatterOneHotModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, high=5))


class ScatterInt64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
        ]
    )
    def forward(self, x, index, src):
        return x.scatter(1, index, src)


@register_test_case(module_factory=lambda: ScatterInt64Module())
def ScatterInt64Module_dynamic(module, tu: TestUtils):
    index = tu.rand(2, 4).argsort(dim=1)[:, :3]
    module.forward(tu.randint(2, 4, high=10), index, tu.randint(2, 3, low=100, high=200))


class ScatterAddDim0Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        # Repeated indices accumulate.
        return x.scatter_add(0, index, src)


@register_test_case(module_factory=lambda: ScatterAddDim0Module())
def ScatterAddDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(5, 4, high=3), tu.rand(5, 4))


class ScatterAddInt32Module(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([6], torch.int32, True), ([8], torch.int64, True), ([8], torch.int32, True)]
    )
    def forward(self, x, index, src):
        return torch.scatter_add(x, 0, index, src)


@register_test_case(module_factory=lambda: ScatterAddInt32Module())
def ScatterAddInt32Module_static(module, tu: TestUtils):
    module.forward(
        tu.randint(6, high=10, dtype=torch.int32),
        tu.randint(8, high=6),
        tu.randint(8, low=-5, high=5, dtype=torch.int32),
    )


class ScatterAddHistogramModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, values):
        # Counting occurrences of each bin is scatter_add of ones.
        counts = torch.zeros(4, dtype=torch.int64)
        return counts.scatter_add(0, values, torch.ones_like(values))


@register_test_case(module_factory=lambda: ScatterAddHistogramModule())
def ScatterAddHistogramModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(20, high=4))


class ScatterReduceSumModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        return x.scatter_reduce(1, index, src, reduce="sum")


@register_test_case(module_factory=lambda: ScatterReduceSumModule())
def ScatterReduceSumModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.randint(2, 5, high=3), tu.rand(2, 5))


class ScatterReduceAmaxExcludeSelfModule(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([4], torch.float32, True), ([7], torch.int64, True), ([7], torch.float32, True)]
    )
    def forward(self, x, index, src):
        # Slots that receive values forget their old content.
        return x.scatter_reduce(0, index, src, reduce="amax", include_self=False)


@register_test_case(module_factory=lambda: ScatterReduceAmaxExcludeSelfModule())
def ScatterReduceAmaxExcludeSelfModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.randint(7, high=4), tu.rand(7, low=-1.0, high=1.0))


class ScatterReduceMeanModule(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([-1], torch.float32, True), ([-1], torch.int64, True), ([-1], torch.float32, True)]
    )
    def forward(self, x, index, src):
        return torch.scatter_reduce(x, 0, index, src, "mean")


@register_test_case(module_factory=lambda: ScatterReduceMeanModule())
def ScatterReduceMeanModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3), tu.randint(6, high=3), tu.rand(6))


class ScatterReduceProdInt64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
        ]
    )
    def forward(self, x, index, src):
        return x.scatter_reduce(0, index, src, reduce="prod")


@register_test_case(module_factory=lambda: ScatterReduceProdInt64Module())
def ScatterReduceProdInt64Module_dynamic(module, tu: TestUtils):
    module.forward(
        tu.randint(2, 3, low=1, high=4), tu.randint(3, 3, high=2), tu.randint(3, 3, low=-3, high=4)
    )


# ==============================================================================
# index_put (functional), index_add / index_fill / index_copy


class IndexPutRowsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, rows, values):
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [rows])
        return x.index_put(indices, values)


@register_test_case(module_factory=lambda: IndexPutRowsModule())
def IndexPutRowsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.rand(5).argsort()[:3], tu.rand(3, 3))


class IndexPutAccumulateRowsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, rows, values):
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [rows])
        return torch.index_put(x, indices, values, accumulate=True)


@register_test_case(module_factory=lambda: IndexPutAccumulateRowsModule())
def IndexPutAccumulateRowsModule_dynamic(module, tu: TestUtils):
    # Row indices repeat; accumulation makes the result order-independent.
    module.forward(tu.rand(4, 3), tu.randint(6, high=4), tu.rand(6, 3))


class IndexPutPointsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([4, 4], torch.float32, True),
            ([3], torch.int64, True),
            ([3], torch.int64, True),
            ([3], torch.float32, True),
        ]
    )
    def forward(self, x, rows, cols, values):
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [rows, cols])
        return x.index_put(indices, values)


@register_test_case(module_factory=lambda: IndexPutPointsModule())
def IndexPutPointsModule_static(module, tu: TestUtils):
    perm = tu.rand(4).argsort()
    module.forward(tu.rand(4, 4), perm[:3], perm[1:], tu.rand(3))


class IndexPutBroadcastValueModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, rows, value):
        # A rank-0 value broadcasts over every indexed row.
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [rows])
        return x.index_put(indices, value)


@register_test_case(module_factory=lambda: IndexPutBroadcastValueModule())
def IndexPutBroadcastValueModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2), tu.randint(4, high=5), tu.rand())


class IndexPutSecondDimModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, cols, values):
        # An arange column broadcast against `cols` addresses whole columns.
        rows = torch.arange(x.size(0)).unsqueeze(1)
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [rows, cols])
        return x.index_put(indices, values, accumulate=True)


@register_test_case(module_factory=lambda: IndexPutSecondDimModule())
def IndexPutSecondDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(5, high=4), tu.rand(3, 5))


class IndexPutInt64AccumulateModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
        ]
    )
    def forward(self, x, index, values):
        indices = torch.jit.annotate(List[Optional[torch.Tensor]], [index])
        return x.index_put(indices, values, True)


@register_test_case(module_factory=lambda: IndexPutInt64AccumulateModule())
def IndexPutInt64AccumulateModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(5, high=10), tu.randint(9, high=5), tu.randint(9, low=-4, high=4))


class IndexAddModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        return x.index_add(0, index, src, alpha=2.0)


@register_test_case(module_factory=lambda: IndexAddModule())
def IndexAddModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.randint(6, high=4), tu.rand(6, 3))


class IndexFillModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, index):
        return x.index_fill(1, index, 0.25)


@register_test_case(module_factory=lambda: IndexFillModule())
def IndexFillModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.randint(3, high=5))


class IndexFillInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.int32, True), ([2], torch.int64, True)])
    def forward(self, x, index):
        return torch.index_fill(x, 0, index, -7)


@register_test_case(module_factory=lambda: IndexFillInt32Module())
def IndexFillInt32Module_static(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=10, dtype=torch.int32), torch.tensor([2, 0]))


class IndexCopyModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, index, src):
        return x.index_copy(1, index, src)


@register_test_case(module_factory=lambda: IndexCopyModule())
def IndexCopyModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5), tu.rand(5).argsort()[:3], tu.rand(2, 3))


# ==============================================================================
# Masked ops with data-independent output shapes


class MaskedFillRank0TensorValueModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.bool, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, mask, value):
        return x.masked_fill(mask, value)


@register_test_case(module_factory=lambda: MaskedFillRank0TensorValueModule())
def MaskedFillRank0TensorValueModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(3, 4, high=2).to(torch.bool), tu.rand())


class MaskedFillCausalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, scores):
        # An attention-style causal mask built from the input's own size.
        n = scores.size(0)
        upper = torch.ones(n, n, dtype=torch.bool).triu(1)
        return scores.masked_fill(upper, float("-inf")).softmax(dim=-1)


@register_test_case(module_factory=lambda: MaskedFillCausalModule())
def MaskedFillCausalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4))


class MaskedFillComputedMaskInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.masked_fill(x % 3 == 0, -1)


@register_test_case(module_factory=lambda: MaskedFillComputedMaskInt64Module())
def MaskedFillComputedMaskInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 5, high=30))


class MaskedFillBroadcastRowMaskModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, 1, -1], torch.bool, True)])
    def forward(self, x, mask):
        # A padding mask [batch, 1, seq] broadcast over queries.
        return x.masked_fill(mask, 0.0)


@register_test_case(module_factory=lambda: MaskedFillBroadcastRowMaskModule())
def MaskedFillBroadcastRowMaskModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.randint(2, 1, 4, high=2).to(torch.bool))


class MaskedScatterModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([3, 4], torch.float32, True),
            ([3, 4], torch.bool, True),
            ([12], torch.float32, True),
        ]
    )
    def forward(self, x, mask, source):
        # source holds one value per element, so any mask has enough of them.
        return x.masked_scatter(mask, source)


@register_test_case(module_factory=lambda: MaskedScatterModule())
def MaskedScatterModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(3, 4, high=2).to(torch.bool), tu.rand(12))


class MaskMultiplyModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, keep):
        # Masking by multiplication promotes the bool mask to float.
        return x * keep


@register_test_case(module_factory=lambda: MaskMultiplyModule())
def MaskMultiplyModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(3, 4, high=2).to(torch.bool))


class MaskedMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.bool, True)])
    def forward(self, x, keep):
        # Per-row mean over the kept elements only; every row keeps at least one.
        kept = x.masked_fill(~keep, 0.0).sum(dim=1)
        return kept / keep.sum(dim=1)


@register_test_case(module_factory=lambda: MaskedMeanModule())
def MaskedMeanModule_basic(module, tu: TestUtils):
    keep = tu.randint(3, 5, high=2).to(torch.bool)
    keep[:, 0] = True
    module.forward(tu.rand(3, 5), keep)


# ==============================================================================
# flip / roll


class FlipDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.flip(0)


@register_test_case(module_factory=lambda: FlipDim0Module())
def FlipDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class FlipMultipleDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.flip(x, [0, 2])


@register_test_case(module_factory=lambda: FlipMultipleDimsModule())
def FlipMultipleDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class FlipNegativeDimInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.flip(-1)


@register_test_case(module_factory=lambda: FlipNegativeDimInt64Module())
def FlipNegativeDimInt64Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, high=100))


class FlipLeftRightUpDownModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.fliplr(x), torch.flipud(x)


@register_test_case(module_factory=lambda: FlipLeftRightUpDownModule())
def FlipLeftRightUpDownModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class FlipUint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.uint8, True)])
    def forward(self, x):
        return x.flip(0)


@register_test_case(module_factory=lambda: FlipUint8Module())
def FlipUint8Module_static(module, tu: TestUtils):
    module.forward(tu.randint(6, high=256).to(torch.uint8))


class RollPositiveShiftModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.roll(1, 1)


@register_test_case(module_factory=lambda: RollPositiveShiftModule())
def RollPositiveShiftModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class RollNegativeShiftModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.float32, True)])
    def forward(self, x):
        return torch.roll(x, -2, 0)


@register_test_case(module_factory=lambda: RollNegativeShiftModule())
def RollNegativeShiftModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class RollMultipleDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        # A shift larger than the dim wraps around (7 mod 3 == 1).
        return x.roll([2, 7], [0, 2])


@register_test_case(module_factory=lambda: RollMultipleDimsModule())
def RollMultipleDimsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3))


class RollFlattenedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        # Without dims, roll shifts the flattened tensor and restores the shape.
        return x.roll(3)


@register_test_case(module_factory=lambda: RollFlattenedModule())
def RollFlattenedModule_int32(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=100, dtype=torch.int32))


class RollBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True)])
    def forward(self, x):
        return x.roll(-1, 0)


@register_test_case(module_factory=lambda: RollBoolModule())
def RollBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(7, high=2).to(torch.bool))
