"""Clients generated from the committed spec work against the real server and read well.

Python: openapi-python-client generates a package into a temporary folder, which then
calls the service on 127.0.0.1. TypeScript (when Node.js is on PATH): openapi-typescript
generates ``schema.d.ts``, and ``clients/typescript/client.ts`` must type-check against it
with ``tsc --strict``, a misuse must not, and the compiled client must talk to the service.
The npm packages (versions pinned in clients/typescript/package.json) are installed once
into a temporary folder named after those versions and reused by later runs.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import running_server

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "openapi.json"
TS_CLIENT = ROOT / "clients" / "typescript"
PACKAGE = "paynorm_client"
TSC_FLAGS = ["--strict", "--target", "ES2022", "--module", "ES2022", "--moduleResolution", "bundler",
             "--lib", "ES2022,DOM"]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server({**os.environ, "PAYNORM_RATE_PROVIDERS": "embedded", "PAYNORM_TARGET_CURRENCY": "USD",
           "PAYNORM_LOG_LEVEL": "WARNING"}) as (_, url):
        yield url


def _run(cmd: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)


# -- Python: openapi-python-client ---------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The generated package's folder, importable as `paynorm_client`."""
    if importlib.util.find_spec("openapi_python_client") is None:
        pytest.fail("openapi-python-client is not installed: pip install openapi-python-client==0.29.1")
    out = tmp_path_factory.mktemp("python-client")
    # no post-hooks: formatting the output with ruff changes nothing these tests look at
    (out / "config.json").write_text(json.dumps({"post_hooks": []}))
    done = _run([sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPEC),
                 "--output-path", str(out / PACKAGE), "--meta", "none", "--config", str(out / "config.json"),
                 "--fail-on-warning"], cwd=out)
    assert done.returncode == 0, f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}"
    sys.path.insert(0, str(out))
    try:
        yield out / PACKAGE
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def api(generated: Path, server: str) -> Iterator[tuple[ModuleType, object]]:
    """The generated package and a client of it bound to the server."""
    package = importlib.import_module(PACKAGE)
    with package.Client(base_url=server, raise_on_unexpected_status=True) as client:
        yield package, client


