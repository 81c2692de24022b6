"""Generic out= overloads and rank-4+ linears.

`torch.add(a, b, out=o)` reaches the core as `aten::add.out`, which no
backend lowers. Where `o` is a fresh allocation that nothing reads or aliases
before the op (the condition functional-arange-out uses), the op becomes its
functional overload and later uses of `o` read the result, converted to `o`'s
dtype as eager converts into out= tensors: out= resizes `o` to the result's
shape, so its old contents and shape never matter.
"""

from typing import Optional

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import insert_inlined
from torch_mlir.prepare.functional import _out_is_private

# Out forms that compute in out's dtype when no dtype is given (eager's
# `infer_dtype_from_optional(self, dtype, out)`): the functional op with
# dtype=out.dtype computes the same values.
_COMPUTE_IN_OUT_DTYPE = frozenset(
    f"aten::{name}" for name in ("sum", "mean", "prod", "nansum", "cumsum", "cumprod")
)
# Out forms that convert the result into out's dtype where torch.can_cast
# allows it (TensorIterator ops and cat). Other ops' out forms raise on any
# dtype difference (e.g. matmul: "Expected out tensor to have dtype ...").
_CAST_INTO_OUT = frozenset(f"aten::{name}" for name in ("add", "sub", "mul", "div", "cat"))


def _cast_into(result: Tensor, out: Tensor) -> Tensor:
    # c10::canCast: no complex -> non-complex, float -> integral, or
    # non-bool -> bool conversion.
    if result.dtype != out.dtype:
        torch._assert(
            out.is_complex() or not result.is_complex(),
            "result type can't be cast to the desired output type",
        )
        torch._assert(
            out.is_floating_point() or out.is_complex() or not result.is_floating_point(),
            "result type can't be cast to the desired output type",
        )
        torch._assert(
            out.dtype != torch.bool or result.dtype == torch.bool,
            "result type can't be cast to the desired output type",
        )
    return result.to(out.dtype)


def _same_dtype(result: Tensor, out: Tensor) -> Tensor:
    torch._assert(result.dtype == out.dtype, "Expected out tensor to have the result's dtype")
    return result


def _schema(node: torch._C.Node):
    text = node.schema()
    return None if text == "(no schema)" else torch._C.parse_schema(text)


def _arguments(schema) -> list:
    return [(a.name, str(a.type)) for a in schema.arguments]


def _is_written(argument) -> bool:
    return argument.alias_info is not None and argument.alias_info.is_write


def functional_overload(schema, overloads=None) -> Optional[object]:
    """The functional overload of out-form `schema`: same name and arguments
    without `out`, returning one fresh tensor. None if `schema` is no
    single-out form or has no such overload."""
    if not (schema.overload_name == "out" or schema.overload_name.endswith("_out")):
        return None
    written = [a for a in schema.arguments if _is_written(a)]
    if len(written) != 1 or written[0].name != "out" or str(written[0].type) != "Tensor":
        return None
    if len(schema.returns) != 1 or schema.arguments[-1].name != "out":
        return None
    wanted = [(n, t) for n, t in _arguments(schema) if n != "out"]
    candidates = []
    if overloads is None:
        overloads = torch._C._jit_get_schemas_for_operator(schema.name)
    for other in overloads:
        if other.overload_name == schema.overload_name or _arguments(other) != wanted:
            continue
        if any(a.alias_info is not None for a in other.arguments):
            continue
        if len(other.returns) != 1 or str(other.returns[0].type) != "Tensor":
            continue
        candidates.append(other)
    return candidates[0] if len(candidates) == 1 else None


