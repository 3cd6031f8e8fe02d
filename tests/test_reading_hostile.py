"""Reading odd and hostile input: unclosed markup in linear time, invisible text, UTF-32."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from compare.reading import InputError, clean_text, decode, read_source

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "seeds" / "pendle-mpacuk.txt").read_text("utf-8")


@pytest.mark.parametrize("opener", ["<!-- note ", "<![CDATA[ data ", "<script> x ", "<style a=1>",
                                    "<script "])
def test_unclosed_markup_is_cleaned_in_linear_time(opener) -> None:
    """Each unclosed opener used to scan to the end of the text: 80 KB took 35-40 s."""
    timings = []
    for size in (50_000, 200_000):
        text = opener * (size // len(opener))
        start = time.perf_counter()
        clean_text(text)
        timings.append(time.perf_counter() - start)
    assert timings[-1] < 2.0, timings


def test_unclosed_openers_stay_as_text_and_closed_ones_still_go() -> None:
    text = ("<p>Police said <!-- editor: check --> three people were hurt.</p>"
            "<script>var a = '<p>';</script><p>The <![CDATA[fire]]> spread. <!-- open"
            "</p><p>A <script> tag written in prose.</p>")
    assert clean_text(text) == (
        "Police said three people were hurt.\n\nThe fire spread. <!-- open\n\n"
        "A tag written in prose."  # an unclosed <script> is an ordinary tag, as before
    )


def test_every_kind_closes_after_another_kind_is_left_unclosed() -> None:
    text = "a <!-- b <script>c</script> d <![CDATA[ e <style>f</style> g"
    assert clean_text(text) == "a <!-- b d <![CDATA[ e g"


@pytest.mark.parametrize("content", ["\u200b", "\u200b\u200c\u200d\n\u2060\ufeff \u00ad",
                                     "\u202e\u200f\u200e"])
def test_invisible_characters_alone_are_an_empty_file(tmp_path, content) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="blank.txt: empty file"):
        read_source(str(path))


def test_markup_around_invisible_characters_leaves_no_text(tmp_path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<p>\u200b</p><!-- nothing -->", encoding="utf-8")
    with pytest.raises(InputError, match="no text after removing markup"):
        read_source(str(path))


def test_zero_width_characters_inside_text_are_kept() -> None:
    text = ("Emoji \U0001F469\u200d\U0001F692 and Persian "
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.")
    assert clean_text(text) == text


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_a_byte_order_mark(codec) -> None:
    bom = {"utf-32": b"", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    data = bom[codec] + ARTICLE.encode(codec)
    text, warnings = decode(data, "a.txt")
    assert text.lstrip("\ufeff") == ARTICLE and warnings == ()


def test_utf16_with_a_byte_order_mark_still_reads() -> None:
    assert decode(ARTICLE.encode("utf-16"), "a.txt")[0] == ARTICLE


def test_broken_utf32_is_one_line_error() -> None:
    with pytest.raises(InputError, match="a.txt: not valid UTF-32 despite its byte order mark"):
        decode(b"\xff\xfe\x00\x00" + b"\x00\x00\x11\x00", "a.txt")
