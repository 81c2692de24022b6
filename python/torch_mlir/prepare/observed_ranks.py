"""Ranks and dtypes at `if` and loop boundaries, observed at made-up sizes.

When an example has -1 dims, no size of the run can be trusted, and
`observed_shapes` asserts nothing. The core still needs the rank and dtype
of every tensor, and it cannot derive them across region boundaries: a
tensor carried through a loop (an RNN's hidden state, an accumulator) or
yielded by an `if` reaches it as `!torch.tensor` and stops the backend
contract ("tensor with unknown rank"). Here the prepared graph runs once with
each -1 dim made up (`_example_check.graph_runner(made_up_sizes=True)`), and
the values an `if` or a loop joins get the rank and dtype they had -- never
sizes -- where those cannot depend on the sizes chosen or on tensor data:

* every value of the group was observed with one rank and one dtype; for a
  loop whose trip count may vary, its body ran at least once, so the carried
  rank was seen to map to itself (every further iteration then keeps it);
* no value of the group is *rank-varying* (`_rank_varying`): ranks and
  dtypes follow from the arguments' (which the annotations fix) except
  through integers, booleans, lists and strings whose values may vary with
  the sizes or the data (`_varying_scalars`), where they reach an argument
  that decides a rank or a dtype (`start_dim`, `keepdim`, `dtype`, a size
  list of varying length, the index into a list of tensors of mixed ranks),
  through `squeeze` (whose rank depends on which sizes are 1), through an
  `if` decided by such values, and through values some method assigns.

The run is the isolated run of `observed_shapes` (copy-on-write twins, the
random generator restored); a run that raises types nothing.
"""

from typing import Callable, Dict, List, Optional, Set

import torch

from torch_mlir.prepare import observed_shapes as _shapes

# Ops whose result rank depends on sizes (squeeze drops the dims of size 1).
_SIZE_DEPENDENT_RANK = frozenset(("aten::squeeze", "aten::squeeze_copy"))

# Schema argument names whose value decides a result's rank or dtype.
_RANK_OR_DTYPE_ARGUMENTS = frozenset(
    ("start_dim", "end_dim", "keepdim", "dtype", "out_dtype", "equation", "ndim", "layout")
)

# Lists whose length is fixed by the graph (not by sizes or data).
_FIXED_LENGTH_LISTS = frozenset(("prim::ListConstruct", "prim::TupleConstruct", "prim::shape"))

# Producers of tensor lists whose elements all have one rank and dtype.
_UNIFORM_TENSOR_LISTS = frozenset(
    "aten::" + name
    for name in (
        "unbind",
        "split",
        "split_with_sizes",
        "unsafe_split",
        "unsafe_split_with_sizes",
        "chunk",
        "unsafe_chunk",
        "tensor_split",
        "hsplit",
        "vsplit",
        "dsplit",
    )
)

# Non-tensor results of tensor ops that are facts the annotations fix (the
# metadata queries but those of sizes).
_FIXED_METADATA = _shapes.METADATA_QUERIES - _shapes.SIZE_QUERIES

_MAX_PASSES = 64


class _Schemas:
    """Argument names by schema string, parsed once."""

    def __init__(self):
        self._names: Dict[str, Optional[List[str]]] = {}

    def argument_names(self, node) -> Optional[List[str]]:
        try:
            text = node.schema()
        except RuntimeError:
            return None
        if text == "(no schema)":
            return None
        if text not in self._names:
            try:
                parsed = torch._C.parse_schema(text)
                self._names[text] = [a.name for a in parsed.arguments]
            except RuntimeError:
                self._names[text] = None
        return self._names[text]


