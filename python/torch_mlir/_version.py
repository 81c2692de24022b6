"""The installed torch version in a form that compares correctly.

The e2e test suite and the expected-failure sets gate tests on the torch
version (`torch_version_for_comparison() < version.parse("2.5")`). Local build
tags such as `+cpu` or `+cu121` would make such comparisons misleading, so they
are dropped. `version` is `packaging.version`, re-exported because callers
import it from here.
"""

import torch
from packaging import version

__all__ = ["torch_version_for_comparison", "version"]


def torch_version_for_comparison() -> version.Version:
    """Returns `torch.__version__` without its local tag (`2.13.0+cpu` -> `2.13.0`)."""
    public_part = torch.__version__.split("+", 1)[0]
    return version.parse(public_part)
