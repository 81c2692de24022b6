# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Tensor literals of every dtype the torch dialect can hold (beyond the old
# importer, which rejected int16 and complex literals).

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.f16 = torch.tensor([1.5, -2.0], dtype=torch.float16)
        self.bf16 = torch.tensor([1.5, -2.0], dtype=torch.bfloat16)
        self.f32 = torch.tensor([1.5, -2.0], dtype=torch.float32)
        self.f64 = torch.tensor([1.5, -2.0], dtype=torch.float64)
        self.i1 = torch.tensor([True, False])
        self.ui8 = torch.tensor([255, 0], dtype=torch.uint8)
        self.si8 = torch.tensor([-128, 127], dtype=torch.int8)
        self.si16 = torch.tensor([-32768, 32767], dtype=torch.int16)
        self.si32 = torch.tensor([-2147483648, 2147483647], dtype=torch.int32)
        self.si64 = torch.tensor([-(2**63), 2**63 - 1], dtype=torch.int64)
        self.c64 = torch.tensor([1 + 2j, -3.5j], dtype=torch.complex64)
        self.c128 = torch.tensor([1 + 2j, -3.5j], dtype=torch.complex128)

    def forward(self):
        return self.f32


# CHECK: torch.tensor.literal(dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf16>) : !torch.tensor<[2],f16>
# CHECK: torch.tensor.literal(dense<[1.500000e+00, -2.000000e+00]> : tensor<2xbf16>) : !torch.tensor<[2],bf16>
# CHECK: torch.tensor.literal(dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf32>) : !torch.tensor<[2],f32>
# CHECK: torch.tensor.literal(dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf64>) : !torch.tensor<[2],f64>
# CHECK: torch.tensor.literal(dense<[true, false]> : tensor<2xi1>) : !torch.tensor<[2],i1>
# CHECK: torch.tensor.literal(dense<[255, 0]> : tensor<2xui8>) : !torch.tensor<[2],ui8>
# CHECK: torch.tensor.literal(dense<[-128, 127]> : tensor<2xsi8>) : !torch.tensor<[2],si8>
# CHECK: torch.tensor.literal(dense<[-32768, 32767]> : tensor<2xsi16>) : !torch.tensor<[2],si16>
# CHECK: torch.tensor.literal(dense<[-2147483648, 2147483647]> : tensor<2xsi32>) : !torch.tensor<[2],si32>
# CHECK: torch.tensor.literal(dense<[-9223372036854775808, 9223372036854775807]> : tensor<2xsi64>) : !torch.tensor<[2],si64>
# CHECK: torch.tensor.literal(dense<[(1.000000e+00,2.000000e+00), (-0.000000e+00,-3.500000e+00)]> : tensor<2xcomplex<f32>>) : !torch.tensor<[2],complex<f32>>
# CHECK: torch.tensor.literal(dense<[(1.000000e+00,2.000000e+00), (-0.000000e+00,-3.500000e+00)]> : tensor<2xcomplex<f64>>) : !torch.tensor<[2],complex<f64>>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
