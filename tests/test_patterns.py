"""Patterns built from remembered programs are the patterns ``re.compile`` builds, and the
file that remembers them is written once, read after, and ignored when it does not fit."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zipfile
import zlib
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


def _programs(path: Path) -> dict:
    header, checksum, payload = marshal.loads(path.read_bytes())
    assert header == patterns._HEADER and checksum == zlib.crc32(payload)
    return marshal.loads(payload)


def _file(header, programs: dict, checksum: int | None = None) -> bytes:
    payload = marshal.dumps(programs)
    return marshal.dumps((header, zlib.crc32(payload) if checksum is None else checksum, payload))


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Path, Path, str]:
    """The programs one report saved, where, and the report it printed."""
    prefix = tmp_path_factory.mktemp("pycache")
    out = _report(_env(prefix, PYTHONHASHSEED="1"))
    return prefix, _saved(prefix), out


def test_a_report_saves_the_programs_of_the_engine_s_patterns(saved) -> None:
    _prefix, path, _out = saved
    assert len(_programs(path)) > 300  # the engine's module-level patterns, not a handful


def test_every_saved_program_builds_the_pattern_re_compiles(saved) -> None:
    import _sre

    _prefix, path, _out = saved
    for (text, flags, _is_bytes), program in _programs(path).items():
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


def _wrong_programs(saved_path: Path) -> dict:
    """Every saved key with another key's program: what a file of the right shape but the
    wrong content holds."""
    programs = _programs(saved_path)
    keys = list(programs)
    return dict(zip(keys, [programs[k] for k in keys[1:] + keys[:1]], strict=True))


@pytest.mark.parametrize("damage", ["empty", "garbage", "huge", "shape", "foreign", "checksum"])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path, saved, damage) -> None:
    _prefix, saved_path, out = saved
    content = {
        "empty": lambda: b"",
        "garbage": lambda: b"\x00garbage",
        "huge": lambda: b"[\xff\xff\xff\x0f",  # a list of 268 million items, cut short
        "shape": lambda: marshal.dumps(("another", {})),
        "foreign": lambda: _file(
            (patterns._FORMAT, "3.11.2 (another build)", *patterns._HEADER[2:]),
            _wrong_programs(saved_path)),
        "checksum": lambda: _file(patterns._HEADER, _wrong_programs(saved_path), checksum=1),
    }[damage]()
    path = _saved(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert _report(_env(tmp_path)) == out
    assert len(_programs(path)) > 300


def test_a_program_of_the_wrong_shape_is_compiled_as_re_does(monkeypatch) -> None:
    """Group names that disagree, or more groups than names: _sre would take them and fail
    (or allocate without end) only when a match is read."""
    for program in [(0, [1], 5, {}, (None,)), (0, [1], 1, {"a": 1}, (None, "b")),
                    (0, [1], 10**9, {}, (None,)), [0, [1], 0, {}, (None,)], (0, [1], 0)]:
        monkeypatch.setattr(patterns, "_loaded", {("(a)+b", 0, False): program})
        monkeypatch.setattr(patterns, "_recording", False)
        assert patterns.compile("(a)+b") == re.compile("(a)+b")
        assert patterns.compile("(a)+b").fullmatch("aab").group(1) == "a"


def test_two_builds_of_one_python_keep_two_files() -> None:
    """A system's 3.11 and a venv's share ``__pycache__``: one file each, not one rewritten by
    each in turn."""
    assert patterns._TAG in Path(patterns.path()).name
    assert f"{zlib.crc32(repr(patterns._HEADER).encode()):08x}" == patterns._TAG


def test_nothing_is_recorded_when_imported_from_a_zip_archive(tmp_path) -> None:
    archive = tmp_path / "compare.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for source in (ROOT / "compare").rglob("*"):
            if source.is_file() and "__pycache__" not in source.parts:
                zipped.write(source, source.relative_to(ROOT))
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import compare.engine;"
            "from compare import patterns; print(patterns.__file__, patterns._may_write())")
    done = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True,
                          text=True, env=_env(tmp_path / "prefix"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(archive / "compare" / "patterns.py"), "False"]
    assert not list((tmp_path / "prefix").rglob("patterns.*.marshal"))


def test_the_modules_compile_through_patterns_only_when_imported() -> None:
    """A pattern built inside a function depends on the documents: it goes to re.compile, so
    the saved programs stay the modules' own, and a library that never imports the engine
    (which ends the recording) records no pattern of a document."""
    import ast

    inside = []
    for source in sorted((ROOT / "compare").glob("*.py")):
        for function in ast.walk(ast.parse(source.read_text())):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inside += [f"{source.name}:{node.lineno}" for node in ast.walk(function)
                           if isinstance(node, ast.Call) and ast.unparse(node.func)
                           == "patterns.compile"]
    assert inside == []


def test_the_recording_ends_with_the_engine_s_import() -> None:
    import compare.engine  # noqa: F401

    assert patterns._recording is False and patterns._asked == {}


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, saved) -> None:
    _prefix, _path, out = saved
    assert _report(_env(tmp_path, PYTHONDONTWRITEBYTECODE="1")) == out
    assert not _saved(tmp_path).exists()


def test_a_damaged_program_is_compiled_as_re_does(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_loaded", {("a+b", 0, False): (0, [999, 1, 2], 0, {},
                                                                   (None,))})
    monkeypatch.setattr(patterns, "_recording", False)
    assert patterns.compile("a+b") == re.compile("a+b")
    assert patterns.compile("a+b").fullmatch("aab")


def test_a_program_is_kept_only_when_it_builds_the_same_pattern() -> None:
    text = r"(?P<word>\w+)-(?P<number>\d+)|x"
    program = patterns._program(text, re.IGNORECASE, re.compile(text, re.IGNORECASE))
    assert program is not None
    assert program[3] == {"word": 1, "number": 2}
    assert patterns._program(text, 0, re.compile(text, re.IGNORECASE)) is None
