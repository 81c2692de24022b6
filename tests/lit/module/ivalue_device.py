# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# torch.device attributes -> torch.constant.device.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.cpu = torch.device("cpu")
        self.meta = torch.device("meta")
        self.cuda1 = torch.device("cuda", 1)

    def forward(self):
        return self.cpu


# CHECK:       torch.attr "cpu" : !torch.Device
# CHECK:       %[[CPU:.*]] = torch.constant.device "cpu"
# CHECK:       %[[META:.*]] = torch.constant.device "meta"
# CHECK:       %[[CUDA1:.*]] = torch.constant.device "cuda:1"
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "cpu", %[[CPU]] : !torch.Device
# CHECK:         torch.slot "meta", %[[META]] : !torch.Device
# CHECK:         torch.slot "cuda1", %[[CUDA1]] : !torch.Device

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
