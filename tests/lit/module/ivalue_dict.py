# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Dict attributes -> torch.prim.DictConstruct keys(...) values(...), in the
# dict's insertion order.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    # Scripting cannot infer an empty dict's type.
    empty: typing.Dict[str, int]

    def __init__(self):
        super().__init__()
        self.by_name = {"b": 1.0, "a": 2.0}
        self.by_int = {7: torch.zeros(1, dtype=torch.int64)}
        self.empty = {}

    def forward(self):
        return self.by_name


# CHECK:       torch.attr "by_name" : !torch.dict<str, float>
# CHECK:       torch.attr "by_int" : !torch.dict<int, tensor>
# CHECK:       torch.attr "empty" : !torch.dict<str, int>
# CHECK:       %[[KB:.*]] = torch.constant.str "b"
# CHECK:       %[[VB:.*]] = torch.constant.float 1.000000e+00
# CHECK:       %[[KA:.*]] = torch.constant.str "a"
# CHECK:       %[[VA:.*]] = torch.constant.float 2.000000e+00
# CHECK:       %[[BY_NAME:.*]] = torch.prim.DictConstruct keys(%[[KB]], %[[KA]] : !torch.str, !torch.str) values(%[[VB]], %[[VA]] : !torch.float, !torch.float) -> !torch.dict<str, float>
# CHECK:       %[[K7:.*]] = torch.constant.int 7
# CHECK:       %[[V7:.*]] = torch.tensor.literal(dense<0> : tensor<1xsi64>) : !torch.tensor<[1],si64>
# CHECK:       %[[BY_INT:.*]] = torch.prim.DictConstruct keys(%[[K7]] : !torch.int) values(%[[V7]] : !torch.tensor<[1],si64>) -> !torch.dict<int, tensor>
# CHECK:       %[[EMPTY:.*]] = torch.prim.DictConstruct keys() values() -> !torch.dict<str, int>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "by_name", %[[BY_NAME]] : !torch.dict<str, float>
# CHECK:         torch.slot "by_int", %[[BY_INT]] : !torch.dict<int, tensor>
# CHECK:         torch.slot "empty", %[[EMPTY]] : !torch.dict<str, int>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
