# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The same nn.Module, scripted and traced. Both import as an object graph with
# the same classes and slots; the traced one's methods carry the shapes seen
# while tracing (as static-info casts) and have no control flow.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(3, 2)
        self.threshold = 0.5

    def forward(self, x):
        y = self.linear(x)
        if self.threshold > 0.0:
            y = torch.relu(y)
        return y


def import_and_print(module):
    mb = ModuleBuilder()
    mb.import_module(module._c)
    mb.module.operation.verify()
    print(mb.module)


# CHECK-LABEL: module attributes {torch.debug_module_name = "Model"} {
# CHECK:         func.func private @__torch__.Model.forward(%[[SELF:.*]]: !torch.nn.Module<"__torch__.Model">, %[[X:.*]]: !torch.tensor) -> !torch.tensor {
# CHECK:           %[[LIN:.*]] = torch.prim.GetAttr %[[SELF]]["linear"]
# CHECK:           %[[Y:.*]] = torch.prim.CallMethod %[[LIN]]["forward"] (%[[X]])
# CHECK:           torch.prim.If
# CHECK:         func.func private @__torch__.torch.nn.modules.linear.Linear.forward(
# CHECK:           torch.aten.linear %{{.*}} : !torch.tensor, !torch.tensor, !torch.tensor -> !torch.tensor
# CHECK:         torch.class_type @__torch__.Model {
# CHECK:           torch.attr "threshold" : !torch.float
# CHECK:           torch.attr "linear" : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK:         torch.class_type @__torch__.torch.nn.modules.linear.Linear {
# CHECK:         torch.nn_module {
# CHECK:           torch.slot "weight", %{{.*}} : !torch.tensor<[2,3],f32>
# CHECK:         } : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK:         torch.nn_module {
# CHECK:         } : !torch.nn.Module<"__torch__.Model">
import_and_print(torch.jit.script(Model()))

# Its classes get mangled names, since the scripted Model's classes exist
# already in this process; the debug name is still "Model".
# CHECK-LABEL: module attributes {torch.debug_module_name = "Model"} {
# CHECK:         func.func private @__torch__.[[MODEL:.*Model]].forward(%[[SELF:.*]]: !torch.nn.Module<"__torch__.[[MODEL]]">, %[[X:.*]]: !torch.tensor) -> !torch.tensor {
# CHECK:           %[[XR:.*]] = torch.tensor_static_info_cast %[[X]] : !torch.tensor to !torch.tensor<[4,3],f32>
# CHECK:           %[[LIN:.*]] = torch.prim.GetAttr %[[SELF]]["linear"]
# CHECK:           torch.prim.CallMethod %[[LIN]]["forward"]
# CHECK-NOT:       torch.prim.If
# CHECK:           torch.aten.relu %{{.*}} : !torch.tensor -> !torch.tensor<[4,2],f32>
# CHECK:         func.func private @__torch__.torch.nn.modules.linear.[[LINEAR:.*Linear]].forward(
# CHECK:           torch.aten.linear %{{.*}} : !torch.tensor<[4,3],f32>, !torch.tensor, !torch.tensor -> !torch.tensor<[4,2],f32>
# Tracing keeps submodules, parameters and buffers, not plain attributes.
# CHECK:         torch.class_type @__torch__.[[MODEL]] {
# CHECK:           torch.attr "linear" : !torch.nn.Module<"__torch__.torch.nn.modules.linear.[[LINEAR]]">
# CHECK-NOT:       torch.attr "threshold"
# CHECK:         torch.nn_module {
# CHECK:           torch.slot "weight", %{{.*}} : !torch.tensor<[2,3],f32>
# CHECK:         } : !torch.nn.Module<"__torch__.torch.nn.modules.linear.[[LINEAR]]">
# CHECK:         torch.nn_module {
# CHECK:         } : !torch.nn.Module<"__torch__.[[MODEL]]">
import_and_print(torch.jit.trace(Model(), torch.ones(4, 3)))