def _operation(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.api.default.{name}")


def test_operation_modules_are_named_after_the_operation_ids(generated: Path) -> None:
    modules = sorted(p.name for p in (generated / "api" / "default").glob("*.py"))
    assert modules == ["__init__.py", "get_rates.py", "healthz.py", "list_currencies.py", "normalize.py",
                       "normalize_batch.py", "readyz.py"]


def test_model_names_read_well(generated: Path) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    for name in ("NormalizeRequest", "NormalizeResult", "BatchRequest", "BatchResponse", "CurrencyInfo",
                 "RatesResponse", "ErrorResponse", "StatedSalary", "NormalizedSalary", "MentionOut"):
        assert hasattr(models, name), name
    assert not [n for n in models.__all__ if n.startswith("Body") or n.startswith("HTTPValidation")]
    # FastAPI's generated names (`normalize_normalize_post`, `BodyNormalize...`) appear nowhere
    for path in generated.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "_post" not in path.stem and "normalize_normalize" not in text and "BodyNormalize" not in text, path


@pytest.mark.xfail(reason="the spec writes the period enum inline in five schemas, so the client gets five classes "
                          "for one idea (MentionOutPeriodType0, StatedSalaryPeriodType0, NormalizedSalaryPeriod, "
                          "NormalizeRequestTargetPeriod, PeriodConversionSource/Target); one named Period schema fixes it")
def test_one_period_enum(generated: Path) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    assert [n for n in models.__all__ if "Period" in n] == ["Period", "PeriodConversion"]


def test_normalize(api: tuple[ModuleType, object]) -> None:
    package, client = api
    models = package.models
    result = _operation("normalize").sync(
        client=client, body=models.NormalizeRequest(text="£30k - £35k pa", target_currency="GBP"))
    assert isinstance(result, models.NormalizeResult)
    # attrs names fields that shadow Python builtins with a trailing underscore: min_, max_
    assert (result.stated.min_, result.stated.max_, result.stated.currency) == (30000, 35000, "GBP")
    assert result.stated.bound == models.StatedSalaryBound.CLOSED
    assert (result.normalized.min_, result.normalized.max_, result.normalized.currency) == (30000, 35000, "GBP")
    assert [(m.text, m.span, m.role) for m in result.mentions] == [("£30k - £35k", [0, 11], models.MentionOutRole.PRIMARY)]
    assert result.rate.source == "identity" and result.confidence == 1.0


def test_normalize_an_open_range_with_conversion(api: tuple[ModuleType, object]) -> None:
    package, client = api
    result = _operation("normalize").sync(client=client, body=package.models.NormalizeRequest(
        text="up to $900,000 (approximately ₹7.4 crore)", target_currency="EUR"))
    assert result.stated.min_ is None and result.stated.max_ == 900000
    assert result.normalized.max_ == 805585.39 and result.normalized.currency == "EUR"
    assert (result.rate.base, result.rate.quote, result.rate.source) == ("USD", "EUR", "ecb")


def test_normalize_error_is_a_typed_error_response(api: tuple[ModuleType, object]) -> None:
    package, client = api
    response = _operation("normalize").sync_detailed(
        client=client, body=package.models.NormalizeRequest(text="£30k", target_currency="XYZ"))
    assert response.status_code == 422
    assert isinstance(response.parsed, package.models.ErrorResponse)
    assert response.parsed.error.message == \
        "target_currency: unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'"
    assert response.parsed.error.details[0].field == "target_currency"


def test_normalize_batch_keeps_the_order(api: tuple[ModuleType, object]) -> None:
    package, client = api
    models = package.models
    texts = ["€40k", "¥5,000,000 a year", "£30k - £35k pa", "no salary here"]
    result = _operation("normalize_batch").sync(client=client, body=models.BatchRequest(
        items=[models.NormalizeRequest(text=t, country="JP", target_currency="GBP") for t in texts]))
    assert isinstance(result, models.BatchResponse)
    assert [r.stated.currency if r.stated else r.reason for r in result.results] == ["EUR", "JPY", "GBP", "no_amount"]
    assert result.results[2].normalized.max_ == 35000


def test_list_currencies(api: tuple[ModuleType, object]) -> None:
    package, client = api
    currencies = {c.code: c for c in _operation("list_currencies").sync(client=client)}
    assert isinstance(currencies["EUR"], package.models.CurrencyInfo)
    assert currencies["EUR"].has_rate and currencies["EUR"].name == "Euro" and "€" in currencies["EUR"].symbols


def test_get_rates(api: tuple[ModuleType, object]) -> None:
    package, client = api
    table = _operation("get_rates").sync(client=client)
    assert isinstance(table, package.models.RatesResponse)
    assert table.base == "EUR" and table.rates["USD"].value == 1.1172 and table.rates["USD"].source == "ecb"
    assert _operation("get_rates").sync(client=client, base="USD").rates["EUR"].value == pytest.approx(1 / 1.1172)


# -- TypeScript: openapi-typescript + tsc ---------------------------------------------------


def _npm_toolchain() -> Path:
    """node_modules/.bin with the pinned devDependencies, installed once per set of versions."""
    pins = json.loads((TS_CLIENT / "package.json").read_text())["devDependencies"]
    specs = [f"{name}@{version}" for name, version in sorted(pins.items())]
    home = Path(tempfile.gettempdir()) / ("paynorm-npm-" + "_".join(specs).replace("/", "+").replace("@", "-"))
    if (home / "node_modules" / ".bin" / "tsc").exists():
        return home / "node_modules" / ".bin"
    staging = Path(tempfile.mkdtemp(prefix=home.name + ".partial-", dir=home.parent))
    (staging / "package.json").write_text(json.dumps({"private": True}))
    done = _run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", *specs],
                cwd=staging, timeout=300)
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        pytest.fail(f"npm install {' '.join(specs)} failed:\n{done.stdout}\n{done.stderr}")
    try:
        staging.rename(home)  # whole or not at all: a half-done install is never reused
    except OSError:  # another run got there first
        shutil.rmtree(staging, ignore_errors=True)
    return home / "node_modules" / ".bin"


