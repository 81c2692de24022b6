"""Mutations through views, as values: functionalization of one in-place op.

`base.t().add_(y)` changes `base`; `row = base[0]; base.fill_(1)` changes
`row`. The core removes in-place ops on tensors that nothing else aliases,
but gives up on views (their results then have unknown ranks). Here an
in-place op `v.op_(args)`, where `v` is a view of a root tensor `r` through a
chain of view ops, becomes:

1. `new_v = op(v, args)`, the functional op (its result cast back to `v`'s
   dtype, as the in-place op writes it);
2. `new_r`, the root with `new_v` written back through the chain, each view
   inverted by its scatter (`select_scatter`, `slice_scatter`,
   `diagonal_scatter`) or its inverse view (transpose, permute, unsqueeze /
   squeeze, view);
3. every later use of `r` and of any of its views is pointed at the same
   view of `new_r`, re-derived right after the write-back.

It refuses (and the node stays as it was) wherever it cannot see every alias:
a root that is not a fresh tensor (an argument, or the result of an op that
returns a new tensor), a view op it does not know (reshape, which may copy;
unbind, split, expand through which a write happens), an alias used inside a
loop or an `if`, or put into a list or tuple that is read after the write.
Arguments count as fresh: the compiled function takes them by value (the
importer gives them value semantics), so a write to one is seen by the
function only, as after this rewrite.
"""

from typing import Dict, List, Optional, Tuple

import torch

# View kind -> whether a write through it can be inverted.
_VIEWS = {
    "aten::select": True,
    "aten::slice": True,
    "aten::narrow": True,
    # The core has no shape function for diagonal_scatter.
    "aten::diagonal": False,
    "aten::transpose": True,
    "aten::t": True,
    "aten::permute": True,
    "aten::view": True,
    "aten::unsqueeze": True,
    "aten::squeeze": True,
    "aten::alias": True,
    "aten::detach": True,
    "aten::expand": False,
    "aten::expand_as": False,
}
# Overloads of the view kinds above that are views (the others, such as
# transpose.Dimname or view.dtype, are left alone).
_VIEW_SCHEMAS = (
    "aten::select.int(", "aten::slice.Tensor(", "aten::narrow(", "aten::diagonal(",
    "aten::transpose.int(", "aten::t(", "aten::permute(", "aten::view(",
    "aten::unsqueeze(", "aten::squeeze(", "aten::squeeze.dim(", "aten::squeeze.dims(",
    "aten::alias(", "aten::detach(", "aten::expand(", "aten::expand_as(",
)  # fmt: skip

# Containers: they hold an alias, which stays valid while they are used.
_CONTAINERS = ("prim::ListConstruct", "prim::TupleConstruct")


def _schema(node: torch._C.Node) -> Optional[str]:
    try:
        return str(node.schema())
    except RuntimeError:
        return None


def _is_view(node: torch._C.Node) -> bool:
    if node.kind() not in _VIEWS:
        return False
    schema = _schema(node)
    return schema is not None and schema.startswith(_VIEW_SCHEMAS)


def _is_in_place(node: torch._C.Node) -> bool:
    """An op writing its first argument and returning it (`add_`, `copy_`,
    `fill_`, ...), whose functional twin exists."""
    schema = _schema(node)
    if schema is None or node.outputsSize() != 1:
        return False
    arguments = schema[schema.index("(") + 1 :]
    if not arguments.startswith("Tensor(a!) self"):
        return False
    if "!" in arguments[len("Tensor(a!)") :].split("->")[0]:
        return False  # writes another argument too
    if not schema.split("->")[-1].strip().startswith("Tensor(a!)"):
        return False
    return _functional_twin(node) is not None


def _functional_twin(node: torch._C.Node) -> Optional[str]:
    kind = node.kind()
    if not kind.endswith("_") or kind.endswith("__"):
        return None
    functional = kind[:-1]
    overload = _schema(node).split("(")[0][len(kind) :]  # ".Scalar", "" ...
    for schema in torch._C._jit_get_schemas_for_operator(functional):
        name = schema.overload_name
        if ("." + name if name else "") == overload:
            return functional
    return None


def _reads_only(node: torch._C.Node, position: int) -> bool:
    """Whether `node` only reads its input at `position` (no alias of it in
    its results, no write to it)."""
    if node.kind() in ("aten::size", "aten::dim", "aten::numel", "prim::dtype", "prim::device"):
        return True
    schema = _schema(node)
    if schema is None:
        return False
    arguments = schema[schema.index("(") + 1 : schema.rindex(") ->")]
    # Split at the top level of the argument list.
    parts, depth, current = [], 0, ""
    for char in arguments:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    parts = [p.strip() for p in parts if p.strip() and p.strip() != "*"]
    if position >= len(parts):
        return False
    return "(" not in parts[position].split(" ")[0]


