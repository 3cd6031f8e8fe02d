"""Web addresses and pages on the command line, as a user runs them: served from 127.0.0.1 by
the test, read through trafilatura, compared like text files; failures one line, exit 2."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest
from local_server import Route, serve

from compare import fetch

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WEB = SHARED / "web"
BENCH = SHARED / "bench" / "ecbplus-news.jsonl"
needs_web = pytest.mark.skipif(not WEB.is_dir(), reason=f"{WEB} (shared test pages) is absent")
needs_bench = pytest.mark.skipif(not BENCH.is_file(), reason=f"{BENCH} is absent")

STORY = ("7_1ecbplus", "7_2ecbplus")
"""Two reports of one boxing match (Klitschko against Thompson, July 2012) in the corpus."""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "compare", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT)


def page_at(name: str) -> Route:
    path = WEB / name
    return Route(path.read_bytes() if path.is_file() else b"")


@pytest.fixture(scope="module")
def site():
    routes = {"/a.html": page_at("reuters.com.parasite.html"),
              "/b.html": page_at("vancouversun.com.microsoft.html")}
    routes["/moved"] = Route(status=301, headers={"Location": "/b.html"})
    routes["/feed.json"] = Route(b"{}", headers={"Content-Type": "application/json"})
    routes["/slow.html"] = Route(b"<html></html>", delay=30)
    with serve(routes) as address:
        yield address


@needs_web
def test_report_of_two_addresses(site: str) -> None:
    result = run("report", f"{site}/a.html", f"{site}/b.html")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    head = result.stdout.split("Summary:")[0]
    assert "A  a  " in head and "B  b  " in head  # two pages of one site: their names
    assert f"{site}/a.html" in head
    assert "title: 'Parasite' scores historic upset at SAG awards, boosting Oscar" in head
    assert "outlet: Reuters · author: Jill Serjeant · published: 2020-01-19" in head
    assert "outlet: Vancouver Sun · author: Reuters · published: 2020-01-16" in head
    assert "Thomson Reuters Trust Principles" not in result.stdout


@needs_web
def test_json_and_markdown_carry_the_page_metadata(site: str) -> None:
    out = json.loads(run("report", "-f", "json", f"{site}/a.html", f"{site}/moved").stdout)
    a, b = out["documents"]
    assert (a["label"], a["source"], a["outlet"], a["published"]) == (
        "a", f"{site}/a.html", "Reuters", "2020-01-19")
    assert (b["label"], b["author"], b["published"]) == ("moved", "Reuters", "2020-01-16")
    assert b["title"].startswith("Microsoft moves to erase its carbon footprint")
    assert b["text"].startswith("Microsoft will invest US$1 billion")
    markdown = run("report", "-f", "markdown", f"{site}/a.html", f"{site}/b.html").stdout
    assert "| Id | Title | Outlet | Author | Published |" in markdown
    assert "| B | Microsoft moves to erase its carbon footprint from the atmosphere in " \
           "climate push | Vancouver Sun | Reuters | 2020-01-16 |" in markdown


@needs_web
def test_addresses_of_two_sites_are_labelled_by_host(site: str, tmp_path: Path) -> None:
    from compare.reading import default_labels

    assert default_labels(["https://www.reuters.com/article/x", "https://vancouversun.com/t/y",
                           "b.txt"]) == ["reuters.com", "vancouversun.com", "b"]
    assert default_labels([f"{site}/a.html", f"{site}/b.html"]) == ["a", "b"]


@needs_web
def test_save_keeps_the_pages_and_the_offline_rerun_is_the_same(site: str,
                                                                 tmp_path: Path) -> None:
    kept = tmp_path / "pages"
    online = run("report", "-f", "json", "--save", str(kept), f"{site}/a.html", f"{site}/b.html")
    assert online.returncode == 0
    assert online.stderr.splitlines() == [f"compare-news: saved {kept / 'a.html'}",
                                          f"compare-news: saved {kept / 'b.html'}"]
    assert (kept / "a.html").read_bytes() == (WEB / "reuters.com.parasite.html").read_bytes()
    offline = run("report", "-f", "json", str(kept / "a.html"), str(kept / "b.html"))
    first, again = json.loads(online.stdout), json.loads(offline.stdout)
    for doc in first["documents"] + again["documents"]:
        doc.pop("source")
    assert first == again


@pytest.mark.parametrize("path, why", [
    ("/gone.html", "not found (HTTP 404)"),
    ("/feed.json", "not HTML (the server sent application/json)"),
])
def test_a_failed_address_is_one_line_and_exit_2(site: str, path: str, why: str,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = run("report", "-o", str(out), "--save", str(tmp_path / "kept"), f"{site}/a.html",
                 site + path)
    assert result.returncode == 2
    assert result.stderr == f"compare-news: error: {site}{path}: {why}\n"
    assert result.stdout == ""
    assert not out.exists() and not (tmp_path / "kept").exists()  # nothing half-written


def test_every_failed_address_has_its_line(site: str) -> None:
    result = run("view", "http://nonexistent.invalid/news.html", f"{site}/gone.html")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "compare-news: error: http://nonexistent.invalid/news.html: no such host",
        f"compare-news: error: {site}/gone.html: not found (HTTP 404)",
    ]


@needs_web
def test_timeout_and_too_large_through_the_command_line(site: str, monkeypatch, capsys) -> None:
    from compare.cli import main

    monkeypatch.setattr(fetch, "TIMEOUT", 0.3)
    assert main(["report", f"{site}/a.html", f"{site}/slow.html"]) == 2
    assert capsys.readouterr().err == (
        f"compare-news: error: {site}/slow.html: timed out after 0.3 s\n")
    monkeypatch.setattr(fetch, "MAX_BYTES", 100_000)
    assert main(["report", f"{site}/a.html", f"{site}/b.html"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"compare-news: error: {site}/a.html: too large (over the 0.1 MB limit)",
        f"compare-news: error: {site}/b.html: too large (over the 0.1 MB limit)",
    ]


@needs_web
def test_a_saved_page_is_read_as_a_page_whatever_its_name(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    saved.write_bytes((WEB / "theguardian.com.academics.html").read_bytes())
    plain = tmp_path / "note.txt"
    plain.write_text("Universities\n\nThousands of academic staff are on precarious contracts.")
    result = run("report", "-f", "json", str(saved), str(plain))
    docs = json.loads(result.stdout)["documents"]
    assert docs[0]["outlet"] == "The Guardian" and docs[0]["author"] == "Richard Adams"
    assert "Make a contribution" not in docs[0]["text"]
    assert docs[1]["outlet"] is None and docs[1]["title"] == "Universities"


# The two texts of one story, each put in the markup of a real news page: a menu, a cookie
# notice, a photo with its caption, related links and a footer; each with numbers and names of
# its own, so any of it leaking into the article would add facts.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="2012-07-07T22:04:00Z">
<link rel="stylesheet" href="/site.css"><script>window.ads = [1, 2, 3];</script>
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
By clicking Accept you agree to 14 partners storing cookies on your device.</p>
<button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
<header class="site-header"><a href="/" class="logo">{outlet}</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/boxing">Boxing</a></li><li><a href="/football">Football</a></li>
<li><a href="/tennis">Tennis</a></li><li><a href="/video">Video</a></li></ul></nav></header>
<main><article class="story">
<h1 class="headline">{title}</h1>
<div class="byline">By Staff Reporter</div>
<figure class="lead-image"><img src="/photos/ring.jpg" alt="ring">
<figcaption>Manny Pacquiao trains in Manila before his 2013 fight with Juan Manuel Marquez.
Photo: AFP/Getty Images</figcaption></figure>
<div class="story-body">
{paragraphs}
</div>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/boxing/1">Vitali Klitschko to run for mayor of Kiev in 2015</a></li>
<li><a href="/boxing/2">Floyd Mayweather signs six-fight deal worth $200 million</a></li>
<li><a href="/boxing/3">David Haye plans comeback against Tyson Fury at Wembley</a></li>
</ul></aside>
</article></main>
<footer><p>&copy; 2012 {outlet} Sports Media. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/terms">Terms of use</a></li></ul></footer>
</body></html>
"""


