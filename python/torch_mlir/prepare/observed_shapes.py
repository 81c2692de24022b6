"""Shapes the program produced on its example inputs, asserted where only shapes decide them.

A scripted graph carries no sizes: after the example arguments, every shape is
left to the core's shape library, which gives up on sizes computed from
`x.shape` (attention heads, `view(b, t, h, c // h)`) until the backend contract
is met, so a BERT reaches TOSA with `[?,?,?,?]` batch matmuls. Here the
prepared graph of each compiled method runs once on the example inputs, on
the TorchScript interpreter, with a recording op after every tensor value;
each value whose shape depends only on the argument shapes then gets the
sizes and dtype it had (`Value.setType`), which the importer turns into
`!torch.tensor<[2,128,768],f32>` types.

Never a wrong shape. A value gets a type only if

* the run observed it (values of branches not taken, of loops not entered,
  stay as they were) with one rank and one dtype; a dim that took several
  sizes (a tensor grown in a loop) stays dynamic;
* its shape cannot depend on tensor *values*: `_taint` marks every value
  downstream of data -- scalars read out of tensors (`item`, `int(t)`,
  `tolist`), ops whose output shape is data (`nonzero`, `masked_select`,
  `unique`, boolean indexing, ...), `if`s and loops whose condition or trip
  count is data, non-tensor arguments (their value is not fixed by the
  example), attributes some method assigns -- and marked values keep their
  types;
* no `if` or loop of the graph is decided by tensor data (the core's
  pipeline aborts on some of those programs once the values around the
  `if` are typed, where untyped it reports an error);
* the graph has no op that changes a tensor's shape in place (`resize_`,
  `unsqueeze_`, ...), which would give one value two shapes: such a graph is
  left alone.

The run is isolated as the example check's run is (`_example_check.graph_runner`):
copy-on-write twins of the module's tensors and of the inputs, the random
generator restored, no gradients, so the user's module and inputs are as
they were. A run that completes stands for the example check of its method
(`ObservedShapes.ran`). Examples with -1 dims are not run: any made-up size could differ
from the sizes the compiled function will get.
"""

import contextlib
import threading
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple

import torch

from torch_mlir.prepare.walk import nested_blocks

# The recording op: `record(value, slot)` hands the value to the current
# recorder. Conservative alias analysis keeps passes from removing it.
_LIBRARY = torch.library.Library("torch_mlir_observe", "DEF")
_LIBRARY.define("record(Tensor value, int slot) -> ()", alias_analysis="CONSERVATIVE")
_RECORD = "torch_mlir_observe::record"
_current = threading.local()


def _record(value: torch.Tensor, slot: int) -> None:
    sink = getattr(_current, "sink", None)
    if sink is not None:
        sink[slot].append((tuple(value.shape), value.dtype))


_LIBRARY.impl("record", _record, "CompositeExplicitAutograd")

# Ops that change the shape of a tensor in place: one JIT value would have two shapes.
_RESHAPING_IN_PLACE = frozenset(
    "aten::" + name
    for name in (
        "resize_",
        "resize_as_",
        "unsqueeze_",
        "squeeze_",
        "transpose_",
        "t_",
        "swapaxes_",
        "swapdims_",
        "as_strided_",
        "set_",
        "sparse_resize_",
        "sparse_resize_and_clear_",
    )
)

# Tensor -> tensor ops whose output shape is decided by input *values*.
_DATA_SHAPED = frozenset(
    "aten::" + name
    for name in (
        "nonzero",
        "nonzero_numpy",
        "argwhere",
        "masked_select",
        "unique",
        "_unique",
        "_unique2",
        "unique_dim",
        "unique_consecutive",
        "unique_dim_consecutive",
        "bincount",
        "repeat_interleave",
        "tensor_split",
        "_reshape_from_tensor",
        "where",  # where(condition) alone is nonzero; the 3-operand form is handled below
        "segment_reduce",
    )
)
# The overloads of `_DATA_SHAPED` kinds whose output shape is a function of shapes.
_SHAPE_ONLY_OVERLOADS = {
    "aten::repeat_interleave": lambda node: not _has_tensor_input(node, 1),
    "aten::tensor_split": lambda node: not _has_tensor_input(node, 1),
    "aten::where": lambda node: len(list(node.inputs())) == 3,
}

