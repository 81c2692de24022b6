"""Configs for the paired-runner tests; a module of its own so that workers
can import them by name (the pool sends configs with dill)."""

import os

from torch_mlir_e2e_test.configs import NativeTorchTestConfig


class AbortingConfig(NativeTorchTestConfig):
    """Kills its process while compiling, after printing what the RefBackend's
    runtime checks print before they abort."""

    def compile(self, program, verbose=False):
        os.write(1, b"ERROR: Runtime op verification failed\n^ out-of-bounds access\n")
        os.abort()


class NoisyFailingConfig(NativeTorchTestConfig):
    """Prints a diagnostic on fd 2 and raises, as the core's pass runner does."""

    def compile(self, program, verbose=False):
        os.write(2, b"loc(\"x.py\":1:0): error: failed to legalize operation 'torch.aten.foo'\n")
        raise RuntimeError("Failure while executing pass pipeline")


class ScaledConfig(NativeTorchTestConfig):
    """Runs eagerly, then scales float outputs: numbers that differ by `factor`."""

    def __init__(self, factor):
        self.factor = factor

    def run(self, artifact, trace):
        trace = super().run(artifact, trace)
        return [item._replace(output=item.output * self.factor) for item in trace]
