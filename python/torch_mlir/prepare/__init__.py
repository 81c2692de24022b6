"""Preparation of TorchScript graphs for the core, between scripting and import.

The core's torch dialect lacks some ATen ops, cannot infer some shapes and
miscompiles a few forms; `torch.export` gets the pt2 path past most of that by
rewriting the program first. This step does the same with TorchScript's own
tools, on copies of the graphs:

* The importer hands each function's graph to `Preparation.prepare_graph` as a
  copy (`ModuleBuilder.import_module(..., prepareGraph=...)`) and imports what
  comes back. The user's module, its methods' graphs and its weights are never
  touched: tensors stay shared, nothing is copied but the graph's nodes.
* Every rewrite is one entry of `table.REWRITES` (what it matches, why, which
  test shows it). `Preparation.fired` counts what fired, for
  `compile(..., verbose=True)`.
* Around the table run TorchScript passes that preserve semantics: inlining
  (so rewrites see the ops of submodules and helper functions; our own
  `inline_calls`, which inlines each callee's prepared graph, so that rewrites
  of calls, such as the MHA fast-path query, fire inside callees too) and constant
  propagation over immutable values, shape-free peephole folds of `is None`
  tests, CSE, unrolling of loops with constant trip counts, removal of
  mutation that alias analysis proves invisible, and dead code elimination
  (so folded queries and None arguments take their `if` branches away, and
  lists and tensors reach the core as values).

`compile(..., prepare=False)` imports the graphs as they are, for users who
want the core's raw behaviour.
"""

import collections
from typing import Callable, Dict, List, Optional, Sequence

import torch

from torch_mlir._mlir_libs._jit_ir_importer import inline_calls
from torch_mlir.prepare.boundaries import mark_value_boundaries, return_list_as_tuple
from torch_mlir.prepare.folds import assigned_attribute_names
from torch_mlir.prepare.observed_ranks import assert_observed_ranks
from torch_mlir.prepare.observed_shapes import ObservedShapes, assert_observed_shapes
from torch_mlir.prepare.ranks import infer_ranks, refresh_ranks
from torch_mlir.prepare.table import REWRITES, RewriteContext, rewrites_by_kind
from torch_mlir.prepare.walk import nested_blocks

__all__ = ["Preparation", "REWRITES", "assigned_attribute_names", "defaults_to_bind"]


def defaults_to_bind(scripted, argument_counts: Dict[str, int]) -> Dict[str, list]:
    """Default values of the trailing parameters that get no example argument.

    `argument_counts` maps each compiled method of `scripted` to the number of
    example arguments given (without `self`). The result maps the method's
    qualified name to the defaults of the parameters after those, when all of
    them have one; methods that are given every argument, or miss one
    without a default (which the importer then reports), are left out.
    """
    result = {}
    qualified_type = scripted._c._type().qualified_name()
    for method_name, count in argument_counts.items():
        arguments = scripted._c._get_method(method_name).schema.arguments
        missing = arguments[1 + count :]
        if missing and all(a.has_default_value() for a in missing):
            result[f"{qualified_type}.{method_name}"] = [a.default_value for a in missing]
    return result


