"""`python -m benchmarks.run --quick` on the MLP: it runs, prints the table, writes the JSON.

No timing assertions: the numbers depend on the machine and its load; this
only checks that every stage is measured and reported with its fields.
"""

import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
STAGES = [
    "script",
    "import",
    "torch-backend",
    "compile-torch",
    "compile-linalg",
    "compile-tosa",
    "compile-stablehlo",
    "compile-torch-isolated",
    "compile-linalg-isolated",
    "fx-torch",
    "fx-linalg",
    "import-twice",
]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    output = tmp_path_factory.mktemp("bench") / "latest.json"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--models", "mlp"]
        + ["--output", str(output)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert completed.returncode == 0, completed.stderr
    with open(output) as f:
        return completed.stdout, json.load(f)


def test_prints_one_table_with_every_stage(quick_run):
    stdout, _ = quick_run
    header = next(line for line in stdout.splitlines() if line.startswith("model"))
    for column in ["weights MB", "stage", "median s", "peak RSS +MB", "GB/s", "FX/ours"]:
        assert column in header
    for stage in STAGES:
        assert f" {stage} " in stdout
    assert "loadavg" in stdout


def test_json_has_run_metadata(quick_run):
    _, results = quick_run
    assert results["repeat"] == 1
    assert list(results["models"]) == ["mlp"]
    for key in ["started", "command", "loadavg_start", "loadavg_end", "wall_seconds"]:
        assert key in results
    for key in ["torch", "torch_mlir_wheel", "cpu_count"]:
        assert key in results["environment"]


def test_json_has_every_stage_with_its_numbers(quick_run):
    _, results = quick_run
    mlp = results["models"]["mlp"]
    # 24 layers of 1024x1024 weights and 1024 biases, float32.
    assert mlp["weight_bytes"] == 24 * (1024 * 1024 + 1024) * 4
    assert list(mlp["stages"]) == STAGES
    for name, stage in mlp["stages"].items():
        assert stage["status"] in ("ok", "failed"), name
        assert len(stage["runs"]) == 1, name
        if stage["status"] == "failed":
            assert stage["error"], name
            continue
        assert stage["seconds"] > 0, name
        assert isinstance(stage["peak_rss_delta_bytes"], int), name


def test_json_has_derived_numbers(quick_run):
    _, results = quick_run
    stages = results["models"]["mlp"]["stages"]
    # These stages lower the MLP on the current core; a failure here is a regression.
    expected_ok = ["import", "compile-torch", "compile-linalg", "fx-torch", "fx-linalg"]
    for name in expected_ok + ["import-twice"]:
        assert stages[name]["status"] == "ok", stages[name]["error"]
    assert stages["import"]["gb_per_s"] > 0
    assert stages["fx-torch"]["ratio_fx_over_ours"] > 0
    assert stages["fx-linalg"]["ratio_fx_over_ours"] > 0
    for name in ["compile-torch-isolated", "compile-linalg-isolated"]:
        assert stages[name]["status"] == "ok", stages[name]["error"]
        assert "extra_seconds_over_plain" in stages[name]
        assert stages[name]["isolated_child_peak_rss_bytes"] > 0
    twice = stages["import-twice"]
    for key in ["first_seconds", "second_seconds", "rss_growth_bytes"]:
        assert key in twice
