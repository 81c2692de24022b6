# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# A per-tensor-affine quantized tensor -> its int representation as a literal
# (si8 for qint8, ui8 for quint8), the scale and zero point as constants, and
# torch.per_tensor_affine.create of the three.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.q_unsigned = torch.quantize_per_tensor(
            torch.tensor([1.0, 2.0, 3.0]), scale=0.5, zero_point=3, dtype=torch.quint8
        )
        self.q_signed = torch.quantize_per_tensor(
            torch.tensor([[-1.0], [1.0]]), scale=0.25, zero_point=-2, dtype=torch.qint8
        )

    def forward(self):
        return self.q_unsigned


# CHECK:       %[[REPR:.*]] = torch.tensor.literal(dense<[5, 7, 9]> : tensor<3xui8>) : !torch.tensor<[3],ui8>
# CHECK:       %[[SCALE:.*]] = torch.constant.float 5.000000e-01
# CHECK:       %[[ZP:.*]] = torch.constant.int 3
# CHECK:       %[[QU:.*]] = torch.per_tensor_affine.create %[[REPR]], %[[SCALE]], %[[ZP]] : !torch.tensor<[3],ui8>, !torch.float, !torch.int -> !torch.tensor<[3],!torch.quint8>
# CHECK:       %[[REPR2:.*]] = torch.tensor.literal(dense<{{\[}}[-6], [2]]> : tensor<2x1xsi8>) : !torch.tensor<[2,1],si8>
# CHECK:       %[[SCALE2:.*]] = torch.constant.float 2.500000e-01
# CHECK:       %[[ZP2:.*]] = torch.constant.int -2
# CHECK:       %[[QS:.*]] = torch.per_tensor_affine.create %[[REPR2]], %[[SCALE2]], %[[ZP2]] : !torch.tensor<[2,1],si8>, !torch.float, !torch.int -> !torch.tensor<[2,1],!torch.qint8>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "q_unsigned", %[[QU]] : !torch.tensor<[3],!torch.quint8>
# CHECK:         torch.slot "q_signed", %[[QS]] : !torch.tensor<[2,1],!torch.qint8>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
