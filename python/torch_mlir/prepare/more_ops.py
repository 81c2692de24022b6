"""Rewrites of forms the core cannot lower into ones it can: warnings,
list idioms over sizes, and ATen ops it lacks or lowers wrongly.

Each rewrite here is one entry of `table.REWRITES`; the reference
implementations are TorchScript written in ops the core lowers, and compute
what eager PyTorch computes, dtypes included.
"""

import math
from typing import List, Optional

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import (
    _constant_int_list,
    _list_elements,
    by_schema,
    insert_inlined,
)

# --- Warnings -------------------------------------------------------------------


def drop_warning(node: torch._C.Node, context) -> bool:
    """aten::warn -> nothing. A warning changes no value; the core cannot
    lower it (nor the int stack level and the formatted message it takes),
    and F.mse_loss, F.l1_loss, F.smooth_l1_loss and F.huber_loss warn from a
    branch on the operands' sizes."""
    node.destroy()
    return True


# --- Size lists -----------------------------------------------------------------


_LIST_IDIOM_USERS = (
    "aten::len",
    "aten::__getitem__",
    "aten::slice",
    "aten::list",
    "aten::add",
    "aten::format",
)


def _idiom_use(use) -> bool:
    user = use.user
    if user.kind() in _LIST_IDIOM_USERS:
        return True
    # `x.size() == y.size()` (torch.equal): both sides become lists of sizes,
    # whose comparison then has a rewrite. (A comparison with other lists,
    # such as nn.LSTM's expected hidden size, has a rewrite of its own.)
    if user.kind() in ("aten::eq", "aten::ne") and user.inputsSize() == 2:
        return all(_is_size_list(v) for v in user.inputs())
    return False


def _is_size_list(value: torch._C.Value) -> bool:
    """`x.size()`, or the list `[x.size(0), ..., x.size(r - 1)]` it becomes."""
    producer = value.node()
    if producer.kind() == "aten::size":
        return producer.inputsSize() == 1
    if producer.kind() != "prim::ListConstruct":
        return False
    elements = [v.node() for v in producer.inputs()]
    if not elements or any(e.kind() != "aten::size" or e.inputsSize() != 2 for e in elements):
        return False
    tensor = elements[0].inputsAt(0)
    for dim, element in enumerate(elements):
        index = element.inputsAt(1)
        if (
            element.inputsAt(0) != tensor
            or index.node().kind() != "prim::Constant"
            or index.toIValue() != dim
        ):
            return False
    return True


def sizes_as_list(node: torch._C.Node, context) -> bool:
    """`x.size()` of a tensor of known rank -> `[x.size(0), ..., x.size(r-1)]`,
    a list whose length, slices and concatenations TorchScript's list
    peepholes fold (the size checks of F.group_norm and F.instance_norm loop
    over such a list)."""
    if node.inputsSize() != 1 or node.output().type().kind() != "ListType":
        return False
    tensor = node.input()
    rank = context.rank_of(tensor)
    if rank is None:
        return False
    # Only lists that are measured, indexed, sliced, copied or joined (the
    # comparisons of size lists have a rewrite of their own).
    if any(not _idiom_use(use) for use in node.output().uses()):
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        sizes = []
        for dim in range(rank):
            size = graph.create("aten::size", [tensor, graph.insertConstant(dim)])
            size.copyMetadata(node)
            graph.insertNode(size)
            size.output().setType(torch._C.IntType.get())
            sizes.append(size.output())
        listed = graph.create("prim::ListConstruct", sizes)
        listed.copyMetadata(node)
        graph.insertNode(listed)
        listed.output().setType(node.output().type())
    node.output().replaceAllUsesWith(listed.output())
    node.destroy()
    return True


def list_copy_or_concatenation(node: torch._C.Node, context) -> bool:
    """`list(l)` and `l1 + l2` of lists built by ListConstruct that nothing
    mutates -> a ListConstruct of the same elements (both ops build a new
    list, and so does a ListConstruct)."""
    try:
        schema = str(node.schema())
    except RuntimeError:
        return False
    if not schema.startswith(("aten::list.t(", "aten::add.t(")):
        return False
    elements = []
    for listed in node.inputs():
        listed_elements = _list_elements(listed)
        if listed_elements is None:
            return False
        elements.extend(listed_elements)
    graph = context.graph
    with graph.insert_point_guard(node):
        created = graph.create("prim::ListConstruct", elements)
        created.copyMetadata(node)
        graph.insertNode(created)
        created.output().setType(node.output().type())
    node.output().replaceAllUsesWith(created.output())
    node.destroy()
    return True


