# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Call operands are adjusted to the callee's parameter types: the graph inputs
# of the callee for prim::CallFunction, the method schema for prim::CallMethod.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


@mb.import_function
@torch.jit.script
def takes_wide_types(
    t: typing.Optional[torch.Tensor], u: typing.Union[int, str], l: typing.List[int]
) -> int:
    return len(l)


# CHECK-LABEL: func.func @__torch__.call_function(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int, %[[L:.*]]: !torch.list<int>)
# CHECK:         %[[F:.*]] = constant @__torch__.takes_wide_types
# CHECK:         %[[T:.*]] = torch.derefine %[[X]] : !torch.tensor to !torch.optional<tensor>
# CHECK:         %[[U:.*]] = torch.derefine %[[N]] : !torch.int to !torch.union<int, str>
# The list already has the parameter type: no adjustment.
# CHECK:         call_indirect %[[F]](%[[T]], %[[U]], %[[L]]) : (!torch.optional<tensor>, !torch.union<int, str>, !torch.list<int>) -> !torch.int
@mb.import_function
@torch.jit.script
def call_function(x: torch.Tensor, n: int, l: typing.List[int]) -> int:
    return takes_wide_types(x, n, l)


@torch.jit.script
class Scaler:
    def __init__(self):
        self.factor = 2.0

    def scale(self, x: typing.Optional[torch.Tensor], by: typing.Optional[float]) -> float:
        return self.factor


# CHECK-LABEL: func.func @__torch__.call_method(
# CHECK-SAME:      %[[S:.*]]: !torch.nn.Module<"__torch__.Scaler">, %[[X:.*]]: !torch.tensor)
# CHECK:         %[[NONE:.*]] = torch.constant.none
# CHECK:         %[[XO:.*]] = torch.derefine %[[X]] : !torch.tensor to !torch.optional<tensor>
# CHECK:         %[[BY:.*]] = torch.derefine %[[NONE]] : !torch.none to !torch.optional<float>
# CHECK:         torch.prim.CallMethod %[[S]]["scale"] (%[[XO]], %[[BY]]) : !torch.nn.Module<"__torch__.Scaler">, (!torch.optional<tensor>, !torch.optional<float>) -> !torch.float
@mb.import_function
@torch.jit.script
def call_method(s: Scaler, x: torch.Tensor) -> float:
    return s.scale(x, None)


mb.module.operation.verify()
print(mb.module)
