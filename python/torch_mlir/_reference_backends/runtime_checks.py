"""Failed runtime checks of the RefBackend's JIT code as Python exceptions.

A `cf.assert` (the lowerings' own checks, e.g. "mismatched size for
broadcast", and every check `generate-runtime-verification` adds) becomes,
when lowered to LLVM, a call to `abort`: the whole process dies. Before that
lowering, `checks_to_early_returns` rewrites each `cf.assert %ok, "message"`
of a public function into

    cf.cond_br %ok, ^continue, ^failed(%id)
    ^failed(%id: i64):
      func.call @refbackend_runtime_check_failed(%id)
      func.return

which is sound there because `refback-munge-calling-conventions` has made
every public function return nothing (results go out through callbacks), so
an early return leaves nothing undefined. The messages are kept, by id, in a
module attribute; the invoker registers the callback, and a call in which it
fired raises a `RuntimeError` with the message instead of reading a result.

What stays an abort (or worse): a `cf.assert` in a function that returns
values or inside an op with regions (after `inline` and `convert-scf-to-cf`
neither occurs in the RefBackend's modules; such asserts are counted in the
module attribute `refback.unrewritten_runtime_checks`); faults that no check
guards (with `generate_runtime_verification=False`, as the StableHLO backend
uses, out-of-bounds accesses are not checked); failing `malloc`. The buffers
a function allocated before a failed check are not freed (a leak per failed
call, not a crash).
"""

from typing import List

from torch_mlir import ir

__all__ = [
    "CHECK_FAILED_FUNCTION",
    "RUNTIME_CHECK_MESSAGES_ATTR",
    "UNREWRITTEN_CHECKS_ATTR",
    "checks_to_early_returns",
    "read_check_messages",
]

CHECK_FAILED_FUNCTION = "refbackend_runtime_check_failed"
# Module attributes: [message of check 0, 1, ...]; the count of asserts left as they were.
RUNTIME_CHECK_MESSAGES_ATTR = "refback.runtime_check_messages"
UNREWRITTEN_CHECKS_ATTR = "refback.unrewritten_runtime_checks"


def _function_of(op: ir.Operation):
    """The func.func whose body block holds `op` directly, or None."""
    parent = op.parent
    if parent is None or parent.name != "func.func":
        return None
    if ir.FunctionType(ir.TypeAttr(parent.attributes["function_type"]).value).results:
        return None
    return parent


def _asserts_by_block(module: ir.Module):
    """[(block, [its cf.asserts])], each block once."""
    by_block = []

    def visit(op):
        if op.name == "cf.assert":
            for block, asserts in by_block:
                if block == op.block:
                    asserts.append(op)
                    break
            else:
                by_block.append((op.block, [op]))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return by_block


def _message_of(assert_op) -> str:
    message = ir.StringAttr(assert_op.attributes["msg"]).value
    # The lowerings' own checks ("mismatched size for broadcast") do not say
    # where they come from; the op's location names the TorchScript op.
    if "Location:" not in message:
        message += f" (at {assert_op.location})"
    return message


def _replace_assert(assert_op, check_id: int, rest: ir.Block, failed: ir.Block, i64):
    """Replaces `assert_op` by a branch to `rest` or `failed`; returns the new ops."""
    with ir.InsertionPoint(assert_op), assert_op.location:
        constant = ir.Operation.create(
            "arith.constant", results=[i64], attributes={"value": ir.IntegerAttr.get(i64, check_id)}
        )
        branch = ir.Operation.create(
            "cf.cond_br",
            operands=[assert_op.operands[0], constant.result],
            successors=[rest, failed],
            attributes={"operandSegmentSizes": ir.DenseI32ArrayAttr.get([1, 0, 1])},
        )
    assert_op.erase()
    return [constant, branch]


def _declare_callback(module: ir.Module, i64: ir.Type) -> None:
    with ir.InsertionPoint.at_block_begin(module.body):
        ir.Operation.create(
            "func.func",
            attributes={
                "sym_name": ir.StringAttr.get(CHECK_FAILED_FUNCTION),
                "sym_visibility": ir.StringAttr.get("private"),
                "function_type": ir.TypeAttr.get(ir.FunctionType.get([i64], [])),
                "llvm.emit_c_interface": ir.UnitAttr.get(),
            },
            regions=1,
        )


def _failure_block(function: ir.Operation, i64: ir.Type, location: ir.Location) -> ir.Block:
    """A block at the end of `function` that reports its i64 argument and returns."""
    block = function.regions[0].blocks.append(i64, arg_locs=[location])
    with ir.InsertionPoint(block), location:
        ir.Operation.create(
            "func.call",
            operands=[block.arguments[0]],
            attributes={"callee": ir.FlatSymbolRefAttr.get(CHECK_FAILED_FUNCTION)},
        )
        ir.Operation.create("func.return")
    return block


def checks_to_early_returns(module: ir.Module) -> int:
    """Rewrites the module's `cf.assert`s (see the module docstring); returns
    how many were rewritten."""
    with module.context, ir.Location.unknown():
        i64 = ir.IntegerType.get_signless(64)
        messages: List[str] = []
        unrewritten = 0
        failure_blocks = {}
        for block, asserts in _asserts_by_block(module):
            function = _function_of(asserts[0])
            if function is None:
                unrewritten += len(asserts)
                continue
            key = ir.StringAttr(function.attributes["sym_name"]).value
            if key not in failure_blocks:
                failure_blocks[key] = _failure_block(function, i64, asserts[0].location)
            operations = list(block.operations)
            # Last first: each split moves only the ops up to the previous
            # split, then the branch that replaced its assert.
            end, branch = len(operations), []
            positions = [i for i, op in enumerate(operations) if op.name == "cf.assert"]
            for position in reversed(positions):
                assert_op = operations[position]
                messages.append(_message_of(assert_op))
                rest = block.create_after()
                for moved in operations[position + 1 : end] + branch:
                    rest.append(moved)
                branch = _replace_assert(
                    assert_op, len(messages) - 1, rest, failure_blocks[key], i64
                )
                end = position
        if messages:
            _declare_callback(module, i64)
            module.operation.attributes[RUNTIME_CHECK_MESSAGES_ATTR] = ir.ArrayAttr.get(
                [ir.StringAttr.get(m) for m in messages]
            )
        if unrewritten:
            module.operation.attributes[UNREWRITTEN_CHECKS_ATTR] = ir.IntegerAttr.get(
                i64, unrewritten
            )
    return len(messages)


def read_check_messages(module: ir.Module) -> List[str]:
    """The messages of the rewritten checks, by id ([] if there are none)."""
    attributes = module.operation.attributes
    if RUNTIME_CHECK_MESSAGES_ATTR not in attributes:
        return []
    return [ir.StringAttr(m).value for m in ir.ArrayAttr(attributes[RUNTIME_CHECK_MESSAGES_ATTR])]
