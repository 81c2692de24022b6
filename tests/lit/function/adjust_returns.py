# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# func.return operands are adjusted to the schema's return types: torch.derefine
# for subtypes (int -> Optional[int], tuple of tensors -> tuple of optionals),
# torch.tensor_static_info_cast for more refined tensors.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.optional_return(
# CHECK-SAME:      %[[ARG:.*]]: !torch.int) -> !torch.optional<int> {
# CHECK:         %[[RET:.*]] = torch.derefine %[[ARG]] : !torch.int to !torch.optional<int>
# CHECK:         return %[[RET]] : !torch.optional<int>
@mb.import_function
@torch.jit.script
def optional_return(i: int) -> typing.Optional[int]:
    return i


# CHECK-LABEL: func.func @__torch__.tuple_optional_return(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tuple<optional<tensor>, optional<tensor>> {
# CHECK:         %[[T:.*]] = torch.prim.TupleConstruct %[[X]], %[[X]] : !torch.tensor, !torch.tensor -> !torch.tuple<tensor, tensor>
# CHECK:         %[[RET:.*]] = torch.derefine %[[T]] : !torch.tuple<tensor, tensor> to !torch.tuple<optional<tensor>, optional<tensor>>
# CHECK:         return %[[RET]] : !torch.tuple<optional<tensor>, optional<tensor>>
@mb.import_function
@torch.jit.script
def tuple_optional_return(
    x: torch.Tensor,
) -> typing.Tuple[typing.Optional[torch.Tensor], typing.Optional[torch.Tensor]]:
    return x, x


# CHECK-LABEL: func.func @__torch__.none_return(
# CHECK-SAME:      ) -> !torch.optional<int> {
# CHECK:         %[[NONE:.*]] = torch.constant.none
# CHECK:         %[[RET:.*]] = torch.derefine %[[NONE]] : !torch.none to !torch.optional<int>
# CHECK:         return %[[RET]] : !torch.optional<int>
@mb.import_function
@torch.jit.script
def none_return() -> typing.Optional[int]:
    return None


# A traced function's result is a refined tensor; the schema says Tensor.
# CHECK-LABEL: func.func @__torch__.traced_relu(
# CHECK:         %[[R:.*]] = torch.aten.relu %{{.*}} : !torch.tensor<[3],f32> -> !torch.tensor<[3],f32>
# CHECK:         %[[RET:.*]] = torch.tensor_static_info_cast %[[R]] : !torch.tensor<[3],f32> to !torch.tensor
# CHECK:         return %[[RET]] : !torch.tensor
def traced_relu(x):
    return torch.relu(x)


mb.import_function(torch.jit.trace(traced_relu, torch.ones(3)))

mb.module.operation.verify()
print(mb.module)
