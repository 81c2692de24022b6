"""The RNN family's decompositions compute what the ops they replace compute.

Each program runs under the TorchScript interpreter before and after the
preparation step, on random inputs. The rewritten form is a different but
equivalent formulation (one linear for the input projection of a whole
sequence, chunked gates), so outputs agree to 1e-5 rather than bit for bit.
"""

import itertools

import pytest
import torch
from prepare_support import node_kinds, prepared, script

from torch_mlir.prepare import Preparation, assigned_attribute_names

_RNN_KINDS = {
    "aten::lstm", "aten::gru", "aten::rnn_tanh", "aten::rnn_relu",
    "aten::lstm_cell", "aten::gru_cell", "aten::rnn_tanh_cell", "aten::rnn_relu_cell",
}  # fmt: skip


def _assert_close(expected, actual) -> None:
    if isinstance(expected, (tuple, list)):
        assert len(expected) == len(actual)
        for e, a in zip(expected, actual):
            _assert_close(e, a)
        return
    assert expected.dtype == actual.dtype and expected.shape == actual.shape
    torch.testing.assert_close(actual, expected, rtol=1e-5, atol=1e-5)


def _dynamic_type(tensor: torch.Tensor):
    """The type of a placeholder with every size dynamic (rank and dtype kept)."""
    return torch._C.TensorType.get().with_dtype(tensor.dtype).with_sizes([None] * tensor.dim())


def _prepared_method(module: torch.nn.Module, argument_types):
    """The prepared `forward` of scripted `module`, callable as f(*args)."""
    scripted = torch.jit.script(module)
    name = scripted._c._type().qualified_name() + ".forward"
    preparation = Preparation(
        {}, {name: argument_types}, scripted._c, assigned_attribute_names(scripted)
    )
    graph = preparation.prepare_graph(name, scripted.graph.copy())
    function = torch._C._create_function_from_graph(f"prepared_{id(graph)}", graph)
    return scripted, (lambda *args: function(scripted._c, *args)), preparation, graph


# --- Cells -------------------------------------------------------------------


def lstm_cell(x, h, c, w_ih, w_hh, b_ih, b_hh):
    return torch.lstm_cell(x, [h, c], w_ih, w_hh, b_ih, b_hh)


def lstm_cell_no_bias(x, h, c, w_ih, w_hh):
    return torch.lstm_cell(x, [h, c], w_ih, w_hh)


def gru_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    return torch.gru_cell(x, h, w_ih, w_hh, b_ih, b_hh)


def gru_cell_no_bias(x, h, w_ih, w_hh):
    return torch.gru_cell(x, h, w_ih, w_hh)


def rnn_tanh_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    return torch.rnn_tanh_cell(x, h, w_ih, w_hh, b_ih, b_hh)


def rnn_relu_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    return torch.rnn_relu_cell(x, h, w_ih, w_hh, b_ih, b_hh)


def rnn_relu_cell_no_bias(x, h, w_ih, w_hh):
    return torch.rnn_relu_cell(x, h, w_ih, w_hh)


def _cell_arguments(gates, with_cell_state, with_bias, batch, dtype):
    features, hidden = 3, 4
    state = [torch.randn(batch, hidden, dtype=dtype)] * (2 if with_cell_state else 1)
    state = [torch.randn(batch, hidden, dtype=dtype) for _ in state]
    weights = [
        torch.randn(gates * hidden, features, dtype=dtype),
        torch.randn(gates * hidden, hidden, dtype=dtype),
    ]
    if with_bias:
        weights += [torch.randn(gates * hidden, dtype=dtype) for _ in range(2)]
    return (torch.randn(batch, features, dtype=dtype), *state, *weights)


@pytest.mark.parametrize(
    "program, gates, with_cell_state, with_bias",
    [
        (lstm_cell, 4, True, True),
        (lstm_cell_no_bias, 4, True, False),
        (gru_cell, 3, False, True),
        (gru_cell_no_bias, 3, False, False),
        (rnn_tanh_cell, 1, False, True),
        (rnn_relu_cell, 1, False, True),
        (rnn_relu_cell_no_bias, 1, False, False),
    ],
)
def test_cells(program, gates, with_cell_state, with_bias):
    original = script(program)
    for batch, dtype in itertools.product((1, 3), (torch.float32, torch.float64)):
        arguments = _cell_arguments(gates, with_cell_state, with_bias, batch, dtype)
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired["decompose-rnn-cells"] == 1
        assert not node_kinds(rewritten.graph) & _RNN_KINDS
        _assert_close(original(*arguments), rewritten(*arguments))


