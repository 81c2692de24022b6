"""The warning policy of `compile`: TorchScript is deprecated in PyTorch.

`torch.jit.script` / `torch.jit.trace*` emit a `DeprecationWarning` on every
call. Inside `compile` those are recorded and dropped; in their place
`compile` issues one `TorchScriptDeprecationWarning` per process, at the
caller's line, before doing any work, so that under `-W error` the first call
raises at once and loses nothing. Warnings from anything else pass through
unchanged.
"""

import contextlib
import re
import warnings


class TorchScriptDeprecationWarning(DeprecationWarning):
    """TorchScript, which `compile` is built on, is deprecated in PyTorch."""


# `torch.jit.script`, `torch.jit.trace`, `torch.jit.trace_module`, ... :
# "`torch.jit.x` is deprecated. ..." or "... is not supported in Python 3.14+".
_TORCHSCRIPT_DEPRECATION = r"`torch\.jit\.\w+` is (deprecated|not supported)"
_reemitted_warnings_registry: dict = {}
_warned_about_torchscript = False


def _is_torchscript_deprecation(recorded: warnings.WarningMessage) -> bool:
    return issubclass(recorded.category, DeprecationWarning) and bool(
        re.match(_TORCHSCRIPT_DEPRECATION, str(recorded.message))
    )


def warn_torchscript_deprecated_once() -> None:
    """Issued before any work, so that an "error" filter loses nothing; the
    flag is set only once the warning was shown (or ignored), so that under
    such a filter every call raises alike until the caller filters it.

    Must be called by `compile` itself: the warning points at compile's caller.
    """
    global _warned_about_torchscript
    if _warned_about_torchscript:
        return
    warnings.warn(
        "torch_mlir.torchscript.compile relies on TorchScript (torch.jit.script/"
        "trace), which PyTorch has deprecated; new code should use "
        "torch_mlir.fx.export_and_import. (TorchScript's own "
        "DeprecationWarnings are suppressed inside compile; filter this one with "
        "warnings.filterwarnings('ignore', category=TorchScriptDeprecationWarning) "
        "or -W ignore::DeprecationWarning.)",
        TorchScriptDeprecationWarning,
        # This function, compile, its caller.
        stacklevel=3,
    )
    _warned_about_torchscript = True


def warn_use_make_fx_deprecated() -> None:
    """Must be called by `compile` itself: the warning points at compile's caller."""
    warnings.warn(
        "compile(use_make_fx=...) is deprecated and will be removed; "
        "use torch_mlir.fx.export_and_import for FX-based import.",
        DeprecationWarning,
        # This function, compile, its caller.
        stacklevel=3,
    )


@contextlib.contextmanager
def torchscript_deprecations_collapsed():
    """Drops TorchScript's DeprecationWarnings (see the module docstring)."""
    try:
        with warnings.catch_warnings(record=True) as recorded:
            # "always" overrides a caller's "error": these are recorded, not raised.
            warnings.filterwarnings(
                "always", message=_TORCHSCRIPT_DEPRECATION, category=DeprecationWarning
            )
            yield
    finally:
        for warning in recorded:
            if _is_torchscript_deprecation(warning):
                continue
            warnings.warn_explicit(
                warning.message,
                warning.category,
                warning.filename,
                warning.lineno,
                registry=_reemitted_warnings_registry,
                source=warning.source,
            )