class Preparation:
    """Prepares the graphs of one import.

    `bound_defaults` maps a root method's qualified name to the default
    values of its trailing parameters that get no example argument; they are
    bound to them (the parameters are removed from the prepared graph).
    `argument_types` maps a root method's qualified name to the
    `torch._C.TensorType` of each example argument (`self` not counted), from which
    TorchScript's shape propagation derives the ranks some rewrites need.
    `root_object` is the `torch._C.ScriptModule` whose methods those are, and
    `assigned_attributes` the attribute names some method assigns: the other
    attributes of immutable type fold to their values in those methods.
    `runners` maps a root method's qualified name to a function running a
    graph of it on its example inputs (see `observed_shapes`): the prepared
    graph then carries the shapes those inputs decide. `rank_runners` does
    the same for methods whose examples have -1 dims, on made-up sizes
    (see `observed_ranks`): the values `if`s and loops join then carry the
    ranks and dtypes no size decides.
    """

    def __init__(
        self,
        bound_defaults: Optional[Dict[str, Sequence]] = None,
        argument_types: Optional[Dict[str, Sequence]] = None,
        root_object=None,
        assigned_attributes: frozenset = frozenset(),
        runners: Optional[Dict[str, Callable]] = None,
        rank_runners: Optional[Dict[str, Callable]] = None,
    ):
        self.runners = dict(runners or {})
        self.rank_runners = dict(rank_runners or {})
        self.observed: Dict[str, ObservedShapes] = {}
        self.bound_defaults = dict(bound_defaults or {})
        self.argument_types = dict(argument_types or {})
        self.root_object = root_object
        self.assigned_attributes = assigned_attributes
        self.fired: Dict[str, int] = collections.Counter()
        # Compiled methods whose prepared graph returns the elements of the
        # list the method returns, as a tuple (see `return_list_as_tuple`).
        self.list_returns: set = set()
        self._callees: Dict[str, torch._C.Graph] = {}
        self._before_inlining = rewrites_by_kind(before_inlining=True)
        self._after_inlining = rewrites_by_kind(before_inlining=False)
        self._after_rounds = rewrites_by_kind(before_inlining=False, after_rounds=True)

    def prepare_graph(self, qualified_name: str, graph: torch._C.Graph) -> torch._C.Graph:
        """Rewrites `graph` (a copy the caller owns) in place and returns it."""
        defaults = self.bound_defaults.get(qualified_name)
        if defaults:
            self._bind_defaults(graph, defaults)
        if qualified_name not in self.argument_types:
            return self._prepare(graph)
        graph = self._prepare(graph, self.argument_types[qualified_name], self.root_object)
        if return_list_as_tuple(graph):
            self.list_returns.add(qualified_name)
            self.fired["return-list-as-tuple"] += 1
        run = self.runners.get(qualified_name)
        rank_run = self.rank_runners.get(qualified_name)
        if run is not None:
            self.observed[qualified_name] = assert_observed_shapes(
                graph, run, self.assigned_attributes
            )
        elif rank_run is not None:
            self.observed[qualified_name] = assert_observed_ranks(
                graph, rank_run, self.assigned_attributes
            )
        marked = mark_value_boundaries(graph)
        if marked:
            self.fired["value-tensors-across-regions"] += marked
        return graph

    def methods_that_ran(self) -> frozenset:
        """Qualified names of the methods whose prepared graph ran on the example inputs."""
        return frozenset(
            name
            for name, observed in self.observed.items()
            if observed.ran and name in self.runners  # not a run at made-up sizes
        )

    def _prepared_callee(self, qualified_name: str, own: torch._C.Graph) -> torch._C.Graph:
        # A callee is prepared once per import however often it is inlined
        # (the layers of a ModuleList share their class and its methods).
        prepared = self._callees.get(qualified_name)
        if prepared is None:
            prepared = self._prepare(own.copy())
            self._callees[qualified_name] = prepared
        return prepared

    def _prepare(
        self, graph: torch._C.Graph, argument_types=None, root_object=None
    ) -> torch._C.Graph:
        self._apply_table(graph, RewriteContext(graph), self._before_inlining)
        inline_calls(graph, self._prepared_callee)
        _simplify(graph)
        # A rewrite can expose work for another (a folded rank takes an `if`
        # away, after which two values are one): rounds of the table and the
        # simplifications, with ranks derived afresh, until nothing fires.
        ranks = _RanksAcrossRounds(graph, argument_types, root_object)
        for _ in range(_MAX_ROUNDS):
            context = RewriteContext(
                graph, ranks.now, root_object, self.assigned_attributes, ranks.complete
            )
            if not self._apply_table(graph, context, self._after_inlining):
                break
            _simplify(graph)
        else:
            self.fired["stopped-at-the-round-limit"] += 1
        # Not in callees: they are inlined into the compiled method, whose
        # own rounds must still see through what these rewrites make.
        if argument_types is not None and self._apply_table(
            graph, RewriteContext(graph), self._after_rounds
        ):
            torch._C._jit_pass_dce(graph)
        return graph

    def _apply_table(self, graph, context, by_kind) -> bool:
        matched = []
        stack = [graph.block()]
        while stack:
            block = stack.pop()
            for node in block.nodes():
                rewrites = by_kind.get(node.kind())
                if rewrites:
                    matched.append((node, rewrites))
                stack.extend(nested_blocks(node))
        fired_any = False
        for node, rewrites in matched:
            for rewrite in rewrites:
                if rewrite.apply(node, context):
                    self.fired[rewrite.name] += 1
                    fired_any = True
                    break
        return fired_any

    def _bind_defaults(self, graph, defaults: Sequence) -> None:
        # `defaults` are the default values of the trailing parameters.
        parameters = list(graph.inputs())
        first = len(parameters) - len(defaults)
        start = next(iter(graph.nodes()), graph.return_node())
        with graph.insert_point_guard(start):
            for offset, value in enumerate(defaults):
                parameter = parameters[first + offset]
                parameter.replaceAllUsesWith(graph.insertConstant(value))
        for index in reversed(range(first, first + len(defaults))):
            graph.eraseInput(index)
        self.fired["bind-defaults"] += len(defaults)

    def summary(self) -> List[str]:
        """One line per rewrite that fired, with its count, then one per
        method whose shapes were observed."""
        lines = [f"{name}: {count}" for name, count in sorted(self.fired.items())]
        for name, observed in sorted(self.observed.items()):
            outcome = (
                f"skipped: {observed.skipped_reason}"
                if observed.skipped_reason
                else (f"{observed.asserted} of {observed.observed} observed tensor values typed")
            )
            lines.append(f"shapes observed on the example inputs, {name}: {outcome}")
        return lines


