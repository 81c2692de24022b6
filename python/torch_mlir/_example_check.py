"""`compile` refuses example inputs that eager PyTorch refuses.

The importer and the core trust the example inputs' dtypes and ranks: a
Conv2d given int64 inputs compiles into a convolution mixing i64 and f32
operands that runs and returns wrong numbers, where eager PyTorch raises
"Input type (long int) and bias type (float) should be the same". So
`compile` runs each requested method once on its example inputs, under
`torch.no_grad`, on the TorchScript interpreter (the scripted or traced
module that is about to be imported) and, if that raises, raises
`ExampleInputsRefusedError` with the interpreter's message.

The run has no effect the caller can observe:

* every tensor attribute of the module tree (parameters, buffers, tensors in
  list/tuple/dict attributes) is replaced, for the run only, by a
  copy-on-write clone (`torch._lazy_clone`: no data is copied unless the run
  writes into it, e.g. BatchNorm's running statistics in training mode), and
  every attribute is put back afterwards, so `self.n += 1` and in-place
  updates of buffers do not reach the user's module or the imported IR;
* the example tensors are passed as copy-on-write clones too (methods that
  update their arguments in place);
* the global random number generator is restored (dropout in training mode).

A module tree holding an object this cannot snapshot (an instance of a
TorchScript class, whose fields the run could change) is not run.

`TensorPlaceholder`s become made-up tensors, filled with ones and, if that
raises, with zeros (an index of 1 can be out of range, a division by 0 raise);
the inputs are refused only if both raise. A placeholder with a -1 dim is not
run at all: any size we make up can break a valid program (a `view(3, -1)`,
a matmul with a static weight; 32 tests of the e2e suite refuse sizes 2 and
3), so a failure would say nothing about the user's inputs.

With the preparation step on (the default), this run is the one that
observes the prepared graph's shapes (`prepare/observed_shapes.py`): the
prepared graph computes what the method computes, so when it runs without an
error the method is not run again; a method it did not run, or whose run
raised, is checked here, after import, so the error names the user's program.

The cost is one forward pass of the plain interpreter (optimized execution
off): 0.22 s for benchmarks/models.py's BERT-base at 1x128 (its compile to
linalg-on-tensors: 1.8 s), 0.12 s for the ResNet-50 at 1x3x224x224, 0.42 s for
the GPT-2 decoder, 0.02 s for the MLP. There is no opt-out: the run costs
about what one call of the model costs, a compile costs 4-15 times more, and
skipping it brings back silent wrong results.
"""

from typing import Callable, List, Optional, Sequence, Tuple

import torch

from torch_mlir.compiler_utils import TensorPlaceholder


class ExampleInputsRefusedError(ValueError):
    """Eager PyTorch (the TorchScript interpreter) raised on the example inputs."""


# Fill values of made-up placeholder tensors, tried in order until a run succeeds.
_PLACEHOLDER_FILLS: List[Callable] = [torch.ones, torch.zeros]

# Custom C++ classes (e.g. quantized packed weights) are immutable to the ops
# that take them; a TorchScript class instance is not.
_IMMUTABLE_OBJECT_PREFIX = "__torch__.torch.classes."


def refuse_what_eager_refuses(scripted, example_args, already_ran: frozenset = frozenset()) -> None:
    """Runs every method of `example_args` (an `ExampleArgs`) on `scripted` once.

    Raises ExampleInputsRefusedError when eager PyTorch raises. Methods named
    in `already_ran` are not run again: the shape observation ran their
    prepared graph (equivalent to the method) on the same inputs, in the same
    isolation, and it did not raise.
    """
    all_args = example_args._example_args
    if not all(_can_make_up(arg) for args in all_args.values() for arg in args):
        return
    pending = {name: args for name, args in all_args.items() if name not in already_ran}
    if not pending:
        return
    attributes = _attributes(scripted._c)
    if attributes is None:
        return
    for method_name, args in pending.items():
        if not _arity_fits(scripted, method_name, len(args)):
            continue  # the importer's annotation check says what is wrong
        _run_method(getattr(scripted, method_name), attributes, method_name, args)


