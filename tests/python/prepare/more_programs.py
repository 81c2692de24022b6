"""Programs for test_more_ops.py (TorchScript needs their source in a file)."""

from typing import List, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def pointwise_losses(x: Tensor, y: Tensor) -> List[Tensor]:
    # Each warns from a branch when the operands' sizes differ.
    return [
        F.mse_loss(x, y),
        F.l1_loss(x, y, reduction="sum"),
        F.smooth_l1_loss(x, y, reduction="none", beta=0.5),
        F.huber_loss(x, y, delta=2.0),
    ]


def size_checks(x: Tensor) -> Tuple[Tensor, int, List[int]]:
    # The size check of F.group_norm, and list idioms over x.size().
    sizes = [x.size(0) * x.size(1) // 2, 2] + list(x.size()[2:])
    product = sizes[0]
    for i in range(len(sizes) - 2):
        product *= sizes[i + 2]
    if product == 1:
        raise ValueError("Expected more than 1 value per channel, got input size {}".format(sizes))
    copied = list(x.size())
    copied.append(7)
    return F.group_norm(x, 2), product, copied


def mutated_size_list(x: Tensor) -> List[int]:
    sizes = list(x.size())
    sizes.append(3)
    both = sizes + [1]
    sizes.append(4)
    return both


def instance_norms(x: Tensor, weight: Tensor, bias: Tensor) -> List[Tensor]:
    return [
        F.instance_norm(x),
        F.instance_norm(x, weight=weight, bias=bias, eps=1e-3),
        F.instance_norm(x, weight=weight),
    ]


def instance_norm_running_stats(x: Tensor, mean: Tensor, var: Tensor, weight: Tensor) -> Tensor:
    return F.instance_norm(x, mean, var, weight=weight, use_input_stats=False)


def instance_norm_updating_stats(x: Tensor, mean: Tensor, var: Tensor) -> Tensor:
    # Training with running statistics writes them: kept as it is.
    return F.instance_norm(x, mean, var, use_input_stats=True)


def ands_and_finites(a: Tensor, b: Tensor, x: Tensor) -> List[Tensor]:
    return [a & b, (x >= 0.25) & (x < 0.75), torch.isfinite(x), torch.isfinite(a)]


def binary_cross_entropies(p: Tensor, t: Tensor, w: Tensor) -> List[Tensor]:
    return [
        F.binary_cross_entropy(p, t),
        F.binary_cross_entropy(p, t, reduction="sum"),
        F.binary_cross_entropy(p, t, reduction="none"),
        F.binary_cross_entropy(p, t, weight=w, reduction="mean"),
    ]


def logsumexps(x: Tensor) -> List[Tensor]:
    return [
        torch.logsumexp(x, [0]),
        torch.logsumexp(x, [-1], keepdim=True),
        torch.logsumexp(x, [0, 1]),
        x.logsumexp(1),
    ]


def prelus(x: Tensor, weight: Tensor) -> Tensor:
    return F.prelu(x, weight)


def vector_cats(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.cat([a, a, a]), torch.cat([a, b], -1), torch.hstack((a, b)), torch.cat([b])]


def takes_along_dims(x: Tensor, index: Tensor) -> List[Tensor]:
    return [
        torch.take_along_dim(x, index, dim=1),
        torch.take_along_dim(x, index, dim=-1),
        torch.take_along_dim(x, index, dim=0),
    ]


def max_pools3d(x: Tensor) -> List[Tensor]:
    return [
        F.max_pool3d(x, kernel_size=2),
        F.max_pool3d(x, kernel_size=[3, 2, 2], stride=[1, 2, 1], padding=[1, 1, 0]),
        F.max_pool3d(x, kernel_size=2, stride=2, dilation=[1, 2, 1], ceil_mode=True),
        F.max_pool3d(x, kernel_size=[2, 3, 1], stride=[2, 1, 3], padding=[1, 1, 0], ceil_mode=True),
    ]
