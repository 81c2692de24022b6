# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Methods become private func.funcs named <class qualname>.<method>, with one
# (usually empty) argument-attribute dictionary per argument, referenced from
# the class type by torch.method; methods calling methods use CallMethod on
# `self`, and the callee's arguments are adjusted to its schema.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.scaled(x, 2)

    @torch.jit.export
    def scaled(self, x: torch.Tensor, factor: typing.Optional[int]) -> torch.Tensor:
        if factor is None:
            return x
        return x * factor


# CHECK-LABEL: func.func private @__torch__.TestModule.forward(
# CHECK-SAME:      %[[SELF:.*]]: !torch.nn.Module<"__torch__.TestModule">, %[[X:.*]]: !torch.tensor) -> !torch.tensor {
# CHECK:         %[[TWO:.*]] = torch.constant.int 2
# CHECK:         %[[FACTOR:.*]] = torch.derefine %[[TWO]] : !torch.int to !torch.optional<int>
# CHECK:         %[[R:.*]] = torch.prim.CallMethod %[[SELF]]["scaled"] (%[[X]], %[[FACTOR]]) : !torch.nn.Module<"__torch__.TestModule">, (!torch.tensor, !torch.optional<int>) -> !torch.tensor
# CHECK:         return %[[R]] : !torch.tensor
# CHECK-LABEL: func.func private @__torch__.TestModule.scaled(
# CHECK-SAME:      !torch.nn.Module<"__torch__.TestModule">, %{{.*}}: !torch.tensor, %{{.*}}: !torch.optional<int>) -> !torch.tensor
# CHECK-LABEL: torch.class_type @__torch__.TestModule {
# CHECK:         torch.method "forward", @__torch__.TestModule.forward
# CHECK:         torch.method "scaled", @__torch__.TestModule.scaled

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
# The generic form shows the argument attributes: one empty dict per argument.
generic = mb.module.operation.get_asm(print_generic_op_form=True)
assert "arg_attrs = [{}, {}]" in generic and "arg_attrs = [{}, {}, {}]" in generic, generic
