# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's decomposition of adaptive max pooling
# (python/torch_mlir/prepare/adaptive_pooling.py): eager's windows, narrowed
# and reduced with amax one pooled dim at a time, and for the indices the
# first maximum's flattened index. Each case checks the IR the importer
# produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# decompose-adaptive-max-pool: adaptive_max_pool1d of 8 into 3 takes the
# windows [0, 3), [2, 6) and [5, 8), reduces each with amax and cats them.
# CHECK-LABEL: torch.debug_module_name = "AdaptiveMaxPool1d"
# CHECK-NOT:     adaptive_max_pool1d
# CHECK:         %[[W0:.*]] = torch.aten.narrow %arg1, %int-1, %int0, %int3 : {{.*}} -> !torch.tensor<[2,3,3],f32>
# CHECK:         %[[M0:.*]] = torch.aten.amax %[[W0]], {{.*}} -> !torch.tensor<[2,3,1],f32>
# CHECK:         %[[W1:.*]] = torch.aten.narrow %arg1, %int-1, %int2, %int4 : {{.*}} -> !torch.tensor<[2,3,4],f32>
# CHECK:         %[[M1:.*]] = torch.aten.amax %[[W1]]
# CHECK:         %[[W2:.*]] = torch.aten.narrow %arg1, %int-1, %int5, %int3 : {{.*}} -> !torch.tensor<[2,3,3],f32>
# CHECK:         %[[M2:.*]] = torch.aten.amax %[[W2]]
# CHECK:         %[[ALL:.*]] = torch.prim.ListConstruct %[[M0]], %[[M1]], %[[M2]]
# CHECK:         torch.aten.cat %[[ALL]], %int-1 : {{.*}} -> !torch.tensor<[2,3,3],f32>
# CHECK-NOT:     adaptive_max_pool1d
class AdaptiveMaxPool1d(torch.nn.Module):
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 3)


show(AdaptiveMaxPool1d(), torch.randn(2, 3, 8))


# decompose-adaptive-max-pool: adaptive_max_pool2d with indices pools the
# last dim, then the one before, and computes the flattened index of each
# window's first maximum (int64).
# CHECK-LABEL: torch.debug_module_name = "AdaptiveMaxPool2dIndices"
# CHECK-NOT:     adaptive_max_pool2d
# CHECK:         torch.aten.amax {{.*}} -> !torch.tensor<[1,2,7,1],f32>
# CHECK:         torch.aten.amin {{.*}} -> !torch.tensor<[1,2,7,1],si64>
# CHECK:         torch.aten.cat {{.*}} -> !torch.tensor<[1,2,7,2],f32>
# CHECK:         torch.aten.amax {{.*}} -> !torch.tensor<[1,2,1,2],f32>
# CHECK:         torch.aten.cat {{.*}} -> !torch.tensor<[1,2,3,2],f32>
# CHECK:         torch.aten.cat {{.*}} -> !torch.tensor<[1,2,3,2],si64>
# CHECK-NOT:     adaptive_max_pool2d
class AdaptiveMaxPool2dIndices(torch.nn.Module):
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [3, 2], return_indices=True)


show(AdaptiveMaxPool2dIndices(), torch.randn(1, 2, 7, 5))
