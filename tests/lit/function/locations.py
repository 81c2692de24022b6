# RUN: %PYTHON %s | torch-mlir-opt -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s

# Each op carries the TorchScript source location (file:line:col) wrapped in a
# name location with the operator name; block arguments take the graph's
# param node location; functions themselves have unknown locations.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.add3(
# CHECK-SAME:      loc("prim::Param")
@mb.import_function
@torch.jit.script
def add3(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor) -> torch.Tensor:
    # CHECK: torch.aten.add.Tensor {{.*}} loc("aten::add"("{{.*}}locations.py":[[# @LINE + 1]]:{{[0-9]+}}))
    intermediate = t0 + t1
    # CHECK: torch.aten.mul.Tensor {{.*}} loc("aten::mul"("{{.*}}locations.py":[[# @LINE + 1]]:{{[0-9]+}}))
    final = intermediate * t2
    # CHECK: return {{.*}} loc("prim::Return")
    return final
    # CHECK: } loc(unknown)


# Control flow ops are located too.
# CHECK-LABEL: func.func @__torch__.branch(
@mb.import_function
@torch.jit.script
def branch(c: bool, x: int) -> int:
    # CHECK: torch.prim.If
    # CHECK: } loc("prim::If"("{{.*}}locations.py":[[# @LINE + 1]]:{{[0-9]+}}))
    if c:
        return x
    return -x


# After inlining, a node carries the call stack it was inlined through: a
# callsite location whose caller is named after the inlined function.
@torch.jit.script
def inner(x: torch.Tensor) -> torch.Tensor:
    # CHECK-LABEL: func.func @__torch__.outer(
    # CHECK: torch.aten.add.Scalar {{.*}} loc("aten::add"(callsite("{{.*}}locations.py":[[# @LINE + 1]]:{{[0-9]+}} at "__torch__.inner"("{{.*}}locations.py":[[# @LINE + 7]]:{{[0-9]+}}))))
    return x + 1


@torch.jit.script
def outer(x: torch.Tensor) -> torch.Tensor:
    # CHECK: torch.aten.mul.Scalar {{.*}} loc("aten::mul"("{{.*}}locations.py":[[# @LINE + 1]]:{{[0-9]+}}))
    return inner(x) * 2


torch._C._jit_pass_inline(outer.graph)
mb.import_function(outer)

mb.module.operation.verify()
print(mb.module.operation.get_asm(enable_debug_info=True))
