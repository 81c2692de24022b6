"""TorchScript control flow: if/elif/else on tensor-derived bools and on
sizes, ternaries, early returns, for-loops over `range` with carried tensors
and ints, while-loops, break/continue, nested loops, loops that build lists,
iteration over lists/ModuleLists, and assertions on untaken paths.

Tests whose branch depends on data call `forward` several times with inputs
that take different branches, so every path is checked against the golden
trace.
"""

from typing import List

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# if / elif / else


class IfOnTensorSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        if x.sum() > 0:
            return x * 2.0
        else:
            return -x


@register_test_case(module_factory=lambda: IfOnTensorSumModule())
def IfOnTensorSumModule_bothBranches(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))
    module.forward(tu.rand(2, 3, low=-1.0, high=0.0))


class IfElifElseOnMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        m = x.mean()
        if bool(m < -0.5):
            y = x.abs()
        elif bool(m < 0.5):
            y = x * x
        else:
            y = x.sqrt()
        return y + 1.0


@register_test_case(module_factory=lambda: IfElifElseOnMeanModule())
def IfElifElseOnMeanModule_allBranches(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-2.0, high=-1.0))
    module.forward(tu.rand(5, low=-0.2, high=0.2))
    module.forward(tu.rand(5, low=1.0, high=2.0))


class IfOnSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Tall inputs are transposed so the result is always wide.
        if x.size(0) > x.size(1):
            return x.t().contiguous()
        return x


@register_test_case(module_factory=lambda: IfOnSizeModule())
def IfOnSizeModule_tallAndWide(module, tu: TestUtils):
    module.forward(tu.rand(4, 2))
    module.forward(tu.rand(2, 4))


class IfOnStaticSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        # With a static shape the condition is known at compile time.
        if x.size(1) == 4:
            return x.sum(1)
        return x.sum(0)


@register_test_case(module_factory=lambda: IfOnStaticSizeModule())
def IfOnStaticSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class IfOnRankModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        if x.dim() == 3:
            x = x.flatten(1)
        return x.relu()


@register_test_case(module_factory=lambda: IfOnRankModule())
def IfOnRankModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0))


class IfOnDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # Integer inputs are converted before a float-only op.
        if x.dtype == torch.int64:
            x = x.to(torch.float32)
        return torch.exp(x * 0.1)


@register_test_case(module_factory=lambda: IfOnDtypeModule())
def IfOnDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, high=10))


class IfOnElementComparisonModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        if bool(a[0] > b[0]):
            return a - b, a
        else:
            return b - a, b


@register_test_case(module_factory=lambda: IfOnElementComparisonModule())
def IfOnElementComparisonModule_bothBranches(module, tu: TestUtils):
    module.forward(torch.tensor([3.0, 1.0]), torch.tensor([1.0, 2.0]))
    module.forward(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))


class IfWithAnyAllModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        if bool((x < 0).any()):
            x = x - x.min()
        if bool((x <= 1).all()):
            x = x * 10.0
        return x


@register_test_case(module_factory=lambda: IfWithAnyAllModule())
def IfWithAnyAllModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-0.5, high=0.5))
    module.forward(tu.rand(3, 3, low=0.5, high=2.0))


class IfDifferentShapesPerBranchModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The branches produce tensors of different shapes.
        if x.sum() > 3.0:
            y = x.sum(0)
        else:
            y = x.flatten()
        return y


@register_test_case(module_factory=lambda: IfDifferentShapesPerBranchModule())
def IfDifferentShapesPerBranchModule_bothBranches(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.5, high=1.0))
    module.forward(tu.rand(2, 2, low=0.0, high=0.5))


class NestedIfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        if x.size(0) > 2:
            if bool(x[0] > 0.5):
                out = x[:2]
            else:
                out = x[-2:]
        else:
            out = x * 0.0
        return out


