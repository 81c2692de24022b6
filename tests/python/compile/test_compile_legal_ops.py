"""`backend_legal_ops`: explicit lists for every output type, per-backend defaults for None."""

import pytest
import torch
from compile_test_models import FlattenModule, Unsupported
from compile_test_support import filecheck

from torch_mlir.compiler_utils import TorchMlirCompilerError
from torch_mlir.torchscript import compile

KEPT = "CHECK: torch.aten.flatten.using_ints"


def _torch_backend_ir(capsys, **kwargs):
    """The Torch Backend IR that `compile(verbose=True)` prints before backend lowering."""
    compile(FlattenModule(), torch.ones(2, 3, 4), verbose=True, **kwargs)
    out = capsys.readouterr().out
    return out.split("Torch Backend IR", 1)[1].split("====================", 1)[0]


def test_torch_output_decomposes_by_default():
    module = compile(FlattenModule(), torch.ones(2, 3, 4), output_type="torch")
    assert "torch.aten.flatten.using_ints" not in str(module)


def test_explicit_legal_op_is_kept():
    module = compile(
        FlattenModule(),
        torch.ones(2, 3, 4),
        output_type="torch",
        backend_legal_ops=["aten.flatten.using_ints"],
    )
    filecheck(
        str(module),
        KEPT
        + " %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,12],f32>",
    )


@pytest.mark.parametrize("output_type", ["linalg-on-tensors", "tosa"])
def test_none_means_the_backend_defaults(capsys, output_type):
    # Both backends list aten.flatten.using_ints as legal.
    assert "torch.aten.flatten.using_ints" in _torch_backend_ir(capsys, output_type=output_type)


def test_explicit_empty_list_replaces_the_defaults(capsys):
    ir = _torch_backend_ir(capsys, output_type="linalg-on-tensors", backend_legal_ops=[])
    assert "torch.aten.flatten.using_ints" not in ir


@pytest.mark.parametrize(
    "output_type, legal_op",
    [
        ("raw", "aten.flatten.using_ints"),
        ("linalg-on-tensors", "aten.flatten.using_ints"),
        ("tosa", "aten.flatten.using_ints"),
        # The StableHLO lowering has no pattern for flatten; keep one it has.
        ("stablehlo", "aten.amax"),
    ],
)
def test_explicit_list_is_accepted_for_every_output_type(output_type, legal_op):
    compile(
        FlattenModule(), torch.ones(2, 3, 4), output_type=output_type, backend_legal_ops=[legal_op]
    )


def test_legal_ops_are_deduplicated_and_sorted_in_the_pipeline():
    with pytest.raises(TorchMlirCompilerError) as info:
        compile(
            Unsupported(),
            torch.ones(4),
            backend_legal_ops=["aten.linear", "aten.amax", "aten.linear"],
        )
    assert (
        "torchscript-module-to-torch-backend-pipeline{backend-legal-ops=aten.amax,aten.linear "
        "extra-library=}"
    ) in str(info.value)
