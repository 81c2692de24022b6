"""While loops the preparation tests rewrite (scripting needs a file)."""

from typing import Tuple

from torch import Tensor


def counted_while(x: Tensor) -> Tensor:
    i = 0
    while i < 10:
        x = x * 0.5 + float(i)
        i += 1
    return x


def counted_while_step(x: Tensor) -> Tuple[Tensor, int]:
    i = 2
    while i < 12:
        x = x + float(i)
        i = i + 3
    return x, i


def counted_while_inclusive(x: Tensor) -> Tuple[Tensor, int]:
    i = -3
    while 7 >= i:
        i = 2 + i
        x = x * float(i)
    return x, i


def counted_while_never(x: Tensor) -> Tuple[Tensor, int]:
    i = 5
    while i < 5:
        x = x + 1.0
        i += 1
    return x, i


def counted_while_many(x: Tensor) -> Tensor:
    # Too many iterations for TorchScript to unroll fully: a for loop stays.
    i = 0
    while i < 1000:
        x = x + float(i)
        i += 1
    return x


def while_with_break(x: Tensor) -> Tensor:
    i = 0
    while i < 10:
        if bool(x.sum() > 100.0):
            break
        x = x * 2.0
        i += 1
    return x


def while_on_tensor_bound(x: Tensor) -> Tensor:
    i = 0
    while i < x.size(0):
        x = x + 1.0
        i += 1
    return x


def while_counter_changed_in_body(x: Tensor) -> Tensor:
    i = 0
    while i < 10:
        if bool(x.sum() > 0.0):
            i += 2
        x = x + 1.0
        i += 1
    return x
