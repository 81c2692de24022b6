# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::CallMethod -> torch.prim.CallMethod %obj["<method>"] (%args), with the
# arguments adjusted to the method's schema.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


@torch.jit.script
class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, amount: int, scale: typing.Optional[int]) -> int:
        if scale is not None:
            amount = amount * scale
        self.total += amount
        return self.total


mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.call_method(
# CHECK-SAME:      %[[ACC:.*]]: !torch.nn.Module<"__torch__.Accumulator">, %[[N:.*]]: !torch.int) -> !torch.int
# The int passed for `Optional[int] scale` is derefined to the schema type.
# CHECK:         %[[SCALE:.*]] = torch.derefine %[[N]] : !torch.int to !torch.optional<int>
# CHECK:         %[[R:.*]] = torch.prim.CallMethod %[[ACC]]["add"] (%[[N]], %[[SCALE]]) : !torch.nn.Module<"__torch__.Accumulator">, (!torch.int, !torch.optional<int>) -> !torch.int
# CHECK:         return %[[R]] : !torch.int
@mb.import_function
@torch.jit.script
def call_method(acc: Accumulator, n: int) -> int:
    return acc.add(n, n)


mb.module.operation.verify()
print(mb.module)