def assert_observed_ranks(
    graph: torch._C.Graph,
    run: Callable[[torch._C.Graph], None],
    assigned_attributes: frozenset = frozenset(),
) -> _shapes.ObservedShapes:
    """Runs `graph` through `run` (the example inputs with made-up sizes),
    then gives the `if` and loop groups whose rank and dtype are fixed (see
    above) that rank and dtype, with unknown sizes."""
    result = _shapes.ObservedShapes()
    result.skipped_reason = _shapes.unanalyzable(graph)
    if result.skipped_reason:
        return result
    groups = _shapes.joined_values(graph)
    if not groups:
        return result
    values = [v for v in _shapes.defined_values(graph) if _shapes.is_plain_tensor(v)]
    observations, error = _shapes.observe(graph, run, values)
    if error is not None:
        result.skipped_reason = f"the run raised {type(error).__name__}"
        return result
    result.ran = True
    seen = {v.unique(): o for v, o in zip(values, observations)}
    varying = _varying_scalars(graph, assigned_attributes)
    proven = _proven_ifs(graph, run, values, varying, assigned_attributes)
    rank_varying = _rank_varying(graph, varying, assigned_attributes, proven)
    entered = _entered_loop_params(graph, seen, varying)
    for group in groups:
        keys = [v.unique() for v in group]
        if any(key in rank_varying or key in entered["skip"] for key in keys):
            continue
        if any(_unwrapped_optional(v) for v in group):
            # `hx if hx is not None else zeros(...)`: the core refines the
            # Optional's tensor only when the unwrapping is left untyped.
            continue
        # The joined values themselves (results, carried parameters) must
        # have run; a yield of a branch not taken need not (it is not what
        # the result was, and the `if` is decided the same way whatever the
        # sizes, or its result would be rank-varying).
        if not all(
            seen.get(v.unique())
            for v in group
            if _is_joining(v) and v.unique() not in entered["unreached"]
        ):
            continue
        kinds = {(len(sizes), dtype) for key in keys for sizes, dtype in seen.get(key, ())}
        if len(kinds) != 1:
            continue
        ((rank, dtype),) = kinds
        if dtype not in _shapes.IMPORTABLE_DTYPES:
            continue
        result.observed += len(group)
        for value in group:
            if value.type().dim() is None and seen.get(value.unique()):
                value.setType(value.type().with_sizes([None] * rank).with_dtype(dtype))
                result.asserted += 1
    return result


# At most this many `if`s decided by varying values are run both ways.
_MAX_FORCED_IFS = 8


def _proven_ifs(graph, run, values, varying, assigned_attributes) -> Set[int]:
    """The `if`s (by `_if_key`) decided by values that vary, whose tensor results have one
    rank and dtype whichever way they are decided: each is run twice more
    with its condition forced to True and to False (a branch that raises
    proves nothing), and its results must come out alike, from branch yields
    whose own ranks no varying value decides."""
    forced = []
    for block in _shapes.blocks(graph):
        for node in block.nodes():
            if (
                node.kind() == "prim::If"
                and node.inputsAt(0).unique() in varying
                and any(_shapes.is_plain_tensor(o) for o in node.outputs())
            ):
                forced.append(node)
    forced = forced[:_MAX_FORCED_IFS]
    alike = []
    for node in forced:
        tensor_outputs = [o for o in node.outputs() if _shapes.is_plain_tensor(o)]
        slots = {v.unique(): i for i, v in enumerate(values)}
        outcomes = []
        for flag in (True, False):
            condition = node.inputsAt(0)
            with graph.insert_point_guard(node):
                constant = graph.insertConstant(flag)
            node.replaceInput(0, constant)
            try:
                observations, error = _shapes.observe(graph, run, values)
            finally:
                node.replaceInput(0, condition)
                constant.node().destroy()
            if error is not None:
                break
            outcomes.append(
                [
                    {(len(sizes), dtype) for sizes, dtype in observations[slots[o.unique()]]}
                    for o in tensor_outputs
                ]
            )
        if len(outcomes) == 2 and all(
            len(a) == 1 and a == b for a, b in zip(outcomes[0], outcomes[1])
        ):
            alike.append(node)
    # The greatest set whose members' yields no varying value decides, given
    # the members themselves (an `if` in a loop feeds its own next run):
    # start from all of them and drop those whose yields turn out varying.
    proven: Set[int] = {_if_key(node) for node in alike}
    while True:
        rank_varying = _rank_varying(graph, varying, assigned_attributes, proven)
        dropped = {
            _if_key(node)
            for node in alike
            if _if_key(node) in proven
            and any(v.unique() in rank_varying for b in node.blocks() for v in b.outputs())
        }
        if not dropped:
            return proven
        proven -= dropped


def _if_key(node) -> int:
    """An `if`'s identity across analyses: the unique() of its condition use
    cannot serve (conditions are shared), that of its first output can."""
    return node.outputsAt(0).unique()


def _unwrapped_optional(value) -> bool:
    node = value.node()
    return node.kind() == "prim::unchecked_cast" and isinstance(
        node.inputsAt(0).type(), torch._C.OptionalType
    )


def _is_joining(value) -> bool:
    """A result of an `if` or a loop, or a loop's carried parameter."""
    node = value.node()
    if node.kind() in ("prim::If", "prim::Loop"):
        return True
    return node.kind() == "prim::Param" and node.owningBlock().owningNode() is not None


