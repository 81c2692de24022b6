"""Queries that are constants under compilation, folded to their values."""

import torch

from torch_mlir.prepare.observed_shapes import LIST_MUTATIONS
from torch_mlir.prepare.walk import nested_blocks

# torch.is_autocast_enabled() and its per-device forms.
AUTOCAST_QUERIES = (
    "aten::is_autocast_enabled",
    "aten::is_autocast_cpu_enabled",
    "aten::is_autocast_ipu_enabled",
    "aten::is_autocast_xla_enabled",
)

# Tensor.is_cuda and the other accelerator queries.
ACCELERATOR_QUERIES = (
    "prim::is_cuda",
    "prim::is_xpu",
    "prim::is_mps",
    "prim::is_mtia",
    "prim::is_ipu",
    "prim::is_xla",
    "prim::is_vulkan",
    "prim::is_maia",
)


def replace_with_constant(value):
    """A rewrite that replaces a one-output node by the constant `value`."""

    def apply(node: torch._C.Node, context) -> bool:
        if node.outputsSize() != 1:
            return False
        with context.graph.insert_point_guard(node):
            constant = context.graph.insertConstant(value)
        node.output().replaceAllUsesWith(constant)
        node.destroy()
        return True

    return apply


def fold_call(qualified_name: str, value):
    """A rewrite that replaces calls of the TorchScript function
    `qualified_name` by the constant `value`."""
    fold = replace_with_constant(value)

    def apply(node: torch._C.Node, context) -> bool:
        callee = next(node.inputs()).type()
        if str(callee) != qualified_name:
            return False
        return fold(node, context)

    return apply


# Types whose values equal themselves (no float NaN inside).
_REFLEXIVE_TYPES = frozenset({"int", "bool", "str", "int[]", "bool[]", "str[]", "Device"})


def _one_value(first: torch._C.Value, second: torch._C.Value) -> bool:
    """The same value, or the sizes (`x.shape`, a fresh list each time) of
    the same tensor."""
    if first.unique() == second.unique():
        return True
    producers = first.node(), second.node()
    return all(p.kind() == "aten::size" and p.inputsSize() == 1 for p in producers) and (
        next(producers[0].inputs()).unique() == next(producers[1].inputs()).unique()
    )


# View ops that always return a new tensor object (never their input).
_NEW_VIEW_OBJECTS = frozenset(
    {"aten::transpose", "aten::permute", "aten::unsqueeze", "aten::view", "aten::select",
     "aten::expand", "aten::t"}
)  # fmt: skip


def _is_new_object(value: torch._C.Value) -> bool:
    """`value` is a tensor its node created: an op without an aliasing
    result (arithmetic, linear, ...) or a view op of `_NEW_VIEW_OBJECTS`."""
    node = value.node()
    if node.kind() in _NEW_VIEW_OBJECTS:
        return True
    if not node.kind().startswith("aten::") or node.outputsSize() != 1:
        return False
    try:
        returns = node.schema()
    except RuntimeError:
        return False
    return "(a" not in returns.split("->", 1)[1]


def _distinct_objects(first: torch._C.Value, second: torch._C.Value, graph) -> bool:
    """Two tensors that cannot be one object: each is a new object of its node
    or an argument of the compiled function (arguments are values there: a
    compiled function cannot tell that a caller passed one tensor twice)."""
    if first.unique() == second.unique():
        return False
    arguments = {v.unique() for v in graph.inputs()}
    # A tensor an op created here is no argument and no other op's result;
    # a value an aliasing op returned (contiguous, to, ...) may be its input.
    kinds = [
        "new" if _is_new_object(v) else "argument" if v.unique() in arguments else None
        for v in (first, second)
    ]
    return None not in kinds


def fold_identity_of_one_value(node: torch._C.Node, context) -> bool:
    """`a is a`, `a == a` -> True, `a is not a`, `a != a` -> False, when both
    operands are one value (for ==/!=, of a type without NaN: ints, bools,
    strings and lists of them; `x.shape == x.shape` too). Distinct values are
    left alone."""
    inputs = list(node.inputs())
    if len(inputs) != 2:
        return False
    if (
        node.kind() in ("aten::__is__", "aten::__isnot__")
        and context.compiled_method
        and all(v.type().kind() == "TensorType" for v in inputs)
        and _distinct_objects(inputs[0], inputs[1], context.graph)
    ):
        return replace_with_constant(node.kind() == "aten::__isnot__")(node, context)
    if not _one_value(*inputs):
        return False
    if node.kind() in ("aten::eq", "aten::ne") and (
        str(inputs[0].type()) not in _REFLEXIVE_TYPES or str(node.output().type()) != "bool"
    ):
        return False
    return replace_with_constant(node.kind() in ("aten::__is__", "aten::eq"))(node, context)


def fold_known_rank(node: torch._C.Node, context) -> bool:
    """`x.dim()` -> its value, where the example arguments fix x's rank (the
    compiled signature fixes it too)."""
    rank = context.rank_of(next(node.inputs()))
    if rank is None:
        return False
    return replace_with_constant(rank)(node, context)


