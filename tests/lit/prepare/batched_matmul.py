# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's matmuls as bmm (python/torch_mlir/prepare/batched_matmul.py):
# matmul of two 3-D tensors, and of a vector and a 3-D tensor, which the core
# leaves undecomposed. Each case checks the IR the importer produces after
# the rewrite.

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# batched-matmul-as-bmm: two 3-D operands with the same static batch: a bmm.
# CHECK-LABEL: torch.debug_module_name = "BatchedMatmul"
# CHECK-NOT:     torch.aten.matmul
# CHECK:         torch.aten.bmm %arg1, %arg2 : !torch.tensor, !torch.tensor -> !torch.tensor<[2,3,5],f32>
# CHECK-NOT:     torch.aten.matmul
class BatchedMatmul(torch.nn.Module):
    def forward(self, a, b):
        return torch.matmul(a, b)


show(BatchedMatmul(), torch.randn(2, 3, 4), torch.randn(2, 4, 5))


# batched-matmul-as-bmm: dynamic batches are broadcast by index_select of
# each operand's batch (the core's expand assumes a dynamic size is not 1).
# CHECK-LABEL: torch.debug_module_name = "DynamicBatchMatmul"
# CHECK-NOT:     torch.aten.matmul
# CHECK:         %[[A:.*]] = torch.aten.index_select %arg1, %int0
# CHECK:         %[[B:.*]] = torch.aten.index_select %arg2, %int0
# CHECK:         torch.aten.bmm %[[A]], %[[B]]
# CHECK-NOT:     torch.aten.matmul
class DynamicBatchMatmul(torch.nn.Module):
    def forward(self, a, b):
        return a @ b


show(
    DynamicBatchMatmul(),
    TensorPlaceholder([-1, 3, 4], torch.float32),
    TensorPlaceholder([-1, 4, 5], torch.float32),
)


# vector-matmul-as-bmm: a vector times a 3-D tensor is the bmm of the vector
# as one row, expanded over the batch, with the row dim dropped.
# CHECK-LABEL: torch.debug_module_name = "VectorMatmul"
# CHECK-NOT:     torch.aten.matmul
# CHECK:         %[[ROW:.*]] = torch.aten.view %arg1, {{.*}} -> !torch.tensor<[1,1,4],f32>
# CHECK:         %[[ROWS:.*]] = torch.aten.expand %[[ROW]], {{.*}} -> !torch.tensor<[2,1,4],f32>
# CHECK:         %[[PRODUCT:.*]] = torch.aten.bmm %[[ROWS]], %arg2 : {{.*}} -> !torch.tensor<[2,1,5],f32>
# CHECK:         torch.aten.squeeze.dim %[[PRODUCT]], %int1 : {{.*}} -> !torch.tensor<[2,5],f32>
# CHECK-NOT:     torch.aten.matmul
class VectorMatmul(torch.nn.Module):
    def forward(self, a, b):
        return torch.matmul(a, b)


show(VectorMatmul(), torch.randn(4), torch.randn(2, 4, 5))
