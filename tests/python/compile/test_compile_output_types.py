"""What `compile` returns for each output type, static and dynamic (docs/COMPATIBILITY.md §4, §5)."""

import pytest
import torch
from compile_test_models import MmModule, TanhModule, TwoMethods
from compile_test_support import filecheck

from torch_mlir import ir
from torch_mlir.compiler_utils import OutputType
from torch_mlir.torchscript import ExampleArgs, TensorPlaceholder, compile


def test_torch_output_is_value_semantic_public_forward():
    module = compile(TanhModule(), torch.ones(2, 3), output_type="torch")
    assert isinstance(module, ir.Module)
    filecheck(
        str(module),
        """
CHECK: module attributes {torch.debug_module_name = "TanhModule"}
CHECK: func.func @forward(%{{.*}}: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32>
CHECK:   torch.aten.tanh %{{.*}} : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
CHECK-NOT: torch.class_type
CHECK-NOT: torch.nn_module
""",
    )


def test_default_output_type_is_torch():
    module = compile(TanhModule(), torch.ones(2, 3))
    assert "torch.aten.tanh" in str(module)


def test_raw_output_is_the_object_graph():
    module = compile(TanhModule(), torch.ones(2, 3), output_type=OutputType.RAW)
    filecheck(
        str(module),
        """
CHECK: func.func private @__torch__.{{.*}}TanhModule.forward
CHECK: torch.class_type @__torch__.{{.*}}TanhModule
CHECK: torch.nn_module
""",
    )


@pytest.mark.parametrize(
    "output_type, checks",
    [
        ("linalg-on-tensors", "CHECK: linalg.generic\nCHECK: math.tanh\nCHECK-NOT: torch."),
        ("tosa", "CHECK: tosa.tanh\nCHECK-NOT: torch."),
        ("stablehlo", "CHECK: stablehlo.tanh\nCHECK-NOT: torch."),
    ],
)
def test_backend_output_types(output_type, checks):
    module = compile(TanhModule(), torch.ones(2, 3), output_type=output_type)
    filecheck(str(module), "CHECK: func.func @forward\n" + checks)


@pytest.mark.parametrize(
    "spelling", ["LINALG_ON_TENSORS", "Linalg-On-Tensors", OutputType.LINALG_ON_TENSORS]
)
def test_output_type_spellings(spelling):
    assert "linalg.generic" in str(compile(TanhModule(), torch.ones(2), output_type=spelling))


def test_dynamic_axes_from_like():
    placeholder = TensorPlaceholder.like(torch.ones(2, 3), dynamic_axes=[1])
    module = compile(TanhModule(), placeholder, output_type="torch")
    filecheck(
        str(module),
        "CHECK: torch.aten.tanh %{{.*}} : !torch.vtensor<[2,?],f32> -> !torch.vtensor<[2,?],f32>",
    )


def test_dynamic_placeholder():
    module = compile(TanhModule(), TensorPlaceholder([-1, 2], torch.float32), output_type="torch")
    filecheck(str(module), "CHECK: !torch.vtensor<[?,2],f32>")


def test_mixed_static_and_dynamic_args():
    args = [torch.ones(2, 3), TensorPlaceholder.like(torch.ones(3, 4), dynamic_axes=[1])]
    module = compile(MmModule(), args, output_type="torch")
    filecheck(
        str(module),
        "CHECK: torch.aten.mm %{{.*}}, %{{.*}} : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,?],f32> -> !torch.vtensor<[2,?],f32>",
    )


def test_dtypes_follow_the_example_args():
    module = compile(TanhModule(), torch.ones(2, dtype=torch.float64), output_type="torch")
    filecheck(str(module), "CHECK: !torch.vtensor<[2],f64>")


def test_multiple_methods():
    args = ExampleArgs().add_method("sin", torch.ones(2, 3)).add_method("cos", torch.ones(4))
    module = compile(TwoMethods(), args, output_type="torch")
    filecheck(
        str(module),
        """
CHECK-DAG: func.func @sin(%{{.*}}: !torch.vtensor<[2,3],f32>)
CHECK-DAG: torch.aten.sin
CHECK-DAG: func.func @cos(%{{.*}}: !torch.vtensor<[4],f32>)
CHECK-DAG: torch.aten.cos
""",
    )
    # Only the requested methods are public; forward was not requested.
    assert "@forward" not in str(module)


def test_multiple_methods_to_linalg():
    args = ExampleArgs().add_method("sin", torch.ones(2)).add_method("cos", torch.ones(2))
    module = compile(TwoMethods(), args, output_type="linalg-on-tensors")
    text = str(module)
    assert "func.func @sin" in text and "func.func @cos" in text and "math.cos" in text


def test_verbose_prints_each_stage(capsys):
    compile(TanhModule(), torch.ones(2), output_type="linalg-on-tensors", verbose=True)
    out = capsys.readouterr().out
    filecheck(
        out,
        """
CHECK: ====================
CHECK-NEXT: TorchScript RAW IR
CHECK: torch.class_type
CHECK: ====================
CHECK-NEXT: Preparation rewrites that fired
CHECK: ====================
CHECK-NEXT: Torch Backend IR
CHECK: torch.aten.tanh
CHECK: ====================
CHECK-NEXT: LINALG Backend IR
CHECK: linalg.generic
""",
    )


def test_not_verbose_prints_nothing(capsys):
    compile(TanhModule(), torch.ones(2), output_type="tosa")
    captured = capsys.readouterr()
    assert captured.out == ""


def test_enable_ir_printing_prints_passes(capfd):
    compile(TanhModule(), torch.ones(2), output_type="torch", enable_ir_printing=True)
    err = capfd.readouterr().err
    assert "IR Dump After" in err


def test_enable_ir_printing_is_the_ninth_positional_parameter(capfd):
    compile(TanhModule(), torch.ones(2), "torch", False, False, None, [], False, True)
    assert "IR Dump After" in capfd.readouterr().err


def test_verbose_lists_the_rewrites_that_fired(capsys):
    from compile_test_models import UnbatchedConv

    compile(UnbatchedConv(), torch.ones(3, 6, 6), output_type="torch", verbose=True)
    out = capsys.readouterr().out
    assert "Preparation rewrites that fired\nbatched-unbatched-conv: 1\n" in out
    # Without the step nothing is listed, and the core's crash is refused.
    with pytest.raises(ValueError, match="rank-3 input for a rank-4 weight"):
        compile(
            UnbatchedConv(), torch.ones(3, 6, 6), output_type="torch", verbose=True, prepare=False
        )
    assert "Preparation rewrites" not in capsys.readouterr().out
