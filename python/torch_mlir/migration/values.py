"""How far apart the outputs of two compilation paths are.

`diff_values(a, b)` walks two program outputs (tensors, scalars, and tuples,
lists and dicts of them) in step and returns one `ValueDiff` per leaf: the
largest absolute difference, the largest relative difference and whether the
two agree. Agreement uses the tolerances of `torch.testing.assert_close` for
the dtype (so float32 values agree when |a - b| <= 1e-5 + 1.3e-6 * |b|);
integers, booleans and strings must be equal. These are deliberately tighter
than the e2e harness's golden comparison (rtol 1e-3): two paths that each
pass against PyTorch can still compute visibly different numbers, and that
is what a migration needs to know.

The relative difference of two elements is |a - b| / max(|a|, |b|), which is
symmetric (neither path is the reference). NaN equals NaN; NaN against a
number, or a shape, dtype, type or length mismatch, counts as an infinite
difference.
"""

import math
from dataclasses import asdict, dataclass
from typing import Any, Dict, List, Optional, Tuple

import torch

# dtype -> (rtol, atol): the defaults of torch.testing.assert_close.
_FLOAT_TOLERANCES: Dict[torch.dtype, Tuple[float, float]] = {
    torch.float16: (1e-3, 1e-5),
    torch.bfloat16: (1.6e-2, 1e-5),
    torch.float32: (1.3e-6, 1e-5),
    torch.float64: (1e-7, 1e-7),
    torch.complex32: (1e-3, 1e-5),
    torch.complex64: (1.3e-6, 1e-5),
    torch.complex128: (1e-7, 1e-7),
}
# Python floats mostly come out of float32 computations (e.g. `.item()` on
# a float32 tensor, done in a different order by each path), so they get
# the float32 tolerances rather than float64's.
_PYTHON_FLOAT_TOLERANCES = _FLOAT_TOLERANCES[torch.float32]


@dataclass
class ValueDiff:
    """The difference between two values at one place of an output."""

    path: str  # e.g. "output", "output[1]", "output['logits']"
    max_abs: float
    max_rel: float
    agree: bool
    note: str = ""  # why the values could not be compared element-wise

    def to_dict(self) -> Dict[str, Any]:
        return {k: _json_number(v) for k, v in asdict(self).items()}


@dataclass
class OutputDiff:
    """All leaf differences between two outputs (or traces of outputs)."""

    values: List[ValueDiff]

    @property
    def agree(self) -> bool:
        return all(v.agree for v in self.values)

    @property
    def max_abs(self) -> float:
        return max((v.max_abs for v in self.values), default=0.0)

    @property
    def max_rel(self) -> float:
        return max((v.max_rel for v in self.values), default=0.0)

    def disagreements(self) -> List[ValueDiff]:
        return [v for v in self.values if not v.agree]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "agree": self.agree,
            "max_abs": _json_number(self.max_abs),
            "max_rel": _json_number(self.max_rel),
            "values": [v.to_dict() for v in self.values],
        }


def _json_number(value):
    """JSON has no inf/nan: write them as strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _mismatch(path: str, note: str) -> ValueDiff:
    return ValueDiff(path, math.inf, math.inf, False, note)


def _unwrap_single(value):
    # Configs return a single result bare or as a 1-tuple; treat both alike.
    if isinstance(value, tuple) and len(value) == 1:
        return value[0]
    return value


def diff_values(a, b, path: str = "output", tolerances=None) -> List[ValueDiff]:
    """The leaf-by-leaf differences between values `a` and `b`.

    `tolerances=(rtol, atol)` overrides the per-dtype defaults for floating
    point leaves.
    """
    a, b = _unwrap_single(a), _unwrap_single(b)
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)):
            return [_mismatch(path, f"type {type(a).__name__} vs {type(b).__name__}")]
        return [_diff_tensors(a, b, path, tolerances)]
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        if len(a) != len(b):
            return [_mismatch(path, f"length {len(a)} vs {len(b)}")]
        return [
            diff
            for i, (x, y) in enumerate(zip(a, b))
            for diff in diff_values(x, y, f"{path}[{i}]", tolerances)
        ]
    if isinstance(a, dict) and isinstance(b, dict):
        keys_a, keys_b = sorted(a, key=repr), sorted(b, key=repr)
        if keys_a != keys_b:
            return [_mismatch(path, f"keys {keys_a} vs {keys_b}")]
        return [
            diff for k in keys_a for diff in diff_values(a[k], b[k], f"{path}[{k!r}]", tolerances)
        ]
    if isinstance(a, float) or isinstance(b, float):
        if not all(isinstance(x, (int, float)) for x in (a, b)):
            return [_mismatch(path, f"type {type(a).__name__} vs {type(b).__name__}")]
        rtol, atol = tolerances or _PYTHON_FLOAT_TOLERANCES
        return [_diff_tensors(torch.tensor(float(a)), torch.tensor(float(b)), path, (rtol, atol))]
    if type(a) is not type(b) and not (isinstance(a, int) and isinstance(b, int)):
        return [_mismatch(path, f"type {type(a).__name__} vs {type(b).__name__}")]
    if a == b:
        return [ValueDiff(path, 0.0, 0.0, True)]
    if isinstance(a, int):
        difference = float(abs(a - b))
        return [ValueDiff(path, difference, difference / max(abs(a), abs(b)), False)]
    return [_mismatch(path, f"{a!r} vs {b!r}")]


def _diff_tensors(a: torch.Tensor, b: torch.Tensor, path: str, tolerances) -> ValueDiff:
    if a.shape != b.shape:
        return _mismatch(path, f"shape {list(a.shape)} vs {list(b.shape)}")
    if a.dtype != b.dtype:
        return _mismatch(path, f"dtype {a.dtype} vs {b.dtype}")
    if a.numel() == 0:
        return ValueDiff(path, 0.0, 0.0, True)
    wide = torch.complex128 if a.is_complex() else torch.float64
    x, y = a.detach().to(wide), b.detach().to(wide)
    same = (x == y) | (torch.isnan(x) & torch.isnan(y))
    difference = torch.where(same, torch.zeros((), dtype=torch.float64), (x - y).abs())
    # NaN against a number (or inf - inf of opposite signs): infinitely apart.
    difference = torch.nan_to_num(difference, nan=math.inf)
    scale = torch.maximum(x.abs(), y.abs())
    relative = torch.where(
        difference == 0, torch.zeros((), dtype=torch.float64), difference / scale
    )
    relative = torch.nan_to_num(relative, nan=math.inf)
    if a.dtype in _FLOAT_TOLERANCES:
        rtol, atol = tolerances or _FLOAT_TOLERANCES[a.dtype]
    else:
        rtol, atol = 0.0, 0.0
    agree = bool(torch.isclose(x, y, rtol=rtol, atol=atol, equal_nan=True).all())
    return ValueDiff(path, float(difference.max()), float(relative.max()), agree)


def diff_outputs(a, b, path: str = "output", tolerances=None) -> OutputDiff:
    return OutputDiff(diff_values(a, b, path, tolerances))


def format_difference(value: Optional[float]) -> str:
    """A difference for tables: '0', '3.1e-07', 'inf', or '' when unknown."""
    if value is None:
        return ""
    if value == 0:
        return "0"
    if math.isinf(value):
        return "inf"
    return f"{value:.2g}"
