"""Tensor ranks of a compiled method's values, from its example arguments.

Some rewrites need ranks (`x.dim()` folds, unbatched convs); the graph
itself has none. `infer_ranks` derives them on a scratch copy, so the graph
keeps its types (the importer reads them, and a derived rank must never
become a type the IR asserts):

1. The arguments get the example arguments' types, and the tensors that
   `self.<path>` reads get the types of the module's parameters and buffers.
2. TorchScript's symbolic shape propagation runs.
3. Where it gave up (an op without a shape function, a size list computed at
   run time, a value that passed through an `if`), `_RANK_RULES` give the
   rank from the inputs' ranks; an `if` on a comparison of ranks (or on
   `a is a`) takes only the branch the ranks choose, and its results are the
   values that branch yields. A rule only states what the op's definition
   implies whatever the sizes are; anything else stays unknown.

Ranks are keyed by `Value.unique()` of the graph's values.
"""

from typing import Callable, Dict, List, Optional

import torch

from torch_mlir.prepare.walk import nested_blocks

# Value.unique() -> rank; ("elements", id) -> element ranks of a tuple or list;
# ("alias", id) -> the id of the value an `if` result is; ("underivable", id) ->
# True where `rank_by_rules` found no rank; ("dtype", id) -> the
# torch.dtype of an argument or module tensor, from its example.
Ranks = Dict


def infer_ranks(
    graph: torch._C.Graph,
    argument_types,
    root_object=None,
    sizes: Optional[dict] = None,
    propagate: bool = True,
) -> Ranks:
    """The ranks; when `sizes` is given, it also receives the sizes that shape
    propagation proved from the example arguments (None for a dynamic size),
    for the values whose rank it derived: unrolling needs static lengths.

    With `propagate=False` only the rules below derive ranks, from those of
    the arguments and module tensors: a walk of the graph, where shape
    propagation costs 0.3 s on BERT's. The rules give no sizes but those of
    the arguments and module tensors, and fewer ranks where a program uses
    ops they do not know."""
    if not argument_types:
        return {}
    if not propagate:
        # The graph itself: the examples' types seed the ranks, nothing is set.
        ranks: Ranks = {}
        for value, tensor_type in _example_types(graph, argument_types, root_object):
            _seed(value, tensor_type, ranks, sizes)
        _infer_block(graph.block(), ranks)
        return ranks
    scratch = graph.copy()
    for value, tensor_type in _example_types(scratch, argument_types, root_object):
        value.setType(tensor_type)
    try:
        torch._C._jit_pass_propagate_shapes_on_graph(scratch)
    except RuntimeError:
        pass  # the rules below still apply, from the arguments' ranks
    scratch_ranks: Ranks = {}
    _infer_block(scratch.block(), scratch_ranks)
    # Back from the scratch copy's values to the graph's, position by position
    # (a copy gives unnamed values new ids).
    ranks: Ranks = {}
    for original, copied in _corresponding_values(graph.block(), scratch.block()):
        rank = scratch_ranks.get(copied.unique())
        if rank is not None:
            ranks[original.unique()] = rank
        if sizes is not None and copied.type().kind() == "TensorType":
            if copied.type().dim() is not None:
                sizes[original.unique()] = copied.type().varyingSizes()
        # Only the types set above carry dtypes the values surely have.
        if copied.node().kind() in ("prim::Param", "prim::GetAttr"):
            dtype = _DTYPES.get(_scalar_type(copied))
            if dtype is not None:
                ranks[("dtype", original.unique())] = dtype
    return ranks


_DTYPES = {
    "Byte": torch.uint8,
    "Char": torch.int8,
    "Short": torch.int16,
    "Int": torch.int32,
    "Long": torch.int64,
    "Half": torch.float16,
    "Float": torch.float32,
    "Double": torch.float64,
    "BFloat16": torch.bfloat16,
    "Bool": torch.bool,
}


def _scalar_type(value: torch._C.Value) -> Optional[str]:
    if value.type().kind() != "TensorType":
        return None
    return value.type().scalarType()


