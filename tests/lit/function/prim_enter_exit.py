# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# `with obj:` on a scripted class with __enter__/__exit__ -> torch.prim.Enter
# before the body and torch.prim.Exit after it.
#
# The torch dialect types prim.Enter's result as !torch.none (and prim.Exit's,
# as TorchScript does, as a tensor), so __enter__ here returns None; an
# __enter__ returning `self` imports but does not verify.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


@torch.jit.script
class Guard:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1

    def __exit__(self, exc_type: typing.Any, exc_value: typing.Any, traceback: typing.Any):
        self.depth -= 1


mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.guarded(
# CHECK-SAME:      %[[G:.*]]: !torch.nn.Module<"__torch__.Guard">, %[[X:.*]]: !torch.tensor) -> !torch.tensor
# CHECK:         %{{.*}} = torch.prim.Enter %[[G]] : !torch.nn.Module<"__torch__.Guard">
# CHECK:         %[[Y:.*]] = torch.aten.mul.Scalar %[[X]]
# CHECK:         %{{.*}} = torch.prim.Exit %[[G]] : !torch.nn.Module<"__torch__.Guard"> -> !torch.tensor
# CHECK:         return %[[Y]] : !torch.tensor
@mb.import_function
@torch.jit.script
def guarded(g: Guard, x: torch.Tensor) -> torch.Tensor:
    with g:
        x = x * 2
    return x


mb.module.operation.verify()
print(mb.module)
