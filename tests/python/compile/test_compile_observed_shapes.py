"""Shapes observed on the example inputs reach the IR only where the argument
shapes decide them (`torch_mlir.prepare.observed_shapes`).

Each program is compiled from concrete example inputs; the tests read the
types of the imported IR ("raw": what the observation asserted, before the
core refines anything), check that values whose shape depends on tensor data
stay dynamic, and run the compiled program at the example shapes against eager
PyTorch, which fails on any asserted shape the program does not produce.
"""

import re

import pytest
import torch
from compile_test_support import assert_matches, execute

from torch_mlir.compiler_utils import TensorPlaceholder
from torch_mlir.torchscript import compile


class Attention(torch.nn.Module):
    """Sizes computed from `x.shape`: the core leaves them `?` until late."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.qkv = torch.nn.Linear(16, 48)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.qkv(x).split(c, dim=2)
        q = q.view(b, t, 4, c // 4).transpose(1, 2)
        k = k.view(b, t, 4, c // 4).transpose(1, 2)
        v = v.view(b, t, 4, c // 4).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-2, -1) / (c // 4) ** 0.5, dim=-1)
        return (att @ v).transpose(1, 2).contiguous().view(b, t, c)


class BooleanIndex(torch.nn.Module):
    def forward(self, x):
        return x[x > 0] * 2


class Nonzero(torch.nn.Module):
    def forward(self, x):
        return torch.nonzero(x).float() + 1


class SizeFromData(torch.nn.Module):
    def forward(self, x):
        return torch.zeros(int(x.max()), 3) + x.sum()


class BranchOnData(torch.nn.Module):
    def forward(self, x):
        if bool(x.sum() > 0):
            y = x[:2]
        else:
            y = x[:3]
        return y + 1


class GrowInLoop(torch.nn.Module):
    def forward(self, x):
        y = x
        # More iterations than TorchScript unrolls: a loop stays.
        for _ in range(100):
            y = torch.cat([y, x])
        return y * 2


class LoopOnData(torch.nn.Module):
    def forward(self, x):
        y = x
        while bool(y.sum() < 20):
            y = torch.cat([y, x])
        return y


class InPlaceUnsqueeze(torch.nn.Module):
    def forward(self, x):
        y = x * 3
        # An argument's shape changed in place: the value `x` has two shapes.
        x.unsqueeze_(0)
        return x + y


class TrainingBatchNorm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.BatchNorm1d(3)

    def forward(self, x):
        return torch.nn.functional.dropout(self.norm(x), 0.5, True)


def _raw(model, *inputs) -> str:
    return str(compile(model, list(inputs), output_type="raw"))


def _result_types(text: str, op: str):
    """Result tensor types of each `op` in `text` (`torch.aten.view` ...)."""
    pattern = re.escape(op) + r" [^\n]*-> (!torch\.(?:v)?tensor(?:<[^>]*>)?)"
    return re.findall(pattern, text)


def test_sizes_from_x_shape_are_static_in_the_imported_ir():
    text = _raw(Attention().eval(), torch.randn(2, 5, 16))
    assert _result_types(text, "torch.aten.view") == ["!torch.tensor<[2,5,4,4],f32>"] * 3 + [
        "!torch.tensor<[2,5,16],f32>"
    ]
    assert "!torch.tensor<[2,4,5,5],f32>" in text  # the attention weights


@pytest.mark.parametrize("output_type", ["linalg-on-tensors", "tosa", "stablehlo"])
def test_the_shaped_program_computes_what_eager_computes(output_type):
    model = Attention().eval()
    x = torch.randn(2, 5, 16)
    module = compile(model, x, output_type=output_type)
    if output_type == "linalg-on-tensors":
        with torch.no_grad():
            assert_matches(execute(module, output_type, [x]), model(x), 1e-5)
    # Every tensor of the backend contract is fully shaped.
    assert "?" not in str(compile(model, x, output_type="torch"))


@pytest.mark.parametrize(
    "model,example",
    [
        (BooleanIndex(), torch.tensor([[1.0, -2.0], [3.0, 4.0]])),
        (Nonzero(), torch.tensor([[1.0, 0.0], [3.0, 4.0]])),
        (SizeFromData(), torch.tensor([2.0, 1.0])),
    ],
    ids=["boolean-index", "nonzero", "size-from-item"],
)
def test_shapes_decided_by_data_stay_dynamic(model, example):
    text = _raw(model, example)
    # The value read out of data and everything after it keep unknown dims.
    returned = re.search(r"return %\S+ : (\S+)", text).group(1)
    assert "[" not in returned or "?" in returned, returned
    if isinstance(model, SizeFromData):
        other = torch.tensor([4.0, 1.0])  # another size from the same shapes
        module = compile(model, example, output_type="linalg-on-tensors")
        assert_matches(execute(module, "linalg-on-tensors", [other]), model(other))


def test_an_if_on_data_leaves_its_results_dynamic():
    model = BranchOnData()
    text = _raw(model, torch.ones(4, 3))
    returned = re.search(r"return %\S+ : (\S+)", text).group(1)
    assert "[2,3]" not in returned
    # The branch taken decides the rows (2 observed, 3 otherwise).
    assert "?" in returned or "[" not in returned, returned


def test_a_tensor_grown_in_a_loop_keeps_its_varying_dim_dynamic():
    model = GrowInLoop()
    x = torch.randn(2, 3)
    text = _raw(model, x)
    assert "torch.prim.Loop" in text
    # The carried value took 2, 18, 34, ... rows: one dynamic dim, joined
    # with the initial value and the loop's result; after the loop, 202 rows.
    loop = text.split("torch.prim.Loop", 1)[1].split("torch.prim.Loop.condition", 1)[0]
    assert "!torch.tensor<[?,3],f32>" in loop and "[2,3]" not in loop
    assert "!torch.tensor<[202,3],f32>" in text


def test_a_loop_on_data_leaves_its_results_dynamic():
    model = LoopOnData()
    text = _raw(model, torch.ones(2, 3))
    returned = re.search(r"return %\S+ : (\S+)", text).group(1)
    assert "[" not in returned or "?" in returned, returned


def test_dims_given_as_minus_one_stay_dynamic():
    text = _raw(Attention().eval(), TensorPlaceholder([-1, 5, 16], torch.float32))
    assert "[2," not in text
    assert _result_types(text, "torch.aten.view")[0] in (
        "!torch.tensor",
        "!torch.tensor<[?,?,?,?],f32>",
    )


def test_a_shape_changed_in_place_is_not_asserted():
    text = _raw(InPlaceUnsqueeze(), torch.ones(2, 3))
    # Nothing of this graph is typed: neither `y` nor the sum.
    assert _result_types(text, "torch.aten.mul.Scalar") == ["!torch.tensor"]
    assert _result_types(text, "torch.aten.add.Tensor") == ["!torch.tensor"]


def test_the_observation_changes_nothing_the_user_sees():
    model = TrainingBatchNorm().train()
    state = {k: v.clone() for k, v in model.state_dict().items()}
    x = torch.randn(4, 3)
    x_before = x.clone()
    torch.manual_seed(7)
    expected_next = torch.rand(3)
    torch.manual_seed(7)
    text = _raw(model, x)
    assert "!torch.tensor<[4,3],f32>" in text
    # Running statistics, batch counter, inputs and the random stream as they were.
    for key, value in model.state_dict().items():
        torch.testing.assert_close(value, state[key], rtol=0, atol=0)
    torch.testing.assert_close(x, x_before, rtol=0, atol=0)
    torch.testing.assert_close(torch.rand(3), expected_next, rtol=0, atol=0)


def test_verbose_reports_how_many_tensor_values_are_fully_shaped(capsys):
    compile(Attention().eval(), torch.randn(2, 5, 16), output_type="torch", verbose=True)
    out = capsys.readouterr().out
    after_import = re.search(r"Fully shaped tensor values after import: (\d+) of (\d+)", out)
    after_pipeline = re.search(
        r"Fully shaped tensor values after the torch-backend pipeline: (\d+) of (\d+)", out
    )
    assert after_import and after_pipeline
    shaped, total = map(int, after_pipeline.groups())
    assert shaped == total > 0
    assert "observed tensor values typed" in out
    # With a -1 dim nothing is observed, and the pipeline leaves `?` dims.
    compile(
        Attention().eval(),
        TensorPlaceholder([-1, 5, 16], torch.float32),
        output_type="torch",
        verbose=True,
    )
    out = capsys.readouterr().out
    shaped, total = map(
        int,
        re.search(r"after the torch-backend pipeline: (\d+) of (\d+)", out).groups(),
    )
    assert shaped < total


class PickByElement(torch.nn.Module):
    def forward(self, a, b):
        if bool(a[0] > b[0]):
            return a - b, a
        else:
            return b - a, b


def test_an_if_on_data_is_not_typed_and_the_core_reports_an_error():
    # Typing the values around this `if` makes the core's torch-backend
    # pipeline abort the process; untyped, it raises.
    a, b = torch.tensor([3.0, 1.0]), torch.tensor([1.0, 2.0])
    text = _raw(PickByElement(), a, b)
    assert _result_types(text, "torch.aten.select.int") == ["!torch.tensor"] * 2
    with pytest.raises(Exception, match="unknown rank"):
        compile(PickByElement(), [a, b], output_type="torch")


class ConvBatchNorm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(3, 4, 3)
        self.bn = torch.nn.BatchNorm2d(4)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


def test_batch_norm_leaves_no_unshaped_allocation():
    # The core's inference batch_norm allocates unused statistics after its
    # last shape refinement; compile erases them, so every tensor is shaped.
    model, x = ConvBatchNorm().eval(), torch.randn(2, 3, 8, 8)
    text = str(compile(model, x, output_type="torch"))
    assert "torch.aten.empty.memory_format" not in text
    assert "?" not in "".join(re.findall(r"vtensor<\[[^\]]*\]", text))
    module = compile(model, x, output_type="linalg-on-tensors")
    assert_matches(execute(module, "linalg-on-tensors", [x]), model(x))
