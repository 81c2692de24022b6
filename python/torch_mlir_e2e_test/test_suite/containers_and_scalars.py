"""Containers, module structure and Python scalars in TorchScript programs:
tuples/lists/dicts as results and as module attributes (and, in a few tests,
as arguments), scalar attributes (int/float/bool/str/Final), buffers and
parameters, submodules, helper methods and free functions, and integer/float
scalar arithmetic (size() math, int()/float() conversions, `//`, `%`, math
functions) with multiple return values.

Tests that take a container argument annotate it as `None`: the
TorchScript-to-MLIR configs only feed tensors, so those tests are expected to
fail there while still passing in eager and TorchScript.
"""

import math
from typing import Dict, List, Tuple

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# Containers as results


class ReturnTupleOfTensorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x + 1.0, x * 2.0


@register_test_case(module_factory=lambda: ReturnTupleOfTensorsModule())
def ReturnTupleOfTensorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class ReturnNestedTupleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a - b, (a * b, (a.max(), b.min()))


@register_test_case(module_factory=lambda: ReturnNestedTupleModule())
def ReturnNestedTupleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(4))


class ReturnListOfTensorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return [x.sum(0), x.sum(1), x.sum()]


@register_test_case(module_factory=lambda: ReturnListOfTensorsModule())
def ReturnListOfTensorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ReturnDictOfTensorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        stats: Dict[str, torch.Tensor] = {}
        stats["mean"] = x.mean(1)
        stats["max"] = x.amax(1)
        stats["min"] = x.amin(1)
        return stats


@register_test_case(module_factory=lambda: ReturnDictOfTensorsModule())
def ReturnDictOfTensorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class ReturnDictIntKeysModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        # One entry per dim: the sum over that dim.
        out: Dict[int, torch.Tensor] = {}
        for d in range(x.dim()):
            out[d] = x.sum(d)
        return out


@register_test_case(module_factory=lambda: ReturnDictIntKeysModule())
def ReturnDictIntKeysModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReturnTensorIntFloatBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        rows = x.size(0)
        ratio = float(x.size(1)) / float(rows)
        square = rows == x.size(1)
        return x.t(), rows, ratio, square


@register_test_case(module_factory=lambda: ReturnTensorIntFloatBoolModule())
def ReturnTensorIntFloatBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5))
    module.forward(tu.rand(3, 3))


class ReturnShapeAsListModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return list(x.shape)


@register_test_case(module_factory=lambda: ReturnShapeAsListModule())
def ReturnShapeAsListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class ReturnNumelAndDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.numel(), x.dim(), len(x)


@register_test_case(module_factory=lambda: ReturnNumelAndDimModule())
def ReturnNumelAndDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 1, 4))


class ReturnSameTensorTwiceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Both results alias one value.
        y = torch.exp(x)
        return y, y


@register_test_case(module_factory=lambda: ReturnSameTensorTwiceModule())
def ReturnSameTensorTwiceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5))


class ReturnArgumentAndResultModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x, x + 1


@register_test_case(module_factory=lambda: ReturnArgumentAndResultModule())
def ReturnArgumentAndResultModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, high=10))


class ReturnDifferentDtypesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Top value, its position and a threshold mask in one result.
        values, positions = x.max(dim=1)
        return values, positions, x > 0.5


@register_test_case(module_factory=lambda: ReturnDifferentDtypesModule())
def ReturnDifferentDtypesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


# ==============================================================================
# Containers as arguments (TorchScript-to-MLIR configs only feed tensors)


class ListOfTensorsArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, None])
    def forward(self, xs: List[torch.Tensor]):
        return torch.cat(xs, 0).sum(0)


@register_test_case(module_factory=lambda: ListOfTensorsArgumentModule())
def ListOfTensorsArgumentModule_basic(module, tu: TestUtils):
    module.forward([tu.rand(2, 3), tu.rand(1, 3), tu.rand(4, 3)])


class TupleOfTensorsArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, None, ([-1], torch.float32, True)])
    def forward(self, pair: Tuple[torch.Tensor, torch.Tensor], bias):
        weight, other = pair
        return weight.mv(other) + bias