@pytest.fixture(scope="module")
def ts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a folder with schema.d.ts and a copy of client.ts, the npm .bin folder)."""
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("Node.js not found: TypeScript client check skipped")
    bin_ = _npm_toolchain()
    work = tmp_path_factory.mktemp("typescript-client")
    done = _run([str(bin_ / "openapi-typescript"), str(SPEC), "--default-non-nullable", "false",
                 "-o", str(work / "schema.d.ts")], cwd=work)
    assert done.returncode == 0, f"openapi-typescript failed:\n{done.stdout}\n{done.stderr}"
    shutil.copy(TS_CLIENT / "client.ts", work / "client.ts")
    return work, bin_


USAGE = """\
import { createClient, PaynormError, type NormalizeResult } from "./client.js";

declare const process: { argv: string[] };  // Node's, without @types/node
const paynorm = createClient({ baseUrl: process.argv[2] ?? "http://127.0.0.1:8000" });
const one: NormalizeResult = await paynorm.normalize({ text: "£30k - £35k pa", country: "GB", target_currency: "GBP" });
const batch = await paynorm.normalizeBatch({ items: [{ text: "€40k" }, { text: "¥5m", country: "JP", target_period: "month" }] });
let error = "";
try {
  await paynorm.normalize({ text: "£30k", target_currency: "XYZ" });
} catch (e) {
  if (e instanceof PaynormError) error = `${e.status} ${e.body?.error.details[0]?.field}: ${e.message}`;
}
const max: number | null | undefined = one.normalized?.max;
console.log(JSON.stringify({
  stated: [one.stated?.min, one.stated?.max, one.stated?.bound], max,
  mentions: one.mentions.map((m) => [m.text, m.role, m.span[0], m.span[1]]),
  batch: batch.results.map((r) => r.stated?.currency), error,
}));
"""


def _tsc(ts: tuple[Path, Path], *files: str) -> subprocess.CompletedProcess[str]:
    work, bin_ = ts
    return _run([str(bin_ / "tsc"), "--noEmit", *TSC_FLAGS, *files], cwd=work)


def test_typescript_client_type_checks(ts: tuple[Path, Path]) -> None:
    (ts[0] / "usage.ts").write_text(USAGE)
    done = _tsc(ts, "client.ts", "usage.ts")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("call", "message"), [
    ('{ text: "£30k", target_period: "decade" }', """Type '"decade"' is not assignable to type"""),
    ('{ txt: "£30k" }', "'txt' does not exist in type"),
    ('{ text: 30000 }', "Type 'number' is not assignable to type 'string'"),
])
def test_a_wrong_request_does_not_type_check(ts: tuple[Path, Path], call: str, message: str) -> None:
    (ts[0] / "misuse.ts").write_text(
        'import { createClient } from "./client.js";\n'
        f'await createClient({{ baseUrl: "http://127.0.0.1:8000" }}).normalize({call});\n')
    done = _tsc(ts, "client.ts", "misuse.ts")
    assert done.returncode != 0
    errors = [line for line in done.stdout.splitlines() if ": error TS" in line]
    assert len(errors) == 1 and errors[0].startswith("misuse.ts(2,") and message in errors[0], done.stdout


def test_typescript_client_talks_to_the_service(ts: tuple[Path, Path], server: str) -> None:
    work, bin_ = ts
    (work / "usage.ts").write_text(USAGE)
    built = _run([str(bin_ / "tsc"), *TSC_FLAGS, "--outDir", "out", "client.ts", "usage.ts"], cwd=work)
    assert built.returncode == 0, built.stdout + built.stderr
    (work / "out" / "package.json").write_text('{"type": "module"}')
    done = _run(["node", "out/usage.js", server], cwd=work, timeout=30)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "stated": [30000, 35000, "closed"],
        "max": 35000,
        "mentions": [["£30k - £35k", "primary", 0, 11]],
        "batch": ["EUR", "JPY"],
        "error": "422 target_currency: target_currency: unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'",
    }