# Ops whose non-tensor results are facts about shapes, identity or type, not data.
METADATA_QUERIES = frozenset(
    (
        "aten::size",
        "aten::sym_size",
        "aten::dim",
        "aten::numel",
        "aten::sym_numel",
        "aten::len",
        "prim::shape",
        "prim::dtype",
        "prim::device",
        "prim::layout",
        "prim::is_cuda",
        "prim::is_cpu",
        "prim::is_nested",
        "prim::is_quantized",
        "aten::is_floating_point",
        "aten::is_complex",
        "aten::__is__",
        "aten::__isnot__",
        "prim::isinstance",
        "aten::stride",
    )
)

# Ops that only move values in and out of containers (no tensor -> scalar read).
_CONTAINER_OPS = frozenset(
    (
        "prim::ListConstruct",
        "prim::ListUnpack",
        "prim::TupleConstruct",
        "prim::TupleUnpack",
        "prim::TupleIndex",
        "prim::DictConstruct",
        "aten::__getitem__",
        "aten::dict",
        "prim::unchecked_cast",
        "aten::list",
        "prim::ConstantChunk",
    )
)

# The queries among them that read sizes (which -1 dims leave open).
SIZE_QUERIES = frozenset(
    ("aten::size", "aten::sym_size", "aten::numel", "aten::sym_numel", "aten::len",
     "prim::shape", "aten::stride")
)  # fmt: skip

# List ops that change their first operand.
LIST_MUTATIONS = frozenset(
    "aten::" + name
    for name in (
        "append",
        "_set_item",
        "insert",
        "extend",
        "pop",
        "clear",
        "remove",
        "add_",
        "reverse",
        "sort",
        "__setitem__",
    )
)

# Kinds whose effects this analysis cannot see into.
_OPAQUE = frozenset(("prim::CallMethod", "prim::CallFunction", "prim::fork", "prim::PythonOp"))

# A key of the taint set (no value has it): some `if` or loop is decided by data.
_DATA_DRIVEN_CONTROL = -1

# An upper bound on the passes of the taint fixpoint: each pass adds values,
# and a value's taint only feeds later values and loop-carried ones.
_MAX_TAINT_PASSES = 64


class ObservedShapes:
    """What one observation asserted, for `compile(..., verbose=True)`."""

    def __init__(self):
        self.observed = 0
        self.asserted = 0
        self.skipped_reason: Optional[str] = None
        # The graph ran on the example inputs without raising.
        self.ran = False


def assert_observed_shapes(
    graph: torch._C.Graph,
    run: Callable[[torch._C.Graph], None],
    assigned_attributes: frozenset = frozenset(),
) -> ObservedShapes:
    """Runs `graph` through `run` with recording ops, then types the values
    whose observed shapes depend only on argument shapes (see above).

    `run(graph)` must call the graph on the example inputs (raising if it
    cannot); the graph is returned to its prior form whatever happens.
    """
    result = ObservedShapes()
    result.skipped_reason = unanalyzable(graph)
    if result.skipped_reason:
        return result
    values = [v for v in defined_values(graph) if is_plain_tensor(v)]
    observations, error = observe(graph, run, values)
    if error is not None:  # the example check reports refusals; no shapes here
        result.skipped_reason = f"the run raised {type(error).__name__}"
        return result
    result.ran = True
    # The values an `if` or a loop joins into one (a result and what each
    # branch yields; a loop's initial, carried, yielded and final value) get
    # one type: all they were observed as.
    by_value = {v.unique(): seen for v, seen in zip(values, observations)}
    for group in joined_values(graph):
        joined = [item for v in group for item in by_value.get(v.unique(), ())]
        for v in group:
            if by_value.get(v.unique()):
                by_value[v.unique()] = joined
    observed = {key: merged for key, seen in by_value.items() if (merged := _merge(seen))}
    result.observed = len(observed)
    tainted = _taint(graph, assigned_attributes, observed)
    if tainted is None:
        result.skipped_reason = "the taint analysis did not converge"
        return result
    if _DATA_DRIVEN_CONTROL in tainted:
        # The core's torch-backend pipeline aborts (SIGABRT) on some such
        # programs once the values around the `if` are typed, where it
        # reports an error without the types: nothing is asserted.
        result.skipped_reason = "an if or a loop is decided by tensor data"
        return result
    for value in values:
        key = value.unique()
        if key in observed and key not in tainted:
            sizes, dtype = observed[key]
            if dtype not in IMPORTABLE_DTYPES:
                continue  # the importer has no type for it (e.g. qint32)
            value.setType(value.type().with_sizes(list(sizes)).with_dtype(dtype))
            result.asserted += 1
    return result


