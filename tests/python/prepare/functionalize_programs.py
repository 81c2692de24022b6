"""Programs writing through views, for test_functionalize.py (TorchScript
needs their source in a file)."""

from typing import List, Tuple

import torch
from torch import Tensor


def write_select_row(x: Tensor) -> Tensor:
    base = x.clone()
    base.select(1, 0).add_(10.0)
    return base


def write_negative_select(x: Tensor) -> Tensor:
    out = x.clone()
    out[:, -1].zero_()
    return out


def write_strided_slice(x: Tensor) -> Tensor:
    base = x.clone()
    evens = base[::2]
    evens.copy_(-evens)
    return base


def write_view_of_view(x: Tensor) -> Tensor:
    base = x.clone()
    base.view(6, 4)[2:5].select(1, 3).fill_(0.0)
    return base


def write_transposed(x: Tensor, y: Tensor) -> Tensor:
    base = x.clone()
    base.t().add_(y)
    return base


def write_permuted_and_unsqueezed(x: Tensor, y: Tensor) -> Tensor:
    base = x.clone()
    base.permute(1, 0).unsqueeze(0).mul_(y)
    return base


def write_narrow(x: Tensor) -> Tensor:
    base = x.clone()
    base.narrow(1, 1, 2).mul_(-1)
    return base


def write_base_read_views(x: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    base = x.clone()
    col = base[:, 1]
    flat = base.view(-1)
    rows = base.expand(2, base.size(0), base.size(1))
    base.sub_(0.5)
    return col, flat, rows


def write_overlapping(x: Tensor) -> Tuple[Tensor, Tensor]:
    base = x.clone()
    left = base[:, :3]
    right = base[:, 1:]
    left.mul_(100.0)
    right.add_(1.0)
    return left, base


def write_argument(x: Tensor) -> Tensor:
    x[0].zero_()
    return x


def write_mixed_dtypes(x: Tensor, y: Tensor) -> Tensor:
    # An int tensor written with a float and with a wider int.
    out = x.clone()
    out[0].copy_(y[0])
    out[1:].fill_(7.9)
    out.select(0, 0).add_(3)
    return out


def write_half_from_float(x: Tensor, y: Tensor) -> Tensor:
    out = x.clone()
    out[1].add_(y)
    return out


def set_items(x: Tensor, value: Tensor) -> Tensor:
    out = x.clone()
    out[1, 2] = value
    out[-1, 0] = 9.0
    out[:, 0] = value
    return out


def read_between_writes(x: Tensor) -> List[Tensor]:
    base = x.clone()
    row = base[0]
    before = row * 1.0
    row.add_(1.0)
    middle = base.sum(0)
    base.mul_(3.0)
    return [before, middle, row, base]


# Kept as they are: an alias the analysis cannot follow.


def write_through_reshape(x: Tensor) -> Tensor:
    base = x.clone()
    base.reshape(-1).fill_(1.0)  # a reshape may copy
    return base


def write_in_loop(x: Tensor, n: int) -> Tensor:
    base = x.clone()
    row = base[0]
    for _ in range(n):
        row.add_(1.0)
    return base


def write_after_list(x: Tensor) -> Tensor:
    base = x.clone()
    row = base[0]
    views = [row]
    base.add_(1.0)
    return torch.cat(views)


def write_through_unbind(x: Tensor) -> Tensor:
    base = x.clone()
    first = base.unbind(0)[0]
    first.fill_(2.0)
    return base
