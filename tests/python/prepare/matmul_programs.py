"""matmul programs the preparation tests rewrite (scripting needs a file)."""

import torch
from torch import Tensor


def matmul(a: Tensor, b: Tensor) -> Tensor:
    return torch.matmul(a, b)


def matmul_operator(a: Tensor, b: Tensor) -> Tensor:
    return a @ b
