"""Recurrent layers and cells with static sequence lengths: nn.LSTM (layers,
bidirectional, batch_first, proj_size, without bias, with initial states),
nn.GRU, nn.RNN (tanh and relu) and the four cells.

The preparation step decomposes aten::lstm / gru / rnn_* and the *_cell ops,
unrolling the time loop when the sequence length is static, which is why
these tests annotate it (batch sizes stay dynamic where they can). The
dynamic-length forms are in models.py.

Every module seeds its parameters in `__init__` and runs in eval mode, so the
two factory calls made by the harness build identical programs.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# nn.LSTM


class LstmStackedBidirectionalStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([2, 5, 3], torch.float32, True)])
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h, c


@register_test_case(module_factory=lambda: LstmStackedBidirectionalStaticModule())
def LstmStackedBidirectionalStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3, low=-1.0, high=1.0))


class LstmProjectionModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(3, 6, proj_size=2, num_layers=2)
        self.eval()

    @export
    @annotate_args([None, ([4, 3, 3], torch.float32, True)])
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h, c


@register_test_case(module_factory=lambda: LstmProjectionModule())
def LstmProjectionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, 3, low=-1.0, high=1.0))


class LstmNoBiasDynamicBatchModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(4, 5, bias=False, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, 3, 4], torch.float32, True)])
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h, c


@register_test_case(module_factory=lambda: LstmNoBiasDynamicBatchModule())
def LstmNoBiasDynamicBatchModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, 4, low=-1.0, high=1.0))


class LstmInitialStateBidirectionalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(3, 4, bidirectional=True)
        self.eval()

    @export
    @annotate_args(
        [
            None,
            ([3, 1, 3], torch.float32, True),
            ([2, 1, 4], torch.float32, True),
            ([2, 1, 4], torch.float32, True),
        ]
    )
    def forward(self, x, h0, c0):
        out, (h, c) = self.lstm(x, (h0, c0))
        return out, h, c


@register_test_case(module_factory=lambda: LstmInitialStateBidirectionalModule())
def LstmInitialStateBidirectionalModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(3, 1, 3, low=-1.0, high=1.0),
        tu.rand(2, 1, 4, low=-1.0, high=1.0),
        tu.rand(2, 1, 4, low=-1.0, high=1.0),
    )


# ==============================================================================
# nn.GRU and nn.RNN


class GruBidirectionalStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.gru = torch.nn.GRU(3, 4, bidirectional=True, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([2, 4, 3], torch.float32, True)])
    def forward(self, x):
        out, h = self.gru(x)
        return out, h


@register_test_case(module_factory=lambda: GruBidirectionalStaticModule())
def GruBidirectionalStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3, low=-1.0, high=1.0))


class GruTwoLayerInitialStateStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.gru = torch.nn.GRU(3, 4, num_layers=2, dropout=0.25)
        self.eval()

    @export
    @annotate_args([None, ([3, 2, 3], torch.float32, True), ([2, 2, 4], torch.float32, True)])
    def forward(self, x, h0):
        out, h = self.gru(x, h0)
        return out, h


@register_test_case(module_factory=lambda: GruTwoLayerInitialStateStaticModule())
def GruTwoLayerInitialStateStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 3), tu.rand(2, 2, 4, low=-1.0, high=1.0))


class RnnTanhStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.rnn = torch.nn.RNN(3, 5, num_layers=2, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, 4, 3], torch.float32, True)])
    def forward(self, x):
        out, h = self.rnn(x)
        return out, h


@register_test_case(module_factory=lambda: RnnTanhStaticModule())
def RnnTanhStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3, low=-1.0, high=1.0))


class RnnReluBidirectionalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.rnn = torch.nn.RNN(3, 4, nonlinearity="relu", bidirectional=True, bias=False)
        self.eval()

    @export
    @annotate_args([None, ([5, 2, 3], torch.float32, True)])
    def forward(self, x):
        out, h = self.rnn(x)
        return out, h


@register_test_case(module_factory=lambda: RnnReluBidirectionalModule())
def RnnReluBidirectionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, 3, low=-1.0, high=1.0))


# ==============================================================================
# Cells, one step


class LstmCellStepModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.LSTMCell(3, 4)

    @export
    @annotate_args(
        [
            None,
            ([-1, 3], torch.float32, True),
            ([-1, 4], torch.float32, True),
            ([-1, 4], torch.float32, True),
        ]
    )
    def forward(self, x, h, c):
        return self.cell(x, (h, c))


@register_test_case(module_factory=lambda: LstmCellStepModule())
def LstmCellStepModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 4, low=-1.0, high=1.0), tu.rand(2, 4))


class GruCellStepModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.GRUCell(3, 4)

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 4], torch.float32, True)])
    def forward(self, x, h):
        return self.cell(x, h)


@register_test_case(module_factory=lambda: GruCellStepModule())
def GruCellStepModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 4, low=-1.0, high=1.0))


class RnnTanhCellStepModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.RNNCell(3, 4)

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 4], torch.float32, True)])
    def forward(self, x, h):
        return self.cell(x, h)


@register_test_case(module_factory=lambda: RnnTanhCellStepModule())
def RnnTanhCellStepModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3), tu.rand(3, 4, low=-1.0, high=1.0))


class RnnReluCellUnrolledStaticModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.RNNCell(2, 3, nonlinearity="relu", bias=False)

    @export
    @annotate_args([None, ([4, 2, 2], torch.float32, True)])
    def forward(self, seq):
        h = torch.zeros(seq.size(1), 3)
        for t in range(4):
            h = self.cell(seq[t], h)
        return h


@register_test_case(module_factory=lambda: RnnReluCellUnrolledStaticModule())
def RnnReluCellUnrolledStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 2, low=-1.0, high=1.0))
