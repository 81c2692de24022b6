"""`python -m e2e_testing.compare`: selection, errors, and one small real run."""

import json
import subprocess
import sys

import pytest
from conftest import REPO_ROOT
from report_checks import assert_markdown_tables_are_rectangular, assert_well_formed_html

from e2e_testing import compare

# One test both paths pass, one only pt2 lowers (from TorchScript, indexing
# with two index tensors on dynamic dims reaches the core as
# aten.index.Tensor_hacked_twin, which it does not lower; torch.export
# decomposes it first).
PT2_ONLY = "IndexTensorTwoIndicesModule_dynamic"
TESTS = ["ElementwiseAddModule_basic", PT2_ONLY]


def _main(capsys, *argv):
    try:
        code = compare.main(list(argv))
    except SystemExit as e:  # argparse errors
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def test_list_filter_and_shards(capsys):
    code, out, _ = _main(capsys, "--list", "-f", "ElementwiseAdd")
    everything = out.split()
    assert code == 0 and "ElementwiseAddModule_basic" in everything
    shards = [
        _main(capsys, "--list", "-f", "ElementwiseAdd", "--shard", f"{k}/2")[1].split()
        for k in (1, 2)
    ]
    assert sorted(shards[0] + shards[1]) == sorted(everything)


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["-c", "fx_importer"], 2, "invalid choice"),
        (["--rtol", "1e-3"], 2, "--rtol and --atol go together"),
        (["-f", "NoSuchTest"], 1, "does not match any tests"),
        (["--shard", "3/2"], 2, "bad shard"),
    ],
)
def test_bad_command_lines(capsys, argv, code, message):
    result, _, err = _main(capsys, *argv)
    assert result == code and message in err


def test_a_small_run_writes_three_reports(tmp_path):
    paths = {kind: tmp_path / f"report.{kind}" for kind in ("md", "html", "json")}
    completed = subprocess.run(
        [sys.executable, "-m", "e2e_testing.compare", "-c", "linalg",
         "-f", "|".join(TESTS) + "$", "--markdown", str(paths["md"]),
         "--html", str(paths["html"]), "--json", str(paths["json"])],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert f'PT2_ONLY - "{PT2_ONLY}": TorchScript: failed to legalize' in completed.stdout
    assert "| Both pass and agree | 1 |" in completed.stdout
    data = json.loads(paths["json"].read_text())
    assert data["counts"] == {
        "agree": 1, "disagree": 0, "torchscript_only": 0, "pt2_only": 1, "both_fail": 0,
    }  # fmt: skip
    by_name = {r["test"]: r for r in data["results"]}
    assert by_name[PT2_ONLY]["torchscript"]["phase"] == "compilation"
    assert by_name["ElementwiseAddModule_basic"]["paths_diff"]["agree"] is True
    markdown = paths["md"].read_text()
    assert "## pt2 only (1)" in markdown
    assert_markdown_tables_are_rectangular(markdown)
    page = paths["html"].read_text()
    assert_well_formed_html(page)
    assert f'id="{PT2_ONLY}"' in page  # the details of the divergent test
