"""Modules with loops and ifs for the rank-observation tests (scripting needs a file)."""

import torch


class SumOfRows(torch.nn.Module):
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for row in x.unbind(0):
            acc = acc + row * row
        return acc


class RunningMax(torch.nn.Module):
    def forward(self, x):
        best = x[0]
        for i in range(1, x.size(0)):
            best = torch.maximum(best, x[i])
        return best


class TallToWide(torch.nn.Module):
    def forward(self, x):
        if x.size(0) > x.size(1):
            return x.t().contiguous()
        return x


class ByTotal(torch.nn.Module):
    def forward(self, x):
        if bool(x.sum() > 0):
            y = x * 2.0
        else:
            y = x - 1.0
        return y.exp()


class SqueezeInLoop(torch.nn.Module):
    # The carried rank depends on sizes: squeeze drops dims of size 1.
    def forward(self, x):
        acc = x
        for _ in range(x.size(1)):
            acc = acc.squeeze(0)
        return acc


class RankByBranch(torch.nn.Module):
    # The branch a size decides returns a different rank.
    def forward(self, x):
        if x.size(0) > 2:
            y = x.sum(0)
        else:
            y = x
        return y + 1.0


class FlattenBySize(torch.nn.Module):
    # The dims flattened depend on a size: so does the rank.
    def forward(self, x):
        acc = x
        for _ in range(2):
            acc = acc.flatten(0, x.size(0) % 2) * 1.0
        return acc


class Sums(torch.nn.Module):
    def forward(self, x):
        return [x.sum(0), x.sum(1), x.sum()]


class Chunks(torch.nn.Module):
    def forward(self, x):
        return list(x.chunk(3))


class CheckedBatch(torch.nn.Module):
    def forward(self, x):
        if x.size(0) > 4:
            raise ValueError("batch too large")
        return x * 2.0
