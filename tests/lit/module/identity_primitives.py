# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Equal primitive values share one constant, wherever they appear: every
# `training` slot uses the same %true, equal ints/strings/floats are one op.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.n = 5
        self.s = "same"

    def forward(self):
        return self.n


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = 5
        self.b = 5
        self.s = "same"
        self.f1 = 1.5
        self.f2 = 1.5
        self.ints = [5, 5]
        self.sub = Sub()

    def forward(self):
        return self.a


# CHECK:       %[[TRUE:.*]] = torch.constant.bool true
# CHECK:       %[[NONE:.*]] = torch.constant.none
# CHECK:       %[[FIVE:.*]] = torch.constant.int 5
# CHECK-NOT:   torch.constant.int 5
# CHECK:       %[[SAME:.*]] = torch.constant.str "same"
# CHECK-NOT:   torch.constant.str "same"
# CHECK:       %[[F:.*]] = torch.constant.float 1.500000e+00
# CHECK-NOT:   torch.constant
# CHECK:       %[[INTS:.*]] = torch.prim.ListConstruct %[[FIVE]], %[[FIVE]]
# CHECK-NOT:   torch.constant
# CHECK:       %[[SUB:.*]] = torch.nn_module {
# CHECK:         torch.slot "training", %[[TRUE]] : !torch.bool
# CHECK:         torch.slot "_is_full_backward_hook", %[[NONE]] : !torch.none
# CHECK:         torch.slot "n", %[[FIVE]] : !torch.int
# CHECK:         torch.slot "s", %[[SAME]] : !torch.str
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "training", %[[TRUE]] : !torch.bool
# CHECK:         torch.slot "_is_full_backward_hook", %[[NONE]] : !torch.none
# CHECK:         torch.slot "a", %[[FIVE]] : !torch.int
# CHECK:         torch.slot "b", %[[FIVE]] : !torch.int
# CHECK:         torch.slot "s", %[[SAME]] : !torch.str
# CHECK:         torch.slot "f1", %[[F]] : !torch.float
# CHECK:         torch.slot "f2", %[[F]] : !torch.float
# CHECK:         torch.slot "ints", %[[INTS]] : !torch.list<int>
# CHECK:         torch.slot "sub", %[[SUB]]

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
