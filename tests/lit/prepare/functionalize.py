# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's functionalization of writes through views
# (python/torch_mlir/prepare/functionalize.py): an in-place op on a view of a
# fresh tensor becomes the functional op, cast to the view's dtype, whose
# result is scattered back into the root tensor (or viewed back, for a
# transpose); later reads of the root read that. Each case checks the IR
# the importer produces after the rewrite.

import torch

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# functionalize-writes-through-views: `base.select(1, 0).add_(10.0)` is the
# functional add of the column, scattered back into base with
# select_scatter; forward returns the scattered tensor.
# CHECK-LABEL: torch.debug_module_name = "WriteSelectedColumn"
# CHECK-NOT:     torch.aten.add_
# CHECK:         %[[BASE:.*]] = torch.aten.clone %arg1
# CHECK:         %[[COLUMN:.*]] = torch.aten.select.int %[[BASE]]
# CHECK:         %[[SUM:.*]] = torch.aten.add.Scalar %[[COLUMN]]
# CHECK:         %[[CAST:.*]] = torch.aten.to.dtype %[[SUM]]
# CHECK:         %[[WRITTEN:.*]] = torch.aten.select_scatter %[[BASE]], %[[CAST]], {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         %[[R:.*]] = torch.tensor_static_info_cast %[[WRITTEN]]
# CHECK:         return %[[R]]
# CHECK-NOT:     torch.aten.add_
class WriteSelectedColumn(torch.nn.Module):
    def forward(self, x):
        base = x.clone()
        base.select(1, 0).add_(10.0)
        return base


show(WriteSelectedColumn(), torch.randn(3, 4))


# functionalize-writes-through-views: a write through a transpose is the
# functional add, transposed back.
# CHECK-LABEL: torch.debug_module_name = "WriteTransposed"
# CHECK-NOT:     torch.aten.add_
# CHECK:         %[[BASE:.*]] = torch.aten.clone %arg1
# CHECK:         %[[VIEW:.*]] = torch.aten.t %[[BASE]] {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK:         %[[SUM:.*]] = torch.aten.add.Tensor %[[VIEW]], %arg2
# CHECK:         %[[CAST:.*]] = torch.aten.to.dtype %[[SUM]]
# CHECK:         %[[BACK:.*]] = torch.aten.t %[[CAST]] {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         %[[R:.*]] = torch.tensor_static_info_cast %[[BACK]]
# CHECK:         return %[[R]]
# CHECK-NOT:     torch.aten.add_
class WriteTransposed(torch.nn.Module):
    def forward(self, x, y):
        base = x.clone()
        base.t().add_(y)
        return base


show(WriteTransposed(), torch.randn(3, 4), torch.randn(4, 3))


# functionalize-writes-through-views: `out[1, 2] = value` is a copy into the
# element, scattered into the row and the row into `out`.
# CHECK-LABEL: torch.debug_module_name = "SetItem"
# CHECK-NOT:     torch.aten.copy_
# CHECK:         %[[OUT:.*]] = torch.aten.clone %arg1
# CHECK:         %[[ROW:.*]] = torch.aten.select.int %[[OUT]]
# CHECK:         %[[ITEM:.*]] = torch.aten.select.int %[[ROW]]
# CHECK:         %[[COPIED:.*]] = torch.aten.copy %[[ITEM]], %arg2
# CHECK:         %[[NEW_ROW:.*]] = torch.aten.select_scatter %[[ROW]], %[[COPIED]]
# CHECK:         torch.aten.select_scatter %[[OUT]], %[[NEW_ROW]]
# CHECK-NOT:     torch.aten.copy_
class SetItem(torch.nn.Module):
    def forward(self, x, value):
        out = x.clone()
        out[1, 2] = value
        return out


show(SetItem(), torch.randn(3, 4), torch.tensor(2.0))


# functionalize-writes-through-views is refused through a reshape (which may
# copy): the in-place fill stays.
# CHECK-LABEL: torch.debug_module_name = "WriteThroughReshape"
# CHECK:         torch.aten.fill_.Scalar
# CHECK-NOT:     torch.aten.fill.Scalar
class WriteThroughReshape(torch.nn.Module):
    def forward(self, x):
        base = x.clone()
        base.reshape(-1).fill_(1.0)
        return base


show(WriteThroughReshape(), torch.randn(3, 4))
