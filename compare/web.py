"""A web page as an article: its main text without the page around it, and its metadata.

trafilatura finds the main text (menus, related links, captions and cookie banners left out)
and the page's metadata (title, site name, author; the date through htmldate). It and lxml
take about a second to import, so the reader imports this module only for an input it knows to
be a page (``reading.looks_like_html``): the plain-text path never loads any of it. Pure: a
page in, an ``Article`` out, no I/O.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import trafilatura
from lxml.etree import strip_tags
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

_SNIFF_BYTES = 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([-\w.:]+)""", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TITLE_SEPARATOR = " | "
_NON_WORD = re.compile(r"\W+")
_SPACES = re.compile(r"[ \t\xa0]+")
_WHITESPACE = re.compile(r"\s+")
_LINK_DENSITY = 0.5
"""A block whose words are mostly link text is a link ("Read more: ...", a journal
reference, "Our Standards: ..."), not the article's prose."""
_TITLE_LOOKAHEAD = 3
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_COPYRIGHT_WORDS = 12
"""A short line that opens with a copyright sign is the page's footer ("© Thomson Reuters
2020", "© 2019 Science X Network"), and its year is no fact of the story."""
_PUBLISHED_PROPERTIES = ("article:published_time", "og:article:published_time")

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # their warnings would reach stderr through logging's last-resort handler
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class Article:
    """The article of a page: its text as shown and what the page says about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO date ("2020-01-20") of first publication."""


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page as text: the charset the server declared, else a BOM, else the page's own
    ``<meta charset>``, else UTF-8, else cp1252 (what browsers assume for Western pages)."""
    for candidate in (declared, _bom_charset(data), _meta_charset(data)):
        if candidate:
            try:
                return data.decode(codecs.lookup(candidate).name, errors="replace").lstrip(
                    "\ufeff"
                )
            except LookupError:
                continue
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _bom_charset(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:_SNIFF_BYTES * 4])
    return found.group(1).decode("ascii") if found else None


def extract_article(page: str, url: str | None = None) -> Article:
    """The page's main text, paragraphs on their own lines, headed by its title; empty text
    when the page holds no article."""
    tree = load_html(page)
    if tree is None:
        return Article(text="")
    published = _published_metadata(tree)
    found = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_links=True
    )
    if found is None or found.body is None:
        return Article(text="")
    body = found.body
    for block in list(body):
        if _link_density(block) >= _LINK_DENSITY or _is_copyright(block):
            body.remove(block)
    strip_tags(body, "ref")  # links were kept only to measure them
    for element in body.iter():  # a line break in the markup is a space; <br> stays a break
        element.text = _WHITESPACE.sub(" ", element.text) if element.text else element.text
        element.tail = _WHITESPACE.sub(" ", element.tail) if element.tail else element.tail
    title = clean_title(found.title)
    paragraphs = _paragraphs(xmltotxt(body, include_formatting=False))
    if title and paragraphs and not _starts_with(paragraphs, title):
        paragraphs.insert(0, title)
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        outlet=found.sitename or None,
        author=found.author or None,
        published=published or _iso_date(found.date),
    )


def _link_density(block: Any) -> float:
    """Share of a block's characters that stand inside links (trafilatura's ``ref``)."""
    text = "".join(block.itertext()).strip()
    if not text:
        return 0.0
    linked = sum(len("".join(ref.itertext()).strip()) for ref in block.iter("ref"))
    return linked / len(text)


def _is_copyright(block: Any) -> bool:
    words = "".join(block.itertext()).split()
    return 0 < len(words) <= _COPYRIGHT_WORDS and _COPYRIGHT.match(words[0]) is not None


def _paragraphs(text: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _starts_with(paragraphs: list[str], title: str) -> bool:
    """Whether the headline already stands as one of the first lines of the text."""
    key = _words(title)
    return any(_words(p) == key for p in paragraphs[:_TITLE_LOOKAHEAD])


def _words(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def clean_title(title: str | None) -> str | None:
    """The headline without the site's additions: of "Headline | Section | Site | date", the
    longest part."""
    if not title:
        return None
    parts = [p.strip() for p in title.split(_TITLE_SEPARATOR) if p.strip()]
    return max(parts, key=len) if parts else None


def _published_metadata(tree: Any) -> str | None:
    """The first-publication date the page states in a standard field: schema.org
    ``datePublished`` (JSON-LD or microdata), Open Graph ``article:published_time``.

    htmldate, asked for the original date, takes the first date-like ``<meta>`` in page order,
    which can be a revision time (Reuters: "analyticsAttributes.articleDate", a day late).
    """
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found = _json_ld_published(data)
        if found:
            return found
    for meta in tree.iterfind(".//meta[@property]"):
        if meta.get("property", "").lower() in _PUBLISHED_PROPERTIES:
            found = _iso_date(meta.get("content"))
            if found:
                return found
    for element in tree.iterfind(".//*[@itemprop='datePublished']"):
        found = _iso_date(element.get("content") or element.get("datetime"))
        if found:
            return found
    return None


def _json_ld_published(data: Any) -> str | None:
    """``datePublished`` of the first object typed as an article, searched depth first."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            kinds = item.get("@type", "")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                found = _iso_date(item.get("datePublished"))
                if found:
                    return found
            stack[:0] = [v for v in item.values() if isinstance(v, dict | list)]
    return None


def _iso_date(value: object) -> str | None:
    """The calendar date an ISO 8601 time stamp starts with, when it is a real date."""
    if not isinstance(value, str):
        return None
    found = _ISO_DATE.match(value.strip())
    if not found:
        return None
    try:
        return date.fromisoformat(found.group()).isoformat()
    except ValueError:
        return None
