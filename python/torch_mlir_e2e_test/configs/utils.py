"""Converting trace values between torch tensors and numpy arrays.

Backends that execute compiled code (the RefBackend) take and return numpy
arrays; traces hold torch tensors. Both helpers walk tuples, lists and dicts
and pass str, float and int through.
"""

from typing import Any

import numpy as np
import torch


def recursively_convert_to_numpy(o: Any):
    if isinstance(o, torch.Tensor):
        # numpy has no bfloat16: such tensors reach the backend as they are
        # (the RefBackend passes their bits).
        if o.dtype == torch.bfloat16:
            return o
        return o.numpy()
    if isinstance(o, tuple):
        return tuple(recursively_convert_to_numpy(x) for x in o)
    if isinstance(o, list):
        return [recursively_convert_to_numpy(x) for x in o]
    if isinstance(o, dict):
        return {k: recursively_convert_to_numpy(v) for k, v in o.items()}
    # bool is an int, so it passes through too.
    if isinstance(o, (str, float, int)):
        return o
    raise Exception(f"Unexpected Python function input: {o}")


def recursively_convert_from_numpy(o: Any):
    if isinstance(o, np.ndarray):
        return torch.from_numpy(o)
    # Results numpy cannot hold (bfloat16) already come back as tensors.
    if isinstance(o, torch.Tensor):
        return o
    if isinstance(o, tuple):
        return tuple(recursively_convert_from_numpy(x) for x in o)
    if isinstance(o, list):
        return [recursively_convert_from_numpy(x) for x in o]
    if isinstance(o, dict):
        return {k: recursively_convert_from_numpy(v) for k, v in o.items()}
    # numpy scalar types (np.float32(1.0), np.int64(3), np.bool_) count too.
    if isinstance(o, (str, float, int, np.number, np.bool_)):
        return o.item() if isinstance(o, (np.number, np.bool_)) else o
    raise Exception(f"Unexpected Python function output: {o}")
