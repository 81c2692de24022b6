"""Which compiled functions return a list, recorded on the module.

A method that returns a list of tensors is compiled into a function returning
them as a tuple (the core expands tuples into results, but types no element
of a list; see `prepare.boundaries.return_list_as_tuple`). `compile` records
those functions in the module attribute `torch_mlir.list_results` (an array
of function names), which survives the backend pipelines; the RefBackend
reads it and hands their results back as lists.
"""

from typing import Iterable, Set

from torch_mlir import ir

LIST_RESULTS_ATTR = "torch_mlir.list_results"


def record_list_results(module: ir.Module, qualified_method_names: Iterable[str]) -> None:
    """Records the methods (qualified names, `__torch__.M.forward`) by the
    name their public function gets (`forward`)."""
    names = sorted({name.rsplit(".", 1)[-1] for name in qualified_method_names})
    with module.context:
        module.operation.attributes[LIST_RESULTS_ATTR] = ir.ArrayAttr.get(
            [ir.StringAttr.get(name) for name in names]
        )


def list_results(module: ir.Module) -> Set[str]:
    """The names of the functions whose results form a list."""
    attributes = module.operation.attributes
    if LIST_RESULTS_ATTR not in attributes:
        return set()
    return {ir.StringAttr(a).value for a in ir.ArrayAttr(attributes[LIST_RESULTS_ATTR])}