# --- Checks -----------------------------------------------------------------------


def drop_library_size_check(node: torch._C.Node, context) -> bool:
    """`if <condition on sizes>: raise ValueError(...)` inlined from
    torch.nn.functional (the degenerate-input checks of F.group_norm,
    F.instance_norm and F.batch_norm) -> nothing. Programs' own checks, and
    conditions that read tensor values, are left alone."""
    if node.outputsSize() != 0:
        return False
    then_block, else_block = list(node.blocks())
    raising = None
    for block, other in ((then_block, else_block), (else_block, then_block)):
        if _raises_only(block) and not list(other.nodes()):
            raising = block
    if raising is None:
        return False
    raised = list(raising.nodes())[-1]
    if "torch/nn/functional.py" not in _source_file(raised):
        return False
    if not _depends_on_sizes_only(node.inputsAt(0)):
        return False
    node.destroy()
    return True


def _source_file(node: torch._C.Node) -> str:
    try:
        return str(node.sourceRange())
    except RuntimeError:
        return ""


# Ops of a condition that reads sizes, never tensor values.
_SIZE_ARITHMETIC = {
    "prim::Constant", "aten::size", "aten::len", "aten::dim", "aten::numel",
    "aten::__getitem__", "prim::ListConstruct", "aten::mul", "aten::add",
    "aten::sub", "aten::floordiv", "aten::eq", "aten::ne", "aten::lt",
    "aten::gt", "aten::le", "aten::ge", "aten::__and__", "aten::__or__",
    "aten::__not__", "aten::__derive_index", "aten::__range_length", "aten::Int",
}  # fmt: skip


def _depends_on_sizes_only(value: torch._C.Value) -> bool:
    pending, seen = [value], set()
    while pending:
        current = pending.pop()
        if current.unique() in seen:
            continue
        seen.add(current.unique())
        producer = current.node()
        if producer.kind() not in _SIZE_ARITHMETIC:
            return False
        if producer.kind() in ("aten::size", "aten::dim", "aten::numel"):
            continue  # of a tensor: its sizes only
        if current.type().kind() not in ("IntType", "BoolType", "ListType"):
            return False
        pending.extend(producer.inputs())
    return True


def _raises_only(block) -> bool:
    nodes = list(block.nodes())
    if not nodes or nodes[-1].kind() != "prim::RaiseException":
        return False
    # Before the raise, only the formatting of its message.
    return all(n.kind() == "aten::format" for n in nodes[:-1])


# --- Instance norm ------------------------------------------------------------------


def instance_norm(
    input: Tensor,
    weight: Optional[Tensor],
    bias: Optional[Tensor],
    running_mean: Optional[Tensor],
    running_var: Optional[Tensor],
    use_input_stats: bool,
    momentum: float,
    eps: float,
    cudnn_enabled: bool,
    dims: List[int],
    channel_shape: List[int],
) -> Tensor:
    # Eager normalizes each (sample, channel) over its spatial dims with the
    # biased variance, as batch_norm of the input viewed as (1, N * C, ...).
    if use_input_stats or running_mean is None or running_var is None:
        mean = input.mean(dims, keepdim=True)
        centered = input - mean
        variance = (centered * centered).mean(dims, keepdim=True)
    else:
        mean = running_mean.reshape(channel_shape)
        centered = input - mean
        variance = running_var.reshape(channel_shape)
    normalized = centered * torch.rsqrt(variance + eps)
    if weight is not None:
        normalized = normalized * weight.reshape(channel_shape)
    if bias is not None:
        normalized = normalized + bias.reshape(channel_shape)
    return normalized


def rewrite_instance_norm(node: torch._C.Node, context) -> bool:
    """aten::instance_norm of an input of known rank (N, C, d1, ...) -> the
    mean and biased variance over d1, ... (or the running statistics when
    use_input_stats is False) and the affine transform. Refused when the
    op would update running statistics (use_input_stats with running_mean
    given): that is a write to the module's buffers."""
    try:
        if not str(node.schema()).startswith("aten::instance_norm("):
            return False
    except RuntimeError:
        return False
    inputs = list(node.inputs())
    rank = context.rank_of(inputs[0])
    use_input_stats = inputs[5]
    if rank is None or rank < 3 or use_input_stats.node().kind() != "prim::Constant":
        return False
    if use_input_stats.toIValue():
        for statistics in inputs[3:5]:
            if statistics.type().kind() != "NoneType":
                return False
    graph = context.graph
    with graph.insert_point_guard(node):
        dims = graph.insertConstant(list(range(2, rank)))
        channel_shape = graph.insertConstant([-1] + [1] * (rank - 2))
    insert_inlined(graph, node, instance_norm, inputs + [dims, channel_shape])
    return True


