"""Shape-only ops: reshape/view (with inferred -1 dims), flatten, unflatten,
permute, transpose, t, squeeze/unsqueeze, expand/expand_as, broadcast_to,
repeat, contiguous and movedim.

None of these ops changes element values, so every test checks that the
backend moves elements to the right places for static, dynamic and rank-0
shapes and across dtypes.
"""

from typing import List

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# reshape / view


class ReshapeStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return x.reshape(6, 4)


@register_test_case(module_factory=lambda: ReshapeStaticModule())
def ReshapeStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReshapeInferredLeadingDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, 4], torch.float32, True)])
    def forward(self, x):
        return x.reshape(-1, 4)


@register_test_case(module_factory=lambda: ReshapeInferredLeadingDimModule())
def ReshapeInferredLeadingDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, 4))


class ReshapeInferredTrailingDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.reshape(2, -1)


@register_test_case(module_factory=lambda: ReshapeInferredTrailingDimModule())
def ReshapeInferredTrailingDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ReshapeCollapseToRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.reshape(-1)


@register_test_case(module_factory=lambda: ReshapeCollapseToRank1Module())
def ReshapeCollapseToRank1Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5))


class ReshapeExpandRankModule(torch.nn.Module):
    @export
    @annotate_args([None, ([24], torch.float32, True)])
    def forward(self, x):
        return x.reshape(2, 3, 2, 2)


@register_test_case(module_factory=lambda: ReshapeExpandRankModule())
def ReshapeExpandRankModule_static(module, tu: TestUtils):
    module.forward(tu.rand(24))


class ReshapeToRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 1], torch.float32, True)])
    def forward(self, x):
        # An empty list literal would be typed List[Tensor] by TorchScript.
        return x.reshape(torch.jit.annotate(List[int], []))


@register_test_case(module_factory=lambda: ReshapeToRank0Module())
def ReshapeToRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 1))


class ReshapeFromRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return x.reshape(1, 1, 1)


@register_test_case(module_factory=lambda: ReshapeFromRank0Module())
def ReshapeFromRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class ReshapeInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.reshape(3, -1, 2)


@register_test_case(module_factory=lambda: ReshapeInt64Module())
def ReshapeInt64Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(6, 4, low=-50, high=50))


class ReshapeBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.bool, True)])
    def forward(self, x):
        return x.reshape(8, 3)


@register_test_case(module_factory=lambda: ReshapeBoolModule())
def ReshapeBoolModule_static(module, tu: TestUtils):
    module.forward(tu.randint(4, 6, high=2).to(torch.bool))


class ReshapeFloat64SizeMathModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        # The target shape is computed from runtime sizes, not constants.
        return x.reshape(x.size(0) * x.size(1), x.size(2))


@register_test_case(module_factory=lambda: ReshapeFloat64SizeMathModule())
def ReshapeFloat64SizeMathModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 5).to(torch.float64))


class ReshapeAsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, like):
        return x.reshape_as(like)


@register_test_case(module_factory=lambda: ReshapeAsModule())
def ReshapeAsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6), tu.rand(2, 3, 4))


class ReshapeAliasedFunctionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 8], torch.int32, True)])
    def forward(self, x):
        return torch.reshape(x, (4, 2, 3))


@register_test_case(module_factory=lambda: ReshapeAliasedFunctionModule())
def ReshapeAliasedFunctionModule_int32(module, tu: TestUtils):
    module.forward(tu.randint(3, 8, low=-100, high=100, dtype=torch.int32))


class ReshapeAfterTransposeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The transposed operand is not contiguous, so reshape must copy.
        return x.transpose(0, 1).reshape(-1)


@register_test_case(module_factory=lambda: ReshapeAfterTransposeModule())
def ReshapeAfterTransposeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ViewStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.float32, True)])
    def forward(self, x):
        return x.view(2, 2, 6)


@register_test_case(module_factory=lambda: ViewStaticModule())
def ViewStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class ViewKeepBatchInferRestModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.view(x.size(0), -1)


