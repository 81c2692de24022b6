"""How many tensor values of a module are fully shaped, for `compile(..., verbose=True)`.

A tensor value is fully shaped when its type has sizes, none of them `?`,
and a dtype: `!torch.vtensor<[2,128,768],f32>`, not `!torch.vtensor<[?,128,768],f32>`,
`!torch.vtensor<[2,3],unk>` or `!torch.tensor`. Op results and block
arguments are counted (function arguments too: they are block arguments).
"""

import re
from typing import Dict, Tuple

from torch_mlir import ir

_TENSOR_TYPE = re.compile(r"^!torch\.v?tensor(<(?P<body>.*)>)?$")


def _fully_shaped(type_text: str, cache: Dict[str, bool]) -> bool:
    known = cache.get(type_text)
    if known is None:
        match = _TENSOR_TYPE.match(type_text)
        body = match.group("body") if match else None
        known = bool(body) and "?" not in body and not body.endswith(",unk") and body[0] == "["
        cache[type_text] = known
    return known


def shaped_tensor_counts(module) -> Tuple[int, int]:
    """(fully shaped tensor values, tensor values) of `module`."""
    counts = [0, 0]
    # One string conversion per distinct type (types are uniqued).
    cache: Dict[str, bool] = {}
    names: Dict[ir.Type, str] = {}

    def count(value_type) -> None:
        text = names.get(value_type)
        if text is None:
            text = names[value_type] = str(value_type)
        if text.startswith("!torch.tensor") or text.startswith("!torch.vtensor"):
            counts[1] += 1
            counts[0] += _fully_shaped(text, cache)

    def visit(operation):
        for result in operation.results:
            count(result.type)
        for region in operation.regions:
            for block in region.blocks:
                for argument in block.arguments:
                    count(argument.type)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return counts[0], counts[1]


def shape_report_line(stage: str, module) -> str:
    shaped, total = shaped_tensor_counts(module)
    return f"Fully shaped tensor values {stage}: {shaped} of {total}"
