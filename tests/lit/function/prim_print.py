# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# print(...) -> torch.prim.Print with every argument as an operand.
# (A bare `print()` imports too, but the torch dialect prints the operand-less
# op as `torch.prim.Print() : `, which its own parser rejects.)

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.prints(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int)
# CHECK:         %[[S:.*]] = torch.constant.str "x ="
# CHECK:         torch.prim.Print(%[[S]], %[[X]], %[[N]]) : !torch.str, !torch.tensor, !torch.int
@mb.import_function
@torch.jit.script
def prints(x: torch.Tensor, n: int):
    print("x =", x, n)


mb.module.operation.verify()
print(mb.module)
