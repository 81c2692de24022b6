# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Submodules are imported depth-first: a class type is emitted once, the first
# time its class is seen; each submodule's slot values and nn_module come
# before its parent's, and the root nn_module is last.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Leaf(torch.nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def forward(self, x):
        return x + self.n


class Middle(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.left = Leaf(1)
        self.right = Leaf(2)

    def forward(self, x):
        return self.right(self.left(x))


class Root(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.middle = Middle()
        self.leaves = torch.nn.ModuleList([Leaf(3)])

    def forward(self, x):
        for leaf in self.leaves:
            x = leaf(x)
        return self.middle(x)


# CHECK-LABEL: torch.class_type @__torch__.Root {
# CHECK:         torch.attr "middle" : !torch.nn.Module<"__torch__.Middle">
# CHECK:         torch.attr "leaves" : !torch.nn.Module<"__torch__.torch.nn.modules.container.ModuleList">
# CHECK:         torch.method "forward", @__torch__.Root.forward
# CHECK-LABEL: torch.class_type @__torch__.Middle {
# CHECK-LABEL: torch.class_type @__torch__.Leaf {
# CHECK:         torch.attr "n" : !torch.int
# CHECK:       %[[ONE:.*]] = torch.constant.int 1
# CHECK:       %[[LEFT:.*]] = torch.nn_module {
# CHECK:         torch.slot "n", %[[ONE]] : !torch.int
# CHECK:       } : !torch.nn.Module<"__torch__.Leaf">
# CHECK-NOT:   torch.class_type @__torch__.Leaf
# CHECK:       %[[TWO:.*]] = torch.constant.int 2
# CHECK:       %[[RIGHT:.*]] = torch.nn_module {
# CHECK:         torch.slot "n", %[[TWO]] : !torch.int
# CHECK:       } : !torch.nn.Module<"__torch__.Leaf">
# CHECK:       %[[MIDDLE:.*]] = torch.nn_module {
# CHECK:         torch.slot "left", %[[LEFT]] : !torch.nn.Module<"__torch__.Leaf">
# CHECK:         torch.slot "right", %[[RIGHT]] : !torch.nn.Module<"__torch__.Leaf">
# CHECK:       } : !torch.nn.Module<"__torch__.Middle">
# ModuleList items are attributes named "0", "1", ... of a ModuleList class.
# CHECK-LABEL: torch.class_type @__torch__.torch.nn.modules.container.ModuleList {
# CHECK:         torch.attr "0" : !torch.nn.Module<"__torch__.Leaf">
# CHECK:       %[[LEAF3:.*]] = torch.nn_module {
# CHECK:       } : !torch.nn.Module<"__torch__.Leaf">
# CHECK:       %[[LIST:.*]] = torch.nn_module {
# CHECK:         torch.slot "0", %[[LEAF3]] : !torch.nn.Module<"__torch__.Leaf">
# CHECK:       } : !torch.nn.Module<"__torch__.torch.nn.modules.container.ModuleList">
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "middle", %[[MIDDLE]] : !torch.nn.Module<"__torch__.Middle">
# CHECK:         torch.slot "leaves", %[[LIST]] : !torch.nn.Module<"__torch__.torch.nn.modules.container.ModuleList">
# CHECK:       } : !torch.nn.Module<"__torch__.Root">
# CHECK-NOT:   torch.nn_module

mb = ModuleBuilder()
mb.import_module(torch.jit.script(Root())._c)
mb.module.operation.verify()
print(mb.module)