@register_test_case(module_factory=lambda: ViewKeepBatchInferRestModule())
def ViewKeepBatchInferRestModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class ViewSplitLeadingDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6, -1], torch.float32, True)])
    def forward(self, x):
        return x.view(2, 3, -1)


@register_test_case(module_factory=lambda: ViewSplitLeadingDimModule())
def ViewSplitLeadingDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(6, 7))


class ViewMergeMiddleDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 5], torch.float32, True)])
    def forward(self, x):
        return x.view(2, 12, 5)


@register_test_case(module_factory=lambda: ViewMergeMiddleDimsModule())
def ViewMergeMiddleDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class ViewSplitAndMergeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6, 4], torch.float32, True)])
    def forward(self, x):
        # Neither a pure expansion nor a pure collapse of dims.
        return x.view(4, 3, 2)


@register_test_case(module_factory=lambda: ViewSplitAndMergeModule())
def ViewSplitAndMergeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, 4))


class ViewUnitDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        return x.view(1, 3, 1, 4, 1)


@register_test_case(module_factory=lambda: ViewUnitDimsModule())
def ViewUnitDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ViewInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.view(-1, 2)


@register_test_case(module_factory=lambda: ViewInt32Module())
def ViewInt32Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-5, high=5, dtype=torch.int32))


class ViewFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 8], torch.float16, True)])
    def forward(self, x):
        return x.view(4, 4)


@register_test_case(module_factory=lambda: ViewFloat16Module())
def ViewFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 8).to(torch.float16))


class ViewAsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, like):
        return x.view_as(like)


@register_test_case(module_factory=lambda: ViewAsModule())
def ViewAsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(15))


class ViewRank0ToRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int64, True)])
    def forward(self, x):
        return x.view(1)


@register_test_case(module_factory=lambda: ViewRank0ToRank1Module())
def ViewRank0ToRank1Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(high=100))


# ==============================================================================
# flatten / unflatten


class FlattenAllDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.flatten(x)


@register_test_case(module_factory=lambda: FlattenAllDimsModule())
def FlattenAllDimsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class FlattenFromDim1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 5], torch.float32, True)])
    def forward(self, x):
        return torch.flatten(x, 1)


@register_test_case(module_factory=lambda: FlattenFromDim1Module())
def FlattenFromDim1Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class FlattenMiddleDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.flatten(1, 2)


@register_test_case(module_factory=lambda: FlattenMiddleDimsModule())
def FlattenMiddleDimsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class FlattenNegativeDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.flatten(-3, -2)


@register_test_case(module_factory=lambda: FlattenNegativeDimsModule())
def FlattenNegativeDimsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 4, 2))


class FlattenSingleDimRangeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        # start_dim == end_dim leaves the shape unchanged.
        return x.flatten(1, 1)


@register_test_case(module_factory=lambda: FlattenSingleDimRangeModule())
def FlattenSingleDimRangeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class FlattenRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        # Flattening a scalar yields a one-element vector.
        return torch.flatten(x)


@register_test_case(module_factory=lambda: FlattenRank0Module())
def FlattenRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class FlattenInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 2, -1], torch.int8, True)])
    def forward(self, x):
        return x.flatten(0, 1)


@register_test_case(module_factory=lambda: FlattenInt8Module())
def FlattenInt8Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(3, 2, 4, low=-100, high=100, dtype=torch.int8))


class FlattenBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.bfloat16, True)])
    def forward(self, x):
        return x.flatten(1)


@register_test_case(module_factory=lambda: FlattenBFloat16Module())
def FlattenBFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4).to(torch.bfloat16))


class NnFlattenModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = torch.nn.Flatten()

    @export
    @annotate_args([None, ([-1, 2, 3, 3], torch.float32, True)])
    def forward(self, x):
        return self.flatten(x)


@register_test_case(module_factory=lambda: NnFlattenModule())
def NnFlattenModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3, 3))


class UnflattenMiddleDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 12, 3], torch.float32, True)])
    def forward(self, x):
        return x.unflatten(1, (3, 4))


