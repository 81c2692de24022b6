# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's rewrites in python/torch_mlir/prepare/decompositions.py:
# a conv of an input without a batch dim is a batched conv of one. The
# example fixes the input's rank. The case checks the IR the importer
# produces after the rewrite.

import torch

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# batched-unbatched-conv: conv2d of a (C, H, W) input unsqueezes a batch of
# one, convolves and squeezes it away.
# CHECK-LABEL: torch.debug_module_name = "UnbatchedConv2d"
# CHECK-NOT:     torch.aten.conv2d %arg1
# CHECK:         %[[BATCHED:.*]] = torch.aten.unsqueeze %arg1, %int0 : {{.*}} -> !torch.tensor<[1,2,5,6],f32>
# CHECK:         %[[CONV:.*]] = torch.aten.conv2d %[[BATCHED]], %arg2, %arg3, {{.*}} -> !torch.tensor<[1,3,5,2],f32>
# CHECK:         torch.aten.squeeze.dim %[[CONV]], %int0 : {{.*}} -> !torch.tensor<[3,5,2],f32>
# CHECK-NOT:     torch.aten.conv2d %arg1
class UnbatchedConv2d(torch.nn.Module):
    def forward(self, x, w, b):
        return torch.conv2d(x, w, b, [1, 2], [1, 0])


show(UnbatchedConv2d(), torch.randn(2, 5, 6), torch.randn(3, 2, 3, 3), torch.randn(3))


# batched-unbatched-conv: conv1d of a (C, L) input, likewise.
# CHECK-LABEL: torch.debug_module_name = "UnbatchedConv1d"
# CHECK-NOT:     torch.aten.conv1d %arg1
# CHECK:         %[[BATCHED:.*]] = torch.aten.unsqueeze %arg1, %{{.*}} : {{.*}} -> !torch.tensor<[1,4,9],f32>
# CHECK:         %[[CONV:.*]] = torch.aten.conv1d %[[BATCHED]], %arg2, {{.*}} -> !torch.tensor<[1,2,7],f32>
# CHECK:         torch.aten.squeeze.dim %[[CONV]], %{{.*}} : {{.*}} -> !torch.tensor<[2,7],f32>
# CHECK-NOT:     torch.aten.conv1d %arg1
class UnbatchedConv1d(torch.nn.Module):
    def forward(self, x, w):
        return torch.conv1d(x, w)


show(UnbatchedConv1d(), torch.randn(4, 9), torch.randn(2, 4, 3))
