"""Runs the program as plain PyTorch: a check of the harness and the tests."""

import torch

from ..framework import TestConfig, Trace, TraceItem


class NativeTorchTestConfig(TestConfig):
    """`compile` returns the program itself; `run` calls it eagerly."""

    def compile(self, program: torch.nn.Module, verbose: bool = False) -> torch.nn.Module:
        return program

    def run(self, artifact: torch.nn.Module, trace: Trace) -> Trace:
        # Legacy behaviour: one getattr, so only top-level symbols work.
        return [
            TraceItem(item.symbol, item.inputs, getattr(artifact, item.symbol)(*item.inputs))
            for item in trace
        ]
