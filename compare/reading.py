"""Read the articles to compare: the only place the engine touches files or standard input.

Every problem with an input becomes an ``InputError`` whose text is one line naming the input,
so the command line can print it as is. Inputs are opened read-only and never written.

Default labels are file stems. When two files share a stem, each gets its parent folder as well
("yida/a", "queens/a"); when that still does not tell them apart (the same file twice, or files in
folders of the same name), the later ones are numbered: "a", "a (2)", "a (3)".
"""

from __future__ import annotations

import html
import math
import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import patterns

MAX_BYTES = 20_000_000
STDIN = "-"
_STDIN_NAME = "stdin"

_BLOCK_TAGS = (
    "address|article|aside|blockquote|body|br|caption|dd|div|dl|dt|figcaption|figure|footer"
    "|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|td|th|title|tr|ul"
)
_ATTRIBUTE = r"""\s++[A-Za-z_:][-\w:.]*+(?:\s*+=\s*+(?:"[^"<]*+"|'[^'<]*+'|[^\s"'=<>`]++))?"""
_TAG = patterns.compile(rf"<(/?)([A-Za-z][\w:.-]*+)(?:{_ATTRIBUTE})*+\s*+/?>")
"""Possessive throughout: the spaces between attributes and before ``>`` are taken once, so an
unclosed tag costs one scan of its attributes, not one per way of splitting them."""
_BLOCK = patterns.compile(rf"(?:{_BLOCK_TAGS})", re.IGNORECASE)
_HIDDEN = patterns.compile(
    r"<(?:(?P<element>script|style)\b[^<>]*>|(?P<comment>!--)|![A-Za-z][^<>]*>"
    r"|\?[A-Za-z][^<>]*\?>)",
    re.IGNORECASE,
)
"""What a browser never shows: scripts and styles (to their end tag), comments (to ``-->``),
declarations (``<!DOCTYPE ...>``) and processing instructions (``<?xml ...?>``)."""
_CLOSERS = {"comment": patterns.compile("-->"),
            "script": patterns.compile(r"</script\s*>", re.IGNORECASE),
            "style": patterns.compile(r"</style\s*>", re.IGNORECASE)}
_SHOWN = patterns.compile(
    r"[^\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    r"\ufff9-\ufffb]"
)
"""A character that shows: not a space, nor an invisible format character (zero-width space,
joiners, direction marks, soft hyphen, word joiner, byte order mark)."""
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_CONTROL_BYTES = patterns.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""Bytes that are control characters in any encoding we read, but the ones text uses (tab,
line and page breaks, ESC of terminal colours)."""
_SNIFF_CONTROLS = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
_CONTROLS = patterns.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = patterns.compile(r"[ \t]+")
_BLANK_LINES = patterns.compile(r"\n{3,}")
_TITLE_END = patterns.compile(r"[.!?:][\"'”’»)\]]*$")
_MAX_TITLE_WORDS = 20
_URL = patterns.compile(r"https?://", re.IGNORECASE)
_SNIFF_BYTES = 1024
_HTML_START = patterns.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_PROLOGUE_ENDS = ((b"<!--", b"-->"), (b"<?", b"?>"))

_UNSHOWABLE = patterns.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Control characters (terminal escapes start with ESC or CSI), line and paragraph separators,
bidirectional overrides, and the lone surrogates that stand for bytes of a name that is not
UTF-8 (Python's surrogateescape)."""


def shown(name: str) -> str:
    """A file name or label as it may be printed: what cannot be shown becomes an escape.

    A name can hold bytes that are not UTF-8 and control characters; printed raw, they make the
    output invalid UTF-8 or drive the terminal (its title, its colours). ``\\xff`` and
    ``\\x1b`` instead, as ``ls -b`` writes them.
    """
    return _UNSHOWABLE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # one byte of the name that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class InputError(Exception):
    """One-line problem with one input; str(err) is "<name>: <problem>", safe to print."""

    def __init__(self, name: str, problem: str) -> None:
        name, problem = shown(name), shown(problem)
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: the cleaned text the reader sees, and where it came from."""

    label: str
    source: str
    text: str
    title: str | None
    warnings: tuple[str, ...] = ()
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    """From a web page's metadata: ISO date of first publication."""
    page: bytes | None = None
    """A fetched page's bytes as the server sent them, kept for ``--save``."""


