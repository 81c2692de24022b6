"""`python -m torch_mlir.tools.import_torchscript`: success paths and each user error."""

import warnings

import pytest
import torch
from compile_test_models import ExportedCos, ScaleAndAdd, SmallNet
from compile_test_support import filecheck, run_python

CLI = ["-m", "torch_mlir.tools.import_torchscript"]


def _save(module, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.save(torch.jit.script(module), str(path))
    return str(path)


@pytest.fixture(scope="module")
def small_net(tmp_path_factory):
    return _save(SmallNet(), tmp_path_factory.mktemp("cli") / "small_net.pt")


@pytest.fixture(scope="module")
def scale_and_add(tmp_path_factory):
    return _save(ScaleAndAdd(), tmp_path_factory.mktemp("cli") / "scale_and_add.pt")


def _assert_one_error_line(result, expected_fragment):
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("import_torchscript: error: ")
    assert expected_fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_linalg_to_file(small_net, tmp_path):
    out = tmp_path / "out.mlir"
    result = run_python(
        CLI
        + [small_net, "--input", "2x4xf32", "--output-type", "linalg-on-tensors", "-o", str(out)]
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    filecheck(
        out.read_text(),
        "CHECK: func.func @forward(%{{.*}}: tensor<2x4xf32>) -> tensor<2x3xf32>\nCHECK: linalg",
    )


def test_stdout_dynamic_dims_and_torch_default(scale_and_add):
    result = run_python(
        CLI
        + [
            scale_and_add,
            "--input",
            "2x3xf32",
            "--input",
            "?x3xf32",
            "--dynamic-dim",
            "0:0",
            "-o",
            "-",
        ]
    )
    assert result.returncode == 0, result.stderr
    filecheck(
        result.stdout,
        "CHECK: func.func @forward(%{{.*}}: !torch.vtensor<[?,3],f32>, %{{.*}}: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32>",
    )


def test_method_and_backend_legal_ops(tmp_path):
    path = _save(ExportedCos(), tmp_path / "exported_cos.pt")
    result = run_python(
        CLI
        + [
            path,
            "--input",
            "2x3xf32",
            "--method",
            "cos",
            "--backend-legal-ops",
            "aten.flatten.using_ints,aten.cos",
        ]
    )
    assert result.returncode == 0, result.stderr
    filecheck(
        result.stdout,
        "CHECK: func.func @cos(%{{.*}}: !torch.vtensor<[2,3],f32>)\nCHECK: torch.aten.cos",
    )
    assert "@forward" not in result.stdout


def test_verbose_prints_stages(small_net):
    result = run_python(
        CLI + [small_net, "--input", "2x4xf32", "--output-type", "tosa", "--verbose"]
    )
    assert result.returncode == 0, result.stderr
    assert "TorchScript RAW IR" in result.stdout and "TOSA Backend IR" in result.stdout


def test_help():
    result = run_python(CLI + ["--help"])
    assert result.returncode == 0
    for flag in [
        "--input",
        "--dynamic-dim",
        "--method",
        "--output-type",
        "--backend-legal-ops",
        "--verbose",
        "-o",
    ]:
        assert flag in result.stdout


def test_missing_file(tmp_path):
    missing = str(tmp_path / "missing.pt")
    _assert_one_error_line(
        run_python(CLI + [missing, "--input", "2xf32"]), f"model file '{missing}' does not exist"
    )


def test_not_an_archive(tmp_path):
    garbage = tmp_path / "garbage.pt"
    garbage.write_text("hello")
    _assert_one_error_line(
        run_python(CLI + [str(garbage), "--input", "2xf32"]), "is not a TorchScript archive"
    )


def test_plain_torch_save_is_not_an_archive(tmp_path):
    path = tmp_path / "state.pt"
    torch.save({"weight": torch.ones(2)}, str(path))
    _assert_one_error_line(
        run_python(CLI + [str(path), "--input", "2xf32"]), "is not a TorchScript archive"
    )


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ("2x4xq32", "unknown element type 'q32'"),
        ("2xax4xf32", "dimension 'a'"),
        ("", "unknown element type ''"),
    ],
)
def test_bad_shape_spec(small_net, spec, fragment):
    _assert_one_error_line(run_python(CLI + [small_net, "--input", spec]), fragment)


def test_bad_dynamic_dim(small_net):
    _assert_one_error_line(
        run_python(CLI + [small_net, "--input", "2x4xf32", "--dynamic-dim", "0:5"]),
        "bad --dynamic-dim '0:5'",
    )


def test_unknown_method(small_net):
    _assert_one_error_line(
        run_python(CLI + [small_net, "--input", "2x4xf32", "--method", "backward"]),
        "the model has no method 'backward' (its methods: forward)",
    )


def test_wrong_number_of_inputs(small_net):
    _assert_one_error_line(
        run_python(CLI + [small_net, "--input", "2x4xf32", "--input", "2xf32"]),
        "method 'forward' takes 1 input(s), but 2 --input(s) were given",
    )