@register_test_case(module_factory=lambda: NestedIfModule())
def NestedIfModule_threePaths(module, tu: TestUtils):
    module.forward(torch.tensor([0.9, 0.1, 0.2, 0.3]))
    module.forward(torch.tensor([0.1, 0.1, 0.2, 0.3]))
    module.forward(torch.tensor([0.7, 0.8]))


class TernaryExpressionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        scale = 2.0 if x.size(0) % 2 == 0 else 0.5
        return x * scale


@register_test_case(module_factory=lambda: TernaryExpressionModule())
def TernaryExpressionModule_evenAndOdd(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))
    module.forward(tu.rand(3, 3))


class IfOnModuleFlagModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.use_residual = True

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        y = torch.tanh(x)
        if self.use_residual:
            y = y + x
        return y


@register_test_case(module_factory=lambda: IfOnModuleFlagModule())
def IfOnModuleFlagModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class IfReturningIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # The branch result is an int derived from the data.
        if bool(x.max() > 0.5):
            n = 1
        else:
            n = 0
        return n


@register_test_case(module_factory=lambda: IfReturningIntModule())
def IfReturningIntModule_bothBranches(module, tu: TestUtils):
    module.forward(tu.rand(4, low=0.6, high=1.0))
    module.forward(tu.rand(4, low=0.0, high=0.4))


# ==============================================================================
# Early return and assertions


class EarlyReturnModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        if x.size(0) == 1:
            return x
        y = x - x.mean()
        if bool(y.abs().max() < 1e-3):
            return y
        return y / y.abs().max()


@register_test_case(module_factory=lambda: EarlyReturnModule())
def EarlyReturnModule_threeExits(module, tu: TestUtils):
    module.forward(tu.rand(1))
    module.forward(torch.tensor([2.0, 2.0, 2.0]))
    module.forward(tu.rand(5))


class EarlyReturnInsideLoopModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Returns the first prefix sum above 1, or the total.
        total = torch.zeros(1)
        for i in range(x.size(0)):
            total = total + x[i]
            if bool(total > 1.0):
                return total
        return total


@register_test_case(module_factory=lambda: EarlyReturnInsideLoopModule())
def EarlyReturnInsideLoopModule_bothExits(module, tu: TestUtils):
    module.forward(tu.rand(6))
    module.forward(tu.rand(3, low=0.0, high=0.2))


class AssertOnShapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        assert a.size(1) == b.size(0), "inner dims must match"
        return a.matmul(b)


@register_test_case(module_factory=lambda: AssertOnShapeModule())
def AssertOnShapeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(3, 4))


class RaiseInUntakenBranchModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        if x.size(0) == 0:
            raise ValueError("empty input")
        return x.cumsum(0)


@register_test_case(module_factory=lambda: RaiseInUntakenBranchModule())
def RaiseInUntakenBranchModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4))


# ==============================================================================
# for-loops over range


class ForLoopConstantTripCountModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        y = x
        for _ in range(3):
            y = y * 0.5 + x
        return y


@register_test_case(module_factory=lambda: ForLoopConstantTripCountModule())
def ForLoopConstantTripCountModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ForLoopSizeTripCountModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Row-wise running maximum, one row per iteration.
        best = x[0]
        for i in range(1, x.size(0)):
            best = torch.maximum(best, x[i])
        return best


@register_test_case(module_factory=lambda: ForLoopSizeTripCountModule())
def ForLoopSizeTripCountModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class ForLoopUsesIndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Horner evaluation of 1 + 2t + 3t^2 + 4t^3.
        acc = torch.zeros_like(x)
        for i in range(4, 0, -1):
            acc = acc * x + float(i)
        return acc


@register_test_case(module_factory=lambda: ForLoopUsesIndexModule())
def ForLoopUsesIndexModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-1.0, high=1.0))


class ForLoopTwoCarriedValuesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        # Fibonacci-style recurrence over tensors.
        a = x
        b = x * 2.0
        for _ in range(5):
            a, b = b, a + b
        return a, b


@register_test_case(module_factory=lambda: ForLoopTwoCarriedValuesModule())
def ForLoopTwoCarriedValuesModule_float64(module, tu: TestUtils):
    module.forward(tu.rand(4).to(torch.float64))


class ForLoopCarriedIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # Counts positive entries with a Python int carried through the loop.
        count = 0
        for i in range(x.size(0)):
            if bool(x[i] > 0):
                count += 1
        return count


@register_test_case(module_factory=lambda: ForLoopCarriedIntModule())
def ForLoopCarriedIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=-5, high=5))


class ForLoopDataDependentTripCountModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([], torch.int64, True)])
    def forward(self, x, steps):
        y = x
        for _ in range(int(steps)):
            y = torch.sin(y) + x
        return y


@register_test_case(module_factory=lambda: ForLoopDataDependentTripCountModule())
def ForLoopDataDependentTripCountModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), torch.tensor(3))
    module.forward(tu.rand(4), torch.tensor(0))


class ForLoopBreakModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Doubling until the norm exceeds 10, at most 20 times.
        y = x
        for _ in range(20):
            if bool(y.norm() > 10.0):
                break
            y = y * 2.0
        return y


@register_test_case(module_factory=lambda: ForLoopBreakModule())
def ForLoopBreakModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, low=0.1, high=1.0))


class ForLoopContinueModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Sums only the even-indexed rows.
        acc = torch.zeros(x.size(1))
        for i in range(x.size(0)):
            if i % 2 == 1:
                continue
            acc = acc + x[i]
        return acc


@register_test_case(module_factory=lambda: ForLoopContinueModule())
def ForLoopContinueModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class NestedForLoopsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Lower-triangular prefix sums written element by element.
        out = torch.zeros_like(x)
        for i in range(x.size(0)):
            for j in range(i + 1):
                out[i] = out[i] + x[j]
        return out


@register_test_case(module_factory=lambda: NestedForLoopsModule())
def NestedForLoopsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class NestedLoopsIntArithmeticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        total = 0
        for i in range(x.size(0)):
            for j in range(x.size(1)):
                total += (i + 1) * (j + 2)
        return x * float(total)


@register_test_case(module_factory=lambda: NestedLoopsIntArithmeticModule())
def NestedLoopsIntArithmeticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class LoopWithInplaceUpdateModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        out = x.clone()
        for i in range(1, out.size(0)):
            out[i] += out[i - 1]
        return out


@register_test_case(module_factory=lambda: LoopWithInplaceUpdateModule())
def LoopWithInplaceUpdateModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6))


# ==============================================================================
# while-loops


class WhileLoopCounterModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        i = 0
        y = x
        while i < 4:
            y = y + float(i) * x
            i += 1
        return y


@register_test_case(module_factory=lambda: WhileLoopCounterModule())
def WhileLoopCounterModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class WhileLoopTensorConditionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Repeated halving until every entry is below 0.1; terminates for finite x.
        y = x.abs() + 1.0
        steps = 0
        while bool(y.max() >= 0.1):
            y = y * 0.5
            steps += 1
        return y, steps


@register_test_case(module_factory=lambda: WhileLoopTensorConditionModule())
def WhileLoopTensorConditionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, high=10.0))


class WhileLoopNewtonSqrtModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, a):
        # Newton iterations for sqrt(a), stopping on a small update.
        x = a.clone()
        it = 0
        while it < 50:
            nxt = 0.5 * (x + a / x)
            done = bool((nxt - x).abs().max() < 1e-12)
            x = nxt
            it += 1
            if done:
                break
        return x


@register_test_case(module_factory=lambda: WhileLoopNewtonSqrtModule())
def WhileLoopNewtonSqrtModule_float64(module, tu: TestUtils):
    module.forward(tu.rand(4, low=1.0, high=9.0).to(torch.float64))


class WhileLoopIntCollatzModule(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int64, True)])
    def forward(self, n):
        # Integer-only loop on a value read out of a tensor.
        value = int(n)
        steps = 0
        while value != 1:
            if value % 2 == 0:
                value = value // 2
            else:
                value = 3 * value + 1
            steps += 1
        return torch.tensor(steps)


