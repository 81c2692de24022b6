# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::TupleConstruct / prim::TupleUnpack / prim::TupleIndex.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.tuple_construct(
# CHECK-SAME:      %[[A:.*]]: !torch.int, %[[T:.*]]: !torch.tensor) -> !torch.tuple<int, tuple<tensor, int>>
# CHECK:         %[[INNER:.*]] = torch.prim.TupleConstruct %[[T]], %[[A]] : !torch.tensor, !torch.int -> !torch.tuple<tensor, int>
# CHECK:         %[[OUTER:.*]] = torch.prim.TupleConstruct %[[A]], %[[INNER]] : !torch.int, !torch.tuple<tensor, int> -> !torch.tuple<int, tuple<tensor, int>>
# CHECK:         return %[[OUTER]] : !torch.tuple<int, tuple<tensor, int>>
@mb.import_function
@torch.jit.script
def tuple_construct(a: int, t: torch.Tensor):
    return a, (t, a)


# CHECK-LABEL: func.func @__torch__.tuple_unpack(
# CHECK-SAME:      %[[TUP:.*]]: !torch.tuple<int, str, float>) -> !torch.int
# CHECK:         %[[ISF:.*]]:3 = torch.prim.TupleUnpack %[[TUP]] : !torch.tuple<int, str, float> -> !torch.int, !torch.str, !torch.float
# CHECK:         %[[LEN:.*]] = torch.aten.len.str %[[ISF]]#1
# CHECK:         torch.aten.add.int %[[ISF]]#0, %[[LEN]]
@mb.import_function
@torch.jit.script
def tuple_unpack(tup: typing.Tuple[int, str, float]) -> int:
    i, s, f = tup
    return i + len(s)


# CHECK-LABEL: func.func @__torch__.tuple_index(
# CHECK-SAME:      %[[TUP:.*]]: !torch.tuple<tensor, tensor>, %[[IDX:.*]]: !torch.int) -> !torch.tensor
# CHECK:         %[[T:.*]] = torch.prim.TupleIndex %[[TUP]], %[[IDX]] : !torch.tuple<tensor, tensor>, !torch.int -> !torch.tensor
# CHECK:         return %[[T]] : !torch.tensor
@mb.import_function
@torch.jit.script
def tuple_index(tup: typing.Tuple[torch.Tensor, torch.Tensor], idx: int) -> torch.Tensor:
    # A computed index into a homogeneous tuple (constant indices are
    # resolved to a TupleUnpack by TorchScript).
    return tup[idx]


mb.module.operation.verify()
print(mb.module)
