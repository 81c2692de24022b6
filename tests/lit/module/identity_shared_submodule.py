# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Objects are memoized by identity: one submodule object held by two
# attributes is one torch.nn_module used by both slots.
#
# (torch.jit.script makes a separate script module per attribute even when
# the Python attributes hold the same nn.Module, so the sharing is
# re-established on the scripted object itself.)

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.n = 1

    def forward(self, x):
        return x + self.n


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Sub()
        self.b = Sub()

    def forward(self, x):
        return self.b(self.a(x))


# CHECK:       torch.class_type @__torch__.Sub
# CHECK-NOT:   torch.class_type @__torch__.Sub
# CHECK:       %[[SUB:.*]] = torch.nn_module {
# CHECK:       } : !torch.nn.Module<"__torch__.Sub">
# CHECK-NOT:   !torch.nn.Module<"__torch__.Sub">{{$}}
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "a", %[[SUB]] : !torch.nn.Module<"__torch__.Sub">
# CHECK:         torch.slot "b", %[[SUB]] : !torch.nn.Module<"__torch__.Sub">
# CHECK:       } : !torch.nn.Module<"__torch__.TestModule">

scripted = torch.jit.script(TestModule())
scripted._c.setattr("b", scripted._c.getattr("a"))

mb = ModuleBuilder()
mb.import_module(scripted._c)
mb.module.operation.verify()
print(mb.module)
