"""What to change in the user's code, for the pipeline errors users cause.

The core's backend-contract errors name IR constructs ("tensor with unknown
rank", "failed to legalize operation 'torch.constant.str'"), not the user's
code. The importer records each op's TorchScript source location, and the
error diagnostic carries it (e.g. `loc("prim::If"("model.py":11:8))`, or a
`callsite(...)` chain through torch's own functions). `hint_for` turns the
first error diagnostic into the user's `file:line`, the text of that line
and, when its message is one of `HINTS`, one sentence on what to change.
"""

import contextlib
import linecache
import os
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

import torch

from torch_mlir.ir import DiagnosticSeverity


@dataclass(frozen=True)
class Hint:
    # Searched in the diagnostic's message.
    message: str
    # Searched in the module as it was before the pipeline (None: any module).
    module: Optional[str]
    advice: str


# One entry per cause, most specific first; the first match wins.
HINTS: List[Hint] = [
    Hint(
        r"tensor with unknown rank",
        r"func\.func [^\n]*\) -> !torch\.list<",
        "a List[Tensor] return: return a tuple instead of a list.",
    ),
    Hint(
        r"tensor with unknown rank",
        r"torch\.aten\.(copy_|index_put_|fill_)",
        "an in-place write into a view (such as `z[:, 0] = x[:, 1]`): build the "
        "result out of place instead (torch.cat, torch.stack, torch.where).",
    ),
    Hint(
        r"non-value tensor type[\s\S]*torch\.prim\.If",
        None,
        "a data-dependent if (a condition on tensor values): trace the model "
        "(use_tracing=True) or make the condition a shape.",
    ),
    Hint(
        r"failed to legalize operation 'torch\.constant\.str'",
        None,
        "a `raise` (or assert) whose condition is not known at compile time: "
        "the backends cannot raise; check the inputs before calling the model.",
    ),
    Hint(
        r"'aten\.le\.float'|module initializers[\s\S]*(running_|num_batches_tracked)",
        None,
        "the model is in training mode (batch norm updates its statistics, "
        "dropout draws random numbers): call .eval() before compile.",
    ),
    Hint(
        r"'torch\.constant\.bool'|upsample_nearest3d|upsample_linear1d|upsample_trilinear3d",
        None,
        "F.interpolate is scripted with the branches of every input rank: trace "
        "the model (use_tracing=True) so that only your input's branch remains.",
    ),
]

# `"file":line:col` inside an MLIR location.
_FILE_LINE = re.compile(r'"([^"]+)":(\d+):\d+')
_TORCH_DIR = os.path.dirname(torch.__file__) + os.sep


def user_frame(location: str) -> Optional[Tuple[str, int]]:
    """The outermost `file`, `line` of `location` outside torch itself."""
    # Only files on disk: a module parsed from text has locations like "-":2.
    frames = [
        (file, int(line)) for file, line in _FILE_LINE.findall(location) if os.path.isfile(file)
    ]
    # A callsite chain lists the callee first; the user's code calls torch's.
    for file, line in reversed(frames):
        if not file.startswith(_TORCH_DIR):
            return file, line
    return frames[-1] if frames else None


def advice_for(message: str, module_text: str) -> Optional[str]:
    for hint in HINTS:
        if re.search(hint.message, message) and (
            hint.module is None or re.search(hint.module, module_text)
        ):
            return hint.advice
    return None


@contextlib.contextmanager
def recorded_errors(context):
    """Yields a list that collects (location, message and notes) of each error
    diagnostic emitted in `context` meanwhile; other handlers still see them."""
    errors: List[Tuple[str, str]] = []

    def record(diagnostic) -> bool:
        if diagnostic.severity == DiagnosticSeverity.ERROR:
            notes = [note.message for note in diagnostic.notes]
            errors.append((str(diagnostic.location), "\n".join([diagnostic.message, *notes])))
        return False  # not handled: the context's printer reports it as before

    handler = context.attach_diagnostic_handler(record)
    try:
        yield errors
    finally:
        handler.detach()


def hint_for(diagnostics: List[Tuple[str, str]], repro_file: str) -> str:
    """Lines to append to a pipeline failure, from its error diagnostics
    ((location, message) pairs) and the repro file (the module before the
    pipeline); "" when there is nothing to say."""
    if not diagnostics:
        return ""
    with open(repro_file) as f:
        module_text = f.read()
    location, message = diagnostics[0]
    lines = []
    frame = user_frame(location)
    if frame:
        file, line = frame
        lines.append(f"In your code, at {file}:{line}:")
        source = linecache.getline(file, line).strip()
        if source:
            lines.append(f"    {source}")
    advice = advice_for(message, module_text)
    if advice:
        lines.append(f"What to change: {advice}")
    return "\n".join(lines) + "\n" if lines else ""
