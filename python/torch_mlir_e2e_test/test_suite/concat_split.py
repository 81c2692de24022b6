"""Joining and splitting tensors: cat (and its concat/concatenate aliases),
stack, hstack/vstack/dstack and their spellings with cat, split by a size or
by a list of sizes, tensor_split, chunk and unbind.

Ops that return a list of tensors are tested both by returning the list and
by feeding its pieces into further computation, since backends lower those
two uses differently. Returned lists go through `list(...)`: eager PyTorch
returns a tuple where TorchScript returns a list, and the harness compares
container types.
"""

from typing import List

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# cat


class CatDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.cat([a, b])


@register_test_case(module_factory=lambda: CatDim0Module())
def CatDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4), tu.rand(3, 4))


class CatDim1StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True), ([2, 5], torch.float32, True)])
    def forward(self, a, b):
        return torch.cat([a, b], dim=1)


@register_test_case(module_factory=lambda: CatDim1StaticModule())
def CatDim1StaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 5))


class CatNegativeDimThreeInputsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        return torch.cat((a, b, c), -1)


@register_test_case(module_factory=lambda: CatNegativeDimThreeInputsModule())
def CatNegativeDimThreeInputsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 1), tu.rand(2, 3, 4), tu.rand(2, 3, 2))


class CatSingleTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, a):
        return torch.cat([a], 1)


@register_test_case(module_factory=lambda: CatSingleTensorModule())
def CatSingleTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class CatSameTensorTwiceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, a):
        return torch.cat([a, a, a])


@register_test_case(module_factory=lambda: CatSameTensorTwiceModule())
def CatSameTensorTwiceModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(4, high=100))


class CatInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 2], torch.int32, True), ([-1, 2], torch.int32, True)])
    def forward(self, a, b):
        return torch.cat([a, b], 0)


@register_test_case(module_factory=lambda: CatInt32Module())
def CatInt32Module_dynamic(module, tu: TestUtils):
    module.forward(
        tu.randint(1, 2, low=-9, high=9, dtype=torch.int32),
        tu.randint(3, 2, low=-9, high=9, dtype=torch.int32),
    )


class CatBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return torch.cat([a, b], 1)


@register_test_case(module_factory=lambda: CatBoolModule())
def CatBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(2, 2, high=2).to(torch.bool), tu.randint(2, 3, high=2).to(torch.bool))


class CatFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2], torch.float16, True), ([1, 2], torch.float16, True)])
    def forward(self, a, b):
        return torch.cat([a, b])


@register_test_case(module_factory=lambda: CatFloat16Module())
def CatFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2).to(torch.float16), tu.rand(1, 2).to(torch.float16))


class CatMixedDtypesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # cat promotes its inputs to a common dtype (float32 here).
        return torch.cat([a, b], 1)


@register_test_case(module_factory=lambda: CatMixedDtypesModule())
def CatMixedDtypesModule_promote(module, tu: TestUtils):
    module.forward(tu.randint(3, 2, high=10), tu.rand(3, 3))


class CatRank0UnsqueezedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True), ([], torch.float32, True)])
    def forward(self, a, b):
        # Rank-0 tensors cannot be concatenated until they get a dim.
        return torch.cat([a.unsqueeze(0), b.unsqueeze(0)])


@register_test_case(module_factory=lambda: CatRank0UnsqueezedModule())
def CatRank0UnsqueezedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(), tu.rand())


class ConcatAliasModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, a, b):
        return torch.concat([a, b], dim=-1)


@register_test_case(module_factory=lambda: ConcatAliasModule())
def ConcatAliasModule_float64(module, tu: TestUtils):
    module.forward(tu.rand(2, 3).to(torch.float64), tu.rand(2, 1).to(torch.float64))


class ConcatenateAliasModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 3], torch.float32, True)])
    def forward(self, a, b):
        return torch.concatenate([b, a], 0)


@register_test_case(module_factory=lambda: ConcatenateAliasModule())
def ConcatenateAliasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(4, 3))


class CatListBuiltInLoopModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Concatenate x, 2x, 3x along dim 1 from a list grown in a loop.
        pieces: List[torch.Tensor] = []
        for i in range(3):
            pieces.append(x * float(i + 1))
        return torch.cat(pieces, 1)


@register_test_case(module_factory=lambda: CatListBuiltInLoopModule())
def CatListBuiltInLoopModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class CatAfterComputeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Residual-style feature concatenation.
        return torch.cat([x, torch.relu(x - 0.5), x.exp()], dim=1)