def refresh_ranks(graph: torch._C.Graph, previous: Ranks) -> Ranks:
    """The ranks of `graph` after rewrites, from the ranks `infer_ranks` gave
    before them: a rewrite keeps every value it leaves in place equivalent
    (so its rank holds), and the values it made get the rules' ranks. This
    costs a walk of the graph where shape propagation costs 0.3 s on BERT."""
    # Element ranks and aliases are derived again by the walk; ranks of
    # values and the dtypes of arguments and module tensors carry over.
    ranks: Ranks = {
        key: rank
        for key, rank in previous.items()
        if not isinstance(key, tuple) or key[0] == "dtype"
    }
    _infer_block(graph.block(), ranks)
    return ranks


def rank_by_rules(value: torch._C.Value, ranks: Ranks, depth: int = 0) -> Optional[int]:
    """The rank of `value` from the rules, following its producers back to
    values of known rank; what it derives is recorded in `ranks`. For values
    made after `ranks` was derived (a rewrite's new ops), at the cost of their
    chain instead of a walk of the graph."""
    if value.type().kind() != "TensorType":
        return None
    rank = _known_rank(value, ranks)
    underivable = ("underivable", value.unique())
    if rank is not None or depth > _MAX_RULE_DEPTH or underivable in ranks:
        return rank
    node = value.node()
    rule = _RANK_RULES.get(node.kind())
    if rule is not None and node.outputsSize() == 1:
        rank = rule(node, lambda v: rank_by_rules(v, ranks, depth + 1))
    if rank is None:
        # Each value is followed once (a graph's values form a DAG).
        ranks[underivable] = True
    _record(value, rank, ranks)
    return rank


# How far `rank_by_rules` follows producers (a rewrite makes short chains).
_MAX_RULE_DEPTH = 64


def _corresponding_values(block, copied_block):
    yield from zip(block.inputs(), copied_block.inputs())
    for node, copied_node in zip(block.nodes(), copied_block.nodes()):
        yield from zip(node.outputs(), copied_node.outputs())
        for nested, copied_nested in zip(nested_blocks(node), nested_blocks(copied_node)):
            yield from _corresponding_values(nested, copied_nested)


def _example_types(graph: torch._C.Graph, argument_types, root_object):
    """(value, tensor type) for the tensor parameters the example arguments
    type, and for the parameters and buffers that `self.<path>` reads (the
    module's tensors)."""
    parameters = list(graph.inputs())
    if parameters and parameters[0].type().kind() == "ClassType":
        parameters = parameters[1:]  # `self` of a method
    for parameter, tensor_type in zip(parameters, argument_types):
        if tensor_type is not None and parameter.type().kind() == "TensorType":
            yield parameter, tensor_type
    if root_object is None:
        return
    objects = {next(graph.inputs()).unique(): root_object}
    for node in graph.findAllNodes("prim::GetAttr"):
        owner = objects.get(next(node.inputs()).unique())
        name = node.s("name")
        if owner is None or not owner.hasattr(name):
            continue
        value = owner.getattr(name)
        if isinstance(value, torch._C.ScriptModule):
            objects[node.output().unique()] = value
        elif isinstance(value, torch.Tensor) and node.output().type().kind() == "TensorType":
            yield node.output(), torch._C.TensorType.create_from_tensor(value)


def _seed(value: torch._C.Value, tensor_type, ranks: Ranks, sizes: Optional[dict]) -> None:
    """The rank, sizes and dtype of an example-typed value, as the scratch
    copy of `infer_ranks` would carry them."""
    if tensor_type.dim() is not None:
        ranks[value.unique()] = tensor_type.dim()
        if sizes is not None:
            sizes[value.unique()] = tensor_type.varyingSizes()
    dtype = _DTYPES.get(tensor_type.scalarType())
    if dtype is not None:
        ranks[("dtype", value.unique())] = dtype


def _known_rank(value: torch._C.Value, ranks: Ranks) -> Optional[int]:
    if value.type().kind() != "TensorType":
        return None
    rank = value.type().dim()
    return rank if rank is not None else ranks.get(value.unique())


