"""The registry, suite loading and our test_suite's discovery."""

import os

import pytest
import torch

from torch_mlir_e2e_test import registry
from torch_mlir_e2e_test.registry import GLOBAL_TEST_REGISTRY, load_suite, register_test_case


def test_register_uses_function_name_and_rejects_duplicates():
    def RegistryProbeModule_basic(module, tu):
        pass

    returned = register_test_case(module_factory=lambda: torch.nn.Identity(), timeout_seconds=7)(
        RegistryProbeModule_basic
    )
    assert returned is RegistryProbeModule_basic
    test = GLOBAL_TEST_REGISTRY[-1]
    assert (test.unique_name, test.timeout_seconds) == ("RegistryProbeModule_basic", 7)
    assert test.program_invoker is RegistryProbeModule_basic
    with pytest.raises(Exception) as info:
        register_test_case(module_factory=lambda: torch.nn.Identity())(RegistryProbeModule_basic)
    assert str(info.value) == (
        "Duplicate test name: 'RegistryProbeModule_basic'. Please make sure that the function "
        "wrapped by `register_test_case` has a unique name."
    )
    GLOBAL_TEST_REGISTRY.pop()


def test_default_timeout_is_120_seconds():
    def RegistryProbeDefault_basic(module, tu):
        pass

    register_test_case(module_factory=lambda: torch.nn.Identity())(RegistryProbeDefault_basic)
    assert GLOBAL_TEST_REGISTRY.pop().timeout_seconds == 120


def test_load_suite_registers_once():
    load_suite("sample_suite")
    count = len(GLOBAL_TEST_REGISTRY)
    load_suite("sample_suite")
    assert len(GLOBAL_TEST_REGISTRY) == count
    names = {t.unique_name for t in GLOBAL_TEST_REGISTRY}
    assert {"OkAddScaledModule_basic", "CrashAbort_basic", "HangSleep_basic"} <= names


def test_load_suite_propagates_import_errors():
    with pytest.raises(ModuleNotFoundError):
        load_suite("broken_suite")
    assert "broken_suite" not in registry._LOADED_SUITES


def test_our_suite_discovers_every_module_in_its_directory():
    from torch_mlir_e2e_test import test_suite

    directory = os.path.dirname(test_suite.__file__)
    expected = sorted(
        f[:-3] for f in os.listdir(directory) if f.endswith(".py") and not f.startswith("_")
    )
    assert [n.rsplit(".", 1)[1] for n in test_suite.suite_module_names()] == expected