def observe(
    graph, run, values
) -> Tuple[List[List[Tuple[tuple, torch.dtype]]], Optional[Exception]]:
    """What each of `values` was, each time the run defined it ((sizes,
    dtype) pairs, in order), and the error the run raised (None if it
    completed). Recording ops are inserted for the run only: the graph is
    returned to its prior form whatever happens."""
    # Slot i (the recorder's constant) -> what values[i] was, each time it was defined.
    observations: List[List[Tuple[tuple, torch.dtype]]] = [[] for _ in values]
    inserted = _insert_recorders(graph, values)
    # The interpreter types the graph's inputs after the tensors it is given.
    input_types = [v.type() for v in graph.inputs()]
    try:
        with _recording(observations):
            run(graph)
    except Exception as error:
        return observations, error
    finally:
        for node in inserted:  # each recorder before the constant it uses
            node.destroy()
        for value, jit_type in zip(graph.inputs(), input_types):
            value.setType(jit_type)
    return observations, None


@contextlib.contextmanager
def _recording(sink):
    previous = getattr(_current, "sink", None)
    _current.sink = sink
    try:
        yield
    finally:
        _current.sink = previous


def is_plain_tensor(value) -> bool:
    return isinstance(value.type(), torch._C.TensorType)


def _has_tensor_input(node, index: int) -> bool:
    inputs = list(node.inputs())
    return index < len(inputs) and is_plain_tensor(inputs[index])


def blocks(graph) -> Iterator[torch._C.Block]:
    return _blocks_within(graph.block())


def _blocks_within(block) -> Iterator[torch._C.Block]:
    """`block` and every block nested in it."""
    stack = [block]
    while stack:
        block = stack.pop()
        yield block
        for node in block.nodes():
            stack.extend(nested_blocks(node))


def unanalyzable(graph) -> Optional[str]:
    """Why no shape of `graph` can be asserted, or None."""
    for block in blocks(graph):
        for node in block.nodes():
            kind = node.kind()
            if kind in _RESHAPING_IN_PLACE:
                return f"{kind} changes a tensor's shape in place"
            if kind in _OPAQUE or (
                kind not in ("prim::If", "prim::Loop") and list(nested_blocks(node))
            ):
                return f"the analysis cannot see into {kind}"
    return None


def defined_values(graph) -> List[torch._C.Value]:
    """Node outputs and the parameters of nested blocks (not the graph's own
    inputs: the class annotations give those their types)."""
    values = []
    top = graph.block()
    for block in blocks(graph):
        if block is not top:
            values.extend(block.inputs())
        for node in block.nodes():
            values.extend(node.outputs())
    return values


