# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Tensors over 4 KiB become `dense_resource<name>` literals whose bytes are a
# private copy of the tensor's data, named after the attribute (uniqued when
# two attributes share a name). Later in-place updates of the user's tensor do
# not reach the IR.

import gc

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self, value):
        super().__init__()
        # 1025 float32 values: 4100 bytes, just over the dense<> limit.
        self.weight = torch.full((1025,), value)

    def forward(self):
        return self.weight


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.first = Sub(1.0)
        self.second = Sub(2.0)
        # Exactly 4096 bytes: still a dense<> literal.
        self.small = torch.zeros(1024)
        self.ints = torch.arange(600, dtype=torch.int64).reshape(20, 30)

    def forward(self):
        return self.first()


# CHECK-DAG:   torch.tensor.literal(dense<0.000000e+00> : tensor<1024xf32>) : !torch.tensor<[1024],f32>
# CHECK-DAG:   torch.tensor.literal(dense_resource<ints> : tensor<20x30xsi64>) : !torch.tensor<[20,30],si64>
# CHECK-DAG:   torch.tensor.literal(dense_resource<weight> : tensor<1025xf32>) : !torch.tensor<[1025],f32>
# CHECK-DAG:   torch.tensor.literal(dense_resource<weight_1> : tensor<1025xf32>) : !torch.tensor<[1025],f32>
# CHECK:       {-#
# CHECK-NEXT:    dialect_resources: {
# CHECK-NEXT:      builtin: {
# The blob starts with its alignment (8 for int64), then the data: 0, 1, 2...
# CHECK-DAG:         ints: "0x08000000000000000000000001000000000000000200000000000000
# 1.0f is 0x3F800000, little-endian 0000803F; 2.0f is 00000040.
# CHECK-DAG:         weight: "0x04000000{{(0000803F)+}}"
# CHECK-DAG:         weight_1: "0x04000000{{(00000040)+}}"

scripted = torch.jit.script(TestModule())
mb = ModuleBuilder()
mb.import_module(scripted._c)
# Neither mutating nor freeing the module's tensors affects the IR.
scripted.first.weight.fill_(5.0)
del scripted
gc.collect()

mb.module.operation.verify()
print(mb.module)
