"""JUnit XML output of an e2e run, and reading it back for summaries.

One `<testsuite>` named after the config; one `<testcase>` per result with
its wall time and a `outcome` property (PASS, FAIL, CRASH, XFAIL, XPASS).
FAIL, CRASH and XPASS are `<failure>`s; XFAIL is `<skipped>`, as pytest does
it, so CI dashboards count it as neither passed nor failed.
"""

import collections
import os
import xml.etree.ElementTree as ET
from typing import Dict, List

from torch_mlir_e2e_test.framework import TestResult
from torch_mlir_e2e_test.reporting import classify_result, describe_failure


def write_junit_xml(
    path: str,
    config: str,
    results: List[TestResult],
    durations: Dict[str, float],
    expected_failures,
) -> None:
    suite = ET.Element("testsuite", name=config)
    counts = collections.Counter()
    for result in results:
        outcome = classify_result(result, expected_failures)
        counts[outcome] += 1
        seconds = durations.get(result.unique_name, 0.0)
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"e2e.{config}",
            name=result.unique_name,
            time=f"{seconds:.3f}",
        )
        properties = ET.SubElement(case, "properties")
        ET.SubElement(properties, "property", name="outcome", value=outcome)
        if outcome in ("FAIL", "CRASH"):
            text = describe_failure(result)
            # The first line says enough ("Runtime error: CRASH: ...",
            # "Compilation error: Traceback ..."); the text has the rest.
            first_line = text.splitlines()[0] if text else outcome
            failure = ET.SubElement(case, "failure", message=first_line[:200])
            failure.text = text
        elif outcome == "XPASS":
            ET.SubElement(
                case,
                "failure",
                message="XPASS: unexpectedly passed (listed as an expected failure)",
            )
        elif outcome == "XFAIL":
            reason = (
                expected_failures.get(result.unique_name, "")
                if isinstance(expected_failures, dict)
                else ""
            )
            ET.SubElement(case, "skipped", message=f"expected failure: {reason}".rstrip(": "))
            # How it failed this time, for `xfail_update --refresh-reasons`.
            ET.SubElement(case, "system-err").text = describe_failure(result)
    suite.set("tests", str(len(results)))
    suite.set("failures", str(counts["FAIL"] + counts["CRASH"] + counts["XPASS"]))
    suite.set("errors", "0")
    suite.set("skipped", str(counts["XFAIL"]))
    suite.set("time", f"{sum(durations.get(r.unique_name, 0.0) for r in results):.3f}")
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def read_outcome_counts(path: str) -> Dict[str, collections.Counter]:
    """Config name -> Counter of outcomes, from a file written above."""
    counts: Dict[str, collections.Counter] = {}
    for suite in ET.parse(path).getroot().iter("testsuite"):
        counter = counts.setdefault(suite.get("name"), collections.Counter())
        for case in suite.iter("testcase"):
            outcome = next(
                (p.get("value") for p in case.iter("property") if p.get("name") == "outcome"),
                None,
            )
            counter[outcome or "UNKNOWN"] += 1
    return counts
