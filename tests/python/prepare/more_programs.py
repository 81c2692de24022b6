"""Programs for test_more_ops.py (TorchScript needs their source in a file)."""

from typing import List

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

