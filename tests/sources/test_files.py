from __future__ import annotations

import datetime as dt
import io
import os
import time
from pathlib import Path

import pytest

from flashpoint.errors import BinaryInput, EmptyInput, EncodingProblem, InputError, NotFound, TooLarge
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings
from flashpoint.sources import iter_articles, read_article

from .conftest import DATA


def _all(srcs: list[str], settings: Settings, **kw: object) -> list[Article | Rejected]:
    return list(iter_articles(srcs, settings, **kw))  # type: ignore[arg-type]


def _one_rejected(src: str, settings: Settings) -> Rejected:
    [item] = _all([src], settings)
    assert isinstance(item, Rejected), item
    assert item.stage == "source"
    assert "\n" not in item.reason
    return item


def test_text_file(settings: Settings) -> None:
    [article] = _all([str(DATA / "report.txt")], settings)
    assert isinstance(article, Article)
    assert article.text is not None and article.text.startswith("LAHORE, May 4 (APP)")
    assert article.html is None
    assert article.origin == str(DATA / "report.txt")
    assert len(article.id) == 16


def test_html_file(settings: Settings) -> None:
    article = read_article(str(DATA / "page.html"), settings)
    assert article.html is not None and "<article>" in article.html
    assert article.text is None


def test_same_content_same_id(settings: Settings, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((DATA / "report.txt").read_bytes())
    first, second = _all([str(DATA / "report.txt"), str(copy)], settings)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id


def test_directory_is_recursive_sorted_and_filtered(settings: Settings) -> None:
    items = _all([str(DATA / "tree")], settings)
    assert [Path(item.origin).name for item in items] == ["a_page.html", "b_report.txt", "c_more.txt"]
    assert all(isinstance(item, Article) for item in items)


def test_empty_directory(settings: Settings, tmp_path: Path) -> None:
    assert _one_rejected(str(tmp_path), settings).code == "empty"


def test_jsonl_bad_lines_rejected_rest_go_on(settings: Settings) -> None:
    path = str(DATA / "articles.jsonl")
    items = _all([path], settings)
    by_origin = {item.origin: item for item in items}
    assert list(by_origin) == [f"{path}:{n}" for n in (1, 2, 3, 4, 6, 7, 8, 9)]
    good = [item for item in items if isinstance(item, Article)]
    bad = [item for item in items if isinstance(item, Rejected)]
    assert [a.id for a in good] == ["a-1", good[1].id, "a-4", "8"]
    first = good[0]
    assert (first.title, first.published, first.source) == (
        "Checkpoint attacked",
        dt.date(2023, 4, 2),
        "Dawn",
    )
    assert good[1].url == "https://news.example/bridge" and len(good[1].id) == 16
    assert good[2].html is not None and good[2].published == dt.date(2023, 4, 5)
    assert [r.origin.rsplit(":", 1)[1] for r in bad] == ["3", "6", "7", "8"]
    assert all(r.code == "malformed" for r in bad)
    assert "not valid JSON" in bad[0].reason
    assert "text" in bad[1].reason and "published" in bad[2].reason


def test_jsonl_oversize_line_only_that_line(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    long_text = "x" * (settings.max_article_bytes + 10)
    path.write_text(f'{{"text": "{long_text}"}}\n{{"id": "after", "text": "still read"}}\n', encoding="utf-8")
    first, second = _all([str(path)], settings)
    assert isinstance(first, Rejected) and first.code == "too_large" and first.origin == f"{path}:1"
    assert isinstance(second, Article) and second.id == "after" and second.origin == f"{path}:2"


def test_jsonl_read_article_needs_a_single_record(settings: Settings) -> None:
    with pytest.raises(InputError, match="more than one article"):
        read_article(str(DATA / "articles.jsonl"), settings)


def test_stdin_text_and_jsonl(settings: Settings) -> None:
    [article] = _all(["-"], settings, stdin=io.BytesIO(b"KABUL: A rocket hit the airport, officials said.\n"))
    assert isinstance(article, Article) and article.origin == "<stdin>" and article.text
    lines = b'{"id": "s1", "text": "one"}\nnot json\n{"id": "s3", "text": "three"}\n'
    items = _all(["-"], settings, stdin=io.BytesIO(lines))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Article", "<stdin>:1"),
        ("Rejected", "<stdin>:2"),
        ("Article", "<stdin>:3"),
    ]


def test_stdin_too_large(settings: Settings) -> None:
    big = io.BytesIO(b"word " * settings.max_article_bytes)
    with pytest.raises(TooLarge):
        read_article("-", settings, stdin=big)


def test_empty_file(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    assert _one_rejected(str(tmp_path / "empty.txt"), settings).code == "empty"
    assert _one_rejected(str(tmp_path / "blank.txt"), settings).code == "empty"
    with pytest.raises(EmptyInput, match="empty"):
        read_article(str(tmp_path / "blank.txt"), settings)


@pytest.mark.parametrize(
    "data",
    [
        b"Some text\x00\x00\x00 with NUL bytes",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17, 18, 19]) * 200,
    ],
    ids=["nul", "png", "control-bytes"],
)
def test_binary_junk(settings: Settings, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    assert _one_rejected(str(path), settings).code == "binary"
    with pytest.raises(BinaryInput):
        read_article(str(path), settings)


def test_cp1252_fallback(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("The café owner said “nobody was hurt” — police agreed.".encode("cp1252"))
    article = read_article(str(path), settings)
    assert article.text == "The café owner said “nobody was hurt” — police agreed."


def test_html_meta_charset_is_used(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Señor García said so.</p></body></html>'
    path.write_bytes(html.encode("latin-1"))
    article = read_article(str(path), settings)
    assert article.html is not None and "Señor García" in article.html


def test_undecodable_is_rejected(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes("Привет мир, это тест".encode("koi8-r"))
    assert _one_rejected(str(path), settings).code == "encoding"
    with pytest.raises(EncodingProblem):
        read_article(str(path), settings)


def test_huge_file_rejected_without_reading_it(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB sparse file: instant to make, slow to read
        handle.truncate(50 * 1024 * 1024)
    start = time.monotonic()
    rejected = _one_rejected(str(path), settings)
    assert time.monotonic() - start < 0.5
    assert rejected.code == "too_large"
    assert str(50 * 1024 * 1024) in rejected.reason


def test_missing_path(settings: Settings, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    rejected = _one_rejected(missing, settings)
    assert rejected.code == "not_found" and rejected.origin == missing
    with pytest.raises(NotFound, match=r"nope\.txt"):
        read_article(missing, settings)


def test_unreadable_file(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions do not apply
            assert isinstance(read_article(str(path), settings), Article)
        else:
            assert _one_rejected(str(path), settings).code == "bad_input"
    finally:
        path.chmod(0o644)


def test_broken_feed_file(settings: Settings) -> None:
    rejected = _one_rejected(str(DATA / "broken_feed.xml"), settings)
    assert rejected.code == "broken_feed"


def test_xml_that_is_not_a_feed(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><a>1</a></config>', encoding="utf-8")
    assert _one_rejected(str(path), settings).code == "broken_feed"


def test_many_sources_in_order(settings: Settings, tmp_path: Path) -> None:
    items = _all([str(DATA / "report.txt"), str(tmp_path / "missing.txt"), str(DATA / "page.html")], settings)
    assert [type(item).__name__ for item in items] == ["Article", "Rejected", "Article"]


def test_directory_order_is_by_full_path(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("z.txt", "sub/a.txt", "b.HTML", ".git/c.txt", "sub/skip.pdf"):
        (tmp_path / rel).write_text(f"Story in {rel}.", encoding="utf-8")
    items = _all([str(tmp_path)], settings)
    assert [Path(item.origin).relative_to(tmp_path).as_posix() for item in items] == [
        "b.HTML",
        "sub/a.txt",
        "z.txt",
    ]
