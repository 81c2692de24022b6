"""adaptive_max_pool1d/2d as window maxima the core lowers.

The core turns adaptive_max_pool2d into a max_pool2d whose kernel is
computed from the sizes: with dynamic dims that kernel is not a constant and
linalg refuses the op, with sizes that do not divide the input its window is
wrong (a tensor.cast between incompatible shapes), and adaptive_max_pool1d
aborts at run time unless input and output sizes are equal.

Here each output cell i of a pooled dim of input size n and output size m
reads the window [floor(i * n / m), ceil((i + 1) * n / m)), as eager does.
The maximum over a rectangle is the maximum over its rows of the maxima over
its columns, so a 2-D pool is two 1-D ones: the last dim first, then the
second last. Each window is a `narrow` with start and length computed from
`x.size(d)` (constants once the sizes are known), reduced with `amax`; the
cells are concatenated.

Indices follow eager's kernel, which scans a window in row-major order and
keeps an element that is greater than the best so far or NaN: the first
maximum, or the last NaN when the window holds one. Each element carries
a key (its flattened index in the pooled plane); a window's key is the
smallest key among its maxima, or the largest among its NaNs. Scanning a 2-D
window row by row gives the same as reducing each row first and then the
rows: the first row holding the maximum, at its first maximum (or the last
row holding a NaN, at its last NaN).
"""

import functools
from typing import List, Optional, Tuple

import torch
from torch import Tensor

from torch_mlir.prepare.decompositions import _copy_metadata_into, scripted


def _window_maximum(values: Tensor, dim: int, start: int, end: int) -> Tensor:
    return values.narrow(dim, start, end - start).amax(dim, keepdim=True)


def _window_maximum_and_key(
    values: Tensor, keys: Tensor, dim: int, start: int, end: int
) -> Tuple[Tensor, Tensor]:
    window = values.narrow(dim, start, end - start)
    window_keys = keys.narrow(dim, start, end - start)
    best = window.amax(dim, keepdim=True)
    # 2**62 is larger than any key (an index into one plane).
    first_best = torch.where(window == best, window_keys, 4611686018427387904)
    first_best = first_best.amin(dim, keepdim=True)
    last_nan = torch.where(torch.isnan(window), window_keys, -1).amax(dim, keepdim=True)
    return best, torch.where(torch.isnan(best), last_nan, first_best)


def _window_bounds(index: int, size_name: str, cells: int) -> str:
    """TorchScript expressions of eager's window start and end of one cell."""
    return (
        f"({index} * {size_name}) // {cells}, ({index + 1} * {size_name} + {cells - 1}) // {cells}"
    )


def _pool_dim_lines(dim: int, size_name: str, cells: int, with_keys: bool) -> List[str]:
    """Lines that pool `values` (and `keys`) along `dim` into `cells` cells."""
    lines = []
    for index in range(cells):
        bounds = _window_bounds(index, size_name, cells)
        if with_keys:
            lines.append(
                f"v{index}, k{index} = _window_maximum_and_key(values, keys, {dim}, {bounds})"
            )
        else:
            lines.append(f"v{index} = _window_maximum(values, {dim}, {bounds})")
    names = ", ".join(f"v{index}" for index in range(cells))
    lines.append(f"values = torch.cat([{names}], {dim})")
    if with_keys:
        names = ", ".join(f"k{index}" for index in range(cells))
        lines.append(f"keys = torch.cat([{names}], {dim})")
    return lines


