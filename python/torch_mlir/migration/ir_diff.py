"""Op-level differences between the torch-backend IR of the two paths.

Both paths end in the same torch backend contract (value-semantic
`!torch.vtensor`s, decomposed aten ops), so their modules can be compared op
by op: how often each op occurs, which ops only one side has, and how the
public functions' signatures differ, including which dims are dynamic (`?`).
"""

import collections
import re
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from torch_mlir import ir

# Printed IR keeps at most this many elements of a literal (weights elided).
IR_TEXT_ELEMENT_LIMIT = 16

_VTENSOR = re.compile(r"^!torch\.vtensor<\[([^\]]*)\],(\w+)>$")


def ir_text(module: ir.Module) -> str:
    """The module as text, with large literals and resource blobs elided."""
    return module.operation.get_asm(
        large_elements_limit=IR_TEXT_ELEMENT_LIMIT, large_resource_limit=IR_TEXT_ELEMENT_LIMIT
    )


def op_histogram(module: ir.Module) -> Dict[str, int]:
    """Op name -> number of occurrences, in all functions and nested regions."""
    counts = collections.Counter()

    def count(op):
        counts[op.name] += 1
        return ir.WalkResult.ADVANCE

    module.operation.walk(count)
    del counts["builtin.module"]
    return dict(sorted(counts.items()))


@dataclass
class FunctionSignature:
    name: str
    arguments: List[str]
    results: List[str]

    def to_dict(self):
        return asdict(self)


def function_signatures(module: ir.Module) -> Dict[str, FunctionSignature]:
    """The public functions of the module, by name."""
    signatures = {}
    for op in module.body.operations:
        if op.operation.name != "func.func" or "sym_visibility" in op.attributes:
            continue
        name = ir.StringAttr(op.attributes["sym_name"]).value
        function_type = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
        signatures[name] = FunctionSignature(
            name, [str(t) for t in function_type.inputs], [str(t) for t in function_type.results]
        )
    return signatures


@dataclass
class SignatureDifference:
    function: str
    position: str  # "argument 0", "result 1", or "function"
    torchscript: str
    pt2: str
    note: str

    def to_dict(self):
        return asdict(self)


def _tensor_dims(type_text: str) -> Optional[Tuple[List[str], str]]:
    match = _VTENSOR.match(type_text)
    if not match:
        return None
    dims = [d.strip() for d in match.group(1).split(",")] if match.group(1) else []
    return dims, match.group(2)


def _describe_type_difference(torchscript: str, pt2: str) -> str:
    ts_tensor, pt2_tensor = _tensor_dims(torchscript), _tensor_dims(pt2)
    if ts_tensor is None or pt2_tensor is None:
        return "different types"
    (ts_dims, ts_dtype), (pt2_dims, pt2_dtype) = ts_tensor, pt2_tensor
    notes = []
    if ts_dtype != pt2_dtype:
        notes.append(f"dtype {ts_dtype} vs {pt2_dtype}")
    if len(ts_dims) != len(pt2_dims):
        notes.append(f"rank {len(ts_dims)} vs {len(pt2_dims)}")
        return "; ".join(notes)
    for i, (a, b) in enumerate(zip(ts_dims, pt2_dims)):
        if a == b:
            continue
        if a == "?":
            notes.append(f"dim {i} dynamic only in TorchScript")
        elif b == "?":
            notes.append(f"dim {i} dynamic only in pt2")
        else:
            notes.append(f"dim {i} is {a} vs {b}")
    return "; ".join(notes)


def _diff_types(function, kind, ts_types, pt2_types) -> List[SignatureDifference]:
    differences = []
    if len(ts_types) != len(pt2_types):
        differences.append(
            SignatureDifference(
                function,
                "function",
                str(len(ts_types)),
                str(len(pt2_types)),
                f"{len(ts_types)} vs {len(pt2_types)} {kind}s",
            )
        )
    for i, (a, b) in enumerate(zip(ts_types, pt2_types)):
        if a != b:
            note = _describe_type_difference(a, b)
            differences.append(SignatureDifference(function, f"{kind} {i}", a, b, note))
    return differences


def diff_signatures(
    torchscript: Dict[str, FunctionSignature], pt2: Dict[str, FunctionSignature]
) -> List[SignatureDifference]:
    differences = []
    for name in sorted(set(torchscript) | set(pt2)):
        if name not in pt2 or name not in torchscript:
            side = "TorchScript" if name in torchscript else "pt2"
            ts_text = "present" if name in torchscript else "absent"
            pt2_text = "present" if name in pt2 else "absent"
            note = f"function only in {side}"
            differences.append(SignatureDifference(name, "function", ts_text, pt2_text, note))
            continue
        a, b = torchscript[name], pt2[name]
        differences += _diff_types(name, "argument", a.arguments, b.arguments)
        differences += _diff_types(name, "result", a.results, b.results)
    return differences


@dataclass
class OpCount:
    op: str
    torchscript: int
    pt2: int

    def to_dict(self):
        return asdict(self)


@dataclass
class IrDiff:
    """How the torch-backend IR of the two paths differs."""

    torchscript_ops: Dict[str, int]
    pt2_ops: Dict[str, int]
    signature_differences: List[SignatureDifference] = field(default_factory=list)

    def op_counts(self) -> List[OpCount]:
        """Every op of either side with both counts, sorted by name."""
        names = sorted(set(self.torchscript_ops) | set(self.pt2_ops))
        return [OpCount(n, self.torchscript_ops.get(n, 0), self.pt2_ops.get(n, 0)) for n in names]

    def only_torchscript(self) -> List[OpCount]:
        return [c for c in self.op_counts() if c.pt2 == 0]

    def only_pt2(self) -> List[OpCount]:
        return [c for c in self.op_counts() if c.torchscript == 0]

    def count_differences(self) -> List[OpCount]:
        """Ops both sides have, but not equally often."""
        return [c for c in self.op_counts() if c.torchscript and c.pt2 and c.torchscript != c.pt2]

    @property
    def identical_ops(self) -> bool:
        return self.torchscript_ops == self.pt2_ops

    def to_dict(self):
        return {
            "identical_ops": self.identical_ops,
            "op_counts": [c.to_dict() for c in self.op_counts()],
            "only_torchscript": [c.op for c in self.only_torchscript()],
            "only_pt2": [c.op for c in self.only_pt2()],
            "count_differences": [c.to_dict() for c in self.count_differences()],
            "signature_differences": [d.to_dict() for d in self.signature_differences],
        }
