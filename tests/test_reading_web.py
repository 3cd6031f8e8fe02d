"""The reader's web path: a file or standard input holding a web page is read as an article."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from compare.reading import (
    InputError,
    default_label,
    is_url,
    looks_like_html,
    read_source,
)

ARTICLE = "".join(
    f"<p>{s}</p>\n" for s in (
        "Navy foils Somali pirate attack off Gulf of Aden, apprehending 26 Somali pirates.",
        "At 9.25 a.m. on Thursday, navy personnel aboard warship INS Sukanya spotted a group "
        "of five suspicious boats speedily approaching the merchant vessels of her group.",
        "While two of them managed to escape, INS Sukanya intercepted the remaining three boats "
        "and nabbed 26 Somali pirates with six AK 47 rifles and about 300 rounds of ammunition.",
    )
)
PAGE = ("<!DOCTYPE html><html><head><title>Navy foils pirate attack | NDTV</title>"
        "<meta property='og:site_name' content='NDTV'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/india'>India</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Navy foils pirate attack</h1>{ARTICLE}</article>"
        "<footer><a href='/about'>About</a></footer></body></html>")


def test_a_page_file_is_read_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "ndtv.txt"  # the name does not matter
    path.write_text(PAGE, encoding="utf-8")
    source = read_source(str(path))
    assert (source.label, source.title, source.outlet) == ("ndtv", "Navy foils pirate attack",
                                                           "NDTV")
    assert source.text.startswith("Navy foils pirate attack\n\nNavy foils Somali pirate attack")
    assert "Home" not in source.text and "About" not in source.text
    assert source.page is None  # a file is not kept again by --save
    assert source.warnings == ()


def test_a_page_in_a_charset_other_than_the_declared_one_warns(tmp_path: Path) -> None:
    """A page declared UTF-8 but saved in cp1252: its undecodable bytes become U+FFFD, and
    the user is told."""
    path = tmp_path / "ndtv.html"
    page = PAGE.replace("<head>", "<head><meta charset='utf-8'>")
    path.write_bytes(page.replace("foils Somali", "foils Somali\u2019s").encode("cp1252"))
    source = read_source(str(path))
    assert "Somali\ufffds" in source.text
    assert source.warnings == (f"{path}: 1 character lost to an earlier decoding error "
                               "(U+FFFD); a number, date or time just before one is not read",)


def test_a_page_on_standard_input(tmp_path: Path) -> None:
    source = read_source("-", stdin=io.BytesIO(PAGE.encode("utf-8")))
    assert source.label == "stdin" and source.outlet == "NDTV"


def test_a_short_page(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><body><p>Two boats escaped.</p></body></html>", encoding="utf-8")
    source = read_source(str(path))
    assert (source.text, source.warnings) == ("Two boats escaped.", ())


def test_a_page_without_an_article_is_read_whole_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "links.html"
    path.write_text("<html><body><nav><a href='/'>Pirates seized</a></nav></body></html>")
    source = read_source(str(path))
    assert source.text == "Pirates seized"
    assert source.warnings == (
        f"{path}: no article found in the web page; read all of its text",)


def test_a_page_with_no_text_at_all(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><body><script>x()</script></body></html>")
    with pytest.raises(InputError) as caught:
        read_source(str(path))
    assert str(caught.value) == f"{path}: no text after removing markup"


def test_text_with_inline_markup_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Pirates held\n\n<p>Navy foils a <b>pirate</b> attack.</p>", encoding="utf-8")
    source = read_source(str(path))
    assert source.text == "Pirates held\n\nNavy foils a pirate attack."
    assert source.outlet is None


def test_addresses() -> None:
    assert is_url("https://www.ndtv.com/india-news/x") and is_url("HTTP://127.0.0.1:8000/a.html")
    assert not is_url("ndtv.html") and not is_url("ftp://example.org/a") and not is_url("-")
    assert default_label("https://www.ndtv.com/india-news/navy-foils") == "ndtv.com"
    assert default_label("http://127.0.0.1:8000/a.html") == "127.0.0.1"


def test_looks_like_html_from_the_content_not_the_name() -> None:
    assert looks_like_html(b"<!DOCTYPE html>\n<html>")
    assert looks_like_html(b"\xef\xbb\xbf  <!doctype HTML><title>x</title>")
    assert looks_like_html(b"<?xml version='1.0'?>\n<!-- saved -->\n<html lang='en'>")
    assert looks_like_html(b"<HEAD><title>x</title></HEAD>")
    assert looks_like_html("<!DOCTYPE html><html>".encode("utf-16"))
    assert not looks_like_html(b"Storm closes schools\n\nThe <b>storm</b> closed 40 schools.")
    assert not looks_like_html(b"<p>A paragraph with inline markup.</p>")
    assert not looks_like_html(b"<htmlish>")
    assert not looks_like_html(b"<!-- never closed <html>")
