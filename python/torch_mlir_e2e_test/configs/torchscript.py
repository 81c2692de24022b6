"""Runs the program after `torch.jit.script`, i.e. on the TorchScript interpreter."""

import functools

import torch

from ..framework import TestConfig, Trace, TraceItem


class TorchScriptTestConfig(TestConfig):
    """`compile` scripts the program; `run` calls the (dotted) symbols on it."""

    def compile(self, program: torch.nn.Module, verbose: bool = False) -> torch.jit.ScriptModule:
        return torch.jit.script(program)

    def run(self, artifact: torch.jit.ScriptModule, trace: Trace) -> Trace:
        result: Trace = []
        for item in trace:
            target = functools.reduce(getattr, item.symbol.split("."), artifact)
            result.append(TraceItem(item.symbol, item.inputs, target(*item.inputs)))
        return result
