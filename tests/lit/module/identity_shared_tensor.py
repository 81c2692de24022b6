# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# A tensor referenced from several places is imported once (tensors are
# memoized by identity), so every slot uses the same literal.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self, t):
        super().__init__()
        self.t = t

    def forward(self):
        return self.t


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        shared = torch.tensor([10.0, 20.0])
        self.t1 = self.t2 = shared
        self.sub = Sub(shared)
        self.in_list = [shared]
        # Equal values under a different identity are not shared.
        self.copy = shared.clone()

    def forward(self):
        return self.t1


# CHECK:       %[[T:.*]] = torch.tensor.literal(dense<[1.000000e+01, 2.000000e+01]> : tensor<2xf32>) : !torch.tensor<[2],f32>
# CHECK:       %[[LIST:.*]] = torch.prim.ListConstruct %[[T]] : (!torch.tensor<[2],f32>) -> !torch.list<tensor>
# CHECK:       %[[COPY:.*]] = torch.tensor.literal(dense<[1.000000e+01, 2.000000e+01]> : tensor<2xf32>) : !torch.tensor<[2],f32>
# CHECK-NOT:   torch.tensor.literal
# CHECK:       %[[SUB:.*]] = torch.nn_module {
# CHECK:         torch.slot "t", %[[T]] : !torch.tensor<[2],f32>
# CHECK:       } : !torch.nn.Module<"__torch__.Sub">
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "t1", %[[T]] : !torch.tensor<[2],f32>
# CHECK:         torch.slot "t2", %[[T]] : !torch.tensor<[2],f32>
# CHECK:         torch.slot "in_list", %[[LIST]] : !torch.list<tensor>
# CHECK:         torch.slot "copy", %[[COPY]] : !torch.tensor<[2],f32>
# CHECK:         torch.slot "sub", %[[SUB]] : !torch.nn.Module<"__torch__.Sub">
# CHECK:       } : !torch.nn.Module<"__torch__.TestModule">

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
