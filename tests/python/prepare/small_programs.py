"""Programs for test_small_ops.py (TorchScript needs their source in a file)."""

from typing import List, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def scalars(x: Tensor) -> Tuple[bool, bool, int]:
    tall = x.size(0) > x.size(1)
    return not tall, not (tall and x.size(0) > 3), len(x)


def with_dtypes(x: Tensor) -> List[Tensor]:
    return [
        torch.cumprod(x, 1, dtype=torch.float64),
        x.log_softmax(1, dtype=torch.float64),
        x.softmax(0, dtype=torch.float32),
    ]


def cumsum_of_scalar(x: Tensor) -> Tensor:
    return torch.cumsum(x, 0)


def integer_ops(x: Tensor) -> List[Tensor]:
    return [(x << 2) + (x >> 1), x >> 0]


def xlogys(a: Tensor, b: Tensor) -> Tensor:
    return torch.xlogy(a, b)


def bce_with_logits(x: Tensor, t: Tensor, w: Tensor, p: Tensor) -> List[Tensor]:
    return [
        F.binary_cross_entropy_with_logits(x, t),
        F.binary_cross_entropy_with_logits(x, t, pos_weight=p),
        F.binary_cross_entropy_with_logits(x, t, weight=w, reduction="sum"),
        F.binary_cross_entropy_with_logits(x, t, weight=w, pos_weight=p, reduction="none"),
    ]


def linear_scalar_bias(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.linear(x, w, b)


def rms_norms(x: Tensor, w: Tensor) -> List[Tensor]:
    return [F.rms_norm(x, [x.size(-1)], w, 1e-6), F.rms_norm(x, [8], None, 1e-5)]


def pads(x: Tensor) -> List[Tensor]:
    return [
        F.pad(x, [1, 2], mode="circular"),
        F.pad(x, [1, 2, 2, 1], mode="circular"),
        F.pad(x, [0, 3, 0, 0], mode="circular"),
        torch.constant_pad_nd(x, [-1, 2, 1, -2]),
        torch.constant_pad_nd(x, [-2, -1], 7.0),
    ]


def unbatched_pools(x: Tensor) -> List[Tensor]:
    return [
        F.avg_pool2d(x, 2),
        F.max_pool2d(x, 3, 2, 1),
        F.avg_pool2d(x, 3, 1, 1, count_include_pad=False),
    ]


def list_comparisons(x: Tensor, y: Tensor) -> Tuple[bool, bool, bool]:
    return x.size() == y.size(), [x.size(0), 2] != [y.size(0), 2], [x.size(0)] == [1, 2]


def stable_sorts(x: Tensor) -> List[Tensor]:
    ascending, up = torch.sort(x, dim=-1, stable=True)
    descending, down = torch.sort(x, dim=0, stable=True, descending=True)
    return [ascending, up, descending, down, torch.argsort(x, dim=-1, stable=True)]


def norms(x: Tensor) -> List[Tensor]:
    return [torch.norm(x), torch.norm(x, p=1, dim=1), torch.norm(x, p=3, dim=[0, 1], keepdim=True)]


def clamps_by_tensors(x: Tensor, low: Tensor, high: Tensor) -> List[Tensor]:
    return [torch.clamp_max(x, high), x.clamp_max(high).clamp_min(low)]


def stack_of_unbind(x: Tensor) -> List[Tensor]:
    return [torch.stack(x.unbind(0), 2), torch.stack(x.unbind(-1), 0), torch.stack(x.unbind(1), -1)]


def equal_sizes(x: Tensor, y: Tensor) -> Tuple[bool, bool]:
    return torch.equal(x, y), x.size() != y.size()


def identity_views(x: Tensor, v: Tensor) -> List[Tensor]:
    return [x.transpose(1, 1), x.transpose(-1, 2), torch.t(v), v.t()]


def identity_view_written(x: Tensor) -> Tensor:
    y = x.transpose(0, 0)
    y.add_(1.0)  # x sees the write
    return x
