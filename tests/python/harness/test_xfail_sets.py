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
