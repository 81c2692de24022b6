# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's rewrites of loops and the regions of ifs
# (python/torch_mlir/prepare/loop_counts.py, loops.py, list_reads.py,
# region_tuples.py): trip counts and indices of `for` loops in integer ops,
# counted `while` loops as `for` loops, reads of an unbind as reads of the
# tensor, splits of static dims as lists of slices, and the tuple an `if`
# yields as one result per element. Each case
# checks the IR the importer produces after the rewrite; dims given as -1 keep
# the loops (static trip counts would unroll them).

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


DYNAMIC = TensorPlaceholder([-1, -1], torch.float32)


# range-length-as-trip-count: the trip count of `range(1, n, 2)` is
# (n - 1 + 1) // 2, here n // 2 after TorchScript's peepholes.
# derive-index: the index is 2 * k + 1.
# CHECK-LABEL: torch.debug_module_name = "EveryOther"
# CHECK-NOT:     torch.aten.__range_length
# CHECK-NOT:     torch.aten.__derive_index
# CHECK-DAG:     %[[ZERO:.*]] = torch.constant.int 0
# CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
# CHECK:         %[[ROWS:.*]] = torch.aten.size.int %arg1, %[[ZERO]]
# CHECK:         %[[COUNT:.*]] = torch.aten.floordiv.int %[[ROWS]], %[[TWO]] : !torch.int, !torch.int -> !torch.int
# CHECK:         torch.prim.Loop %[[COUNT]], %{{.*}}, init(
# CHECK-NEXT:    ^bb0(%[[K:.*]]: !torch.int, %{{.*}}):
# CHECK:           %[[SCALED:.*]] = torch.aten.mul.int %[[K]], %[[TWO]]
# CHECK:           %[[INDEX:.*]] = torch.aten.add.int %[[SCALED]], %{{.*}}
# CHECK:           torch.aten.select.int %arg1, %{{.*}}, %[[INDEX]]
# CHECK-NOT:     torch.aten.__range_length
# CHECK-NOT:     torch.aten.__derive_index
class EveryOther(torch.nn.Module):
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for i in range(1, x.size(0), 2):
            acc = acc + x[i]
        return acc


show(EveryOther(), DYNAMIC)


# min-of-constructed-list: zip bounds its loop by min([len(a), len(b)]); the
# lengths are the sizes (reads-of-unbind) and the min is prim.min.int of two.
# reads-of-unbind: the elements are selects of the tensors.
# CHECK-LABEL: torch.debug_module_name = "Zipped"
# CHECK-NOT:     torch.prim.min.self_int
# CHECK-NOT:     torch.aten.unbind.int
# CHECK:         %[[ZERO:.*]] = torch.constant.int 0
# CHECK-DAG:     %[[A:.*]] = torch.aten.size.int %arg1, %[[ZERO]]
# CHECK-DAG:     %[[B:.*]] = torch.aten.size.int %arg2, %[[ZERO]]
# CHECK:         %[[COUNT:.*]] = torch.prim.min.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
# CHECK:         torch.prim.Loop %[[COUNT]]
# CHECK-NEXT:    ^bb0(%[[K:.*]]: !torch.int, %{{.*}}):
# CHECK-DAG:       torch.aten.select.int %arg1, %[[ZERO]], %[[K]]
# CHECK-DAG:       torch.aten.select.int %arg2, %[[ZERO]], %[[K]]
# CHECK-NOT:     torch.prim.min.self_int
# CHECK-NOT:     torch.aten.unbind.int
class Zipped(torch.nn.Module):
    def forward(self, a, b):
        acc = torch.zeros(a.size(1))
        for x, y in zip(a.unbind(0), b.unbind(0)):
            acc = acc + x * y
        return acc


show(Zipped(), DYNAMIC, DYNAMIC)


# min-of-constructed-list: enumerate's min([INT64_MAX, len(rows)]) is the
# length alone.
# CHECK-LABEL: torch.debug_module_name = "Enumerated"
# CHECK-NOT:     torch.prim.min
# CHECK-NOT:     9223372036854775807
# CHECK:         %[[ZERO:.*]] = torch.constant.int 0
# CHECK:         %[[ROWS:.*]] = torch.aten.size.int %arg1, %[[ZERO]]
# CHECK:         torch.prim.Loop %[[ROWS]]
# CHECK-NOT:     torch.prim.min
# CHECK-NOT:     9223372036854775807
class Enumerated(torch.nn.Module):
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for i, row in enumerate(x.unbind(0)):
            acc = acc + row * float(i + 1)
        return acc


show(Enumerated(), DYNAMIC)


# reads-of-unbind: `len(x.unbind(1))` is x.size(1) and `x.unbind(1)[-1]` is
# x.select(1, -1).
# CHECK-LABEL: torch.debug_module_name = "UnbindReads"
# CHECK-NOT:     torch.aten.unbind.int
# CHECK-NOT:     torch.aten.len.t
# CHECK-NOT:     torch.aten.__getitem__.t
# CHECK-DAG:     %[[ONE:.*]] = torch.constant.int 1
# CHECK-DAG:     %[[LAST:.*]] = torch.constant.int -1
# CHECK:         torch.aten.size.int %arg1, %[[ONE]]
# CHECK:         torch.aten.select.int %arg1, %[[ONE]], %[[LAST]] : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
# CHECK-NOT:     torch.aten.unbind.int
# CHECK-NOT:     torch.aten.len.t
# CHECK-NOT:     torch.aten.__getitem__.t
class UnbindReads(torch.nn.Module):
    def forward(self, x):
        return len(x.unbind(1)), x.unbind(1)[-1]


