"""What a user gets from the CLI for bad input: exit 2, one line per bad item, no traceback, nothing lost.

Real parts throughout: the real model and gazetteer where an article is coded, a real SQLite file, and a
real HTTP server on 127.0.0.1 for URLs.
"""

from __future__ import annotations

import http.server
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flashpoint.cli import cli

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"
KHERSON = EXAMPLES / "ukraine-kherson-shelling.txt"
SAHEL = "Des hommes armés ont tué trois civils à Ségou, a déclaré la police. Le café était fermé."
GOOD_LINE = json.dumps({"id": "kaduna-1", "text": "Gunmen killed five villagers in Kaduna on Monday."})


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def env(tmp_path: Path, cache_dir: Path) -> dict[str, str]:
    return {
        "FLASHPOINT_DB": str(tmp_path / "fp.sqlite"),
        "FLASHPOINT_CACHE_DIR": str(cache_dir),
        "FLASHPOINT_MAX_ARTICLE_BYTES": "100000",
        "FLASHPOINT_FETCH_TIMEOUT": "1",
    }


def failure_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("flashpoint: failed: ")]


def assert_clean_error(result: Result, *needles: str) -> None:
    """Exit 2, a single `flashpoint: error:` line naming the problem, and no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("flashpoint: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output


def stored_events(db: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select event_id, sub_event_type from events order by event_id").fetchall()


class _Handler(http.server.BaseHTTPRequestHandler):
    release: threading.Event

    def do_GET(self) -> None:
        if self.path == "/good.txt":
            body = KHERSON.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            self.release.wait(30)  # past the 1 s fetch timeout; released when the test ends
        elif self.path == "/broken.rss":
            body = b'<rss version="2.0"><channel><item><title>half'
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def http_root() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (free port) serving a good article, a 404, a hang and a broken feed."""
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"release": release})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        release.set()
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_ingest_mixed_directory_stores_the_good_and_names_each_bad(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    # something is stored before the bad batch arrives; it must survive untouched
    first = runner.invoke(cli, ["ingest", "-q", str(KHERSON)], env=env)
    assert first.exit_code == 0, first.output
    before = stored_events(env["FLASHPOINT_DB"])
    assert len(before) == 1

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-empty.txt").write_bytes(b"")
    (batch / "b-junk.txt").write_bytes(bytes(range(256)) * 20)
    (batch / "c-latin1.txt").write_bytes(SAHEL.encode("latin-1"))
    (batch / "d-utf16.txt").write_bytes(SAHEL.replace("Ségou", "Mopti").encode("utf-16"))  # with BOM
    (batch / "e-broken.xml").write_text('<?xml version="1.0"?><rss><channel><item><title>x</ti')
    (batch / "f-dump.jsonl").write_text(GOOD_LINE + "\n{not json\n[1, 2]\n")
    (batch / "g-huge.html").write_bytes(b"<p>word</p>" * 20_000)  # over the 100 kB limit
    result = runner.invoke(cli, ["ingest", "-q", str(batch)], env=env)

    assert result.exit_code == 2
    assert "Traceback" not in result.output
    failed = failure_lines(result)
    assert [line.split(": ")[2].rsplit("/", 1)[-1] for line in failed] == [
        "a-empty.txt",
        "b-junk.txt",
        "e-broken.xml#item1",
        "f-dump.jsonl:2",
        "f-dump.jsonl:3",
        "g-huge.html",
    ]
    assert "empty" in failed[0] and "binary" in failed[1] and "not well-formed" in failed[2]
    assert "not valid JSON" in failed[3] and "over the 100000-byte" in failed[5]
    assert "3 article(s) stored, 0 unchanged, 6 failed" in result.stderr

    after = stored_events(env["FLASHPOINT_DB"])
    assert set(before) <= set(after)  # nothing already stored was lost
    listed = runner.invoke(cli, ["events", "--format", "json"], env=env)
    places = {event["location"] for event in json.loads(listed.stdout)}
    assert {"Kherson", "Ségou", "Mopti", "Kaduna"} <= places  # latin-1 and UTF-16 were read, not refused


@pytest.mark.slow
def test_ingest_urls_timeouts_404s_and_broken_feeds(
    runner: CliRunner, env: dict[str, str], http_root: str
) -> None:
    urls = [
        f"{http_root}/good.txt",
        f"{http_root}/missing.html",
        f"{http_root}/slow",
        f"{http_root}/broken.rss",
    ]
    result = runner.invoke(cli, ["ingest", "-q", *urls, "ftp://example.org/a.txt"], env=env)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    failed = failure_lines(result)
    assert len(failed) == 4
    assert f"{http_root}/missing.html: the server answered HTTP 404" in failed[0]
    assert f"{http_root}/slow: timed out" in failed[1]
    assert f"{http_root}/broken.rss#item1: " in failed[2] and "not well-formed" in failed[2]
    assert "ftp://example.org/a.txt: cannot read ftp: URLs" in failed[3]
    assert "1 article(s) stored" in result.stderr
    assert len(stored_events(env["FLASHPOINT_DB"])) == 1


@pytest.mark.slow
def test_extract_directory_codes_every_article_and_exits_2_on_a_bad_one(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(KHERSON.read_text())
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text(GOOD_LINE + "\n")
    result = runner.invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"], env=env)
    assert result.exit_code == 2
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["location"] for e in events} == {"Kherson", "Kaduna"}
    assert failure_lines(result) == [f"flashpoint: failed: {tmp_path / 'b.txt'}: the file is empty"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("junk.txt", b"\x00\x9f\x92\x96" * 500, "binary"),
        ("report.pdf.txt", b"%PDF-1.7\n" + b"x" * 100, "a PDF document"),
        ("huge.txt", b"word " * 30_000, "over the 100000-byte article limit"),
        ("empty.jsonl", b"\n\n", "holds no records"),
        ("bad.jsonl", b"{oops\n", "not valid JSON"),
    ],
)
def test_extract_single_bad_input_is_one_line(
    runner: CliRunner, env: dict[str, str], tmp_path: Path, name: str, content: bytes, needle: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert_clean_error(runner.invoke(cli, ["extract", str(path)], env=env), needle)


def test_a_record_with_nothing_to_read_names_its_origin_once(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "blank-1", "text": "ok"}) + "\n" + GOOD_LINE + "\n")
    result = runner.invoke(cli, ["ingest", "-q", str(dump)], env=env)
    assert result.exit_code == 2
    [line] = failure_lines(result)
    assert line.endswith("dump.jsonl:1: no article text left after cleaning"), line
    assert line.count("dump.jsonl:1") == 1
    assert "1 article(s) stored, 0 unchanged, 1 failed" in result.stderr


