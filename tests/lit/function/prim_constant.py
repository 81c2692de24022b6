# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::Constant of each scalar kind, of a device, and of constant lists and
# tuples (imported as a ListConstruct/TupleConstruct of constants).
# Tensor and function constants: prim_constant_tensor.py, prim_call_function.py.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.scalars()
# CHECK-SAME:      -> !torch.tuple<none, bool, bool, int, int, float, str, Device>
# CHECK-DAG:     %[[NONE:.*]] = torch.constant.none
# CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
# CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
# CHECK-DAG:     %[[INT:.*]] = torch.constant.int -7
# CHECK-DAG:     %[[BIG:.*]] = torch.constant.int 4611686018427387904
# CHECK-DAG:     %[[FLOAT:.*]] = torch.constant.float 2.500000e-01
# CHECK-DAG:     %[[STR:.*]] = torch.constant.str "hello \22world\22"
# CHECK-DAG:     %[[DEV:.*]] = torch.constant.device "cpu"
# CHECK:         torch.prim.TupleConstruct %[[NONE]], %[[TRUE]], %[[FALSE]], %[[INT]], %[[BIG]], %[[FLOAT]], %[[STR]], %[[DEV]] :
@mb.import_function
@torch.jit.script
def scalars():
    return None, True, False, -7, 4611686018427387904, 0.25, 'hello "world"', torch.device("cpu")


# TorchScript folds a tuple of constants into one tuple-valued prim::Constant.
# CHECK-LABEL: func.func @__torch__.constant_tuple()
# CHECK-SAME:      -> !torch.tuple<int, str, tuple<float, bool>>
# CHECK:         %[[I:.*]] = torch.constant.int 1
# CHECK:         %[[S:.*]] = torch.constant.str "a"
# CHECK:         %[[F:.*]] = torch.constant.float 2.000000e+00
# CHECK:         %[[B:.*]] = torch.constant.bool false
# CHECK:         %[[INNER:.*]] = torch.prim.TupleConstruct %[[F]], %[[B]] : !torch.float, !torch.bool -> !torch.tuple<float, bool>
# CHECK:         %[[T:.*]] = torch.prim.TupleConstruct %[[I]], %[[S]], %[[INNER]] : !torch.int, !torch.str, !torch.tuple<float, bool> -> !torch.tuple<int, str, tuple<float, bool>>
# CHECK:         return %[[T]]
@mb.import_function
@torch.jit.script
def constant_tuple():
    return (1, "a", (2.0, False))


# List-valued constants, as TorchScript's constant propagation makes them
# (here folded into one tuple constant).
# CHECK-LABEL: func.func @__torch__.constant_lists()
# CHECK-SAME:      -> !torch.tuple<list<int>, list<float>, list<str>, list<bool>, list<list<int>>>
# CHECK:         %[[I1:.*]] = torch.constant.int 1
# CHECK:         %[[I2:.*]] = torch.constant.int 2
# CHECK:         %[[INTS:.*]] = torch.prim.ListConstruct %[[I1]], %[[I2]] : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         %[[F1:.*]] = torch.constant.float 1.000000e+00
# CHECK:         %[[F2:.*]] = torch.constant.float 2.500000e+00
# CHECK:         %[[FLOATS:.*]] = torch.prim.ListConstruct %[[F1]], %[[F2]] : (!torch.float, !torch.float) -> !torch.list<float>
# CHECK:         %[[SA:.*]] = torch.constant.str "a"
# CHECK:         %[[STRS:.*]] = torch.prim.ListConstruct %[[SA]] : (!torch.str) -> !torch.list<str>
# CHECK:         %[[T:.*]] = torch.constant.bool true
# CHECK:         %[[F:.*]] = torch.constant.bool false
# CHECK:         %[[BOOLS:.*]] = torch.prim.ListConstruct %[[T]], %[[F]] : (!torch.bool, !torch.bool) -> !torch.list<bool>
# CHECK:         %[[L1:.*]] = torch.prim.ListConstruct %{{.*}} : (!torch.int) -> !torch.list<int>
# CHECK:         %[[L2:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         %[[NESTED:.*]] = torch.prim.ListConstruct %[[L1]], %[[L2]] : (!torch.list<int>, !torch.list<int>) -> !torch.list<list<int>>
# CHECK:         torch.prim.TupleConstruct %[[INTS]], %[[FLOATS]], %[[STRS]], %[[BOOLS]], %[[NESTED]] :
@torch.jit.script
def constant_lists():
    return [1, 2], [1.0, 2.5], ["a"], [True, False], [[1], [2, 3]]


torch._C._jit_pass_constant_propagation(constant_lists.graph)
mb.import_function(constant_lists)


mb.module.operation.verify()
print(mb.module)