@register_test_case(module_factory=lambda: WhileLoopIntCollatzModule())
def WhileLoopIntCollatzModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor(27))
    module.forward(tu.randint(low=1, high=50))


# ==============================================================================
# Loops over and into lists


class LoopBuildListStackModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        powers: List[torch.Tensor] = []
        p = torch.ones_like(x)
        for _ in range(4):
            powers.append(p)
            p = p * x
        return torch.stack(powers, dim=1)


@register_test_case(module_factory=lambda: LoopBuildListStackModule())
def LoopBuildListStackModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3))


class LoopBuildListReturnListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        outs: List[torch.Tensor] = []
        for i in range(x.size(0)):
            outs.append(x[i] * float(i))
        return outs


@register_test_case(module_factory=lambda: LoopBuildListReturnListModule())
def LoopBuildListReturnListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2))


class LoopBuildIntListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        # Reverse the shape with an int list built in a loop.
        dims: List[int] = []
        for d in range(x.dim() - 1, -1, -1):
            dims.append(d)
        return x.permute(dims)


@register_test_case(module_factory=lambda: LoopBuildIntListModule())
def LoopBuildIntListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class LoopOverUnbindWithEnumerateModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for i, row in enumerate(x.unbind(0)):
            acc = acc + row * float(i + 1)
        return acc


@register_test_case(module_factory=lambda: LoopOverUnbindWithEnumerateModule())
def LoopOverUnbindWithEnumerateModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class LoopZipTwoListsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 6], torch.float32, True), ([-1, 6], torch.float32, True)])
    def forward(self, a, b):
        out: List[torch.Tensor] = []
        for pa, pb in zip(a.chunk(3, 1), b.chunk(3, 1)):
            out.append(pa * pb)
        return torch.cat(out, 1)


@register_test_case(module_factory=lambda: LoopZipTwoListsModule())
def LoopZipTwoListsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6), tu.rand(2, 6))


class LoopOverModuleListModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.layers = torch.nn.ModuleList([torch.nn.Linear(4, 4) for _ in range(3)])

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        # Loops over a ModuleList are unrolled by TorchScript.
        for layer in self.layers:
            x = torch.relu(layer(x)) + x
        return x


@register_test_case(module_factory=lambda: LoopOverModuleListModule())
def LoopOverModuleListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))


class LoopOverIntListAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.shifts: List[int] = [1, -2, 3]

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        acc = x
        for s in self.shifts:
            acc = acc + x.roll(s, 0)
        return acc


@register_test_case(module_factory=lambda: LoopOverIntListAttributeModule())
def LoopOverIntListAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class LoopWithConditionalAppendModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Keeps rows whose mean exceeds 0.5; the output length depends on data.
        kept: List[torch.Tensor] = []
        for i in range(x.size(0)):
            if bool(x[i].mean() > 0.5):
                kept.append(x[i])
        if len(kept) == 0:
            return torch.zeros(0, x.size(1))
        return torch.stack(kept)


@register_test_case(module_factory=lambda: LoopWithConditionalAppendModule())
def LoopWithConditionalAppendModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, 3))


class RnnStyleUnrollModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.w_in = torch.nn.Parameter(torch.randn(3, 4) * 0.5)
        self.w_h = torch.nn.Parameter(torch.randn(4, 4) * 0.5)

    @export
    @annotate_args([None, ([-1, -1, 3], torch.float32, True)])
    def forward(self, seq):
        # seq: [time, batch, features]; hand-written Elman RNN.
        h = torch.zeros(seq.size(1), 4)
        outs: List[torch.Tensor] = []
        for t in range(seq.size(0)):
            h = torch.tanh(seq[t].mm(self.w_in) + h.mm(self.w_h))
            outs.append(h)
        return torch.stack(outs), h


@register_test_case(module_factory=lambda: RnnStyleUnrollModule())
def RnnStyleUnrollModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, 3))
