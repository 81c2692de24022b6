"""Adaptive max pooling programs the preparation tests rewrite (scripting
needs a file)."""

from typing import Tuple

import torch.nn.functional as F
from torch import Tensor


def adaptive_max_pool1d_values(x: Tensor) -> Tensor:
    return F.adaptive_max_pool1d(x, 4)


def adaptive_max_pool1d_indices(x: Tensor) -> Tuple[Tensor, Tensor]:
    return F.adaptive_max_pool1d(x, 3, return_indices=True)


def adaptive_max_pool2d_values(x: Tensor) -> Tensor:
    return F.adaptive_max_pool2d(x, [3, 2])


def adaptive_max_pool2d_indices(x: Tensor) -> Tuple[Tensor, Tensor]:
    return F.adaptive_max_pool2d(x, [7, 5], return_indices=True)


def adaptive_max_pool2d_indices_only(x: Tensor) -> Tensor:
    values, indices = F.adaptive_max_pool2d(x, [2, 3], return_indices=True)
    return indices


def adaptive_max_pool2d_unit(x: Tensor) -> Tuple[Tensor, Tensor]:
    return F.adaptive_max_pool2d(x, 1, return_indices=True)


def adaptive_max_pool2d_size_argument(x: Tensor, size: int) -> Tensor:
    # An output size known only at run time: left to the core.
    return F.adaptive_max_pool2d(x, [size, size])