def _insert_recorders(graph, values) -> List[torch._C.Node]:
    """A `record(value, slot)` right after each value's definition (at the
    top of its block for a block parameter); the inserted nodes, constants
    included."""
    inserted = []
    for slot, value in enumerate(values):
        constant = graph.create("prim::Constant")
        constant.i_("value", slot)
        constant.output().setType(torch._C.IntType.get())
        recorder = graph.create(_RECORD, [value, constant.output()], 0)
        definer = value.node()
        if definer.kind() == "prim::Param":
            block = definer.owningBlock()
            recorder.insertBefore(next(iter(block.nodes()), block.returnNode()))
        else:
            recorder.insertAfter(definer)
        constant.insertBefore(recorder)
        inserted.extend((recorder, constant))
    return inserted


def joined_values(graph) -> List[List[torch._C.Value]]:
    """Groups of values that `if`s and loops join, merged where they overlap."""
    parent: Dict[int, int] = {}
    members: Dict[int, torch._C.Value] = {}

    def find(key: int) -> int:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    def join(values) -> None:
        values = [v for v in values if is_plain_tensor(v)]
        for v in values:
            members[v.unique()] = v
        roots = {find(v.unique()) for v in values}
        if len(roots) > 1:
            first, *rest = roots
            for root in rest:
                parent[root] = first

    for block in blocks(graph):
        for node in block.nodes():
            kind = node.kind()
            if kind == "prim::If":
                branches = [list(b.outputs()) for b in node.blocks()]
                for index, output in enumerate(node.outputs()):
                    join([output] + [outputs[index] for outputs in branches])
            elif kind == "prim::Loop":
                (body,) = list(node.blocks())
                params, yields = list(body.inputs())[1:], list(body.outputs())[1:]
                initial = list(node.inputs())[2:]
                for index, output in enumerate(node.outputs()):
                    join([output, params[index], yields[index], initial[index]])
    groups: Dict[int, List[torch._C.Value]] = {}
    for key, value in members.items():
        groups.setdefault(find(key), []).append(value)
    return [group for group in groups.values() if len(group) > 1]


# The dtypes the importer converts to torch-dialect element types.
IMPORTABLE_DTYPES = frozenset(
    {
        torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.bool,
        torch.float16, torch.bfloat16, torch.float32, torch.float64,
        torch.float8_e5m2, torch.float8_e4m3fn, torch.float8_e5m2fnuz, torch.float8_e4m3fnuz,
        torch.qint8, torch.quint8, torch.complex32, torch.complex64, torch.complex128,
    }
)  # fmt: skip


def _merge(seen) -> Optional[Tuple[tuple, torch.dtype]]:
    """One (sizes, dtype) for all observations, None where a dim varied; None
    if never observed or if the rank or dtype varied."""
    if not seen:
        return None
    sizes, dtype = seen[0]
    merged = list(sizes)
    for other_sizes, other_dtype in seen[1:]:
        if other_dtype != dtype or len(other_sizes) != len(merged):
            return None
        for i, size in enumerate(other_sizes):
            if merged[i] != size:
                merged[i] = None
    return tuple(merged), dtype


def _taint(graph, assigned_attributes, observed) -> Optional[Set[int]]:
    """The values (by `unique()`) that may depend on tensor data; None if the
    graph holds code the analysis cannot see into."""
    tainted: Set[int] = set()
    for value in graph.inputs():
        # Tensor arguments have the example's shapes; `self` is the module.
        if not is_plain_tensor(value) and not isinstance(value.type(), torch._C.ClassType):
            tainted.add(value.unique())
    for _ in range(_MAX_TAINT_PASSES):
        before = len(tainted)
        _taint_block(graph.block(), tainted, assigned_attributes, observed)
        if len(tainted) == before:
            return tainted
    return None


def _taint_block(block, tainted, assigned_attributes, observed) -> None:
    for node in block.nodes():
        kind = node.kind()
        inputs = list(node.inputs())
        outputs = list(node.outputs())
        any_input = any(v.unique() in tainted for v in inputs)
        if kind == "prim::If":
            _taint_if(node, inputs, outputs, tainted, assigned_attributes, observed)
        elif kind == "prim::Loop":
            _taint_loop(node, inputs, outputs, tainted, assigned_attributes, observed)
        elif kind == "prim::GetAttr":
            if node.s("name") in assigned_attributes or any_input:
                tainted.update(v.unique() for v in outputs)
        elif any_input or _reads_data(node, kind, inputs, outputs, observed):
            tainted.update(v.unique() for v in outputs)
            if kind in LIST_MUTATIONS and inputs:
                tainted.add(inputs[0].unique())