class _Refused(Exception):
    pass


def _chain_to_root(value: torch._C.Value) -> Tuple[torch._C.Value, List[torch._C.Node]]:
    """The root of `value` and the view nodes from the root to it."""
    chain = []
    while True:
        producer = value.node()
        if _is_view(producer):
            chain.append(producer)
            value = producer.inputsAt(0)
            continue
        break
    chain.reverse()
    if not _is_fresh(value):
        raise _Refused()
    return value, chain


def _is_fresh(value: torch._C.Value) -> bool:
    if value.type().kind() != "TensorType":
        return False
    producer = value.node()
    if producer.kind() == "prim::Param":
        return True
    schema = _schema(producer)
    if schema is None or producer.outputsSize() != 1:
        return False
    # "-> Tensor", not "-> Tensor(a)" (a view) or "-> Tensor(a!)".
    return "(" not in schema.split("->")[-1]


def _aliases(root: torch._C.Value) -> Dict[torch._C.Value, List[torch._C.Node]]:
    """Every value that aliases `root`, with the views from the root to it;
    refuses on a use it cannot follow."""
    found = {root: []}
    pending = [root]
    while pending:
        value = pending.pop()
        for use in value.uses():
            user = use.user
            if user.kind() == "prim::Return":
                continue
            if use.offset == 0 and _is_view(user):
                found[user.output()] = found[value] + [user]
                pending.append(user.output())
            elif use.offset == 0 and _is_in_place(user):
                found[user.output()] = found[value]
                pending.append(user.output())
            elif user.kind() in _CONTAINERS:
                continue  # checked against the write below
            elif not _reads_only(user, use.offset):
                raise _Refused()
    return found


def _check_uses(aliases, node: torch._C.Node, block) -> None:
    for value in aliases:
        if value.node().owningBlock() != block and value.node().kind() != "prim::Param":
            raise _Refused()
        for use in value.uses():
            user = use.user
            if user.kind() == "prim::Return":
                if user.owningBlock() != block:
                    raise _Refused()
                continue
            if user.owningBlock() != block:
                raise _Refused()  # inside a loop or an if
            if user.kind() in _CONTAINERS and user.isBefore(node):
                # The container would show the write to its later readers.
                if any(
                    u.user.isAfter(node) or u.user.kind() == "prim::Return"
                    for u in user.output().uses()
                ):
                    raise _Refused()


# --- Write-back -------------------------------------------------------------


def _insert(graph, kind: str, inputs) -> torch._C.Value:
    values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
    created = graph.create(kind, values)
    graph.insertNode(created)
    created.output().setType(torch._C.TensorType.get())
    return created.output()


def _constant_ints(value: torch._C.Value) -> Optional[List[int]]:
    producer = value.node()
    if producer.kind() == "prim::Constant":
        constant = value.toIValue()
        if isinstance(constant, (list, tuple)) and all(isinstance(v, int) for v in constant):
            return list(constant)
        return None
    if producer.kind() == "prim::ListConstruct":
        elements = []
        for element in producer.inputs():
            if element.node().kind() != "prim::Constant" or not isinstance(element.toIValue(), int):
                return None
            elements.append(element.toIValue())
        return elements
    return None


def _write_back(graph, view: torch._C.Node, base: torch._C.Value, new: torch._C.Value):
    """`base` with `new` written where `view` (applied to base) looks."""
    kind, inputs = view.kind(), list(view.inputs())
    if kind == "aten::select":
        # The core's select_scatter takes no negative index (it writes out
        # of bounds): count it from the end here.
        index = inputs[2]
        if index.node().kind() != "prim::Constant":
            raise _Refused()
        if index.toIValue() < 0:
            size = _insert_int(graph, "aten::size", [base, inputs[1]])
            index = _insert_int(graph, "aten::add", [index, size])
        return _insert(graph, "aten::select_scatter", [base, new, inputs[1], index])
    if kind == "aten::slice":
        return _insert(graph, "aten::slice_scatter", [base, new] + inputs[1:5])
    if kind == "aten::narrow":
        start = inputs[2]
        if start.node().kind() != "prim::Constant" or start.toIValue() < 0:
            raise _Refused()
        end = _insert_int(graph, "aten::add", [start, inputs[3]])
        return _insert(graph, "aten::slice_scatter", [base, new, inputs[1], start, end, 1])
    if kind == "aten::transpose":
        return _insert(graph, "aten::transpose", [new, inputs[1], inputs[2]])
    if kind == "aten::t":
        return _insert(graph, "aten::t", [new])
    if kind == "aten::permute":
        order = _constant_ints(inputs[1])
        if order is None:
            raise _Refused()
        rank = len(order)
        order = [d % rank if rank else d for d in order]
        inverse = [order.index(d) for d in range(rank)]
        return _insert(graph, "aten::permute", [new, inverse])
    if kind in ("aten::view", "aten::squeeze", "aten::unsqueeze"):
        # Back to the base's sizes (squeeze.dim of a dynamic dim would leave
        # the rank unknown).
        sizes = _insert_sizes(graph, base)
        return _insert(graph, "aten::reshape", [new, sizes])
    if kind in ("aten::alias", "aten::detach"):
        return new
    raise _Refused()


