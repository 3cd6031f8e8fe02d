"""Patterns built from remembered programs are the patterns ``re.compile`` builds, and the
file that remembers them is written once, read after, and ignored when it does not fit."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from compare import patterns

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(ROOT / "seeds" / "the-national-mpacuk.txt"), str(ROOT / "seeds" / "pendle-mpacuk.txt")]


def _env(prefix: Path, **extra: str) -> dict[str, str]:
    """A process whose bytecode, and so whose programs, live under ``prefix``."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(prefix), **extra}
    if "PYTHONDONTWRITEBYTECODE" not in extra:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _report(env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "compare", "report", "--format", "json", *SEEDS],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _saved(prefix: Path) -> Path:
    """Where a process run with ``prefix`` keeps the programs."""
    code = "from compare import patterns; print(patterns.path())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_env(prefix), cwd=ROOT, check=True)
    return Path(done.stdout.strip())


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Path, Path, str]:
    """The programs one report saved, where, and the report it printed."""
    prefix = tmp_path_factory.mktemp("pycache")
    out = _report(_env(prefix, PYTHONHASHSEED="1"))
    return prefix, _saved(prefix), out


def test_a_report_saves_the_programs_of_the_engine_s_patterns(saved) -> None:
    _prefix, path, _out = saved
    header, programs = marshal.loads(path.read_bytes())
    assert header == patterns._HEADER
    assert len(programs) > 300  # the engine's module-level patterns, not a handful


def test_every_saved_program_builds_the_pattern_re_compiles(saved) -> None:
    import _sre

    _prefix, path, _out = saved
    _header, programs = marshal.loads(path.read_bytes())
    for (text, flags), program in programs.items():
        built, expected = _sre.compile(text, *program), re.compile(text, flags)
        assert built == expected, text[:80]
        assert built.groupindex == expected.groupindex and built.groups == expected.groups


def test_a_second_run_reads_the_programs_and_writes_nothing(saved) -> None:
    """Another hash seed too: a pattern whose text followed a set's order would miss, and
    every run would compile it and write the file again."""
    prefix, path, out = saved
    before = path.stat().st_mtime_ns, path.read_bytes()
    assert _report(_env(prefix, PYTHONHASHSEED="2")) == out
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(("another", {})),
                                     marshal.dumps(((0, "3.0"), {("a", 0): (0, [1], 0, {}, ())}))])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path, saved, content) -> None:
    _prefix, _path, out = saved
    path = _saved(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert _report(_env(tmp_path)) == out
    header, programs = marshal.loads(path.read_bytes())
    assert header == patterns._HEADER and len(programs) > 300


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, saved) -> None:
    _prefix, _path, out = saved
    assert _report(_env(tmp_path, PYTHONDONTWRITEBYTECODE="1")) == out
    assert not _saved(tmp_path).exists()


def test_a_damaged_program_is_compiled_as_re_does(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_loaded", {("a+b", 0): (0, [999, 1, 2], 0, {}, ())})
    monkeypatch.setattr(patterns, "_recording", False)
    assert patterns.compile("a+b") == re.compile("a+b")
    assert patterns.compile("a+b").fullmatch("aab")


def test_a_program_is_kept_only_when_it_builds_the_same_pattern() -> None:
    text = r"(?P<word>\w+)-(?P<number>\d+)|x"
    program = patterns._program(text, re.IGNORECASE, re.compile(text, re.IGNORECASE))
    assert program is not None
    assert program[3] == {"word": 1, "number": 2}
    assert patterns._program(text, 0, re.compile(text, re.IGNORECASE)) is None