@register_test_case(module_factory=lambda: UnflattenMiddleDimModule())
def UnflattenMiddleDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 12, 3))


class UnflattenInferredSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.unflatten(0, (-1, 2))


@register_test_case(module_factory=lambda: UnflattenInferredSizeModule())
def UnflattenInferredSizeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(6, 3))


class UnflattenLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 8], torch.int64, True)])
    def forward(self, x):
        return torch.unflatten(x, -1, (2, 2, 2))


@register_test_case(module_factory=lambda: UnflattenLastDimModule())
def UnflattenLastDimModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(3, 8, high=1000))


class NnUnflattenModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.unflatten = torch.nn.Unflatten(1, (2, 5))

    @export
    @annotate_args([None, ([-1, 10], torch.float32, True)])
    def forward(self, x):
        return self.unflatten(x)


@register_test_case(module_factory=lambda: NnUnflattenModule())
def NnUnflattenModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 10))


class FlattenUnflattenRoundTripModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4, 5], torch.float32, True)])
    def forward(self, x):
        return x.flatten(0, 1).unflatten(0, (3, 4)) - x


@register_test_case(module_factory=lambda: FlattenUnflattenRoundTripModule())
def FlattenUnflattenRoundTripModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5))


# ==============================================================================
# permute / transpose / t


class PermuteRank3Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return x.permute(2, 0, 1)


@register_test_case(module_factory=lambda: PermuteRank3Module())
def PermuteRank3Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class PermuteNchwToNhwcModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.permute(0, 2, 3, 1)


@register_test_case(module_factory=lambda: PermuteNchwToNhwcModule())
def PermuteNchwToNhwcModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class PermuteNegativeDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.permute(x, (-1, 0, -2))


@register_test_case(module_factory=lambda: PermuteNegativeDimsModule())
def PermuteNegativeDimsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 2))


class PermuteIdentityModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.permute(0, 1)


@register_test_case(module_factory=lambda: PermuteIdentityModule())
def PermuteIdentityModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class PermuteInt64Rank5Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 1, 3, 2, 2], torch.int64, True)])
    def forward(self, x):
        return x.permute(4, 2, 0, 3, 1)


@register_test_case(module_factory=lambda: PermuteInt64Rank5Module())
def PermuteInt64Rank5Module_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 1, 3, 2, 2, low=-1000, high=1000))


class PermuteThenAddModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, y):
        # Elementwise consumer of a permuted operand reads it with new strides.
        return x.permute(1, 2, 0) + y


@register_test_case(module_factory=lambda: PermuteThenAddModule())
def PermuteThenAddModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3), tu.rand(2, 3, 4))


class TransposeRank2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.transpose(0, 1)


@register_test_case(module_factory=lambda: TransposeRank2Module())
def TransposeRank2Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class TransposeNegativeDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.transpose(x, -1, -3)


@register_test_case(module_factory=lambda: TransposeNegativeDimsModule())
def TransposeNegativeDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class TransposeSameDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.transpose(1, 1)


@register_test_case(module_factory=lambda: TransposeSameDimModule())
def TransposeSameDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class TransposeBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.bool, True)])
    def forward(self, x):
        return x.transpose(0, 2)


@register_test_case(module_factory=lambda: TransposeBoolModule())
def TransposeBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 4, high=2).to(torch.bool))


class SwapaxesUint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.uint8, True)])
    def forward(self, x):
        return x.swapaxes(0, 1)


@register_test_case(module_factory=lambda: SwapaxesUint8Module())
def SwapaxesUint8Module_static(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=255).to(torch.uint8))


class SwapdimsFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.swapdims(x, 2, 0)


@register_test_case(module_factory=lambda: SwapdimsFloat64Module())
def SwapdimsFloat64Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 1, 2).to(torch.float64))


class TransposeTwiceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.transpose(0, 3).transpose(1, 2)


@register_test_case(module_factory=lambda: TransposeTwiceModule())
def TransposeTwiceModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class TRank2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.t()


@register_test_case(module_factory=lambda: TRank2Module())
def TRank2Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2))


class TRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.int32, True)])
    def forward(self, x):
        # t() is the identity on vectors.
        return torch.t(x)


@register_test_case(module_factory=lambda: TRank1Module())
def TRank1Module_int32(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-9, high=9, dtype=torch.int32))


class TRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return x.t()


@register_test_case(module_factory=lambda: TRank0Module())
def TRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class MatrixTransposePropertyModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 3, 4], torch.float32, True)])
    def forward(self, x):
        # .mT transposes the last two dims of a batch of matrices.
        return x.mT


@register_test_case(module_factory=lambda: MatrixTransposePropertyModule())
def MatrixTransposePropertyModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


# ==============================================================================
# squeeze / unsqueeze


class SqueezeAllUnitDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 3, 1, 4, 1], torch.float32, True)])
    def forward(self, x):
        return x.squeeze()


@register_test_case(module_factory=lambda: SqueezeAllUnitDimsModule())
def SqueezeAllUnitDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 1, 4, 1))


class SqueezeToRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 1, 1], torch.int64, True)])
    def forward(self, x):
        return torch.squeeze(x)


@register_test_case(module_factory=lambda: SqueezeToRank0Module())
def SqueezeToRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(1, 1, 1, high=50))


class SqueezeLeadingDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.squeeze(0)


@register_test_case(module_factory=lambda: SqueezeLeadingDimModule())
def SqueezeLeadingDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 4))


class SqueezeNegativeDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, 1], torch.float32, True)])
    def forward(self, x):
        return torch.squeeze(x, -1)


@register_test_case(module_factory=lambda: SqueezeNegativeDimModule())
def SqueezeNegativeDimModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 1))


class SqueezeNonUnitDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True)])
    def forward(self, x):
        # Squeezing a dim whose size is not 1 is a no-op.
        return x.squeeze(1)


@register_test_case(module_factory=lambda: SqueezeNonUnitDimModule())
def SqueezeNonUnitDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class SqueezeDimListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 4, 1, 3], torch.float32, True)])
    def forward(self, x):
        return x.squeeze([0, 2])


@register_test_case(module_factory=lambda: SqueezeDimListModule())
def SqueezeDimListModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 1, 3))


class SqueezeBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 1], torch.bool, True)])
    def forward(self, x):
        return x.squeeze(-1)


@register_test_case(module_factory=lambda: SqueezeBoolModule())
def SqueezeBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 1, high=2).to(torch.bool))


class UnsqueezeLeadingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.unsqueeze(0)


@register_test_case(module_factory=lambda: UnsqueezeLeadingModule())
def UnsqueezeLeadingModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class UnsqueezeTrailingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.unsqueeze(x, -1)


@register_test_case(module_factory=lambda: UnsqueezeTrailingModule())
def UnsqueezeTrailingModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class UnsqueezeMiddleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return x.unsqueeze(2)


@register_test_case(module_factory=lambda: UnsqueezeMiddleModule())
def UnsqueezeMiddleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class UnsqueezeNegativeMiddleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        # -2 on a rank-3 input inserts the new dim before the last one.
        return x.unsqueeze(-2)


@register_test_case(module_factory=lambda: UnsqueezeNegativeMiddleModule())
def UnsqueezeNegativeMiddleModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class UnsqueezeRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return x.unsqueeze(0)


@register_test_case(module_factory=lambda: UnsqueezeRank0Module())
def UnsqueezeRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand().to(torch.float64))


class UnsqueezeTwiceInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.unsqueeze(0).unsqueeze(2)


@register_test_case(module_factory=lambda: UnsqueezeTwiceInt32Module())
def UnsqueezeTwiceInt32Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-20, high=20, dtype=torch.int32))


class NoneIndexUnsqueezeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Indexing with None is the subscript spelling of unsqueeze.
        return x[:, None, :, None]


@register_test_case(module_factory=lambda: NoneIndexUnsqueezeModule())
def NoneIndexUnsqueezeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class UnsqueezeSqueezeRoundTripModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.unsqueeze(1).squeeze(1) * 2.0


