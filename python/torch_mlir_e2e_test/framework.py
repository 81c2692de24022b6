"""How one e2e test runs: golden traces, configs and results.

(Initial version: the data types and `TestUtils`; the runner is added by the
harness work.)
"""

import abc
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Union

import torch

TorchScriptValue = Union[int, float, List["TorchScriptValue"], Dict[Any, "TorchScriptValue"], torch.Tensor]


class TraceItem(NamedTuple):
    # The dotted path of the called method, e.g. "forward" or "m.m2.forward".
    symbol: str
    inputs: List[TorchScriptValue]
    output: TorchScriptValue


Trace = List[TraceItem]


class TestUtils:
    """Deterministic input factories handed to each test invoker."""

    def __init__(self):
        torch.manual_seed(0)

    def rand(self, *sizes, low=0.0, high=1.0):
        return torch.empty(sizes).uniform_(low, high)

    def randint(self, *sizes, low=0, high=10, dtype=torch.int64):
        return torch.randint(low, high, sizes, dtype=dtype)

    def nans(self, *sizes):
        return torch.empty(sizes).fill_(float("nan"))


class Test(NamedTuple):
    unique_name: str
    program_factory: Callable[[], torch.nn.Module]
    program_invoker: Callable[[Any, TestUtils], None]
    timeout_seconds: int


class TestResult(NamedTuple):
    unique_name: str
    compilation_error: Optional[str]
    runtime_error: Optional[str]
    trace: Optional[Trace]
    golden_trace: Optional[Trace]
