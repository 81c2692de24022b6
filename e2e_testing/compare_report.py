"""The report of a suite comparison: Markdown, a self-contained HTML page, JSON.

All three hold the summary counts per category; Markdown lists the tests of
every category except "agree" with their difference or each path's error
line, and the most common error lines; HTML has one sortable table of all
tests and the details (error excerpts, per-output differences) of every test
that does not agree; JSON has everything but whole tracebacks, for CI.
"""

import collections
import json
from typing import Dict, List, NamedTuple, Optional, Tuple

from torch_mlir._failure_reasons import error_excerpt
from torch_mlir.migration import render
from torch_mlir.migration.categories import CATEGORIES, CATEGORY_BY_KEY
from torch_mlir.migration.values import format_difference
from torch_mlir_e2e_test.paired import PATHS, PairVerdict

_PATH_TITLES = {"torchscript": "TorchScript", "pt2": "pt2"}
# Error lines listed per category and path in "Most common errors".
TOP_ERRORS = 10
EXCERPT_LINES = 25


def _outcome(side) -> str:
    """e.g. "FAIL (compilation)"."""
    return f"{side.outcome} ({side.phase})" if side.phase else side.outcome


class SuiteComparison(NamedTuple):
    torchscript_config: str
    pt2_config: str
    verdicts: List[PairVerdict]
    wall_seconds: float
    workers: int
    # (rtol, atol) overriding the per-dtype tolerances, or None.
    tolerances: Optional[Tuple[float, float]] = None

    @property
    def title(self) -> str:
        return f"TorchScript vs pt2: {self.torchscript_config} vs {self.pt2_config}"

    def counts(self) -> Dict[str, int]:
        counter = collections.Counter(v.category for v in self.verdicts)
        return {c.key: counter[c.key] for c in CATEGORIES}

    def in_category(self, key: str) -> List[PairVerdict]:
        return [v for v in self.verdicts if v.category == key]

    def path_seconds(self) -> Dict[str, float]:
        """Total time spent in each path, summed over tests (all workers)."""
        return {p: sum(v.seconds.get(p, 0.0) for v in self.verdicts) for p in PATHS}

    def common_errors(self, key: str, path: str) -> List[Tuple[str, int, List[str]]]:
        """(error line, count, up to 3 tests) of a path's failures in a category."""
        tests = collections.defaultdict(list)
        for verdict in self.in_category(key):
            side = verdict.path(path)
            if not side.passed:
                tests[side.summary or side.outcome].append(verdict.unique_name)
        ranked = sorted(tests.items(), key=lambda item: (-len(item[1]), item[0]))
        return [(line, len(names), names[:3]) for line, names in ranked[:TOP_ERRORS]]

    def _intro(self) -> str:
        seconds = self.path_seconds()
        tolerance = (
            f"rtol={self.tolerances[0]:g}, atol={self.tolerances[1]:g}"
            if self.tolerances
            else "torch.testing.assert_close's defaults per dtype"
        )
        return (
            f"{len(self.verdicts)} tests, wall time {self.wall_seconds:.0f} s with "
            f"{self.workers} workers (time in the TorchScript path "
            f"{seconds['torchscript']:.0f} s, in the pt2 path {seconds['pt2']:.0f} s, "
            f"summed over workers). Outputs of the two paths are compared with {tolerance}."
        )

    # ------------------------------------------------------------- Markdown

    def summary_table(self) -> str:
        counts = self.counts()
        rows = [[c.title, counts[c.key], c.meaning] for c in CATEGORIES]
        rows.append(["Total", len(self.verdicts), ""])
        return render.markdown_table(["category", "tests", "meaning"], rows)

    def _category_rows(self, key: str) -> Tuple[List[str], List[List]]:
        verdicts = self.in_category(key)
        if key == "disagree":
            headers = ["test", "max abs", "max rel", "where"]
            rows = [
                [
                    v.unique_name,
                    format_difference(v.paths_diff.max_abs),
                    format_difference(v.paths_diff.max_rel),
                    ", ".join(d.path for d in v.paths_diff.disagreements()[:3]),
                ]
                for v in verdicts
            ]
            return headers, rows
        if key == "both_fail":
            headers = ["test", "TorchScript error", "pt2 error"]
            rows = [[v.unique_name, v.torchscript.summary, v.pt2.summary] for v in verdicts]
            return headers, rows
        failing = "pt2" if key == "torchscript_only" else "torchscript"
        headers = ["test", f"{_PATH_TITLES[failing]} outcome", f"{_PATH_TITLES[failing]} error"]
        rows = [
            [v.unique_name, _outcome(v.path(failing)), v.path(failing).summary] for v in verdicts
        ]
        return headers, rows

    def to_markdown(self) -> str:
        out = [f"# {self.title}", "", self._intro(), "", self.summary_table(), ""]
        for category in CATEGORIES[1:]:
            verdicts = self.in_category(category.key)
            out += [f"## {category.title} ({len(verdicts)})", ""]
            if not verdicts:
                out += ["None.", ""]
                continue
            headers, rows = self._category_rows(category.key)
            out += [render.markdown_table(headers, rows), ""]
        out += ["## Most common errors", ""]
        for category in CATEGORIES[2:]:
            for path in PATHS:
                errors = self.common_errors(category.key, path)
                if not errors:
                    continue
                out += [f"### {category.title}: {_PATH_TITLES[path]} path", ""]
                rows = [[n, render.markdown_code(line), ", ".join(t)] for line, n, t in errors]
                out += [render.markdown_table(["tests", "error", "e.g."], rows), ""]
        return "\n".join(out)

    # ----------------------------------------------------------------- HTML

    def to_html(self) -> str:
        counts = self.counts()
        summary_rows = [
            [render.Cell(c.title, css=c.key), render.Cell(counts[c.key], counts[c.key]), c.meaning]
            for c in CATEGORIES
        ]
        body = [
            f"<p>{render.escape(self._intro())}</p>",
            render.html_table(["category", "tests", "meaning"], summary_rows, sortable=False),
            "<h2>All tests</h2><p>Click a column header to sort.</p>",
            render.html_table(
                [
                    "test",
                    "category",
                    "TorchScript",
                    "pt2",
                    "max abs",
                    "max rel",
                    "TorchScript s",
                    "pt2 s",
                    "TorchScript error",
                    "pt2 error",
                ],
                [self._html_row(v) for v in self.verdicts],
            ),  # fmt: skip
            "<h2>Details of the tests that do not agree</h2>",
        ]
        body += [self._html_details(v) for v in self.verdicts if v.category != "agree"]
        return render.html_page(self.title, "\n".join(body))

    def _html_row(self, v: PairVerdict) -> List:
        diff = v.paths_diff
        max_abs = diff.max_abs if diff else None
        max_rel = diff.max_rel if diff else None
        name = render.escape(v.unique_name)
        link = f'<a href="#{name}">{name}</a>' if v.category != "agree" else name
        return [
            render.Cell(link, raw_html=True),
            render.Cell(CATEGORY_BY_KEY[v.category].title, css=v.category),
            _outcome(v.torchscript),
            _outcome(v.pt2),
            render.Cell(format_difference(max_abs), -1 if max_abs is None else max_abs),
            render.Cell(format_difference(max_rel), -1 if max_rel is None else max_rel),
            *(render.Cell(f"{v.seconds.get(p, 0):.2f}", v.seconds.get(p, 0)) for p in PATHS),
            v.torchscript.summary,
            v.pt2.summary,
        ]

    def _html_details(self, v: PairVerdict) -> str:
        name = render.escape(v.unique_name)
        parts = [
            f'<details id="{name}"><summary class="{v.category}">{name}: '
            f"{render.escape(CATEGORY_BY_KEY[v.category].title)}</summary>"
        ]
        if v.paths_diff is not None:
            rows = [
                [d.path, render.Cell(format_difference(d.max_abs), d.max_abs),
                 render.Cell(format_difference(d.max_rel), d.max_rel),
                 "yes" if d.agree else "no", d.note]
                for d in v.paths_diff.values
            ]  # fmt: skip
            headers = ["output", "max abs", "max rel", "agree", "note"]
            parts.append(render.html_table(headers, rows))
        for path in PATHS:
            side = v.path(path)
            if not side.passed:
                parts.append(f"<p>{_PATH_TITLES[path]}: {render.escape(_outcome(side))}</p>")
                parts.append(render.html_pre(error_excerpt(side.error, EXCERPT_LINES)))
        return "\n".join(parts) + "</details>"

    # ----------------------------------------------------------------- JSON

    def to_dict(self) -> Dict:
        def path_dict(v: PairVerdict, path: str) -> Dict:
            side = v.path(path)
            return {
                "outcome": side.outcome,
                "phase": side.phase,
                "error": side.summary,
                "error_excerpt": error_excerpt(side.error, EXCERPT_LINES),
                "seconds": round(v.seconds.get(path, 0.0), 3),
            }

        return {
            "torchscript_config": self.torchscript_config,
            "pt2_config": self.pt2_config,
            "tests": len(self.verdicts),
            "wall_seconds": round(self.wall_seconds, 1),
            "workers": self.workers,
            "path_seconds": {p: round(s, 1) for p, s in self.path_seconds().items()},
            "tolerances": list(self.tolerances) if self.tolerances else None,
            "counts": self.counts(),
            "results": [
                {
                    "test": v.unique_name,
                    "category": v.category,
                    "torchscript": path_dict(v, "torchscript"),
                    "pt2": path_dict(v, "pt2"),
                    "paths_diff": v.paths_diff.to_dict() if v.paths_diff else None,
                }
                for v in self.verdicts
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1)

    # ------------------------------------------------------------- terminal

    def to_text(self) -> str:
        """What the command prints: each test that does not agree, then the counts."""
        lines = []
        for v in self.verdicts:
            if v.category == "agree":
                continue
            detail = (
                f"max abs {format_difference(v.paths_diff.max_abs)}, "
                f"max rel {format_difference(v.paths_diff.max_rel)}"
                if v.category == "disagree"
                else " | ".join(
                    f"{_PATH_TITLES[p]}: {v.path(p).summary or v.path(p).outcome}"
                    for p in PATHS
                    if not v.path(p).passed
                )
            )
            lines.append(f'{v.category.upper()} - "{v.unique_name}": {detail}')
        return "\n".join(lines + ["", self._intro(), "", self.summary_table()])
