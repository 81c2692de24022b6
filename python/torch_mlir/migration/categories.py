"""The five outcomes of running one program through both paths.

A path *passes* when it compiles, runs, and matches eager PyTorch within the
e2e harness's tolerance. When both pass, their outputs are also compared
with each other, more tightly (see `values`).
"""

from typing import NamedTuple, Optional


class Category(NamedTuple):
    key: str
    title: str
    meaning: str


CATEGORIES = [
    Category("agree", "Both pass and agree", "both paths pass and their outputs agree"),
    Category(
        "disagree",
        "Both pass, outputs differ",
        "both paths pass against PyTorch, but differ from each other beyond "
        "torch.testing.assert_close's tolerances",
    ),
    Category("torchscript_only", "TorchScript only", "only the TorchScript path passes"),
    Category("pt2_only", "pt2 only", "only the pt2 (torch.export + FX importer) path passes"),
    Category("both_fail", "Both fail", "neither path passes"),
]
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}


def categorize(torchscript_passed: bool, pt2_passed: bool, paths_agree: Optional[bool]) -> str:
    """The key of the category; `paths_agree` matters only when both pass.

    `paths_agree=None` means the outputs were not compared (e.g. nothing was
    executed for output type "torch"); nothing disagrees then.
    """
    if torchscript_passed and pt2_passed:
        return "disagree" if paths_agree is False else "agree"
    if torchscript_passed:
        return "torchscript_only"
    if pt2_passed:
        return "pt2_only"
    return "both_fail"
