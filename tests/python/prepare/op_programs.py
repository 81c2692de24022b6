"""Programs using ATen ops the core lacks, for test_op_decompositions.py
(TorchScript needs their source in a file)."""

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
