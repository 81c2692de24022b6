# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# TupleConstruct operands are adjusted to the tuple's element types, and here
# (only here) refinement is allowed: an Optional operand of a tuple typed with
# the non-optional element is unchecked-cast, a plain tensor is cast to the
# refined tensor type.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

# CHECK-LABEL: func.func @tuple_refinement(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[O:.*]]: !torch.optional<int>) -> !torch.tuple<tensor, int>
# CHECK:         %[[XR:.*]] = torch.tensor_static_info_cast %[[X]] : !torch.tensor to !torch.tensor<[2],f32>
# CHECK:         %[[OR:.*]] = torch.prim.unchecked_cast %[[O]] : !torch.optional<int> -> !torch.int
# CHECK:         %[[T:.*]] = torch.prim.TupleConstruct %[[XR]], %[[OR]] : !torch.tensor<[2],f32>, !torch.int -> !torch.tuple<tensor<[2],f32>, int>
# The return goes back to the schema's tuple type.
# CHECK:         %[[RET:.*]] = torch.derefine %[[T]] : !torch.tuple<tensor<[2],f32>, int> to !torch.tuple<tensor, int>
# CHECK:         return %[[RET]] : !torch.tuple<tensor, int>
graph = torch._C.parse_ir(
    """
graph(%x : Tensor, %o : int?):
  %t : (Float(2), int) = prim::TupleConstruct(%x, %o)
  return (%t)
"""
)
mb.import_function(torch._C.CompilationUnit().create_function("tuple_refinement", graph))

mb.module.operation.verify()
print(mb.module)
