"""Building blocks of the Markdown and HTML reports.

The HTML page is self-contained (inline CSS and a few lines of JS, no
external resources), so it can be attached to a CI run or mailed. Every
table made by `html_table` sorts by a column when its header is clicked;
cells sort by their `data-sort` value when they have one (numbers), else by
their text.
"""

import html
from typing import Iterable, Optional, Sequence

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
table.sortable th { cursor: pointer; }
table.sortable th::after { content: " \\2195"; color: #aaa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
pre { background: #f7f7f7; padding: 0.6em; overflow-x: auto; max-height: 30em; }
details { margin: 0.4em 0; }
.agree { background: #e6f4e6; } .disagree { background: #fff4d6; }
.torchscript_only, .pt2_only { background: #fde8d8; } .both_fail { background: #f8d7da; }
"""

# Click a header to sort by its column; click again to reverse.
_SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach((th, column) => {
  th.addEventListener("click", () => {
    const body = th.closest("table").tBodies[0];
    const key = (row) => {
      const cell = row.cells[column];
      const value = cell.dataset.sort ?? cell.textContent.trim();
      return cell.dataset.sort !== undefined ? parseFloat(value) : value.toLowerCase();
    };
    const ascending = th.dataset.order !== "asc";
    th.dataset.order = ascending ? "asc" : "desc";
    [...body.rows]
      .sort((a, b) => (key(a) > key(b) ? 1 : key(a) < key(b) ? -1 : 0) * (ascending ? 1 : -1))
      .forEach((row) => body.appendChild(row));
  });
});
"""


def escape(text) -> str:
    return html.escape(str(text), quote=True)


class Cell:
    """A table cell: its text, an optional numeric sort key, and a CSS class."""

    def __init__(self, text, sort: Optional[float] = None, css: str = "", raw_html: bool = False):
        self.text = text
        self.sort = sort
        self.css = css
        self.raw_html = raw_html

    def to_html(self) -> str:
        attributes = ""
        if self.sort is not None:
            # Numbers parseFloat understands: inf sorts last, NaN first.
            value = self.sort
            if value != value:
                value = "-Infinity"
            elif value in (float("inf"), float("-inf")):
                value = "Infinity" if value > 0 else "-Infinity"
            attributes += f' data-sort="{value}"'
        css = " ".join(c for c in [self.css, "num" if self.sort is not None else ""] if c)
        if css:
            attributes += f' class="{css}"'
        content = self.text if self.raw_html else escape(self.text)
        return f"<td{attributes}>{content}</td>"


def html_table(headers: Sequence[str], rows: Iterable[Sequence], sortable: bool = True) -> str:
    """Rows of `Cell`s or plain values."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = [c if isinstance(c, Cell) else Cell(c) for c in row]
        body.append("<tr>" + "".join(c.to_html() for c in cells) + "</tr>")
    css = ' class="sortable"' if sortable else ""
    return (
        f"<table{css}><thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody></table>"
    )


def html_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n"
        f"<body>\n<h1>{escape(title)}</h1>\n{body}\n<script>{_SORT_SCRIPT}</script>\n"
        "</body></html>\n"
    )


def html_pre(text: str) -> str:
    return f"<pre>{escape(text)}</pre>"


def _markdown_cell(value) -> str:
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if text else " "


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence]) -> str:
    """A GitHub-flavoured Markdown table; `Cell`s contribute their text."""
    lines = [
        "| " + " | ".join(_markdown_cell(h) for h in headers) + " |",
        "|" + "---|" * len(headers),
    ]
    for row in rows:
        texts = [c.text if isinstance(c, Cell) else c for c in row]
        lines.append("| " + " | ".join(_markdown_cell(t) for t in texts) + " |")
    return "\n".join(lines)


def markdown_code(text: str) -> str:
    """`text` as an inline code span (backticks inside are handled)."""
    text = str(text).replace("\n", " ")
    return f"`` {text} ``" if "`" in text else f"`{text}`"
