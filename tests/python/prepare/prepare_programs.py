"""TorchScript programs the preparation tests rewrite (scripting needs a file)."""

from typing import List, Tuple

import torch
from torch import Tensor


def uses_is_nested(x: Tensor) -> Tensor:
    if x.is_nested:
        return x * 2
    return x + 1


def uses_autocast(x: Tensor) -> Tensor:
    if torch.is_autocast_enabled() or torch.is_autocast_cpu_enabled():
        return x.double()
    return x * 3


def uses_device_queries(x: Tensor) -> Tensor:
    if x.is_cuda or x.is_xpu or x.is_mps:
        return x - 1
    return x * x


def uses_is_scripting(x: Tensor) -> Tensor:
    if torch.jit.is_scripting():
        return x + 2
    return x


def arange_start_out(x: Tensor) -> Tuple[Tensor, Tensor]:
    t = torch.empty(0, dtype=x.dtype)
    y = torch.arange(2, 7, out=t)
    return y + x.sum(), t


def arange_end_out(n: int) -> Tensor:
    return torch.arange(n, out=torch.zeros(3, dtype=torch.int64)) * 2


def arange_step_out_then_mutated(x: Tensor) -> Tensor:
    t = torch.ones(4, dtype=torch.float64)
    torch.arange(0.5, 3.0, 0.25, out=t)
    t.add_(x.sum())
    return t


def arange_out_into_argument(t: Tensor) -> Tensor:
    # `t` belongs to the caller, who sees it change: not rewritten.
    torch.arange(3, out=t)
    return t


def conv_any_batch(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return torch.conv2d(x, w, b, [1, 2], [1, 0])


def conv1d_any_batch(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv1d(x, w, None, [1], [2], [2], 2)


def conv3d_any_batch(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv3d(x, w)


def conv_same_padding(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv2d(x, w, None, 1, "same")


def identity_tests(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    a = x * 2 if x is x else x
    b = x + 1 if x is not y else y
    return a, b


def rank_dependent(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    if x.dim() == 3:
        x = x.unsqueeze(1)
        y = x
    # After the fold `y is x` compares one value with itself.
    if y is x:
        return x * 2, y
    return x + y.sum(), y