def _source(output_sizes: Tuple[int, ...], with_indices: bool) -> str:
    """TorchScript source of the pool of the last len(output_sizes) dims."""
    lines = ["values = x", "width = x.size(-1)"]
    if with_indices:
        # Keys of the last dim are its indices.
        lines.append("keys = torch.arange(width)")
    lines += _pool_dim_lines(-1, "width", output_sizes[-1], with_indices)
    if len(output_sizes) == 2:
        lines.append("height = x.size(-2)")
        if with_indices:
            # The row of each element times the width, plus its column.
            lines.append("keys = keys + torch.arange(height).unsqueeze(-1) * width")
        lines += _pool_dim_lines(-2, "height", output_sizes[0], with_indices)
    if with_indices:
        header = "def adaptive_max_pool(x: Tensor) -> Tuple[Tensor, Tensor]:"
        lines.append("return values, keys")
    else:
        header = "def adaptive_max_pool(x: Tensor) -> Tensor:"
        lines.append("return values")
    return "\n".join([header] + ["    " + line for line in lines]) + "\n"


@functools.lru_cache(maxsize=None)
def _pool_graph(output_sizes: Tuple[int, ...], with_indices: bool) -> torch._C.Graph:
    """The graph of the pool, its helpers inlined (the caller copies it)."""
    helpers = {
        "_window_maximum": scripted(_window_maximum),
        "_window_maximum_and_key": scripted(_window_maximum_and_key),
    }
    unit = _compile(_source(output_sizes, with_indices), helpers)
    graph = unit.adaptive_max_pool.graph.copy()
    torch._C._jit_pass_inline(graph)
    return graph


def _compile(source: str, helpers: dict) -> torch.jit.CompilationUnit:
    # A compilation unit resolves the names its source uses in the locals and
    # globals of the frame that creates it: the scripted helpers (under
    # their names), `torch`, `Tensor` and `Tuple`.
    _window_maximum = helpers["_window_maximum"]  # noqa: F841 (resolved by name)
    _window_maximum_and_key = helpers["_window_maximum_and_key"]  # noqa: F841
    return torch.jit.CompilationUnit(source)


def _constant_ints(value: torch._C.Value) -> Optional[List[int]]:
    node = value.node()
    if node.kind() == "prim::Constant":
        constant = value.toIValue()
        return constant if isinstance(constant, list) else None
    if node.kind() != "prim::ListConstruct":
        return None
    elements = [
        v.toIValue() if v.node().kind() == "prim::Constant" else None for v in node.inputs()
    ]
    return elements if all(type(e) is int for e in elements) else None


# Kind -> (number of pooled dims, the input ranks eager accepts).
_ADAPTIVE_MAX_POOLS = {
    "aten::adaptive_max_pool1d": (1, (2, 3)),
    "aten::adaptive_max_pool2d": (2, (3, 4)),
}


def rewrite_adaptive_max_pool(node: torch._C.Node, context) -> bool:
    """aten::adaptive_max_pool{1,2}d(x, output_size) with a constant output
    size and an input of known rank -> window maxima (and their indices, if
    anything reads them)."""
    pooled_dims, ranks = _ADAPTIVE_MAX_POOLS[node.kind()]
    inputs = list(node.inputs())
    if len(inputs) != 2 or node.outputsSize() != 2:
        return False
    sizes = _constant_ints(inputs[1])
    if sizes is None or len(sizes) != pooled_dims or min(sizes) < 1:
        return False
    if context.rank_of(inputs[0]) not in ranks:
        return False
    values, indices = node.outputs()
    with_indices = bool(indices.uses())
    callee = _pool_graph(tuple(sizes), with_indices).copy()
    for inserted in callee.nodes():
        _copy_metadata_into(inserted, node)
    graph = context.graph
    with graph.insert_point_guard(node):
        (result,) = graph.insertGraph(callee, [inputs[0]])
    if with_indices:
        # The callee returns a tuple built right before its return.
        packed = result.node()
        new_values, new_indices = packed.inputs()
        new_values.setType(values.type())
        new_indices.setType(indices.type())
        values.replaceAllUsesWith(new_values)
        indices.replaceAllUsesWith(new_indices)
        packed.destroy()
    else:
        result.setType(values.type())
        values.replaceAllUsesWith(result)
    node.destroy()
    return True
