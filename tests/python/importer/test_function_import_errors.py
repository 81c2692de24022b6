"""Bad input to import_function: each error path raises a Python exception
naming the construct (and its source location, where there is one), the
process does not abort, and the module stays valid and usable."""

import enum
import re
import typing

import pytest
import torch
from importer_support import assert_still_usable, captured_stderr, graph_function

from torch_mlir.jit_ir_importer import ImportOptions, ModuleBuilder


class Color(enum.Enum):
    RED = 1


@torch.jit.script
def takes_enum(c: Color) -> int:
    return 1


@torch.jit.script
def identity(x: int) -> int:
    return x


def test_enum_argument_is_unsupported_type_in_schema():
    mb = ModuleBuilder()
    with pytest.raises(ValueError) as info:
        mb.import_function(takes_enum)
    # Existing users match this text exactly; in a script run as __main__ it
    # reads 'Enum<__torch__.Color>' (checked in test_module_builder.py).
    assert str(info.value) == (
        f"unsupported type in function schema: 'Enum<__torch__.{__name__}.Color>'"
    )
    assert str(mb.module) == "module {\n}\n"
    assert_still_usable(mb)


def test_unsupported_dtype():
    mb = ModuleBuilder()
    fn = graph_function("qint32_arg", "graph(%x : QInt32(2)):\n  return (%x)\n")
    with pytest.raises(ValueError) as info:
        mb.import_function(fn)
    assert str(info.value) == "unsupported PyTorch scalar type: QInt32\n  in function 'qint32_arg'"
    assert_still_usable(mb)


def test_unsupported_node_names_node_and_function():
    mb = ModuleBuilder()
    fn = graph_function(
        "unknown_node",
        "graph(%x : Tensor):\n  %y : Tensor = prim::FooBar(%x)\n  return (%y)\n",
    )
    with captured_stderr() as stderr, pytest.raises(RuntimeError) as info:
        mb.import_function(fn)
    message = str(info.value)
    assert message.startswith("unhandled: could not import node: %1 : Tensor = prim::FooBar(%x)")
    assert "in function 'unknown_node'" in message
    # The MLIR diagnostic went to Python's sys.stderr.
    assert "error: unhandled: could not import node: %1 : Tensor = prim::FooBar(%x)" in (
        stderr.getvalue()
    )
    assert_still_usable(mb)


def test_unsupported_node_in_nested_block_reports_source_location():
    # A scripted function whose graph gets an unsupported node (with the
    # source range of a real node) inside an If region.
    @torch.jit.script
    def branchy(c: bool, x: torch.Tensor) -> torch.Tensor:
        if c:
            x = x + 1
        return x

    graph = branchy.graph
    if_node = graph.findNode("prim::If")
    add = next(iter(next(iter(if_node.blocks())).nodes()))
    bogus = graph.create("prim::FooBar", [add.output()], 1)
    bogus.output().setType(torch._C.TensorType.get())
    bogus.copyMetadata(add)
    bogus.insertAfter(add)

    mb = ModuleBuilder()
    with captured_stderr(), pytest.raises(RuntimeError) as info:
        mb.import_function(branchy)
    message = str(info.value)
    assert "could not import node" in message and "prim::FooBar" in message
    assert re.search(r"at .*test_function_import_errors\.py:\d+:\d+", message), message
    assert message.endswith(f"in function '__torch__.{__name__}.branchy'")
    assert_still_usable(mb)


def test_unhandled_constant():
    @torch.jit.script
    def with_dict_constant(x: int) -> int:
        return x

    graph = with_dict_constant.graph
    constant = graph.create("prim::Constant")
    constant.ival_("value", {"a": 1})
    constant.output().setType(torch._C.DictType(torch._C.StringType.get(), torch._C.IntType.get()))
    constant.insertBefore(graph.return_node())

    mb = ModuleBuilder()
    with captured_stderr() as stderr, pytest.raises(RuntimeError) as info:
        mb.import_function(with_dict_constant)
    assert re.match(
        r"unhandled prim::Constant node: %\d+ : Dict\(str, int\) = "
        r'prim::Constant\[value=\{"a": 1\}\]\(\)',
        str(info.value),
    ), str(info.value)
    assert "error: unhandled prim::Constant node:" in stderr.getvalue()
    assert_still_usable(mb)


