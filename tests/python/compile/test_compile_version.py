"""`torch_mlir._version` (docs/COMPATIBILITY.md §1)."""

import torch
from packaging import version as packaging_version

from torch_mlir._version import torch_version_for_comparison, version


def test_version_is_packaging_version():
    assert version is packaging_version


def test_local_tag_is_dropped():
    parsed = torch_version_for_comparison()
    assert parsed == version.parse(torch.__version__.split("+")[0])
    assert parsed.local is None
    assert parsed >= version.parse("2.13")
