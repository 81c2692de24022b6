"""ModuleBuilder object identity and ownership, import_function's return
value, ImportOptions, get_registered_ops' record format and the extension as
the first import of a fresh interpreter."""

import gc
import os
import subprocess
import sys

import pytest
import torch

import torch_mlir.ir as ir
from torch_mlir.jit_ir_importer import (
    ClassAnnotator,
    ImportOptions,
    ModuleBuilder,
    get_registered_ops,
)
from torch_mlir.passmanager import PassManager

HERE = os.path.dirname(os.path.abspath(__file__))


@torch.jit.script
def double(x: torch.Tensor) -> torch.Tensor:
    return x * 2


class Small(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.ones(2)

    def forward(self, x):
        return x * self.weight


# --- Identity and ownership --------------------------------------------------


def test_module_is_the_same_object_on_every_access():
    mb = ModuleBuilder()
    assert mb.module is mb.module
    assert isinstance(mb.module, ir.Module)
    assert str(mb.module) == "module {\n}\n"
    mb.import_function(double)
    # Still the same object, now holding the import.
    assert mb.module is mb.module and "@__torch__" in str(mb.module)


def test_context_is_the_one_passed_in():
    context = ir.Context()
    mb = ModuleBuilder(context)
    assert mb.context is context
    assert mb.module.context is context
    assert ModuleBuilder(context=context).context is context


def test_default_context_is_new_with_the_torch_dialect_loaded():
    first, second = ModuleBuilder(), ModuleBuilder()
    assert isinstance(first.context, ir.Context)
    assert first.context is first.context
    assert first.context is not second.context
    assert first.context.is_dialect_loaded("torch")
    assert first.context.is_dialect_loaded("func")


def test_context_and_module_are_read_only():
    mb = ModuleBuilder()
    with pytest.raises(AttributeError):
        mb.module = None
    with pytest.raises(AttributeError):
        mb.context = ir.Context()


def test_module_outlives_the_builder():
    scripted = torch.jit.script(Small())
    annotator = ClassAnnotator()
    annotator.exportNone(scripted._c._type())
    annotator.exportPath(scripted._c._type(), ["forward"])
    annotator.annotateArgs(scripted._c._type(), ["forward"], [None, ([2], torch.float32, True)])
    mb = ModuleBuilder()
    mb.import_module(scripted._c, annotator)
    module, context = mb.module, mb.context
    del mb, annotator, scripted
    gc.collect()
    module.operation.verify()
    assert "torch.nn_module" in str(module)
    with context:
        PassManager.parse("builtin.module(torchscript-module-to-torch-backend-pipeline)").run(
            module.operation
        )
    module.operation.verify()
    assert "torch.nn_module" not in str(module)


def test_module_outlives_the_builder_and_the_context_reference():
    def build():
        mb = ModuleBuilder()
        mb.import_function(double)
        return mb.module

    module = build()
    gc.collect()
    module.operation.verify()
    assert "torch.aten.mul.Scalar" in str(module)


def test_two_builders_share_a_context():
    context = ir.Context()
    a, b = ModuleBuilder(context), ModuleBuilder(context)
    a.import_function(double)
    b.import_module(torch.jit.script(Small())._c)
    assert a.module is not b.module
    assert "nn_module" not in str(a.module) and "nn_module" in str(b.module)
    a.module.operation.verify()
    b.module.operation.verify()


def test_builder_rejects_a_non_context():
    with pytest.raises(TypeError) as info:
        ModuleBuilder(3)
    assert str(info.value) == "ModuleBuilder expects a torch_mlir.ir.Context, got 'int'"


# --- import_function ---------------------------------------------------------


def test_import_function_returns_its_argument():
    mb = ModuleBuilder()
    assert mb.import_function(double) is double

    @mb.import_function
    @torch.jit.script
    def decorated(x: int) -> int:
        return x

    assert isinstance(decorated, torch.jit.ScriptFunction)
    assert decorated(3) == 3
    assert "func.func @__torch__." in str(mb.module)
    assert "private" not in str(mb.module)


def test_import_function_appends_in_call_order():
    @torch.jit.script
    def first(x: int) -> int:
        return x

    @torch.jit.script
    def second(x: int) -> int:
        return x

    mb = ModuleBuilder()
    mb.import_function(second)
    mb.import_function(first)
    text = str(mb.module)
    assert text.index(".second(") < text.index(".first(")


def test_import_function_of_a_traced_function():
    traced = torch.jit.trace(lambda x: x + 1, torch.ones(2))
    mb = ModuleBuilder()
    assert mb.import_function(traced) is traced
    mb.module.operation.verify()


# --- ImportOptions -----------------------------------------------------------


def test_import_options_defaults_and_fields():
    options = ImportOptions()
    assert options.assumeTensorsHaveValueSemantics is False
    assert options.ignoreExistingTensorShapesAndDtypes is False
    options.assumeTensorsHaveValueSemantics = True
    options.ignoreExistingTensorShapesAndDtypes = True
    assert options.assumeTensorsHaveValueSemantics is True
    assert options.ignoreExistingTensorShapesAndDtypes is True
    assert repr(options) == (
        "ImportOptions(assumeTensorsHaveValueSemantics=True, "
        "ignoreExistingTensorShapesAndDtypes=True)"
    )


def test_import_keywords_are_camel_case():
    scripted = torch.jit.script(Small())
    mb = ModuleBuilder()
    mb.import_module(
        module=scripted._c, classAnnotator=ClassAnnotator(), importOptions=ImportOptions()
    )
    mb.import_function(function=double, importOptions=ImportOptions())
    mb.module.operation.verify()


# --- get_registered_ops ------------------------------------------------------


@pytest.fixture(scope="module")
def registered_ops():
    return {record["name"]: record for record in get_registered_ops()}


def test_registered_ops_mul_tensor_exact_repr(registered_ops):
    assert repr(registered_ops[("aten::mul", "Tensor")]) == (
        "{'name': ('aten::mul', 'Tensor'), 'is_c10_op': True, 'is_vararg': False, "
        "'is_varret': False, 'is_mutable': False, 'arguments': [{'name': 'self', "
        "'type': 'Tensor', 'pytype': 'Tensor'}, {'name': 'other', 'type': 'Tensor', "
        "'pytype': 'Tensor'}], 'returns': [{'name': '', 'type': 'Tensor', 'pytype': "
        "'Tensor'}]}"
    )


def test_registered_ops_optional_keys(registered_ops):
    add_ = registered_ops[("aten::add_", "Tensor")]
    assert add_["is_mutable"] is True
    self_arg, _, alpha = add_["arguments"]
    assert self_arg["alias_info"] == {
        "is_write": True,
        "before": ["alias::a"],
        "after": ["alias::a"],
    }
    assert list(self_arg) == ["name", "type", "pytype", "alias_info"]
    assert alpha == {"name": "alpha", "type": "Scalar", "pytype": "number", "default_debug": "1"}
    kernel_size = registered_ops[("aten::max_pool2d", "")]["arguments"][1]
    assert kernel_size == {"name": "kernel_size", "type": "int[]", "pytype": "List[int]", "N": 2}


def test_registered_ops_record_keys(registered_ops):
    for record in registered_ops.values():
        assert list(record) == [
            "name",
            "is_c10_op",
            "is_vararg",
            "is_varret",
            "is_mutable",
            "arguments",
            "returns",
        ]
    assert len(registered_ops) > 1000


def test_registered_ops_include_custom_ops():
    lib = torch.library.Library("importer_test_ns", "DEF")
    lib.define("twice(Tensor t, int n=2) -> Tensor")
    names = [record["name"] for record in get_registered_ops()]
    assert ("importer_test_ns::twice", "") in names


# --- Fresh interpreter -------------------------------------------------------


def test_extension_as_the_first_import_of_a_fresh_interpreter():
    result = subprocess.run(
        [sys.executable, os.path.join(HERE, "fresh_interpreter_check.py")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "imported: True",
        "parsed: True",
        # The exact text existing users match.
        "enum error: unsupported type in function schema: 'Enum<__torch__.Color>'",
    ]


def test_package_exports():
    import torch_mlir.jit_ir_importer as package

    assert sorted(package.__all__) == sorted(
        ["ModuleBuilder", "ClassAnnotator", "ImportOptions", "get_registered_ops"]
    )
    namespace = {}
    exec("from torch_mlir.jit_ir_importer import *", namespace)
    assert namespace["ModuleBuilder"] is ModuleBuilder
