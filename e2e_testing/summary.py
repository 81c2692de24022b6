"""Print a Markdown table of outcome counts per config from saved JUnit files.

Usage (after runs with `--junitxml`, e.g. via `make e2e`):

    python -m e2e_testing.main -c linalg --junitxml build/e2e/linalg.xml
    python -m e2e_testing.main -c tosa --junitxml build/e2e/tosa.xml
    python -m e2e_testing.summary build/e2e/*.xml

prints a table such as (the counts are those of the run)

    | config | tests | PASS | FAIL | CRASH | XFAIL | XPASS |
    |---|---:|---:|---:|---:|---:|---:|
    | linalg | 1423 | 1156 | 0 | 0 | 267 | 0 |
    | tosa | 1423 | 650 | 0 | 0 | 773 | 0 |

Rows are sorted by config name; a config present in several files is summed.
"""

import argparse
import collections
import sys
import xml.etree.ElementTree as ET
from typing import List

from .junit import read_outcome_counts

_COLUMNS = ["PASS", "FAIL", "CRASH", "XFAIL", "XPASS"]


def markdown_table(paths: List[str]) -> str:
    totals = collections.defaultdict(collections.Counter)
    for path in paths:
        for config, counts in read_outcome_counts(path).items():
            totals[config].update(counts)
    lines = [
        "| config | tests | " + " | ".join(_COLUMNS) + " |",
        "|---|---:|" + "---:|" * len(_COLUMNS),
    ]
    for config in sorted(totals):
        counts = totals[config]
        cells = [str(sum(counts.values()))] + [str(counts[c]) for c in _COLUMNS]
        lines.append(f"| {config} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "junit_files", nargs="+", help="files written by `e2e_testing.main --junitxml`"
    )
    args = parser.parse_args(argv)
    try:
        print(markdown_table(args.junit_files))
    except (OSError, ET.ParseError) as e:
        print(f"ERROR: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
