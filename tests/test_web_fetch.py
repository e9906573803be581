"""fetch_article against a loopback web server: a client that behaves, and typed errors."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

import newsbrief
from newsbrief import FetchError, fetch_article
from newsbrief.web import afetch_article, redact_url
from tests.pageserver import Page, redirect, serve_pages

pytest.importorskip("trafilatura", reason='the web extra is not installed: pip install ".[web]"')
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

PAGES = Path(__file__).parent / "data" / "web"
FERRY = (PAGES / "ferry-hull.en.html").read_bytes()
MARKET = (PAGES / "marche-couvert.fr.html").read_text(encoding="utf-8")
HTML = {"content-type": "text/html; charset=utf-8"}


def test_a_page_gives_its_article_and_metadata() -> None:
    with serve_pages({"/news/ferry": Page(FERRY, headers=HTML)}) as server:
        article = fetch_article(server.url("/news/ferry"))
    assert article.text.startswith("Ferry service to Skerrow suspended")
    assert "Accept all cookies" not in article.text and "islandlass72" not in article.text
    assert (article.title, article.author, article.date, article.site_name, article.language) == (
        "Ferry service to Skerrow suspended after crack found in hull",
        "Aileen Marsh",
        "2026-03-14",
        "The Tidewater Courier",
        "en",
    )
    # The address it was fetched from, not the canonical URL the page names.
    assert article.url == server.url("/news/ferry")
    assert article.info().text == article.text


def test_the_request_names_newsbrief_and_asks_for_html() -> None:
    with serve_pages({"/": Page(FERRY, headers=HTML)}) as server:
        fetch_article(server.url("/"))
    headers = {k.lower(): v for k, v in server.requests[0].headers.items()}
    assert f"newsbrief/{newsbrief.__version__}" in headers["user-agent"]
    assert headers["accept"].startswith("text/html")


def test_redirects_are_followed_and_the_final_address_kept() -> None:
    pages = {"/a": redirect("/b", 301), "/b": redirect("/c"), "/c": Page(FERRY, headers=HTML)}
    with serve_pages(pages) as server:
        article = fetch_article(server.url("/a"))
    assert article.url == server.url("/c")
    assert [r.path for r in server.requests] == ["/a", "/b", "/c"]


def test_redirects_beyond_the_limit_fail() -> None:
    pages = {f"/{i}": redirect(f"/{i + 1}") for i in range(5)}
    with serve_pages(pages) as server, pytest.raises(FetchError) as caught:
        fetch_article(server.url("/0"), max_redirects=3)
    assert caught.value.reason == "too_many_redirects"
    assert "redirected too many times" in str(caught.value)
    assert len(server.requests) == 4  # the first request and three redirects


def test_a_redirect_to_another_scheme_is_refused() -> None:
    with (
        serve_pages({"/": redirect("file:///etc/passwd")}) as server,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(server.url("/"))
    assert caught.value.reason == "bad_url"


@pytest.mark.parametrize(
    ("status", "advice"),
    [(404, "check the address"), (403, "save the page from your browser"), (500, "try again")],
)
def test_an_error_status_says_what_to_do(status: int, advice: str) -> None:
    with (
        serve_pages({"/x": Page(b"<html><body>no</body></html>", status)}) as server,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(server.url("/x"))
    error = caught.value
    assert (error.reason, error.status_code) == ("http_status", status)
    assert f"HTTP {status}" in error.message and advice in error.message
    assert isinstance(error, newsbrief.InputError)


@pytest.mark.parametrize("content_type", ["application/pdf", "application/json", "image/png"])
def test_content_that_is_not_html_is_refused(content_type: str) -> None:
    with (
        serve_pages({"/f": Page(b"%PDF-1.7 ...", headers={"content-type": content_type})}) as s,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(s.url("/f"))
    assert caught.value.reason == "not_html"
    assert content_type in caught.value.message


def test_no_content_type_is_accepted_only_for_what_looks_like_html() -> None:
    pages = {"/page": Page(FERRY, headers={}), "/blob": Page(b"\x00\x01binary" * 100, headers={})}
    with serve_pages(pages) as server:
        assert fetch_article(server.url("/page")).title is not None
        with pytest.raises(FetchError) as caught:
            fetch_article(server.url("/blob"))
    assert caught.value.reason == "not_html"


def test_a_body_over_the_cap_is_refused() -> None:
    big = FERRY + b"<!--" + b"x" * 200_000 + b"-->"
    with (
        serve_pages({"/big": Page(big, headers=HTML)}) as server,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(server.url("/big"), max_bytes=100_000)
    assert caught.value.reason == "too_large"
    assert "100,000-byte limit" in caught.value.message


def test_a_body_over_the_cap_without_content_length_is_cut_off() -> None:
    # No length announced, so the cap is enforced while reading.
    big = b"<html><body><p>" + b"word " * 100_000 + b"</p></body></html>"
    with (
        serve_pages({"/big": Page(big, headers=HTML, length=False)}) as server,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(server.url("/big"), max_bytes=100_000)
    assert caught.value.reason == "too_large"
    assert "decompressed" in caught.value.message


def test_a_gzip_bomb_is_stopped_at_the_cap_after_decompression() -> None:
    bomb = Page(b"<html><body>" + b" " * 50_000_000 + b"</body></html>", headers=HTML, gzip=True)
    with serve_pages({"/bomb": bomb}) as server:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            fetch_article(server.url("/bomb"), max_bytes=1_000_000)
    assert caught.value.reason == "too_large"
    assert "decompressed" in caught.value.message
    assert time.monotonic() - started < 10


def test_a_server_that_trickles_is_cut_off_at_the_timeout() -> None:
    # Each piece arrives well within any per-read timeout; the whole body would take 40 s.
    slow = Page(FERRY, headers=HTML, trickle=0.05, piece=16)
    with serve_pages({"/slow": slow}) as server:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            fetch_article(server.url("/slow"), timeout=1.0)
        took = time.monotonic() - started
    assert caught.value.reason == "timeout"
    assert "longer than 1 s" in caught.value.message
    assert took < 3


def test_a_server_that_never_answers_times_out() -> None:
    with (
        serve_pages({"/hang": Page(FERRY, headers=HTML, delay=30)}) as server,
        pytest.raises(FetchError) as caught,
    ):
        fetch_article(server.url("/hang"), timeout=0.5)
    assert caught.value.reason == "timeout"


def test_a_wrong_charset_in_the_header_does_not_garble_the_text() -> None:
    # Declared UTF-8 by the server, but the bytes are Windows-1252 (as the page's meta says).
    legacy = MARKET.replace('charset="UTF-8"', 'charset="windows-1252"').encode("cp1252")
    pages = {
        "/legacy": Page(legacy, headers={"content-type": "text/html; charset=utf-8"}),
        "/mislabelled": Page(
            MARKET.encode("utf-8"), headers={"content-type": "text/html; charset=iso-8859-1"}
        ),
    }
    with serve_pages(pages) as server:
        legacy_article = fetch_article(server.url("/legacy"))
        utf8_article = fetch_article(server.url("/mislabelled"))
    for article in (legacy_article, utf8_article):
        assert "L’entreprise chargée de la charpente" in article.text
        assert article.site_name == "L'Écho du Val"
    assert legacy_article.encoding == "cp1252"
    assert any("not utf-8" in note for note in legacy_article.notes)
    assert utf8_article.encoding == "utf-8"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a.html", "file:///etc/passwd", "javascript:alert(1)", "example.com",
            "http://", "", "https://[::1"],
)  # fmt: skip
def test_a_bad_url_fails_before_any_request(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_article(url)
    assert caught.value.reason == "bad_url"
    assert "http" in caught.value.message


def test_a_refused_connection_is_a_fetch_error() -> None:
    with serve_pages({}) as server:
        url = server.url("/")
    with pytest.raises(FetchError) as caught:
        fetch_article(url, timeout=5)
    assert caught.value.reason == "connection"
    assert "could not be reached" in caught.value.message


def test_credentials_never_appear_in_errors_or_in_the_article() -> None:
    with serve_pages({"/ok": Page(FERRY, headers=HTML), "/gone": Page(b"", 404)}) as server:
        secret = server.url("/gone").replace("http://", "http://alice:hunter2@") + "?token=abc"
        with pytest.raises(FetchError) as caught:
            fetch_article(secret)
        article = fetch_article(server.url("/ok").replace("http://", "http://alice:hunter2@"))
    for shown in (str(caught.value), caught.value.url or ""):
        assert "hunter2" not in shown and "alice" not in shown and "abc" not in shown
    assert article.url is not None and "hunter2" not in article.url


def test_redact_url() -> None:
    assert redact_url("https://u:p@news.example/a?id=3&api_key=s3cret#x") == (
        "https://news.example/a?id=3&api_key=REDACTED#x"
    )


async def test_the_async_fetch_and_the_sync_one_inside_a_running_loop() -> None:
    with serve_pages({"/": Page(FERRY, headers=HTML)}) as server:
        article = await afetch_article(server.url("/"))
        # The sync call works from code that runs inside an event loop (a notebook, say).
        same = await asyncio.to_thread(lambda: fetch_article(server.url("/")))
        inside = fetch_article(server.url("/"))
    assert article == same == inside
