"""Fetching pages: every failure is one line naming the address and the reason. All against a
server on 127.0.0.1 started here; "no such host" uses a reserved name that fails at DNS."""

from __future__ import annotations

import pytest
from local_server import Route, serve

from compare.fetch import FetchError, FetchErrors, fetch, fetch_all, save_name, save_pages

PAGE = (b"<!DOCTYPE html><html><head><title>Storm</title></head><body><p>"
        + b"The storm closed 40 schools on Monday. " * 20 + b"</p></body></html>")


@pytest.fixture(scope="module")
def base():
    routes = {
        "/page.html": Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"}),
        "/xhtml": Route(PAGE, headers={"Content-Type": "application/xhtml+xml"}),
        "/moved": Route(status=302, headers={"Location": "/page.html"}),
        "/moved-twice": Route(status=301, headers={"Location": "/moved"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/slow": Route(PAGE, delay=2.0),
        "/plain.txt": Route(b"Just text.", headers={"Content-Type": "text/plain"}),
        "/image.png": Route(b"\x89PNG\r\n", headers={"Content-Type": "image/png"}),
        "/big": Route(b"<html>" + b"x" * 5000),
        "/big-unsized": Route(b"<html>" + b"x" * 5000, length=False),
        "/error": Route(b"oops", status=500),
    }
    with serve(routes) as address:
        yield address


def reason(url: str, **limits: float) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, **limits)
    assert caught.value.name == url
    assert "\n" not in str(caught.value)
    return caught.value.problem


def test_fetches_a_page_with_its_charset(base: str) -> None:
    page = fetch(f"{base}/page.html")
    assert page.data == PAGE
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert fetch(f"{base}/xhtml").content_type == "application/xhtml+xml"


def test_sends_a_user_agent() -> None:
    agents: list[str] = []
    with serve({"/": Route(PAGE)}, agents) as address:
        fetch(f"{address}/")
    assert agents and agents[0].startswith("compare-news/")


def test_redirects_are_followed(base: str) -> None:
    page = fetch(f"{base}/moved-twice")
    assert page.data == PAGE
    assert page.url == f"{base}/moved-twice" and page.final_url == f"{base}/page.html"


def test_not_found(base: str) -> None:
    assert reason(f"{base}/gone.html") == "not found (HTTP 404)"


def test_server_error(base: str) -> None:
    assert reason(f"{base}/error") == "HTTP 500 Internal Server Error"


def test_redirect_loop(base: str) -> None:
    assert reason(f"{base}/loop") == "too many redirects (HTTP 302)"


def test_timeout(base: str) -> None:
    assert reason(f"{base}/slow", timeout=0.3) == "timed out after 0.3 s"


@pytest.mark.parametrize("path, sent", [("/plain.txt", "text/plain"), ("/image.png", "image/png")])
def test_not_html(base: str, path: str, sent: str) -> None:
    assert reason(base + path) == f"not HTML (the server sent {sent})"


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_too_large(base: str, path: str) -> None:
    """Refused from Content-Length when sent, else after reading one byte over the limit."""
    assert reason(base + path, max_bytes=1000) == "too large (over the 0.001 MB limit)"


def test_no_such_host() -> None:
    assert reason("http://nonexistent.invalid/news.html") == "no such host"


def test_connection_refused(base: str) -> None:
    with serve({}) as closed:
        pass  # the port is free again once the server is closed
    assert reason(f"{closed}/page.html") == "connection refused"


def test_fetch_all_keeps_the_order_and_reports_every_failure(base: str) -> None:
    pages = fetch_all([f"{base}/xhtml", f"{base}/page.html"])
    assert [p.content_type for p in pages] == ["application/xhtml+xml", "text/html"]
    with pytest.raises(FetchErrors) as caught:
        fetch_all([f"{base}/gone", f"{base}/page.html", f"{base}/plain.txt"])
    assert str(caught.value).splitlines() == [
        f"{base}/gone: not found (HTTP 404)",
        f"{base}/plain.txt: not HTML (the server sent text/plain)",
    ]
    with pytest.raises(FetchError) as one:
        fetch_all([f"{base}/gone", f"{base}/page.html"])
    assert str(one.value) == f"{base}/gone: not found (HTTP 404)"


def test_save_pages_writes_each_page_whole(tmp_path) -> None:
    written = save_pages(str(tmp_path / "kept"), [("reuters.com", b"<html>a"), ("a/b", b"<html>b")])
    assert [p.name for p in written] == ["reuters.com.html", "a-b.html"]
    assert written[0].read_bytes() == b"<html>a"
    assert sorted(p.name for p in (tmp_path / "kept").iterdir()) == ["a-b.html", "reuters.com.html"]
    assert save_name("..") == "page.html"


def test_https_to_a_plain_http_server(base: str) -> None:
    assert reason(base.replace("http:", "https:") + "/page.html") == (
        "secure connection failed (wrong version number)")


@pytest.mark.parametrize("url, why", [
    ("http://", "no host given"),
    ("http://[::1/a.html", "not a valid address (Invalid IPv6 URL)"),
])
def test_not_an_address(url: str, why: str) -> None:
    assert reason(url) == why