# --- Pointwise ops and losses -----------------------------------------------------


def bitwise_and(self: Tensor, other: Tensor) -> Tensor:
    # `a & b` of tensors is bitwise_and, bools included.
    return torch.bitwise_and(self, other)


def isfinite_float(self: Tensor) -> Tensor:
    # False for inf and NaN (NaN compares false). Not `x * 0 == 0`: the
    # core's tosa folds a product with zero to zero, NaN or not.
    return torch.abs(self) < float("inf")


def isfinite_not_float(self: Tensor) -> Tensor:
    # Integers and bools are finite.
    return self * 0 == 0


def isfinite(self: Tensor) -> Tensor:
    # The dtype unknown here: the core folds the test once it knows it.
    if self.is_floating_point():
        return isfinite_float(self)
    return isfinite_not_float(self)


def binary_cross_entropy(
    self: Tensor, target: Tensor, weight: Optional[Tensor], reduction: int
) -> Tensor:
    # As eager's kernel: each log is clamped at -100, so a probability of 0
    # or 1 gives a finite loss.
    log_p = torch.clamp(torch.log(self), min=-100.0)
    log_not_p = torch.clamp(torch.log1p(-self), min=-100.0)
    losses = (target - 1) * log_not_p - target * log_p
    if weight is not None:
        losses = losses * weight
    if reduction == 0:
        return losses
    if reduction == 2:
        return losses.sum()
    return losses.mean()


def logsumexp(self: Tensor, dim: List[int], keepdim: bool, pad: List[int]) -> Tensor:
    # As eager: the maximum is subtracted (an infinite one as 0) so that exp
    # neither overflows nor underflows; integers are summed as floats. The
    # maximum is taken with a -inf appended along each reduced dim, which
    # changes no maximum and gives -inf for an empty one (as eager's
    # log(sum(exp())) of nothing), where amax itself refuses.
    # `* 1.0` makes integers float32 and changes no float (an `if` on the
    # dtype would leave the core an unknown rank).
    self = self * 1.0
    padded = torch.constant_pad_nd(self, pad, -math.inf)
    kept = torch.amax(padded, dim, True)
    kept = torch.where(kept.abs() == math.inf, 0.0, kept)
    maxes = torch.amax(padded, dim, keepdim)
    maxes = torch.where(maxes.abs() == math.inf, 0.0, maxes)
    return torch.log(torch.sum(torch.exp(self - kept), dim, keepdim)) + maxes


def rewrite_logsumexp(node: torch._C.Node, context) -> bool:
    """aten::logsumexp of an input of known rank over a constant, non-empty
    dim list -> eager's formula (the core leaves its rank unknown)."""
    try:
        if not str(node.schema()).startswith("aten::logsumexp("):
            return False
    except RuntimeError:
        return False
    self, dims_value, keepdim = list(node.inputs())
    rank = context.rank_of(self)
    dims = _constant_int_list(dims_value)
    if rank is None or rank == 0 or not dims or any(not -rank <= d < rank for d in dims):
        return False
    pad = [0] * (2 * rank)
    for d in dims:
        # constant_pad_nd pads the last dim first: (low, high) pairs.
        pad[2 * (rank - 1 - d % rank) + 1] = 1
    graph = context.graph
    with graph.insert_point_guard(node):
        pad_value = graph.insertConstant(pad)
    insert_inlined(graph, node, logsumexp, [self, dims_value, keepdim, pad_value])
    return True


def prelu(self: Tensor, weight: Tensor, channel_shape: List[int]) -> Tensor:
    # One slope per channel (dim 1), or one for all.
    return torch.where(self > 0, self, weight.reshape(channel_shape) * self)


def rewrite_prelu(node: torch._C.Node, context) -> bool:
    """aten::prelu of an input of known rank >= 2 and a weight of rank 1 ->
    the `where` it is (the core's prelu fails its broadcast check)."""
    try:
        if not str(node.schema()).startswith("aten::prelu("):
            return False
    except RuntimeError:
        return False
    self, weight = list(node.inputs())
    rank = context.rank_of(self)
    if rank is None or rank < 2 or context.rank_of(weight) != 1:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        shape = graph.insertConstant([-1] + [1] * (rank - 2))
    insert_inlined(graph, node, prelu, [self, weight, shape])
    return True


def _reduction_constant(position: int):
    def accepts(node: torch._C.Node, context) -> bool:
        value = node.inputsAt(position)
        return value.node().kind() == "prim::Constant" and value.toIValue() in (0, 1, 2)

    return accepts


