"""The user's model -> a `torch.jit.ScriptModule` (scripted, traced or as given).

Scripting compiles `forward` and the methods marked `torch.jit.export` only,
so the requested methods are marked first. The marks sit on the functions of
the user's class; they are removed again afterwards, because a marked method
breaks a later `torch.jit.trace` of the same class ("method ... already
defined").
"""

import torch
import torch.fx

from torch_mlir._torchscript.arguments import ExampleArgs

# Where `torch.jit.export` / `torch.jit.ignore` record their mark on a function.
_TORCHSCRIPT_MODIFIER = "_torchscript_modifier"
_NOT_SET = object()


def apply_make_fx(model, example_args: ExampleArgs):
    """`model`'s forward traced by make_fx with the core's decompositions."""
    from torch.fx.experimental.proxy_tensor import make_fx

    from torch_mlir.extras.fx_decomp_util import get_decomposition_table

    forward_args = example_args._get_for_tracing(use_tracing=True, ignore_traced_shapes=True)[
        "forward"
    ]
    return make_fx(model, decomposition_table=get_decomposition_table())(*forward_args)


def strip_fx_overloads(model) -> None:
    """TorchScript cannot script calls to op overload packets' overloads."""
    if isinstance(model, torch.fx.GraphModule):
        from torch._functorch.compile_utils import strip_overloads

        strip_overloads(model)


def _check_is_module(model) -> None:
    # Without this, the first use of `model` below fails with an
    # AttributeError that does not say what was wrong.
    if isinstance(model, torch._C.ScriptModule):
        raise TypeError(
            "compile expects a torch.nn.Module or torch.jit.ScriptModule, got "
            "the torch._C.ScriptModule `._c` of one: pass the module itself"
        )
    if not isinstance(model, torch.nn.Module):
        raise TypeError(
            "compile expects a torch.nn.Module or torch.jit.ScriptModule, got "
            f"'{type(model).__name__}' (wrap a function in a Module's forward)"
        )


def _method_function(model, method_name: str):
    method = getattr(model, method_name)  # AttributeError when missing
    if not hasattr(method, "__func__"):
        raise AttributeError(
            f"'{type(model).__name__}.{method_name}' is a "
            f"'{type(method).__name__}', not a method; `example_args` must "
            "name methods to compile"
        )
    return method.__func__


def to_torchscript(model, example_args: ExampleArgs, use_tracing, ignore_traced_shapes):
    """`model` as a ScriptModule with the methods `example_args` names."""
    _check_is_module(model)
    if isinstance(model, torch.jit.ScriptModule):
        for method_name in example_args._get_methods():
            if not hasattr(model, method_name):
                raise Exception(
                    f"Model does not have exported method '{method_name}', "
                    "requested in `example_args`. Consider adding "
                    "`@torch.jit.export` to the method definition."
                )
        return model
    if use_tracing:
        return torch.jit.trace_module(
            model, example_args._get_for_tracing(use_tracing, ignore_traced_shapes)
        )
    return _script_exporting(model, example_args._get_methods())


def _script_exporting(model, method_names):
    functions = [_method_function(model, name) for name in method_names]
    saved_modifiers = [getattr(f, _TORCHSCRIPT_MODIFIER, _NOT_SET) for f in functions]
    if any(name != "forward" for name in method_names):
        # TorchScript reuses the class type it compiled for an earlier
        # instance of the class without looking at which methods are
        # exported now; a method requested this time would then be missing.
        torch.jit._recursive.concrete_type_store.type_store.pop(type(model), None)
    try:
        for function in functions:
            torch.jit.export(function)
        return torch.jit.script(model)
    finally:
        for function, modifier in zip(functions, saved_modifiers):
            if modifier is _NOT_SET:
                delattr(function, _TORCHSCRIPT_MODIFIER)
            else:
                setattr(function, _TORCHSCRIPT_MODIFIER, modifier)
