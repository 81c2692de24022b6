"""Compiled modules run on the reference backends and agree with eager PyTorch."""

import pytest
import torch
from compile_test_models import ScaleAndAdd, SmallNet, TwoMethods
from compile_test_support import assert_matches, execute

from torch_mlir.torchscript import ExampleArgs, TensorPlaceholder, compile

BACKEND_OUTPUT_TYPES = ["linalg-on-tensors", "tosa", "stablehlo"]


@pytest.mark.parametrize("output_type", BACKEND_OUTPUT_TYPES)
def test_scripted_static_shapes(output_type):
    model = SmallNet().eval()
    x = torch.randn(2, 4, generator=torch.Generator().manual_seed(0))
    module = compile(model, x, output_type=output_type)
    assert_matches(execute(module, output_type, [x]), model(x))


@pytest.mark.parametrize("output_type", BACKEND_OUTPUT_TYPES)
def test_traced_static_shapes(output_type):
    model = SmallNet().eval()
    x = torch.randn(3, 4, generator=torch.Generator().manual_seed(1))
    module = compile(model, x, output_type=output_type, use_tracing=True)
    assert_matches(execute(module, output_type, [x]), model(x))


# Only Linalg: the reference backend cannot lower the dynamic-shape IR of the
# other two (TOSA -> Linalg leaves a `bufferization.dealloc` it fails to
# legalize; StableHLO -> Linalg keeps `shape` dialect constraint ops). Those
# are backend limitations; test_dynamic_dims_compile_for_every_backend below
# checks the compile side.
@pytest.mark.parametrize("output_type", ["linalg-on-tensors"])
def test_dynamic_dims_run_at_several_sizes(output_type):
    placeholder = TensorPlaceholder([-1, 3], torch.float32)
    module = compile(ScaleAndAdd(), [placeholder, placeholder], output_type=output_type)
    from compile_test_support import backend_for

    backend = backend_for(output_type)
    invoker = backend.load(backend.compile(module))
    for rows in [1, 5]:
        x, y = torch.randn(rows, 3), torch.randn(rows, 3)
        assert_matches(invoker.forward(x.numpy(), y.numpy()), 2.0 * x + y)


def test_dynamic_dims_with_tracing_and_ignore_traced_shapes():
    placeholder = TensorPlaceholder([-1, 3], torch.float32)
    module = compile(
        ScaleAndAdd(),
        [placeholder, placeholder],
        output_type="linalg-on-tensors",
        use_tracing=True,
        ignore_traced_shapes=True,
    )
    x, y = torch.randn(4, 3), torch.randn(4, 3)
    assert_matches(execute(module, "linalg-on-tensors", [x, y]), 2.0 * x + y)


def test_two_methods_execute():
    args = ExampleArgs().add_method("sin", torch.ones(3)).add_method("cos", torch.ones(3))
    module = compile(TwoMethods(), args, output_type="linalg-on-tensors")
    from compile_test_support import backend_for

    backend = backend_for("linalg-on-tensors")
    invoker = backend.load(backend.compile(module))
    x = torch.randn(3)
    assert_matches(invoker.sin(x.numpy()), torch.sin(x))
    assert_matches(invoker.cos(x.numpy()), torch.cos(x))


@pytest.mark.parametrize("output_type, element", [("tosa", "tosa."), ("stablehlo", "stablehlo.")])
def test_dynamic_dims_compile_for_every_backend(output_type, element):
    placeholder = TensorPlaceholder([-1, 3], torch.float32)
    module = compile(ScaleAndAdd(), [placeholder, placeholder], output_type=output_type)
    assert "tensor<?x3xf32>" in str(module) and element in str(module)