@register_test_case(module_factory=lambda: UnsqueezeSqueezeRoundTripModule())
def UnsqueezeSqueezeRoundTripModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


# ==============================================================================
# expand / expand_as / broadcast_to


class ExpandUnitDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 4], torch.float32, True)])
    def forward(self, x):
        return x.expand(3, 4)


@register_test_case(module_factory=lambda: ExpandUnitDimModule())
def ExpandUnitDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 4))


class ExpandKeepDimMinusOneModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 1], torch.float32, True)])
    def forward(self, x):
        # -1 keeps the (dynamic) size of that dim.
        return x.expand(-1, 5)


@register_test_case(module_factory=lambda: ExpandKeepDimMinusOneModule())
def ExpandKeepDimMinusOneModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 1))


class ExpandNewLeadingDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3], torch.float32, True)])
    def forward(self, x):
        return x.expand(2, 4, 3)


@register_test_case(module_factory=lambda: ExpandNewLeadingDimsModule())
def ExpandNewLeadingDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3))


class ExpandRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int64, True)])
    def forward(self, x):
        return x.expand(2, 3)


@register_test_case(module_factory=lambda: ExpandRank0Module())
def ExpandRank0Module_int64(module, tu: TestUtils):
    module.forward(tu.randint(high=100))


class ExpandBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 1, -1], torch.bool, True)])
    def forward(self, x):
        return x.expand(-1, 3, -1)


@register_test_case(module_factory=lambda: ExpandBoolModule())
def ExpandBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(2, 1, 4, high=2).to(torch.bool))


class ExpandSizeFromOtherModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, other):
        # The target size is read from another tensor at runtime.
        return x.expand(other.size(0), other.size(1)) * other


@register_test_case(module_factory=lambda: ExpandSizeFromOtherModule())
def ExpandSizeFromOtherModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 1), tu.rand(3, 6))


class ExpandAsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, -1, 1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, like):
        return x.expand_as(like)


@register_test_case(module_factory=lambda: ExpandAsModule())
def ExpandAsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 1), tu.rand(2, 4, 3))


class ExpandAsInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3], torch.int32, True), ([2, 3], torch.int32, True)])
    def forward(self, x, like):
        return x.expand_as(like) + like


@register_test_case(module_factory=lambda: ExpandAsInt32Module())
def ExpandAsInt32Module_static(module, tu: TestUtils):
    module.forward(
        tu.randint(3, high=10, dtype=torch.int32),
        tu.randint(2, 3, high=10, dtype=torch.int32),
    )


class BroadcastToStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 1], torch.float32, True)])
    def forward(self, x):
        return torch.broadcast_to(x, (2, 3, 4))


@register_test_case(module_factory=lambda: BroadcastToStaticModule())
def BroadcastToStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 1))


class BroadcastToDynamicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, 1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, y):
        return x.broadcast_to(x.size(0), x.size(1), y.size(0))


@register_test_case(module_factory=lambda: BroadcastToDynamicModule())
def BroadcastToDynamicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 1), tu.rand(5))


class BroadcastToSameShapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return x.broadcast_to(x.shape)


@register_test_case(module_factory=lambda: BroadcastToSameShapeModule())
def BroadcastToSameShapeModule_float16(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16))


class BroadcastTensorsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, 1], torch.float32, True),
            ([1, -1], torch.float32, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        outs = torch.broadcast_tensors(a, b, c)
        return outs[0], outs[1], outs[2]


@register_test_case(module_factory=lambda: BroadcastTensorsModule())
def BroadcastTensorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 1), tu.rand(1, 4), tu.rand())


# ==============================================================================
# repeat


class RepeatRank2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.repeat(2, 3)


@register_test_case(module_factory=lambda: RepeatRank2Module())
def RepeatRank2Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class RepeatAddLeadingDimsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 2], torch.float32, True)])
    def forward(self, x):
        # More repeat factors than dims prepends new dims.
        return x.repeat(2, 1, 1, 2)