def _infer_block(block, ranks: Ranks) -> None:
    """Ranks of the block's tensor values into `ranks`; element ranks of its
    tuples and unmutated lists under ("elements", id) keys, so that ranks flow
    through the results an inlined call packs and its caller unpacks."""
    for value in block.inputs():
        _record(value, _known_rank(value, ranks), ranks)
    for node in block.nodes():
        for nested in nested_blocks(node):
            _infer_block(nested, ranks)
        kind = node.kind()
        outputs = list(node.outputs())
        if kind == "prim::If":
            _infer_if(node, outputs, ranks)
            continue
        if kind in ("prim::TupleConstruct", "prim::ListConstruct"):
            if kind == "prim::TupleConstruct" or _never_mutated(outputs[0]):
                elements = [_known_rank(v, ranks) for v in node.inputs()]
                ranks[("elements", outputs[0].unique())] = elements
            continue
        if kind in ("prim::TupleUnpack", "prim::ListUnpack", "prim::TupleIndex"):
            elements = ranks.get(("elements", next(node.inputs()).unique()))
            if elements is not None:
                if kind == "prim::TupleIndex":
                    index = _constant(list(node.inputs())[1])
                    if isinstance(index, int) and -len(elements) <= index < len(elements):
                        _record(outputs[0], elements[index], ranks)
                elif len(elements) == len(outputs):
                    for output, rank in zip(outputs, elements):
                        _record(output, rank, ranks)
            continue
        rule = _RANK_RULES.get(kind)
        for output in outputs:
            rank = _known_rank(output, ranks)
            if rank is None and rule is not None and len(outputs) == 1:
                rank = rule(node, lambda v: _known_rank(v, ranks))
            _record(output, rank, ranks)


# Uses of a list that cannot change its elements.
_LIST_READS = frozenset({"prim::ListUnpack", "aten::__getitem__", "aten::len", "prim::Return"})


def _never_mutated(value: torch._C.Value) -> bool:
    return all(use.user.kind() in _LIST_READS for use in value.uses())


def _infer_if(node, outputs, ranks: Ranks) -> None:
    branch_outputs = [list(b.outputs()) for b in node.blocks()]
    taken = _evaluate_condition(next(node.inputs()), ranks)
    if taken is not None:
        # A test of ranks (`x.dim() == 3`): only one branch can run.
        branch_outputs = [branch_outputs[0 if taken else 1]]
    for index, output in enumerate(outputs):
        if taken is not None:
            # The output is the value the taken branch yields.
            ranks[("alias", output.unique())] = _canonical(branch_outputs[0][index], ranks)
        candidates = {_known_rank(o[index], ranks) for o in branch_outputs}
        merged = candidates.pop() if len(candidates) == 1 else None
        rank = _known_rank(output, ranks)
        _record(output, merged if rank is None else rank, ranks)
        # Tuples and lists: element by element, where every branch knows them.
        per_branch = [ranks.get(("elements", o[index].unique())) for o in branch_outputs]
        if all(e is not None for e in per_branch) and len({len(e) for e in per_branch}) == 1:
            ranks[("elements", output.unique())] = [
                column[0] if len(set(column)) == 1 else None for column in zip(*per_branch)
            ]


_COMPARISONS = {
    "aten::eq": lambda a, b: a == b,
    "aten::ne": lambda a, b: a != b,
    "aten::lt": lambda a, b: a < b,
    "aten::le": lambda a, b: a <= b,
    "aten::gt": lambda a, b: a > b,
    "aten::ge": lambda a, b: a >= b,
}


def _evaluate_int(value: torch._C.Value, ranks: Ranks) -> Optional[int]:
    """An int that is a constant or the rank of a tensor of known rank."""
    node = value.node()
    if node.kind() == "prim::Constant":
        constant = value.toIValue()
        return constant if type(constant) is int else None
    if node.kind() == "aten::dim":
        return _known_rank(next(node.inputs()), ranks)
    return None


def _output_index(node: torch._C.Node, value: torch._C.Value) -> int:
    return [output.unique() for output in node.outputs()].index(value.unique())


def _canonical(value: torch._C.Value, ranks: Ranks) -> int:
    """The id of the value `value` is, through `if`s whose branch is known."""
    return ranks.get(("alias", value.unique()), value.unique())


