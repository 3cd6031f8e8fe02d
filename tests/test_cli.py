"""The command line: formats, labels, stdin, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from compare.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(ROOT / "seeds" / "the-national-mpacuk.txt"), str(ROOT / "seeds" / "pendle-mpacuk.txt")]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "compare", *args],
        input=stdin, capture_output=True, cwd=cwd, env=env,
    )


def test_report_with_no_files_compares_the_seeds(capsys) -> None:
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    assert "the-national-mpacuk" in out and "pendle-mpacuk" in out
    assert "SHARED FACTS" in out and "ONLY IN A" in out and "ALIGNED SENTENCES" in out


def test_no_command_prints_the_report_when_not_on_a_terminal() -> None:
    result = run(*SEEDS)
    assert result.returncode == 0
    assert b"SHARED FACTS" in result.stdout


def test_text_report_fits_80_columns_and_has_no_colour_when_piped() -> None:
    out = run("report", *SEEDS).stdout.decode()
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_color_always_and_no_color(capsys, monkeypatch) -> None:
    assert main(["report", "--color", "always"]) == 0
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["report", "--color", "auto"]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_same_input_same_bytes() -> None:
    for fmt in ("text", "markdown", "json"):
        first = run("report", "--format", fmt, *SEEDS).stdout
        second = run("report", "--format", fmt, *SEEDS).stdout
        assert first == second and first


def test_json_format_and_labels(capsys) -> None:
    assert main(["report", "--format", "json", "--label", "National", "--label", "Pendle",
                 *SEEDS]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "compare/1"
    assert [d["label"] for d in data["documents"]] == ["National", "Pendle"]
    for fact in data["facts"]:
        for m in fact["mentions"]:
            doc = next(d for d in data["documents"] if d["id"] == m["doc"])
            assert doc["text"][m["start"]:m["end"]] == m["text"]


def test_markdown_has_tables(capsys) -> None:
    assert main(["report", "--format", "markdown", *SEEDS]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Comparison")
    assert "| Fact | Kind | A | B |" in out and "## Aligned sentences" in out


def test_stdin_dash_reads_standard_input() -> None:
    data = Path(SEEDS[1]).read_bytes()
    result = run("report", SEEDS[0], "-", stdin=data)
    assert result.returncode == 0
    assert b"stdin" in result.stdout


def test_output_file_is_written(tmp_path) -> None:
    target = tmp_path / "out.json"
    assert main(["report", "-f", "json", "-o", str(target), *SEEDS]) == 0
    assert json.loads(target.read_text())["format"] == "compare/1"


def test_installed_seeds_found_from_any_folder(tmp_path) -> None:
    result = run("report", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert b"pendle-mpacuk" in result.stdout


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (["missing.txt", "SEED"], b"missing.txt: no such file"),
        (["empty.txt", "SEED"], b"empty.txt: empty file"),
        (["binary.bin", "SEED"], b"binary.bin: binary file"),
        (["folder", "SEED"], b"folder: is a directory"),
        (["SEED"], b"need at least two articles"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, files, message) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.bin").write_bytes(b"ab\x00cd")
    (tmp_path / "folder").mkdir()
    args = [SEEDS[0] if f == "SEED" else f for f in files]
    result = run("report", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and b"Traceback" not in result.stderr


def test_cp1252_warns_and_reads(tmp_path) -> None:
    (tmp_path / "old.txt").write_bytes(b"The caf\xe9 said \x93we are open\x94 on Friday.")
    result = run("report", str(tmp_path / "old.txt"), SEEDS[1])
    assert result.returncode == 0
    assert b"not valid UTF-8; read as cp1252" in result.stderr


def test_refuses_to_write_over_an_input(tmp_path) -> None:
    copy = tmp_path / "a.txt"
    copy.write_bytes(Path(SEEDS[0]).read_bytes())
    result = run("report", str(copy), SEEDS[1], "-o", str(copy))
    assert result.returncode == 2
    assert copy.read_bytes() == Path(SEEDS[0]).read_bytes()


def test_bad_alias_file(tmp_path) -> None:
    bad = tmp_path / "aliases.txt"
    bad.write_text("Tory\n")
    result = run("report", "--aliases", str(bad), *SEEDS)
    assert result.returncode == 2
    assert b"aliases.txt" in result.stderr and len(result.stderr.splitlines()) == 1


def test_usage_errors_exit_2() -> None:
    assert run("report", "--format", "xml").returncode == 2
    assert run("report", "--threshold", "7").returncode == 2


def test_a_dotless_i_in_a_file_gives_a_report_not_a_traceback(tmp_path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_text("The shop opened in Aprıl. He paid 5 lıra for it.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("The shop opened in April. He paid 5 lira for it.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "compare", "report", str(odd), str(other)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Aprıl" in result.stdout


def test_the_engine_is_imported_with_the_collector_paused_then_frozen() -> None:
    """The engine's import allocates tables and compiled patterns that live as long as the
    process: it runs with the cycle collector off, what it made is frozen (so later
    collections skip it), and the collector is on again after, for the comparison."""
    code = (
        "import gc, sys\n"
        "from compare import cli\n"
        "seen = []\n"
        "gc.callbacks.append(lambda phase, info: seen.append(phase))\n"
        "cli._import_engine()\n"
        "print('compare.engine' in sys.modules, len(seen), gc.get_freeze_count() > 1000,"
        " gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["True", "0", "True", "True"]


@pytest.mark.parametrize(("given", "kept"), [(None, "1"), ("4", "4")])
def test_openblas_keeps_one_thread_unless_the_user_says(given, kept) -> None:
    """numpy's OpenBLAS threads would spin for about 60 ms of CPU after its import, for a
    BLAS the engine never calls."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given:
        env["OPENBLAS_NUM_THREADS"] = given
    code = ("import os, sys; from compare.cli import main; rc = main(['report', *sys.argv[1:]]);"
            "print(os.environ['OPENBLAS_NUM_THREADS'], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, *SEEDS], capture_output=True, text=True,
                          env=env, check=True)
    assert done.stderr.strip() == kept
    assert "SHARED FACTS" in done.stdout
