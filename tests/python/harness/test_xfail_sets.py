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
