"""Programs whose compile errors come with a hint (torch_mlir._error_hints).

The tests assert the `file:line` and source text of these lines, so each
program's offending line is unique in this file.
"""

from typing import List

import torch
import torch.nn.functional as F


class ListReturn(torch.nn.Module):
    def forward(self, x) -> List[torch.Tensor]:
        return [x + 1, x * 2]


class DataDependentIf(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x + 1
        return x - 1


class WriteIntoView(torch.nn.Module):
    def forward(self, x):
        z = torch.zeros_like(x)
        z[:, 0] = x[:, 1]
        return z


class RaiseUnderIf(torch.nn.Module):
    def forward(self, x):
        if x.shape[0] > 100:
            raise ValueError("batch too large")
        return x + 1


class BatchNormInTraining(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.BatchNorm1d(4)

    def forward(self, x):
        return self.norm(x)


class Interpolate(torch.nn.Module):
    def forward(self, x):
        return F.interpolate(x, scale_factor=2.0, mode="nearest")


class UpdatesItsState(torch.nn.Module):
    """Every kind of state a forward can change: buffers, parameters, ints,
    lists, batch-norm statistics (training mode), its argument, the RNG."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)
        self.norm = torch.nn.BatchNorm2d(4)
        self.calls = 0
        self.sizes = [1]
        self.register_buffer("total", torch.zeros(2))

    def forward(self, x):
        self.calls += 1
        self.sizes.append(2)
        self.total.add_(1)
        self.conv.weight.mul_(2)
        x.add_(1)
        return F.dropout(self.norm(self.conv(x)), 0.5, True)
