"""Tests that fail, crash or hang on purpose, to exercise the harness."""

import ctypes
import os
import signal
import time

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


class NoiseModule(torch.nn.Module):
    # Unseeded randomness: the replay differs from the golden run.
    @export
    @annotate_args([None, ([3], torch.float32, True)])
    def forward(self, x):
        return x + torch.rand(3)


@register_test_case(module_factory=lambda: NoiseModule())
def WrongNoiseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3))


class IdentityModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3], torch.float32, True)])
    def forward(self, x):
        return x


@register_test_case(module_factory=lambda: IdentityModule())
def CrashNullPointer_basic(module, tu: TestUtils):
    # Like an LLVM fatal error before a segfault in a pass.
    os.write(2, b"LLVM ERROR: a pass gave up\n")
    ctypes.string_at(0)  # reads address 0: SIGSEGV


@register_test_case(module_factory=lambda: IdentityModule())
def CrashAbort_basic(module, tu: TestUtils):
    # Like a failed runtime check of JIT-compiled code: its report on file
    # descriptor 1, then abort().
    os.write(
        1,
        b"ERROR: Runtime op verification failed\n"
        b"%1 = memref.load %0[%i] : memref<4xf32>\n"
        b"^ out-of-bounds access\n"
        b'Location: loc("aten::index_select"("m.py":3:4))\n',
    )
    os.abort()


@register_test_case(module_factory=lambda: IdentityModule(), timeout_seconds=1)
def HangSleep_basic(module, tu: TestUtils):
    time.sleep(60)  # the in-process SIGALRM interrupts this


@register_test_case(module_factory=lambda: IdentityModule(), timeout_seconds=1)
def HangUninterruptible_basic(module, tu: TestUtils):
    # With SIGALRM blocked only the worker pool's hard deadline can stop it.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)