def test_unadjustable_static_info():
    mb = ModuleBuilder()
    fn = graph_function(
        "int_as_float",
        "graph(%x : int):\n  %t : (float) = prim::TupleConstruct(%x)\n  return (%t)\n",
    )
    with captured_stderr() as stderr, pytest.raises(RuntimeError) as info:
        mb.import_function(fn)
    expected = (
        "unhandled: could not adjust static info for type from !torch.int to type !torch.float"
    )
    assert str(info.value).startswith(expected)
    assert "prim::TupleConstruct" in str(info.value)
    assert f"error: {expected}" in stderr.getvalue()
    assert_still_usable(mb)


def test_importing_the_same_function_twice():
    mb = ModuleBuilder()
    mb.import_function(identity)
    with pytest.raises(ValueError) as info:
        mb.import_function(identity)
    assert str(info.value) == (
        f"function '__torch__.{__name__}.identity' has already been imported into this module"
    )
    assert_still_usable(mb)


@pytest.mark.parametrize(
    "not_a_function, type_name",
    [
        (lambda x: x, "function"),
        (3, "int"),
        ("identity", "str"),
        (None, "NoneType"),
    ],
)
def test_import_function_wrong_argument_type(not_a_function, type_name):
    mb = ModuleBuilder()
    with pytest.raises(TypeError) as info:
        mb.import_function(not_a_function)
    assert str(info.value) == (
        "import_function expects a torch.jit.ScriptFunction (the result of "
        f"torch.jit.script on a function), got '{type_name}'"
    )
    assert_still_usable(mb)


def test_import_function_given_a_module():
    class M(torch.nn.Module):
        def forward(self, x):
            return x

    mb = ModuleBuilder()
    with pytest.raises(TypeError, match="expects a torch.jit.ScriptFunction.*got 'ScriptModule'"):
        mb.import_function(torch.jit.script(M())._c)
    with pytest.raises(TypeError, match="ScriptFunction.*got 'RecursiveScriptModule'"):
        mb.import_function(torch.jit.script(M()))


def test_import_function_wrong_options_type():
    mb = ModuleBuilder()
    with pytest.raises(TypeError) as info:
        mb.import_function(identity, importOptions=3)
    assert str(info.value) == "importOptions must be an ImportOptions, got 'int'"
    with pytest.raises(TypeError):
        mb.import_function(identity, {"assumeTensorsHaveValueSemantics": True})
    # Keyword spelling is the legacy camelCase one.
    mb.import_function(identity, importOptions=ImportOptions())
    mb.module.operation.verify()


def test_many_errors_in_one_process():
    # Errors neither leak state into the builder nor into the process.
    mb = ModuleBuilder()
    for _ in range(20):
        with pytest.raises(ValueError):
            mb.import_function(takes_enum)
    assert_still_usable(mb)


@torch.jit.script
class EnterReturnsSelf:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, exc_type: typing.Any, exc_value: typing.Any, traceback: typing.Any):
        self.depth -= 1


def test_with_statement_whose_enter_returns_a_value():
    # The torch dialect types torch.prim.Enter's result as !torch.none, so a
    # `with` whose __enter__ returns a value cannot be represented: the import
    # is refused with the verifier's finding, naming the construct.
    @torch.jit.script
    def guarded(g: EnterReturnsSelf, x: torch.Tensor) -> torch.Tensor:
        with g:
            x = x * 2
        return x

    mb = ModuleBuilder()
    with pytest.raises(RuntimeError) as info:
        mb.import_function(guarded)
    assert "imports to IR that the torch dialect rejects" in str(info.value)
    assert "prim::Enter" in str(info.value)
    assert "__torch__.guarded" not in str(mb.module)
    mb.module.operation.verify()
