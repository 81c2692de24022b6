"""Every config has well-formed xfail sets, loadable by the driver."""

import pytest

import xfail_sets
from e2e_testing.main import CONFIGS


def test_every_driver_config_has_sets():
    assert set(xfail_sets.CONFIG_MODULES) == set(CONFIGS)


@pytest.mark.parametrize("config", sorted(xfail_sets.CONFIG_MODULES))
def test_sets_load_with_one_line_reasons(config):
    sets = xfail_sets.load(config)
    assert isinstance(sets.expected_failures, dict) and isinstance(sets.do_not_run, dict)
    assert not set(sets.expected_failures) & set(sets.do_not_run), "a test is either run or not"


def test_a_missing_reason_is_rejected(monkeypatch):
    from xfail_sets import linalg

    monkeypatch.setattr(linalg, "EXPECTED_FAILURES", {"SomeTest_basic": ""})
    with pytest.raises(
        ValueError,
        match=r"xfail_sets.linalg.EXPECTED_FAILURES\['SomeTest_basic'\] needs a one-line reason",
    ):
        xfail_sets.load("linalg")


def test_xfail_reason_is_the_mlir_diagnostic_not_the_traceback_header():
    from e2e_testing.xfail_update import reason_from_error

    text = (
        "Compilation error: Traceback (most recent call last):\n"
        '  File "framework.py", line 236, in compile_and_run_test\n'
        "torch_mlir.compiler_utils.TorchMlirCompilerError: Lowering failed with the "
        "following diagnostics:\n"
        "error: failed to legalize operation 'torch.aten.foo'\n"
        "note: see current operation: %0 = torch.aten.foo\n"
    )
    assert reason_from_error("FAIL", text) == "failed to legalize operation 'torch.aten.foo'"
    located = 'Compilation error: x\nloc("model.py":3:4): error: unsupported by backend contract\n'
    assert reason_from_error("FAIL", located) == "unsupported by backend contract"
    python_only = "Runtime error: Traceback (most recent call last):\nValueError: bad input\n"
    assert reason_from_error("FAIL", python_only) == "ValueError: bad input"


@pytest.mark.parametrize(
    "diagnostic, reason",
    [
        (
            "error: failed to legalize operation 'torch.operator' that was explicitly marked "
            'illegal: %7 = "torch.operator"(%6, %4) <{name = "aten.nll_loss_nd"}> : '
            "(!torch.tensor, !torch.tensor) -> !torch.tensor",
            "op aten.nll_loss_nd is not in the core's torch dialect (torch.operator), no lowering",
        ),
        (
            "error: failed to legalize operation 'torch.aten.max_pool2d' that was explicitly "
            'marked illegal: %65 = "torch.aten.max_pool2d"(%arg0, %61) : (!torch.vtensor) -> '
            "!torch.vtensor",
            "failed to legalize operation 'torch.aten.max_pool2d'",
        ),
        (
            "error: failed to legalize operation 'torch.runtime.assert' that was explicitly "
            'marked illegal: "torch.runtime.assert"(%2) <{message = "unimplemented: only '
            'equal sizes"}> : (!torch.bool) -> ()',
            "lowering asserts: unimplemented: only equal sizes",
        ),
        (
            "error: unsupported by backend contract: tensor with unknown rank\n"
            'note: see current operation: %0 = "torch.aten.erfinv"(%arg0) : '
            "(!torch.vtensor<[?],f32>) -> !torch.vtensor\n"
            "note: this is likely due to a missing transfer function",
            "unsupported by backend contract: tensor with unknown rank (at torch.aten.erfinv)",
        ),
    ],
)
def test_xfail_reason_names_the_op_not_its_dump(diagnostic, reason):
    located = "\n".join('loc("m.py":1:2): ' + line for line in diagnostic.splitlines())
    from e2e_testing.xfail_update import reason_from_error

    for printed in (diagnostic, located):
        text = "Compilation error: Traceback (most recent call last):\nError: x\n" + printed
        assert reason_from_error("FAIL", text) == reason


def test_xfail_reason_of_an_import_failure_is_the_importers_message():
    from e2e_testing.xfail_update import reason_from_error

    text = (
        "Compilation error: Traceback (most recent call last):\n"
        "Exception: \n"
        "PyTorch TorchScript module -> torch-mlir Object Graph IR import failed with:\n"
        "### Importer C++ Exception:\n"
        "unable to map Torch type 'X' to MLIR type\n"
        "Found at path '<root>.conv' from root object 'M'\n"
    )
    assert reason_from_error("FAIL", text) == (
        "import failed: unable to map Torch type 'X' to MLIR type"
    )


def test_refresh_reasons_rewrites_still_failing_entries(tmp_path, monkeypatch):
    """With --refresh-reasons an expected failure takes the reason of this
    run's error; without it, it keeps its old one."""
    import types

    from e2e_testing import xfail_update

    junit = tmp_path / "linalg.xml"
    junit.write_text(
        '<testsuite name="linalg">'
        '<testcase name="StaleModule_basic"><properties>'
        '<property name="outcome" value="XFAIL"/></properties>'
        '<skipped message="expected failure: old reason"/>'
        "<system-err>Compilation error: Traceback\n"
        "error: failed to legalize operation 'torch.aten.bar'\n</system-err>"
        "</testcase></testsuite>"
    )
    current = types.SimpleNamespace(
        expected_failures={"StaleModule_basic": "old reason"}, do_not_run={}
    )
    monkeypatch.setattr(xfail_update.xfail_sets, "load", lambda config: current)
    monkeypatch.setattr(xfail_update.xfail_sets, "__file__", str(tmp_path / "__init__.py"))
    written = tmp_path / (xfail_update.xfail_sets.CONFIG_MODULES["linalg"] + ".py")

    def written_reasons():
        namespace = {}
        exec(written.read_text(), namespace)
        return namespace["EXPECTED_FAILURES"]

    xfail_update.main([str(junit)])
    assert written_reasons() == {"StaleModule_basic": "old reason"}
    # Written as `make lint` checks it (ruff's double quotes).
    assert '"StaleModule_basic": "old reason"' in written.read_text()
    xfail_update.main([str(junit), "--refresh-reasons"])
    assert "failed to legalize operation 'torch.aten.bar'" in written_reasons()["StaleModule_basic"]
    # A reviewed module docstring survives the regeneration.
    text = written.read_text()
    written.write_text(text.replace(text.split('"""')[1], "Reviewed: WRONG VALUES notes.\n"))
    xfail_update.main([str(junit)])
    assert written.read_text().startswith('"""Reviewed: WRONG VALUES notes.')
