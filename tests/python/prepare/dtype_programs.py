"""Programs whose dtypes the preparation tests spell out (scripting needs a
file)."""

from typing import Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def aranges(x: Tensor, n: int) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
    return (
        torch.arange(n),
        torch.arange(-2, n),
        torch.arange(1, n, 2),
        torch.arange(x.size(0)) * x.size(0),
        # Float bounds and explicit dtypes are left alone.
        torch.arange(1.0, 3.5),
        torch.arange(n, dtype=torch.int32),
    )


def arange_out(x: Tensor) -> Tuple[Tensor, Tensor, int]:
    t = torch.empty(0, dtype=torch.int64)
    torch.arange(2, 7, out=t)
    u = torch.zeros(4, dtype=torch.float64)
    return t, x + t, u.dtype


def arange_out_default_dtype(x: Tensor) -> Tuple[Tensor, Tensor, int, int]:
    # No dtype: the default dtype; full's comes from its fill value.
    u = torch.empty(0)
    torch.arange(5, out=u)
    return u, x * u, torch.ones(2).dtype, torch.full([2], 3).dtype


def cross_entropy_none(logits: Tensor, target: Tensor) -> Tensor:
    return F.cross_entropy(logits, target, reduction="none")


def to_uint8(x: torch.Tensor) -> torch.Tensor:
    return x.to(torch.uint8) + x.to(torch.uint8, copy=True)
