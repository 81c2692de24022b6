# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# bool/int/float/str/None attributes -> torch.constant.* values in the
# module's slots; the class type lists each attribute with its type.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.flag = False
        self.count = -3
        self.ratio = 0.125
        self.name = "foo"
        self.nothing = None

    def forward(self):
        return self.count


# CHECK:       torch.class_type @__torch__.TestModule {
# CHECK:         torch.attr "training" : !torch.bool
# CHECK:         torch.attr "_is_full_backward_hook" : !torch.optional<bool>
# CHECK:         torch.attr "flag" : !torch.bool
# CHECK:         torch.attr "count" : !torch.int
# CHECK:         torch.attr "ratio" : !torch.float
# CHECK:         torch.attr "name" : !torch.str
# CHECK:         torch.attr "nothing" : !torch.none
# CHECK:         torch.method "forward", @__torch__.TestModule.forward
# CHECK:       }
# CHECK-DAG:   %[[TRUE:.*]] = torch.constant.bool true
# CHECK-DAG:   %[[NONE:.*]] = torch.constant.none
# CHECK-DAG:   %[[FALSE:.*]] = torch.constant.bool false
# CHECK-DAG:   %[[COUNT:.*]] = torch.constant.int -3
# CHECK-DAG:   %[[RATIO:.*]] = torch.constant.float 1.250000e-01
# CHECK-DAG:   %[[NAME:.*]] = torch.constant.str "foo"
# CHECK:       %{{.*}} = torch.nn_module {
# CHECK-NEXT:    torch.slot "training", %[[TRUE]] : !torch.bool
# CHECK-NEXT:    torch.slot "_is_full_backward_hook", %[[NONE]] : !torch.none
# CHECK-NEXT:    torch.slot "flag", %[[FALSE]] : !torch.bool
# CHECK-NEXT:    torch.slot "count", %[[COUNT]] : !torch.int
# CHECK-NEXT:    torch.slot "ratio", %[[RATIO]] : !torch.float
# CHECK-NEXT:    torch.slot "name", %[[NAME]] : !torch.str
# CHECK-NEXT:    torch.slot "nothing", %[[NONE]] : !torch.none
# CHECK-NEXT:  } : !torch.nn.Module<"__torch__.TestModule">

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
