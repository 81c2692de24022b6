"""`torch_mlir.migration.values`: differences between two paths' outputs."""

import math

import torch

from torch_mlir.migration.values import diff_outputs, diff_values, format_difference


def test_identical_and_close_tensors_agree():
    a = torch.tensor([1.0, 2.0, 4.0])
    (same,) = diff_values(a, a.clone())
    assert same.agree and same.max_abs == 0 and same.max_rel == 0
    (close,) = diff_values(a, a + 1e-7)
    assert close.agree and 0 < close.max_abs < 1e-6


def test_float32_tolerance_is_assert_close_default_not_the_harness_one():
    a = torch.tensor([1.0, 2.0])
    # 1e-4 relative passes the harness (rtol 1e-3) but not assert_close.
    (diff,) = diff_values(a, a * (1 + 1e-4))
    assert not diff.agree
    assert math.isclose(diff.max_rel, 1e-4, rel_tol=1e-2)
    assert math.isclose(diff.max_abs, 2e-4, rel_tol=1e-2)
    (loose,) = diff_values(a, a * (1 + 1e-4), tolerances=(1e-3, 0.0))
    assert loose.agree


def test_relative_difference_is_symmetric():
    a, b = torch.tensor([2.0]), torch.tensor([1.0])
    assert diff_values(a, b)[0].max_rel == diff_values(b, a)[0].max_rel == 0.5


def test_nan_positions_must_match():
    a = torch.tensor([1.0, float("nan")])
    assert diff_values(a, a.clone())[0].agree
    (diff,) = diff_values(a, torch.tensor([1.0, 3.0]))
    assert not diff.agree and diff.max_abs == math.inf


def test_integers_must_be_equal():
    a = torch.tensor([1, 2, 3])
    assert diff_values(a, a.clone())[0].agree
    (diff,) = diff_values(a, torch.tensor([1, 2, 4]))
    assert not diff.agree and diff.max_abs == 1.0
    (scalar,) = diff_values(3, 4)
    assert not scalar.agree and scalar.max_abs == 1.0


def test_shape_dtype_and_structure_mismatches_are_notes():
    a = torch.zeros(2, 3)
    assert "shape [2, 3] vs [3, 2]" in diff_values(a, torch.zeros(3, 2))[0].note
    assert "dtype" in diff_values(a, a.double())[0].note
    assert "length 2 vs 1" in diff_values([a, a], [a])[0].note
    assert "type" in diff_values(a, 1.0)[0].note


def test_nested_outputs_are_compared_leaf_by_leaf_with_paths():
    a = (torch.ones(2), {"x": torch.ones(1), "y": 3})
    b = (torch.ones(2), {"x": torch.full((1,), 2.0), "y": 3})
    diff = diff_outputs(a, b)
    assert [v.path for v in diff.values] == ["output[0]", "output[1]['x']", "output[1]['y']"]
    assert not diff.agree and diff.max_abs == 1.0
    assert [v.path for v in diff.disagreements()] == ["output[1]['x']"]


def test_single_element_tuples_equal_bare_values():
    a = torch.ones(2)
    assert diff_outputs((a,), a.clone()).agree


def test_json_form_has_no_infinities():
    import json

    diff = diff_outputs(torch.zeros(2), torch.zeros(3))
    text = json.dumps(diff.to_dict(), allow_nan=False)
    assert '"inf"' in text


def test_format_difference():
    assert format_difference(0.0) == "0"
    assert format_difference(math.inf) == "inf"
    assert format_difference(1.23456e-7) == "1.2e-07"
    assert format_difference(None) == ""
