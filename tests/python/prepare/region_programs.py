"""Programs with loops, ifs, checks and literals for the preparation tests
(scripting needs a file)."""

from typing import List, Tuple

import torch
from torch import Tensor


def sum_of_rows(x: Tensor) -> Tensor:
    acc = torch.zeros(x.size(1))
    for row in x.unbind(0):
        acc = acc + row * row
    return acc


def count_of_columns(x: Tensor) -> int:
    return len(x.unbind(1))


def last_column(x: Tensor) -> Tensor:
    return x.unbind(1)[-1]


def unbind_returned(x: Tensor) -> List[Tensor]:
    # The list escapes: not only measured and indexed.
    return x.unbind(0)


def running_max_from(x: Tensor, start: int) -> Tensor:
    best = x[0]
    for i in range(start, x.size(0)):
        best = torch.maximum(best, x[i])
    return best


def every_other_row(x: Tensor) -> Tensor:
    acc = torch.zeros(x.size(1))
    for i in range(1, x.size(0), 2):
        acc = acc + x[i]
    return acc


def weighted_rows(x: Tensor) -> Tensor:
    acc = torch.zeros(x.size(1))
    for i, row in enumerate(x.unbind(0)):
        acc = acc + row * float(i + 1)
    return acc


def zipped(a: Tensor, b: Tensor) -> Tensor:
    acc = torch.zeros(a.size(1))
    for x, y in zip(a.unbind(0), b.unbind(0)):
        acc = acc + x * y
    return acc


def pair_by_comparison(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor]:
    if bool(a[0] > b[0]):
        return a - b, a
    else:
        return b - a, b


def square_only(x: Tensor) -> Tensor:
    torch._assert(x.size(0) == x.size(1), "square input")
    return x + x.t()


def positive_count(x: Tensor, n: int) -> Tensor:
    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    return x * n


def checked_then_else(x: Tensor) -> Tensor:
    if x.size(0) < 4:
        pass
    else:
        raise RuntimeError("at most 3 rows")
    return x.sum(0)


def plus_literal(x: Tensor) -> Tensor:
    return x + torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)


def float_literal(x: Tensor) -> Tensor:
    return x * torch.tensor([[0.5], [2.0], [-1.0]])


def literal_written(x: Tensor) -> Tensor:
    # TorchScript removes this mutation (the literal is fresh): a constant holds.
    t = torch.tensor([[1.0, 2.0]])
    t.add_(x.sum())
    return t


def literal_into_argument(x: Tensor) -> Tensor:
    # A write into an argument stays: the graph is left alone.
    x.add_(torch.tensor([[1.0, 2.0]]))
    return x


def tall_to_wide(x: Tensor) -> Tensor:
    if x.size(0) > x.size(1):
        return x.t().contiguous()
    return x


def squeezed_or_not(x: Tensor) -> Tensor:
    acc = x
    for _ in range(x.size(0)):
        acc = acc.squeeze(0)
    return acc


def chunk_rows(x: Tensor) -> List[Tensor]:
    return list(x.chunk(3))


def split_columns(x: Tensor) -> Tensor:
    a, b, c = x.split(2, dim=-1)
    return a.sum() + b.sum() * 2.0 + c.sum() * 3.0


def sections(x: Tensor) -> List[Tensor]:
    return list(torch.tensor_split(x, 3))


def at_indices(x: Tensor) -> List[Tensor]:
    return list(torch.tensor_split(x, [1, -1, 9], dim=1))


def rows(x: Tensor) -> Tensor:
    r = x.unbind(0)
    return r[0] * r[-1]


def sums(x: Tensor) -> List[Tensor]:
    return [x.sum(0), x.sum(1), x.sum()]
