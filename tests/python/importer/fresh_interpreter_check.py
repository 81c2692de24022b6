"""Run as a script by test_module_builder.py, in a fresh interpreter.

The importer's extension must work as the very first import of a process,
and the core wheel's own Python packages must keep working beside it. Run as
__main__, TorchScript names classes `__torch__.<name>`, so this also checks
the exact legacy text of the unsupported-type error.
"""

import enum  # noqa: E402

import torch  # noqa: E402

import torch_mlir._mlir_libs._jit_ir_importer as native  # noqa: E402  (first!)
import torch_mlir.fx  # noqa: E402,F401
import torch_mlir.ir  # noqa: E402

mb = native.ModuleBuilder()
assert isinstance(mb.context, torch_mlir.ir.Context)


@torch.jit.script
def add_one(x: torch.Tensor) -> torch.Tensor:
    return x + 1


mb.import_function(add_one)
mb.module.operation.verify()
print("imported:", "torch.aten.add.Scalar" in str(mb.module))

# The wheel's own IR API on the same context.
with mb.context, torch_mlir.ir.Location.unknown():
    parsed = torch_mlir.ir.Module.parse(
        "func.func @f(%a: !torch.int) -> !torch.int { return %a : !torch.int }"
    )
    parsed.operation.verify()
print("parsed:", "!torch.int" in str(parsed))


class Color(enum.Enum):
    RED = 1


@torch.jit.script
def takes_enum(c: Color) -> int:
    return 1


try:
    mb.import_function(takes_enum)
except ValueError as e:
    print("enum error:", str(e))
