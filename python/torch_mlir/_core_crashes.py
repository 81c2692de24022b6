"""Valid programs the core miscompiles or crashes on, refused before lowering.

An unbatched convolution (a rank-3 input to a Conv2d, which eager PyTorch
accepts) reaches the torch backend contract as an `aten.convolution` whose
input has one dim less than its weight: the shape it infers is wrong
(`[3,4,6]` for eager's `[4,1,6]`), and the linalg lowering segfaults. The
preparation step (`torch_mlir.prepare`) rewrites such convolutions into
batched ones; with `prepare=False`, or for a form it does not match,
`refuse_what_the_core_crashes_on` raises a `ValueError` naming the op, the
ranks and the user's source line, before any backend pipeline runs.

A loop that can exit early (`break`) is lowered as a counted loop that
ignores the exit (see `_check_loop_exit`), and `torch.tensor` of nested lists
crashes the linalg lowering: both are refused the same way. So is an `fmod`
of operands of other shapes on the way to StableHLO, whose lowering does not
broadcast them and aborts the process, and a matmul or convolution of a
dequantized tensor on the way to linalg or TOSA, on which the core's
torch-fuse-quantized-ops pass segfaults.
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


def refuse_what_the_core_crashes_on(module, output_type=None) -> None:
    """Raises ValueError if torch-backend `module` has a form the core
    crashes on or miscompiles (on the way to `output_type`, an `OutputType`;
    None: the forms it crashes on whatever the output)."""
    to_stablehlo = getattr(output_type, "name", None) == "STABLEHLO"
    fuses_quantized = getattr(output_type, "name", None) in ("LINALG_ON_TENSORS", "TOSA")
    stack = list(module.body.operations)
    while stack:
        op = stack.pop()
        if op.name == "torch.aten.fmod.Tensor" and to_stablehlo:
            _check_same_shapes(op)
        if op.name in _QUANTIZED_FUSION_OPS and fuses_quantized:
            _check_no_dequantized_operand(op)
        if op.name in _BATCHED_INPUT_OPS:
            _check_batched(op)
        elif op.name == "torch.prim.Loop":
            _check_loop_exit(op)
        elif op.name == "torch.aten.tensor":
            _check_nested_literal(op)
        for region in op.regions:
            for block in region.blocks:
                stack.extend(block.operations)


def _check_nested_literal(op) -> None:
    # The linalg lowering of aten.tensor of a list of lists segfaults (TOSA
    # and StableHLO refuse it).
    if not str(op.operands[0].type).startswith("!torch.list<list<"):
        return
    where = _where(op)
    raise ValueError(
        f"torch.tensor of nested lists{where} with elements computed at run "
        "time: the core does not compile it (it crashes). Build the rows with "
        "torch.stack, or compile with prepare=True if its elements are constants."
    )


# Ops whose operands the core's torch-fuse-quantized-ops pass follows back
# to a dequantize (past the view-like ops it commutes them with).
_QUANTIZED_FUSION_OPS = (
    "torch.aten.mm",
    "torch.aten.bmm",
    "torch.aten.matmul",
    "torch.aten.convolution",
    "torch.aten.linear",
)
_COMMUTING = (
    "torch.aten.view",
    "torch.aten.reshape",
    "torch.aten.transpose.int",
    "torch.aten.permute",
    "torch.aten.t",
    "torch.aten.squeeze.dim",
    "torch.aten.unsqueeze",
    "torch.aten.expand",
    "torch.aten.broadcast_to",
    "torch.aten.slice.Tensor",
    "torch.tensor_static_info_cast",
)


def _check_no_dequantized_operand(op) -> None:
    for operand in list(op.operands)[:2]:
        producer = operand.owner
        for _ in range(16):
            name = getattr(producer, "name", None)
            if name is None or name not in _COMMUTING:
                break
            producer = producer.operands[0].owner
        name = getattr(producer, "name", "")
        if not name.startswith("torch.aten.dequantize"):
            continue
        where = _where(op)
        raise ValueError(
            f"{op.name.removeprefix('torch.')}{where} of a dequantized tensor: the "
            "core's torch-fuse-quantized-ops pass crashes on it (linalg-on-tensors "
            "and TOSA). Compile with prepare=True (the default), which computes a "
            "quantize-dequantize round trip without quantized tensors, or "
            "dequantize by hand: (q.int_repr().float() - zero_point) * scale."
        )


def _check_same_shapes(op) -> None:
    # The core's stablehlo fmod divides without broadcasting: operand types
    # of other ranks or static sizes fail its type inference, which aborts.
    first, second = (str(operand.type) for operand in op.operands)
    shapes = [_TENSOR_SHAPE.match(text) for text in (first, second)]
    if None in shapes or shapes[0].group(1) == shapes[1].group(1):
        return
    where = _where(op)
    raise ValueError(
        f"torch.fmod{where} of operands of shapes [{shapes[0].group(1)}] and "
        f"[{shapes[1].group(1)}]: the core's StableHLO lowering of fmod does not "
        "broadcast them (it aborts the process). Broadcast them to one shape "
        "first (torch.broadcast_tensors), or compile with prepare=True, which "
        "does that for you."
    )


def _where(op) -> str:
    """` (at file:line)` of the user's source line of `op`, or nothing."""
    frame = _error_hints.user_frame(str(op.location))
    return f" (at {frame[0]}:{frame[1]})" if frame else ""


def is_constant_true(value) -> bool:
    """Whether torch-dialect `value` is a `torch.constant.bool true`."""
    producer = value.owner
    return (
        getattr(producer, "name", None) == "torch.constant.bool"
        and str(producer.attributes["value"]) == "true"
    )


def _check_loop_exit(op) -> None:
    # The core lowers a loop whose initial condition is True as a counted
    # loop (scf.for) and drops the condition its body computes: a `break`,
    # or the test of a `while True:` loop, would never end it (the compiled
    # code runs to the trip count, 2**63 - 1 for these loops).
    if not is_constant_true(op.operands[1]):
        return
    body = op.regions[0].blocks[0]
    terminator = list(body.operations)[-1]
    if is_constant_true(terminator.operands[0]):
        return
    where = _where(op)
    raise ValueError(
        f"a loop that can exit early{where}: the core compiles a loop whose first "
        "test is True as a counted loop and ignores the exit its body computes "
        "(`break`, or the condition of `while True:`), so the compiled code would "
        "not stop there. Write the loop without the early exit (a fixed trip "
        "count, with the exit's effect as a mask or a select)."
    )


def _check_batched(op) -> None:
    input_rank, weight_rank = _rank(op.operands[0].type), _rank(op.operands[1].type)
    if input_rank == -1 or weight_rank == -1 or input_rank == weight_rank:
        return
    where = _where(op)
    raise ValueError(
        f"{op.name.removeprefix('torch.')}{where} has a rank-{input_rank} input "
        f"for a rank-{weight_rank} weight: the core does not compile a convolution "
        "without a batch dim (it crashes). Add one (x.unsqueeze(0)) or compile "
        "with prepare=True, which does that for you."
    )
