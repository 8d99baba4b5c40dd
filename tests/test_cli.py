"""The ``paynorm`` command, run in-process through ``main(argv)`` (one test runs it as a subprocess)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import CSV_COLUMNS, main

from .conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- normalize -------------------------------------------------------------------------------


def test_normalize_prints_aligned_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "£30k - £35k pa", "--country", "GB", "--to", "GBP"]) == 0
    assert capsys.readouterr().out == (
        "stated      30,000–35,000 GBP/year\n"
        "normalized  30,000.00–35,000.00 GBP/year\n"
        "rate        none needed (GBP to GBP)\n"
        "confidence  1.00\n"
        "warnings    none\n"
    )


def test_normalize_names_what_was_guessed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "From 50000", "--country", "DE", "--to", "EUR", "--period", "month"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stated      from 50,000 EUR/year  (period inferred; currency from country)"
    assert lines[1] == "normalized  from 4,166.67 EUR/month  (from year, × 0.0833333)"
    assert (
        lines[4] == "warnings    period_inferred: No pay period is written; 'year' was inferred from the amount's size."
    )


def test_normalize_without_a_salary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "Competitive"]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        "stated      none (competitive)",
        "normalized  none",
        "rate        none",
    ]


def test_normalize_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "£30k - £35k pa", "--country", "GB", "--to", "GBP", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    stated = result["stated"]
    assert (stated["min"], stated["max"], stated["currency"], stated["period"], stated["bound"]) == (
        30000,
        35000,
        "GBP",
        "year",
        "closed",
    )
    assert stated["period_inferred"] is False
    assert result["normalized"] == {"min": 30000, "max": 35000, "currency": "GBP", "period": "year"}
    assert result["rate"]["source"] == "identity"
    assert result["confidence"] == 1.0
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["normalize", "£30k", "--to", "XYZ"],
            "paynorm normalize: error: argument --to: unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'",
        ),
        (
            ["normalize", "£30k", "--country", "XX"],
            "paynorm normalize: error: argument --country: unknown country code 'XX'; expected an ISO 3166-1 alpha-2 code such as 'GB'",
        ),
        (
            ["normalize", "£30k", "--as-of", "2024-13-01"],
            "paynorm normalize: error: argument --as-of: expected a date as YYYY-MM-DD, got '2024-13-01'",
        ),
        (
            ["normalize", "£30k", "--as-of", "1990-01-01"],
            "paynorm normalize: error: argument --as-of: no exchange rates before 1999-01-04 (got 1990-01-01)",
        ),
        (
            ["normalize", "£30k", "--period", "quarter"],
            "paynorm normalize: error: argument --period: invalid choice: 'quarter' (choose from 'hour', 'day', 'week', 'fortnight', 'semimonth', 'month', 'year')",
        ),
        (["normalize", "  "], "paynorm normalize: error: argument text: must be a non-empty string"),
        (["normalize"], "paynorm normalize: error: the following arguments are required: text"),
        (
            ["frobnicate"],
            "paynorm: error: argument command: invalid choice: 'frobnicate' (choose from 'normalize', 'csv', 'jsonl', 'serve')",
        ),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: ")
    assert err.splitlines()[-1] == message


# --- csv -------------------------------------------------------------------------------------


def test_csv_adds_columns_and_counts_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "postings.csv", [
        ["id", "salary", "country"],
        ["1", "£30k - £35k pa", "GB"],
        ["2", "", "GB"],
        ["3", "€40k", "XX"],
        ["4", "Competitive", ""],
    ])  # fmt: skip
    out = tmp_path / "out.csv"
    argv = [
        "csv",
        str(source),
        "--column",
        "salary",
        "--country-column",
        "country",
        "--to",
        "GBP",
        "-o",
        str(out),
        "--no-progress",
    ]
    assert main(argv) == 0
    rows = _read_csv(out)
    assert list(rows[0]) == ["id", "salary", "country", *CSV_COLUMNS]
    assert rows[0] == {
        "id": "1", "salary": "£30k - £35k pa", "country": "GB",
        "stated_min": "30000", "stated_max": "35000", "stated_currency": "GBP", "stated_period": "year",
        "period_inferred": "false", "normalized_min": "30000.00", "normalized_max": "35000.00",
        "normalized_currency": "GBP", "normalized_period": "year",
        "confidence": "1.0", "warnings": "", "reason": "", "error": "",
    }  # fmt: skip
    assert rows[1]["error"] == "column 'salary' is empty"
    assert (
        rows[2]["error"]
        == "country column 'country': unknown country code 'XX'; expected an ISO 3166-1 alpha-2 code such as 'GB'"
    )
    assert [rows[i][c] for i in (1, 2) for c in CSV_COLUMNS[:-1]] == [""] * 2 * (len(CSV_COLUMNS) - 1)
    assert {c: rows[3][c] for c in ("stated_min", "normalized_min", "confidence", "warnings", "reason", "error")} == {
        "stated_min": "", "normalized_min": "", "confidence": "0.9", "warnings": "no_salary", "reason": "competitive", "error": "",
    }  # fmt: skip
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[:5] == [
        "rows       4",
        "parsed     1",
        "no salary  1",
        "errors     2",
        "warnings   no_salary 1",
    ]
    assert captured.err.splitlines()[5].startswith("time       ")


def test_csv_to_stdout_with_a_default_country(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["pay"], ["30,000 - 35,000 per annum"], []])
    assert main(["csv", str(source), "--column", "pay", "--country", "GB", "--to", "GBP"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert len(rows) == 1  # the blank line is no row
    assert (rows[0]["stated_currency"], rows[0]["normalized_max"], rows[0]["warnings"]) == (
        "GBP",
        "35000.00",
        "currency_inferred",
    )


def test_csv_keeps_a_row_with_too_many_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["id", "pay"], ["1", "£30k", "surplus"]])
    assert main(["csv", str(source), "--column", "pay", "-o", str(tmp_path / "out.csv")]) == 0
    assert _read_csv(tmp_path / "out.csv")[0]["error"] == "row has 3 fields; the header has 2"


def test_csv_run_on_its_own_output_replaces_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["pay", "error"], ["£30k", "old"], ["", "old"]])
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert main(["csv", str(source), "--column", "pay", "--to", "GBP", "-o", str(first)]) == 0
    assert main(["csv", str(first), "--column", "pay", "--to", "GBP", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    rows = list(csv.reader(first.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["pay", "error", *CSV_COLUMNS[:-1]]
    assert {len(row) for row in rows} == {len(CSV_COLUMNS) + 1}
    assert [row[1] for row in rows[1:]] == ["", "column 'pay' is empty"]


def test_csv_unknown_column_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["id", "pay"], ["1", "£30k"]])
    assert main(["csv", str(source), "--column", "salary", "-o", str(tmp_path / "out.csv")]) == 2
    assert (
        capsys.readouterr().err.splitlines()[-1]
        == f"paynorm csv: error: argument --column: no column 'salary' in {source}; its columns are 'id', 'pay'"
    )
    assert not (tmp_path / "out.csv").exists()


def test_csv_will_not_overwrite_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["pay"], ["£30k"]])
    before = source.read_bytes()
    assert main(["csv", str(source), "--column", "pay", "-o", str(source)]) == 2
    assert (
        capsys.readouterr().err.splitlines()[-1]
        == f"paynorm csv: error: argument -o: {source} is the input file; write elsewhere"
    )
    assert source.read_bytes() == before


def test_unreadable_input_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["csv", str(missing), "--column", "pay"]) == 1
    assert capsys.readouterr().err == f"paynorm csv: error: cannot read {missing}: No such file or directory\n"
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"pay\n\xa330k\n")
    assert main(["csv", str(latin), "--column", "pay"]) == 1
    assert "invalid start byte" in capsys.readouterr().err
    assert main(["csv", str(latin), "--column", "pay", "--encoding", "latin-1", "--to", "GBP"]) == 0
    assert "30000,30000,GBP" in capsys.readouterr().out


# --- jsonl -----------------------------------------------------------------------------------


def test_jsonl_nested_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 1, "posting": {"salary": "£30k - £35k pa", "country": "GB"}}\n'
        '{"id": 2, "posting": {"country": "GB"}}\n'
        "\n"
        '{"id": 3, "posting": {"salary": "Competitive", "country": null}}\n'
        "not json\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    argv = [
        "jsonl",
        str(source),
        "--field",
        "posting.salary",
        "--country-field",
        "posting.country",
        "--to",
        "GBP",
        "-o",
        str(out),
    ]
    assert main(argv) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line.get("id") for line in lines] == [1, 2, 3, None]
    first = lines[0]
    assert first["posting"] == {"salary": "£30k - £35k pa", "country": "GB"}
    assert (first["paynorm"]["stated"]["min"], first["paynorm"]["stated"]["max"]) == (30000, 35000)
    assert first["paynorm"]["normalized"] == {"min": 30000, "max": 35000, "currency": "GBP", "period": "year"}
    assert first["paynorm"]["error"] is None
    assert lines[1]["paynorm"] == {
        "stated": None, "normalized": None, "mentions": [], "rate": None, "period_conversion": None,
        "confidence": None, "warnings": [], "reason": None, "error": "field 'posting.salary' is missing",
    }  # fmt: skip
    assert lines[2]["paynorm"]["reason"] == "competitive"
    assert lines[3]["paynorm"]["error"] == "not valid JSON: Expecting value: line 1 column 1 (char 0)"
    assert capsys.readouterr().err.splitlines()[:4] == ["rows       4", "parsed     1", "no salary  1", "errors     2"]


# --- workers ---------------------------------------------------------------------------------


def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not CORPUS.exists():
        pytest.skip(f"no corpus at {CORPUS}")
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    source = _write_csv(
        tmp_path / "dev.csv",
        [["id", "text", "country"]] + [[r["id"], r["text"], r["hints"].get("country") or ""] for r in records],
    )
    outputs = []
    for jobs in ("2", "1"):  # 2 first, so its workers cannot inherit results cached by the serial run
        out = tmp_path / f"out{jobs}.csv"
        assert (
            main(
                [
                    "csv",
                    str(source),
                    "--column",
                    "text",
                    "--country-column",
                    "country",
                    "--to",
                    "EUR",
                    "--jobs",
                    jobs,
                    "-o",
                    str(out),
                ]
            )
            == 0
        )
        outputs.append(out.read_bytes())
        assert capsys.readouterr().err.splitlines()[0] == f"rows       {len(records)}"
    assert outputs[0] == outputs[1]


# --- serve and help --------------------------------------------------------------------------


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("normalize", "csv", "jsonl", "serve"):
        assert f"    {command} " in out


def test_serve_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())  # argparse wraps to the terminal's width
    assert flat.startswith("usage: paynorm serve [-h] [--host HOST] [--port PORT] [--workers WORKERS] [--hang-timeout SECONDS]")
    assert "(default: $HOST, else 127.0.0.1)" in flat and "(default: $PORT, else 8000)" in flat
    from service.api import workers

    assert "for this long (default: $HANG_TIMEOUT, else 30)" in flat and workers.HANG_TIMEOUT == 30  # the supervisor's


def test_serve_runs_the_workers_like_make_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from service.api import workers

    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []
    monkeypatch.setattr(workers, "serve", lambda *a, **kw: calls.append((a, kw)) or 0)
    monkeypatch.setenv("PORT", "9001")
    assert main(["serve", "--workers", "2"]) == 0
    assert calls == [(("service.app:app",), {"host": "127.0.0.1", "port": 9001, "workers": 2})]
    assert main(["serve", "--workers", "2", "--hang-timeout", "12.5"]) == 0
    assert calls[-1][1]["hang_timeout"] == 12.5
    monkeypatch.setenv("HANG_TIMEOUT", "45")
    assert main(["serve", "--workers", "2"]) == 0
    assert calls[-1][1]["hang_timeout"] == 45.0
    assert main(["serve", "--workers", "2", "--hang-timeout", "12.5"]) == 0  # the flag wins
    assert calls[-1][1]["hang_timeout"] == 12.5


def test_serve_checks_the_hang_timeout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--hang-timeout", "0.5"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "paynorm serve: error: argument --hang-timeout: expected seconds above 1, got '0.5'"
    )
    monkeypatch.setenv("HANG_TIMEOUT", "soon")
    assert main(["serve"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "paynorm serve: error: argument --hang-timeout: expected seconds above 1, got 'soon'"
    )


def test_serve_rejects_a_bad_setting(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PAYNORM_MAX_BATCH_ITEMS", "many")
    assert main(["serve"]) == 2
    assert (
        capsys.readouterr().err.splitlines()[-1]
        == "paynorm serve: error: PAYNORM_MAX_BATCH_ITEMS='many' is not a whole number"
    )


def test_python_dash_m(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "service.cli", "normalize", "£30k - £35k pa", "--country", "GB", "--to", "GBP", "--json"],
        cwd=ROOT, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["stated"]["max"] == 35000
