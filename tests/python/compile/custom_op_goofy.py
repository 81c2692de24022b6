"""A custom op `goofy::identity` and its abstract-interpretation library.

Imported by test_compile_custom_op.py and run as a script (spawned child test):
scripting needs the functions in a file, and a spawned child re-imports it as
`__mp_main__`, which is what generate_library must cope with.
"""

import multiprocessing
import sys
import warnings
from typing import List, Tuple

import torch

# Defined once per process, whether imported as a module or run as __main__.
if not hasattr(torch.ops.goofy, "identity"):
    _library = torch.library.Library("goofy", "DEF")
    _library.define("identity(Tensor t) -> Tensor")
    _library.impl("identity", lambda t: t.clone(), "CompositeExplicitAutograd")


def goofy〇identity〡shape(t: List[int]) -> List[int]:
    return t


def goofy〇identity〡dtype(t_rank_dtype: Tuple[int, int]) -> int:
    t_rank, t_dtype = t_rank_dtype
    return t_dtype


def goofy〇identity〡has_value_semantics() -> None:
    return


LIBRARY = [goofy〇identity〡shape, goofy〇identity〡dtype, goofy〇identity〡has_value_semantics]


class CustomOpModule(torch.nn.Module):
    def forward(self, x):
        return torch.ops.goofy.identity(x)


def compile_goofy(output_type: str = "torch") -> str:
    from torch_mlir import torchscript

    module = torchscript.compile(
        CustomOpModule(),
        torch.ones(3, 4),
        output_type=output_type,
        backend_legal_ops=["goofy.identity"],
        extra_library=LIBRARY,
    )
    return str(module)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        sys.stdout.write(pool.apply(compile_goofy))
