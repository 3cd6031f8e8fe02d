"""The answer keys: the engine's compare/1 JSON scored by ``../shared/tools/score.py`` on the
seeds and on every real pair in ``../shared/pairs/``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from compare.engine import build_document, compare_documents
from compare.reading import clean_text
from compare.report.json_format import render

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
METRICS = ("facts", "shared-precision", "align-recall", "align-precision")

pytestmark = pytest.mark.skipif(
    not SCORER.is_file(),
    reason=f"shared folder with the answer keys and scorer ({SCORER}) is absent",
)


def pair_folders() -> list[Path]:
    pairs = SHARED / "pairs"
    if not pairs.is_dir():
        return []
    return sorted(p for p in pairs.iterdir() if (p / "compare.gold.json").is_file())


def run_and_score(gold: Path, a: Path, b: Path, out_dir: Path) -> tuple[dict[str, float], str]:
    docs = [
        build_document(doc_id, path.stem, str(path), clean_text(path.read_text(encoding="utf-8")))
        for doc_id, path in (("A", a), ("B", b))
    ]
    result = out_dir / "result.json"
    result.write_text(render(compare_documents(docs)), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(result), "--verbose"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("SCORE ")]
    assert lines, proc.stdout
    words = lines[-1].split()[1:]
    scores = {name: float(value) for name, value in zip(words[0::2], words[1::2], strict=True)}
    assert set(scores) == set(METRICS), lines[-1]
    return scores, proc.stdout


@pytest.fixture(scope="module")
def seed_score(tmp_path_factory) -> tuple[dict[str, float], str]:
    gold = SHARED / "gold" / "seeds.gold.json"
    if not gold.is_file():
        pytest.skip(f"answer key {gold} is absent")
    seeds = ROOT / "seeds"
    return run_and_score(
        gold,
        seeds / "the-national-mpacuk.txt",
        seeds / "pendle-mpacuk.txt",
        tmp_path_factory.mktemp("seeds"),
    )


@pytest.fixture(scope="module")
def pair_scores(tmp_path_factory) -> dict[str, tuple[dict[str, float], str]]:
    folders = pair_folders()
    if not folders:
        pytest.skip(f"no answer-keyed pairs in {SHARED / 'pairs'}")
    return {
        folder.name: run_and_score(
            folder / "compare.gold.json",
            folder / "a.txt",
            folder / "b.txt",
            tmp_path_factory.mktemp(folder.name),
        )
        for folder in folders
    }


@pytest.mark.parametrize(
    ("metric", "minimum"),
    [
        ("facts", 0.95),
        ("shared-precision", 0.90),
        ("align-recall", 1.00),
        ("align-precision", 0.88),
    ],
)
def test_seeds_reach_the_target_score(seed_score, metric, minimum) -> None:
    scores, report = seed_score
    assert scores[metric] >= minimum, report


@pytest.mark.parametrize(
    ("metric", "minimum"),
    [
        # Floors at what main reached when the keyed pairs grew from three to seven (a guard
        # against regression, raised as the engine improves; never lowered below main).
        # Raised with related words and numbers in alignment (issue 10) and exact numbers
        # matched by what they count (issue 8); decades, parts of a year, years shared under a
        # finer date, ordinals in idioms (issue 8); alignment's evidence bar and contracted
        # stopwords (issue 10: recall 0.836, precision 0.736); name lines unpaired (issue 10:
        # precision 0.743); nicknames inside names, a state after a city, an organisation "of"
        # a place, a place named after another (issue 9): every pair's shared facts now all
        # accepted by its key (shared-precision 1.00). Lower-case facts: charges in news
        # forms, illnesses, "no one was hurt", a cause not known, vacant, a rank (issue 8:
        # facts 0.930). Years and spans of time linked by their sentences, ranges, decades in
        # years (issue 8: facts 0.921 alone, recall 0.844). A first word cut short ("Mat
        # Maid" / "Matanuska Maid", issue 9): align-recall 0.836 -> 0.843. Alignment's lead
        # bonus and a related word inside a name (issue 10: recall 0.863, precision 0.783).
        # Third session's end, all merged (quotations closed in the next paragraph, review
        # fixes): facts 0.944, align-recall 0.894, align-precision 0.790. A year meets its
        # decade, sentences quoting the same words pair, a phrase one report has keeps its
        # words (issue 10's sixth session): align-recall 0.907, align-precision 0.796. Key
        # terms and roles (issue 8's non-number facts): facts 0.974. Dotted abbreviations in
        # names, a body's lower-case complement (issue 9) and a hyphenated word's parts in
        # alignment (issue 10's seventh session): align-recall 0.911, align-precision 0.806.
        # A stamp is no pair for a stamp days apart nor for the story (issue 9's twenty-first
        # session): align-precision 0.820 -> 0.827. Quotations across paragraphs and a
        # transcript's lines (issue 9's twenty-sixth session): facts 0.975 -> 0.982. A lone
        # surname read per report (issue 9's thirtieth session): gigante's precision 0.88 ->
        # 0.91, the mean 0.827 -> 0.832. A count only one report has keeps its words for the
        # aligner (issue 9's thirty-first session): alaska 0.70 -> 0.72, degeneres 0.85 ->
        # 0.90, the mean 0.832 -> 0.846. Two nouns joined by "and" are one term (issue 9's
        # thirty-sixth session): turkmenistan's facts 0.97 -> 1.00, the mean 0.981 -> 0.986.
        ("facts", 0.985),
        ("shared-precision", 1.00),
        ("align-recall", 0.91),
        ("align-precision", 0.84),
    ],
)
def test_real_pairs_mean_reaches_the_target_score(pair_scores, metric, minimum) -> None:
    mean = sum(s[metric] for s, _ in pair_scores.values()) / len(pair_scores)
    detail = "\n".join(f"{name}: {s}\n{report}" for name, (s, report) in pair_scores.items())
    assert mean >= minimum, f"mean {metric} {mean:.3f}\n{detail}"


def test_every_real_pair_reaches_the_facts_target(pair_scores) -> None:
    """Issue 8's target: required facts at least 0.92 on each keyed pair, not on average."""
    low = {name: s["facts"] for name, (s, _) in pair_scores.items() if s["facts"] < 0.92}
    assert not low, low


def test_every_gold_snippet_is_found_in_the_text_as_shown(seed_score, pair_scores) -> None:
    reports = {"seeds": seed_score[1], **{n: r for n, (_, r) in pair_scores.items()}}
    for name, report in reports.items():
        assert "gold snippets not found" not in report, f"{name}:\n{report}"