rewrite_bitwise_and = by_schema("aten::__and__.Tensor(", bitwise_and)


_isfinite_by_dtype = {
    None: by_schema("aten::isfinite(", isfinite),
    True: by_schema("aten::isfinite(", isfinite_float),
    False: by_schema("aten::isfinite(", isfinite_not_float),
}


def rewrite_isfinite(node: torch._C.Node, context) -> bool:
    """isfinite(x) -> |x| < inf for floats, x * 0 == 0 for the others."""
    dtype = context.dtype_of(node.inputsAt(0))
    floating = None if dtype is None else dtype.is_floating_point
    return _isfinite_by_dtype[floating](node, context)


rewrite_binary_cross_entropy = by_schema(
    "aten::binary_cross_entropy(", binary_cross_entropy, _reduction_constant(3)
)


# --- cat of vectors -------------------------------------------------------------


def rank_one_cat(node: torch._C.Node, context) -> bool:
    """cat of vectors (known to be rank 1) -> cat of them as columns,
    flattened: the same elements in the same order. The core's shape
    function of cat gives an unknown rank for vectors of dynamic length."""
    try:
        if not str(node.schema()).startswith("aten::cat("):
            return False
    except RuntimeError:
        return False
    listed, dim = list(node.inputs())
    elements = _list_elements(listed)
    if not elements or dim.node().kind() != "prim::Constant" or dim.toIValue() not in (0, -1):
        return False
    if any(context.rank_of(e) != 1 for e in elements):
        return False
    if context.sizes_of(node.output()) is not None and None not in context.sizes_of(node.output()):
        return False  # static: the core's shape function handles it
    graph = context.graph
    columns = [_insert_node(graph, node, "aten::unsqueeze", [e, 1]) for e in elements]
    with graph.insert_point_guard(node):
        column_list = graph.create("prim::ListConstruct", columns)
        graph.insertNode(column_list)
        column_list.output().setType(listed.type())
    joined = _insert_node(graph, node, "aten::cat", [column_list.output(), 0])
    flat = _insert_node(graph, node, "aten::reshape", [joined, [-1]])
    flat.setType(node.output().type())
    node.output().replaceAllUsesWith(flat)
    node.destroy()
    return True


def _insert_node(graph, before: torch._C.Node, kind: str, inputs) -> torch._C.Value:
    with graph.insert_point_guard(before):
        values = [v if isinstance(v, torch._C.Value) else graph.insertConstant(v) for v in inputs]
        created = graph.create(kind, values)
        created.copyMetadata(before)
        graph.insertNode(created)
    return created.output()


# --- 3-D max pooling ------------------------------------------------------------


def _three(values: List[int], default: List[int]) -> List[int]:
    if len(values) == 0:
        return default
    if len(values) == 1:
        return [values[0], values[0], values[0]]
    return values


def max_pool3d(
    self: Tensor,
    kernel_size: List[int],
    stride: List[int],
    padding: List[int],
    dilation: List[int],
    ceil_mode: bool,
) -> Tensor:
    # A max over a box is the max over its depth of the maxes over its
    # planes, and each dim's windows (padding, dilation, ceil mode) are its
    # own: a 2-D pool of the planes, then a 2-D pool of the depth by 1.
    k = _three(kernel_size, kernel_size)
    s = _three(stride, k)
    p = _three(padding, padding)
    d = _three(dilation, dilation)
    x = self if self.dim() == 5 else self.unsqueeze(0)
    n, c, depth, h, w = x.size(0), x.size(1), x.size(2), x.size(3), x.size(4)
    planes = torch.max_pool2d(
        x.reshape(n * c, depth, h, w),
        [k[1], k[2]],
        [s[1], s[2]],
        [p[1], p[2]],
        [d[1], d[2]],
        ceil_mode,
    )
    h2, w2 = planes.size(2), planes.size(3)
    pooled = torch.max_pool2d(
        planes.reshape(n * c, depth, h2 * w2),
        [k[0], 1],
        [s[0], 1],
        [p[0], 0],
        [d[0], 1],
        ceil_mode,
    )
    result = pooled.reshape(n, c, pooled.size(1), h2, w2)
    return result if self.dim() == 5 else result.squeeze(0)


def _pools_a_batch_or_volume(node: torch._C.Node, context) -> bool:
    return context.rank_of(node.inputsAt(0)) in (4, 5)


rewrite_max_pool3d = by_schema("aten::max_pool3d(", max_pool3d, _pools_a_batch_or_volume)
