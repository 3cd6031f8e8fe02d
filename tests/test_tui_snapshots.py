"""Snapshots of the view on the seed articles at 160x48: aligned, reading, facts panel.

Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` after a deliberate change
(the engine's pairs and facts show up here too), and look at the SVGs before keeping them.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from compare.tui.app import CompareApp
from compare.tui.seeds import BOASTED, press_until_pair, seed_comparison
from tests.story import story_comparison

SIZE = (160, 48)


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR or a theme from the environment would change every colour in the SVGs."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)


def seed_app() -> CompareApp:
    comparison, recompute = seed_comparison()
    app = CompareApp(comparison, recompute=recompute)
    app.theme = "textual-dark"
    return app


async def to_boasted_pair(pilot: Pilot) -> None:
    """Press n until the pair "boasted of ousting eight..." / "we kicked out 8 MPs" is current."""
    assert await press_until_pair(pilot, *BOASTED), "the boasted / kicked-out pair is not aligned"


async def to_boasted_pair_reading(pilot: Pilot) -> None:
    await to_boasted_pair(pilot)
    await pilot.press("m")
    await pilot.pause()


def test_aligned_layout(snap_compare) -> None:
    """The boasted/kicked-out pair selected: cursor, partner, score gutter, details."""
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=to_boasted_pair)


def test_reading_layout(snap_compare) -> None:
    """The same pair in the reading layout: each article in its own order, partner marked."""
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=to_boasted_pair_reading)


def test_facts_panel(snap_compare) -> None:
    """The facts panel filtered to shared facts, after Enter on the first one."""
    assert snap_compare(seed_app(), terminal_size=SIZE, press=["f", "2", "enter", "_"])


def story_app() -> CompareApp:
    app = CompareApp(story_comparison())
    app.theme = "textual-dark"
    return app


def test_coverage_table(snap_compare) -> None:
    """Four reports of one story: the table with the cursor on the disagreement (five times /
    six times) in B's column, each source's sentence under it, C marked."""
    keys = ["right", "right", "space", "left"] + ["down"] * 6
    assert snap_compare(story_app(), terminal_size=SIZE, press=keys)


def test_coverage_drill_down(snap_compare) -> None:
    """Enter on that cell: daily-news beside ap, on the sentence with "six times"."""
    keys = ["right"] + ["down"] * 6 + ["enter"]
    assert snap_compare(story_app(), terminal_size=SIZE, press=keys)