show(UnbindReads(), DYNAMIC)


# reads-of-unbind does not fire where the list escapes (it is returned).
# CHECK-LABEL: torch.debug_module_name = "UnbindReturned"
# CHECK:         torch.aten.unbind.int %arg1
# CHECK-NOT:     torch.aten.select.int
class UnbindReturned(torch.nn.Module):
    def forward(self, x):
        return x.unbind(0)


show(UnbindReturned(), DYNAMIC)


# static-splits-as-slices: a chunk of a dim the example fixes (7 into 3) is
# the list of its slices, built in place.
# CHECK-LABEL: torch.debug_module_name = "StaticChunks"
# CHECK-NOT:     torch.aten.chunk
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int0, %int3, %int1 : {{.*}} -> !torch.tensor<[2,3],f32>
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int3, %int6, %int1 : {{.*}} -> !torch.tensor<[2,3],f32>
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int6, %int7, %int1 : {{.*}} -> !torch.tensor<[2,1],f32>
# CHECK-NOT:     torch.aten.chunk
class StaticChunks(torch.nn.Module):
    def forward(self, x):
        a, b, c = x.chunk(3, dim=1)
        return a * b, c


show(StaticChunks(), torch.randn(2, 7))


# static-splits-as-slices: an unbind of a static dim is the list of its
# selects, even where the list escapes (here it is returned).
# CHECK-LABEL: torch.debug_module_name = "StaticUnbindReturned"
# CHECK-NOT:     torch.aten.unbind
# CHECK:         torch.aten.select.int %arg1, %int0, %int0 : {{.*}} -> !torch.tensor<[2],f32>
# CHECK:         torch.aten.select.int %arg1, %int0, %int1 : {{.*}} -> !torch.tensor<[2],f32>
# CHECK:         torch.aten.select.int %arg1, %int0, %int2 : {{.*}} -> !torch.tensor<[2],f32>
# CHECK-NOT:     torch.aten.unbind
class StaticUnbindReturned(torch.nn.Module):
    def forward(self, x):
        return x.unbind(0)


show(StaticUnbindReturned(), torch.randn(3, 2))


# counted-while-as-for: `while i < 10` with a constant start and step is a
# for loop of 10 iterations, which TorchScript unrolls: no loop is left.
# CHECK-LABEL: torch.debug_module_name = "CountedWhile"
# CHECK-NOT:     torch.prim.Loop
# CHECK-COUNT-10: torch.aten.mul.Scalar
# CHECK-NOT:     torch.prim.Loop
class CountedWhile(torch.nn.Module):
    def forward(self, x):
        i = 0
        while i < 10:
            x = x * 0.5 + float(i)
            i += 1
        return x


show(CountedWhile(), torch.randn(3))


# counted-while-as-for: 1000 iterations are too many to unroll whole; the for
# loop is unrolled by 8 into 125 iterations with the constant condition true.
# CHECK-LABEL: torch.debug_module_name = "LongCountedWhile"
# CHECK-NOT:     9223372036854775807
# CHECK:         %[[COUNT:.*]] = torch.constant.int 125
# CHECK:         torch.prim.Loop %[[COUNT]], %[[TRUE:[^ ,]*]], init(
# CHECK:           torch.prim.Loop.condition %[[TRUE]], iter(
# CHECK-NOT:     9223372036854775807
class LongCountedWhile(torch.nn.Module):
    def forward(self, x):
        i = 0
        while i < 1000:
            x = x + float(i)
            i += 1
        return x


show(LongCountedWhile(), torch.randn(3))


# counted-while-as-for does not fire when the bound depends on the input.
# CHECK-LABEL: torch.debug_module_name = "WhileOnSize"
# CHECK:         torch.prim.Loop %int9223372036854775807
class WhileOnSize(torch.nn.Module):
    def forward(self, x):
        i = 0
        while i < x.size(0):
            x = x + 1.0
            i += 1
        return x


show(WhileOnSize(), DYNAMIC)


# split-tuple-results-of-if: the if yields its two tensors as two results,
# and the tuple is built once after it.
# CHECK-LABEL: torch.debug_module_name = "PairByComparison"
# CHECK-NOT:     torch.prim.If {{.*}} -> (!torch.tuple
# CHECK:         %[[R:.*]]:2 = torch.prim.If %{{.*}} -> (!torch.tensor, !torch.tensor) {
# CHECK:           torch.prim.If.yield %{{.*}}, %arg1 : !torch.tensor, !torch.tensor
# CHECK:         } else {
# CHECK:           torch.prim.If.yield %{{.*}}, %arg2 : !torch.tensor, !torch.tensor
# CHECK:         }
# CHECK:         %[[T:.*]] = torch.prim.TupleConstruct %[[R]]#0, %[[R]]#1
# CHECK:         return %[[T]] : !torch.tuple<tensor, tensor>
class PairByComparison(torch.nn.Module):
    def forward(self, a, b):
        if bool(a[0] > b[0]):
            return a - b, a
        else:
            return b - a, b


show(PairByComparison(), torch.randn(3), torch.randn(3))