def _run_method(method, attributes, method_name: str, args: Sequence) -> None:
    error = _run_with_fills(method, attributes, args)
    if error is not None:
        has_placeholders = any(isinstance(arg, TensorPlaceholder) for arg in args)
        raise ExampleInputsRefusedError(
            _refusal_message(method_name, args, has_placeholders, error)
        ) from error


def _run_with_fills(method, attributes, args: Sequence) -> Optional[Exception]:
    """Runs `method` isolated on `args`, the placeholders made up with each
    fill in turn until a run succeeds; None then, else the first error."""
    has_placeholders = any(isinstance(arg, TensorPlaceholder) for arg in args)
    fills = _PLACEHOLDER_FILLS if has_placeholders else _PLACEHOLDER_FILLS[:1]
    first_error: Optional[Exception] = None
    for fill in fills:
        try:
            _run_isolated(method, attributes, [_concrete(arg, fill) for arg in args])
            return None
        except Exception as e:  # whatever eager raises is the answer
            first_error = first_error or e
    return first_error


def graph_runner(
    scripted, method_name: str, args: Sequence, made_up_sizes: bool = False
) -> Optional[Callable]:
    """A function running a graph of `method_name` on the example `args`, the
    way `refuse_what_eager_refuses` runs the method (nothing the caller can
    observe changes); None if `args` cannot be made concrete or the module
    tree cannot be snapshot. The graph takes `self` then `args`.

    Placeholders with -1 dims cannot be made concrete, unless
    `made_up_sizes`: each -1 dim is then made up (`_MADE_UP_SIZES`, tried in
    turn with each fill until a run succeeds), for analyses that trust
    nothing of the run but ranks and dtypes (`prepare/observed_ranks.py`);
    such a run is no example check."""
    if made_up_sizes:
        if all(_can_make_up(arg) for arg in args) or not all(
            _can_make_up(_with_size(arg, 1)) for arg in args
        ):
            return None
        candidates = [[_with_size(arg, size) for arg in args] for size in _MADE_UP_SIZES]
    elif all(_can_make_up(arg) for arg in args):
        candidates = [list(args)]
    else:
        return None
    attributes = _attributes(scripted._c)
    if attributes is None:
        return None

    def run(graph: torch._C.Graph) -> None:
        def interpret(*inputs):
            torch._C._jit_interpret_graph(graph, (scripted._c, *inputs))

        # On copy-on-write twins of the real tensors, like the example
        # check: this run is the check too (`compile` does not run the method
        # again when it succeeds). A run on meta tensors would cost less
        # arithmetic, but its first decomposition imports torch._dynamo
        # (1-1.5 s in a fresh process) and programs that read data fail there.
        first_error = None
        for candidate in candidates:
            error = _run_with_fills(interpret, attributes, candidate)
            if error is None:
                return
            first_error = first_error or error
        raise first_error

    return run


# The sizes -1 dims are made up as for rank and dtype observation: not 1
# (`squeeze` would drop the dim, broadcasting would hide a mismatch), small
# (the run costs little), two of them (some programs take only one, such as
# `view(3, -1)` or an even split).
_MADE_UP_SIZES = (3, 2)


def _with_size(arg, size: int):
    if not isinstance(arg, TensorPlaceholder) or not isinstance(arg.shape, (list, tuple)):
        return arg
    if all(type(d) is int and d >= 0 for d in arg.shape):
        return arg
    return TensorPlaceholder(
        [size if type(d) is int and d == -1 else d for d in arg.shape], arg.dtype
    )


def _arity_fits(scripted, method_name: str, count: int) -> bool:
    if not scripted._c._has_method(method_name):
        return False
    parameters = scripted._c._get_method(method_name).schema.arguments[1:]
    required = [p for p in parameters if not p.has_default_value()]
    return len(required) <= count <= len(parameters)


def _can_make_up(arg) -> bool:
    """False for placeholders with -1 dims (see above), and for malformed ones,
    which the importer's annotation check reports."""
    if not isinstance(arg, TensorPlaceholder):
        return True
    return isinstance(arg.dtype, torch.dtype) and all(
        type(size) is int and size >= 0 for size in arg.shape
    )


