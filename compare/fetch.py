"""Fetch the web pages the user named: the only place compare-news touches the network.

One GET per address with urllib: a user agent, a timeout for the whole download, a size limit,
redirects followed (urllib's own limit of ten). Every failure is a ``FetchError`` (an
``InputError``) whose text is one line naming the address and the reason, so the command line
prints it as it prints a bad file.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from . import __version__
from .reading import InputError

MAX_BYTES = 20_000_000
TIMEOUT = 20.0
"""Seconds for connecting and for the whole download."""
USER_AGENT = f"compare-news/{__version__} (news article comparison; Python urllib)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 65_536
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


class FetchError(InputError):
    """One address that could not be fetched; str(err) is "<address>: <reason>"."""


class FetchErrors(InputError):
    """Several addresses failed: str(err) has one "<address>: <reason>" line each."""

    def __init__(self, errors: Sequence[FetchError]) -> None:
        super().__init__(errors[0].name, errors[0].problem)
        self.errors = tuple(errors)
        self.args = ("\n".join(str(e) for e in errors),)

    def __str__(self) -> str:
        return self.args[0]


@dataclass(frozen=True, slots=True)
class Page:
    """A page as the server sent it."""

    url: str
    """The address as given."""
    final_url: str
    """Where the redirects ended."""
    data: bytes
    content_type: str
    charset: str | None


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Page:
    """GET one HTML page, or raise ``FetchError`` saying why not (limits default to
    TIMEOUT and MAX_BYTES)."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    try:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
        )
    except ValueError as err:
        raise FetchError(url, f"not a valid address ({err})") from None
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in HTML_TYPES:
                raise FetchError(url, f"not HTML (the server sent {content_type})")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(url, _too_large(max_bytes))
            data = _read(response, url, deadline, timeout, max_bytes)
            return Page(url, response.geturl(), data, content_type, headers.get_content_charset())
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        raise FetchError(url, _http_reason(err)) from None
    except urllib.error.URLError as err:
        raise FetchError(url, _network_reason(err.reason, timeout)) from None
    except (OSError, http.client.HTTPException, ValueError) as err:
        raise FetchError(url, _network_reason(err, timeout)) from None


def fetch_all(urls: Sequence[str], **limits: float | None) -> list[Page]:
    """Every page, fetched side by side; all the failures at once, in the order given."""
    with ThreadPoolExecutor(max_workers=min(8, len(urls)) or 1) as pool:
        futures = [pool.submit(fetch, url, **limits) for url in urls]
    pages, errors = [], []
    for future in futures:
        try:
            pages.append(future.result())
        except FetchError as err:
            errors.append(err)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise FetchErrors(errors)
    return pages


def _read(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """The body in chunks, so neither a huge page nor a slow trickle goes on without end."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read1(_CHUNK)  # what has arrived, so the deadline is checked often
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, _too_large(max_bytes))
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {timeout:g} s")
        chunks.append(chunk)


def _too_large(max_bytes: int) -> str:
    return f"too large (over the {max_bytes / 1_000_000:g} MB limit)"


def _http_reason(err: urllib.error.HTTPError) -> str:
    if 300 <= err.code < 400:
        if "infinite loop" in str(err.reason):
            return f"too many redirects (HTTP {err.code})"
        return f"redirect not followed: {err.reason}"
    if err.code == 404:
        return "not found (HTTP 404)"
    return f"HTTP {err.code} {err.reason}".rstrip()


def _network_reason(reason: object, timeout: float) -> str:
    """Why the connection failed, in a few words."""
    if isinstance(reason, socket.gaierror):
        return "no such host"
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"certificate not trusted ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        detail = (reason.reason or "").replace("_", " ").lower()
        return f"secure connection failed ({detail})" if detail else "secure connection failed"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or type(reason).__name__


def save_name(label: str) -> str:
    """The file a fetched page is kept in: its label, made safe as a file name."""
    return f"{_UNSAFE_NAME.sub('-', label).strip('.-') or 'page'}.html"


def save_pages(folder: str, pages: Sequence[tuple[str, bytes]]) -> list[Path]:
    """Write each (label, bytes) as ``folder/<label>.html``, each file whole or not at all."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for label, data in pages:
        path = target / save_name(label)
        temporary = path.with_name(f".{path.name}.tmp")
        try:
            temporary.write_bytes(data)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
        written.append(path)
    return written