def story_texts() -> list[str]:
    texts = {}
    with BENCH.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["doc"] in STORY:
                texts[row["doc"]] = row["text"]
    return [texts[doc] for doc in STORY]


def as_page(text: str, outlet: str) -> bytes:
    title, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return PAGE.format(title=html.escape(title), outlet=outlet, paragraphs=body).encode()


def facts(report: dict) -> list[tuple]:
    return sorted((f["kind"], f["label"], f["status"], tuple(f["docs"]),
                   tuple((m["doc"], m["start"], m["end"], m["value"]) for m in f["mentions"]))
                  for f in report["facts"])


@needs_bench
def test_two_pages_of_one_story_compare_like_their_two_texts(tmp_path: Path) -> None:
    texts = story_texts()
    plain = [tmp_path / "espn.txt", tmp_path / "mail.txt"]
    for path, text in zip(plain, texts, strict=True):
        path.write_text(text, encoding="utf-8")
    routes = {"/espn.html": Route(as_page(texts[0], "ESPN")),
              "/mail.html": Route(as_page(texts[1], "Mail Online"))}
    with serve(routes) as address:
        pages = run("report", "-f", "json", f"{address}/espn.html", f"{address}/mail.html")
    assert pages.returncode == 0, pages.stderr
    from_pages = json.loads(pages.stdout)
    from_texts = json.loads(run("report", "-f", "json", *map(str, plain)).stdout)
    for page_doc, text_doc in zip(from_pages["documents"], from_texts["documents"], strict=True):
        assert page_doc["text"] == text_doc["text"]
        assert page_doc["title"] == text_doc["title"]
        assert page_doc["published"] == "2012-07-07"
    assert from_pages["documents"][1]["outlet"] == "Mail Online"
    assert facts(from_pages) == facts(from_texts)
    assert len([f for f in from_pages["facts"] if f["status"] == "shared"]) >= 10
    assert from_pages["alignments"] == from_texts["alignments"]


def test_a_missing_file_stops_the_run_before_any_fetch(tmp_path: Path) -> None:
    agents: list[str] = []
    with serve({"/a.html": page_at("reuters.com.parasite.html")}, agents) as address:
        result = run("report", f"{address}/a.html", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr == f"compare-news: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert agents == []
