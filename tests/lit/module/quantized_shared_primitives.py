# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# A quantized tensor's scale and zero point are primitives like any other:
# one constant per value in the object graph, shared with equal attributes
# imported before (and after) them, as the old importer did.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 0.5
        self.zero_point = 3
        self.q = torch.quantize_per_tensor(
            torch.tensor([1.0, 2.0, 3.0]), scale=0.5, zero_point=3, dtype=torch.quint8
        )
        self.q_again = torch.quantize_per_tensor(
            torch.tensor([4.0]), scale=0.5, zero_point=3, dtype=torch.quint8
        )
        self.same_zero_point = 3

    def forward(self):
        return self.q


# CHECK:       %[[SCALE:.*]] = torch.constant.float 5.000000e-01
# CHECK-NEXT:  %[[ZP:.*]] = torch.constant.int 3
# CHECK-NEXT:  %[[REPR:.*]] = torch.tensor.literal(dense<[5, 7, 9]> : tensor<3xui8>) : !torch.tensor<[3],ui8>
# CHECK-NEXT:  %[[Q:.*]] = torch.per_tensor_affine.create %[[REPR]], %[[SCALE]], %[[ZP]] :
# CHECK-NEXT:  %[[REPR2:.*]] = torch.tensor.literal(dense<11> : tensor<1xui8>) : !torch.tensor<[1],ui8>
# CHECK-NEXT:  %[[Q2:.*]] = torch.per_tensor_affine.create %[[REPR2]], %[[SCALE]], %[[ZP]] :
# CHECK-NOT:   torch.constant.float
# CHECK-NOT:   torch.constant.int 3
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "scale", %[[SCALE]] : !torch.float
# CHECK-NEXT:    torch.slot "zero_point", %[[ZP]] : !torch.int
# CHECK-NEXT:    torch.slot "q", %[[Q]] : !torch.tensor<[3],!torch.quint8>
# CHECK-NEXT:    torch.slot "q_again", %[[Q2]] : !torch.tensor<[1],!torch.quint8>
# CHECK-NEXT:    torch.slot "same_zero_point", %[[ZP]] : !torch.int

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
