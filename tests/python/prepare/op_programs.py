"""Programs using ATen ops the core lacks, for test_op_decompositions.py
(TorchScript needs their source in a file)."""

import math
from typing import List, Optional

import torch
import torch.nn.functional as F
from torch import Tensor


def nll_losses(x: Tensor, target: Tensor, weight: Optional[Tensor]) -> List[Tensor]:
    return [
        F.nll_loss(x, target, weight, reduction="none"),
        F.nll_loss(x, target, weight),
        F.nll_loss(x, target, weight, reduction="sum"),
        F.nll_loss(x, target, weight, reduction="none", ignore_index=1),
        F.nll_loss(x, target, weight, ignore_index=1),
        F.nll_loss(x, target, weight, reduction="sum", ignore_index=1),
    ]


def nll_loss2d(x: Tensor, target: Tensor, weight: Optional[Tensor]) -> List[Tensor]:
    return [
        torch._C._nn.nll_loss2d(x, target, weight, 0, -100),
        torch._C._nn.nll_loss2d(x, target, weight, 1, 2),
        torch._C._nn.nll_loss2d(x, target, weight, 2, -100),
    ]


def cross_entropies(x: Tensor, target: Tensor, weight: Optional[Tensor]) -> List[Tensor]:
    return [
        F.cross_entropy(x, target, weight, reduction="none"),
        F.cross_entropy(x, target, weight),
        F.cross_entropy(x, target, weight, reduction="sum", ignore_index=1),
        F.cross_entropy(x, target, weight, ignore_index=1, label_smoothing=0.2),
        F.cross_entropy(x, target, weight, reduction="none", label_smoothing=0.1),
        F.cross_entropy(x, target, weight, reduction="sum", label_smoothing=0.3),
    ]


def nll_losses_default_ignore(x: Tensor, target: Tensor, weight: Optional[Tensor]) -> List[Tensor]:
    # Targets of -100, the default ignore_index, mark padding.
    return [
        F.nll_loss(x, target, weight, reduction="none"),
        F.nll_loss(x, target, weight),
        F.nll_loss(x, target, weight, reduction="sum"),
    ]


def cross_entropies_of_probabilities(
    x: Tensor, target: Tensor, weight: Optional[Tensor]
) -> List[Tensor]:
    return [
        F.cross_entropy(x, target, weight, reduction="none"),
        F.cross_entropy(x, target, weight),
        F.cross_entropy(x, target, weight, reduction="sum", ignore_index=-5),
        F.cross_entropy(x, target, weight, label_smoothing=0.2),
        F.cross_entropy(x, target, weight, reduction="none", label_smoothing=0.1),
        F.cross_entropy(x, target, weight, reduction="sum", label_smoothing=0.3),
    ]


def cross_entropy_probabilities_ignoring(x: Tensor, target: Tensor) -> Tensor:
    # Eager raises for this: the op must stay.
    return F.cross_entropy(x, target, ignore_index=0)


def pointwise_losses(x: Tensor, y: Tensor) -> List[Tensor]:
    return [
        F.smooth_l1_loss(x, y),
        F.smooth_l1_loss(x, y, reduction="sum", beta=0.5),
        F.smooth_l1_loss(x, y, reduction="none", beta=2.0),
        F.smooth_l1_loss(x, y, reduction="none", beta=0.0),
        F.huber_loss(x, y),
        F.huber_loss(x, y, reduction="none", delta=0.5),
        F.huber_loss(x, y, reduction="sum", delta=2.0),
    ]


def xor(a: Tensor, b: Tensor) -> Tensor:
    return a ^ b


def sinc(x: Tensor) -> Tensor:
    return torch.sinc(x)


def hypot(a: Tensor, b: Tensor) -> Tensor:
    return torch.hypot(a, b)


def nansums(x: Tensor) -> List[Tensor]:
    return [
        torch.nansum(x),
        torch.nansum(x, 1),
        torch.nansum(x, [0, 1], keepdim=True),
        torch.nansum(x, -1, dtype=torch.float64),
    ]


