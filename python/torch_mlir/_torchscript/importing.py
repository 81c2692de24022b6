"""A ScriptModule -> object-graph IR: the preparation step, then the C++ importer.

The preparation step (`torch_mlir.prepare`) rewrites copies of the graphs
while the importer reads them; the user's module is never changed.
"""

from typing import Dict, Optional, Tuple

from torch_mlir._example_check import graph_runner
from torch_mlir._output_capture import captured_output
from torch_mlir._torchscript.arguments import ExampleArgs, argument_types
from torch_mlir.jit_ir_importer import ImportOptions, ModuleBuilder
from torch_mlir.prepare import Preparation, assigned_attribute_names, defaults_to_bind


def preparation_for(scripted, example_args: ExampleArgs) -> Tuple[Preparation, Dict[str, list]]:
    """The preparation of `scripted`'s graphs, and the parameters it binds to
    their defaults (those without an example argument), by qualified method."""
    bound_defaults = defaults_to_bind(
        scripted,
        {name: len(args) for name, args in example_args._get_for_annotation().items()},
    )
    qualified_type = scripted._c._type().qualified_name()
    runners, rank_runners = {}, {}
    for method_name, args in example_args._example_args.items():
        qualified_name = f"{qualified_type}.{method_name}"
        run = graph_runner(scripted, method_name, args)
        if run is not None:
            runners[qualified_name] = run
            continue
        run = graph_runner(scripted, method_name, args, made_up_sizes=True)
        if run is not None:
            rank_runners[qualified_name] = run
    preparation = Preparation(
        bound_defaults,
        argument_types(scripted, example_args),
        scripted._c,
        assigned_attribute_names(scripted),
        runners,
        rank_runners,
    )
    return preparation, bound_defaults


def methods_observed(scripted, preparation: Preparation) -> frozenset:
    """Names of the methods of `scripted` whose prepared graph the shape
    observation ran on the example inputs without an error."""
    prefix = scripted._c._type().qualified_name() + "."
    return frozenset(
        name[len(prefix) :] for name in preparation.methods_that_ran() if name.startswith(prefix)
    )


def import_object_graph(
    scripted, class_annotator, ignore_traced_shapes, preparation: Optional[Preparation] = None
) -> ModuleBuilder:
    """Imports `scripted`; an importer error becomes the old two-part message."""
    mb = ModuleBuilder()
    import_options = ImportOptions()
    import_options.ignoreExistingTensorShapesAndDtypes = ignore_traced_shapes
    error = None
    # The importer reports diagnostics on Python's sys.stderr; keep them for the error.
    with captured_output((2,), native=False) as diagnostics:
        try:
            mb.import_module(
                scripted._c,
                class_annotator,
                import_options,
                preparation.prepare_graph if preparation else None,
            )
        except Exception as e:
            error = e
    if error is not None:
        raise Exception(
            f"""
PyTorch TorchScript module -> torch-mlir Object Graph IR import failed with:
### Importer C++ Exception:
{error}
### Importer Diagnostics:
{diagnostics.text}
"""
        ) from None
    return mb
