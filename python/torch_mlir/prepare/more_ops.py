"""Rewrites of forms the core cannot lower into ones it can: warnings,
list idioms over sizes, and ATen ops it lacks or lowers wrongly.

Each rewrite here is one entry of `table.REWRITES`; the reference
implementations are TorchScript written in ops the core lowers, and compute
what eager PyTorch computes, dtypes included.
"""

from typing import List, Optional

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import _constant, _NOT_CONSTANT, by_schema, insert_inlined


# --- Warnings -------------------------------------------------------------------


def drop_warning(node: torch._C.Node, context) -> bool:
    """aten::warn -> nothing. A warning changes no value; the core cannot
    lower it (nor the int stack level and the formatted message it takes),
    and F.mse_loss, F.l1_loss, F.smooth_l1_loss and F.huber_loss warn from a
    branch on the operands' sizes."""
    node.destroy()
    return True
