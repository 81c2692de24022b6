# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ClassAnnotator export flags: exportNone hides every attribute and method of
# the class and (recursively) of its submodules' classes; exportPath exports
# one again, through submodule paths. Hidden items get the `private` flag.

import torch

from torch_mlir.jit_ir_importer import ClassAnnotator, ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.visible = 1
        self.hidden = 2

    def forward(self, x):
        return x

    def helper(self, x):
        return x


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.exported = 3
        self.not_exported = 4
        self.sub = Sub()

    def forward(self, x):
        return self.sub(x)

    @torch.jit.export
    def also_hidden(self, x):
        return self.sub.helper(x)


# CHECK-LABEL: torch.class_type @__torch__.TestModule {
# CHECK:         torch.attr private "training" : !torch.bool
# CHECK:         torch.attr private "_is_full_backward_hook" : !torch.optional<bool>
# CHECK:         torch.attr "exported" : !torch.int
# CHECK:         torch.attr private "not_exported" : !torch.int
# CHECK:         torch.attr private "sub" : !torch.nn.Module<"__torch__.Sub">
# CHECK:         torch.method "forward", @__torch__.TestModule.forward
# CHECK:         torch.method private "also_hidden", @__torch__.TestModule.also_hidden
# CHECK:       }
# CHECK-LABEL: torch.class_type @__torch__.Sub {
# CHECK:         torch.attr private "training" : !torch.bool
# CHECK:         torch.attr private "_is_full_backward_hook" : !torch.optional<bool>
# CHECK:         torch.attr "visible" : !torch.int
# CHECK:         torch.attr private "hidden" : !torch.int
# CHECK:         torch.method private "forward", @__torch__.Sub.forward
# CHECK:         torch.method "helper", @__torch__.Sub.helper
# CHECK:       }

scripted = torch.jit.script(TestModule())
annotator = ClassAnnotator()
class_type = scripted._c._type()
annotator.exportNone(class_type)
annotator.exportPath(class_type, ["exported"])
annotator.exportPath(class_type, ["forward"])
annotator.exportPath(class_type, ["sub", "visible"])
annotator.exportPath(class_type, ["sub", "helper"])

mb = ModuleBuilder()
mb.import_module(scripted._c, annotator)
mb.module.operation.verify()
print(mb.module)
