"""What the command prints is valid UTF-8 and never drives the terminal, whatever the names.

File names and labels come from the command line as bytes: they may not be UTF-8 (Python hands
them over as lone surrogates) and may hold control characters, such as the escape sequences
that change a terminal's title or colours.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compare.reading import InputError, read_sources, shown

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "seeds" / "the-national-mpacuk.txt", ROOT / "seeds" / "pendle-mpacuk.txt"]
ESCAPE = b"\x1b]0;owned\x07\x1b[31m"
"""Sets the terminal's title, then paints everything red."""


def run(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "compare", *args], capture_output=True,
                          cwd=cwd or ROOT)


@pytest.fixture
def odd_names(tmp_path: Path) -> tuple[bytes, bytes]:
    """Two seed articles under names that are not UTF-8 and hold terminal escapes."""
    first = bytes(tmp_path) + b"/national\xff\xfe.txt"
    second = bytes(tmp_path) + b"/pendle" + ESCAPE + b".txt"
    shutil.copyfile(SEEDS[0], first)
    shutil.copyfile(SEEDS[1], second)
    return first, second


def _clean(data: bytes) -> str:
    text = data.decode("utf-8")  # raises when the output is not valid UTF-8
    assert "\x1b" not in text and "\x07" not in text
    return text


def test_names_that_are_not_utf8_write_the_report_to_a_file(odd_names, tmp_path) -> None:
    out = tmp_path / "report.txt"
    result = run("report", *odd_names, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    text = _clean(out.read_bytes())
    assert "national\\xff\\xfe" in text and "pendle\\x1b]0;owned\\x07\\x1b[31m" in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_names_are_escaped_on_standard_output(odd_names, fmt) -> None:
    result = run("report", "--format", fmt, "--color", "never", *odd_names)
    assert result.returncode == 0, result.stderr
    text = _clean(result.stdout)
    if fmt == "json":
        docs = json.loads(text)["documents"]
        assert docs[0]["label"] == "national\\xff\\xfe"
        assert docs[1]["source"].endswith("pendle\\x1b]0;owned\\x07\\x1b[31m.txt")
    else:  # Markdown doubles the backslash of the escape
        assert "national\\xff\\xfe" in text.replace("\\\\", "\\")


def test_labels_that_are_not_utf8_or_hold_escapes(tmp_path) -> None:
    out = tmp_path / "report.txt"
    result = run("report", *map(str, SEEDS), "--label", b"Nat\xe9",
                 "--label", b"Pendle" + ESCAPE, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = _clean(out.read_bytes())
    assert "Nat\\xe9" in text and "Pendle\\x1b]0;owned" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_errors_and_warnings_name_the_file_escaped(tmp_path) -> None:
    missing = bytes(tmp_path) + b"/gone" + ESCAPE + b"\xff.txt"
    result = run("report", missing, str(SEEDS[0]))
    assert result.returncode == 2
    message = _clean(result.stderr)
    assert message.count("\n") == 1
    assert "gone\\x1b]0;owned\\x07\\x1b[31m\\xff.txt: no such file" in message
    cp1252 = bytes(tmp_path) + b"/caf" + ESCAPE + b".txt"
    Path(cp1252.decode("utf-8", "surrogateescape")).write_bytes(b"The caf\xe9 opened.\n")
    result = run("report", cp1252, str(SEEDS[0]))
    assert result.returncode == 0
    assert "read as cp1252" in _clean(result.stderr)


def test_unknown_option_is_quoted_escaped() -> None:
    result = run("report", *map(str, SEEDS), b"--colour" + ESCAPE)
    assert result.returncode == 2
    assert "unrecognized arguments: --colour\\x1b]0;owned" in _clean(result.stderr)


def test_shown_escapes_controls_bidi_and_bytes_and_keeps_the_rest() -> None:
    assert shown("Müller – «Le Monde» 東京") == "Müller – «Le Monde» 東京"
    assert shown("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert shown("a\x9b31m") == "a\\x9b31m"  # the one-byte CSI
    assert shown("line\nbreak\u2028") == "line\\x0abreak\\u2028"
    assert shown("report\u202etxt.exe") == "report\\u202etxt.exe"
    assert shown(b"caf\xe9".decode("utf-8", "surrogateescape")) == "caf\\xe9"


def test_read_sources_gives_shown_labels_and_sources(tmp_path) -> None:
    name = tmp_path / "title\x1b]0;x\x07.txt"
    shutil.copyfile(SEEDS[0], name)
    sources = read_sources([str(name), str(SEEDS[1])])
    assert sources[0].label == "title\\x1b]0;x\\x07"
    assert sources[0].source == shown(str(name)) and "\x1b" not in sources[0].source
    with pytest.raises(InputError) as err:
        read_sources([str(tmp_path / "no\x1bpe"), str(SEEDS[1])])
    assert "\x1b" not in str(err.value)


def test_a_title_with_escapes_prints_safely(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b"Fire at \xe2\x80\xae dairy " + ESCAPE + b" farm\n\nThe fire spread.\n")
    result = run("report", str(article), str(SEEDS[1]))
    assert result.returncode == 0
    text = _clean(result.stdout)
    assert "title: Fire at \\u202e dairy ]0;owned [31m farm" in text


async def test_the_view_names_the_written_report_escaped(tmp_path) -> None:
    from compare.tui.app import CompareApp
    from compare.tui.seeds import seed_comparison

    comparison, _ = seed_comparison()
    target = tmp_path / "seeds\x1b]0;owned\x07.compare.txt"
    app = CompareApp(comparison, report_path=target)
    told: list[str] = []
    notify = app.notify

    def remember(message: str, **options: object) -> None:
        told.append(message)
        notify(message, **options)  # type: ignore[arg-type]

    app.notify = remember  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
    assert target.exists()
    assert told and all("\x1b" not in m and "\x07" not in m for m in told)
    assert "seeds\\x1b]0;owned\\x07.compare.txt" in told[-1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_on_standard_output_is_one_line_not_a_traceback() -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "compare", "report", *map(str, SEEDS)],
                                stdout=full, stderr=subprocess.PIPE, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "compare-news: error: cannot write the report: no space left on device\n"
    )
