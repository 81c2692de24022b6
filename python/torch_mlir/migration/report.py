"""`MigrationReport`: the comparison of one model on both paths, as Markdown, HTML and JSON."""

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from torch_mlir._failure_reasons import error_excerpt

from . import render
from .categories import CATEGORY_BY_KEY, categorize
from .ir_diff import IrDiff
from .paths import PathResult
from .values import OutputDiff, format_difference

_STAGES = ["import", "lowering", "backend", "execution"]


@dataclass
class MigrationReport:
    """Both paths' results for one model, and how they differ.

    `category` is one of `categories.CATEGORIES` ("agree", "disagree",
    "torchscript_only", "pt2_only", "both_fail"); `paths_diff` compares the
    two paths' outputs (None unless both ran); `ir_diff` compares their
    torch-backend IR (None unless both imported).
    """

    model_name: str
    output_type: str
    inputs: List[str]  # e.g. "f32[?,3]" per example argument
    torchscript: PathResult
    pt2: PathResult
    paths_diff: Optional[OutputDiff]
    ir_diff: Optional[IrDiff]

    @property
    def paths(self) -> List[PathResult]:
        return [self.torchscript, self.pt2]

    @property
    def category(self) -> str:
        agree = self.paths_diff.agree if self.paths_diff is not None else None
        return categorize(self.torchscript.passed, self.pt2.passed, agree)

    @property
    def title(self) -> str:
        return f"TorchScript vs pt2: {self.model_name} ({self.output_type})"

    def __repr__(self) -> str:
        return f"<MigrationReport {self.model_name} {self.output_type}: {self.category}>"

    # ------------------------------------------------------------------ JSON

    def to_dict(self) -> Dict[str, Any]:
        return {
            "model": self.model_name,
            "output_type": self.output_type,
            "inputs": self.inputs,
            "category": self.category,
            "torchscript": self.torchscript.to_dict(),
            "pt2": self.pt2.to_dict(),
            "paths_diff": self.paths_diff.to_dict() if self.paths_diff else None,
            "ir_diff": self.ir_diff.to_dict() if self.ir_diff else None,
        }

    def to_json(self, indent: Optional[int] = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    # ----------------------------------------------------- shared table rows

    def _overview_rows(self) -> List[List[str]]:
        def seconds(path: PathResult) -> str:
            return " / ".join(
                f"{path.seconds[s]:.2f}" if s in path.seconds else "-" for s in _STAGES
            )

        def vs_eager(path: PathResult) -> str:
            if path.vs_eager is None:
                return ""
            diff = path.vs_eager
            return f"{format_difference(diff.max_abs)} / {format_difference(diff.max_rel)}"

        return [
            ["passes", *("yes" if p.passed else "no" for p in self.paths)],
            ["failed stage", *(p.failed_stage or "" for p in self.paths)],
            ["error", *(p.error_summary for p in self.paths)],
            ["seconds (" + " / ".join(_STAGES) + ")", *(seconds(p) for p in self.paths)],
            ["max abs / rel difference to eager", *(vs_eager(p) for p in self.paths)],
        ]

    def _paths_diff_rows(self) -> List[List[Any]]:
        return [
            [
                v.path,
                render.Cell(format_difference(v.max_abs), v.max_abs),
                render.Cell(format_difference(v.max_rel), v.max_rel),
                "yes" if v.agree else "no",
                v.note,
            ]
            for v in self.paths_diff.values
        ]

    def _why_outputs_not_compared(self) -> str:
        if self.torchscript.passed and self.pt2.passed:
            return f"Not compared: output type {self.output_type} is not executed."
        return "Not compared: at least one path did not run."

    def _signature_lines(self, path: PathResult) -> List[str]:
        return [
            f"{s.name}({', '.join(s.arguments)}) -> ({', '.join(s.results)})"
            for s in path.signatures.values()
        ]

    # -------------------------------------------------------------- Markdown

    def to_markdown(self) -> str:
        category = CATEGORY_BY_KEY[self.category]
        out = [f"# {self.title}", ""]
        out += [f"**{category.title}**: {category.meaning}.", ""]
        out += [f"Inputs: {', '.join(self.inputs) or '(none)'}", ""]
        out += [render.markdown_table(["", "TorchScript", "pt2"], self._overview_rows()), ""]
        out += ["## Outputs: TorchScript vs pt2", ""]
        if self.paths_diff is None:
            out += [self._why_outputs_not_compared(), ""]
        else:
            headers = ["output", "max abs", "max rel", "agree", "note"]
            out += [render.markdown_table(headers, self._paths_diff_rows()), ""]
        out += self._markdown_ir_sections()
        for path in self.paths:
            if path.error:
                out += [f"## {path.title} error ({path.failed_stage})", "", "```text"]
                out += [error_excerpt(path.error), "```", ""]
        return "\n".join(out)

    def _markdown_ir_sections(self) -> List[str]:
        out = ["## Function signatures", ""]
        for path in self.paths:
            for line in self._signature_lines(path):
                out.append(f"- {path.title}: {render.markdown_code(line)}")
        out.append("")
        if self.ir_diff is None:
            return out + ["Not compared: at least one path did not reach torch-backend IR.", ""]
        if self.ir_diff.signature_differences:
            rows = [
                [d.function, d.position, render.markdown_code(d.torchscript),
                 render.markdown_code(d.pt2), d.note]
                for d in self.ir_diff.signature_differences
            ]  # fmt: skip
            headers = ["function", "position", "TorchScript", "pt2", "difference"]
            out += [render.markdown_table(headers, rows), ""]
        else:
            out += ["The signatures are identical.", ""]
        out += ["## Torch-backend ops", ""]
        only_ts = [c.op for c in self.ir_diff.only_torchscript()]
        only_pt2 = [c.op for c in self.ir_diff.only_pt2()]
        out += [f"- Only in TorchScript: {', '.join(map(render.markdown_code, only_ts)) or 'none'}"]
        out += [f"- Only in pt2: {', '.join(map(render.markdown_code, only_pt2)) or 'none'}"]
        out += [f"- Counted differently: {len(self.ir_diff.count_differences())} ops", ""]
        rows = [
            [render.markdown_code(c.op), c.torchscript, c.pt2] for c in self.ir_diff.op_counts()
        ]
        out += [render.markdown_table(["op", "TorchScript", "pt2"], rows), ""]
        return out

    # ------------------------------------------------------------------ HTML

    def to_html(self) -> str:
        category = CATEGORY_BY_KEY[self.category]
        body = [
            f'<p class="{self.category}"><strong>{render.escape(category.title)}</strong>: '
            f"{render.escape(category.meaning)}.</p>",
            f"<p>Inputs: {render.escape(', '.join(self.inputs) or '(none)')}</p>",
            render.html_table(["", "TorchScript", "pt2"], self._overview_rows(), sortable=False),
            "<h2>Outputs: TorchScript vs pt2</h2>",
        ]
        if self.paths_diff is None:
            body.append(f"<p>{render.escape(self._why_outputs_not_compared())}</p>")
        else:
            headers = ["output", "max abs", "max rel", "agree", "note"]
            body.append(render.html_table(headers, self._paths_diff_rows()))
        body += self._html_ir_sections()
        for path in self.paths:
            if path.error:
                body.append(f"<h2>{path.title} error ({render.escape(path.failed_stage)})</h2>")
                body.append(render.html_pre(error_excerpt(path.error)))
                body.append("<details><summary>Full error</summary>")
                body.append(render.html_pre(path.error) + "</details>")
        return render.html_page(self.title, "\n".join(body))

    def _html_ir_sections(self) -> List[str]:
        body = ["<h2>Function signatures</h2>"]
        for path in self.paths:
            for line in self._signature_lines(path):
                body.append(f"<p>{path.title}: <code>{render.escape(line)}</code></p>")
        if self.ir_diff is None:
            body.append("<p>Not compared: at least one path did not reach torch-backend IR.</p>")
        elif self.ir_diff.signature_differences:
            headers = ["function", "position", "TorchScript", "pt2", "difference"]
            rows = [
                [d.function, d.position, d.torchscript, d.pt2, d.note]
                for d in self.ir_diff.signature_differences
            ]
            body.append(render.html_table(headers, rows))
        else:
            body.append("<p>The signatures are identical.</p>")
        if self.ir_diff is not None:
            only_ts = ", ".join(c.op for c in self.ir_diff.only_torchscript()) or "none"
            only_pt2 = ", ".join(c.op for c in self.ir_diff.only_pt2()) or "none"
            body += [
                "<h2>Torch-backend ops</h2>",
                f"<p>Only in TorchScript: {render.escape(only_ts)}</p>",
                f"<p>Only in pt2: {render.escape(only_pt2)}</p>",
            ]
            rows = [
                [
                    c.op,
                    render.Cell(c.torchscript, c.torchscript),
                    render.Cell(c.pt2, c.pt2),
                    render.Cell(c.pt2 - c.torchscript, c.pt2 - c.torchscript),
                ]
                for c in self.ir_diff.op_counts()
            ]
            body.append(render.html_table(["op", "TorchScript", "pt2", "pt2 - TorchScript"], rows))
        for path in self.paths:
            if path.torch_ir:
                body.append(f"<details><summary>{path.title} torch-backend IR</summary>")
                body.append(render.html_pre(path.torch_ir) + "</details>")
        return body

    # Rich display in notebooks.
    def _repr_markdown_(self) -> str:
        return self.to_markdown()
