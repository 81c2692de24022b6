"""Decompositions of the recurrent ops (LSTM, GRU, Elman RNN and their cells).

The core's torch dialect has none of aten::lstm, aten::gru, aten::rnn_tanh,
aten::rnn_relu or their *_cell forms. Each is rewritten here into the ops of
its definition (linear, sigmoid, tanh, relu, chunk, select, stack, cat),
with PyTorch's gate order and gate math:

* LSTM: gates = W_ih x + b_ih + W_hh h + b_hh, chunked as i, f, g, o;
  c' = sigmoid(f) * c + sigmoid(i) * tanh(g); h' = sigmoid(o) * tanh(c');
  with proj_size, h' = W_hr h'.
* GRU: r, z from sigmoid(W_i* x + b_i* + W_h* h + b_h*);
  n = tanh(W_in x + b_in + r * (W_hn h + b_hn)); h' = (1 - z) * n + z * h.
* RNN: h' = tanh or relu of W_ih x + b_ih + W_hh h + b_hh.

The sequence ops run each layer and direction over time. When the example
arguments fix the sequence length (`context.sizes_of`), the time loop is
unrolled here: the core lowers neither loops that carry tensors nor lists
built in loops. Otherwise the decomposition keeps a TorchScript loop that
carries fixed-shape tensors (the form closest to what the core could lower),
so the program stays correct either way.

The weights arrive as PyTorch's flat list, per layer and direction: w_ih,
w_hh, [b_ih, b_hh], [w_hr]. The configuration (has_biases, num_layers,
dropout, train, bidirectional, batch_first) must be constant; dropout between
layers only applies when training, which is refused.
"""

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor

from torch_mlir.prepare.decompositions import scripted

# --- One time step, given the input's share of the gates ------------------
# `gates_x` is W_ih x + b_ih for the step; the input projection of a whole
# sequence is one linear, outside the time loop.