def take_along_dims(x: Tensor, index: Tensor) -> List[Tensor]:
    return [torch.take_along_dim(x, index, 1), torch.take_along_dim(x, index, -1)]


def take_along_no_dim(x: Tensor, index: Tensor) -> Tensor:
    return torch.take_along_dim(x, index)


def take(x: Tensor, index: Tensor) -> Tensor:
    return torch.take(x, index)


def index_fills(x: Tensor, index: Tensor) -> List[Tensor]:
    return [
        x.index_fill(1, index, 0.25),
        torch.index_fill(x, 0, index, -7),
        x.index_fill(-1, index, 3),
    ]


def index_copy(x: Tensor, index: Tensor, source: Tensor) -> List[Tensor]:
    return [x.index_copy(1, index, source)]


def index_adds(x: Tensor, index: Tensor, source: Tensor) -> List[Tensor]:
    return [x.index_add(1, index, source), x.index_add(1, index, source, alpha=2)]


def equal(a: Tensor, b: Tensor) -> bool:
    return torch.equal(a, b)


def std_means(x: Tensor) -> List[Tensor]:
    std, mean = torch.std_mean(x)
    std_dim, mean_dim = torch.std_mean(x, 1, keepdim=True)
    std_unbiased, mean_unbiased = torch.std_mean(x, [0], unbiased=False)
    std_corrected, mean_corrected = torch.std_mean(x, dim=None, correction=0)
    return [
        std,
        mean,
        std_dim,
        mean_dim,
        std_unbiased,
        mean_unbiased,
        std_corrected,
        mean_corrected,
    ]


def sorts(x: Tensor) -> List[Tensor]:
    values, indices = torch.sort(x, stable=False)
    down_values, down_indices = torch.sort(x, dim=0, descending=True, stable=None)
    return [
        values,
        indices,
        down_values,
        down_indices,
        torch.argsort(x, stable=False),
        torch.argsort(x, dim=0, descending=True, stable=False),
        torch.msort(x),
    ]


def stable_sorts(x: Tensor) -> List[Tensor]:
    values, indices = torch.sort(x, stable=True)
    return [values, indices, torch.argsort(x, dim=0, descending=True, stable=True)]


def shape_ops(x: Tensor, like: Tensor) -> List[Tensor]:
    return [
        x.view_as(like),
        x.mT,
        x.unsqueeze(0).unsqueeze(2).squeeze([0, 2]),
        x.unsqueeze(-1).squeeze([-1, 0]),
        torch.movedim(x.unsqueeze(0), [0, 1], [2, 0]),
        torch.movedim(x.unsqueeze(0), [-1], [0]),
    ]


def broadcast_shapes(x: Tensor, y: Tensor) -> List[int]:
    return torch.broadcast_shapes(x.size(), y.size())


def tensor_splits(x: Tensor, first: int) -> List[List[Tensor]]:
    return [
        list(x.tensor_split([1, 4], dim=1)),
        list(x.tensor_split([first, -1])),
        list(x.tensor_split([3, 1, 9], dim=-1)),
    ]


def stacks(a: Tensor, b: Tensor) -> List[Tensor]:
    return [
        torch.vstack([a, b]),
        torch.hstack([a, b]),
        torch.dstack([a, b]),
        torch.column_stack([a, b]),
    ]


def multi_dot(a: Tensor, b: Tensor, c: Tensor) -> Tensor:
    return torch.linalg.multi_dot([a, b, c])


def scalar_ops(a: float, b: float, i: int, j: int) -> List[float]:
    results = [
        float(a <= b),
        float(a <= i),
        float(i <= a),
        float(i >= b),
        float(a != b),
        math.sqrt(a),
        float(abs(i)),
        abs(a),
    ]
    return results


def broadcast_tensors(a: Tensor, b: Tensor, c: Tensor) -> List[Tensor]:
    x, y, z = torch.broadcast_tensors(a, b, c)
    return [x, y, z, x * y + z]
