"""Shared by the reliability tests: outcome records, the "still works" check,
and a child process that runs cases which might crash the interpreter.

A case is run either in the pytest process or in a child; both produce the
same JSON-able *outcome record*, so one assertion checks both:

    {"id": ..., "outcome": "raised" | "returned" | "crashed" | "hung",
     "type": "builtins.ValueError", "message": str(exception) or the returned
     text, "still_works": None or what went wrong afterwards}
"""

import json
import os
import subprocess
import sys
import tempfile
import warnings
from typing import Callable, Dict, List, Optional, Sequence

HERE = os.path.dirname(os.path.abspath(__file__))


def quiet_torchscript_warnings() -> None:
    # TorchScript's DeprecationWarnings (and quantization's UserWarnings)
    # would only bury the output of a child process.
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", FutureWarning)
    warnings.simplefilter("ignore", UserWarning)


def still_works() -> Optional[str]:
    """Imports and compiles a normal model; None, or what went wrong."""
    import torch
    from reliability_models import Tanh

    from torch_mlir import torchscript
    from torch_mlir.jit_ir_importer import ModuleBuilder

    try:
        mb = ModuleBuilder()
        mb.import_module(torch.jit.script(Tanh())._c)
        if not mb.module.operation.verify():
            return "the imported module does not verify"
        module = torchscript.compile(Tanh(), torch.ones(2, 3), output_type="torch")
        if "torch.aten.tanh %arg0 : !torch.vtensor<[2,3],f32>" not in str(module):
            return f"unexpected compile result:\n{module}"
    except BaseException as e:  # noqa: BLE001 - reported, not swallowed
        return f"{type(e).__name__}: {e}"
    return None


def type_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def run_case(case_id: str, function: Callable[[], object]) -> dict:
    """Runs `function`, then the still-works check; returns the outcome record."""
    record = {"id": case_id}
    try:
        returned = function()
    except BaseException as e:  # noqa: BLE001
        record.update(outcome="raised", type=type_name(type(e)), message=str(e))
    else:
        record.update(outcome="returned", type=None, message=str(returned))
    record["still_works"] = still_works()
    return record


# --- Running cases in a child process ---------------------------------------
#
# The child imports the test module, looks the cases up by id in its `CASES`,
# and appends one JSON line per event to a results file: {"start": id} before
# a case, then its record. A crash therefore leaves the id of the case that
# was running; the parent records it and starts a new child for the rest.

_CHILD_MAIN = """
import json, sys
sys.path[:0] = {paths!r}
import reliability_support
reliability_support.quiet_torchscript_warnings()
import {module} as cases_module
cases = {{case.id: case for case in cases_module.CASES}}
with open({results!r}, "a") as results:
    for case_id in {case_ids!r}:
        results.write(json.dumps({{"start": case_id}}) + "\\n")
        results.flush()
        record = reliability_support.run_case(case_id, cases[case_id].run)
        results.write(json.dumps(record) + "\\n")
        results.flush()
"""


def _read_results(path: str):
    started, records = None, {}
    with open(path) as f:
        for line in f:
            event = json.loads(line)
            if "start" in event:
                started = event["start"]
            else:
                records[event["id"]] = event
                started = None
    return started, records


def run_cases_in_child(
    module: str, case_ids: Sequence[str], timeout: float = 600
) -> Dict[str, dict]:
    """Runs the cases of test module `module` in child processes.

    Returns a record per case id; a case that killed its child is "crashed"
    (with the exit status and the end of stderr), one that outlived `timeout`
    is "hung". Each child's exit status is in the pseudo-record "<exit codes>".
    """
    remaining: List[str] = list(case_ids)
    records: Dict[str, dict] = {}
    exit_codes = []
    with tempfile.TemporaryDirectory() as tmp:
        results = os.path.join(tmp, "results.jsonl")
        while remaining:
            code = _CHILD_MAIN.format(
                paths=[HERE], module=module, results=results, case_ids=remaining
            )
            try:
                child = subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    timeout=timeout,
                    cwd=HERE,
                )
                status, stderr = child.returncode, child.stderr
            except subprocess.TimeoutExpired as e:
                stderr = e.stderr or ""
                if isinstance(stderr, bytes):
                    stderr = stderr.decode(errors="replace")
                status = "timeout"
            exit_codes.append(status)
            started, done = (None, {}) if not os.path.exists(results) else _read_results(results)
            records.update(done)
            if started is not None:
                records[started] = {
                    "id": started,
                    "outcome": "hung" if status == "timeout" else "crashed",
                    "type": None,
                    "message": f"child exit status {status}; stderr ends with:\n{stderr[-3000:]}",
                    "still_works": None,
                }
            elif status != 0 and not done:
                # Died before running anything: every case fails the same way.
                for case_id in remaining:
                    records[case_id] = {
                        "id": case_id,
                        "outcome": "crashed",
                        "type": None,
                        "message": f"child exit status {status} before any case:\n{stderr[-3000:]}",
                        "still_works": None,
                    }
            remaining = [c for c in remaining if c not in records]
    records["<exit codes>"] = {"codes": exit_codes}
    return records


def assert_outcome(
    record: dict,
    error: Optional[type],
    fragments: Sequence[str],
) -> None:
    """The case raised exactly `error` (or returned, when `error` is None),
    the message (or returned text) contains every fragment, and a normal model
    could be imported and compiled afterwards in the same process."""
    outcome, message = record["outcome"], record["message"]
    assert outcome not in ("crashed", "hung"), f"{record['id']} {outcome}: {message}"
    if error is None:
        assert outcome == "returned", f"expected success, got {record['type']}: {message}"
    else:
        assert outcome == "raised", f"expected {type_name(error)}, but it returned: {message}"
        assert record["type"] == type_name(error), f"{record['type']}: {message}"
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"
    assert record["still_works"] is None, (
        f"after {record['id']}, a normal model no longer imports/compiles: {record['still_works']}"
    )
