"""URLs and feeds against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flashpoint.errors import FetchError, ForbiddenTarget, TooLarge
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings
from flashpoint.sources import Fetcher, TargetPolicy, iter_articles, read_article

from .conftest import DATA

PAGE = (DATA / "page.html").read_text(encoding="utf-8")
LOOPBACK_ONLY = TargetPolicy(allow_private=False, allow_loopback=True)


def _base(httpserver: HTTPServer) -> str:
    return httpserver.url_for("").rstrip("/")


def test_html_url(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/story")
    article = read_article(url, settings)
    assert article.html is not None and "Market fire" in article.html
    assert article.url == url and article.origin == url and article.id


def test_text_url_and_sniffed_html(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/plain").respond_with_data(
        "KABUL: Plain text story.", content_type="text/plain"
    )
    httpserver.expect_request("/blob").respond_with_data(PAGE, content_type="application/octet-stream")
    plain = read_article(httpserver.url_for("/plain"), settings)
    assert plain.text == "KABUL: Plain text story." and plain.html is None
    sniffed = read_article(httpserver.url_for("/blob"), settings)
    assert sniffed.html is not None


def test_charset_from_header(httpserver: HTTPServer, settings: Settings) -> None:
    body = "<html><body><p>Le maire a déclaré « calme » à Goma.</p></body></html>".encode("cp1252")
    httpserver.expect_request("/fr").respond_with_data(body, content_type="text/html; charset=windows-1252")
    article = read_article(httpserver.url_for("/fr"), settings)
    assert article.html is not None and "déclaré « calme »" in article.html


def test_http_error(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    [rejected] = list(iter_articles([httpserver.url_for("/gone")], settings))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "fetch_failed" and "404" in rejected.reason
    with pytest.raises(FetchError, match="404"):
        read_article(httpserver.url_for("/gone"), settings)


def test_binary_content_type(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG....", content_type="image/png")
    [rejected] = list(iter_articles([httpserver.url_for("/img")], settings))
    assert isinstance(rejected, Rejected) and rejected.code == "binary"


def test_timeout(httpserver: HTTPServer, tmp_path: Path) -> None:
    def slow(_: Request) -> Response:
        time.sleep(1.2)
        return Response("late", content_type="text/plain")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    settings = Settings(db=str(tmp_path / "x.sqlite"), fetch_timeout=0.3)
    start = time.monotonic()
    [rejected] = list(iter_articles([httpserver.url_for("/slow")], settings))
    assert time.monotonic() - start < 1.0
    assert (
        isinstance(rejected, Rejected) and rejected.code == "fetch_failed" and "timed out" in rejected.reason
    )


def test_unreachable(settings: Settings) -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [rejected] = list(iter_articles([f"http://127.0.0.1:{port}/x"], settings))
    assert isinstance(rejected, Rejected) and rejected.code == "fetch_failed"
    assert "could not connect" in rejected.reason


def test_oversize_declared(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/big").respond_with_data("a" * (settings.max_article_bytes + 1))
    with pytest.raises(TooLarge):
        read_article(httpserver.url_for("/big"), settings)


def test_oversize_streamed_without_length(httpserver: HTTPServer, settings: Settings) -> None:
    def endless(_: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(1000):
                yield b"word " * 200

        return Response(chunks(), content_type="text/plain")  # no Content-Length

    httpserver.expect_request("/stream").respond_with_handler(endless)
    [rejected] = list(iter_articles([httpserver.url_for("/stream")], settings))
    assert isinstance(rejected, Rejected) and rejected.code == "too_large"


def test_redirect_followed(httpserver: HTTPServer, settings: Settings) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    article = read_article(httpserver.url_for("/old"), settings)
    assert article.url == httpserver.url_for("/new") and article.origin == httpserver.url_for("/old")


def test_private_targets_refused_by_settings(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    settings = Settings(db=str(tmp_path / "x.sqlite"), fetch_allow_private=False)
    for url in (httpserver.url_for("/story"), f"http://localhost:{httpserver.port}/story"):
        [rejected] = list(iter_articles([url], settings))
        assert isinstance(rejected, Rejected) and rejected.code == "forbidden_target", rejected
        assert "loopback" in rejected.reason
    assert len(httpserver.log) == 0  # nothing was ever sent


@pytest.mark.parametrize(
    "target",
    ["http://10.1.2.3/admin", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:192.168.0.1]/"],
)
def test_redirect_to_forbidden_target(httpserver: HTTPServer, settings: Settings, target: str) -> None:
    httpserver.expect_request("/jump").respond_with_data("", status=302, headers={"Location": target})
    with (
        Fetcher(settings, policy=LOOPBACK_ONLY) as fetcher,
        pytest.raises(ForbiddenTarget, match="redirected to"),
    ):
        fetcher.get(httpserver.url_for("/jump"))
    [rejected] = list(
        iter_articles(
            [httpserver.url_for("/jump")], settings, fetcher=Fetcher(settings, policy=LOOPBACK_ONLY)
        )
    )
    assert isinstance(rejected, Rejected) and rejected.code == "forbidden_target"


def test_connects_to_the_checked_address(httpserver: HTTPServer, settings: Settings) -> None:
    """The name is resolved once, checked, and the connection goes to that address with the name as Host."""
    seen_hosts: list[str] = []

    def page(request: Request) -> Response:
        seen_hosts.append(request.headers.get("Host", ""))
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/pinned").respond_with_handler(page)
    resolved: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        resolved.append(host)
        return ["127.0.0.1"]

    fetcher = Fetcher(settings, policy=LOOPBACK_ONLY, resolver=resolver)
    with fetcher:
        result = fetcher.get(f"http://news.example:{httpserver.port}/pinned")
    assert resolved == ["news.example"]
    assert seen_hosts == [f"news.example:{httpserver.port}"]
    assert result.url == f"http://news.example:{httpserver.port}/pinned"


def test_any_private_answer_is_refused(settings: Settings) -> None:
    """A name answering with a public and a private address (a rebinding set-up) is refused outright."""
    fetcher = Fetcher(
        settings, policy=TargetPolicy(allow_private=False), resolver=lambda h, p: ["8.8.8.8", "10.0.0.7"]
    )
    with fetcher, pytest.raises(ForbiddenTarget, match="private"):
        fetcher.get("http://rebind.example/")


def _serve_feed(httpserver: HTTPServer, name: str, content_type: str) -> str:
    feed = (DATA / name).read_text(encoding="utf-8").replace("{base}", _base(httpserver))
    httpserver.expect_request(f"/{name}").respond_with_data(feed, content_type=content_type)
    return feed


def test_rss_url(httpserver: HTTPServer, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    _serve_feed(httpserver, "feed.xml", "application/rss+xml")
    httpserver.expect_request("/news/convoy").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/news/missing").respond_with_data("gone", status=404)
    httpserver.expect_request("/news/also-missing").respond_with_data("gone", status=404)
    with caplog.at_level(logging.WARNING, logger="flashpoint.sources"):
        convoy, rally, nothing = list(iter_articles([httpserver.url_for("/feed.xml")], settings))
    assert isinstance(convoy, Article)
    assert convoy.html is not None and "Market fire" in convoy.html  # the page, not the summary
    assert convoy.title == "Convoy ambushed on mountain road"
    assert convoy.published == dt.date(2023, 3, 7)
    assert convoy.url == httpserver.url_for("/news/convoy") and convoy.source == "Example Frontier News"
    assert isinstance(rally, Article)
    assert rally.html is not None and "Thousands rallied" in rally.html  # fell back to the feed's summary
    assert rally.title == "Rally ends peacefully" and rally.published == dt.date(2023, 3, 8)
    assert any("/news/missing" in r.getMessage() and "summary" in r.getMessage() for r in caplog.records)
    assert isinstance(nothing, Rejected) and nothing.code == "bad_input"
    assert nothing.origin == httpserver.url_for("/news/also-missing")


def test_atom_file_with_remote_pages(httpserver: HTTPServer, settings: Settings, tmp_path: Path) -> None:
    feed = (DATA / "atom.xml").read_text(encoding="utf-8").replace("{base}", _base(httpserver))
    path = tmp_path / "wire.atom"
    path.write_text(feed, encoding="utf-8")
    httpserver.expect_request("/atom/post").respond_with_data(
        "Attackers fired rockets.", content_type="text/plain"
    )
    [article] = list(iter_articles([str(path)], settings))
    assert isinstance(article, Article)
    assert article.text == "Attackers fired rockets."
    assert (article.title, article.published) == ("Police post attacked", dt.date(2023, 5, 1))


def test_feed_item_fetch_refused_falls_back_to_content(httpserver: HTTPServer, tmp_path: Path) -> None:
    """With private targets refused, item pages on 127.0.0.1 are not fetched: the feed content is used."""
    feed = (DATA / "atom.xml").read_text(encoding="utf-8").replace("{base}", _base(httpserver))
    path = tmp_path / "wire.xml"
    path.write_text(feed, encoding="utf-8")
    settings = Settings(db=str(tmp_path / "x.sqlite"), fetch_allow_private=False)
    [article] = list(iter_articles([str(path)], settings))
    assert isinstance(article, Article) and article.html is not None and "rockets" in article.html
    assert len(httpserver.log) == 0


def test_broken_feed_url(httpserver: HTTPServer, settings: Settings) -> None:
    broken = (DATA / "broken_feed.xml").read_text(encoding="utf-8")
    httpserver.expect_request("/bad.xml").respond_with_data(broken, content_type="application/rss+xml")
    [rejected] = list(iter_articles([httpserver.url_for("/bad.xml")], settings))
    assert isinstance(rejected, Rejected) and rejected.code == "broken_feed"
