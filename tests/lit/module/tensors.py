# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Tensor attributes -> torch.tensor.literal(dense<...>) typed with the shape
# and dtype. Non-contiguous tensors are imported as their contiguous values.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.matrix = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
        self.splat = torch.full((2, 3), 7, dtype=torch.int64)
        self.scalar = torch.tensor(42, dtype=torch.int32)
        self.zero_size = torch.ones(0, 4)
        # A transposed (non-contiguous) view of a private base tensor.
        self.transposed = torch.arange(6, dtype=torch.float64).reshape(2, 3).t()
        # A strided slice.
        self.every_other = torch.arange(8, dtype=torch.int64)[::2]
        self.param = torch.nn.Parameter(torch.tensor([0.5]))

    def forward(self):
        return self.matrix


# Parameters come first in a scripted module's attribute order.
# CHECK:       torch.attr "param" : !torch.tensor
# CHECK:       torch.attr "matrix" : !torch.tensor
# CHECK:       %[[PARAM:.*]] = torch.tensor.literal(dense<5.000000e-01> : tensor<1xf32>) : !torch.tensor<[1],f32>
# CHECK:       %[[MATRIX:.*]] = torch.tensor.literal(dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>) : !torch.tensor<[2,2],f32>
# CHECK:       %[[SPLAT:.*]] = torch.tensor.literal(dense<7> : tensor<2x3xsi64>) : !torch.tensor<[2,3],si64>
# CHECK:       %[[SCALAR:.*]] = torch.tensor.literal(dense<42> : tensor<si32>) : !torch.tensor<[],si32>
# CHECK:       %[[ZERO:.*]] = torch.tensor.literal(dense<> : tensor<0x4xf32>) : !torch.tensor<[0,4],f32>
# CHECK:       %[[TRANSPOSED:.*]] = torch.tensor.literal(dense<{{\[}}[0.000000e+00, 3.000000e+00], [1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00]]> : tensor<3x2xf64>) : !torch.tensor<[3,2],f64>
# CHECK:       %[[STRIDED:.*]] = torch.tensor.literal(dense<[0, 2, 4, 6]> : tensor<4xsi64>) : !torch.tensor<[4],si64>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "param", %[[PARAM]] : !torch.tensor<[1],f32>
# CHECK:         torch.slot "matrix", %[[MATRIX]] : !torch.tensor<[2,2],f32>
# CHECK:         torch.slot "splat", %[[SPLAT]] : !torch.tensor<[2,3],si64>
# CHECK:         torch.slot "scalar", %[[SCALAR]] : !torch.tensor<[],si32>
# CHECK:         torch.slot "zero_size", %[[ZERO]] : !torch.tensor<[0,4],f32>
# CHECK:         torch.slot "transposed", %[[TRANSPOSED]] : !torch.tensor<[3,2],f64>
# CHECK:         torch.slot "every_other", %[[STRIDED]] : !torch.tensor<[4],si64>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
