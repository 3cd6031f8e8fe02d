"""Web pages as articles: HTML known from its content, the main text without the page around
it, and the page's title, outlet, author and publication date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.reading import clean_text
from compare.web import clean_title, decode_html, extract_article

WEB = Path(__file__).resolve().parents[2] / "shared" / "web"
needs_web = pytest.mark.skipif(not WEB.is_dir(), reason=f"{WEB} (shared test pages) is absent")

# What each page says of itself, read by hand in the page: the headline, and the first
# publication time of its Open Graph / schema.org metadata.
PAGES = {
    "vancouversun.com.microsoft.html": (
        "Microsoft moves to erase its carbon footprint from the atmosphere in climate push",
        "Vancouver Sun", "2020-01-16"),
    "theguardian.com.academics.html": (
        "Thousands of UK academics 'treated as second-class citizens'", "The Guardian",
        "2020-01-20"),
    "phys.org.tool.html": (
        "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal "
        "complex thinking", "Phys.org", "2019-10-22"),
    "reuters.com.parasite.html": (
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances", "Reuters",
        "2020-01-19"),
    "dw.com.colonial.html": (
        "Berlin confronts Germany's colonial past with new initiative", "DW.COM", "2020-01-19"),
}

BODY = "".join(
    f"<p>{s}</p>" for s in (
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable "
        "hold on his WBA, IBF and WBO heavyweight titles Saturday night.",
        "The 36-year-old champion Klitschko, 58-3 with 51 knockouts, floored Thompson with a "
        "big right hand near the end of the fifth round at Stade de Suisse, and the 40-year-old "
        "American never recovered.",
        "The Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams "
        "gave the challenger a standing count before stopping the fight at 2:56.",
    )
)


def page(head: str = "", body: str = BODY) -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article>"
            "</body></html>")


def expected() -> dict[str, dict[str, list[str]]]:
    return json.loads((WEB / "expected.json").read_text(encoding="utf-8"))


@needs_web
@pytest.mark.parametrize("name", sorted(PAGES))
def test_real_page_keeps_the_article_and_drops_the_page_around_it(name: str) -> None:
    snippets = expected()[name]
    article = extract_article(decode_html((WEB / name).read_bytes()))
    assert [s for s in snippets["with"] if s not in article.text] == []
    assert [s for s in snippets["without"] if s in article.text] == []
    title, outlet, published = PAGES[name]
    assert (article.title, article.outlet, article.published) == (title, outlet, published)
    assert article.text.startswith(title + "\n\n") or f"\n\n{title}\n\n" in article.text


@needs_web
def test_the_old_tag_stripper_kept_every_page_s_boilerplate() -> None:
    """Why pages go through trafilatura: the tag stripper keeps all 16 `without` snippets."""
    kept = [s for name, snippets in expected().items()
            for s in snippets["without"]
            if s in clean_text(decode_html((WEB / name).read_bytes()))]
    assert len(kept) == 16


@needs_web
def test_paragraphs_stay_lines_and_markup_line_breaks_are_spaces() -> None:
    text = extract_article(decode_html((WEB / "phys.org.tool.html").read_bytes())).text
    assert text.startswith("October 22, 2019 report\n\nFlint flake tool")
    assert all(line.strip() == line and line for line in text.split("\n\n"))


def test_decode_html_charset_order() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body>café</body></html>"
    assert "café" in decode_html(latin.encode("latin-1"))
    assert "café" in decode_html("<html>café".encode("cp1252"), "cp1252")
    assert "café" in decode_html("<html>café".encode())
    assert "café" in decode_html("<html>café".encode("cp1252"))  # not UTF-8: cp1252
    assert "café" in decode_html("<html>café".encode(), "no-such-charset")


def test_clean_title_drops_the_site_s_additions() -> None:
    assert clean_title("Berlin confronts its past | DW | 19.01.2020") == "Berlin confronts its past"
    assert clean_title("Klitschko retains belts - ESPN") == "Klitschko retains belts - ESPN"
    assert clean_title("  ") is None and clean_title(None) is None


def test_metadata_from_the_page_head() -> None:
    head = ("<title>Klitschko retains belts | Boxing | ESPN</title>"
            "<meta property='og:site_name' content='ESPN'>"
            "<meta name='author' content='Dan Rafael'>"
            "<meta name='analyticsAttributes.articleDate' content='2012-07-08T09:00:00Z'>"
            "<meta property='article:published_time' content='2012-07-07T22:04:00-04:00'>")
    article = extract_article(page(head))
    assert article.title == "Klitschko retains belts"
    assert (article.outlet, article.author, article.published) == ("ESPN", "Dan Rafael",
                                                                    "2012-07-07")
    assert article.text.split("\n\n")[0] == "Klitschko retains belts"
    assert article.text.split("\n\n")[1].startswith("Wladimir Klitschko stopped")


def test_json_ld_date_published_of_the_article_wins() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2011-01-01"},
        {"@type": ["NewsArticle"], "headline": "Klitschko", "datePublished": "2012-07-07T22:04Z"},
    ]})
    head = (f"<script type='application/ld+json'>{ld}</script>"
            "<meta property='article:published_time' content='2012-07-09'>")
    assert extract_article(page(head)).published == "2012-07-07"


def test_a_date_that_is_no_calendar_date_is_ignored() -> None:
    head = ("<meta property='article:published_time' content='2012-02-30T10:00'>"
            "<meta itemprop='datePublished' content='2012-07-06'>")
    assert extract_article(page(head)).published == "2012-07-06"


def test_link_lines_and_copyright_lines_are_not_article_text() -> None:
    body = (BODY + "<p>Read more: <a href='/x'>Klitschko brothers to fight on in 2013 "
            "season</a></p><p>© 2012 ESPN Internet Ventures</p>")
    text = extract_article(page("<title>Klitschko retains belts</title>", body)).text
    assert "Read more" not in text and "©" not in text and "2013" not in text
    assert "standing count before stopping the fight at 2:56." in text


def test_a_page_without_an_article_gives_no_text() -> None:
    assert extract_article("<html><body><nav><a href='/'>Home</a></nav></body></html>").text == ""
