"""The kinds of `model` compile accepts: nn.Module, scripted, traced, fx.GraphModule."""

import warnings

import pytest
import torch
from compile_test_models import ExportedCos, ScaleAndAdd, SmallNet, TanhModule, TwoMethods
from compile_test_support import assert_matches, execute, filecheck

from torch_mlir.torchscript import ExampleArgs, TensorPlaceholder, compile


def _quietly(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return fn(*args, **kwargs)


def test_already_scripted_module():
    scripted = _quietly(torch.jit.script, TanhModule())
    module = compile(scripted, torch.ones(2, 3), output_type="torch")
    filecheck(str(module), "CHECK: torch.aten.tanh %{{.*}} : !torch.vtensor<[2,3],f32>")


def test_already_traced_module():
    model = SmallNet().eval()
    x = torch.randn(2, 4)
    traced = _quietly(torch.jit.trace, model, x)
    module = compile(traced, x, output_type="linalg-on-tensors")
    assert_matches(execute(module, "linalg-on-tensors", [x]), model(x))


def test_scripted_module_with_exported_method():
    scripted = _quietly(torch.jit.script, ExportedCos())
    module = compile(scripted, ExampleArgs().add_method("cos", torch.ones(2)), output_type="torch")
    assert "func.func @cos" in str(module)


def test_scripting_exports_requested_methods_of_the_class():
    # `sin` is a plain method: compile exports it before scripting.
    module = compile(
        TwoMethods(), ExampleArgs().add_method("sin", torch.ones(2)), output_type="torch"
    )
    filecheck(str(module), "CHECK: func.func @sin\nCHECK: torch.aten.sin")


def test_traced_shapes_are_kept_by_default():
    module = compile(
        ScaleAndAdd(), [torch.ones(2, 3), torch.ones(2, 3)], output_type="raw", use_tracing=True
    )
    # The traced graph carries the example shapes.
    assert "!torch.tensor<[2,3],f32>" in str(module)


def test_ignore_traced_shapes_drops_them():
    placeholder = TensorPlaceholder([-1, 3], torch.float32)
    raw = compile(
        ScaleAndAdd(),
        [placeholder, placeholder],
        output_type="raw",
        use_tracing=True,
        ignore_traced_shapes=True,
    )
    assert "[7,3]" not in str(raw)
    module = compile(
        ScaleAndAdd(),
        [placeholder, placeholder],
        output_type="torch",
        use_tracing=True,
        ignore_traced_shapes=True,
    )
    filecheck(
        str(module),
        "CHECK: func.func @forward(%{{.*}}: !torch.vtensor<[?,3],f32>, %{{.*}}: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32>",
    )


def test_traced_multiple_methods():
    args = ExampleArgs().add_method("forward", torch.ones(2)).add_method("sin", torch.ones(3))
    module = compile(TwoMethods(), args, output_type="torch", use_tracing=True)
    filecheck(
        str(module),
        "CHECK-DAG: func.func @forward(%{{.*}}: !torch.vtensor<[2],f32>)\nCHECK-DAG: func.func @sin(%{{.*}}: !torch.vtensor<[3],f32>)",
    )


def test_fx_graph_module_with_overloads():
    graph_module = torch.fx.symbolic_trace(TanhModule())
    # Make the call an OpOverload, which TorchScript cannot script unless stripped.
    for node in graph_module.graph.nodes:
        if node.op == "call_function":
            node.target = torch.ops.aten.tanh.default
    graph_module.recompile()
    x = torch.randn(2, 3)
    module = compile(graph_module, x, output_type="linalg-on-tensors")
    assert_matches(execute(module, "linalg-on-tensors", [x]), torch.tanh(x))


def test_use_make_fx_is_deprecated_but_works():
    model = SmallNet().eval()
    x = torch.randn(2, 4)
    with pytest.warns(DeprecationWarning, match="use_make_fx"):
        module = compile(model, x, output_type="linalg-on-tensors", use_make_fx=True)
    assert_matches(execute(module, "linalg-on-tensors", [x]), model(x))


def test_use_make_fx_false_is_also_deprecated():
    with pytest.warns(DeprecationWarning, match="use_make_fx"):
        compile(TanhModule(), torch.ones(2), use_make_fx=False)


def test_different_method_sets_of_one_class_in_one_process():
    sin = compile(TwoMethods(), ExampleArgs().add_method("sin", torch.ones(2)))
    cos = compile(TwoMethods(), ExampleArgs().add_method("cos", torch.ones(2)))
    assert "func.func @sin" in str(sin) and "func.func @cos" in str(cos)


def test_script_then_trace_the_same_class():
    compile(TwoMethods(), ExampleArgs().add_method("sin", torch.ones(2)))
    compile(SmallNet(), torch.ones(2, 4))
    # Tracing defines the methods itself; left-over export marks would clash.
    traced = compile(TwoMethods(), ExampleArgs().add_method("sin", torch.ones(2)), use_tracing=True)
    assert "func.func @sin" in str(traced)
    compile(SmallNet(), torch.ones(2, 4), use_tracing=True)


def test_the_users_class_is_left_unmarked():
    compile(TwoMethods(), ExampleArgs().add_method("cos", torch.ones(2)))
    assert not hasattr(TwoMethods.cos, "_torchscript_modifier")
    assert ExportedCos.cos._torchscript_modifier is not None
    compile(ExportedCos(), ExampleArgs().add_method("cos", torch.ones(2)))
    # A mark the user put there stays.
    assert hasattr(ExportedCos.cos, "_torchscript_modifier")
