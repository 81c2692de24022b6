# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::DictConstruct -> torch.prim.DictConstruct keys(...) values(...): the
# JIT's interleaved k0, v0, k1, v1 operands become all keys, then all values.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.dict_construct(
# CHECK-SAME:      %[[T0:.*]]: !torch.tensor, %[[T1:.*]]: !torch.tensor) -> !torch.dict<str, tensor>
# CHECK-DAG:     %[[K0:.*]] = torch.constant.str "first"
# CHECK-DAG:     %[[K1:.*]] = torch.constant.str "second"
# CHECK:         %[[D:.*]] = torch.prim.DictConstruct keys(%[[K0]], %[[K1]] : !torch.str, !torch.str) values(%[[T0]], %[[T1]] : !torch.tensor, !torch.tensor) -> !torch.dict<str, tensor>
# CHECK:         return %[[D]] : !torch.dict<str, tensor>
@mb.import_function
@torch.jit.script
def dict_construct(t0: torch.Tensor, t1: torch.Tensor) -> typing.Dict[str, torch.Tensor]:
    return {"first": t0, "second": t1}


# CHECK-LABEL: func.func @__torch__.dict_int_keys(
# CHECK:         torch.prim.DictConstruct keys(%{{.*}} : !torch.int) values(%{{.*}} : !torch.float) -> !torch.dict<int, float>
# CHECK-LABEL: func.func @__torch__.dict_empty(
# CHECK:         torch.prim.DictConstruct keys() values() -> !torch.dict<str, int>
@mb.import_function
@torch.jit.script
def dict_int_keys(k: int) -> typing.Dict[int, float]:
    return {k: 1.5}


@mb.import_function
@torch.jit.script
def dict_empty() -> typing.Dict[str, int]:
    d: typing.Dict[str, int] = {}
    return d


# Dict ops with a schema are ordinary ops.
# CHECK-LABEL: func.func @__torch__.dict_ops(
# CHECK-SAME:      %[[D:.*]]: !torch.dict<str, tensor>)
# CHECK:         torch.aten.__getitem__.Dict_str %[[D]], %{{.*}} : !torch.dict<str, tensor>, !torch.str -> !torch.tensor
# CHECK:         torch.aten.keys.str %[[D]] : !torch.dict<str, tensor> -> !torch.list<str>
@mb.import_function
@torch.jit.script
def dict_ops(d: typing.Dict[str, torch.Tensor]):
    return d["x"], d.keys()


mb.module.operation.verify()
print(mb.module)
