# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's folds (python/torch_mlir/prepare/folds.py): queries
# that are constants under compilation, module attributes no method assigns,
# tuple round trips of inlined calls, and ranks and sizes the example
# arguments fix. Each case checks the IR the importer produces after the
# fold: the query is gone, and with it the branch it guarded.
#
# fold-is-scripting has no case: TorchScript's frontend constant-propagates
# aten::is_scripting (`torch.jit.is_scripting()`, `torch.ops.aten.is_scripting()`)
# when it scripts a function, so the op never reaches the preparation step
# from a module.

from typing import Tuple

import torch
from torch import Tensor

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# disable-mha-fastpath: the fast-path query of nn.MultiheadAttention folds to
# False, so its fused kernel is gone and the reference path (in-projection
# linear, scaled_dot_product_attention) is inlined into forward.
# CHECK-LABEL: torch.debug_module_name = "Mha"
# CHECK-NOT:     get_fastpath_enabled
# CHECK-NOT:     _native_multi_head_attention
# CHECK:       func.func private @__torch__.Mha.forward(
# CHECK-NOT:     torch.prim.CallMethod
# CHECK:         torch.aten.linear
# CHECK:         torch.aten.scaled_dot_product_attention
# CHECK-NOT:     get_fastpath_enabled
# CHECK-NOT:     _native_multi_head_attention
class Mha(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.attn = torch.nn.MultiheadAttention(8, 2, batch_first=True)

    def forward(self, x):
        return self.attn(x, x, x, need_weights=False)[0]


torch.manual_seed(0)
show(Mha().eval(), torch.randn(2, 5, 8))


# fold-is-nested: `x.is_nested` is False; only the else branch is left.
# CHECK-LABEL: torch.debug_module_name = "IsNested"
# CHECK-NOT:     prim.is_nested
# CHECK-NOT:     torch.prim.If
# CHECK:         torch.aten.add.Scalar %arg1
# CHECK-NOT:     torch.aten.mul.Scalar
# CHECK-NOT:     prim.is_nested
# CHECK-NOT:     torch.prim.If
class IsNested(torch.nn.Module):
    def forward(self, x):
        if x.is_nested:
            return x * 2
        return x + 1


show(IsNested(), torch.randn(3, 4))


# fold-autocast-queries: both autocast queries are False.
# CHECK-LABEL: torch.debug_module_name = "Autocast"
# CHECK-NOT:     is_autocast
# CHECK-NOT:     torch.prim.If
# CHECK-NOT:     torch.aten.to.dtype
# CHECK:         torch.aten.mul.Scalar %arg1
# CHECK-NOT:     is_autocast
# CHECK-NOT:     torch.prim.If
class Autocast(torch.nn.Module):
    def forward(self, x):
        if torch.is_autocast_enabled() or torch.is_autocast_cpu_enabled():
            return x.double()
        return x * 3


show(Autocast(), torch.randn(3, 4))


# fold-accelerator-queries: is_cuda, is_xpu and is_mps are False on the CPU.
# CHECK-LABEL: torch.debug_module_name = "Devices"
# CHECK-NOT:     prim.is_
# CHECK-NOT:     torch.prim.If
# CHECK-NOT:     torch.aten.sub.Scalar
# CHECK:         torch.aten.mul.Tensor %arg1, %arg1
# CHECK-NOT:     prim.is_
# CHECK-NOT:     torch.prim.If
class Devices(torch.nn.Module):
    def forward(self, x):
        if x.is_cuda or x.is_xpu or x.is_mps:
            return x - 1
        return x * x


show(Devices(), torch.randn(3, 4))


# fold-module-constants: `self.use_bias` and `self.scale` fold to their
# values; `self.counter`, which `bump` assigns, is still read.
# CHECK-LABEL: torch.debug_module_name = "Config"
# CHECK:       func.func private @__torch__.Config.forward(
# CHECK-NOT:     torch.prim.GetAttr %arg0["use_bias"]
# CHECK-NOT:     torch.prim.GetAttr %arg0["scale"]
# CHECK-NOT:     torch.prim.If
# CHECK:         %[[SCALE:.*]] = torch.constant.float 2.500000e+00
# CHECK:         torch.aten.mul.Scalar %arg1, %[[SCALE]]
# CHECK:         torch.prim.GetAttr %arg0["counter"]
# CHECK-NOT:     torch.prim.GetAttr %arg0["use_bias"]
# CHECK-NOT:     torch.prim.GetAttr %arg0["scale"]
# CHECK:       func.func private @__torch__.Config.bump(
class Config(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 2.5
        self.use_bias = True
        self.counter = 0

    def forward(self, x) -> Tuple[Tensor, int]:
        y = x * self.scale if self.use_bias else x
        return y, self.counter

    @torch.jit.export
    def bump(self) -> int:
        self.counter += 1
        return self.counter


show(Config(), torch.randn(3, 4))


def _pair(x: Tensor) -> Tuple[Tensor, Tensor]:
    return x + 1, x * 2


# fold-tuple-round-trips: the tuple the inlined `_pair` builds and forward
# unpacks is gone; the subtraction reads the callee's results directly.
# CHECK-LABEL: torch.debug_module_name = "TupleRoundTrip"
# CHECK-NOT:     torch.prim.TupleConstruct
# CHECK-NOT:     torch.prim.TupleUnpack
# CHECK:         %[[A:.*]] = torch.aten.add.Scalar %arg1
# CHECK:         %[[B:.*]] = torch.aten.mul.Scalar %arg1
# CHECK:         torch.aten.sub.Tensor %[[A]], %[[B]]
# CHECK-NOT:     torch.prim.TupleConstruct
# CHECK-NOT:     torch.prim.TupleUnpack
class TupleRoundTrip(torch.nn.Module):
    def forward(self, x):
        a, b = _pair(x)
        return a - b


show(TupleRoundTrip(), torch.randn(3, 4))


# fold-known-rank: `x.dim() == 3` is True for the rank-3 example; the sum
# is left without the branch.
# CHECK-LABEL: torch.debug_module_name = "KnownRank"
# CHECK-NOT:     torch.aten.dim
# CHECK-NOT:     torch.prim.If
# CHECK:         torch.aten.sum.dim_IntList %arg1
# CHECK-NOT:     torch.aten.dim
# CHECK-NOT:     torch.prim.If
class KnownRank(torch.nn.Module):
    def forward(self, x):
        if x.dim() == 3:
            return x.sum(0)
        return x


show(KnownRank(), torch.randn(2, 3, 4))


# fold-identity-of-one-value: `x is y` of two distinct arguments is False
# (a compiled function's arguments are values), so forward returns x.
# CHECK-LABEL: torch.debug_module_name = "Identity"
# CHECK-NOT:     torch.aten.__is__
# CHECK-NOT:     torch.prim.If
# CHECK:         return %arg1 : !torch.tensor
class Identity(torch.nn.Module):
    def forward(self, x, y):
        return x * 2 if x is y else x


show(Identity(), torch.randn(3), torch.randn(3))


# fold-identity-of-one-value: `x is x` is True.
# CHECK-LABEL: torch.debug_module_name = "IsSelf"
# CHECK-NOT:     torch.aten.__is__
# CHECK-NOT:     torch.prim.If
# CHECK:         %[[R:.*]] = torch.aten.mul.Scalar %arg1
# CHECK:         return %[[R]] : !torch.tensor
class IsSelf(torch.nn.Module):
    def forward(self, x):
        return x * 2 if x is x else x


show(IsSelf(), TensorPlaceholder([-1, -1], torch.float32))


# fold-known-size: both sizes of a static example fold to constants.
# CHECK-LABEL: torch.debug_module_name = "KnownSize"
# CHECK-NOT:     torch.aten.size.int
# CHECK-DAG:     %[[FOUR:.*]] = torch.constant.int 4
# CHECK-DAG:     %[[THREE:.*]] = torch.constant.int 3
# CHECK:         %[[SIZES:.*]] = torch.prim.ListConstruct %[[FOUR]], %[[THREE]]
# CHECK:         torch.aten.view %arg1, %[[SIZES]] : !torch.tensor, !torch.list<int> -> !torch.tensor<[4,3],f32>
# CHECK-NOT:     torch.aten.size.int
class KnownSize(torch.nn.Module):
    def forward(self, x):
        return x.view(x.size(1), x.size(0))


show(KnownSize(), torch.randn(3, 4))


# fold-known-size: a dim given as -1 stays a size query; the static one folds.
# CHECK-LABEL: torch.debug_module_name = "KnownSizeDynamic"
# CHECK-DAG:     %[[ZERO:.*]] = torch.constant.int 0
# CHECK-DAG:     %[[FOUR:.*]] = torch.constant.int 4
# CHECK:         %[[ROWS:.*]] = torch.aten.size.int %arg1, %[[ZERO]]
# CHECK:         torch.prim.ListConstruct %[[FOUR]], %[[ROWS]]
# CHECK-NOT:     torch.aten.size.int
class KnownSizeDynamic(torch.nn.Module):
    def forward(self, x):
        return x.view(x.size(1), x.size(0))


show(KnownSizeDynamic(), TensorPlaceholder([-1, 4], torch.float32))
