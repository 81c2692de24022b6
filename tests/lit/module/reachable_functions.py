# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# import_module imports the functions reachable from the module's classes
# (their methods, and the functions and methods those call, transitively) as
# private func.funcs -- not every function of the process-wide compilation
# unit: an unrelated scripted function does not appear. (Design decision; the
# old importer imported the whole compilation unit.)

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


@torch.jit.script
def unrelated(x: torch.Tensor) -> torch.Tensor:
    return x - 1


def leaf_helper(x: torch.Tensor) -> torch.Tensor:
    return x * 2


def helper(x: torch.Tensor) -> torch.Tensor:
    return leaf_helper(x) + 1


@torch.jit.script
class Tool:
    def __init__(self):
        self.k = 1

    def apply(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.k


class TestModule(torch.nn.Module):
    def forward(self, x):
        return self.other(helper(x))

    @torch.jit.export
    def other(self, x):
        return Tool().apply(x)


# CHECK-DAG:   func.func private @__torch__.TestModule.forward(
# CHECK-DAG:   func.func private @__torch__.TestModule.other(
# CHECK-DAG:   func.func private @__torch__.helper(
# CHECK-DAG:   func.func private @__torch__.leaf_helper(
# Methods of a class created in a method are reached through its CallMethod.
# CHECK-DAG:   func.func private @__torch__.Tool.__init__(
# CHECK-DAG:   func.func private @__torch__.Tool.apply(
# CHECK-NOT:   @__torch__.unrelated
# Functions precede the class types and the object graph.
# CHECK:       torch.class_type @__torch__.TestModule {
# CHECK-NOT:   func.func

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
# Anywhere in the module, not only where the CHECK-NOT above looks.
assert "unrelated" not in str(mb.module)
print(mb.module)