_IMMUTABLE = (bool, int, float, str, type(None))


def _is_immutable_constant(value) -> bool:
    if isinstance(value, _IMMUTABLE):
        return True
    return isinstance(value, tuple) and all(_is_immutable_constant(v) for v in value)


def fold_module_attribute(node: torch._C.Node, context) -> bool:
    """`self.<path>.flag` -> its value, for attributes of immutable type
    (bool, int, float, str, None, tuples of them) that no method assigns.
    Submodules on the way are followed, not folded."""
    owner = context.object_of(next(node.inputs()))
    if owner is None:
        return False
    name = node.s("name")
    if not owner.hasattr(name):
        return False
    value = owner.getattr(name)
    if isinstance(value, torch._C.ScriptModule):
        context.note_object(node.output(), value)
        return False
    if name in context.assigned_attributes:
        return False
    if isinstance(value, (dict, list)):
        return _fold_container_reads(node, value, context)
    if not _is_immutable_constant(value):
        return False
    return replace_with_constant(value)(node, context)


def _fold_container_reads(node: torch._C.Node, value, context) -> bool:
    """`self.config["scale"]` and `len(self.sizes)` of a dict or list of
    constants no method assigns or changes in place -> their values. Only
    when every use in the graph is such a read with a constant key (a key
    that is missing, or an index out of range, stays: it raises)."""
    items = value.values() if isinstance(value, dict) else value
    if not all(_is_immutable_constant(v) for v in items):
        return False
    reads = []
    for use in node.output().uses():
        user = use.user
        if user.kind() == "aten::len" and use.offset == 0:
            reads.append((user, len(value)))
            continue
        if user.kind() != "aten::__getitem__" or use.offset != 0:
            return False
        key = user.inputsAt(1)
        if key.node().kind() != "prim::Constant":
            return False
        key = key.toIValue()
        if isinstance(value, dict):
            if key not in value:
                return False
        elif type(key) is not int or not -len(value) <= key < len(value):
            return False
        reads.append((user, value[key]))
    if not reads:
        return False
    for user, constant in reads:
        with context.graph.insert_point_guard(user):
            replacement = context.graph.insertConstant(constant)
        user.output().replaceAllUsesWith(replacement)
    # The reads and the attribute are dead now; the DCE after this round
    # removes them (the table may still hold a read as a matched node).
    return True


def assigned_attribute_names(scripted) -> frozenset:
    """Names of the attributes any method of `scripted` or its submodules
    assigns (prim::SetAttr) or changes in place (a list or dict attribute
    appended to, ...), which are therefore never folded."""
    names = set()
    for module in scripted.modules():
        for method_name in module._c._type().method_names():
            stack = [module._c._get_method(method_name).graph.block()]
            while stack:
                block = stack.pop()
                for node in block.nodes():
                    if node.kind() == "prim::SetAttr":
                        names.add(node.s("name"))
                    elif node.kind() == "prim::GetAttr" and any(
                        use.user.kind() in _CONTAINER_MUTATIONS for use in node.output().uses()
                    ):
                        names.add(node.s("name"))  # a list or dict changed in place
                    stack.extend(nested_blocks(node))
    return frozenset(names)


# Ops that change the list or dict they are given.
_CONTAINER_MUTATIONS = LIST_MUTATIONS | {"aten::update", "aten::setdefault", "aten::popitem"}


def fold_tuple_round_trip(node: torch._C.Node, context) -> bool:
    """TupleUnpack / constant TupleIndex of a TupleConstruct -> its elements;
    ListUnpack of a ListConstruct that nothing else uses (so nothing can
    have mutated it) -> its elements."""
    inputs = list(node.inputs())
    construct = inputs[0].node()
    if node.kind() == "prim::ListUnpack":
        if construct.kind() != "prim::ListConstruct" or len(inputs[0].uses()) != 1:
            return False
    elif construct.kind() != "prim::TupleConstruct":
        return False
    elements = list(construct.inputs())
    if len(elements) != node.outputsSize() and node.kind() != "prim::TupleIndex":
        return False
    if node.kind() != "prim::TupleIndex":
        replacements = elements
    else:
        index = inputs[1].toIValue()
        if not isinstance(index, int) or not -len(elements) <= index < len(elements):
            return False
        replacements = [elements[index]]
    for output, element in zip(node.outputs(), replacements):
        output.replaceAllUsesWith(element)
    node.destroy()
    return True


def fold_known_size(node: torch._C.Node, context) -> bool:
    """`x.size(d)` -> its value, where shape propagation proved that size
    from the example arguments' static dims and the module's tensors."""
    inputs = list(node.inputs())
    if len(inputs) != 2 or inputs[1].node().kind() != "prim::Constant":
        return False
    sizes, dim = context.sizes_of(inputs[0]), inputs[1].toIValue()
    if sizes is None or type(dim) is not int or not -len(sizes) <= dim < len(sizes):
        return False
    if sizes[dim] is None:
        return False
    return replace_with_constant(sizes[dim])(node, context)
