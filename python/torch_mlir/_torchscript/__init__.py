"""The steps of `torch_mlir.torchscript.compile`, one module each.

In the order `compile` runs them:

* `deprecation`: the warning policy (one TorchScriptDeprecationWarning per
  process, TorchScript's own warnings dropped inside `compile`);
* `arguments`: `ExampleArgs` and the checks of `compile`'s arguments, then
  the class annotations the importer needs;
* `scripting`: the user's model -> a `torch.jit.ScriptModule` (scripting,
  tracing or make_fx), without leaving marks on the user's class;
* `importing`: the ScriptModule -> object-graph IR, through the preparation
  step and the C++ importer;
* `lowering`: object-graph IR -> torch backend IR -> backend IR, with the
  pipelines of `torch_mlir._pipelines`.

`torch_mlir.torchscript` is the public face of these modules and re-exports
the names old callers use.
"""