def _insert_int(graph, kind: str, inputs) -> torch._C.Value:
    values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
    created = graph.create(kind, values)
    graph.insertNode(created)
    created.output().setType(torch._C.IntType.get())
    return created.output()


def _insert_sizes(graph, tensor: torch._C.Value) -> torch._C.Value:
    created = graph.create("aten::size", [tensor])
    graph.insertNode(created)
    created.output().setType(torch._C.ListType(torch._C.IntType.get()))
    return created.output()


def _apply_view(graph, view: torch._C.Node, base: torch._C.Value) -> torch._C.Value:
    """The same view of another base."""
    inputs = [base] + list(view.inputs())[1:]
    created = graph.create(view.kind(), inputs)
    created.copyMetadata(view)
    graph.insertNode(created)
    created.output().setType(view.output().type())
    return created.output()


def _functional_value(graph, node: torch._C.Node) -> torch._C.Value:
    """`op(v, args)` for the in-place `v.op_(args)`, in `v`'s dtype."""
    target = node.inputsAt(0)
    created = graph.create(_functional_twin(node), list(node.inputs()))
    created.copyMetadata(node)
    graph.insertNode(created)
    created.output().setType(torch._C.TensorType.get())
    result = created.output()
    if node.kind() in ("aten::copy_", "aten::fill_", "aten::zero_"):
        return result  # these keep the dtype of what they write
    # `x.add_(y)` writes in x's dtype what `x + y` computes in a wider one.
    dtype = graph.create("prim::dtype", [target])
    graph.insertNode(dtype)
    dtype.output().setType(torch._C.IntType.get())
    return _insert(graph, "aten::to", [result, dtype.output(), False, False, None])


def functionalize_write(node: torch._C.Node, context) -> bool:
    """One in-place op through views (see the module docstring)."""
    if not _is_in_place(node):
        return False
    graph = context.graph
    block = graph.block()
    if node.owningBlock() != block:
        return False
    try:
        root, chain = _chain_to_root(node.inputsAt(0))
        if not chain and not _has_views(root):
            return False  # nothing aliases it: TorchScript's own pass removes it
        if any(not _VIEWS[view.kind()] for view in chain):
            raise _Refused()
        aliases = _aliases(root)
        _check_uses(aliases, node, block)
        with graph.insert_point_guard(node):
            _rewrite(graph, node, root, chain, aliases)
    except _Refused:
        return False
    return True


def _has_views(root: torch._C.Value) -> bool:
    return any(use.offset == 0 and _is_view(use.user) for use in root.uses())


def _rewrite(graph, node, root, chain, aliases) -> None:
    # The current contents along the chain: root, view 1, ..., the target.
    bases = [root]
    for view in chain[:-1]:
        bases.append(view.output())
    new = _functional_value(graph, node)
    for view, base in zip(reversed(chain), reversed(bases)):
        new = _write_back(graph, view, base, new)
    new_root = new
    # Later uses of every alias see the new contents.
    rederived: Dict[Tuple[int, ...], torch._C.Value] = {(): new_root}
    for value, views in aliases.items():
        if (
            value.node() is not node
            and not value.node().isBefore(node)
            and value.node().kind() != "prim::Param"
        ):
            continue  # defined after the write: derived from a rewritten use
        later = [
            use for use in value.uses()
            if use.user.kind() == "prim::Return" or use.user.isAfter(node)
        ]  # fmt: skip
        if not later:
            continue
        replacement = _rederive(graph, views, rederived, new_root)
        for use in later:
            use.user.replaceInput(use.offset, replacement)
    node.output().replaceAllUsesWith(node.inputsAt(0))
    node.destroy()


def _rederive(graph, views, cache, new_root) -> torch._C.Value:
    key: Tuple[int, ...] = ()
    current = new_root
    for view in views:
        key = key + (id(view),)
        if key not in cache:
            cache[key] = _apply_view(graph, view, current)
        current = cache[key]
    return current


def in_place_kinds() -> Tuple[str, ...]:
    """The kinds of the ATen ops that write their first argument and have a
    functional twin of the same overload."""
    names = {}
    for schema in torch._C._jit_get_all_schemas():
        names.setdefault(schema.name, set()).add(schema.overload_name)
    kinds = []
    for name, overloads in names.items():
        if name.startswith("aten::") and name.endswith("_") and not name.endswith("__"):
            if overloads & names.get(name[:-1], set()):
                kinds.append(name)
    return tuple(sorted(kinds))
