# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# import_module sets the `torch.debug_module_name` module attribute to the
# last atom of the root class's qualified name. A later import into the same
# builder overwrites it.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def forward(self, x):
        return x


# CHECK-LABEL: module attributes {torch.debug_module_name = "TestModule"} {
# CHECK:         torch.class_type @__torch__.TestModule
mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)

# __torch__.torch.nn.modules.linear.Linear -> "Linear"
# CHECK-LABEL: module attributes {torch.debug_module_name = "Linear"} {
# CHECK:         torch.class_type @__torch__.TestModule
# CHECK:         torch.class_type @__torch__.torch.nn.modules.linear.Linear
mb.import_module(torch.jit.script(torch.nn.Linear(1, 1))._c)
mb.module.operation.verify()
print(mb.module)