def _taint_if(node, inputs, outputs, tainted, assigned_attributes, observed) -> None:
    branches = list(node.blocks())
    for branch in branches:
        _taint_block(branch, tainted, assigned_attributes, observed)
    if inputs[0].unique() in tainted:
        tainted.add(_DATA_DRIVEN_CONTROL)
        tainted.update(v.unique() for v in outputs)
        for branch in branches:
            tainted.update(_values_within(branch))
        return
    for index, output in enumerate(outputs):
        if any(list(b.outputs())[index].unique() in tainted for b in branches):
            tainted.add(output.unique())


def _taint_loop(node, inputs, outputs, tainted, assigned_attributes, observed) -> None:
    (body,) = list(node.blocks())
    params = list(body.inputs())
    # Inputs: trip count, initial condition, carried values.
    data_driven = inputs[0].unique() in tainted or inputs[1].unique() in tainted
    body_outputs = list(body.outputs())
    if body_outputs[0].unique() in tainted:
        data_driven = True
    if data_driven:
        tainted.add(_DATA_DRIVEN_CONTROL)
        tainted.update(v.unique() for v in params)
    for index, carried in enumerate(inputs[2:]):
        if carried.unique() in tainted or body_outputs[index + 1].unique() in tainted:
            tainted.add(params[index + 1].unique())
    _taint_block(body, tainted, assigned_attributes, observed)
    if data_driven:
        tainted.update(_values_within(body))
    for index, output in enumerate(outputs):
        if (
            data_driven
            or params[index + 1].unique() in tainted
            or body_outputs[index + 1].unique() in tainted
        ):
            tainted.add(output.unique())


def _values_within(block) -> Iterator[int]:
    """The values defined in `block` and its nested blocks, by `unique()`."""
    for current in _blocks_within(block):
        for value in current.inputs():
            yield value.unique()
        for node in current.nodes():
            for value in node.outputs():
                yield value.unique()


def _reads_data(node, kind, inputs, outputs, observed) -> bool:
    """Whether `node` (with untainted inputs) makes results that depend on tensor data."""
    if kind in _DATA_SHAPED:
        shape_only = _SHAPE_ONLY_OVERLOADS.get(kind)
        return shape_only is None or not shape_only(node)
    if kind == "aten::index":
        return not _integer_indices(node, observed)
    if kind in METADATA_QUERIES or kind in _CONTAINER_OPS or kind == "prim::Constant":
        return False
    if not any(holds_tensor(v.type()) for v in inputs):
        return False
    # A tensor op: its tensor results are shaped by its operands' shapes; a
    # non-tensor result (`item`, `int(t)`, `tolist`, `t.any()` in an `if`
    # condition after `Bool`) is data.
    return any(not only_tensors(v.type()) for v in outputs)


def _integer_indices(node, observed) -> bool:
    """aten::index with every index tensor observed as an integer tensor
    (boolean masks select a data-dependent number of elements)."""
    indices = list(node.inputs())[1]
    construct = indices.node()
    if construct.kind() != "prim::ListConstruct":
        return False
    for element in construct.inputs():
        if isinstance(element.type(), torch._C.NoneType):
            continue
        seen = observed.get(element.unique())
        if seen is None or seen[1] in (torch.bool, torch.uint8):
            return False
    return True


def holds_tensor(jit_type) -> bool:
    if isinstance(jit_type, torch._C.TensorType):
        return True
    return any(holds_tensor(t) for t in jit_type.containedTypes())


def only_tensors(jit_type) -> bool:
    if isinstance(jit_type, (torch._C.TensorType, torch._C.NoneType)):
        return True
    contained = jit_type.containedTypes()
    return bool(contained) and all(only_tensors(t) for t in contained)
