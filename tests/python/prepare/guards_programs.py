"""Programs for test_miscompile_guards.py (TorchScript needs their source in
a file)."""

from typing import List, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def pointwise(x: Tensor, y: Tensor) -> List[Tensor]:
    return [
        F.softshrink(x),
        F.softshrink(x, 0.3),
        torch.maximum(x, y),
        torch.minimum(x, y),
        torch.clamp(x, -0.5, 0.25),
        torch.clamp(x, min=0.0),
    ]


def clamp_ints(x: Tensor) -> List[Tensor]:
    return [torch.clamp(x, 0.5, 4.5), torch.clamp(x, max=2.5), torch.clamp(x, 1, 3)]


def maximum_ints(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.maximum(a, b), torch.minimum(a, b)]


def addmms(inp: Tensor, a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.addmm(inp, a, b, beta=0.0, alpha=1.5), torch.addmm(inp, a, b, beta=0, alpha=1)]


def einsums(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.einsum("kj,ji", a, b), torch.einsum("ij,jk", a, b), torch.einsum("ba", a)]


def rolls(x: Tensor) -> List[Tensor]:
    return [x.roll([2, 7], [0, 1]), x.roll(-5, 0), x.roll([3], [-1]), x.roll(4), x.roll(0, 1)]


def int_modulo(a: int, b: int) -> Tuple[int, int]:
    return a % b, a // b


def conv_same(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.conv2d(x, w, b, padding="same")


def conv_same_dilated(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.conv2d(x, w, b, padding="same", dilation=[1, 3])


def addmm_scaled(inp: Tensor, a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.addmm(inp, a, b, beta=2, alpha=3), torch.addmm(inp, a, b, beta=0.5)]


def wide_scalars(x: Tensor) -> List[Tensor]:
    return [x * 70000.0, x * -1e6, x * 2.0]