def out_overload_to_functional(node: torch._C.Node, context) -> bool:
    """`op.out(..., out=o)` -> `op(...)` whose result, in `o`'s dtype, later
    uses of `o` and the op's result read. Refused unless `o` is a fresh
    allocation in the op's block that nothing reads or aliases before the op
    and that the op takes once."""
    schema = _schema(node)
    if schema is None:
        return False
    functional = functional_overload(schema)
    if functional is None:
        return False
    inputs = list(node.inputs())
    out = inputs[-1]
    if not _out_is_private(node, out) or out.node().owningBlock() != node.owningBlock():
        return False
    if sum(1 for use in out.uses() if use.user is node) != 1 or out in inputs[:-1]:
        return False
    kind = node.kind()
    arguments = inputs[:-1]
    graph = context.graph
    names = [a.name for a in functional.arguments]
    later_users = [use.user for use in out.uses() if use.user is not node]
    write_back = _cast_into if kind in _CAST_INTO_OUT else _same_dtype
    with graph.insert_point_guard(node):
        if "dtype" in names and kind in _COMPUTE_IN_OUT_DTYPE:
            index = names.index("dtype")
            if arguments[index].node().kind() != "prim::Constant":
                return False
            if arguments[index].toIValue() is None:
                write_back = None
                dtype = graph.create("prim::dtype", [out])
                graph.insertNode(dtype)
                dtype.copyMetadata(node)
                dtype.output().setType(torch._C.IntType.get())
                arguments[index] = dtype.output()
        created = graph.create(kind, arguments)
        graph.insertNode(created)
        created.copyMetadata(node)
        created.output().setType(node.output().type())
    if created.schema() != str(functional):
        created.destroy()
        return False
    # The out form's result is `out` itself; both now read the written value.
    if write_back is None:
        # Computed in out's dtype already.
        value = created.output()
        node.output().replaceAllUsesWith(value)
        node.destroy()
    else:
        (value,) = insert_inlined(graph, node, write_back, [created.output(), out])
    for user in later_users:
        user.replaceInputWith(out, value)
    return True


# --- linear of rank-4+ inputs -------------------------------------------------------


def _linear_rank4(x: Tensor, w: Tensor, b: Optional[Tensor]) -> Tensor:
    # Eager: matmul(x, w.t()) (folded into a 2-D mm), then the bias added.
    y = torch.nn.functional.linear(x.flatten(0, 1), w)
    if b is not None:
        y = y + b
    return y.view([x.size(0), x.size(1), y.size(1), y.size(2)])


def _linear_rank5(x: Tensor, w: Tensor, b: Optional[Tensor]) -> Tensor:
    y = torch.nn.functional.linear(x.flatten(0, 2), w)
    if b is not None:
        y = y + b
    return y.view([x.size(0), x.size(1), x.size(2), y.size(1), y.size(2)])


def _linear_rank6(x: Tensor, w: Tensor, b: Optional[Tensor]) -> Tensor:
    y = torch.nn.functional.linear(x.flatten(0, 3), w)
    if b is not None:
        y = y + b
    return y.view([x.size(0), x.size(1), x.size(2), x.size(3), y.size(1), y.size(2)])


_LINEARS_BY_RANK = {4: _linear_rank4, 5: _linear_rank5, 6: _linear_rank6}


def linear_as_rank3(node: torch._C.Node, context) -> bool:
    """linear(x, w, b) with x of rank 4 to 6 and a 2-D w -> the linear of x
    with its leading dims flattened into one (rank 3), viewed back to x's
    leading dims."""
    if not str(node.schema()).startswith("aten::linear("):
        return False
    x, w, b = node.inputs()
    function = _LINEARS_BY_RANK.get(context.rank_of(x))
    if function is None or context.rank_of(w) != 2:
        return False
    insert_inlined(context.graph, node, function, [x, w, b])
    return True


def out_overload_kinds() -> tuple:
    """The ATen node kinds that have an out form with a functional overload."""
    by_name = {}
    for schema in torch._C._jit_get_all_schemas():
        if schema.name.startswith("aten::") and schema.name != "aten::arange":
            by_name.setdefault(schema.name, []).append(schema)
    kinds = set()
    for name, overloads in by_name.items():
        if any(functional_overload(s, overloads) is not None for s in overloads):
            kinds.add(name)
    return tuple(sorted(kinds))
