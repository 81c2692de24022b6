"""`ExampleArgs` and the names of `torch_mlir.torchscript` (docs/COMPATIBILITY.md §2, §3)."""

import pytest
import torch

import torch_mlir.compiler_utils as compiler_utils
from torch_mlir import torchscript
from torch_mlir.torchscript import ExampleArgs, TensorPlaceholder


def test_reexports_are_the_wheels_objects():
    assert torchscript.OutputType is compiler_utils.OutputType
    assert torchscript.TensorPlaceholder is compiler_utils.TensorPlaceholder
    assert (
        torchscript.run_pipeline_with_repro_report is compiler_utils.run_pipeline_with_repro_report
    )
    assert torchscript.lower_mlir_module is compiler_utils.lower_mlir_module


def test_importer_and_library_names():
    from torch_mlir import jit_ir_importer
    from torch_mlir.jit_ir_importer.build_tools import library_generator

    assert torchscript.ModuleBuilder is jit_ir_importer.ModuleBuilder
    assert torchscript.ClassAnnotator is jit_ir_importer.ClassAnnotator
    assert torchscript.ImportOptions is jit_ir_importer.ImportOptions
    assert torchscript.generate_library is library_generator.generate_library
    for private in [
        "_example_args",
        "_example_arg",
        "_example_args_for_one_method",
        "_canon_extra_library",
    ]:
        assert hasattr(torchscript, private)


def test_backend_legal_ops_table():
    OutputType = compiler_utils.OutputType
    assert torchscript.BACKEND_LEGAL_OPS[OutputType.TOSA] == [
        "aten.flatten.using_ints",
        "aten.native_layer_norm",
        "aten.linear",
    ]
    assert torchscript.BACKEND_LEGAL_OPS[OutputType.LINALG_ON_TENSORS] == [
        "aten.flatten.using_ints",
        "aten.adaptive_avg_pool1d",
        "aten.adaptive_avg_pool2d",
        "aten.unflatten.int",
    ]
    assert torchscript.BACKEND_LEGAL_OPS[OutputType.STABLEHLO] == [
        "aten.amax",
        "aten.amin",
        "aten.randn.generator",
        "aten.normal_functional",
        "aten.fmod.Tensor",
    ]
    assert OutputType.TORCH not in torchscript.BACKEND_LEGAL_OPS


def test_placeholders_from_either_module_are_accepted():
    args = ExampleArgs().add_method(
        "forward",
        [compiler_utils.TensorPlaceholder([2], torch.float32), TensorPlaceholder([3], torch.int64)],
    )
    assert len(args._example_args["forward"]) == 2


def test_single_tensor_is_wrapped_and_stored_as_tuple():
    t = torch.ones(2, 3)
    args = ExampleArgs().add_method("forward", t)
    assert args._example_args["forward"] == (t,)
    assert isinstance(ExampleArgs().add_method("f", [t, t])._example_args["f"], tuple)


def test_add_method_chains_and_keeps_order():
    args = ExampleArgs().add_method("b", torch.ones(1)).add_method("a", torch.ones(1))
    assert args._get_methods() == ["b", "a"]


def test_duplicate_method_is_an_assertion_error():
    args = ExampleArgs().add_method("forward", torch.ones(1))
    with pytest.raises(AssertionError):
        args.add_method("forward", torch.ones(1))


def test_bad_arg_message():
    with pytest.raises(Exception) as info:
        ExampleArgs().add_method("forward", [torch.ones(1), 3])
    assert str(info.value) == (
        "Only Tensor's, TensorPlaceholder's, or sequences of Tensor's and "
        "TensorPlaceholder's are supported as example args for method inputs. "
        "Got '3'."
    )


def test_dict_arg_shows_the_dict():
    with pytest.raises(Exception, match=r"Got '\{'a': tensor\(3\.\)\}'\."):
        ExampleArgs().add_method("forward", {"a": torch.tensor(3.0)})


def test_get_wraps_as_forward_and_passes_example_args_through():
    args = ExampleArgs().add_method("sin", torch.ones(1))
    assert ExampleArgs.get(args) is args
    assert ExampleArgs.get(torch.ones(1))._get_methods() == ["forward"]


def test_for_annotation_makes_tensors_static_placeholders():
    placeholder = TensorPlaceholder([-1, 2], torch.float32)
    args = ExampleArgs().add_method("forward", [torch.ones(2, 3, dtype=torch.int32), placeholder])
    annotation = args._get_for_annotation()["forward"]
    assert annotation[0].shape == [2, 3] and annotation[0].dtype == torch.int32
    assert annotation[1] is placeholder


def test_for_tracing_materializes_placeholders():
    args = ExampleArgs().add_method(
        "forward",
        [
            TensorPlaceholder([-1, 2], torch.float64),
            TensorPlaceholder([], torch.float32),
            torch.zeros(1),
        ],
    )
    dynamic, rank0, tensor = args._get_for_tracing(True, True)["forward"]
    assert dynamic.shape == (7, 2) and dynamic.dtype == torch.float64
    assert bool((dynamic == 1).all())
    # Legacy quirk kept: a rank-0 placeholder becomes int64 1.
    assert rank0.shape == () and rank0.dtype == torch.int64 and rank0.item() == 1
    assert tensor is args._example_args["forward"][2]


def test_for_tracing_rejects_placeholders_without_ignore_traced_shapes():
    args = ExampleArgs().add_method("forward", TensorPlaceholder([2], torch.float32))
    with pytest.raises(Exception) as info:
        args._get_for_tracing(True, False)
    assert str(info.value) == (
        "TensorPlaceholder can only be used with tracing when `ignore_traced_shapes=True`"
    )


def test_canon_extra_library_empty():
    assert torchscript._canon_extra_library([]) == ""
    assert torchscript._canon_extra_library(()) == ""