def _entered_loop_params(graph, seen, varying) -> Dict[str, Set[int]]:
    """ "skip": the loop parameters, yields and results of loops whose trip
    count may vary and whose body the run never entered (the carried rank
    was not seen to map to itself); "unreached": the parameters and yields
    of loops with a fixed trip count the run did not enter (their results
    are the initial values, whatever the sizes)."""
    skip: Set[int] = set()
    unreached: Set[int] = set()
    for block in _shapes.blocks(graph):
        for node in block.nodes():
            if node.kind() != "prim::Loop":
                continue
            (body,) = list(node.blocks())
            params = list(body.inputs())[1:]
            yields = list(body.outputs())[1:]
            inputs = list(node.inputs())
            if any(seen.get(p.unique()) for p in params if _shapes.is_plain_tensor(p)):
                continue
            fixed = inputs[0].unique() not in varying and inputs[1].unique() not in varying
            target = unreached if fixed else skip
            target.update(v.unique() for v in (*params, *yields))
            if not fixed:
                target.update(v.unique() for v in node.outputs())
    return {"skip": skip, "unreached": unreached}


def _holds_tensor(value) -> bool:
    return _shapes.holds_tensor(value.type())


def _varying_scalars(graph, assigned_attributes) -> Set[int]:
    """Non-tensor values (by `unique()`) whose value may differ from run to
    run with the sizes or the data; lists whose *length* may differ are
    marked `("length", id)` too."""
    varying: Set = set()
    for value in graph.inputs():
        if not _shapes.is_plain_tensor(value) and not isinstance(value.type(), torch._C.ClassType):
            varying.add(value.unique())
            varying.add(("length", value.unique()))
    for _ in range(_MAX_PASSES):
        before = len(varying)
        _vary_block(graph.block(), varying, assigned_attributes)
        if len(varying) == before:
            return varying
    raise RuntimeError("the analysis of varying values did not converge")


def _mark(varying, value) -> None:
    varying.add(value.unique())
    if isinstance(value.type(), (torch._C.ListType, torch._C.TupleType)):
        varying.add(("length", value.unique()))


def _vary_block(block, varying, assigned_attributes) -> None:
    for node in block.nodes():
        kind = node.kind()
        inputs = list(node.inputs())
        outputs = list(node.outputs())
        if kind == "prim::If":
            for branch in node.blocks():
                _vary_block(branch, varying, assigned_attributes)
            decided = inputs[0].unique() in varying
            for index, output in enumerate(outputs):
                yields = [list(b.outputs())[index] for b in node.blocks()]
                if decided or any(y.unique() in varying for y in yields):
                    _mark(varying, output)
                elif any(("length", y.unique()) in varying for y in yields):
                    varying.add(("length", output.unique()))
            continue
        if kind == "prim::Loop":
            (body,) = list(node.blocks())
            params = list(body.inputs())
            yields = list(body.outputs())
            decided = (
                inputs[0].unique() in varying
                or inputs[1].unique() in varying
                or yields[0].unique() in varying
            )
            if decided:
                varying.add(params[0].unique())  # the counter runs over varying counts
            for index, param in enumerate(params[1:]):
                initial, carried = inputs[2 + index], yields[1 + index]
                if initial.unique() in varying or carried.unique() in varying:
                    _mark(varying, param)
                for key in (initial.unique(), carried.unique()):
                    if ("length", key) in varying or (decided and _is_list(param)):
                        varying.add(("length", param.unique()))
            _vary_block(body, varying, assigned_attributes)
            for index, output in enumerate(outputs):
                param = params[1 + index]
                if param.unique() in varying:
                    _mark(varying, output)
                if ("length", param.unique()) in varying:
                    varying.add(("length", output.unique()))
            continue
        if kind == "prim::Constant":
            continue
        if kind == "prim::GetAttr":
            if node.s("name") in assigned_attributes:
                for output in outputs:
                    _mark(varying, output)
            continue
        if kind in _shapes.LIST_MUTATIONS and inputs:
            # A list changed in place: its length (append, pop, ...) and,
            # if what goes in varies, its elements.
            if kind != "aten::_set_item":
                varying.add(("length", inputs[0].unique()))
            if any(v.unique() in varying for v in inputs[1:]):
                varying.add(inputs[0].unique())
        if kind == "prim::ListConstruct" or kind == "prim::TupleConstruct":
            if any(v.unique() in varying for v in inputs):
                varying.add(outputs[0].unique())
            continue
        if kind in _FIXED_METADATA:
            continue
        reads_tensor = any(_shapes.is_plain_tensor(v) for v in inputs)
        any_varying = any(v.unique() in varying for v in inputs)
        length_varying = any(("length", v.unique()) in varying for v in inputs)
        for output in outputs:
            if _shapes.is_plain_tensor(output):
                continue
            if any_varying or (reads_tensor and not _only_tensors(output)):
                # sizes, numel, item, tolist, int(t), ... (and anything computed from them)
                _mark(varying, output)
            elif _is_list(output) and (
                length_varying or kind not in _FIXED_LENGTH_LISTS and kind != "aten::size"
            ):
                varying.add(("length", output.unique()))
            elif length_varying and kind == "aten::len":
                varying.add(output.unique())


