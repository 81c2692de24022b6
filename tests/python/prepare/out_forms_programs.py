"""Programs for test_out_forms.py (torch.jit.script needs their source)."""

from typing import Optional, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def add_out(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(a.size(0), a.size(1))
    r = torch.add(a, b, alpha=3, out=o)
    return r, o


def add_out_resized(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.empty(0)
    r = torch.add(a, b, out=o)
    return r, o + 1


def add_out_float64(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(1, dtype=torch.float64)
    r = torch.add(a, b, out=o)
    return r, o


def add_out_int64_raises(a: Tensor, b: Tensor) -> Tensor:
    o = torch.zeros(1, dtype=torch.int64)
    torch.add(a, b, out=o)
    return o


def sum_out(x: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(x.size(1))
    r = torch.sum(x, [0], out=o)
    return r, o


def sum_out_resized_float64(x: Tensor) -> Tensor:
    o = torch.zeros(7, 2, dtype=torch.float64)
    torch.sum(x, [1], keepdim=True, out=o)
    return o


def sum_out_int32(x: Tensor) -> Tensor:
    o = torch.empty(0, dtype=torch.int32)
    torch.sum(x, [0], out=o)
    return o


def mul_out_then_mutated(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.ones(5)
    torch.mul(a, b, out=o)
    o.add_(1.0)
    return o, o * 2


def mul_out_float16(a: Tensor, b: Tensor) -> Tensor:
    o = torch.zeros(a.size(), dtype=torch.float16)
    torch.mul(a, b, out=o)
    return o


def matmul_out(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(1, 1)
    r = torch.matmul(x, y, out=o)
    return r, o.t()


def matmul_out_float64_raises(x: Tensor, y: Tensor) -> Tensor:
    o = torch.zeros(1, 1, dtype=torch.float64)
    torch.matmul(x, y, out=o)
    return o


def cat_out(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(2, 2)
    r = torch.cat([x, y], 0, out=o)
    return r, o


def cat_out_float64(x: Tensor, y: Tensor) -> Tensor:
    o = torch.zeros(2, 2, dtype=torch.float64)
    torch.cat([x, y], 1, out=o)
    return o


def add_out_into_argument(a: Tensor, o: Tensor) -> Tensor:
    torch.add(a, a, out=o)
    return o


def add_out_read_before(a: Tensor) -> Tuple[Tensor, Tensor]:
    o = torch.zeros(3)
    before = o.view(3)
    torch.add(a, a, out=o)
    return o, before


def add_out_self(a: Tensor) -> Tensor:
    o = torch.ones(3)
    torch.add(o, a, out=o)
    return o


def linear_rank4(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.linear(x, w, b)


def linear_rank5_no_bias(x: Tensor, w: Tensor) -> Tensor:
    return F.linear(x, w)


def linear_rank4_optional_bias(x: Tensor, w: Tensor, b: Optional[Tensor]) -> Tensor:
    return F.linear(x, w, b)
