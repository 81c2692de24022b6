"""Small modules the compile-API tests script; scripting needs them in a file."""

import enum

import torch


class TanhModule(torch.nn.Module):
    def forward(self, x):
        return torch.tanh(x)


class MmModule(torch.nn.Module):
    def forward(self, lhs, rhs):
        return torch.mm(lhs, rhs)


class TwoMethods(torch.nn.Module):
    def forward(self, x):
        return x

    def sin(self, x):
        return torch.sin(x)

    def cos(self, x):
        return torch.cos(x)


class ExportedCos(torch.nn.Module):
    def forward(self, x):
        return torch.sin(x)

    @torch.jit.export
    def cos(self, x):
        return torch.cos(x)


class FlattenModule(torch.nn.Module):
    def forward(self, x):
        return torch.flatten(x, 1)


class SmallNet(torch.nn.Module):
    """Linear + ReLU + softmax: enough ops to exercise every backend."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(4, 3)

    def forward(self, x):
        return torch.softmax(torch.relu(self.linear(x)), dim=1)


class ScaleAndAdd(torch.nn.Module):
    """Two inputs with a shared dynamic dim."""

    def forward(self, x, y):
        return 2.0 * x + y


class DictArg(torch.nn.Module):
    def forward(self, x):
        return x


class Unsupported(torch.nn.Module):
    """An op the TorchScript -> torch backend pipeline has no shape function for."""

    def forward(self, x):
        return torch.ops.aten.unique_consecutive(x)[0]


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class EnumMethod(torch.nn.Module):
    """Its compilation unit has a function with an Enum argument: not importable."""

    def forward(self, x):
        return x

    @torch.jit.export
    def paint(self, color: Color) -> int:
        return color.value


class NotScriptable(torch.nn.Module):
    def forward(self, x):
        return x.numpy()


class ComplexAbs(torch.nn.Module):
    """Complex tensors reach the torch backend contract but not TOSA's."""

    def forward(self, x):
        return torch.abs(x)


class UnbatchedConv(torch.nn.Module):
    """A conv whose example input has no batch dim, as eager accepts."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(3, 4, 3)

    def forward(self, x):
        return self.conv(x)
