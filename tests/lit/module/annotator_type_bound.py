# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ClassAnnotator.annotateArgs: an argument annotated with both a shape and a
# dtype gets a `torch.type_bound` argument attribute (a !torch.vtensor when
# hasValueSemantics, else a !torch.tensor); -1 is an unknown dim. Arguments
# with only one of the two, or None, get an empty attribute dictionary.

import torch

from torch_mlir.jit_ir_importer import ClassAnnotator, ModuleBuilder


class Sub(torch.nn.Module):
    def forward(self, x):
        return x


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = Sub()

    def forward(self, a, b, c, d, e):
        return self.sub(a)


# CHECK-LABEL: func.func private @__torch__.TestModule.forward(
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.nn.Module<"__torch__.TestModule">,
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor {torch.type_bound = !torch.vtensor<[?,1024],si8>},
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor {torch.type_bound = !torch.tensor<[],f32>},
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor,
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor,
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor)
# An annotation through a submodule path.
# CHECK-LABEL: func.func private @__torch__.Sub.forward(
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.nn.Module<"__torch__.Sub">,
# CHECK-SAME:      %{{[a-z0-9]+}}: !torch.tensor {torch.type_bound = !torch.vtensor<[2,3],f64>})

scripted = torch.jit.script(TestModule())
annotator = ClassAnnotator()
class_type = scripted._c._type()
annotator.annotateArgs(
    class_type,
    ["forward"],
    [
        None,
        ([-1, 1024], torch.int8, True),
        ([], torch.float32, False),
        ([2], None, True),
        (None, torch.float32, True),
        None,
    ],
)
annotator.annotateArgs(class_type, ["sub", "forward"], [None, [[2, 3], torch.float64, True]])

mb = ModuleBuilder()
mb.import_module(scripted._c, annotator)
mb.module.operation.verify()
print(mb.module)
