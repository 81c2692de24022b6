"""In-place ops and aliasing: add_/sub_/mul_/div_, clamp_, copy_, fill_,
zero_, index_put_ and subscript assignment, in-place activations, and views
whose mutation must show through their aliases (mutate a view and return the
base, mutate the base and return the view, views of views).

Most tests mutate a clone made inside `forward`, so that the observable
result is the returned value; a few mutate an argument or a buffer directly,
which is the case importers have to turn into explicit copies.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# Arithmetic in-place ops


class AddInplaceTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        out = x.clone()
        out.add_(y)
        return out


@register_test_case(module_factory=lambda: AddInplaceTensorModule())
def AddInplaceTensorModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class AddInplaceAlphaBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True), ([3], torch.float32, True)])
    def forward(self, x, y):
        out = x.clone()
        out.add_(y, alpha=-2.0)
        return out


@register_test_case(module_factory=lambda: AddInplaceAlphaBroadcastModule())
def AddInplaceAlphaBroadcastModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(3))


class AddInplaceScalarInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        out = x.clone()
        out.add_(7)
        return out


@register_test_case(module_factory=lambda: AddInplaceScalarInt64Module())
def AddInplaceScalarInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, high=100))


class AddInplaceOnArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        # Mutates the caller's tensor; the result is the mutated argument.
        x.add_(y)
        return x


@register_test_case(module_factory=lambda: AddInplaceOnArgumentModule())
def AddInplaceOnArgumentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3))


class SubInplaceBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, 1], torch.float32, True)])
    def forward(self, x, row_means):
        out = x.clone()
        out.sub_(row_means)
        return out


@register_test_case(module_factory=lambda: SubInplaceBroadcastModule())
def SubInplaceBroadcastModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 1))


class MulInplaceTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, scale):
        out = x.clone()
        out.mul_(scale)
        return out


@register_test_case(module_factory=lambda: MulInplaceTensorModule())
def MulInplaceTensorModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(4))


class MulInplaceScalarInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 3], torch.int32, True)])
    def forward(self, x):
        out = x.clone()
        out.mul_(-3)
        return out


@register_test_case(module_factory=lambda: MulInplaceScalarInt32Module())
def MulInplaceScalarInt32Module_static(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=-100, high=100, dtype=torch.int32))


class DivInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, x, y):
        out = x.clone()
        out.div_(y)
        return out


@register_test_case(module_factory=lambda: DivInplaceModule())
def DivInplaceModule_float64(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 2).to(torch.float64),
        tu.rand(3, 2, low=0.5, high=2.0).to(torch.float64),
    )


class InplaceChainModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # In-place ops return self, so they chain on the same storage.
        out = x.clone()
        out.add_(1.0).mul_(3.0).sub_(0.5)
        return out


@register_test_case(module_factory=lambda: InplaceChainModule())
def InplaceChainModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))


class InplaceInLoopModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        acc = torch.zeros_like(x)
        for i in range(4):
            acc.mul_(0.5)
            acc.add_(x, alpha=float(i))
        return acc


@register_test_case(module_factory=lambda: InplaceInLoopModule())
def InplaceInLoopModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6))


class InplaceThenReadArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Later reads of the argument must see the mutation.
        x.mul_(2.0)
        return x + 1.0, x.sum()


@register_test_case(module_factory=lambda: InplaceThenReadArgumentModule())
def InplaceThenReadArgumentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3))


# ==============================================================================
# clamp_ / activations in place


class ClampInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.clamp_(-0.5, 0.5)
        return out


@register_test_case(module_factory=lambda: ClampInplaceModule())
def ClampInplaceModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class ClampMinInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 5], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.clamp_min_(0.25)
        return out


@register_test_case(module_factory=lambda: ClampMinInplaceModule())
def ClampMinInplaceModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class ClampMaxInplaceInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        out = x.clone()
        out.clamp_max_(10)
        return out


@register_test_case(module_factory=lambda: ClampMaxInplaceInt64Module())
def ClampMaxInplaceInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=-5, high=20))


class ClampInplaceTensorBoundsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, low, high):
        out = x.clone()
        out.clamp_(min=low, max=high)
        return out


@register_test_case(module_factory=lambda: ClampInplaceTensorBoundsModule())
def ClampInplaceTensorBoundsModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4, high=0.4), tu.rand(4, low=0.6))


class ReluUnderscoreOnCloneModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        torch.relu_(out)
        return out


@register_test_case(module_factory=lambda: ReluUnderscoreOnCloneModule())
def ReluUnderscoreOnCloneModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class NnReluInplaceAliasesInputModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.ReLU(inplace=True)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        y = x * 2.0 - 1.0
        z = self.act(y)
        # `z` and `y` are the same tensor after an in-place activation.
        return y, z


@register_test_case(module_factory=lambda: NnReluInplaceAliasesInputModule())
def NnReluInplaceAliasesInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3))


class TanhSigmoidInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        a2 = a.clone()
        b2 = b.clone()
        a2.tanh_()
        b2.sigmoid_()
        return a2 * b2


@register_test_case(module_factory=lambda: TanhSigmoidInplaceModule())
def TanhSigmoidInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-2.0, high=2.0), tu.rand(5, low=-2.0, high=2.0))


class LogicalNotInplaceBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        out = x.clone()
        out.logical_not_()
        return out


@register_test_case(module_factory=lambda: LogicalNotInplaceBoolModule())
def LogicalNotInplaceBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool))


# ==============================================================================
# copy_ / fill_ / zero_


class CopyInplaceSameShapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = torch.zeros(x.size(0), x.size(1))
        out.copy_(x)
        return out


@register_test_case(module_factory=lambda: CopyInplaceSameShapeModule())
def CopyInplaceSameShapeModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class CopyInplaceBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4], torch.float32, True)])
    def forward(self, row):
        # copy_ broadcasts the source to the destination's shape.
        out = torch.ones(3, 4)
        out.copy_(row)
        return out


@register_test_case(module_factory=lambda: CopyInplaceBroadcastModule())
def CopyInplaceBroadcastModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4))


class CopyInplaceFloatToIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The destination dtype wins; floats are truncated toward zero.
        out = torch.zeros(x.size(0), x.size(1), dtype=torch.int64)
        out.copy_(x * 10.0)
        return out


@register_test_case(module_factory=lambda: CopyInplaceFloatToIntModule())
def CopyInplaceFloatToIntModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class CopyInplaceIntToFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        out = torch.zeros(x.size(0), dtype=torch.float16)
        out.copy_(x)
        return out


@register_test_case(module_factory=lambda: CopyInplaceIntToFloat16Module())
def CopyInplaceIntToFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=-50, high=50, dtype=torch.int32))


class CopyInplaceIntoSliceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, 2], torch.float32, True)])
    def forward(self, x, y):
        out = x.clone()
        out[:, 1:3].copy_(y)
        return out


@register_test_case(module_factory=lambda: CopyInplaceIntoSliceModule())
def CopyInplaceIntoSliceModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 2))


class CopyInplaceIntoArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, dst, src):
        dst.copy_(src.t())
        return dst


@register_test_case(module_factory=lambda: CopyInplaceIntoArgumentModule())
def CopyInplaceIntoArgumentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(3, 2))


class FillInplaceScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.fill_(3.5)
        return out


@register_test_case(module_factory=lambda: FillInplaceScalarModule())
def FillInplaceScalarModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5))


class FillInplaceRank0TensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([], torch.int64, True)])
    def forward(self, x, value):
        out = x.clone()
        out.fill_(value)
        return out


@register_test_case(module_factory=lambda: FillInplaceRank0TensorModule())
def FillInplaceRank0TensorModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(3, 2, high=10), tu.randint(low=100, high=200))


class FillInplaceSliceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5, 3], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out[1:4:2].fill_(-1.0)
        return out


@register_test_case(module_factory=lambda: FillInplaceSliceModule())
def FillInplaceSliceModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class FillInplaceBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        out = x.clone()
        out[0].fill_(True)
        return out


@register_test_case(module_factory=lambda: FillInplaceBoolModule())
def FillInplaceBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).to(torch.bool))


class ZeroInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.zero_()
        return out


@register_test_case(module_factory=lambda: ZeroInplaceModule())
def ZeroInplaceModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 2))


class ZeroInplaceColumnModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        out = x.clone()
        out[:, -1].zero_()
        return out


@register_test_case(module_factory=lambda: ZeroInplaceColumnModule())
def ZeroInplaceColumnModule_int32(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=1, high=10, dtype=torch.int32))


# ==============================================================================
# index_put_ and subscript assignment


class IndexPutInplaceModule(torch.nn.Module):
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
        out = x.clone()
        out.index_put_((rows,), values)
        return out


@register_test_case(module_factory=lambda: IndexPutInplaceModule())
def IndexPutInplaceModule_dynamic(module, tu: TestUtils):
    # Distinct rows, so the result does not depend on write order.
    module.forward(tu.rand(5, 2), tu.rand(5).argsort()[:3], tu.rand(3, 2))


class IndexPutInplaceAccumulateModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([4, 4], torch.float32, True),
            ([6], torch.int64, True),
            ([6], torch.int64, True),
            ([6], torch.float32, True),
        ]
    )
    def forward(self, x, rows, cols, values):
        out = x.clone()
        out.index_put_((rows, cols), values, accumulate=True)
        return out


@register_test_case(module_factory=lambda: IndexPutInplaceAccumulateModule())
def IndexPutInplaceAccumulateModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 4), tu.randint(6, high=4), tu.randint(6, high=4), tu.rand(6))


class SetItemIndexTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, rows):
        out = x.clone()
        out[rows] = 0.0
        return out


@register_test_case(module_factory=lambda: SetItemIndexTensorModule())
def SetItemIndexTensorModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.randint(3, high=5))


class SetItemSliceScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        out = x.clone()
        out[1:3] = -1
        return out


@register_test_case(module_factory=lambda: SetItemSliceScalarModule())
def SetItemSliceScalarModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, high=100))


class SetItemColumnFromTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, column):
        out = x.clone()
        out[:, 0] = column
        return out


@register_test_case(module_factory=lambda: SetItemColumnFromTensorModule())
def SetItemColumnFromTensorModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.rand(4))


class SetItemElementModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 3], torch.float32, True), ([], torch.float32, True)])
    def forward(self, x, value):
        out = x.clone()
        out[1, 2] = value
        out[-1, 0] = 9.0
        return out


@register_test_case(module_factory=lambda: SetItemElementModule())
def SetItemElementModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 3), tu.rand())


class MaskedFillInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.masked_fill_(out > 0.5, 0.5)
        return out


@register_test_case(module_factory=lambda: MaskedFillInplaceModule())
def MaskedFillInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ScatterAddInplaceModule(torch.nn.Module):
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
        out = x.clone()
        out.scatter_add_(1, index, src)
        return out


@register_test_case(module_factory=lambda: ScatterAddInplaceModule())
def ScatterAddInplaceModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.randint(2, 5, high=3), tu.rand(2, 5))


class IndexAddInplaceInt64Module(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([-1], torch.int64, True), ([-1], torch.int64, True), ([-1], torch.int64, True)]
    )
    def forward(self, x, index, src):
        out = x.clone()
        out.index_add_(0, index, src)
        return out


@register_test_case(module_factory=lambda: IndexAddInplaceInt64Module())
def IndexAddInplaceInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, high=10), tu.randint(7, high=4), tu.randint(7, high=10))


# ==============================================================================
# Views: mutate the view, observe the base


class MutateViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        flat = base.view(-1)
        flat.mul_(2.0)
        return base


@register_test_case(module_factory=lambda: MutateViewReturnBaseModule())
def MutateViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class MutateTransposeViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        base = x.clone()
        # y has the transposed shape; the add lands in base's layout.
        base.t().add_(y)
        return base


@register_test_case(module_factory=lambda: MutateTransposeViewReturnBaseModule())
def MutateTransposeViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(3, 2))


class MutateSelectViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        row = base.select(1, 0)
        row.add_(10.0)
        return base


@register_test_case(module_factory=lambda: MutateSelectViewReturnBaseModule())
def MutateSelectViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class MutateNarrowViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 6], torch.int64, True)])
    def forward(self, x):
        base = x.clone()
        base.narrow(1, 2, 3).mul_(-1)
        return base


@register_test_case(module_factory=lambda: MutateNarrowViewReturnBaseModule())
def MutateNarrowViewReturnBaseModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(4, 6, high=100))


class MutateDiagonalViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        base.diagonal().fill_(1.0)
        return base


@register_test_case(module_factory=lambda: MutateDiagonalViewReturnBaseModule())
def MutateDiagonalViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4))


class MutateStridedSliceViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        evens = base[::2]
        evens.copy_(-evens)
        return base


@register_test_case(module_factory=lambda: MutateStridedSliceViewReturnBaseModule())
def MutateStridedSliceViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7))


class MutateViewOfViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        # reshape -> slice -> select: three levels of aliasing.
        inner = base.view(6, 4)[2:5].select(1, 3)
        inner.fill_(0.0)
        return base


@register_test_case(module_factory=lambda: MutateViewOfViewReturnBaseModule())
def MutateViewOfViewReturnBaseModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class MutateUnsqueezeViewReturnBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        base = x.clone()
        # The [1, n] view receives a row of y.
        base.unsqueeze(0).add_(y[0:1])
        return base


@register_test_case(module_factory=lambda: MutateUnsqueezeViewReturnBaseModule())
def MutateUnsqueezeViewReturnBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(2, 4))


class MutateViewOfArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The argument itself is the base of the mutated view.
        x[0].zero_()
        return x


@register_test_case(module_factory=lambda: MutateViewOfArgumentModule())
def MutateViewOfArgumentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


# ==============================================================================
# Views: mutate the base, observe the view


class MutateBaseReturnTransposeViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        view = base.transpose(0, 1)
        base.add_(1.0)
        return view


@register_test_case(module_factory=lambda: MutateBaseReturnTransposeViewModule())
def MutateBaseReturnTransposeViewModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class MutateBaseReturnSliceViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        base = x.clone()
        tail = base[1:]
        base.mul_(y)
        return tail


@register_test_case(module_factory=lambda: MutateBaseReturnSliceViewModule())
def MutateBaseReturnSliceViewModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.rand(4, 3))


class MutateBaseReturnReshapeViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.int32, True)])
    def forward(self, x):
        base = x.clone()
        grid = base.view(2, 3)
        base.fill_(4)
        return grid


@register_test_case(module_factory=lambda: MutateBaseReturnReshapeViewModule())
def MutateBaseReturnReshapeViewModule_int32(module, tu: TestUtils):
    module.forward(tu.randint(6, high=10, dtype=torch.int32))


class MutateBaseReturnExpandViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        # An expanded view shares storage; each row sees the update.
        rows = base.expand(3, base.size(0))
        base.sub_(0.5)
        return rows


@register_test_case(module_factory=lambda: MutateBaseReturnExpandViewModule())
def MutateBaseReturnExpandViewModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4))


class MutateBaseReturnSqueezeViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        squeezed = base.squeeze(0)
        base.clamp_(0.2, 0.8)
        return squeezed


@register_test_case(module_factory=lambda: MutateBaseReturnSqueezeViewModule())
def MutateBaseReturnSqueezeViewModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 6))


class MutateOneViewReturnOverlappingViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        left = base[:, :3]
        right = base[:, 1:]
        # Columns 1 and 2 are shared by both views.
        left.mul_(100.0)
        return right


@register_test_case(module_factory=lambda: MutateOneViewReturnOverlappingViewModule())
def MutateOneViewReturnOverlappingViewModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5))


class MutateViewReturnBaseAndViewModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        col = base[:, 1]
        col.add_(5.0)
        base.mul_(2.0)
        return base, col


@register_test_case(module_factory=lambda: MutateViewReturnBaseAndViewModule())
def MutateViewReturnBaseAndViewModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3))


class AliasAssignmentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        base = x.clone()
        alias = base
        alias.add_(1.0)
        return base - x


@register_test_case(module_factory=lambda: AliasAssignmentModule())
def AliasAssignmentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2))


# ==============================================================================
# Shape-changing in-place ops and module state


class TransposeInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.transpose_(0, 2)
        return out


@register_test_case(module_factory=lambda: TransposeInplaceModule())
def TransposeInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class UnsqueezeInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        out.unsqueeze_(1)
        return out


@register_test_case(module_factory=lambda: UnsqueezeInplaceModule())
def UnsqueezeInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class BufferAccumulateModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("total", torch.zeros(3))

    @export
    @annotate_args([None, ([3], torch.float32, True)])
    def forward(self, x):
        # State carries across calls: the second call sees the first one's update.
        self.total.add_(x)
        return self.total.clone()


@register_test_case(module_factory=lambda: BufferAccumulateModule())
def BufferAccumulateModule_twoCalls(module, tu: TestUtils):
    module.forward(tu.rand(3))
    module.forward(tu.rand(3))


class BufferRunningMeanModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("running_mean", torch.ones(4))

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, batch):
        # The same exponential-average update BatchNorm applies in training.
        self.running_mean.mul_(0.9).add_(batch.mean(0), alpha=0.1)
        return batch - self.running_mean


@register_test_case(module_factory=lambda: BufferRunningMeanModule())
def BufferRunningMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4))
