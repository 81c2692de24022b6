# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# An op the torch dialect does not register (here a custom op defined with
# torch.library) is imported generically as `torch.operator "<ns>.<name>"`.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

lib = torch.library.Library("goofy", "DEF")
lib.define("identity(Tensor t) -> Tensor")
lib.define("scaled.out(Tensor t, float s, *, Tensor(a!) out) -> Tensor(a!)")
lib.define("split_two(Tensor t) -> (Tensor, Tensor)")
lib.impl("identity", lambda t: t, "CompositeExplicitAutograd")
lib.impl("scaled.out", lambda t, s, out: out.copy_(t * s), "CompositeExplicitAutograd")
lib.impl("split_two", lambda t: (t, t), "CompositeExplicitAutograd")

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.custom_ops(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[OUT:.*]]: !torch.tensor)
# CHECK:         %[[ID:.*]] = torch.operator "goofy.identity"(%[[X]]) : (!torch.tensor) -> !torch.tensor
# The overload name is part of the operator name.
# CHECK:         %[[SC:.*]] = torch.operator "goofy.scaled.out"(%[[ID]], %{{.*}}, %[[OUT]]) : (!torch.tensor, !torch.float, !torch.tensor) -> !torch.tensor
# CHECK:         %[[TWO:.*]]:2 = torch.operator "goofy.split_two"(%[[SC]]) : (!torch.tensor) -> (!torch.tensor, !torch.tensor)
# CHECK:         torch.prim.TupleConstruct %[[TWO]]#0, %[[TWO]]#1
@mb.import_function
@torch.jit.script
def custom_ops(x: torch.Tensor, out: torch.Tensor):
    y = torch.ops.goofy.identity(x)
    z = torch.ops.goofy.scaled(y, 2.0, out=out)
    return torch.ops.goofy.split_two(z)


mb.module.operation.verify()
print(mb.module)
