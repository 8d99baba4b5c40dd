"""bench/soak.py, briefly: the soak script works and a short run of its mix is clean.

The real soak is 10 minutes (``python bench/soak.py``); here it runs 3 s at a low rate as a
subprocess, which still starts its own uvicorn worker, tours every hostile family at the
length cap and every invalid case once, and sends singles and batches. A few seconds say
nothing about memory being flat (the caches are still filling), so the growth limit is
loosened; there are no timing asserts.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import CORPUS, ROOT

ROW = re.compile(r"^  (single corpus|single new|single hostile|batch|invalid \(4xx\)|all)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s",
                 re.MULTILINE)


@pytest.mark.skipif(not CORPUS.exists(), reason=f"corpus not found at {CORPUS}")
def test_short_soak_is_clean() -> None:
    cmd = [sys.executable, str(ROOT / "bench" / "soak.py"), str(CORPUS), "--seconds", "3", "--rate", "40",
           "--warmup", "0", "--max-growth-mib", "200"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    out = proc.stdout
    assert proc.returncode == 0, f"exit {proc.returncode}\n{out[-4000:]}\n{proc.stderr[-2000:]}"
    rows = {m.group(1): tuple(int(x) for x in m.groups()[1:]) for m in ROW.finditer(out)}  # sent, answered, expected, errors
    assert {"single corpus", "single new", "single hostile", "batch", "invalid (4xx)", "all"} <= rows.keys(), out
    assert rows["all"][3] == 0 and re.search(r"^  errors: 0 ", out, re.MULTILINE), out
    for kind in ("single corpus", "batch"):  # both routes were driven and answered as expected
        sent, answered, expected, _ = rows[kind]
        assert sent > 0 and answered == sent == expected, (kind, rows[kind])
    assert "result: PASS" in out
    assert re.search(r"worker RSS: .*start \(after warm-up\) [\d.]+ MiB, middle .* [\d.]+ MiB, end [\d.]+ MiB", out), out
