# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Optional, Union, Tuple, List and Dict types, nested.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.containers(
# CHECK-SAME:      %{{.*}}: !torch.optional<tensor>,
# CHECK-SAME:      %{{.*}}: !torch.union<float, int, str>,
# CHECK-SAME:      %{{.*}}: !torch.tuple<int, list<float>>,
# CHECK-SAME:      %{{.*}}: !torch.list<optional<tensor>>,
# CHECK-SAME:      %{{.*}}: !torch.dict<str, tuple<tensor, int>>,
# CHECK-SAME:      %{{.*}}: !torch.list<list<bool>>,
# CHECK-SAME:      %{{.*}}: !torch.tuple<>)
# An Optional of a Union is a Union that includes None.
# CHECK-SAME:      -> !torch.union<float, int, none, str>
@mb.import_function
@torch.jit.script
def containers(
    a: typing.Optional[torch.Tensor],
    b: typing.Union[int, float, str],
    c: typing.Tuple[int, typing.List[float]],
    d: typing.List[typing.Optional[torch.Tensor]],
    e: typing.Dict[str, typing.Tuple[torch.Tensor, int]],
    f: typing.List[typing.List[bool]],
    g: typing.Tuple[()],
) -> typing.Optional[typing.Union[int, float, str]]:
    return b


mb.module.operation.verify()
print(mb.module)
