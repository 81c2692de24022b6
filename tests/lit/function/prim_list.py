# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::ListConstruct / prim::ListUnpack -> torch.prim.ListConstruct /
# torch.prim.ListUnpack, typed by the JIT list type.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.list_construct(
# CHECK-SAME:      %[[A:.*]]: !torch.int, %[[T:.*]]: !torch.tensor, %[[O:.*]]: !torch.optional<int>)
# CHECK:         %[[EMPTY:.*]] = torch.prim.ListConstruct  : () -> !torch.list<float>
# CHECK:         %[[INTS:.*]] = torch.prim.ListConstruct %[[A]], %[[A]] : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         %[[TENSORS:.*]] = torch.prim.ListConstruct %[[T]] : (!torch.tensor) -> !torch.list<tensor>
# CHECK:         %[[OPTS:.*]] = torch.prim.ListConstruct %[[O]], %{{.*}} : (!torch.optional<int>, !torch.none) -> !torch.list<optional<int>>
# CHECK:         torch.prim.TupleConstruct %[[INTS]], %[[TENSORS]], %[[OPTS]], %[[EMPTY]] :
@mb.import_function
@torch.jit.script
def list_construct(a: int, t: torch.Tensor, o: typing.Optional[int]):
    empty: typing.List[float] = []
    return [a, a], [t], [o, None], empty


# CHECK-LABEL: func.func @__torch__.list_unpack(
# CHECK-SAME:      %[[L:.*]]: !torch.list<tensor>) -> !torch.tensor
# CHECK:         %[[AB:.*]]:2 = torch.prim.ListUnpack %[[L]] : !torch.list<tensor> -> !torch.tensor, !torch.tensor
# CHECK:         torch.aten.add.Tensor %[[AB]]#0, %[[AB]]#1, %{{.*}} :
@mb.import_function
@torch.jit.script
def list_unpack(l: typing.List[torch.Tensor]) -> torch.Tensor:
    a, b = l
    return a + b


# List ops with a schema (here __getitem__ and len) are ordinary ops.
# CHECK-LABEL: func.func @__torch__.list_ops(
# CHECK:         torch.aten.__getitem__.t %{{.*}}, %{{.*}} : !torch.list<int>, !torch.int -> !torch.int
# CHECK:         torch.aten.len.t %{{.*}} : !torch.list<int> -> !torch.int
@mb.import_function
@torch.jit.script
def list_ops(l: typing.List[int]) -> int:
    return l[1] + len(l)


mb.module.operation.verify()
print(mb.module)
