"""The global list of e2e tests, filled by `register_test_case` at import."""

import importlib
from typing import Callable, List, Set

import torch

from .running import Test, TestUtils  # noqa: F401 (TestUtils: re-exported for suites)

GLOBAL_TEST_REGISTRY: List[Test] = []

# Names already registered, to reject duplicates at registration time.
_SEEN_UNIQUE_NAMES: Set[str] = set()


def register_test_case(module_factory: Callable[[], torch.nn.Module], timeout_seconds: int = 120):
    """Register the decorated invoker `f(module, tu: TestUtils)` as a test.

    The test's unique name is the invoker's `__name__`. `module_factory`
    builds a fresh program each time it is called.
    """

    def decorator(f):
        name = f.__name__
        if name in _SEEN_UNIQUE_NAMES:
            raise Exception(
                f"Duplicate test name: '{name}'. Please make sure that the function "
                "wrapped by `register_test_case` has a unique name."
            )
        _SEEN_UNIQUE_NAMES.add(name)
        GLOBAL_TEST_REGISTRY.append(
            Test(
                unique_name=name,
                program_factory=module_factory,
                program_invoker=f,
                timeout_seconds=timeout_seconds,
            )
        )
        return f

    return decorator


# Suite modules whose tests are already registered in this process.
_LOADED_SUITES: Set[str] = set()


def load_suite(module_name: str) -> None:
    """Import a suite module and call its `register_all_tests()` if it has one.

    A suite is any importable module written against this API: either its
    import registers tests, or its `register_all_tests()` does. Loading the
    same suite twice in a process is a no-op, so suites need not guard
    against repeated registration. Import errors propagate unchanged.
    """
    if module_name in _LOADED_SUITES:
        return
    module = importlib.import_module(module_name)
    register_all = getattr(module, "register_all_tests", None)
    if callable(register_all):
        register_all()
    _LOADED_SUITES.add(module_name)
