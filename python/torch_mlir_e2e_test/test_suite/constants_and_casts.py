"""Constant allocation and dtype casts.

Covers zeros/ones/full/empty (static sizes and sizes taken from a dynamic
input), the *_like and new_* forms with and without `dtype=`, arange (int and
float, start/step, negative step), linspace, eye, tensor literals, and casts:
`.to(dtype)`, `.to(other)`, `.type_as`, the `.float()/.long()/.int()/.half()/
.double()` shorthands (TorchScript has no `.bool()`, so bool casts use
`.to(torch.bool)`) and round trips between int, float, half and bool dtypes.

`empty` results are always filled or only their shape is used, so tests never
compare uninitialized memory. Casts avoid out-of-range float->int values,
whose result is undefined.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# zeros / ones / full / empty
# ==============================================================================


class ZerosStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        return torch.zeros(3, 4) + x


@register_test_case(module_factory=lambda: ZerosStaticModule())
def ZerosStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ZerosDynamicSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The allocation size comes from a dim that is only known at run time.
        return torch.zeros(x.size(0), 2)


@register_test_case(module_factory=lambda: ZerosDynamicSizeModule())
def ZerosDynamicSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class ZerosIntDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.zeros([2, 3], dtype=torch.int32)


@register_test_case(module_factory=lambda: ZerosIntDtypeModule())
def ZerosIntDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3))


class ZerosRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return torch.zeros([]) + x


@register_test_case(module_factory=lambda: ZerosRank0Module())
def ZerosRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class OnesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ones(x.size(1), x.size(0)) * 3.0


@register_test_case(module_factory=lambda: OnesModule())
def OnesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))


class OnesBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True)])
    def forward(self, x):
        return torch.ones([4], dtype=torch.bool) & x


@register_test_case(module_factory=lambda: OnesBoolModule())
def OnesBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, high=2).to(torch.bool))


class OnesInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2], torch.int8, True)])
    def forward(self, x):
        return torch.ones(2, 2, dtype=torch.int8) + x


@register_test_case(module_factory=lambda: OnesInt8Module())
def OnesInt8Module_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 2, low=-10, high=10, dtype=torch.int8))


class FullFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.full([2, 3], 1.25) - x


@register_test_case(module_factory=lambda: FullFloatModule())
def FullFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class FullIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # An int fill value gives an int64 tensor.
        return torch.full([x.size(0)], 7)


@register_test_case(module_factory=lambda: FullIntModule())
def FullIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(5))


class FullDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.full(x.shape, 2, dtype=torch.float64)


@register_test_case(module_factory=lambda: FullDtypeModule())
def FullDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class FullBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        # TorchScript types a bool fill as int, so the dtype must be explicit.
        return torch.full([3, 3], True, dtype=torch.bool) ^ x


@register_test_case(module_factory=lambda: FullBoolModule())
def FullBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).to(torch.bool))


class EmptyFillModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Overwrite every element before use: empty's contents are undefined.
        return torch.empty(x.size(0), 3).fill_(0.5)


@register_test_case(module_factory=lambda: EmptyFillModule())
def EmptyFillModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2))


class EmptyShapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        e = torch.empty(x.size(2), x.size(0))
        return e.size(0) * 10 + e.size(1)


@register_test_case(module_factory=lambda: EmptyShapeModule())
def EmptyShapeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class EmptyZeroModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.empty([3, 2], dtype=torch.int64).zero_() + x.size(0)


@register_test_case(module_factory=lambda: EmptyZeroModule())
def EmptyZeroModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4))


# ==============================================================================
# *_like and new_* allocations
# ==============================================================================


class ZerosLikeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.zeros_like(x)


@register_test_case(module_factory=lambda: ZerosLikeModule())
def ZerosLikeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class ZerosLikeDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.zeros_like(x, dtype=torch.int64)


@register_test_case(module_factory=lambda: ZerosLikeDtypeModule())
def ZerosLikeDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class ZerosLikeIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.zeros_like(x)


@register_test_case(module_factory=lambda: ZerosLikeIntModule())
def ZerosLikeIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, dtype=torch.int32))


class OnesLikeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ones_like(x) - x


@register_test_case(module_factory=lambda: OnesLikeModule())
def OnesLikeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class OnesLikeBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.ones_like(x)


@register_test_case(module_factory=lambda: OnesLikeBoolModule())
def OnesLikeBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, high=2).to(torch.bool))


class OnesLikeF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float16, True)])
    def forward(self, x):
        return torch.ones_like(x, dtype=torch.float32)


@register_test_case(module_factory=lambda: OnesLikeF16Module())
def OnesLikeF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand().to(torch.float16))


class FullLikeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.full_like(x, -2.5)


@register_test_case(module_factory=lambda: FullLikeModule())
def FullLikeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class FullLikeIntToFloatDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.full_like(x, 0.75, dtype=torch.float64)


@register_test_case(module_factory=lambda: FullLikeIntToFloatDtypeModule())
def FullLikeIntToFloatDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 5))


class FullLikeIntTruncatesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4], torch.int32, True)])
    def forward(self, x):
        # A float fill on an int tensor is converted to the tensor's dtype.
        return torch.full_like(x, 3.0)


@register_test_case(module_factory=lambda: FullLikeIntTruncatesModule())
def FullLikeIntTruncatesModule_static(module, tu: TestUtils):
    module.forward(tu.randint(4, dtype=torch.int32))


class EmptyLikeFillModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.empty_like(x).fill_(4.0) * x


@register_test_case(module_factory=lambda: EmptyLikeFillModule())
def EmptyLikeFillModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class EmptyLikeShapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        e = torch.empty_like(x, dtype=torch.float32)
        return e.size(0) + e.size(1) * 100


@register_test_case(module_factory=lambda: EmptyLikeShapeModule())
def EmptyLikeShapeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 7))


class NewZerosModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        # new_* inherit the dtype of the source tensor.
        return x.new_zeros([2, x.size(1)])


@register_test_case(module_factory=lambda: NewZerosModule())
def NewZerosModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float64))


class NewZerosDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.new_zeros([3], dtype=torch.int64)


@register_test_case(module_factory=lambda: NewZerosDtypeModule())
def NewZerosDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class NewOnesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return x.new_ones([x.size(0), 2])


@register_test_case(module_factory=lambda: NewOnesModule())
def NewOnesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, dtype=torch.int32))


class NewOnesBoolDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.new_ones([2, 2], dtype=torch.bool)


@register_test_case(module_factory=lambda: NewOnesBoolDtypeModule())
def NewOnesBoolDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2))


class NewFullModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.new_full([x.size(1)], 0.5) + x


@register_test_case(module_factory=lambda: NewFullModule())
def NewFullModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class NewEmptyFillModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x.new_empty([2, 3]).fill_(-1)


@register_test_case(module_factory=lambda: NewEmptyFillModule())
def NewEmptyFillModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4))


# ==============================================================================
# arange / linspace / eye / literals
# ==============================================================================


class ArangeEndModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.arange(5)


@register_test_case(module_factory=lambda: ArangeEndModule())
def ArangeEndModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3))


class ArangeStartEndModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.arange(-3, 4) + x.size(0)


@register_test_case(module_factory=lambda: ArangeStartEndModule())
def ArangeStartEndModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2))


class ArangeStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.arange(1, 20, 3)


@register_test_case(module_factory=lambda: ArangeStepModule())
def ArangeStepModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2))


class ArangeNegativeStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.arange(10, 0, -2)


@register_test_case(module_factory=lambda: ArangeNegativeStepModule())
def ArangeNegativeStepModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2))


class ArangeFloatStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Float bounds make a float32 result; the length is ceil((end-start)/step).
        return torch.arange(0.0, 2.0, 0.25)


@register_test_case(module_factory=lambda: ArangeFloatStepModule())
def ArangeFloatStepModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))


class ArangeDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.arange(6, dtype=torch.float64) * 0.5


@register_test_case(module_factory=lambda: ArangeDtypeModule())
def ArangeDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))


class ArangeInt32DtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.arange(2, 12, 2, dtype=torch.int32)


@register_test_case(module_factory=lambda: ArangeInt32DtypeModule())
def ArangeInt32DtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))


class ArangeFromDynamicSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A position index the length of the input's last dim, as in embeddings.
        positions = torch.arange(x.size(1))
        return x * positions


@register_test_case(module_factory=lambda: ArangeFromDynamicSizeModule())
def ArangeFromDynamicSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class ArangeStartFromSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.arange(x.size(0), x.size(0) + 2 * x.size(1), 2)


@register_test_case(module_factory=lambda: ArangeStartFromSizeModule())
def ArangeStartFromSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4))


class LinspaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.linspace(-1.0, 1.0, 5) + x


@register_test_case(module_factory=lambda: LinspaceModule())
def LinspaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class LinspaceSingleStepModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # With steps=1 the result is just `start`.
        return torch.linspace(3.0, 7.0, 1)


@register_test_case(module_factory=lambda: LinspaceSingleStepModule())
def LinspaceSingleStepModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))


class LinspaceDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.linspace(0, 100, 11, dtype=torch.float64)


@register_test_case(module_factory=lambda: LinspaceDtypeModule())
def LinspaceDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))


class LinspaceDescendingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x * torch.linspace(2.0, -2.0, x.size(1))


@register_test_case(module_factory=lambda: LinspaceDescendingModule())
def LinspaceDescendingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 9))


class EyeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.eye(4)


@register_test_case(module_factory=lambda: EyeModule())
def EyeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2))


class EyeRectangularModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.eye(x.size(0), x.size(1)) * x


@register_test_case(module_factory=lambda: EyeRectangularModule())
def EyeRectangularModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class EyeIntDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.eye(3, 2, dtype=torch.int64)


@register_test_case(module_factory=lambda: EyeIntDtypeModule())
def EyeIntDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2))


class EyeBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.eye(x.size(0), dtype=torch.bool)


@register_test_case(module_factory=lambda: EyeBoolModule())
def EyeBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3))


class TensorLiteralModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 3], torch.float32, True)])
    def forward(self, x):
        return x * torch.tensor([1.0, -2.0, 0.5])


@register_test_case(module_factory=lambda: TensorLiteralModule())
def TensorLiteralModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class TensorLiteralIntDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2], torch.int32, True)])
    def forward(self, x):
        return x + torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)


@register_test_case(module_factory=lambda: TensorLiteralIntDtypeModule())
def TensorLiteralIntDtypeModule_static(module, tu: TestUtils):
    module.forward(tu.randint(2, 2, dtype=torch.int32))


class ScalarTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # A rank-0 tensor built from an int that is computed at run time.
        return torch.scalar_tensor(x.size(0) * 2, dtype=torch.float64)


@register_test_case(module_factory=lambda: ScalarTensorModule())
def ScalarTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class TensorBufferConstantModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        # A non-parameter constant tensor carried by the module.
        self.register_buffer("table", torch.tensor([[0.5, 1.5], [2.5, -3.5]]))

    @export
    @annotate_args([None, ([2, 2], torch.float32, True)])
    def forward(self, x):
        return x + self.table


@register_test_case(module_factory=lambda: TensorBufferConstantModule())
def TensorBufferConstantModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2))


# ==============================================================================
# Casts
# ==============================================================================


class CastFloatToInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Float -> int truncates toward zero.
        return x.to(torch.int64)


@register_test_case(module_factory=lambda: CastFloatToInt64Module())
def CastFloatToInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0))


class CastFloatToInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        return x.to(torch.int32)


@register_test_case(module_factory=lambda: CastFloatToInt32Module())
def CastFloatToInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-1000.0, high=1000.0).to(torch.float64))


class CastFloatToInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.int8)


@register_test_case(module_factory=lambda: CastFloatToInt8Module())
def CastFloatToInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-100.0, high=100.0))


class CastFloatToUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.uint8)


@register_test_case(module_factory=lambda: CastFloatToUInt8Module())
def CastFloatToUInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=0.0, high=255.0))


class CastIntToFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.to(torch.float32) / 3.0


@register_test_case(module_factory=lambda: CastIntToFloatModule())
def CastIntToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100, high=100))


class CastInt32ToF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.double()


@register_test_case(module_factory=lambda: CastInt32ToF64Module())
def CastInt32ToF64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=-1000, high=1000, dtype=torch.int32))


class CastFloatToBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.bool)


@register_test_case(module_factory=lambda: CastFloatToBoolModule())
def CastFloatToBoolModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([0.0, -0.0, 0.1, -2.0, 0.0, 1e-30]))


class CastIntToBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # TorchScript has no `Tensor.bool()` shorthand; `.to(torch.bool)` is
        # the scriptable spelling.
        return x.to(torch.bool)


@register_test_case(module_factory=lambda: CastIntToBoolModule())
def CastIntToBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-2, high=3))


class CastBoolToIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return x.long() * 5


@register_test_case(module_factory=lambda: CastBoolToIntModule())
def CastBoolToIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool))


class CastBoolToFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True)])
    def forward(self, x):
        return x.float() - 0.5


@register_test_case(module_factory=lambda: CastBoolToFloatModule())
def CastBoolToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, high=2).to(torch.bool))


class CastFloatToHalfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.half()


@register_test_case(module_factory=lambda: CastFloatToHalfModule())
def CastFloatToHalfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-100.0, high=100.0))


class CastFloatToBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.bfloat16)


@register_test_case(module_factory=lambda: CastFloatToBF16Module())
def CastFloatToBF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-100.0, high=100.0))


class CastHalfToFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float16, True)])
    def forward(self, x):
        return x.float()


@register_test_case(module_factory=lambda: CastHalfToFloatModule())
def CastHalfToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-8.0, high=8.0).to(torch.float16))


class CastBF16ToF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.bfloat16, True)])
    def forward(self, x):
        return x.to(torch.float64)


@register_test_case(module_factory=lambda: CastBF16ToF64Module())
def CastBF16ToF64Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=-8.0, high=8.0).to(torch.bfloat16))


class CastBF16RoundTripModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Rounding to bfloat16 and back loses the low mantissa bits.
        return x.to(torch.bfloat16).to(torch.float32) - x


@register_test_case(module_factory=lambda: CastBF16RoundTripModule())
def CastBF16RoundTripModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=1.0, high=2.0))


class CastF64ToF32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return x.float()


@register_test_case(module_factory=lambda: CastF64ToF32Module())
def CastF64ToF32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float64))


class CastInt64ToInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.int()


@register_test_case(module_factory=lambda: CastInt64ToInt32Module())
def CastInt64ToInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100000, high=100000))


class CastInt32ToInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.long()


@register_test_case(module_factory=lambda: CastInt32ToInt64Module())
def CastInt32ToInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(7, low=-100, high=100, dtype=torch.int32))


class CastInt64ToInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x.to(torch.int8)


@register_test_case(module_factory=lambda: CastInt64ToInt8Module())
def CastInt64ToInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=-128, high=128))


class CastUInt8ToInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.uint8, True)])
    def forward(self, x):
        # Widening an unsigned value must zero-extend (200 stays 200).
        return x.to(torch.int64) - 100


@register_test_case(module_factory=lambda: CastUInt8ToInt64Module())
def CastUInt8ToInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=0, high=256, dtype=torch.uint8))


class CastUInt8ToFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.uint8, True)])
    def forward(self, x):
        return x.float() / 255.0


@register_test_case(module_factory=lambda: CastUInt8ToFloatModule())
def CastUInt8ToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=0, high=256, dtype=torch.uint8))


class CastInt8ToFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True)])
    def forward(self, x):
        # Sign extension: -5 as int8 must become -5.0.
        return x.to(torch.float32)


@register_test_case(module_factory=lambda: CastInt8ToFloatModule())
def CastInt8ToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-128, high=128, dtype=torch.int8))


class CastSameDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A no-op cast followed by arithmetic.
        return x.to(torch.float32) + 1.0


@register_test_case(module_factory=lambda: CastSameDtypeModule())
def CastSameDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class CastRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return x.to(torch.int64)


@register_test_case(module_factory=lambda: CastRank0Module())
def CastRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=-50.0, high=50.0))


class CastToOtherTensorDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.float64, True)])
    def forward(self, x, other):
        return x.to(other.dtype)


@register_test_case(module_factory=lambda: CastToOtherTensorDtypeModule())
def CastToOtherTensorDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-9, high=9), tu.rand(2).to(torch.float64))


class CastToOtherTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.int32, True)])
    def forward(self, x, other):
        return x.to(other)


@register_test_case(module_factory=lambda: CastToOtherTensorModule())
def CastToOtherTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-10.0, high=10.0), tu.randint(3, dtype=torch.int32))


class TypeAsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, x, y):
        return x.type_as(y) + y


@register_test_case(module_factory=lambda: TypeAsModule())
def TypeAsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.randint(3, 4))


class TypeAsHalfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([], torch.float16, True)])
    def forward(self, x, y):
        return x.type_as(y)


@register_test_case(module_factory=lambda: TypeAsHalfModule())
def TypeAsHalfModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(6, low=-100, high=100, dtype=torch.int32),
        tu.rand().to(torch.float16),
    )


class CastChainModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # float -> int -> bool -> float: truncation then a non-zero test.
        return x.long().to(torch.bool).float()


@register_test_case(module_factory=lambda: CastChainModule())
def CastChainModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class CastMultipleOutputsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return x.int(), x.double(), x.half(), x.to(torch.bool)


@register_test_case(module_factory=lambda: CastMultipleOutputsModule())
def CastMultipleOutputsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-3.0, high=3.0))


class CastDtypeKeywordModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.to(dtype=torch.float16)


@register_test_case(module_factory=lambda: CastDtypeKeywordModule())
def CastDtypeKeywordModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, low=-1000, high=1000))
