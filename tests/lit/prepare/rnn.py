# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's decompositions of the RNN family
# (python/torch_mlir/prepare/rnn.py): recurrent cells as one step of their
# gate math; nn.LSTM, nn.GRU and nn.RNN as linears and per-step gate math,
# unrolled over time when the example fixes the sequence length and a loop
# otherwise; and the hidden-size checks of those modules folded. Each case
# checks the IR the importer produces after the rewrite.

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


class Cell(torch.nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.cell = cell


class Sequence(torch.nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn

    def forward(self, x):
        return self.rnn(x)


torch.manual_seed(0)


# decompose-rnn-cells: nn.LSTMCell is the input and hidden linears, their
# sum cut into the gates in PyTorch's order (i, f, g, o; by a chunk, or its
# slices where static-splits-as-slices knows the size) and the pointwise
# update, the forget gate times the cell state.
# CHECK-LABEL: torch.debug_module_name = "LstmCell"
# CHECK:       func.func private @__torch__.LstmCell.forward(
# CHECK-NOT:     lstm_cell
# CHECK:         %[[X:.*]] = torch.aten.linear %arg1, {{.*}} -> !torch.tensor<[2,20],f32>
# CHECK:         %[[H:.*]] = torch.aten.linear %arg2, {{.*}} -> !torch.tensor<[2,20],f32>
# CHECK:         torch.aten.add.Tensor %[[X]], %[[H]]
# CHECK:         %[[FORGET:.*]] = torch.aten.sigmoid
# CHECK:         torch.aten.mul.Tensor %[[FORGET]], %arg3
# CHECK:         torch.aten.sigmoid
# CHECK:         torch.aten.tanh
# CHECK:         torch.aten.sigmoid
# CHECK:         torch.aten.tanh
# CHECK-NOT:     lstm_cell
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.LSTMCell.forward(
class LstmCell(Cell):
    def forward(self, x, h, c):
        return self.cell(x, (h, c))


show(LstmCell(torch.nn.LSTMCell(3, 5)), torch.randn(2, 3), torch.randn(2, 5), torch.randn(2, 5))


# decompose-rnn-cells: nn.GRUCell cuts both linears into r, z, n: r and z
# are sigmoids of the sums, n the tanh.
# CHECK-LABEL: torch.debug_module_name = "GruCell"
# CHECK:       func.func private @__torch__.GruCell.forward(
# CHECK-NOT:     gru_cell
# CHECK:         %[[X:.*]] = torch.aten.linear %arg1, {{.*}} -> !torch.tensor<[2,15],f32>
# CHECK:         %[[H:.*]] = torch.aten.linear {{.*}} -> !torch.tensor<[2,15],f32>
# CHECK:         torch.aten.add.Tensor
# CHECK:         torch.aten.sigmoid
# CHECK:         torch.aten.add.Tensor
# CHECK:         torch.aten.sigmoid
# CHECK:         torch.aten.tanh
# CHECK-NOT:     gru_cell
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.GRUCell.forward(
class GruCell(Cell):
    def forward(self, x, h):
        return self.cell(x, h)


show(GruCell(torch.nn.GRUCell(3, 5)), torch.randn(2, 3), torch.randn(2, 5))


# decompose-lstm: with a static sequence of 4 steps, one input linear for
# the whole sequence and 4 unrolled steps (a hidden linear each), stacked;
# no loop.
# fold-known-size-comparisons: the hidden-size checks on the zeros nn.LSTM
# builds fold, so no "Expected hidden" message is left.
# CHECK-LABEL: torch.debug_module_name = "Lstm"
# CHECK:       func.func private @__torch__.Lstm.forward(
# CHECK-NOT:     aten.lstm
# CHECK-NOT:     torch.prim.Loop
# CHECK-NOT:     Expected hidden
# CHECK:         torch.aten.linear %arg1, {{.*}} -> !torch.tensor<[4,2,20],f32>
# CHECK-COUNT-4: torch.aten.linear {{.*}} : !torch.tensor<[2,5],f32>, !torch.tensor<[20,5],f32>
# CHECK:         torch.aten.stack {{.*}} -> !torch.tensor<[4,2,5],f32>
# CHECK-NOT:     aten.lstm
# CHECK-NOT:     torch.prim.Loop
# CHECK-NOT:     Expected hidden
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.LSTM.forward__0(
class Lstm(Sequence):
    pass


show(Lstm(torch.nn.LSTM(3, 5).eval()), torch.randn(4, 2, 3))


# decompose-lstm: with a dynamic sequence length, the steps are a loop over
# the projected input, which writes each step's output with slice_scatter.
# CHECK-LABEL: torch.debug_module_name = "DynamicLstm"
# CHECK:       func.func private @__torch__.DynamicLstm.forward(
# CHECK-NOT:     aten.lstm
# CHECK:         %[[PROJECTED:.*]] = torch.aten.linear %arg1
# CHECK:         %[[STEPS:.*]] = torch.aten.size.int %[[PROJECTED]], %int0
# CHECK:         torch.prim.Loop %[[STEPS]], %{{.*}}, init(
# CHECK:           torch.aten.select.int %[[PROJECTED]]
# CHECK:           torch.aten.chunk
# CHECK:           torch.aten.slice_scatter
# CHECK:           torch.prim.Loop.condition
# CHECK-NOT:     aten.lstm
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.LSTM.forward__0(
class DynamicLstm(Sequence):
    pass


show(DynamicLstm(torch.nn.LSTM(3, 5).eval()), TensorPlaceholder([-1, -1, 3], torch.float32))


# decompose-gru: 4 unrolled steps, a hidden linear each.
# CHECK-LABEL: torch.debug_module_name = "Gru"
# CHECK:       func.func private @__torch__.Gru.forward(
# CHECK-NOT:     aten.gru
# CHECK-NOT:     torch.prim.Loop
# CHECK:         torch.aten.linear %arg1, {{.*}} -> !torch.tensor<[4,2,15],f32>
# CHECK-COUNT-4: torch.aten.linear {{.*}} : !torch.tensor<[2,5],f32>, !torch.tensor<[15,5],f32>
# CHECK:         torch.aten.stack {{.*}} -> !torch.tensor<[4,2,5],f32>
# CHECK-NOT:     aten.gru
# CHECK-NOT:     torch.prim.Loop
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.GRU.forward__0(
class Gru(Sequence):
    pass


show(Gru(torch.nn.GRU(3, 5).eval()), torch.randn(4, 2, 3))


# decompose-elman-rnn: nn.RNN with relu is 4 unrolled steps of
# relu(x_t W_ih + h W_hh).
# CHECK-LABEL: torch.debug_module_name = "ReluRnn"
# CHECK:       func.func private @__torch__.ReluRnn.forward(
# CHECK-NOT:     aten.rnn_relu
# CHECK-NOT:     torch.prim.Loop
# CHECK:         torch.aten.linear %arg1, {{.*}} -> !torch.tensor<[4,2,5],f32>
# CHECK-COUNT-4: torch.aten.relu
# CHECK:         torch.aten.stack {{.*}} -> !torch.tensor<[4,2,5],f32>
# CHECK-NOT:     aten.rnn_relu
# CHECK-NOT:     torch.prim.Loop
# CHECK:       func.func private @__torch__.torch.nn.modules.rnn.RNN.forward__0(
class ReluRnn(Sequence):
    pass


show(ReluRnn(torch.nn.RNN(3, 5, nonlinearity="relu").eval()), torch.randn(4, 2, 3))


# fold-known-size-comparisons: static sizes compared with int lists fold:
# x.size() == [2, 3] is True, y.size() == [2, 4] False.
# CHECK-LABEL: torch.debug_module_name = "SizeComparisons"
# CHECK-NOT:     torch.aten.eq.int_list
# CHECK-NOT:     torch.aten.size
# CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
# CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
# CHECK:         %[[R:.*]] = torch.prim.TupleConstruct %[[TRUE]], %[[FALSE]]
# CHECK:         return %[[R]]
class SizeComparisons(torch.nn.Module):
    def forward(self, x, y):
        return x.size() == [2, 3], y.size() == [2, 4]


show(SizeComparisons(), torch.randn(2, 3), torch.randn(2, 3))
