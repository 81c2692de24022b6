"""The global list of e2e tests, filled by `register_test_case` at import."""

from typing import Callable, List, Set

import torch

from .framework import Test, TestUtils

GLOBAL_TEST_REGISTRY: List[Test] = []

# Names already registered, to reject duplicates at registration time.
_SEEN_UNIQUE_NAMES: Set[str] = set()


def register_test_case(
    module_factory: Callable[[], torch.nn.Module], timeout_seconds: int = 120
):
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
