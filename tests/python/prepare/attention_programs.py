"""Programs for test_attention.py (TorchScript needs their source in a file)."""

from typing import List, Optional

import torch
import torch.nn.functional as F
from torch import Tensor


def causal(q: Tensor, k: Tensor, v: Tensor) -> List[Tensor]:
    return [
        F.scaled_dot_product_attention(q, k, v, is_causal=True),
        F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.25),
    ]


def causal_scales(q: Tensor, k: Tensor, v: Tensor) -> List[Tensor]:
    # Eager's CPU flash kernel (4-D operands) gives NaN for these.
    return [
        F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=-1.5),
        F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.0),
    ]


def masked(q: Tensor, k: Tensor, v: Tensor, mask: Tensor) -> List[Tensor]:
    return [
        F.scaled_dot_product_attention(q, k, v, attn_mask=mask),
        F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=0.5),
    ]


def built_masks(q: Tensor, k: Tensor, v: Tensor) -> List[Tensor]:
    """Masks the program makes: their dtype comes from the op that made them."""
    length, source = q.size(-2), k.size(-2)
    tril = torch.ones(length, source, dtype=torch.bool).tril(-1)
    everything = torch.full([length, source], True, dtype=torch.bool)
    keys = (k.sum(-1) > 0.0).unsqueeze(-2)
    bias = torch.zeros(length, source).triu(1)
    return [
        F.scaled_dot_product_attention(q, k, v, attn_mask=tril),
        F.scaled_dot_product_attention(q, k, v, attn_mask=everything),
        F.scaled_dot_product_attention(q, k, v, attn_mask=keys),
        F.scaled_dot_product_attention(q, k, v, attn_mask=bias),
    ]


def dropout(q: Tensor, k: Tensor, v: Tensor, mask: Tensor) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.5)


def causal_dropout(q: Tensor, k: Tensor, v: Tensor) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, dropout_p=0.1, is_causal=True)


def causal_and_mask(q: Tensor, k: Tensor, v: Tensor, mask: Tensor) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=True)


def grouped_query(q: Tensor, k: Tensor, v: Tensor) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)


def maybe_masked(q: Tensor, k: Tensor, v: Tensor, mask: Optional[Tensor]) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


def opaque_mask(q: Tensor, k: Tensor, v: Tensor, mask: Tensor) -> Tensor:
    # The dtype of where's result is not derived: the rewrite cannot tell a
    # bool mask from a bias and leaves the op alone.
    return F.scaled_dot_product_attention(q, k, v, attn_mask=torch.where(mask, mask, mask))


def int_mask(q: Tensor, k: Tensor, v: Tensor) -> Tensor:
    # TorchScript's full of True without a dtype is int64, which eager rejects.
    mask = torch.full([q.size(-2), k.size(-2)], True)
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
