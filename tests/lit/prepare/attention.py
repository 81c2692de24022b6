# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's decomposition of masked and causal attention
# (python/torch_mlir/prepare/attention.py): eager's math, the scaled scores
# with the mask applied, softmax, zero weights for rows with every key
# masked, and the product with the values. Each case checks the IR the
# importer produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# decompose-masked-attention: with is_causal=True, the mask is the tril of a
# square of ones; the scores are q @ k^T times 1/sqrt(8), filled with -inf
# where the mask is False.
# CHECK-LABEL: torch.debug_module_name = "CausalAttention"
# CHECK-NOT:     torch.aten.scaled_dot_product_attention
# CHECK:         %[[ONES:.*]] = torch.aten.ones {{.*}} -> !torch.tensor<[4,4],i1>
# CHECK:         %[[CAUSAL:.*]] = torch.aten.tril %[[ONES]]
# CHECK:         %[[KEYS:.*]] = torch.aten.transpose.int %arg2, %int-2, %int-1
# CHECK:         %[[SCORES:.*]] = torch.aten.bmm %arg1, %[[KEYS]] : {{.*}} -> !torch.tensor<[2,4,4],f32>
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Scalar %[[SCORES]], %float3.535530e-01
# CHECK:         %[[HIDDEN:.*]] = torch.aten.logical_not %[[CAUSAL]]
# CHECK:         %[[MASKED:.*]] = torch.aten.masked_fill.Scalar %[[SCALED]], %[[HIDDEN]], %float-Inf
# CHECK:         torch.aten.softmax.int %[[MASKED]], %int-1
# CHECK:         torch.aten.all.dim
# CHECK:         torch.aten.bmm {{.*}} -> !torch.tensor<[2,4,8],f32>
# CHECK-NOT:     torch.aten.scaled_dot_product_attention
class CausalAttention(torch.nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, is_causal=True)


show(CausalAttention(), torch.randn(2, 4, 8), torch.randn(2, 4, 8), torch.randn(2, 4, 8))


# decompose-masked-attention: a bool attn_mask hides the keys where it is
# False.
# CHECK-LABEL: torch.debug_module_name = "MaskedAttention"
# CHECK-NOT:     torch.aten.scaled_dot_product_attention
# CHECK:         %[[SCORES:.*]] = torch.aten.bmm %arg1, {{.*}} -> !torch.tensor<[2,4,5],f32>
# CHECK:         %[[HIDDEN:.*]] = torch.aten.logical_not %arg4
# CHECK:         torch.aten.masked_fill.Scalar %{{.*}}, %[[HIDDEN]], %float-Inf
# CHECK:         torch.aten.softmax.int
# CHECK:         torch.aten.bmm {{.*}} -> !torch.tensor<[2,4,8],f32>
# CHECK-NOT:     torch.aten.scaled_dot_product_attention
class MaskedAttention(torch.nn.Module):
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


show(
    MaskedAttention(),
    torch.randn(2, 4, 8),
    torch.randn(2, 5, 8),
    torch.randn(2, 5, 8),
    torch.rand(4, 5) > 0.3,
)


# decompose-masked-attention does not fire with dropout: the op stays.
# CHECK-LABEL: torch.debug_module_name = "AttentionWithDropout"
# CHECK:         torch.aten.scaled_dot_product_attention
class AttentionWithDropout(torch.nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, dropout_p=0.1, is_causal=True)


show(AttentionWithDropout(), torch.randn(2, 4, 8), torch.randn(2, 4, 8), torch.randn(2, 4, 8))