def _is_list(value) -> bool:
    return isinstance(value.type(), torch._C.ListType)


def _only_tensors(value) -> bool:
    return _shapes.only_tensors(value.type())


def _rank_varying(graph, varying, assigned_attributes, proven=frozenset()) -> Set[int]:
    """Values (by `unique()`) whose rank or dtype may differ from run to run
    (see the module docstring); for lists and tuples, those of their
    elements. The `if`s in `proven` (`_if_key`) give their results one rank
    and dtype whichever way they are decided."""
    schemas = _Schemas()
    result: Set[int] = set()
    for _ in range(_MAX_PASSES):
        before = len(result)
        _rank_block(graph.block(), varying, result, schemas, assigned_attributes, proven)
        if len(result) == before:
            return result
    raise RuntimeError("the rank analysis did not converge")


def _rank_block(block, varying, result, schemas, assigned_attributes, proven) -> None:
    for node in block.nodes():
        kind = node.kind()
        inputs = list(node.inputs())
        outputs = list(node.outputs())
        if kind == "prim::If":
            for branch in node.blocks():
                _rank_block(branch, varying, result, schemas, assigned_attributes, proven)
            decided = inputs[0].unique() in varying and (not outputs or _if_key(node) not in proven)
            for index, output in enumerate(outputs):
                yields = [list(b.outputs())[index] for b in node.blocks()]
                if (decided and _holds_tensor(output)) or any(y.unique() in result for y in yields):
                    result.add(output.unique())
            continue
        if kind == "prim::Loop":
            (body,) = list(node.blocks())
            params = list(body.inputs())[1:]
            yields = list(body.outputs())[1:]
            for index, param in enumerate(params):
                if inputs[2 + index].unique() in result or yields[index].unique() in result:
                    result.add(param.unique())
            _rank_block(body, varying, result, schemas, assigned_attributes, proven)
            for index, output in enumerate(outputs):
                if params[index].unique() in result:
                    result.add(output.unique())
            continue
        if kind == "prim::GetAttr":
            if node.s("name") in assigned_attributes:
                result.update(v.unique() for v in outputs if _holds_tensor(v))
            continue
        if kind in _shapes.LIST_MUTATIONS and inputs:
            if any(v.unique() in result for v in inputs[1:]):
                result.add(inputs[0].unique())
            continue
        if _rank_decided_by_variation(node, kind, inputs, varying, result, schemas):
            result.update(v.unique() for v in outputs if _holds_tensor(v))


def _rank_decided_by_variation(node, kind, inputs, varying, result, schemas) -> bool:
    if any(v.unique() in result for v in inputs):
        return True
    if kind in _SIZE_DEPENDENT_RANK:
        return True
    if kind in ("aten::__getitem__", "aten::pop", "aten::select") and inputs:
        container = inputs[0]
        if isinstance(container.type(), torch._C.ListType) and _holds_tensor(container):
            # The element taken: which one may vary; fine if all have one rank.
            return any(v.unique() in varying for v in inputs[1:]) and not _uniform(container)
    names = None
    for position, value in enumerate(inputs):
        if _holds_tensor(value):
            continue
        if ("length", value.unique()) in varying:
            return True
        if value.unique() not in varying:
            continue
        if kind.startswith("prim::") and kind not in ("prim::NumToTensor",):
            if kind in (
                "prim::ListConstruct",
                "prim::TupleConstruct",
                "prim::ListUnpack",
                "prim::TupleUnpack",
                "prim::TupleIndex",
            ):
                continue
            return True
        if names is None:
            names = schemas.argument_names(node) or []
        if position >= len(names) or names[position] in _RANK_OR_DTYPE_ARGUMENTS:
            return True
    return False


def _uniform(container) -> bool:
    producer = container.node()
    return producer.kind() in _UNIFORM_TENSOR_LISTS and not any(
        use.user.kind() in _shapes.LIST_MUTATIONS for use in container.uses()
    )
