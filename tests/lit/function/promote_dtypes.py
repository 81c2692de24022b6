# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# A call to a function named `__torch_mlir_internal_promote_dtypes` (the
# helper dtype functions use) becomes `torch.promote_dtypes` instead of a
# call; no func.constant is left behind for it, so the module verifies without
# that function being imported.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


@torch.jit.script
def __torch_mlir_internal_promote_dtypes(
    ranks: typing.List[typing.Optional[int]], dtypes: typing.List[int]
) -> int:
    return dtypes[0]


# CHECK-LABEL: func.func @__torch__.result_dtype(
# CHECK-SAME:      %[[RANK:.*]]: !torch.int, %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int) -> !torch.int
# CHECK-NOT:     constant @
# CHECK:         %[[RANKS:.*]] = torch.prim.ListConstruct %[[RANK]], %{{.*}} : (!torch.int, !torch.none) -> !torch.list<optional<int>>
# CHECK:         %[[DTYPES:.*]] = torch.prim.ListConstruct %[[A]], %[[B]] : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         %[[R:.*]] = torch.promote_dtypes %[[RANKS]], %[[DTYPES]] : (!torch.list<optional<int>>, !torch.list<int>) -> !torch.int
# CHECK:         return %[[R]] : !torch.int
# CHECK-NOT:     @__torch__.__torch_mlir_internal_promote_dtypes
@mb.import_function
@torch.jit.script
def result_dtype(rank: int, a: int, b: int) -> int:
    return __torch_mlir_internal_promote_dtypes([rank, None], [a, b])


mb.module.operation.verify()
print(mb.module)
