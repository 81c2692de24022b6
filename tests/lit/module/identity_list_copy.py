# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# `self.l2 = self.l1 = [1]` is one Python list, but TorchScript copies list
# attributes when scripting, so the importer (which memoizes lists by
# identity) sees, and emits, two separate lists.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.l2 = self.l1 = [1]

    def forward(self):
        return self.l1


# CHECK:       %[[ONE:.*]] = torch.constant.int 1
# CHECK:       %[[L2:.*]] = torch.prim.ListConstruct %[[ONE]] : (!torch.int) -> !torch.list<int>
# CHECK:       %[[L1:.*]] = torch.prim.ListConstruct %[[ONE]] : (!torch.int) -> !torch.list<int>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "l2", %[[L2]] : !torch.list<int>
# CHECK:         torch.slot "l1", %[[L1]] : !torch.list<int>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