def _evaluate_condition(value: torch._C.Value, ranks: Ranks) -> Optional[bool]:
    """The value of a bool that compares ranks and constants, if it has one."""
    node = value.node()
    if node.kind() == "prim::Constant":
        constant = value.toIValue()
        return constant if type(constant) is bool else None
    if node.kind() == "aten::__not__":
        inner = _evaluate_condition(next(node.inputs()), ranks)
        return None if inner is None else not inner
    if node.kind() == "prim::If":
        # A bool an `if` computes (`_mha_shape_check`): the taken branch's.
        taken = _evaluate_condition(next(node.inputs()), ranks)
        if taken is None:
            return None
        index = _output_index(node, value)
        branch = list(node.blocks())[0 if taken else 1]
        return _evaluate_condition(list(branch.outputs())[index], ranks)
    if node.kind() in ("aten::__is__", "aten::__isnot__"):
        first, second = (_canonical(v, ranks) for v in node.inputs())
        if first != second:
            return None  # distinct values may still be one object
        return node.kind() == "aten::__is__"
    compare = _COMPARISONS.get(node.kind())
    if compare is None or node.inputsSize() != 2:
        return None
    first, second = (_evaluate_int(v, ranks) for v in node.inputs())
    if first is None or second is None:
        return None
    return compare(first, second)


def _record(value: torch._C.Value, rank: Optional[int], ranks: Ranks) -> None:
    if rank is not None and value.type().kind() == "TensorType":
        ranks[value.unique()] = rank


# --- Rules: the rank of an op's result from its inputs' ranks -------------

RankOf = Callable[[torch._C.Value], Optional[int]]


def _inputs(node) -> List[torch._C.Value]:
    return list(node.inputs())


def _list_length(value: torch._C.Value) -> Optional[int]:
    if value.node().kind() == "prim::ListConstruct":
        return value.node().inputsSize()
    constant = value.toIValue() if value.node().kind() == "prim::Constant" else None
    return len(constant) if isinstance(constant, (list, tuple)) else None


def _constant(value: torch._C.Value):
    return value.toIValue() if value.node().kind() == "prim::Constant" else None


def _same_as_first(node, rank_of: RankOf):
    return rank_of(_inputs(node)[0])


def _broadcast(node, rank_of: RankOf):
    tensors = [v for v in _inputs(node) if v.type().kind() == "TensorType"]
    ranks = [rank_of(v) for v in tensors]
    if not ranks or any(r is None for r in ranks):
        return None
    # Scalars of other types take no part; tensor operands broadcast.
    return max(ranks)


def _size_list(index: int):
    return lambda node, rank_of: _list_length(_inputs(node)[index])


def _unflatten(node, rank_of: RankOf):
    rank, sizes = rank_of(_inputs(node)[0]), _list_length(_inputs(node)[2])
    return None if rank is None or sizes is None else rank + sizes - 1


def _flatten(node, rank_of: RankOf):
    inputs = _inputs(node)
    rank, start, end = rank_of(inputs[0]), _constant(inputs[1]), _constant(inputs[2])
    if rank is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    if rank == 0:
        return 1
    start, end = start % rank, end % rank
    return rank - (end - start) if start <= end else None


def _one_more(node, rank_of: RankOf):
    rank = rank_of(_inputs(node)[0])
    return None if rank is None else rank + 1


def _one_less(node, rank_of: RankOf):
    rank = rank_of(_inputs(node)[0])
    return None if rank is None or rank == 0 else rank - 1


def _matmul(node, rank_of: RankOf):
    first, second = (rank_of(v) for v in _inputs(node)[:2])
    if first is None or second is None or first == 0 or second == 0:
        return None
    if first == 1 and second == 1:
        return 0
    if first == 1:
        return second - 1
    if second == 1:
        return first - 1
    return max(first, second)


def _reduction(node, rank_of: RankOf):
    """sum/mean/amax/... over constant dims with a constant keepdim."""
    inputs = _inputs(node)
    rank = rank_of(inputs[0])
    if rank is None or len(inputs) < 3:
        return None
    if rank == 0:
        return 0
    dims, keepdim = _constant(inputs[1]), _constant(inputs[2])
    if not isinstance(keepdim, bool):
        return None
    if isinstance(dims, int):
        dims = [dims]
    if not isinstance(dims, list) or not dims:
        return None
    return rank if keepdim else rank - len({d % rank for d in dims})


