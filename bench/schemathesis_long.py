"""A long Schemathesis run against the committed spec: the checks of ``tests/test_schemathesis.py``
with many more examples than ``make test`` affords.

    python bench/schemathesis_long.py [--examples 2000] [--seed 20261101] [--only 'POST /normalize']

It runs that test file's schemathesis test in-process (pytest, the ASGI app with the embedded rates,
no network) with ``--examples`` fuzzed requests per operation on top of the spec's examples and the
coverage cases, from ``--seed``. It prints the requests sent per operation, the time each took and
every failure with the request that reproduces it. The exit status is 1 if anything failed.
Another seed gives other examples; the same seed gives the same run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEST_FILE = ROOT / "tests" / "test_schemathesis.py"
TEST = "test_api_matches_the_committed_spec"


class Collect:
    """A pytest plugin that keeps each operation's time and every failure report."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []

    def pytest_runtest_logreport(self, report: Any) -> None:
        # schemathesis gives each operation's item one node id; its name says the operation
        name = report.location[2] if report.location else report.nodeid
        label = name.partition("[")[2].rstrip("]") or name
        if report.when == "call":
            self.seconds[label] += report.duration
        if report.failed:
            self.failures.append((f"{label} ({report.when})", report.longreprtext))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="fuzzed requests per operation (default 2000)")
    parser.add_argument("--seed", type=int, default=20261101, help="Schemathesis seed (default 20261101)")
    parser.add_argument("--only", default=None, help="a pytest -k expression, e.g. 'POST and batch'")
    args = parser.parse_args()

    # read by tests/test_schemathesis.py when pytest imports it below
    os.environ["PAYNORM_SCHEMATHESIS_EXAMPLES"] = str(args.examples)
    os.environ["PAYNORM_SCHEMATHESIS_SEED"] = str(args.seed)
    os.chdir(ROOT)

    from importlib.metadata import version

    import pytest

    print(f"schemathesis {version('schemathesis')}, spec openapi/openapi.json, seed {args.seed}, "
          f"{args.examples} fuzzed examples per operation (plus the spec's examples and the coverage cases)", flush=True)
    collect = Collect()
    selection = [f"{TEST_FILE}::{TEST}", f"{TEST_FILE}::test_every_operation_was_exercised"]
    pytest_args = [*selection, "-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", "--tb=short"]
    if args.only:
        pytest_args += ["-k", args.only]
    start = time.monotonic()
    status = pytest.main(pytest_args, plugins=[collect])
    elapsed = time.monotonic() - start

    module = next((m for m in list(sys.modules.values())
                   if getattr(m, "__file__", None) and Path(m.__file__).resolve() == TEST_FILE), None)
    sent: Counter[str] = getattr(module, "SENT", Counter())

    print()
    print(f"{'operation':<24} {'requests':>9} {'seconds':>8} {'ms/request':>10}")
    for label in sorted(sent):
        seconds = collect.seconds.get(label, 0.0)
        print(f"{label:<24} {sent[label]:>9} {seconds:>8.1f} {1000 * seconds / max(sent[label], 1):>10.1f}")
    print(f"{'total':<24} {sum(sent.values()):>9} {elapsed:>8.1f}")
    print(f"failures: {len(collect.failures)}")
    for where, text in collect.failures:
        print(f"\n--- {where}\n{text}")
    if status not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) or not sent:
        print(f"pytest exit status {int(status)}")
        return 1
    return 1 if collect.failures or status != pytest.ExitCode.OK else 0


if __name__ == "__main__":
    sys.exit(main())