def _concrete(arg, fill: Callable) -> torch.Tensor:
    if isinstance(arg, TensorPlaceholder):
        return fill(arg.shape, dtype=arg.dtype)
    return torch._lazy_clone(arg) if _clonable(arg) else arg


def _clonable(tensor) -> bool:
    # Copy-on-write needs a plain strided CPU tensor (what the importer takes too).
    return (
        isinstance(tensor, torch.Tensor)
        and tensor.layout == torch.strided
        and tensor.device.type == "cpu"
        and not tensor.is_quantized
        and not tensor.is_nested
    )


def _run_isolated(method, attributes, inputs, twin=None) -> None:
    # Fresh twins for every run: a failed attempt may have written into its own.
    twin = twin or _twin
    twins = [(module, name, twin(value)) for module, name, value in attributes]
    # Without optimized execution the interpreter neither profiles nor
    # specializes the method (which took BERT's run from 0.2 s to 2.4 s, and
    # would leave a plan behind in the user's module).
    no_optimization = torch.jit.optimized_execution(False)
    with torch.no_grad(), torch.random.fork_rng(devices=[]), no_optimization:
        try:
            for module, name, twin in twins:
                module.setattr(name, twin)
            method(*inputs)
        finally:
            for module, name, original in attributes:
                module.setattr(name, original)


def _attributes(root) -> Optional[List[Tuple[torch._C.ScriptModule, str, object]]]:
    """(module, name, value) of every non-module attribute of the tree; None
    if one of them cannot be given a copy-on-write twin."""
    attributes = []
    pending = [root]
    while pending:
        module = pending.pop()
        for name, value in torch._C._jit_debug_module_iterators(module)["named_attributes"]:
            if isinstance(value, torch._C.ScriptModule):
                pending.append(value)
            elif _twin(value) is _CANNOT_SNAPSHOT:
                return None
            else:
                attributes.append((module, name, value))
    return attributes


_CANNOT_SNAPSHOT = object()


def _twin(value):
    """A value equal to `value` whose tensors are copy-on-write clones."""
    if isinstance(value, torch.Tensor):
        return torch._lazy_clone(value) if _clonable(value) else _CANNOT_SNAPSHOT
    if isinstance(value, (list, tuple)):
        items = [_twin(item) for item in value]
        if any(item is _CANNOT_SNAPSHOT for item in items):
            return _CANNOT_SNAPSHOT
        return type(value)(items)
    if isinstance(value, dict):
        items = {key: _twin(item) for key, item in value.items()}
        if any(item is _CANNOT_SNAPSHOT for item in items.values()):
            return _CANNOT_SNAPSHOT
        return items
    if isinstance(value, torch._C.ScriptObject):
        name = value._type().qualified_name()
        return value if name.startswith(_IMMUTABLE_OBJECT_PREFIX) else _CANNOT_SNAPSHOT
    # Scalars, strings, None, devices, dtypes: immutable, and `getattr`
    # returned a fresh Python value, so setting it back restores it.
    return value


def _describe(arg) -> str:
    if isinstance(arg, TensorPlaceholder):
        dims = "x".join("?" if size == -1 else str(size) for size in arg.shape)
        return f"TensorPlaceholder [{dims}] {arg.dtype}"
    return f"tensor [{'x'.join(map(str, arg.shape))}] {arg.dtype}"


def _refusal_message(method_name, args, has_placeholders, error) -> str:
    made_up = ""
    if has_placeholders:
        made_up = (
            " (made-up tensors for the TensorPlaceholders, filled with ones, "
            "then with zeros: both raised)"
        )
    described = ", ".join(_describe(arg) for arg in args) or "none"
    return (
        f"eager PyTorch refuses the example inputs of '{method_name}' "
        f"({described}){made_up}: running them on the TorchScript interpreter "
        "raised, so a compiled module would return meaningless results. Give "
        "example inputs of the dtypes and ranks the model takes.\n"
        f"{type(error).__name__}: {str(error).strip()}"
    )