@register_test_case(module_factory=lambda: CatAfterComputeModule())
def CatAfterComputeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class CatRank4ChannelsModule(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([-1, -1, -1, -1], torch.float32, True), ([-1, -1, -1, -1], torch.float32, True)]
    )
    def forward(self, a, b):
        # DenseNet/U-Net style channel concatenation of NCHW maps.
        return torch.cat([a, b], dim=1)


@register_test_case(module_factory=lambda: CatRank4ChannelsModule())
def CatRank4ChannelsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4), tu.rand(2, 1, 4, 4))


# ==============================================================================
# stack and hstack/vstack/dstack


class StackDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.stack([a, b])


@register_test_case(module_factory=lambda: StackDim0Module())
def StackDim0Module_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class StackLastDimModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3], torch.float32, True),
            ([2, 3], torch.float32, True),
            ([2, 3], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        return torch.stack((a, b, c), dim=-1)


@register_test_case(module_factory=lambda: StackLastDimModule())
def StackLastDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3), tu.rand(2, 3))


class StackMiddleDimInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.stack([a, b], 1)


@register_test_case(module_factory=lambda: StackMiddleDimInt64Module())
def StackMiddleDimInt64Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(3, 2, high=100), tu.randint(3, 2, high=100))


class StackRank0Module(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([], torch.float32, True), ([], torch.float32, True), ([], torch.float32, True)]
    )
    def forward(self, a, b, c):
        return torch.stack([a, b, c])


@register_test_case(module_factory=lambda: StackRank0Module())
def StackRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(), tu.rand(), tu.rand())


class StackBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True), ([-1], torch.bool, True)])
    def forward(self, a, b):
        return torch.stack([a, b], 0)


@register_test_case(module_factory=lambda: StackBoolModule())
def StackBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(4, high=2).to(torch.bool), tu.randint(4, high=2).to(torch.bool))


class StackBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2], torch.bfloat16, True), ([2, 2], torch.bfloat16, True)])
    def forward(self, a, b):
        return torch.stack([a, b], 2)


@register_test_case(module_factory=lambda: StackBFloat16Module())
def StackBFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2).to(torch.bfloat16), tu.rand(2, 2).to(torch.bfloat16))


class StackLoopStepsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Collect the trajectory of a simple recurrence, one row per step.
        steps: List[torch.Tensor] = []
        h = x
        for _ in range(4):
            h = torch.tanh(h * 1.5)
            steps.append(h)
        return torch.stack(steps)


@register_test_case(module_factory=lambda: StackLoopStepsModule())
def StackLoopStepsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-1.0, high=1.0))


class HstackModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.hstack([a, b])


@register_test_case(module_factory=lambda: HstackModule())
def HstackModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 2))


class HstackRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        # For vectors hstack joins along dim 0.
        return torch.hstack((a, b))


@register_test_case(module_factory=lambda: HstackRank1Module())
def HstackRank1Module_int64(module, tu: TestUtils):
    module.forward(tu.randint(3, high=10), tu.randint(2, high=10))


class VstackModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.vstack([a, b])


@register_test_case(module_factory=lambda: VstackModule())
def VstackModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4), tu.rand(3, 4))


class VstackRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4], torch.float32, True), ([4], torch.float32, True)])
    def forward(self, a, b):
        # For vectors vstack makes a [2, n] matrix.
        return torch.vstack([a, b])


@register_test_case(module_factory=lambda: VstackRank1Module())
def VstackRank1Module_static(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(4))


class DstackModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.dstack([a, b])


@register_test_case(module_factory=lambda: DstackModule())
def DstackModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3))


class HstackViaCatModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, a, b, bias):
        # Append a bias column: the usual "augment the design matrix" trick.
        ones = torch.ones(a.size(0), 1)
        return torch.cat([a, b, ones], dim=1) + torch.cat([bias, bias[:1]]).unsqueeze(0)


@register_test_case(module_factory=lambda: HstackViaCatModule())
def HstackViaCatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2), tu.rand(3, 1), tu.rand(3))


class VstackViaCatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, header, body):
        return torch.cat([header.unsqueeze(0), body], dim=0)


@register_test_case(module_factory=lambda: VstackViaCatModule())
def VstackViaCatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(2, 4))


# ==============================================================================
# split / tensor_split


class SplitEvenSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6, 3], torch.float32, True)])
    def forward(self, x):
        a, b, c = torch.split(x, 2)
        return a, b, c


@register_test_case(module_factory=lambda: SplitEvenSizeModule())
def SplitEvenSizeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, 3))


class SplitRemainderModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # 7 columns in pieces of 3 leaves a final piece of 1; returned as a list.
        return list(x.split(3, dim=1))


@register_test_case(module_factory=lambda: SplitRemainderModule())
def SplitRemainderModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 7))


class SplitSizesListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        parts = x.split([1, 2, 3], dim=0)
        return parts[0].sum(0) + parts[1].sum(0) - parts[2].sum(0)


@register_test_case(module_factory=lambda: SplitSizesListModule())
def SplitSizesListModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(6, 4))


class SplitWithSizesNegativeDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 5], torch.int64, True)])
    def forward(self, x):
        first, second = torch.split_with_sizes(x, [2, 3], -1)
        return second, first


@register_test_case(module_factory=lambda: SplitWithSizesNegativeDimModule())
def SplitWithSizesNegativeDimModule_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 5, high=1000))


class SplitSizeLargerThanDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # One piece holding the whole dim.
        pieces = x.split(10, 0)
        return pieces[0]


@register_test_case(module_factory=lambda: SplitSizeLargerThanDimModule())
def SplitSizeLargerThanDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class SplitGateActivationsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 8], torch.float32, True)])
    def forward(self, x):
        # GLU-style gating: half the features gate the other half.
        value, gate = x.split(4, dim=-1)
        return value * torch.sigmoid(gate)


@register_test_case(module_factory=lambda: SplitGateActivationsModule())
def SplitGateActivationsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8, low=-2.0, high=2.0))


class SplitBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, -1], torch.bool, True)])
    def forward(self, x):
        top, bottom = x.split(2)
        return top, bottom


@register_test_case(module_factory=lambda: SplitBoolModule())
def SplitBoolModule_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, high=2).to(torch.bool))


class TensorSplitSectionsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([7, 2], torch.float32, True)])
    def forward(self, x):
        # 3 sections of 7 rows: sizes 3, 2, 2.
        return list(torch.tensor_split(x, 3))


@register_test_case(module_factory=lambda: TensorSplitSectionsModule())
def TensorSplitSectionsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(7, 2))


class TensorSplitIndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Cut points 1 and 4 along dim 1.
        return list(x.tensor_split([1, 4], dim=1))


@register_test_case(module_factory=lambda: TensorSplitIndicesModule())
def TensorSplitIndicesModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6))


# ==============================================================================
# chunk / unbind


class ChunkEvenModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        a, b = x.chunk(2, dim=1)
        return a - b


@register_test_case(module_factory=lambda: ChunkEvenModule())
def ChunkEvenModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class ChunkUnevenModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5, 2], torch.float32, True)])
    def forward(self, x):
        # 5 rows in 3 chunks: sizes 2, 2, 1.
        return list(torch.chunk(x, 3))


@register_test_case(module_factory=lambda: ChunkUnevenModule())
def ChunkUnevenModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5, 2))


class ChunkNegativeDimInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int32, True)])
    def forward(self, x):
        chunks = x.chunk(4, -1)
        return chunks[0] + chunks[3]


@register_test_case(module_factory=lambda: ChunkNegativeDimInt32Module())
def ChunkNegativeDimInt32Module_dynamic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 8, low=-100, high=100, dtype=torch.int32))


class ChunkLstmGatesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 12], torch.float32, True)])
    def forward(self, gates):
        # The four LSTM gates packed along the feature dim.
        i, f, g, o = gates.chunk(4, 1)
        c = torch.sigmoid(f) * 0.5 + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(c)


@register_test_case(module_factory=lambda: ChunkLstmGatesModule())
def ChunkLstmGatesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 12, low=-1.0, high=1.0))


class ChunkMoreThanSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True)])
    def forward(self, x):
        # Asking for more chunks than rows yields one chunk per row.
        return list(x.chunk(5))


@register_test_case(module_factory=lambda: ChunkMoreThanSizeModule())
def ChunkMoreThanSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class UnbindDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        a, b, c = x.unbind()
        return a * b + c


@register_test_case(module_factory=lambda: UnbindDim0Module())
def UnbindDim0Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class UnbindDim1ListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return list(torch.unbind(x, 1))


@register_test_case(module_factory=lambda: UnbindDim1ListModule())
def UnbindDim1ListModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class UnbindThenStackModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int64, True)])
    def forward(self, x):
        # unbind along 0 and restack along 2: a permutation in disguise.
        return torch.stack(x.unbind(0), 2)


@register_test_case(module_factory=lambda: UnbindThenStackModule())
def UnbindThenStackModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 4, high=100))


class UnbindLoopSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for row in x.unbind(0):
            acc = acc + row * row
        return acc


@register_test_case(module_factory=lambda: UnbindLoopSumModule())
def UnbindLoopSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class SplitCatRoundTripModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Swap the two halves of the feature dim.
        first, second = x.split([2, x.size(1) - 2], dim=1)
        return torch.cat([second, first], dim=1)


@register_test_case(module_factory=lambda: SplitCatRoundTripModule())
def SplitCatRoundTripModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))