# Rounds end when no rewrite fires. A stack of layers takes one round per
# layer: a layer's output rank is known once the previous layer's rank checks
# have folded and its `if`s are gone (TransformerEncoder's 12 layers: 15
# rounds). The limit only stops a rewrite that would keep firing; the graph
# is then as prepared as the rounds made it, and the summary says so.
_MAX_ROUNDS = 64


class _RanksAcrossRounds:
    """The ranks of one graph as rounds of the table rewrite it.

    The rank rules first (`infer_ranks(propagate=False)`, a walk of the
    graph); TorchScript's shape propagation only when a rewrite asks for a
    rank the rules do not know, or for sizes, at most once per round
    (`complete`). Later rounds keep
    the ranks found so far (`refresh_ranks`: a rewrite leaves the values it
    does not replace as they were) and give the values rewrites made the
    rules' ranks. The sizes propagation proved stay with their values."""

    def __init__(self, graph, argument_types, root_object):
        self._graph = graph
        self._argument_types = argument_types
        self._root_object = root_object
        self._ranks = None
        # The largest value id shape propagation saw (None: it has not run).
        self._horizon = None
        self._sizes: dict = {}

    def now(self, sizes: dict) -> dict:
        if not self._argument_types:
            return {}  # a callee prepared on its own: its arguments are unknown
        if self._ranks is None:
            self._ranks = infer_ranks(
                self._graph, self._argument_types, self._root_object, self._sizes, propagate=False
            )
        else:
            self._ranks = refresh_ranks(self._graph, self._ranks)
        sizes.update(self._sizes)
        return self._ranks

    def complete(self, sizes: dict, value: torch._C.Value) -> dict:
        """The ranks with shape propagation's, and its sizes: propagation runs
        the first time, and again when `value` was made after its last run
        (values get ids in creation order)."""
        if self._horizon is None or value.unique() > self._horizon:
            self._ranks = infer_ranks(
                self._graph, self._argument_types, self._root_object, self._sizes
            )
            self._horizon = max(
                (key for key in (*self._ranks, *self._sizes) if isinstance(key, int)),
                default=-1,
            )
            self._horizon = max(self._horizon, value.unique())
        sizes.update(self._sizes)
        return self._ranks


def _simplify(graph: torch._C.Graph) -> None:
    # Peephole folds `is None` tests of values known to be None (a parameter
    # bound to None, an inlined call passing None), without the rewrites that
    # rely on tensor shapes; constant propagation then drops the branches
    # those tests and the folded queries guarded.
    torch._C._jit_pass_peephole(graph, disable_shape_peepholes=True)
    # Unpacking or indexing a list that is built and never mutated reads
    # its elements directly (inlined helpers return lists of tensors).
    torch._C._jit_pass_peephole_list_idioms(graph, refine_list_len=True)
    torch._C._jit_pass_constant_propagation_immutable_types(graph)
    # One value for `x.dim()` computed twice, so that comparisons of the two
    # see one operand.
    torch._C._jit_pass_cse(graph)
    # Loops with a constant trip count (`[s for _ in range(dim)]` once the
    # rank is folded) are unrolled, TorchScript's own size limit applying;
    # the lists they appended to then become ListConstructs, and in-place
    # ops on fresh tensors functional ones, where alias analysis proves no
    # other value sees the mutation. The core lowers neither loops over
    # lists nor list mutation (F.interpolate's scale list crashes it).
    torch._C._jit_pass_constant_loop_unrolling(graph)
    # A loop too long to unroll whole is unrolled by a factor, with its trip
    # counts computed by `__round_to_zero_floordiv`, which the core lacks:
    # they fold here.
    torch._C._jit_pass_constant_propagation_immutable_types(graph)
    torch._C._jit_pass_remove_mutation(graph)
    torch._C._jit_pass_dce(graph)