@pytest.mark.parametrize(
    ("src", "needle"),
    [
        ("nope/missing.txt", "no such file, directory or URL"),
        ("ftp://example.org/a.txt", "cannot read ftp: URLs"),
        ("http://[::1", "not a valid URL"),
    ],
)
def test_extract_unreadable_source_is_one_line(
    runner: CliRunner, env: dict[str, str], src: str, needle: str
) -> None:
    assert_clean_error(runner.invoke(cli, ["extract", src], env=env), needle)


def test_url_404_is_one_line(runner: CliRunner, env: dict[str, str], http_root: str) -> None:
    result = runner.invoke(cli, ["extract", f"{http_root}/missing.html"], env=env)
    assert_clean_error(result, "HTTP 404")


def test_a_file_that_is_not_a_database_is_one_line_and_left_alone(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    for command in (["events"], ["export", "--format", "jsonl", "-o", str(tmp_path / "x.jsonl")]):
        result = runner.invoke(cli, ["--db", str(notes), *command], env=env)
        assert_clean_error(result, "cannot open the store", "file is not a database")
        assert result.stdout == ""  # no table header printed before the error
    assert notes.read_text() == "my notes, not a database\n"
    assert not (tmp_path / "x.jsonl").exists()


def test_unreachable_postgres_is_one_line_without_the_password(
    runner: CliRunner, env: dict[str, str]
) -> None:
    result = runner.invoke(
        cli, ["--db", "postgresql+psycopg://me:s3cret@127.0.0.1:1/events", "events"], env=env
    )
    assert_clean_error(result, "cannot open the store", "127.0.0.1")
    assert "s3cret" not in result.output


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        ("FLASHPOINT_PORT", "eighty", "FLASHPOINT_PORT"),
        ("FLASHPOINT_MAX_ARTICLE_BYTES", "5", "FLASHPOINT_MAX_ARTICLE_BYTES"),
        ("FLASHPOINT_FETCH_TIMEOUT", "-1", "FLASHPOINT_FETCH_TIMEOUT"),
    ],
)
def test_bad_setting_in_the_environment_is_one_line(
    runner: CliRunner, env: dict[str, str], variable: str, value: str, needle: str
) -> None:
    result = runner.invoke(cli, ["events"], env={**env, variable: value})
    assert_clean_error(result, "bad setting", needle, repr(value))


def test_pipeline_config_option_reaches_the_pipeline(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(KHERSON.read_text())
    missing = tmp_path / "missing.toml"
    assert_clean_error(
        runner.invoke(cli, ["--pipeline-config", str(missing), "extract", str(article)], env=env),
        str(missing),
    )
    config = tmp_path / "mine.toml"
    config.write_text('[pipeline]\nstages = ["x"]\n\n[stages.x]\nfactory = "flashpoint.nosuch.v1"\n')
    result = runner.invoke(cli, ["--pipeline-config", str(config), "extract", str(article)], env=env)
    assert_clean_error(result, "flashpoint.nosuch.v1")


def test_export_to_a_directory_is_one_line(runner: CliRunner, env: dict[str, str], tmp_path: Path) -> None:
    result = runner.invoke(cli, ["export", "--format", "acled-csv", "-o", str(tmp_path)], env=env)
    assert_clean_error(result, "is a directory")


@pytest.mark.parametrize(
    "command", ["extract", "ingest", "events", "export", "serve", "places", "eval", "bench"]
)
def test_every_command_help_has_examples(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    examples = result.output.split("Examples:", 1)
    assert len(examples) == 2, f"flashpoint {command} --help shows no examples"
    assert f"flashpoint {command}" in examples[1]
