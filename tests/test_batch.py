"""``compare-news batch``: input forms, input order, faults as records, --resume, the summary,
the same bytes on 1 and 2 local workers and on a Dask LocalCluster (one worker killed mid-run).

Stories are cut from the two seed articles (real sentences, shipped with the project).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from compare import batch
from compare.batch import Settings, read_stories, run_batch
from compare.cli import main
from compare.engine import DEFAULT_THRESHOLD
from compare.entities import default_aliases

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ROOT / "seeds" / "the-national-mpacuk.txt"
PENDLE = ROOT / "seeds" / "pendle-mpacuk.txt"


def halves(path: Path) -> tuple[str, str]:
    """The article cut at the sentence end nearest its middle."""
    text = path.read_text(encoding="utf-8")
    cut = text.index(". ", len(text) // 2) + 1
    return text[:cut], text[cut:].strip()


def corpus_lines(copies: int = 1) -> list[dict]:
    national, pendle = NATIONAL.read_text(encoding="utf-8"), PENDLE.read_text(encoding="utf-8")
    n1, n2 = halves(NATIONAL)
    p1, p2 = halves(PENDLE)
    lines = []
    for copy in range(copies):
        tag = f"-{copy + 1}" if copies > 1 else ""
        lines += [
            {"story": f"whole{tag}", "source": "The National", "text": national,
             "published": "2019-11-20"},
            {"story": f"halves{tag}", "source": "The National", "text": n1},
            {"story": f"whole{tag}", "source": "Pendle Today", "text": pendle},
            {"story": f"halves{tag}", "source": "Pendle Today", "text": p1},
            {"story": f"halves{tag}", "source": "Pendle Today", "text": p2},
            {"story": f"paths{tag}", "source": "The National", "path": str(NATIONAL)},
            {"story": f"paths{tag}", "source": "Pendle Today", "path": str(PENDLE),
             "title": "MPAC targets Pendle"},
            {"story": f"rest{tag}", "source": "The National", "text": n2},
            {"story": f"rest{tag}", "source": "Pendle Today", "text": pendle},
        ]
    return lines


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().split(b"\n") if line]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "stories.jsonl", corpus_lines())


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(DEFAULT_THRESHOLD, tuple(tuple(g) for g in default_aliases()))


def test_one_compare1_line_a_story_in_input_order(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out), "--workers", "1"]) == 0
    got = records(out)
    assert [r["story"] for r in got] == ["whole", "halves", "paths", "rest"]
    assert all(r["format"] == "compare/1" for r in got)
    whole, halves_, paths, _ = got
    assert [d["outlet"] for d in whole["documents"]] == ["The National", "Pendle Today"]
    assert whole["documents"][0]["published"] == "2019-11-20"
    # two articles of one outlet in a story keep the outlet, and labels stay apart
    assert [d["label"] for d in halves_["documents"]] == [
        "The National", "Pendle Today", "Pendle Today (2)"]
    assert paths["documents"][1]["source"] == str(PENDLE)
    assert paths["documents"][1]["title"] == "MPAC targets Pendle"
    # the same comparison the report command makes of the same two files
    capsys.readouterr()
    assert main(["report", "--format", "json", str(NATIONAL), str(PENDLE)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert paths["facts"] == report["facts"] and paths["alignments"] == report["alignments"]


def test_one_and_two_workers_write_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(corpus), "-o", str(one), "--workers", "1"]) == 0
    assert main(["batch", str(corpus), "-o", str(two), "--workers", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_a_failing_story_is_an_error_record_and_the_run_goes_on(tmp_path: Path, capsys) -> None:
    rows = corpus_lines()[:5] + [
        {"story": "empty", "source": "A", "text": "   "},
        {"story": "empty", "source": "B", "text": "Labour held the seat."},
        {"story": "missing", "source": "A", "path": "nowhere.txt"},
        {"story": "missing", "source": "B", "path": str(PENDLE)},
        "{not json",
        {"source": "A", "text": "No story named."},
        {"story": "two-texts", "source": "A", "text": "x", "path": "y"},
        {"story": "two-texts", "source": "B", "text": "Labour held the seat."},
        {"story": "web", "source": "A", "url": "http://nonexistent.invalid/a"},
        {"story": "web", "source": "B", "text": "Labour held the seat."},
        {"story": "lonely", "source": "A", "text": "Labour held the seat."},
    ]
    corpus = write_jsonl(tmp_path / "faults.jsonl", rows)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out), "--workers", "2"]) == 1
    got = records(out)
    assert [r["story"] for r in got] == [
        "whole", "halves", "empty", "missing", None, None, "two-texts", "web"]
    assert "format" in got[0] and "format" in got[1]
    errors = {r["story"] or f"line {i}": r["error"] for i, r in enumerate(got) if "error" in r}
    assert errors["empty"].endswith(":6: empty article (A)")
    assert errors["missing"] == f"{tmp_path / 'nowhere.txt'}: no such file"
    assert errors["line 4"].endswith("line 10: not valid JSON (Expecting property name "
                                     "enclosed in double quotes)")
    assert errors["line 5"].endswith("line 11: no story (a string or a number)")
    assert errors["two-texts"].endswith("line 12: needs exactly one of text, path, url "
                                        "(has text, path)")
    assert errors["web"] == "http://nonexistent.invalid/a: no such host"
    err = capsys.readouterr().err
    assert "2 stories compared, 6 failed, 1 with one article not compared" in err


def test_resume_keeps_whole_lines_and_redoes_the_rest(corpus: Path, tmp_path: Path,
                                                       settings: Settings, monkeypatch) -> None:
    full = tmp_path / "full.jsonl"
    run_batch(read_stories(str(corpus)), settings, str(full))
    # a run killed while writing its third line, with a failed story before it
    lines = full.read_bytes().split(b"\n")
    error = json.dumps({"story": "paths", "error": "was unreadable"}).encode()
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(lines[0] + b"\n" + error + b"\n" + lines[1] + b"\n" + lines[3][:500])
    compared: list[str] = []
    real = batch.run_story

    def counting(story, options):
        compared.append(story.name)
        return real(story, options)

    monkeypatch.setattr(batch, "run_story", counting)
    outcome = run_batch(read_stories(str(corpus)), settings, str(cut), resume=True)
    assert compared == ["paths", "rest"]
    assert (outcome.kept, outcome.compared, outcome.failed) == (2, 2, 0)
    assert cut.read_bytes() == full.read_bytes()
    # a finished OUT: nothing to do, and the summary still covers every story
    again = run_batch(read_stories(str(corpus)), settings, str(cut), resume=True)
    assert compared == ["paths", "rest"] and again.outlets == outcome.outlets
    assert again.kept == 4 and cut.read_bytes() == full.read_bytes()


def test_url_lines_go_through_the_readers_fetch_sources(tmp_path: Path, settings: Settings,
                                                       monkeypatch) -> None:
    from compare import reading

    rows = [{"story": "web", "source": "The National", "url": "https://example.org/national"},
            {"story": "web", "source": "Pendle Today", "path": str(PENDLE)}]
    corpus = write_jsonl(tmp_path / "web.jsonl", rows)
    fetched: list[tuple[list[str], list[str]]] = []

    def fetch_sources(urls: list[str], labels: list[str]) -> list[reading.Source]:
        fetched.append((urls, labels))
        return [reading.read_source(str(NATIONAL), labels[0])]

    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(reading, "fetch_sources", fetch_sources)
    assert run_batch(read_stories(str(corpus)), settings, str(out)).failed == 0
    assert fetched == [(["https://example.org/national"], ["The National"])]
    page = records(out)[0]["documents"][0]
    assert page["source"] == "https://example.org/national"
    assert page["text"] == reading.read_source(str(NATIONAL)).text


def test_a_folder_of_story_folders(tmp_path: Path) -> None:
    for story, parts in {"b-rest": halves(NATIONAL)[1:], "a-whole": ()}.items():
        folder = tmp_path / "in" / story
        folder.mkdir(parents=True)
        (folder / "pendle.txt").write_text(PENDLE.read_text(encoding="utf-8"), encoding="utf-8")
        text = parts[0] if parts else NATIONAL.read_text(encoding="utf-8")
        (folder / "national.html").write_text(f"<p>{text}</p>", encoding="utf-8")
        (folder / ".hidden").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "1"]) == 0
    got = records(out)
    assert [r["story"] for r in got] == ["a-whole", "b-rest"]
    assert [d["outlet"] for d in got[0]["documents"]] == ["national", "pendle"]
    assert "<p>" not in got[0]["documents"][0]["text"]


def test_summary_csv_and_markdown(corpus: Path, tmp_path: Path, capsys) -> None:
    out, table = tmp_path / "out.jsonl", tmp_path / "outlets.csv"
    assert main(["batch", str(corpus), "-o", str(out), "--workers", "1",
                 "--summary", str(table)]) == 0
    printed = capsys.readouterr().out
    rows = {row["outlet"]: row for row in csv.DictReader(table.open(encoding="utf-8"))}
    assert set(rows) == {"The National", "Pendle Today"}
    pendle = rows["Pendle Today"]
    assert (pendle["stories"], pendle["articles"]) == ("4", "5")
    # with two outlets, every fact both report is core, and each carries all of it
    assert pendle["core"] == rows["The National"]["core"] == pendle["carried"]
    assert int(pendle["alone"]) + int(pendle["carried"]) == int(pendle["facts"])
    assert printed.startswith("| outlet ") and "| Pendle Today " in printed
    markdown = tmp_path / "outlets.md"
    assert main(["batch", str(corpus), "-o", str(out), "--resume",
                 "--summary", str(markdown)]) == 0
    assert markdown.read_text(encoding="utf-8") == printed


@pytest.mark.parametrize("args, message", [
    (["--summary", "x.txt"], "--summary needs a .csv or .md file name"),
    (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "give one"),
])
def test_unusable_arguments_exit_2(corpus: Path, tmp_path: Path, capsys, args, message) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_workers_must_be_a_positive_number(corpus: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--workers", "0"])
    assert exit_.value.code == 2
    assert "--workers: must be 1 or more, got 0" in capsys.readouterr().err


def test_a_missing_input_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err == f"compare-news: error: {tmp_path / 'none.jsonl'}: " \
                                      "no such file\n"


def test_a_local_run_off_a_terminal_imports_no_rich_textual_or_dask(corpus: Path,
                                                                     tmp_path: Path) -> None:
    code = (
        "import sys; from compare.cli import main; "
        f"rc = main(['batch', {str(corpus)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}]); "
        "print(rc, sorted({m.split('.')[0] for m in sys.modules} "
        "& {'rich', 'textual', 'dask', 'distributed'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "0 []"


# -- Dask --------------------------------------------------------------------------------------

needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="Dask is the optional [dask] extra; not installed")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as local:
        yield local


@needs_dask
def test_dask_writes_the_same_bytes_as_local_workers(cluster, corpus: Path,
                                                     tmp_path: Path) -> None:
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["batch", str(corpus), "-o", str(local), "--workers", "2"]) == 0
    assert main(["batch", str(corpus), "-o", str(on_dask),
                 "--scheduler", cluster.scheduler_address]) == 0
    assert local.read_bytes() == on_dask.read_bytes()


@needs_dask
def test_a_dask_worker_killed_mid_run_is_replaced(cluster, tmp_path: Path,
                                                  settings: Settings) -> None:
    from distributed import Client

    corpus = write_jsonl(tmp_path / "many.jsonl", corpus_lines(copies=2))
    stories = read_stories(str(corpus))
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(stories, settings, str(local), workers=2)
    killed: list[str] = []

    def kill_a_busy_worker(done: int, total: int) -> None:
        """Once, as stories finish: SIGKILL a worker process that is comparing a story."""
        if killed or done == 0 or done >= total - 1:
            return
        with Client(cluster.scheduler_address, set_as_default=False) as spy:
            busy = {address for address, keys in spy.processing().items() if keys}
        for nanny in cluster.workers.values():
            if nanny.worker_address in busy:
                killed.append(nanny.worker_address)
                os.kill(nanny.process.process.pid, signal.SIGKILL)
                return

    outcome = run_batch(stories, settings, str(on_dask), scheduler=cluster.scheduler_address,
                        progress=kill_a_busy_worker)
    assert killed, "no worker was busy when one was to be killed"
    assert (outcome.compared, outcome.failed) == (8, 0)
    assert on_dask.read_bytes() == local.read_bytes()
