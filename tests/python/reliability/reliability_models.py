"""Modules the reliability tests script (scripting needs their source in a file).

Module names under tests/python must be unique across directories (pytest's
default import mode puts each test directory on sys.path), hence the prefix.
"""

import enum

import torch


class Tanh(torch.nn.Module):
    """The normal model every bad-input case is followed by."""

    def forward(self, x):
        return torch.tanh(x)


class Mm(torch.nn.Module):
    def forward(self, lhs, rhs):
        return torch.mm(lhs, rhs)


class SmallNet(torch.nn.Module):
    """A weight above the 4 KiB dense-literal limit (a dense_resource blob),
    a small one (a dense literal), a submodule, and non-tensor attributes:
    what a leak would most likely hang on."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(40, 40)
        self.scale = torch.full((40,), 0.5)
        self.steps = 2
        self.names = ["a", "b"]

    def forward(self, x):
        # No loop: the torch backend pipeline cannot refine the shape of a
        # tensor carried through a prim.Loop.
        x = torch.tanh(self.linear(x)) * self.scale
        return x + float(self.steps)


class Holder(torch.nn.Module):
    """Holds whatever attributes it is given; `forward` uses none of them."""

    def __init__(self, **attributes):
        super().__init__()
        for name, value in attributes.items():
            setattr(self, name, value)

    def forward(self, x):
        return x


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Parent(torch.nn.Module):
    """Calls a child module given from outside (e.g. a torch.jit.load'ed one)."""

    def __init__(self, child):
        super().__init__()
        self.child = child

    def forward(self, x):
        return self.child(x) + 1


class ScaleByInt(torch.nn.Module):
    def forward(self, x, n: int):
        return x * n


class Histc(torch.nn.Module):
    """aten.histc has no torch-dialect op: it imports as torch.operator,
    which the torch backend pipeline cannot legalize."""

    def forward(self, x):
        return torch.histc(x)


class Mlp(torch.nn.Module):
    """What a new user compiles first: f32 weights, a batch dim."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(8, 4)

    def forward(self, x):
        return torch.relu(self.linear(x))


class AddTwo(torch.nn.Module):
    def forward(self, x, y):
        return x + y


class NestedLiteral(torch.nn.Module):
    """A rank-2 tensor literal: the core's linalg lowering of aten.tensor of
    a nested list segfaults."""

    def forward(self, x):
        return x + torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)


class DoublingUntilLarge(torch.nn.Module):
    """A loop that exits early: the core compiles it as a counted loop of
    2**63 - 1 iterations that ignores the break."""

    def forward(self, x):
        y = x
        for _ in range(20):
            if bool(y.norm() > 10.0):
                break
            y = y * 2.0
        return y


class FmodOfBroadcastOperands(torch.nn.Module):
    """fmod of a matrix by a row: the core's StableHLO lowering aborts on it."""

    def forward(self, a, b):
        return torch.fmod(a, b)


class DequantizedMatmul(torch.nn.Module):
    """A matmul of a dequantized tensor: the core's torch-fuse-quantized-ops
    pass segfaults on it (linalg-on-tensors and TOSA)."""

    def forward(self, a, b):
        return torch.quantize_per_tensor(a, 0.02, 0, torch.qint8).dequantize().mm(b)
