"""Matrix-product tests: mm, bmm, matmul in all its rank combinations
(1d·1d, 1d·2d, 2d·1d, batched and broadcast batches), F.linear and
nn.Linear (with and without bias), addmm/addbmm/baddbmm with alpha and
beta, einsum equations, outer, dot, mv and linalg.multi_dot.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# mm


class MmFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmFloatModule())
def MmFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5), tu.rand(5, 3))


@register_test_case(module_factory=lambda: MmFloatModule())
def MmFloatModule_vectorShapes(module, tu: TestUtils):
    # The same dynamic module with degenerate (row and column vector) shapes.
    module.forward(tu.rand(1, 7), tu.rand(7, 1))


class MmStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True), ([4, 6], torch.float32, True)])
    def forward(self, a, b):
        return a.mm(b)


@register_test_case(module_factory=lambda: MmStaticModule())
def MmStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0), tu.rand(4, 6, low=-1.0, high=1.0))


class MmFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmFloat64Module())
def MmFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8).double(), tu.rand(8, 2).double())


class MmInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmInt64Module())
def MmInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10), tu.randint(4, 5, low=-10, high=10))


class MmInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1, -1], torch.int32, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmInt32Module())
def MmInt32Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(2, 3, low=-10, high=10, dtype=torch.int32),
        tu.randint(3, 4, low=-10, high=10, dtype=torch.int32),
    )


class MmFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True), ([-1, -1], torch.float16, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmFloat16Module())
def MmFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).half(), tu.rand(4, 3).half())


class MmBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bfloat16, True), ([-1, -1], torch.bfloat16, True)])
    def forward(self, a, b):
        return torch.mm(a, b)


@register_test_case(module_factory=lambda: MmBFloat16Module())
def MmBFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4).to(torch.bfloat16), tu.rand(4, 3).to(torch.bfloat16))


class MmTransposedRhsModule(torch.nn.Module):
    # A transposed (non-contiguous) operand, as in x @ W^T.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.mm(a, b.t())


@register_test_case(module_factory=lambda: MmTransposedRhsModule())
def MmTransposedRhsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6), tu.rand(5, 6))


class MmChainModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        return torch.mm(torch.mm(a, b), c)


@register_test_case(module_factory=lambda: MmChainModule())
def MmChainModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(3, 4), tu.rand(4, 5))


# ==============================================================================
# bmm


class BmmFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.bmm(a, b)


@register_test_case(module_factory=lambda: BmmFloatModule())
def BmmFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 5), tu.rand(3, 5, 2))


class BmmStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True), ([2, 4, 3], torch.float32, True)])
    def forward(self, a, b):
        return a.bmm(b)


@register_test_case(module_factory=lambda: BmmStaticModule())
def BmmStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0), tu.rand(2, 4, 3))


class BmmFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True), ([-1, -1, -1], torch.float64, True)])
    def forward(self, a, b):
        return torch.bmm(a, b)


@register_test_case(module_factory=lambda: BmmFloat64Module())
def BmmFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3).double(), tu.rand(4, 3, 5).double())


class BmmInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.int64, True), ([-1, -1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.bmm(a, b)


@register_test_case(module_factory=lambda: BmmInt64Module())
def BmmInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, 4, low=-5, high=5), tu.randint(2, 4, 3, low=-5, high=5))


class BmmTransposedModule(torch.nn.Module):
    # Q @ K^T in attention: the rhs is a transposed view.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, q, k):
        return torch.bmm(q, k.transpose(1, 2))


@register_test_case(module_factory=lambda: BmmTransposedModule())
def BmmTransposedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 8), tu.rand(2, 6, 8))


# ==============================================================================
# matmul across rank combinations


class Matmul1d1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul1d1dModule())
def Matmul1d1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6), tu.rand(6))


class Matmul1d2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul1d2dModule())
def Matmul1d2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(4, 3))


class Matmul2d1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul2d1dModule())
def Matmul2d1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(5))


class Matmul2d2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul2d2dModule())
def Matmul2d2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4, 5))


class Matmul3d2dModule(torch.nn.Module):
    # The 2-d rhs is shared by every batch entry.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul3d2dModule())
def Matmul3d2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(4, 5))


class Matmul2d3dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul2d3dModule())
def Matmul2d3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(2, 4, 5))


class Matmul3d1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul3d1dModule())
def Matmul3d1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(4))


class Matmul1d3dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul1d3dModule())
def Matmul1d3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(3, 4, 2))


class Matmul3d3dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a @ b


@register_test_case(module_factory=lambda: Matmul3d3dModule())
def Matmul3d3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 4), tu.rand(3, 4, 5))


@register_test_case(module_factory=lambda: Matmul3d3dModule())
def Matmul3d3dModule_broadcastBatch(module, tu: TestUtils):
    # A batch of one on the lhs broadcasts against three on the rhs.
    module.forward(tu.rand(1, 2, 4), tu.rand(3, 4, 5))


class Matmul4d4dBroadcastModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul4d4dBroadcastModule())
def Matmul4d4dBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 1, 3, 4), tu.rand(1, 3, 4, 5))


class Matmul4d3dStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4, 5], torch.float32, True), ([3, 5, 2], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: Matmul4d3dStaticModule())
def Matmul4d3dStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5), tu.rand(3, 5, 2))


class MatmulBatchBroadcastStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 3, 6], torch.float32, True), ([6, 2], torch.float32, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulBatchBroadcastStaticModule())
def MatmulBatchBroadcastStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, 6, low=-1.0, high=1.0), tu.rand(6, 2))


class MatmulFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5, 3], torch.float64, True), ([3, 4], torch.float64, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulFloat64StaticModule())
def MatmulFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5, 3).double(), tu.rand(3, 4).double())


class MatmulInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.matmul(a, b)


@register_test_case(module_factory=lambda: MatmulInt64Module())
def MatmulInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-8, high=8), tu.randint(4, 2, low=-8, high=8))


class Matmul1d1dToFloatModule(torch.nn.Module):
    # A rank-0 dot product returned as a Python float.
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return float(torch.matmul(a, b))


@register_test_case(module_factory=lambda: Matmul1d1dToFloatModule())
def Matmul1d1dToFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=0.5, high=1.0), tu.rand(5, low=0.5, high=1.0))


# ==============================================================================
# F.linear and nn.Linear


class LinearFunctionalBiasModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.linear(x, weight, bias)


@register_test_case(module_factory=lambda: LinearFunctionalBiasModule())
def LinearFunctionalBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6), tu.rand(3, 6), tu.rand(3))


class LinearFunctionalNoBiasModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.linear(x, weight)


@register_test_case(module_factory=lambda: LinearFunctionalNoBiasModule())
def LinearFunctionalNoBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.rand(2, 3))


class LinearFunctional3dInputModule(torch.nn.Module):
    # Leading dims of the input are batch dims (sequence models).
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.linear(x, weight, bias)


@register_test_case(module_factory=lambda: LinearFunctional3dInputModule())
def LinearFunctional3dInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 4), tu.rand(6, 4), tu.rand(6))


class LinearFunctional1dInputModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.linear(x, weight, bias)


@register_test_case(module_factory=lambda: LinearFunctional1dInputModule())
def LinearFunctional1dInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(3, 4), tu.rand(3))


class LinearFunctionalFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([3, 5], torch.float64, True),
            ([2, 5], torch.float64, True),
            ([2], torch.float64, True),
        ]
    )
    def forward(self, x, weight, bias):
        return torch.nn.functional.linear(x, weight, bias)


@register_test_case(module_factory=lambda: LinearFunctionalFloat64StaticModule())
def LinearFunctionalFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5).double(), tu.rand(2, 5).double(), tu.rand(2).double())


class LinearFunctionalBroadcastBiasModule(torch.nn.Module):
    # A rank-0 bias broadcasts to every output feature.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.linear(x, weight, bias)


@register_test_case(module_factory=lambda: LinearFunctionalBroadcastBiasModule())
def LinearFunctionalBroadcastBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(5, 4), tu.rand())


class NnLinearModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(6, 4)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.linear(x)


@register_test_case(module_factory=lambda: NnLinearModule())
def NnLinearModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class NnLinearNoBiasModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(5, 7, bias=False)

    @export
    @annotate_args([None, ([2, 5], torch.float32, True)])
    def forward(self, x):
        return self.linear(x)


@register_test_case(module_factory=lambda: NnLinearNoBiasModule())
def NnLinearNoBiasModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 5))


class NnLinear3dInputModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(8, 3)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.linear(x)


@register_test_case(module_factory=lambda: NnLinear3dInputModule())
def NnLinear3dInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 8))


class NnLinearFloat64Module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(4, 4).double()

    @export
    @annotate_args([None, ([-1, 4], torch.float64, True)])
    def forward(self, x):
        return self.linear(x)


@register_test_case(module_factory=lambda: NnLinearFloat64Module())
def NnLinearFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4).double())


class NnLinearStackModule(torch.nn.Module):
    # Two linears around a nonlinearity, sharing one seeded initialisation.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.first = torch.nn.Linear(6, 10)
        self.second = torch.nn.Linear(10, 2, bias=False)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.second(torch.tanh(self.first(x)))


@register_test_case(module_factory=lambda: NnLinearStackModule())
def NnLinearStackModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


# ==============================================================================
# addmm / addbmm / baddbmm


class AddmmModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b)


@register_test_case(module_factory=lambda: AddmmModule())
def AddmmModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 4), tu.rand(4, 5))


class AddmmAlphaBetaModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b, beta=0.5, alpha=2.0)


@register_test_case(module_factory=lambda: AddmmAlphaBetaModule())
def AddmmAlphaBetaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 6), tu.rand(6, 3))


class AddmmBroadcastBiasModule(torch.nn.Module):
    # The addmm form of a linear layer: a 1-d bias broadcast over rows.
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, bias, a, b):
        return torch.addmm(bias, a, b)


@register_test_case(module_factory=lambda: AddmmBroadcastBiasModule())
def AddmmBroadcastBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(3, 2), tu.rand(2, 4))


class AddmmBetaZeroModule(torch.nn.Module):
    # With beta=0 the input contributes nothing, not even its NaNs.
    @export
    @annotate_args(
        [
            None,
            ([3, 3], torch.float32, True),
            ([3, 4], torch.float32, True),
            ([4, 3], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b, beta=0.0, alpha=1.5)


@register_test_case(module_factory=lambda: AddmmBetaZeroModule())
def AddmmBetaZeroModule_static(module, tu: TestUtils):
    module.forward(torch.full((3, 3), float("nan")), tu.rand(3, 4), tu.rand(4, 3))


class AddmmFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float64, True),
            ([-1, -1], torch.float64, True),
            ([-1, -1], torch.float64, True),
        ]
    )
    def forward(self, inp, a, b):
        return inp.addmm(a, b, alpha=-1.0)


@register_test_case(module_factory=lambda: AddmmFloat64Module())
def AddmmFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2).double(), tu.rand(2, 5).double(), tu.rand(5, 2).double())


class AddmmInt64AlphaBetaModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.int64, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b, beta=3, alpha=2)


@register_test_case(module_factory=lambda: AddmmInt64AlphaBetaModule())
def AddmmInt64AlphaBetaModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 2, low=-5, high=5),
        tu.randint(3, 4, low=-5, high=5),
        tu.randint(4, 2, low=-5, high=5),
    )


class AddbmmModule(torch.nn.Module):
    # addbmm sums the batch of products into one matrix.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addbmm(inp, a, b)


@register_test_case(module_factory=lambda: AddbmmModule())
def AddbmmModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(5, 3, 2), tu.rand(5, 2, 4))


class AddbmmAlphaBetaModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([4], torch.float32, True),
            ([2, 3, 5], torch.float32, True),
            ([2, 5, 4], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.addbmm(inp, a, b, beta=-1.0, alpha=0.25)


@register_test_case(module_factory=lambda: AddbmmAlphaBetaModule())
def AddbmmAlphaBetaModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(2, 3, 5), tu.rand(2, 5, 4))


class BaddbmmModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.baddbmm(inp, a, b)


@register_test_case(module_factory=lambda: BaddbmmModule())
def BaddbmmModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 3, 5), tu.rand(2, 5, 4))


class BaddbmmAlphaBetaModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return inp.baddbmm(a, b, beta=2.0, alpha=0.5)


@register_test_case(module_factory=lambda: BaddbmmAlphaBetaModule())
def BaddbmmAlphaBetaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 2), tu.rand(3, 2, 4), tu.rand(3, 4, 2))


class BaddbmmBroadcastInputModule(torch.nn.Module):
    # The attention-mask pattern: a 1-d bias broadcast over the batch.
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.baddbmm(inp, a, b, beta=1.0, alpha=0.125)


@register_test_case(module_factory=lambda: BaddbmmBroadcastInputModule())
def BaddbmmBroadcastInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6), tu.rand(2, 5, 8), tu.rand(2, 8, 6))


class BaddbmmFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 3], torch.float64, True),
            ([2, 3, 4], torch.float64, True),
            ([2, 4, 3], torch.float64, True),
        ]
    )
    def forward(self, inp, a, b):
        return torch.baddbmm(inp, a, b, beta=0.0)


@register_test_case(module_factory=lambda: BaddbmmFloat64StaticModule())
def BaddbmmFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 3).double(), tu.rand(2, 3, 4).double(), tu.rand(2, 4, 3).double())


# ==============================================================================
# einsum


class EinsumMatmulModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("ij,jk->ik", a, b)


@register_test_case(module_factory=lambda: EinsumMatmulModule())
def EinsumMatmulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4, 5))


class EinsumBatchMatmulModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("bij,bjk->bik", a, b)


@register_test_case(module_factory=lambda: EinsumBatchMatmulModule())
def EinsumBatchMatmulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 4, 5))


class EinsumTransposeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, a):
        return torch.einsum("ij->ji", a)


@register_test_case(module_factory=lambda: EinsumTransposeModule())
def EinsumTransposeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class EinsumOuterModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("i,j->ij", a, b)


@register_test_case(module_factory=lambda: EinsumOuterModule())
def EinsumOuterModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(6))


class EinsumSumAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, a):
        return torch.einsum("ij->", a)


@register_test_case(module_factory=lambda: EinsumSumAllModule())
def EinsumSumAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class EinsumRowSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, a):
        return torch.einsum("ij->i", a)


@register_test_case(module_factory=lambda: EinsumRowSumModule())
def EinsumRowSumModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class EinsumDotModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("i,i->", a, b)


@register_test_case(module_factory=lambda: EinsumDotModule())
def EinsumDotModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7), tu.rand(7))


class EinsumElementwiseModule(torch.nn.Module):
    # Repeated indices kept in the output mean an elementwise product.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("ij,ij->ij", a, b)


@register_test_case(module_factory=lambda: EinsumElementwiseModule())
def EinsumElementwiseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class EinsumBilinearModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, w, y):
        return torch.einsum("bn,anm,bm->ba", x, w, y)


@register_test_case(module_factory=lambda: EinsumBilinearModule())
def EinsumBilinearModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(4, 3, 5), tu.rand(2, 5))


class EinsumEllipsisModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b):
        return torch.einsum("...ij,...jk->...ik", a, b)


@register_test_case(module_factory=lambda: EinsumEllipsisModule())
def EinsumEllipsisModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5), tu.rand(2, 3, 5, 2))


class EinsumAttentionScoresModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4, 5, 8], torch.float32, True), ([2, 4, 6, 8], torch.float32, True)])
    def forward(self, q, k):
        return torch.einsum("bhqd,bhkd->bhqk", q, k)


@register_test_case(module_factory=lambda: EinsumAttentionScoresModule())
def EinsumAttentionScoresModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 5, 8), tu.rand(2, 4, 6, 8))


class EinsumImplicitOutputModule(torch.nn.Module):
    # Without "->" the output holds the indices that appear once, sorted.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.einsum("kj,ji", a, b)


@register_test_case(module_factory=lambda: EinsumImplicitOutputModule())
def EinsumImplicitOutputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4, 2))


class EinsumDiagonalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, a):
        return torch.einsum("ii->i", a)


@register_test_case(module_factory=lambda: EinsumDiagonalModule())
def EinsumDiagonalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4))


class EinsumFloat64BatchOuterModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, a, b):
        return torch.einsum("bi,bj->bij", a, b)


@register_test_case(module_factory=lambda: EinsumFloat64BatchOuterModule())
def EinsumFloat64BatchOuterModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2).double(), tu.rand(3, 4).double())


# ==============================================================================
# outer / dot / mv / multi_dot


class OuterFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.outer(a, b)


@register_test_case(module_factory=lambda: OuterFloatModule())
def OuterFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3), tu.rand(5))


class OuterInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return a.outer(b)


@register_test_case(module_factory=lambda: OuterInt64Module())
def OuterInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, low=-9, high=9), tu.randint(3, low=-9, high=9))


class OuterMixedDtypeModule(torch.nn.Module):
    # int64 x float32 promotes to float32.
    @export
    @annotate_args([None, ([4], torch.int64, True), ([2], torch.float32, True)])
    def forward(self, a, b):
        return torch.outer(a, b)


@register_test_case(module_factory=lambda: OuterMixedDtypeModule())
def OuterMixedDtypeModule_static(module, tu: TestUtils):
    module.forward(tu.randint(4, low=-3, high=3), tu.rand(2))


class DotFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.dot(a, b)


@register_test_case(module_factory=lambda: DotFloatModule())
def DotFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-1.0, high=1.0), tu.rand(8))


class DotInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return a.dot(b)


@register_test_case(module_factory=lambda: DotInt64Module())
def DotInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=-20, high=20), tu.randint(6, low=-20, high=20))


class DotFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.float64, True), ([5], torch.float64, True)])
    def forward(self, a, b):
        return torch.dot(a, b)


@register_test_case(module_factory=lambda: DotFloat64StaticModule())
def DotFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5).double(), tu.rand(5).double())


class MvFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, m, v):
        return torch.mv(m, v)


@register_test_case(module_factory=lambda: MvFloatModule())
def MvFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6), tu.rand(6))


class MvFloat64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 2], torch.float64, True), ([2], torch.float64, True)])
    def forward(self, m, v):
        return m.mv(v)


@register_test_case(module_factory=lambda: MvFloat64StaticModule())
def MvFloat64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 2).double(), tu.rand(2, low=-1.0, high=1.0).double())


class MvInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, m, v):
        return torch.mv(m, v)


@register_test_case(module_factory=lambda: MvInt64Module())
def MvInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, low=-6, high=6), tu.randint(5, low=-6, high=6))


class MultiDotModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        return torch.linalg.multi_dot([a, b, c])


@register_test_case(module_factory=lambda: MultiDotModule())
def MultiDotModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6), tu.rand(6, 3), tu.rand(3, 4))


class MultiDotVectorEndsModule(torch.nn.Module):
    # A 1-d first and last operand turn the chain into a scalar.
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, a, m, b):
        return torch.linalg.multi_dot([a, m, b])


@register_test_case(module_factory=lambda: MultiDotVectorEndsModule())
def MultiDotVectorEndsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3), tu.rand(3, 4), tu.rand(4))
