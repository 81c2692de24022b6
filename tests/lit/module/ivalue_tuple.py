# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Tuple attributes -> torch.prim.TupleConstruct, typed with the element types
# of the imported values (so a tensor element keeps its literal type).
# (An empty tuple imports too, but the torch dialect prints an operand-less
# TupleConstruct as `torch.prim.TupleConstruct  :  -> !torch.tuple<>`, which
# its own parser rejects.)

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pair = (1, "x")
        self.nested = ((2.0,), torch.ones(2))

    def forward(self):
        return self.pair


# CHECK:       torch.attr "pair" : !torch.tuple<int, str>
# CHECK:       torch.attr "nested" : !torch.tuple<tuple<float>, tensor>
# CHECK:       %[[PAIR:.*]] = torch.prim.TupleConstruct %{{.*}}, %{{.*}} : !torch.int, !torch.str -> !torch.tuple<int, str>
# CHECK:       %[[F:.*]] = torch.constant.float 2.000000e+00
# CHECK:       %[[INNER:.*]] = torch.prim.TupleConstruct %[[F]] : !torch.float -> !torch.tuple<float>
# CHECK:       %[[T:.*]] = torch.tensor.literal(dense<1.000000e+00> : tensor<2xf32>) : !torch.tensor<[2],f32>
# CHECK:       %[[NESTED:.*]] = torch.prim.TupleConstruct %[[INNER]], %[[T]] : !torch.tuple<float>, !torch.tensor<[2],f32> -> !torch.tuple<tuple<float>, tensor<[2],f32>>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "pair", %[[PAIR]] : !torch.tuple<int, str>
# CHECK:         torch.slot "nested", %[[NESTED]] : !torch.tuple<tuple<float>, tensor<[2],f32>>

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