def _lstm_step(
    gates_x: Tensor,
    h: Tensor,
    c: Tensor,
    w_hh: Tensor,
    b_hh: Optional[Tensor],
    w_hr: Optional[Tensor],
) -> Tuple[Tensor, Tensor]:
    gates = gates_x + F.linear(h, w_hh, b_hh)
    i, f, g, o = gates.chunk(4, -1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    if w_hr is not None:
        h_next = F.linear(h_next, w_hr)
    return h_next, c_next


def _gru_step(gates_x: Tensor, h: Tensor, w_hh: Tensor, b_hh: Optional[Tensor]) -> Tensor:
    gates_h = F.linear(h, w_hh, b_hh)
    x_r, x_z, x_n = gates_x.chunk(3, -1)
    h_r, h_z, h_n = gates_h.chunk(3, -1)
    r = torch.sigmoid(x_r + h_r)
    z = torch.sigmoid(x_z + h_z)
    n = torch.tanh(x_n + r * h_n)
    return (1 - z) * n + z * h


def _rnn_tanh_step(gates_x: Tensor, h: Tensor, w_hh: Tensor, b_hh: Optional[Tensor]) -> Tensor:
    return torch.tanh(gates_x + F.linear(h, w_hh, b_hh))


def _rnn_relu_step(gates_x: Tensor, h: Tensor, w_hh: Tensor, b_hh: Optional[Tensor]) -> Tensor:
    return torch.relu(gates_x + F.linear(h, w_hh, b_hh))


# --- The cells --------------------------------------------------------------


def _lstm_cell(
    input: Tensor,
    hx: List[Tensor],
    w_ih: Tensor,
    w_hh: Tensor,
    b_ih: Optional[Tensor],
    b_hh: Optional[Tensor],
) -> Tuple[Tensor, Tensor]:
    return _lstm_step(F.linear(input, w_ih, b_ih), hx[0], hx[1], w_hh, b_hh, None)


def _gru_cell(
    input: Tensor,
    hx: Tensor,
    w_ih: Tensor,
    w_hh: Tensor,
    b_ih: Optional[Tensor],
    b_hh: Optional[Tensor],
) -> Tensor:
    return _gru_step(F.linear(input, w_ih, b_ih), hx, w_hh, b_hh)


def _rnn_tanh_cell(
    input: Tensor,
    hx: Tensor,
    w_ih: Tensor,
    w_hh: Tensor,
    b_ih: Optional[Tensor],
    b_hh: Optional[Tensor],
) -> Tensor:
    return _rnn_tanh_step(F.linear(input, w_ih, b_ih), hx, w_hh, b_hh)


def _rnn_relu_cell(
    input: Tensor,
    hx: Tensor,
    w_ih: Tensor,
    w_hh: Tensor,
    b_ih: Optional[Tensor],
    b_hh: Optional[Tensor],
) -> Tensor:
    return _rnn_relu_step(F.linear(input, w_ih, b_ih), hx, w_hh, b_hh)


# --- Time loops, for sequence lengths the example arguments leave open ------
# Outputs go into a tensor of the final shape, carried through the loop, so
# that every loop-carried value keeps its shape.


def _lstm_scan(
    gates_x: Tensor,
    h0: Tensor,
    c0: Tensor,
    w_hh: Tensor,
    b_hh: Optional[Tensor],
    w_hr: Optional[Tensor],
    reverse: bool,
) -> Tuple[Tensor, Tensor, Tensor]:
    steps = gates_x.size(0)
    output = torch.zeros([steps, h0.size(0), h0.size(1)], dtype=h0.dtype)
    h, c = h0, c0
    for step in range(steps):
        t = steps - 1 - step if reverse else step
        h, c = _lstm_step(gates_x[t], h, c, w_hh, b_hh, w_hr)
        output = torch.slice_scatter(output, h.unsqueeze(0), 0, t, t + 1)
    return output, h, c


def _gru_scan(
    gates_x: Tensor, h0: Tensor, w_hh: Tensor, b_hh: Optional[Tensor], reverse: bool
) -> Tuple[Tensor, Tensor]:
    steps = gates_x.size(0)
    output = torch.zeros([steps, h0.size(0), h0.size(1)], dtype=h0.dtype)
    h = h0
    for step in range(steps):
        t = steps - 1 - step if reverse else step
        h = _gru_step(gates_x[t], h, w_hh, b_hh)
        output = torch.slice_scatter(output, h.unsqueeze(0), 0, t, t + 1)
    return output, h


def _rnn_tanh_scan(
    gates_x: Tensor, h0: Tensor, w_hh: Tensor, b_hh: Optional[Tensor], reverse: bool
) -> Tuple[Tensor, Tensor]:
    steps = gates_x.size(0)
    output = torch.zeros([steps, h0.size(0), h0.size(1)], dtype=h0.dtype)
    h = h0
    for step in range(steps):
        t = steps - 1 - step if reverse else step
        h = _rnn_tanh_step(gates_x[t], h, w_hh, b_hh)
        output = torch.slice_scatter(output, h.unsqueeze(0), 0, t, t + 1)
    return output, h


def _rnn_relu_scan(
    gates_x: Tensor, h0: Tensor, w_hh: Tensor, b_hh: Optional[Tensor], reverse: bool
) -> Tuple[Tensor, Tensor]:
    steps = gates_x.size(0)
    output = torch.zeros([steps, h0.size(0), h0.size(1)], dtype=h0.dtype)
    h = h0
    for step in range(steps):
        t = steps - 1 - step if reverse else step
        h = _rnn_relu_step(gates_x[t], h, w_hh, b_hh)
        output = torch.slice_scatter(output, h.unsqueeze(0), 0, t, t + 1)
    return output, h


# --- Small pieces the unrolled form is assembled from -----------------------


def _project(input: Tensor, w_ih: Tensor, b_ih: Optional[Tensor]) -> Tensor:
    return F.linear(input, w_ih, b_ih)


def _time_major(input: Tensor) -> Tensor:
    return input.transpose(0, 1)


def _step_of(sequence: Tensor, index: int) -> Tensor:
    return sequence.select(0, index)


def _stack(tensors: List[Tensor]) -> Tensor:
    return torch.stack(tensors, 0)


def _cat_features(tensors: List[Tensor]) -> Tensor:
    return torch.cat(tensors, -1)


def _first_and_second(pair: List[Tensor]) -> Tuple[Tensor, Tensor]:
    return pair[0], pair[1]


# --- Inserting TorchScript functions into a graph ---------------------------


class _Builder:
    """Inserts calls of the functions above before `anchor`, the node being
    replaced, with its source location (so diagnostics point at the user's
    code)."""

    def __init__(self, graph: torch._C.Graph, anchor: torch._C.Node):
        self.graph = graph
        self.anchor = anchor

    def call(self, function: Callable, *inputs) -> List[torch._C.Value]:
        callee = _flattened_graph(function).copy()
        for node in callee.nodes():
            _copy_metadata_into(node, self.anchor)
        values = [self.constant(v) if not isinstance(v, torch._C.Value) else v for v in inputs]
        with self.graph.insert_point_guard(self.anchor):
            return self.graph.insertGraph(callee, values)

    def constant(self, value) -> torch._C.Value:
        with self.graph.insert_point_guard(self.anchor):
            return self.graph.insertConstant(value)

    def tensor_list(self, values: Sequence[torch._C.Value]) -> torch._C.Value:
        node = self.graph.create("prim::ListConstruct", list(values))
        node.output().setType(torch._C.ListType.ofTensors())
        node.copyMetadata(self.anchor)
        node.insertBefore(self.anchor)
        return node.output()

    def replace_outputs(self, values: Sequence[torch._C.Value]) -> None:
        for old, new in zip(self.anchor.outputs(), values):
            new.setType(old.type())
            old.replaceAllUsesWith(new)
        self.anchor.destroy()


_FLATTENED = {}


def _flattened_graph(function: Callable) -> torch._C.Graph:
    """`function`'s graph with the calls it makes inlined and a returned
    tuple returned as separate outputs, so that one inserted copy yields one
    value per result."""
    graph = _FLATTENED.get(function)
    if graph is None:
        graph = scripted(function).graph.copy()
        torch._C._jit_pass_inline(graph)
        returned = graph.return_node().input()
        if returned.node().kind() == "prim::TupleConstruct":
            elements = list(returned.node().inputs())
            graph.eraseOutput(0)
            for element in elements:
                graph.registerOutput(element)
            returned.node().destroy()
        _FLATTENED[function] = graph
    return graph


def _copy_metadata_into(target: torch._C.Node, source: torch._C.Node) -> None:
    target.copyMetadata(source)
    for block in target.blocks():
        for nested in block.nodes():
            _copy_metadata_into(nested, source)


# --- The cells' rewrite -------------------------------------------------------

_CELLS = {
    "aten::lstm_cell": _lstm_cell,
    "aten::gru_cell": _gru_cell,
    "aten::rnn_tanh_cell": _rnn_tanh_cell,
    "aten::rnn_relu_cell": _rnn_relu_cell,
}


def decompose_cell(node: torch._C.Node, context) -> bool:
    """aten::{lstm,gru,rnn_tanh,rnn_relu}_cell -> one step of its gate math."""
    if node.inputsSize() != 6:
        return False
    builder = _Builder(context.graph, node)
    builder.replace_outputs(builder.call(_CELLS[node.kind()], *node.inputs()))
    return True


# --- The sequence ops' rewrite ------------------------------------------------


@dataclass(frozen=True)
class _Family:
    gate_count: int
    # The LSTM carries (h, c); the others h.
    has_cell_state: bool
    step: Callable
    scan: Callable


_FAMILIES = {
    "aten::lstm": _Family(4, True, _lstm_step, _lstm_scan),
    "aten::gru": _Family(3, False, _gru_step, _gru_scan),
    "aten::rnn_tanh": _Family(1, False, _rnn_tanh_step, _rnn_tanh_scan),
    "aten::rnn_relu": _Family(1, False, _rnn_relu_step, _rnn_relu_scan),
}


@dataclass(frozen=True)
class _Config:
    has_biases: bool
    num_layers: int
    dropout: float
    train: bool
    bidirectional: bool
    batch_first: bool

    @property
    def directions(self) -> int:
        return 2 if self.bidirectional else 1


def _constant(value: torch._C.Value):
    if value.node().kind() != "prim::Constant":
        raise _NotConstant
    return value.toIValue()


class _NotConstant(Exception):
    pass


@dataclass
class _Weights:
    w_ih: torch._C.Value
    w_hh: torch._C.Value
    b_ih: Optional[torch._C.Value]
    b_hh: Optional[torch._C.Value]
    w_hr: Optional[torch._C.Value]


def decompose_sequence(node: torch._C.Node, context) -> bool:
    """aten::{lstm,gru,rnn_tanh,rnn_relu}.input -> its layers and directions,
    each a time loop of the family's step (unrolled when the sequence length
    is static)."""
    family = _FAMILIES[node.kind()]
    inputs = list(node.inputs())
    # .input: (input, hx, params, has_biases, num_layers, dropout, train,
    # bidirectional, batch_first); the packed .data overload has
    # batch_sizes second and no batch_first, and is left alone.
    if _overload(node) != "input":
        return False
    # A batched input whose sizes shape propagation derived from the example
    # arguments. Callees, prepared without them, and inputs that an `if`
    # still hides (nn.LSTM's unbatched branch, folded a round later) are left
    # for a later round, where the sequence length may prove static.
    sizes = context.sizes_of(inputs[0])
    if sizes is None or len(sizes) != 3:
        return False
    try:
        config = _Config(*(_constant(v) for v in inputs[3:9]))
    except _NotConstant:
        return False
    if not isinstance(config.num_layers, int) or config.num_layers < 1:
        return False
    if config.train and config.dropout > 0:
        return False
    weights = _weights(inputs[2], config, context)
    if weights is None:
        return False
    builder = _Builder(context.graph, node)
    input, hx = inputs[0], inputs[1]
    steps = sizes[1 if config.batch_first else 0]
    # A sequence of no steps is left to the loop (eager returns an empty output).
    if not isinstance(steps, int) or steps < 1:
        steps = None
    if config.batch_first:
        (input,) = builder.call(_time_major, input)
    if family.has_cell_state:
        h0_all, c0_all = builder.call(_first_and_second, hx)
    else:
        h0_all, c0_all = hx, None
    layer_input = input
    final_h, final_c = [], []
    for layer in range(config.num_layers):
        outputs = []
        for direction in range(config.directions):
            index = layer * config.directions + direction
            w = weights[index]
            (h0,) = builder.call(_step_of, h0_all, index)
            c0 = builder.call(_step_of, c0_all, index)[0] if c0_all is not None else None
            (gates_x,) = builder.call(_project, layer_input, w.w_ih, _or_none(builder, w.b_ih))
            output, h, c = _run(builder, family, gates_x, h0, c0, w, direction == 1, steps)
            outputs.append(output)
            final_h.append(h)
            final_c.append(c)
        if len(outputs) == 1:
            layer_input = outputs[0]
        else:
            (layer_input,) = builder.call(_cat_features, builder.tensor_list(outputs))
    output = layer_input
    if config.batch_first:
        (output,) = builder.call(_time_major, output)
    results = [output] + builder.call(_stack, builder.tensor_list(final_h))
    if family.has_cell_state:
        results += builder.call(_stack, builder.tensor_list(final_c))
    builder.replace_outputs(results)
    return True


def _overload(node: torch._C.Node) -> str:
    # "aten::lstm.input(Tensor input, ...) -> ..."
    name = node.schema().split("(", 1)[0]
    return name.split(".", 1)[1] if "." in name else ""


def _or_none(builder: _Builder, value: Optional[torch._C.Value]) -> torch._C.Value:
    return builder.constant(None) if value is None else value


def _run(builder, family, gates_x, h0, c0, w: _Weights, reverse: bool, steps: Optional[int]):
    """One layer and direction over the sequence: (output, h_n, c_n or None)."""
    b_hh = _or_none(builder, w.b_hh)
    recurrent = [w.w_hh, b_hh]
    if family.has_cell_state:
        recurrent.append(_or_none(builder, w.w_hr))
    if steps is None:
        state = [h0, c0] if family.has_cell_state else [h0]
        results = builder.call(family.scan, gates_x, *state, *recurrent, reverse)
        return results[0], results[1], results[2] if family.has_cell_state else None
    h, c = h0, c0
    by_time = [None] * steps
    order = range(steps - 1, -1, -1) if reverse else range(steps)
    for t in order:
        (x_t,) = builder.call(_step_of, gates_x, t)
        if family.has_cell_state:
            h, c = builder.call(family.step, x_t, h, c, *recurrent)
        else:
            (h,) = builder.call(family.step, x_t, h, *recurrent)
        by_time[t] = h
    (output,) = builder.call(_stack, builder.tensor_list(by_time))
    return output, h, c


def _weights(params: torch._C.Value, config: _Config, context) -> Optional[List[_Weights]]:
    """The flat weight list, one `_Weights` per layer and direction."""
    values = _list_elements(params, context)
    if values is None:
        return None
    groups = config.num_layers * config.directions
    base = 4 if config.has_biases else 2
    if len(values) == groups * base:
        per_group, has_projection = base, False
    elif len(values) == groups * (base + 1):
        per_group, has_projection = base + 1, True
    else:
        return None
    weights = []
    for group in range(groups):
        chunk = values[group * per_group : (group + 1) * per_group]
        biases = chunk[2:4] if config.has_biases else [None, None]
        w_hr = chunk[-1] if has_projection else None
        weights.append(_Weights(chunk[0], chunk[1], biases[0], biases[1], w_hr))
    return weights


def _list_elements(params: torch._C.Value, context) -> Optional[List[torch._C.Value]]:
    """The tensors of the weight list: the inputs of a ListConstruct, or, for
    `module._flat_weights`, reads of the module's parameters that list holds."""
    producer = params.node()
    if producer.kind() == "prim::ListConstruct":
        return list(producer.inputs())
    if producer.kind() != "prim::GetAttr" or producer.s("name") != "_flat_weights":
        return None
    if "_flat_weights" in context.assigned_attributes:
        return None
    owner_value = next(producer.inputs())
    owner = _module_object(owner_value, context)
    if owner is None or not owner.hasattr("_flat_weights_names"):
        return None
    names = owner.getattr("_flat_weights_names")
    flat = owner.getattr("_flat_weights")
    if len(names) != len(flat) or any(n in context.assigned_attributes for n in names):
        return None
    # The list must hold the parameters themselves (nn.RNNBase keeps it so).
    for name, tensor in zip(names, flat):
        if not owner.hasattr(name) or not _same_tensor(owner.getattr(name), tensor):
            return None
    values = []
    for name in names:
        read = context.graph.create("prim::GetAttr", [owner_value])
        read.s_("name", name)
        read.output().setType(torch._C.TensorType.get())
        read.copyMetadata(producer)
        read.insertAfter(producer)
        values.append(read.output())
    return values


def _same_tensor(first, second) -> bool:
    if not isinstance(first, torch.Tensor) or not isinstance(second, torch.Tensor):
        return False
    return first is second or (
        first.data_ptr() == second.data_ptr()
        and first.shape == second.shape
        and first.stride() == second.stride()
        and first.dtype == second.dtype
    )


def _module_object(value: torch._C.Value, context):
    """The module object `value` is: `self` or a chain of GetAttrs from it."""
    known = context.object_of(value)
    if known is not None:
        return known
    producer = value.node()
    if producer.kind() != "prim::GetAttr":
        return None
    owner = _module_object(next(producer.inputs()), context)
    name = producer.s("name")
    if owner is None or not owner.hasattr(name):
        return None
    found = owner.getattr(name)
    return found if isinstance(found, torch._C.ScriptModule) else None


# --- nn.RNNBase's hidden-size checks ----------------------------------------
# `check_hidden_size` compares `hx.size()` with the expected sizes and raises
# when they differ. With the zeros nn.LSTM builds when no state is given, or
# a state of static sizes, both lists are known; the core has no folder for
# comparisons of int lists and keeps the check, whose branch it cannot lower.

_FRESH_TENSORS = ("aten::zeros", "aten::ones", "aten::empty", "aten::full")


def fold_known_size_comparison(node: torch._C.Node, context) -> bool:
    """aten::eq / aten::ne of two int lists whose elements are known to be
    the same values (or constants) -> the constant result."""
    if node.inputsSize() != 2 or any(str(v.type()) != "List[int]" for v in node.inputs()):
        return False
    first, second = (_list_of_sizes(v, context) for v in node.inputs())
    if first is None or second is None:
        return False
    if len(first) != len(second):
        equal = False
    elif all(_same_size(a, b) for a, b in zip(first, second)):
        equal = True
    elif all(isinstance(e, int) for e in first + second):
        equal = False
    else:
        return False
    result = equal if node.kind() == "aten::eq" else not equal
    with context.graph.insert_point_guard(node):
        constant = context.graph.insertConstant(result)
    node.output().replaceAllUsesWith(constant)
    node.destroy()
    return True


def _same_size(first, second) -> bool:
    if isinstance(first, int) or isinstance(second, int):
        return first == second
    return first.unique() == second.unique()


def _list_of_sizes(value: torch._C.Value, context) -> Optional[list]:
    """Each element as an int constant or the int Value it is, when known."""
    producer = value.node()
    if producer.kind() == "prim::Constant":
        constant = value.toIValue()
        return list(constant) if isinstance(constant, (list, tuple)) else None
    if producer.kind() == "prim::ListConstruct":
        return [_int_or_value(v, context) for v in producer.inputs()]
    if producer.kind() == "aten::size" and producer.inputsSize() == 1:
        tensor = producer.inputsAt(0)
        maker = tensor.node()
        if maker.kind() in _FRESH_TENSORS and maker.inputsAt(0).type().kind() == "ListType":
            return _list_of_sizes(maker.inputsAt(0), context)
        sizes = context.sizes_of(tensor)
        if sizes is not None and all(isinstance(s, int) for s in sizes):
            return list(sizes)
    return None


def _int_or_value(value: torch._C.Value, context):
    """A constant int, a static `t.size(d)`, or else the Value itself."""
    producer = value.node()
    if producer.kind() == "prim::Constant":
        constant = value.toIValue()
        if isinstance(constant, int):
            return constant
    if producer.kind() == "aten::size" and producer.inputsSize() == 2:
        tensor, dim = producer.inputs()
        sizes = context.sizes_of(tensor)
        index = dim.toIValue() if dim.node().kind() == "prim::Constant" else None
        if sizes is not None and isinstance(index, int) and -len(sizes) <= index < len(sizes):
            if isinstance(sizes[index], int):
                return sizes[index]
    return value