@register_test_case(module_factory=lambda: TupleOfTensorsArgumentModule())
def TupleOfTensorsArgumentModule_basic(module, tu: TestUtils):
    module.forward((tu.rand(3, 4), tu.rand(4)), tu.rand(3))


class DictOfTensorsArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, None])
    def forward(self, inputs: Dict[str, torch.Tensor]):
        return inputs["query"] * inputs["key"]


@register_test_case(module_factory=lambda: DictOfTensorsArgumentModule())
def DictOfTensorsArgumentModule_basic(module, tu: TestUtils):
    module.forward({"query": tu.rand(2, 3), "key": tu.rand(2, 3)})


class IntListArgumentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), None])
    def forward(self, x, shape: List[int]):
        return x.reshape(shape)


@register_test_case(module_factory=lambda: IntListArgumentModule())
def IntListArgumentModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), [2, 6])


# ==============================================================================
# Attributes


class IntListAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.target_shape: List[int] = [2, -1, 3]

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.reshape(self.target_shape)


@register_test_case(module_factory=lambda: IntListAttributeModule())
def IntListAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class IntTupleAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.swap: Tuple[int, int] = (2, 0)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return x.transpose(self.swap[0], self.swap[1])


@register_test_case(module_factory=lambda: IntTupleAttributeModule())
def IntTupleAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class StrFloatDictAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.coefficients: Dict[str, float] = {"a": 2.0, "b": -0.5}

    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a * self.coefficients["a"] + b * self.coefficients["b"]


@register_test_case(module_factory=lambda: StrFloatDictAttributeModule())
def StrFloatDictAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.rand(4))


class FloatListAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.taps: List[float] = [0.25, 0.5, 0.25]

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # A 3-tap smoothing filter with wrap-around borders.
        out = torch.zeros_like(x)
        for i, w in enumerate(self.taps):
            out = out + w * x.roll(i - 1, 0)
        return out


@register_test_case(module_factory=lambda: FloatListAttributeModule())
def FloatListAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6))


class ScalarAttributesModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.eps = 1e-5
        self.axis = 1
        self.center = True

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        if self.center:
            x = x - x.mean(self.axis, keepdim=True)
        return x / (x.std(self.axis, keepdim=True) + self.eps)


@register_test_case(module_factory=lambda: ScalarAttributesModule())
def ScalarAttributesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class StrAttributeModeModule(torch.nn.Module):
    def __init__(self, mode: str):
        super().__init__()
        self.mode = mode

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        if self.mode == "sum":
            return x.sum(0)
        elif self.mode == "max":
            return x.amax(0)
        return x.mean(0)


@register_test_case(module_factory=lambda: StrAttributeModeModule("sum"))
def StrAttributeModeModule_sum(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


@register_test_case(module_factory=lambda: StrAttributeModeModule("max"))
def StrAttributeModeModule_max(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class FinalConstantAttributeModule(torch.nn.Module):
    # Final attributes become constants when the module is scripted.
    groups: torch.jit.Final[int]

    def __init__(self):
        super().__init__()
        self.groups = 2

    @export
    @annotate_args([None, ([-1, 6], torch.float32, True)])
    def forward(self, x):
        return x.view(x.size(0), self.groups, -1).sum(-1)


@register_test_case(module_factory=lambda: FinalConstantAttributeModule())
def FinalConstantAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class BufferAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("offsets", torch.tensor([1.0, -2.0, 0.5]))
        self.register_buffer("lookup", torch.tensor([3, 1, 4, 1, 5], dtype=torch.int64))

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, idx):
        return x + self.offsets, self.lookup[idx]


@register_test_case(module_factory=lambda: BufferAttributeModule())
def BufferAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.randint(4, high=5))


class ParameterAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.weight = torch.nn.Parameter(torch.randn(4, 3))
        self.bias = torch.nn.Parameter(torch.randn(3))

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return x.matmul(self.weight) + self.bias


@register_test_case(module_factory=lambda: ParameterAttributeModule())
def ParameterAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))


class TensorListAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.prototypes: List[torch.Tensor] = [
            torch.tensor([0.0, 0.0]),
            torch.tensor([1.0, 0.0]),
            torch.tensor([0.0, 1.0]),
        ]

    @export
    @annotate_args([None, ([-1, 2], torch.float32, True)])
    def forward(self, x):
        # Squared distance from each point to each prototype.
        dists: List[torch.Tensor] = []
        for p in self.prototypes:
            dists.append(((x - p) ** 2).sum(1))
        return torch.stack(dists, 1)


@register_test_case(module_factory=lambda: TensorListAttributeModule())
def TensorListAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2))


# ==============================================================================
# Submodules, helper methods and free functions


class _ScaleShift(torch.nn.Module):
    def __init__(self, scale: float, shift: float):
        super().__init__()
        self.scale = scale
        self.shift = shift

    def forward(self, x):
        return x * self.scale + self.shift


class SubmoduleCallModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.first = _ScaleShift(2.0, 1.0)
        self.second = _ScaleShift(-1.0, 0.5)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.second(self.first(x))


@register_test_case(module_factory=lambda: SubmoduleCallModule())
def SubmoduleCallModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3))


class _Residual(torch.nn.Module):
    def __init__(self, inner: torch.nn.Module):
        super().__init__()
        self.inner = inner

    def forward(self, x):
        return x + self.inner(x)


class NestedSubmodulesModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.block = _Residual(
            torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Tanh(), _ScaleShift(0.5, 0.0))
        )

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.block(self.block(x))


@register_test_case(module_factory=lambda: NestedSubmodulesModule())
def NestedSubmodulesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class SequentialContainerModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.net = torch.nn.Sequential(
            torch.nn.Linear(3, 5), torch.nn.ReLU(), torch.nn.Linear(5, 2)
        )

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: SequentialContainerModule())
def SequentialContainerModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class ModuleDictHeadsModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.heads = torch.nn.ModuleDict(
            {"cls": torch.nn.Linear(4, 3), "reg": torch.nn.Linear(4, 1)}
        )

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.heads["cls"](x).softmax(-1), self.heads["reg"](x)


@register_test_case(module_factory=lambda: ModuleDictHeadsModule())
def ModuleDictHeadsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))


class SharedSubmoduleModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.encoder = torch.nn.Linear(3, 3)

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 3], torch.float32, True)])
    def forward(self, a, b):
        # Siamese use: the same weights encode both inputs.
        ea = self.encoder(a)
        eb = self.encoder(b)
        return (ea * eb).sum(1)


@register_test_case(module_factory=lambda: SharedSubmoduleModule())
def SharedSubmoduleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3))


class HelperMethodModule(torch.nn.Module):
    def _normalize(self, x: torch.Tensor, dim: int) -> torch.Tensor:
        return x / torch.sqrt((x * x).sum(dim, keepdim=True))

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # Cosine similarity matrix through a helper method.
        return self._normalize(a, 1).mm(self._normalize(b, 1).t())


@register_test_case(module_factory=lambda: HelperMethodModule())
def HelperMethodModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, low=0.1), tu.rand(3, 4, low=0.1))


class HelperMethodReturningTupleModule(torch.nn.Module):
    def _split_stats(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, int]:
        return x.mean(0), x.var(0), x.size(0)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        mean, var, n = self._split_stats(x)
        return (x - mean) / torch.sqrt(var + 1e-5), n


@register_test_case(module_factory=lambda: HelperMethodReturningTupleModule())
def HelperMethodReturningTupleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class ExportedHelperMethodModule(torch.nn.Module):
    @torch.jit.export
    def double(self, x: torch.Tensor) -> torch.Tensor:
        return x * 2.0

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return self.double(x) + self.double(self.double(x))


@register_test_case(module_factory=lambda: ExportedHelperMethodModule())
def ExportedHelperMethodModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4))


def _soft_clip(x: torch.Tensor, limit: float) -> torch.Tensor:
    return limit * torch.tanh(x / limit)


class FreeFunctionCallModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # TorchScript compiles module-level functions reachable from forward.
        return _soft_clip(x, 2.0) + _soft_clip(x, 0.5)


@register_test_case(module_factory=lambda: FreeFunctionCallModule())
def FreeFunctionCallModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-4.0, high=4.0))


# ==============================================================================
# Integer and float scalar arithmetic


class SizeFloorDivAndModModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        n = x.size(0)
        return n // 3, n % 3, x.size(1) // 2


