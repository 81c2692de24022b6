"""TorchScript programs the preparation tests rewrite (scripting needs a file)."""

from typing import Dict, List, Optional, Tuple

import torch
from torch import Tensor


def uses_is_nested(x: Tensor) -> Tensor:
    if x.is_nested:
        return x * 2
    return x + 1


def uses_autocast(x: Tensor) -> Tensor:
    if torch.is_autocast_enabled() or torch.is_autocast_cpu_enabled():
        return x.double()
    return x * 3


def uses_device_queries(x: Tensor) -> Tensor:
    if x.is_cuda or x.is_xpu or x.is_mps:
        return x - 1
    return x * x


def uses_is_scripting(x: Tensor) -> Tensor:
    if torch.jit.is_scripting():
        return x + 2
    return x


def arange_start_out(x: Tensor) -> Tuple[Tensor, Tensor]:
    t = torch.empty(0, dtype=x.dtype)
    y = torch.arange(2, 7, out=t)
    return y + x.sum(), t


def arange_end_out(n: int) -> Tensor:
    return torch.arange(n, out=torch.zeros(3, dtype=torch.int64)) * 2


def arange_step_out_then_mutated(x: Tensor) -> Tensor:
    t = torch.ones(4, dtype=torch.float64)
    torch.arange(0.5, 3.0, 0.25, out=t)
    t.add_(x.sum())
    return t


def arange_out_into_argument(t: Tensor) -> Tensor:
    # `t` belongs to the caller, who sees it change: not rewritten.
    torch.arange(3, out=t)
    return t


def conv_any_batch(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return torch.conv2d(x, w, b, [1, 2], [1, 0])


def conv1d_any_batch(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv1d(x, w, None, [1], [2], [2], 2)


def conv3d_any_batch(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv3d(x, w)


def conv_same_padding(x: Tensor, w: Tensor) -> Tensor:
    return torch.conv2d(x, w, None, 1, "same")


def identity_tests(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    a = x * 2 if x is x else x
    b = x + 1 if x is not y else y
    return a, b


def rank_dependent(x: Tensor, y: Tensor) -> Tuple[Tensor, Tensor]:
    if x.dim() == 3:
        x = x.unsqueeze(1)
        y = x
    # After the fold `y is x` compares one value with itself.
    if y is x:
        return x * 2, y
    return x + y.sum(), y


def self_comparisons(x: Tensor, f: float) -> Tuple[bool, bool, bool, bool]:
    return x.shape == x.shape, x.shape != x.shape, f == f, x.dim() != x.dim()


class Config(torch.nn.Module):
    """Flags and sizes on modules, one of them assigned by a method."""

    def __init__(self):
        super().__init__()
        self.scale = 2.5
        self.use_bias = True
        self.name = "cfg"
        self.sizes = (2, 3)
        self.counter = 0
        self.inner = torch.nn.Linear(3, 3)

    def forward(self, x: Tensor) -> Tuple[Tensor, int]:
        y = self.inner(x) * self.scale if self.use_bias else x
        if self.name == "cfg":
            y = y.view(self.sizes[0], self.sizes[1])
        return y, self.counter + self.inner.in_features

    @torch.jit.export
    def bump(self) -> int:
        self.counter += 1
        return self.counter


def _pair(x: Tensor) -> Tuple[Tensor, Optional[Tensor]]:
    return x + 1, x * 2


def _parts(x: Tensor) -> List[Tensor]:
    return [x - 1, x / 2]


def tuple_round_trips(x: Tensor) -> Tensor:
    # Results of inlined calls, packed by the callee and unpacked here.
    pair = _pair(x)
    a, b = _pair(x)
    c, d = _parts(x)
    second = pair[1]
    assert second is not None and b is not None
    return pair[0] - a + c * d + second * b


def many_ranks(
    x: Tensor, w: Tensor
) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
    a = torch.matmul(x, w)
    b = a.unsqueeze(1).transpose(0, 2)
    c = b.flatten(1, 2)
    d = c.view(c.size(0), -1, 2)
    e = d.sum([1], keepdim=False)
    f = torch.nn.functional.linear(e, torch.ones(3, e.size(-1)))
    g = (f + x.sum()).unflatten(-1, (1, 3))
    return a, b, c, d, e, f, g


def split_constant_sizes(w: Tensor) -> Tuple[Tensor, Tensor]:
    a, b = w.split([2, 4], 0)
    return a * 2, b


def split_computed_sizes(w: Tensor, x: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    e = x.size(-1)
    q, k, v = w.split([e, e, w.size(0) - 2 * e])
    return q, k + 1, v


def known_sizes(x: Tensor, y: Tensor) -> Tuple[int, int, int]:
    return x.size(1), x.size(-1), y.size(0)


def split_by_size(x: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    # A GPT block's `qkv(x).split(c, dim=2)`; the last part may be shorter.
    q, k, v = x.split(x.size(-1) // 3 + 1, dim=-1)
    return q, k * 2, v


class ContainerConfig(torch.nn.Module):
    """Dict and list attributes read by constant keys; one list is changed
    in place by a method, one dict is read with a key that is missing."""

    def __init__(self):
        super().__init__()
        self.coefficients: Dict[str, float] = {"a": 2.0, "b": -0.5}
        self.widths: List[int] = [3, 1]
        self.history: List[int] = [0]
        self.optional: Dict[str, float] = {"x": 1.0}

    def forward(self, a: Tensor, b: Tensor) -> Tuple[Tensor, int, int]:
        y = a * self.coefficients["a"] + b * self.coefficients["b"]
        return y.narrow(0, 0, self.widths[-1]), len(self.widths), self.history[0]

    @torch.jit.export
    def record(self, n: int) -> int:
        self.history.append(n)
        return len(self.history)

    @torch.jit.export
    def missing(self) -> float:
        return self.optional["y"]