def test_cell_modules():
    # nn.LSTMCell / nn.GRUCell / nn.RNNCell, as a model uses them.
    for cell, with_cell_state in (
        (torch.nn.LSTMCell(3, 5), True),
        (torch.nn.GRUCell(3, 5), False),
        (torch.nn.RNNCell(3, 5, nonlinearity="relu"), False),
    ):
        x = torch.randn(2, 3)
        state = (torch.randn(2, 5), torch.randn(2, 5)) if with_cell_state else torch.randn(2, 5)
        module = _CellWrapper(cell) if with_cell_state else cell
        arguments = (x, *state) if with_cell_state else (x, state)
        types = [torch._C.TensorType.create_from_tensor(a) for a in arguments]
        scripted, rewritten, preparation, graph = _prepared_method(module, types)
        assert preparation.fired["decompose-rnn-cells"] == 1
        assert not node_kinds(graph) & _RNN_KINDS
        _assert_close(scripted(*arguments), rewritten(*arguments))


class _CellWrapper(torch.nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.cell = cell

    def forward(self, x, h, c):
        return self.cell(x, (h, c))


# --- Sequence ops, as nn.LSTM / nn.GRU / nn.RNN call them ---------------------


class _WithoutState(torch.nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn

    def forward(self, x):
        return self.rnn(x)


class _WithState(torch.nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn

    def forward(self, x, h):
        return self.rnn(x, h)


class _LstmWithState(torch.nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn

    def forward(self, x, h, c):
        return self.rnn(x, (h, c))


_CONFIGS = [
    dict(),
    dict(num_layers=2),
    dict(bidirectional=True),
    dict(num_layers=2, bidirectional=True, dropout=0.3),
    dict(batch_first=True),
    dict(bias=False, num_layers=2),
    dict(batch_first=True, bidirectional=True, bias=False),
]


def _check_sequence_module(rnn, rewrite, with_cell_state, config, batch, dtype, static):
    rnn = rnn.to(dtype).eval()
    layers = config.get("num_layers", 1) * (2 if config.get("bidirectional") else 1)
    steps = 4
    shape = (batch, steps, 3) if config.get("batch_first") else (steps, batch, 3)
    x = torch.randn(*shape, dtype=dtype)
    out_hidden = config.get("proj_size", 0) or 5
    for with_state in (False, True):
        if not with_state:
            module, arguments = _WithoutState(rnn), (x,)
        elif with_cell_state:
            h = torch.randn(layers, batch, out_hidden, dtype=dtype)
            c = torch.randn(layers, batch, 5, dtype=dtype)
            module, arguments = _LstmWithState(rnn), (x, h, c)
        else:
            module, arguments = _WithState(rnn), (x, torch.randn(layers, batch, 5, dtype=dtype))
        types = [
            torch._C.TensorType.create_from_tensor(a) if static else _dynamic_type(a)
            for a in arguments
        ]
        scripted, rewritten, preparation, graph = _prepared_method(module, types)
        assert preparation.fired[rewrite] == 1, (config, with_state)
        kinds = node_kinds(graph)
        assert not kinds & _RNN_KINDS
        # Unrolled when the example arguments fix the length, a loop otherwise.
        assert ("prim::Loop" in kinds) == (not static)
        _assert_close(scripted(*arguments), rewritten(*arguments))
        # The loop form runs on other lengths too.
        if not static:
            longer = torch.randn(*shape[:-1], 3, dtype=dtype).repeat_interleave(
                2, 1 if config.get("batch_first") else 0
            )
            _assert_close(scripted(longer, *arguments[1:]), rewritten(longer, *arguments[1:]))


_CASES = [
    (config, batch, dtype, static)
    for config in _CONFIGS
    for batch, dtype, static in (
        (1, torch.float32, True),
        (3, torch.float64, True),
        (3, torch.float32, False),
    )
]


@pytest.mark.parametrize("config, batch, dtype, static", _CASES)
def test_lstm(config, batch, dtype, static):
    rnn = torch.nn.LSTM(3, 5, **config)
    _check_sequence_module(rnn, "decompose-lstm", True, config, batch, dtype, static)


@pytest.mark.parametrize("static", [True, False])
@pytest.mark.parametrize(
    "config",
    [dict(proj_size=2), dict(proj_size=2, num_layers=2, bidirectional=True, batch_first=True)],
)
def test_lstm_projection(config, static):
    rnn = torch.nn.LSTM(3, 5, **config)
    _check_sequence_module(rnn, "decompose-lstm", True, config, 3, torch.float32, static)


@pytest.mark.parametrize("config, batch, dtype, static", _CASES)
def test_gru(config, batch, dtype, static):
    rnn = torch.nn.GRU(3, 5, **config)
    _check_sequence_module(rnn, "decompose-gru", False, config, batch, dtype, static)


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
@pytest.mark.parametrize("config, batch, dtype, static", _CASES)
def test_elman_rnn(config, batch, dtype, static, nonlinearity):
    rnn = torch.nn.RNN(3, 5, nonlinearity=nonlinearity, **config)
    _check_sequence_module(rnn, "decompose-elman-rnn", False, config, batch, dtype, static)


def lstm_function(x, h, c, w_ih, w_hh, b_ih, b_hh):
    # The functional form: the weight list is a ListConstruct.
    return torch.lstm(x, [h, c], [w_ih, w_hh, b_ih, b_hh], True, 1, 0.0, False, False, False)


def test_lstm_function():
    original = script(lstm_function)
    arguments = (
        torch.randn(6, 2, 3), torch.randn(1, 2, 4), torch.randn(1, 2, 4),
        torch.randn(16, 3), torch.randn(16, 4), torch.randn(16), torch.randn(16),
    )  # fmt: skip
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired["decompose-lstm"] == 1
    assert not node_kinds(rewritten.graph) & _RNN_KINDS
    _assert_close(original(*arguments), rewritten(*arguments))


def gru_training_with_dropout(x, h, w1, w2, w3, w4):
    return torch.gru(x, h, [w1, w2, w3, w4], False, 2, 0.5, True, False, False)


def gru_of_runtime_layer_count(x, h, w1, w2, layers: int):
    return torch.gru(x, h, [w1, w2], False, layers, 0.0, False, False, False)


def test_refusals():
    # Dropout between layers in training is random: left to the core.
    original = script(gru_training_with_dropout)
    weights = (torch.randn(9, 3), torch.randn(9, 3), torch.randn(9, 3), torch.randn(9, 3))
    arguments = (torch.randn(2, 1, 3), torch.zeros(2, 1, 3), *weights)
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired["decompose-gru"] == 0
    assert "aten::gru" in node_kinds(rewritten.graph)
    # A configuration that is not constant.
    original = script(gru_of_runtime_layer_count)
    arguments = (torch.randn(2, 1, 3), torch.zeros(1, 1, 3), *weights[:2], 1)
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired["decompose-gru"] == 0
    _assert_close(original(*arguments), rewritten(*arguments))
    # Without example arguments the input's rank is unknown.
    rewritten, preparation = prepared(script(lstm_function))
    assert preparation.fired["decompose-lstm"] == 0


def test_hidden_size_checks():
    # nn.LSTM's check_hidden_size compares the zeros it built with the
    # expected sizes: both checks fold away, with static and dynamic sizes.
    for types in (
        [torch._C.TensorType.create_from_tensor(torch.randn(4, 2, 3))],
        [_dynamic_type(torch.randn(4, 2, 3))],
    ):
        scripted, rewritten, preparation, graph = _prepared_method(
            _WithoutState(torch.nn.LSTM(3, 5).eval()), types
        )
        assert preparation.fired["fold-known-size-comparisons"] >= 2
        assert "Expected hidden" not in str(graph)
    # A given state of static sizes (batch 2, as the input's) folds too.
    x, h, c = torch.randn(4, 2, 3), torch.randn(1, 2, 5), torch.randn(1, 2, 5)
    types = [torch._C.TensorType.create_from_tensor(a) for a in (x, h, c)]
    scripted, rewritten, preparation, graph = _prepared_method(
        _LstmWithState(torch.nn.LSTM(3, 5).eval()), types
    )
    assert "Expected hidden" not in str(graph)
    _assert_close(scripted(x, h, c), rewritten(x, h, c))
    # Dynamic sizes of a given state are not known: its checks stay, and a
    # state of the wrong batch size is still refused.
    types = [_dynamic_type(a) for a in (x, h, c)]
    scripted, rewritten, preparation, graph = _prepared_method(
        _LstmWithState(torch.nn.LSTM(3, 5).eval()), types
    )
    assert "Expected hidden" in str(graph)
    with pytest.raises(Exception, match="Expected hidden"):
        rewritten(x, torch.randn(1, 3, 5), c)
    _assert_close(scripted(x, h, c), rewritten(x, h, c))


def size_comparisons(x, y):
    # Static sizes against constants: equal, different length, different size.
    return x.size() == [2, 3], x.size() != [2, 3, 1], y.size() == [2, x.size(1)], y.size() == [2, 4]


def test_size_comparisons_of_static_sizes():
    original = script(size_comparisons)
    arguments = (torch.randn(2, 3), torch.randn(2, 3))
    rewritten, preparation = prepared(original, arguments)
    assert preparation.fired["fold-known-size-comparisons"] == 4
    assert original(*arguments) == rewritten(*arguments) == (True, True, True, False)
    # Without example arguments nothing is known.
    rewritten, preparation = prepared(original)
    assert preparation.fired["fold-known-size-comparisons"] == 0