def clean_text(raw: str) -> str:
    """Plain text as shown: markup and entities resolved, whitespace tidied, characters kept.

    Quotes, dashes and all other characters stay as written, because answer keys and highlights
    locate snippets in exactly this text.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _unwrap_cdata(_drop_hidden(text))
    text = _TAG.sub(_replace_tag, text)
    text = html.unescape(text).replace("\xa0", " ")
    text = _CONTROLS.sub(" ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _drop_hidden(text: str) -> str:
    """The text without what a browser never shows, in one linear pass.

    An opener whose closer never comes stays as text (a plain-text article may write "<!--").
    Once a closer is known to be missing after one opener it is not looked for again after the
    next, so thousands of unclosed ``<script>`` or ``<!--`` cost one scan, not one each.
    """
    pieces: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while match := _HIDDEN.search(text, pos):
        kind = "comment" if match.group("comment") else (match.group("element") or "").lower()
        end = match.end()
        if kind:
            close = None if kind in unclosed else _CLOSERS[kind].search(text, end)
            if close is None:
                unclosed.add(kind)
                pieces.append(text[pos:end])
                pos = end
                continue
            end = close.end()
        pieces.append(text[pos:match.start()])
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _unwrap_cdata(text: str) -> str:
    """CDATA sections keep their content without the wrapper; an unclosed one stays as is."""
    pieces: list[str] = []
    pos = 0
    while (start := text.find(_CDATA_OPEN, pos)) >= 0:
        close = text.find(_CDATA_CLOSE, start + len(_CDATA_OPEN))
        if close < 0:
            break  # no closer after this opener, so none after any later one either
        pieces += [text[pos:start], text[start + len(_CDATA_OPEN):close]]
        pos = close + len(_CDATA_CLOSE)
    pieces.append(text[pos:])
    return "".join(pieces)


def _replace_tag(match: re.Match[str]) -> str:
    """Block tags become a line break, so paragraphs survive; inline tags vanish."""
    return "\n" if _BLOCK.fullmatch(match.group(2)) else ""


def _shown_title(title: str | None) -> str | None:
    """A title as the header prints it; cleaning already turned control characters into
    spaces, this also escapes direction overrides, as in names."""
    return None if title is None else shown(title)


def detect_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, on its own line, not a sentence."""
    first, newline, _ = text.strip().partition("\n")
    first = first.strip()
    if not newline or not first or not any(c.isalnum() for c in first):
        return None
    if len(first.split()) > _MAX_TITLE_WORDS or _TITLE_END.search(first):
        return None
    return first


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: UTF-8 (or UTF-32 or UTF-16 with a BOM), else cp1252, else latin-1, with
    a warning. UTF-32's little-endian BOM begins with UTF-16's, so it is tried first."""
    for boms, codec in (_UTF32_BOMS, "utf-32"), (_UTF16_BOMS, "utf-16"):
        if data.startswith(boms):
            try:
                return data.decode(codec), ()
            except UnicodeDecodeError:
                problem = f"not valid {codec.upper()} despite its byte order mark"
                raise InputError(name, problem) from None
    if b"\x00" in data:
        raise InputError(name, "binary file (NUL bytes); expected text")
    head = data[:_SNIFF_CONTROLS]
    if len(_CONTROL_BYTES.findall(head)) > 0.05 * len(head):
        # no NUL, but over a twentieth of the bytes are controls, as in compressed or random
        # data: text has next to none (tabs, line ends, page breaks, terminal escapes uncounted)
        raise InputError(name, "binary file (control bytes); expected text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), (f"{name}: not valid UTF-8; read as cp1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), (f"{name}: not valid UTF-8; read as latin-1",)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML document (doctype, <html>, <head> or <body>).

    Known from the content, not the name; text with a few inline tags stays text.
    """
    head = data[:_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    head = head.lstrip()
    skipped = True
    while skipped:  # comments and an XML declaration may come before the doctype
        skipped = False
        for opening, closing in _PROLOGUE_ENDS:
            if head.startswith(opening):
                end = head.find(closing, len(opening))
                if end == -1:
                    return False
                head, skipped = head[end + len(closing):].lstrip(), True
    return _HTML_START.match(head) is not None


def is_url(name: str) -> bool:
    """An http(s) address rather than a file name."""
    return _URL.match(name) is not None


def _visible(text: str) -> bool:
    """Whether the text shows anything: zero-width spaces, joiners and marks alone do not."""
    return _SHOWN.search(text) is not None


def read_source(path: str, label: str | None = None, *, stdin: BinaryIO | None = None) -> Source:
    """Read, decode and clean one input; ``-`` is standard input. A web page (known from its
    content) gives its main text and metadata."""
    if path == STDIN:
        name = _STDIN_NAME
        data = _read_limited(stdin if stdin is not None else sys.stdin.buffer, name)
    else:
        name = path
        data = _read_file(path)
    label = shown(label if label is not None else default_label(path))
    if looks_like_html(data):
        return read_page(path, label, data)
    raw, warnings = decode(data, name)
    if not _visible(raw):
        raise InputError(name, "empty file")
    text = clean_text(raw)
    if not _visible(text):
        raise InputError(name, "no text after removing markup")
    return Source(label=label, source=shown(path), text=text,
                  title=_shown_title(detect_title(text)),
                  warnings=warnings + _lost_characters(name, text))


def _lost_characters(name: str, text: str) -> tuple[str, ...]:
    """A warning for U+FFFD in the text, the mark a decoder leaves for bytes it could not read
    (before the file was saved, or in a page whose declared charset was wrong): what stood
    there is unknown, so a number, date or time just before one is left unread
    (``numbers.damaged``)."""
    lost = text.count("\ufffd")
    if not lost:
        return ()
    return (f"{name}: {_plural(lost, 'character')} lost to an earlier decoding error (U+FFFD); "
            "a number, date or time just before one is not read",)


def read_page(
    name: str, label: str, data: bytes, *, charset: str | None = None, url: str | None = None
) -> Source:
    """One web page as an article: trafilatura's main text, the page's title, outlet, author
    and publication date. ``charset`` is what the server declared."""
    from .web import decode_html, extract_article

    page = decode_html(data, charset)
    article = extract_article(page, url)
    text, warnings = article.text, ()
    if not text:  # too short or too odd for an article: the whole page's text, as a text file
        text = clean_text(page)
        if not text:
            raise InputError(name, "no text after removing markup")
        warnings = (f"{name}: no article found in the web page; read all of its text",)
    title = _shown_title(article.title or detect_title(text))
    return Source(label=label, source=shown(name), text=text, title=title,
                  warnings=warnings + _lost_characters(name, text),
                  outlet=article.outlet and shown(article.outlet),
                  author=article.author and shown(article.author),
                  published=article.published, page=data if url else None)


def fetch_sources(urls: Sequence[str], labels: Sequence[str]) -> list[Source]:
    """Fetch every address (side by side), then read each page; every failure at once."""
    from .fetch import fetch_all

    pages = fetch_all(urls)
    return [read_page(page.url, label, page.data, charset=page.charset, url=page.final_url)
            for page, label in zip(pages, labels, strict=True)]


def read_sources(
    paths: Sequence[str],
    labels: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> list[Source]:
    """Read every input, checking the command line as a whole first."""
    if len(paths) < 2:
        named = f" ({paths[0]})" if paths else ""
        raise InputError(
            "compare-news", f"need at least two articles to compare, got {len(paths)}{named}"
        )
    if list(paths).count(STDIN) > 1:
        raise InputError(_STDIN_NAME, "'-' given more than once; standard input can be read once")
    if labels is None:
        labels = default_labels(paths)
    else:
        _check_labels(labels, len(paths))
    # files first, so a missing one stops the run before any page is fetched
    sources = {i: read_source(p, labels[i], stdin=stdin) for i, p in enumerate(paths)
               if not is_url(p)}
    addresses = [i for i, p in enumerate(paths) if is_url(p)]
    if addresses:
        fetched = fetch_sources([paths[i] for i in addresses], [labels[i] for i in addresses])
        sources.update(zip(addresses, fetched, strict=True))
    return [sources[i] for i in range(len(paths))]


def default_label(path: str) -> str:
    """The file's stem, "stdin" for ``-``, the host of an address ("reuters.com")."""
    if is_url(path):
        return url_host(path)
    return _STDIN_NAME if path == STDIN else Path(path).stem or path


def url_host(url: str) -> str:
    """The address's host without "www." or the port: the outlet, as readers name it."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname or url
    except ValueError:
        return url
    return host.removeprefix("www.")


def default_labels(paths: Sequence[str]) -> list[str]:
    """Stems, told apart by parent folder, then by number, when two files share one."""
    labels = [default_label(p) for p in paths]
    for stem in {lab for lab in labels if labels.count(lab) > 1}:
        group = [i for i, lab in enumerate(labels) if lab == stem]
        with_parent = [_with_parent(paths[i], stem) for i in group]
        if len(set(with_parent)) == len(group):
            for i, lab in zip(group, with_parent, strict=True):
                labels[i] = lab
    taken: set[str] = set()
    for i, lab in enumerate(labels):
        candidate, n = lab, 1
        while candidate in taken:
            n += 1
            candidate = f"{lab} ({n})"
        labels[i] = candidate
        taken.add(candidate)
    return labels


def _with_parent(path: str, stem: str) -> str:
    if is_url(path):  # two pages of one site: their names, as files in one folder would be
        return _url_stem(path) or stem
    parent = "" if path == STDIN else Path(path).parent.name
    return f"{parent}/{stem}" if parent else stem


def _url_stem(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        last = urlsplit(url).path.rstrip("/").rpartition("/")[2]
    except ValueError:
        return ""
    return Path(last).stem


def _check_labels(labels: Sequence[str], count: int) -> None:
    if len(labels) != count:
        raise InputError(
            "--label", f"given {_plural(len(labels), 'time')} for {_plural(count, 'file')}"
        )
    seen: set[str] = set()
    for label in labels:
        if not label.strip():
            raise InputError("--label", "empty label")
        if label in seen:
            raise InputError("--label", f"duplicate label {label}")
        seen.add(label)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _read_file(path: str) -> bytes:
    """The file's bytes, refusing what is missing, not a file, unreadable or too large."""
    try:
        info = os.stat(path)
    except OSError as err:
        raise read_error(path, err) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory")
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
        raise InputError(path, _too_large(info.st_size))
    try:
        with open(path, "rb") as handle:
            return _read_limited(handle, path)
    except OSError as err:
        raise read_error(path, err) from None


def read_error(path: str, err: OSError) -> InputError:
    """The one-line problem of a file that could not be opened or read, for every reader of
    files (articles, a batch's input)."""
    if isinstance(err, (FileNotFoundError, NotADirectoryError)):
        return InputError(path, "no such file")
    if isinstance(err, IsADirectoryError):
        return InputError(path, "is a directory")
    if isinstance(err, PermissionError):
        return InputError(path, "cannot read: permission denied")
    return InputError(path, f"cannot read: {_reason(err)}")


def _read_limited(stream: BinaryIO, name: str) -> bytes:
    """At most MAX_BYTES, so a pipe or a growing file cannot exhaust memory."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(name, f"too large (over the {_megabytes(MAX_BYTES)} MB limit)")
    return data


def _too_large(size: int) -> str:
    return f"too large ({_megabytes(size)} MB; the limit is {_megabytes(MAX_BYTES)} MB)"


def _megabytes(size: int) -> str:
    """Rounded up to 0.1 MB, so a file just over the limit never reads as the limit itself."""
    return f"{math.ceil(size / 100_000) / 10:.1f}".removesuffix(".0")


def _reason(err: OSError) -> str:
    return (err.strerror or type(err).__name__).lower()


SEEDS = ("the-national-mpacuk.txt", "pendle-mpacuk.txt")
"""The bundled example articles, compared when no file is given."""


def seed_paths() -> list[str]:
    """The bundled example articles: shipped inside the package, or beside it in a checkout.

    Here, beside the other inputs, so that the command line and the view's seeds both find them
    without one importing the other."""
    here = Path(__file__).resolve().parent
    for folder in (here / "seeds", here.parent / "seeds"):
        files = [folder / name for name in SEEDS]
        if all(f.is_file() for f in files):
            return [str(_display_path(f)) for f in files]
    raise InputError("compare-news", "the bundled seed articles are missing; pass two files to "
                     "compare")


def _display_path(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