_SAME_RANK = (
    "aten::transpose",
    "aten::contiguous",
    "aten::dropout",
    "aten::softmax",
    "aten::log_softmax",
    "aten::layer_norm",
    "aten::linear",
    "aten::relu",
    "aten::gelu",
    "aten::silu",
    "aten::tanh",
    "aten::sigmoid",
    "aten::exp",
    "aten::sqrt",
    "aten::rsqrt",
    "aten::neg",
    "aten::abs",
    "aten::clone",
    "aten::to",
    "aten::type_as",
    "aten::detach",
    "aten::masked_fill",
    "aten::scaled_dot_product_attention",
    "aten::batch_norm",
    "aten::group_norm",
    "aten::instance_norm",
    "aten::slice",
    "aten::narrow",
    "aten::conv1d",
    "aten::conv2d",
    "aten::conv3d",
    "aten::convolution",
    "aten::hardtanh",
    "aten::leaky_relu",
    "aten::clamp",
    "aten::cumsum",
    "aten::roll",
    "aten::flip",
    "aten::tril",
    "aten::triu",
    "aten::constant_pad_nd",
)
_BROADCASTING = (
    "aten::add",
    "aten::sub",
    "aten::mul",
    "aten::div",
    "aten::pow",
    "aten::where",
    "aten::maximum",
    "aten::minimum",
    "aten::eq",
    "aten::ne",
    "aten::lt",
    "aten::le",
    "aten::gt",
    "aten::ge",
    "aten::__and__",
    "aten::__or__",
    "aten::logical_and",
    "aten::logical_or",
    "aten::rsub",
    "aten::remainder",
    "aten::fmod",
    "aten::floor_divide",
    "aten::atan2",
    "aten::lerp",
)

# In-place ops that return `self` with its shape (broadcasting their other
# operands to it): not those that change it (`unsqueeze_`, `resize_`, ...).
_IN_PLACE_SAME_RANK = tuple(
    kind + "_"
    for kind in (
        "aten::add", "aten::sub", "aten::mul", "aten::div", "aten::relu", "aten::clamp",
        "aten::hardtanh", "aten::leaky_relu", "aten::sigmoid", "aten::tanh", "aten::neg",
        "aten::masked_fill", "aten::fill", "aten::zero", "aten::copy", "aten::pow",
        "aten::silu", "aten::gelu", "aten::exp", "aten::sqrt", "aten::abs",
    )
)  # fmt: skip

# Pools: the rank of their input (a batched or an unbatched one).
_POOLS = (
    "aten::max_pool1d", "aten::max_pool2d", "aten::max_pool3d", "aten::avg_pool1d",
    "aten::avg_pool2d", "aten::avg_pool3d", "aten::adaptive_avg_pool1d",
    "aten::adaptive_avg_pool2d", "aten::adaptive_avg_pool3d",
)  # fmt: skip


# Factories whose first argument is the size list.
_FACTORIES = ("aten::zeros", "aten::ones", "aten::empty", "aten::full", "aten::rand", "aten::randn")


def _embedding(node, rank_of: RankOf):
    # indices.shape + weight.shape[1:]
    weight, indices = (rank_of(v) for v in _inputs(node)[:2])
    return None if weight is None or indices is None else weight - 1 + indices


def _vector(node, rank_of: RankOf):
    return 1


_RANK_RULES: Dict[str, Callable] = {
    **{kind: _same_as_first for kind in _SAME_RANK + _IN_PLACE_SAME_RANK + _POOLS},
    "aten::embedding": _embedding,
    "aten::arange": _vector,
    **{kind: _size_list(0) for kind in _FACTORIES},
    **{kind: _broadcast for kind in _BROADCASTING},
    "aten::view": _size_list(1),
    "aten::reshape": _size_list(1),
    "aten::expand": _size_list(1),
    "aten::permute": _size_list(1),
    "aten::unflatten": _unflatten,
    "aten::flatten": _flatten,
    "aten::unsqueeze": _one_more,
    "aten::select": _one_less,
    "aten::matmul": _matmul,
    "aten::sum": _reduction,
    "aten::mean": _reduction,
    "aten::amax": _reduction,
    "aten::amin": _reduction,
}  # fmt: skip
