"""`torch_mlir.migration.compare` on small models, and its three report formats."""

import functools
import json
import operator

import pytest
import torch
from report_checks import assert_markdown_tables_are_rectangular, assert_well_formed_html

from torch_mlir import migration

pytestmark = pytest.mark.filterwarnings("ignore")


class LinearRelu(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(3, 4)

    def forward(self, x):
        return torch.relu(self.linear(x)).sum(dim=1), x * 2


class ReduceSum(torch.nn.Module):
    """TorchScript cannot script `functools.reduce`; torch.export traces through it."""

    def forward(self, x):
        return functools.reduce(operator.add, [x, x * 2, x * 3])


@pytest.fixture(scope="module")
def agree_report():
    batch = torch.export.Dim("batch")
    return migration.compare(LinearRelu(), torch.rand(2, 3), dynamic_shapes=({0: batch},))


def test_both_paths_lower_and_agree(agree_report):
    report = agree_report
    assert report.category == "agree"
    assert report.torchscript.passed and report.pt2.passed
    assert report.paths_diff.agree and len(report.paths_diff.values) == 2
    assert report.torchscript.vs_eager.max_abs < 1e-5
    assert set(report.torchscript.seconds) == {"import", "lowering", "backend", "execution"}
    assert report.inputs == ["f32[?,3]"]


def test_ir_diff_histograms_and_dynamic_signatures(agree_report):
    ir_diff = agree_report.ir_diff
    for ops in (ir_diff.torchscript_ops, ir_diff.pt2_ops):
        assert ops["torch.aten.mm"] == 1 and ops["func.func"] == 1
    # torch.export hands the Linear weight over untransposed.
    assert "torch.aten.permute" in [c.op for c in ir_diff.only_pt2()]
    # Both mark the batch dim dynamic: identical signatures.
    assert ir_diff.signature_differences == []
    (signature,) = agree_report.torchscript.signatures.values()
    assert signature.arguments == ["!torch.vtensor<[?,3],f32>"]


def test_dynamic_only_on_one_side_is_reported():
    from torch_mlir.migration.ir_diff import FunctionSignature, diff_signatures

    ts = {"forward": FunctionSignature("forward", ["!torch.vtensor<[?,3],f32>"], [])}
    pt2 = {"forward": FunctionSignature("forward", ["!torch.vtensor<[2,3],f32>"], [])}
    (difference,) = diff_signatures(ts, pt2)
    assert difference.position == "argument 0"
    assert difference.note == "dim 0 dynamic only in TorchScript"


def test_a_model_only_pt2_lowers():
    report = migration.compare(ReduceSum(), torch.rand(2, 3))
    assert report.category == "pt2_only"
    assert report.torchscript.failed_stage == "import"
    assert "reduce" in report.torchscript.error_summary
    assert report.ir_diff is None and report.paths_diff is None
    assert report.pt2.vs_eager.agree


def test_a_model_only_torchscript_lowers():
    # The TorchScript path keeps adaptive_avg_pool2d (a backend-legal op by
    # default); the pt2 path decomposes it into a 4-d pooling op that an
    # unbatched (3-d) input breaks.
    report = migration.compare(torch.nn.AdaptiveAvgPool2d((2, 2)), torch.rand(3, 8, 8))
    assert report.category == "torchscript_only"
    assert report.pt2.failed_stage == "lowering"
    assert "linalg.pooling_nchw_sum" in report.pt2.error_summary
    assert "torch.aten.adaptive_avg_pool2d" in [c.op for c in report.ir_diff.only_torchscript()]


def test_bad_arguments():
    with pytest.raises(ValueError, match="output_type must be one of"):
        migration.compare(LinearRelu(), torch.rand(2, 3), output_type="raw")
    with pytest.raises(TypeError, match="must be tensors"):
        migration.compare(LinearRelu(), [3])


def test_report_formats(agree_report):
    failing = migration.compare(ReduceSum(), torch.rand(2, 3))
    for report in (agree_report, failing):
        data = json.loads(report.to_json())
        assert data["category"] == report.category
        assert data["torchscript"]["passed"] == report.torchscript.passed
        json.dumps(data, allow_nan=False)
        markdown = report.to_markdown()
        assert report.model_name in markdown.splitlines()[0]
        assert_markdown_tables_are_rectangular(markdown)
        assert_well_formed_html(report.to_html())
    assert "## TorchScript error (import)" in failing.to_markdown()
    assert "torch.aten.mm" in agree_report.to_html()
