"""Valid programs the core miscompiles or crashes on, refused before lowering.

An unbatched convolution (a rank-3 input to a Conv2d, which eager PyTorch
accepts) reaches the torch backend contract as an `aten.convolution` whose
input has one dim less than its weight: the shape it infers is wrong
(`[3,4,6]` for eager's `[4,1,6]`), and the linalg lowering segfaults. The
preparation step (`torch_mlir.prepare`) rewrites such convolutions into
batched ones; with `prepare=False`, or for a form it does not match,
`refuse_what_the_core_crashes_on` raises a `ValueError` naming the op, the
ranks and the user's source line, before any backend pipeline runs.
"""

import re

from torch_mlir import _error_hints

# Ops whose input must have the rank of their weight (batch + channels + spatial).
_BATCHED_INPUT_OPS = ("torch.aten.convolution", "torch.aten._convolution")

_TENSOR_SHAPE = re.compile(r"!torch\.v?tensor<\[([^\]]*)\]")


def _rank(value_type) -> int:
    match = _TENSOR_SHAPE.match(str(value_type))
    if not match:
        return -1  # unknown rank: nothing to compare
    return len(match.group(1).split(",")) if match.group(1) else 0


def refuse_what_the_core_crashes_on(module) -> None:
    """Raises ValueError if torch-backend `module` has a form the core crashes on."""
    for function in module.body.operations:
        for block in function.regions[0].blocks if function.regions else []:
            for op in block.operations:
                if op.name in _BATCHED_INPUT_OPS:
                    _check_batched(op)


def _check_batched(op) -> None:
    input_rank, weight_rank = _rank(op.operands[0].type), _rank(op.operands[1].type)
    if input_rank == -1 or weight_rank == -1 or input_rank == weight_rank:
        return
    frame = _error_hints.user_frame(str(op.location))
    where = f" (at {frame[0]}:{frame[1]})" if frame else ""
    raise ValueError(
        f"{op.name.removeprefix('torch.')}{where} has a rank-{input_rank} input "
        f"for a rank-{weight_rank} weight: the core does not compile a convolution "
        "without a batch dim (it crashes). Add one (x.unsqueeze(0)) or compile "
        "with prepare=True, which does that for you."
    )
