# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# `raise` -> torch.prim.RaiseException with the message and the qualified
# exception class name.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.checked(
# CHECK-DAG:     %[[MSG:.*]] = torch.constant.str "negative input"
# CHECK-DAG:     %[[CLS:.*]] = torch.constant.str "builtins.ValueError"
# CHECK:         torch.prim.If %{{.*}} -> () {
# CHECK:           torch.prim.RaiseException %[[MSG]], %[[CLS]] : !torch.str, !torch.str
# CHECK:           torch.prim.If.yield
# CHECK:         } else {
@mb.import_function
@torch.jit.script
def checked(n: int) -> int:
    if n < 0:
        raise ValueError("negative input")
    return n


# An exception without arguments has an empty message.
# CHECK-LABEL: func.func @__torch__.no_message(
# CHECK-DAG:     %[[CLS:.*]] = torch.constant.str "builtins.RuntimeError"
# CHECK-DAG:     %[[EMPTY:.*]] = torch.constant.str ""
# CHECK:         torch.prim.RaiseException %[[EMPTY]], %[[CLS]] : !torch.str, !torch.str
@mb.import_function
@torch.jit.script
def no_message(n: int) -> int:
    if n == 3:
        raise RuntimeError()
    return n


mb.module.operation.verify()
print(mb.module)
