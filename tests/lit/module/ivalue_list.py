# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# List attributes -> torch.prim.ListConstruct of the imported elements, typed
# by the list's static element type.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    # Scripting drops attributes whose type it cannot infer (empty lists);
    # class-level annotations give them one.
    nested: typing.List[typing.List[float]]
    optionals: typing.List[typing.Optional[int]]
    empty: typing.List[str]

    def __init__(self):
        super().__init__()
        self.ints = [1, 2]
        self.nested = [[3.0], []]
        self.tensors = [torch.ones(1)]
        self.optionals = [None, 4]
        self.empty = []

    def forward(self):
        return self.ints


# CHECK:       torch.attr "ints" : !torch.list<int>
# CHECK:       torch.attr "nested" : !torch.list<list<float>>
# CHECK:       torch.attr "tensors" : !torch.list<tensor>
# CHECK:       torch.attr "optionals" : !torch.list<optional<int>>
# CHECK:       torch.attr "empty" : !torch.list<str>
# CHECK:       %[[I1:.*]] = torch.constant.int 1
# CHECK:       %[[I2:.*]] = torch.constant.int 2
# CHECK:       %[[INTS:.*]] = torch.prim.ListConstruct %[[I1]], %[[I2]] : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:       %[[F3:.*]] = torch.constant.float 3.000000e+00
# CHECK:       %[[L0:.*]] = torch.prim.ListConstruct %[[F3]] : (!torch.float) -> !torch.list<float>
# CHECK:       %[[L1:.*]] = torch.prim.ListConstruct  : () -> !torch.list<float>
# CHECK:       %[[NESTED:.*]] = torch.prim.ListConstruct %[[L0]], %[[L1]] : (!torch.list<float>, !torch.list<float>) -> !torch.list<list<float>>
# CHECK:       %[[T:.*]] = torch.tensor.literal(dense<1.000000e+00> : tensor<1xf32>) : !torch.tensor<[1],f32>
# CHECK:       %[[TENSORS:.*]] = torch.prim.ListConstruct %[[T]] : (!torch.tensor<[1],f32>) -> !torch.list<tensor>
# CHECK:       %[[I4:.*]] = torch.constant.int 4
# CHECK:       %[[OPTS:.*]] = torch.prim.ListConstruct %{{.*}}, %[[I4]] : (!torch.none, !torch.int) -> !torch.list<optional<int>>
# CHECK:       %[[EMPTY:.*]] = torch.prim.ListConstruct  : () -> !torch.list<str>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "ints", %[[INTS]] : !torch.list<int>
# CHECK:         torch.slot "nested", %[[NESTED]] : !torch.list<list<float>>
# CHECK:         torch.slot "tensors", %[[TENSORS]] : !torch.list<tensor>
# CHECK:         torch.slot "optionals", %[[OPTS]] : !torch.list<optional<int>>
# CHECK:         torch.slot "empty", %[[EMPTY]] : !torch.list<str>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
