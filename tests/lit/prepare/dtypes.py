# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's dtype rewrites (python/torch_mlir/prepare/dtypes.py
# and unsigned_guards.py): aranges of ints with their int64 dtype spelled
# out, `t.dtype` of a factory folded, casts to uint8 through int64, and
# reads of uint8 tensors made explicit (`x.to(torch.int32) & 255`). Each
# case checks the IR the importer produces after the rewrite.

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# arange-of-ints-as-int64: torch.arange(n) of an int gets dtype=int64 (4).
# CHECK-LABEL: torch.debug_module_name = "ArangeOfInts"
# CHECK:         %[[N:.*]] = torch.aten.size.int %arg1
# CHECK:         torch.aten.arange %[[N]], %int4, %none{{.*}}, %none{{.*}}, %none{{.*}} :
# CHECK-NOT:     torch.aten.arange %[[N]], %none
class ArangeOfInts(torch.nn.Module):
    def forward(self, x):
        return torch.arange(x.size(0)) * 2


show(ArangeOfInts(), TensorPlaceholder([-1, -1], torch.float32))


# fold-dtype-of-factory: `u.dtype` of torch.zeros(4, dtype=torch.float64) is
# float64 (7); the allocation dies with the query.
# CHECK-LABEL: torch.debug_module_name = "DtypeOfFactory"
# CHECK-NOT:     torch.prim.dtype
# CHECK-NOT:     torch.aten.zeros
# CHECK:         torch.aten.to.dtype %arg1, %int7, {{.*}} -> !torch.tensor<[3],f64>
# CHECK-NOT:     torch.prim.dtype
# CHECK-NOT:     torch.aten.zeros
class DtypeOfFactory(torch.nn.Module):
    def forward(self, x):
        u = torch.zeros(4, dtype=torch.float64)
        return x.to(u.dtype)


show(DtypeOfFactory(), torch.randn(3))


# uint8-cast-through-int64: a float cast to uint8 goes through int64 (4),
# then to uint8 (0).
# CHECK-LABEL: torch.debug_module_name = "CastToUint8"
# CHECK:         %[[WIDE:.*]] = torch.aten.to.dtype %arg1, %int4, {{.*}} -> !torch.tensor<[3],si64>
# CHECK:         torch.aten.to.dtype %[[WIDE]], %int0, {{.*}} -> !torch.tensor<[3],ui8>
# CHECK-NOT:     torch.aten.to.dtype %arg1, %int0
class CastToUint8(torch.nn.Module):
    def forward(self, x):
        return x.to(torch.uint8)


show(CastToUint8(), torch.rand(3) * 255)


# guard-uint8-reads: a uint8 argument is read as `x.to(torch.int32) & 255`
# before a cast to float, a sum and a comparison.
# CHECK-LABEL: torch.debug_module_name = "Uint8Reads"
# CHECK:         %[[INT:.*]] = torch.aten.to.dtype %arg1, %int3, {{.*}} -> !torch.tensor<[3],si32>
# CHECK:         %[[READ:.*]] = torch.aten.__and__.Scalar %[[INT]], %int255 : {{.*}} -> !torch.tensor<[3],si32>
# CHECK:         torch.aten.to.dtype %[[READ]], %int6, {{.*}} -> !torch.tensor<[3],f32>
# CHECK:         torch.aten.sum %[[READ]], {{.*}} -> !torch.tensor<[],si64>
# CHECK:         %[[SHORT:.*]] = torch.aten.to.dtype %[[READ]], {{.*}} -> !torch.tensor<[3],si16>
# CHECK:         torch.aten.lt.Scalar %[[SHORT]], %int128
# CHECK-NOT:     torch.aten.sum %arg1
# CHECK-NOT:     torch.aten.lt.Scalar %arg1
class Uint8Reads(torch.nn.Module):
    def forward(self, x):
        return x.float(), x.sum(), x < 128


show(Uint8Reads(), torch.tensor([0, 127, 200], dtype=torch.uint8))