@register_test_case(module_factory=lambda: RepeatAddLeadingDimsModule())
def RepeatAddLeadingDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class RepeatOnesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int64, True)])
    def forward(self, x):
        return x.repeat(1, 1, 1)


@register_test_case(module_factory=lambda: RepeatOnesModule())
def RepeatOnesModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 4, high=100))


class RepeatRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return x.repeat(3, 2)


@register_test_case(module_factory=lambda: RepeatRank0Module())
def RepeatRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class RepeatBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2], torch.bool, True)])
    def forward(self, x):
        return x.repeat(1, 3)


@register_test_case(module_factory=lambda: RepeatBoolModule())
def RepeatBoolModule_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 2, high=2).to(torch.bool))


class RepeatInterleaveIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.repeat_interleave(2, dim=1)


@register_test_case(module_factory=lambda: RepeatInterleaveIntModule())
def RepeatInterleaveIntModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class TileModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int8, True)])
    def forward(self, x):
        # tile with fewer factors than dims pads the factors with leading 1s.
        return torch.tile(x, (2,))


@register_test_case(module_factory=lambda: TileModule())
def TileModule_int8(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, low=-100, high=100, dtype=torch.int8))


# ==============================================================================
# contiguous / movedim


class ContiguousAfterTransposeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.transpose(1, 2).contiguous().view(x.size(0), -1)


@register_test_case(module_factory=lambda: ContiguousAfterTransposeModule())
def ContiguousAfterTransposeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ContiguousNoopModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x.contiguous()


@register_test_case(module_factory=lambda: ContiguousNoopModule())
def ContiguousNoopModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(7, high=100))


class MovedimSingleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 5], torch.float32, True)])
    def forward(self, x):
        return x.movedim(1, -1)


@register_test_case(module_factory=lambda: MovedimSingleModule())
def MovedimSingleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class MovedimListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.movedim(x, [0, 1], [2, 0])


@register_test_case(module_factory=lambda: MovedimListModule())
def MovedimListModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class MoveaxisModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.moveaxis(x, -1, 0)


@register_test_case(module_factory=lambda: MoveaxisModule())
def MoveaxisModule_float64(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4).to(torch.float64))


# ==============================================================================
# Combinations that real models use


class PixelShuffleByReshapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 8, 3, 3], torch.float32, True)])
    def forward(self, x):
        # Depth-to-space with an upscale factor of 2, spelled with views.
        n, c, h, w = x.shape
        r = 2
        y = x.view(n, c // (r * r), r, r, h, w)
        y = y.permute(0, 1, 4, 2, 5, 3)
        return y.reshape(n, c // (r * r), h * r, w * r)


@register_test_case(module_factory=lambda: PixelShuffleByReshapeModule())
def PixelShuffleByReshapeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 8, 3, 3))


class ChannelShuffleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 6, -1, -1], torch.float32, True)])
    def forward(self, x):
        # ShuffleNet's channel shuffle with 3 groups.
        n = x.size(0)
        h = x.size(2)
        w = x.size(3)
        y = x.view(n, 3, 2, h, w).transpose(1, 2).contiguous()
        return y.view(n, 6, h, w)


@register_test_case(module_factory=lambda: ChannelShuffleModule())
def ChannelShuffleModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 2, 3))


class AttentionHeadSplitModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, 8], torch.float32, True)])
    def forward(self, x):
        # [batch, seq, heads * head_dim] -> [batch, heads, seq, head_dim] and back.
        b = x.size(0)
        s = x.size(1)
        heads = x.view(b, s, 2, 4).transpose(1, 2)
        merged = heads.transpose(1, 2).reshape(b, s, 8)
        return heads, merged


@register_test_case(module_factory=lambda: AttentionHeadSplitModule())
def AttentionHeadSplitModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 8))


class BroadcastOuterProductByUnsqueezeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a.unsqueeze(1) * b.unsqueeze(0)


@register_test_case(module_factory=lambda: BroadcastOuterProductByUnsqueezeModule())
def BroadcastOuterProductByUnsqueezeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(3))