@register_test_case(module_factory=lambda: SizeFloorDivAndModModule())
def SizeFloorDivAndModModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7, 5))


class NegativeFloorDivAndModModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Python semantics: floor division rounds down, modulo takes the divisor's sign.
        n = -x.size(0)
        return n // 4, n % 4, x.size(0) % -4


@register_test_case(module_factory=lambda: NegativeFloorDivAndModModule())
def NegativeFloorDivAndModModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7))


class IntTrueDivisionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # `/` on two ints is a float.
        ratio = x.size(1) / x.size(0)
        return x * ratio, ratio


@register_test_case(module_factory=lambda: IntTrueDivisionModule())
def IntTrueDivisionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6))


class SizeArithmeticReshapeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        b, h, w = x.size(0), x.size(1), x.size(2)
        half = (h * w) // 2
        return x.reshape(b, 2, half), b * h * w - x.numel()


@register_test_case(module_factory=lambda: SizeArithmeticReshapeModule())
def SizeArithmeticReshapeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class IntMinMaxAbsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        h = x.size(0)
        w = x.size(1)
        side = min(h, w)
        return x[:side, :side], max(h, w), abs(h - w)


@register_test_case(module_factory=lambda: IntMinMaxAbsModule())
def IntMinMaxAbsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class TensorToIntConversionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # int() truncates toward zero, also for negative values.
        total = int(x.sum())
        first = int(x[0])
        return total, first, x * float(total)


@register_test_case(module_factory=lambda: TensorToIntConversionModule())
def TensorToIntConversionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-3.0, high=3.0))


class TensorToFloatConversionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        peak = float(x.abs().max())
        return x / peak, peak


@register_test_case(module_factory=lambda: TensorToFloatConversionModule())
def TensorToFloatConversionModule_float64(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-2.0, high=2.0).to(torch.float64))


class ItemScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([], torch.int64, True)])
    def forward(self, x, k):
        # item() yields a number usable as a scalar operand.
        return x * k.item() + x[0].item()


@register_test_case(module_factory=lambda: ItemScalarModule())
def ItemScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4), tu.randint(low=1, high=5))


class FloatToIntTruncationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        n = x.size(0)
        scaled = n * 0.7
        return int(scaled), int(-scaled), float(int(scaled)) + 0.5


@register_test_case(module_factory=lambda: FloatToIntTruncationModule())
def FloatToIntTruncationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6))


class MathModuleFunctionsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Attention-style scaling by 1/sqrt(d) computed on Python floats.
        d = x.size(1)
        scale = 1.0 / math.sqrt(float(d))
        chunks = math.ceil(x.size(0) / 2)
        levels = math.floor(math.log(float(d), 2.0))
        return x * scale, chunks, levels


@register_test_case(module_factory=lambda: MathModuleFunctionsModule())
def MathModuleFunctionsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 8))


class ScalarToTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        n = torch.tensor(x.size(0))
        mean = torch.tensor(float(x.sum()) / x.numel())
        return n, mean, x - mean


@register_test_case(module_factory=lambda: ScalarToTensorModule())
def ScalarToTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class BoolScalarArithmeticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        tall = x.size(0) > x.size(1)
        wide = x.size(1) > x.size(0)
        return int(tall) + 2 * int(wide), tall or wide, not tall


@register_test_case(module_factory=lambda: BoolScalarArithmeticModule())
def BoolScalarArithmeticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4))
    module.forward(tu.rand(4, 2))


class MixedIntFloatScalarOperandsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        # An int tensor times a float scalar promotes to float32.
        n = x.size(0)
        return x * (n * 0.5), x + n, x // 2


@register_test_case(module_factory=lambda: MixedIntFloatScalarOperandsModule())
def MixedIntFloatScalarOperandsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-10, high=10))


class ScalarLoopAccumulatorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Harmonic and integer sums over the length, then applied to x.
        harmonic = 0.0
        squares = 0
        for i in range(1, x.size(0) + 1):
            harmonic += 1.0 / i
            squares += i * i
        return x * harmonic - float(squares), squares


@register_test_case(module_factory=lambda: ScalarLoopAccumulatorsModule())
def ScalarLoopAccumulatorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4))
