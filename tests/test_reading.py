"""Reading inputs: cleaning, decoding, titles, and one-line errors naming the input."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from compare import reading
from compare.reading import (
    MAX_BYTES,
    InputError,
    Source,
    clean_text,
    decode,
    default_labels,
    detect_title,
    read_source,
    read_sources,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def error_of(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


# clean_text


def test_inline_tags_vanish_without_space() -> None:
    assert clean_text("MPACUK told <em>The National</em> its platform") == (
        "MPACUK told The National its platform"
    )
    assert clean_text("foo<span class='x'>bar</span>") == "foobar"


def test_seed_em_tags_are_removed() -> None:
    raw = (SEEDS / "the-national-mpacuk.txt").read_text(encoding="utf-8")
    text = clean_text(raw)
    assert "<em>" not in text and "</em>" not in text
    assert "MPACUK told The National its platform" in text


def test_block_tags_keep_paragraph_breaks() -> None:
    raw = "<p>First para.</p><p>Second para.</p>\n<div>Third</div>Line<br>Break<br/>End"
    assert clean_text(raw) == "First para.\n\nSecond para.\n\nThird\nLine\nBreak\nEnd"
    assert clean_text("<h2>Heading</h2>Body <li>item</li>") == "Heading\nBody\nitem"


def test_links_lose_their_markup() -> None:
    raw = 'See <a href="https://example.com/a?b=1&amp;c=2" title="x > y">the report</a>.'
    assert clean_text(raw) == "See the report."


def test_script_and_style_content_is_dropped() -> None:
    raw = "Before<script type='text/javascript'>var x = 1 < 2;</script> after<style>p{}</style>."
    assert clean_text(raw) == "Before after."
    assert clean_text("A<!-- hidden -->B") == "AB"


def test_entities_are_decoded() -> None:
    assert clean_text("Tom &amp; Jerry&#8217;s &quot;film&quot;&nbsp;here &lt;em&gt;") == (
        'Tom & Jerry’s "film" here <em>'
    )


def test_nbsp_becomes_a_normal_space() -> None:
    assert clean_text("a&nbsp;b\u00a0c") == "a b c"


def test_plain_less_than_is_kept() -> None:
    assert clean_text("5 < 6 and a <3 b, x<y") == "5 < 6 and a <3 b, x<y"
    assert clean_text("mail <john@example.com> or <http://x.org>") == (
        "mail <john@example.com> or <http://x.org>"
    )


def test_line_endings_bom_and_controls() -> None:
    raw = "\ufeffOne\r\nTwo\rThree\x0bfour\x07five\x9fsix"
    assert clean_text(raw) == "One\nTwo\nThree four five six"


def test_whitespace_is_collapsed() -> None:
    raw = "  A  \t line  \n\n\n\n  next\t\tline \n \n\n\nlast  "
    assert clean_text(raw) == "A line\n\nnext line\n\nlast"


def test_quotes_and_dashes_are_untouched() -> None:
    raw = "“Quoted” ‘single’ \"straight\" 'apos' – en — em … ellipsis ® £4,000"
    assert clean_text(raw) == raw


# detect_title


def test_title_on_headline() -> None:
    assert detect_title("Headline\n\nBody.") == "Headline"
    assert detect_title("  South Sudan accuses Sudan  \nBody text.") == "South Sudan accuses Sudan"


def test_no_title_on_sentence() -> None:
    assert detect_title("A full sentence.\nNext") is None
    assert detect_title("Is this a question?\nNext") is None
    assert detect_title("He said: \nNext") is None
    assert detect_title('He said "enough."\nNext') is None
    assert detect_title("He said “enough!”\nNext") is None


def test_no_title_without_line_break_or_when_long() -> None:
    assert detect_title("Headline only") is None
    assert detect_title(" ".join(["word"] * 21) + "\nBody.") is None
    assert detect_title(" ".join(["word"] * 20) + "\nBody.") is not None


# decode


def test_utf8_with_and_without_bom() -> None:
    assert decode("café “x”".encode(), "a.txt") == ("café “x”", ())
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9", "a.txt") == ("café", ())


def test_cp1252_with_warning() -> None:
    text, warnings = decode(b"caf\xe9 \x93quoted\x94", "x.txt")
    assert text == "café “quoted”"
    assert warnings == ("x.txt: not valid UTF-8; read as cp1252",)


def test_latin1_when_cp1252_fails() -> None:
    text, warnings = decode(b"caf\xe9 \x81", "x.txt")
    assert text == "café \x81"
    assert warnings == ("x.txt: not valid UTF-8; read as latin-1",)


def test_nul_bytes_are_binary() -> None:
    assert error_of(decode, b"PK\x03\x04\x00\x00", "x.zip") == (
        "x.zip: binary file (NUL bytes); expected text"
    )


def test_utf16_with_bom() -> None:
    assert decode("Héllo".encode("utf-16"), "u.txt") == ("Héllo", ())


# read_source


def test_read_source_cleans_and_labels(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "Big <em>news</em> today\n\nIt happened &amp; ended.\n")
    source = read_source(path)
    assert source == Source(
        label="story",
        source=path,
        text="Big news today\n\nIt happened & ended.",
        title="Big news today",
        warnings=(),
    )
    assert read_source(path, "Reuters").label == "Reuters"


def test_read_source_warns_on_cp1252(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", b"caf\xe9 \x93quoted\x94.")
    source = read_source(path)
    assert source.text == "café “quoted”."
    assert source.warnings == (f"{path}: not valid UTF-8; read as cp1252",)


def test_read_source_warns_on_characters_already_lost(tmp_path: Path) -> None:
    """Valid UTF-8 holding U+FFFD (ECB+ 28_7ecbplus: "served 4\ufffd months"): the file
    reads, and the user hears that what stood there is unknown."""
    path = write(tmp_path, "lost.txt", "He served 4\ufffd months, a \ufffdbrief\ufffd term.")
    source = read_source(path)
    assert source.text == "He served 4\ufffd months, a \ufffdbrief\ufffd term."
    assert source.warnings == (f"{path}: 3 characters lost to an earlier decoding error "
                               "(U+FFFD); a number, date or time just before one is not read",)


def test_missing_file() -> None:
    assert error_of(read_source, "missing.txt") == "missing.txt: no such file"


def test_path_through_a_file_is_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Text.")
    assert error_of(read_source, path + "/b.txt") == f"{path}/b.txt: no such file"


def test_directory(tmp_path: Path) -> None:
    assert error_of(read_source, str(tmp_path)) == f"{tmp_path}: is a directory"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "Text.")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading, "open", refuse, raising=False)
    assert error_of(read_source, path) == f"{path}: cannot read: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "Text.")
    os.chmod(path, 0)
    try:
        assert error_of(read_source, path) == f"{path}: cannot read: permission denied"
    finally:
        os.chmod(path, 0o644)


def test_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(25_000_000)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("read a file that is too large")

    monkeypatch.setattr(reading, "open", never, raising=False)
    assert error_of(read_source, str(path)) == (f"{path}: too large (25 MB; the limit is 20 MB)")


def test_just_over_the_limit_is_not_shown_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    assert error_of(read_source, str(path)) == (f"{path}: too large (20.1 MB; the limit is 20 MB)")


def test_too_large_stdin() -> None:
    stdin = io.BytesIO(b"a" * (MAX_BYTES + 1))
    assert error_of(read_source, "-", stdin=stdin) == "stdin: too large (over the 20 MB limit)"


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    assert error_of(read_source, path) == f"{path}: empty file"
    blank = write(tmp_path, "blank.txt", " \n\t\r\n")
    assert error_of(read_source, blank) == f"{blank}: empty file"


def test_markup_only(tmp_path: Path) -> None:
    path = write(tmp_path, "tags.html", "<html><body><p> </p><script>x()</script></body></html>")
    assert error_of(read_source, path) == f"{path}: no text after removing markup"


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert error_of(read_source, path) == f"{path}: binary file (NUL bytes); expected text"


def test_stdin() -> None:
    source = read_source("-", stdin=io.BytesIO("Title\n\nBody “here”.".encode()))
    assert (source.label, source.source, source.title) == ("stdin", "-", "Title")
    assert source.text == "Title\n\nBody “here”."


def test_stdin_empty() -> None:
    assert error_of(read_source, "-", stdin=io.BytesIO(b"")) == "stdin: empty file"


def test_input_error_parts() -> None:
    err = InputError("missing.txt", "no such file")
    assert (err.name, err.problem, str(err)) == (
        "missing.txt",
        "no such file",
        "missing.txt: no such file",
    )


def test_inputs_are_not_written(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Head\r\n\r\n<em>x</em> &amp; y.")
    before = Path(path).read_bytes()
    read_source(path)
    assert Path(path).read_bytes() == before


# read_sources


def test_read_sources_with_labels(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    b = write(tmp_path, "b.txt", "Two.")
    sources = read_sources([a, b], ["Left", "Right"])
    assert [s.label for s in sources] == ["Left", "Right"]
    assert [s.text for s in sources] == ["One.", "Two."]


def test_label_count_must_match(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    b = write(tmp_path, "b.txt", "Two.")
    c = write(tmp_path, "c.txt", "Three.")
    assert error_of(read_sources, [a, b, c], ["X"]) == "--label: given 1 time for 3 files"
    assert error_of(read_sources, [a, b], ["X", "Y", "Z"]) == "--label: given 3 times for 2 files"


def test_duplicate_labels(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    b = write(tmp_path, "b.txt", "Two.")
    assert error_of(read_sources, [a, b], ["Same", "Same"]) == "--label: duplicate label Same"


def test_empty_label(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    b = write(tmp_path, "b.txt", "Two.")
    assert error_of(read_sources, [a, b], ["X", " "]) == "--label: empty label"


def test_same_stem_in_different_folders_gets_the_folder(tmp_path: Path) -> None:
    a = write(tmp_path, "reuters/story.txt", "One.")
    b = write(tmp_path, "bbc/story.html", "Two.")
    assert [s.label for s in read_sources([a, b])] == ["reuters/story", "bbc/story"]


def test_same_file_twice_is_numbered(tmp_path: Path) -> None:
    a = write(tmp_path, "story.txt", "One.")
    assert [s.label for s in read_sources([a, a])] == ["story", "story (2)"]


def test_default_labels() -> None:
    assert default_labels(["a.txt", "b.txt"]) == ["a", "b"]
    assert default_labels(["x/a.txt", "y/a.txt", "b.txt"]) == ["x/a", "y/a", "b"]
    assert default_labels(["x/a.txt", "z/x/a.md", "-"]) == ["a", "a (2)", "stdin"]
    assert default_labels(["stdin.txt", "-"]) == ["stdin", "stdin (2)"]
    assert default_labels(["a.txt", "a (2).txt", "a.md"]) == ["a", "a (2)", "a (3)"]


def test_stdin_only_once(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    assert error_of(read_sources, ["-", a, "-"], stdin=io.BytesIO(b"x")) == (
        "stdin: '-' given more than once; standard input can be read once"
    )


def test_stdin_among_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    sources = read_sources([a, "-"], stdin=io.BytesIO(b"Two."))
    assert [(s.label, s.source, s.text) for s in sources] == [
        ("a", a, "One."),
        ("stdin", "-", "Two."),
    ]


def test_need_two_articles(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    assert error_of(read_sources, [a]) == (
        f"compare-news: need at least two articles to compare, got 1 ({a})"
    )
    assert error_of(read_sources, []) == (
        "compare-news: need at least two articles to compare, got 0"
    )


def test_first_bad_file_is_reported(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "One.")
    assert error_of(read_sources, [a, "nope.txt"]) == "nope.txt: no such file"


def test_control_bytes_without_nul_are_binary() -> None:
    """Compressed or random data need not hold a NUL; a twentieth of control bytes marks it."""
    import random

    rng = random.Random(7)
    data = bytes(rng.choice([b for b in range(1, 256)]) for _ in range(300))
    assert error_of(decode, data, "x.bin") == "x.bin: binary file (control bytes); expected text"


def test_text_with_tabs_page_breaks_and_terminal_colours_is_text() -> None:
    line = "Col\tumn one\r\n\x1b[31mred\x1b[0m warning\x0c\n"
    text, warnings = decode((line * 50).encode("utf-8"), "log.txt")
    assert text == line * 50 and warnings == ()
