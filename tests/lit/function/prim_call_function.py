# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::CallFunction -> func.call_indirect of the callee's function constant
# (prim::Constant of function type -> func.constant @<qualified name>), with
# the arguments adjusted to the callee's parameter types.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# The callee is imported too, so that func.constant refers to a function.
# CHECK-LABEL: func.func @__torch__.callee(
# CHECK-SAME:      %{{.*}}: !torch.tensor, %{{.*}}: !torch.optional<int>) -> !torch.tensor
@mb.import_function
@torch.jit.script
def callee(x: torch.Tensor, n: typing.Optional[int]) -> torch.Tensor:
    if n is None:
        return x
    return x * n


# CHECK-LABEL: func.func @__torch__.caller(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int) -> !torch.tensor
# CHECK:         %[[F:.*]] = constant @__torch__.callee : (!torch.tensor, !torch.optional<int>) -> !torch.tensor
# CHECK:         %[[ARG:.*]] = torch.derefine %[[N]] : !torch.int to !torch.optional<int>
# CHECK:         %[[R:.*]] = call_indirect %[[F]](%[[X]], %[[ARG]]) : (!torch.tensor, !torch.optional<int>) -> !torch.tensor
# CHECK:         return %[[R]] : !torch.tensor
@mb.import_function
@torch.jit.script
def caller(x: torch.Tensor, n: int) -> torch.Tensor:
    return callee(x, n)


mb.module.operation.verify()
print(mb.module)
