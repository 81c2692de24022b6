"""Turns decorator metadata on Python modules into `ClassAnnotator` calls.

The e2e harness (`torch_mlir_e2e_test.annotations.export` / `annotate_args`)
marks methods on the *Python* `nn.Module`; the importer needs the same facts on
the *scripted* class types. This walks both trees side by side and transfers
them: everything is first made private (`exportNone`), then each marked method
is exported and its argument annotations applied.
"""

import torch

from torch_mlir.jit_ir_importer import ClassAnnotator

# Shared with `torch_mlir_e2e_test.annotations`, which sets them.
TORCH_MLIR_EXPORT_ATTR_NAME = "_torch_mlir_export"
TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME = "_torch_mlir_arg_annotations"


def _annotate_one_module(
    module: torch.nn.Module,
    scripted: torch.jit.RecursiveScriptModule,
    class_annotator: ClassAnnotator,
):
    # `module` may also be the scripted module itself (for instance when the
    # caller scripted a module class and kept only the result).
    assert module is scripted or module.__class__.__name__ == scripted.original_name, (
        "script module does not come from specified module"
    )

    class_type = scripted._c._type()
    for method_name, method in scripted.__dict__.items():
        if not isinstance(method, torch.ScriptMethod):
            continue
        python_method = getattr(module, method_name, None)
        if getattr(python_method, TORCH_MLIR_EXPORT_ATTR_NAME, False):
            class_annotator.exportPath(class_type, [method_name])
        arg_annotations = getattr(python_method, TORCH_MLIR_ARG_ANNOTATIONS_ATTR_NAME, None)
        if arg_annotations is not None:
            class_annotator.annotateArgs(class_type, [method_name], arg_annotations)

    for child_name, child in module.named_children():
        _annotate_one_module(child, getattr(scripted, child_name), class_annotator)


def extract_annotations(
    program: torch.nn.Module,
    scripted: torch.jit.RecursiveScriptModule,
    class_annotator: ClassAnnotator,
):
    """Applies the export/arg annotations found on `program` to `scripted`.

    Args:
      program: the Python module whose methods carry the decorator metadata.
      scripted: `torch.jit.script(program)`.
      class_annotator: receives the `exportNone`, `exportPath` and
        `annotateArgs` calls.
    """
    class_annotator.exportNone(scripted._c._type())
    _annotate_one_module(program, scripted, class_annotator)
