"""The README and docs name only commands and options that exist (a renamed option fails here)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from flashpoint.cli import cli
from flashpoint.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def command_lines() -> list[tuple[str, str]]:
    """(doc name, command line) for every `flashpoint ...` invocation in a fenced code block or backticks."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in re.findall(r"```(?:bash)?\n(.*?)```", text, flags=re.S):
            for line in block.splitlines():
                line = line.split("#", 1)[0].strip()
                if line.startswith("flashpoint "):
                    found.append((doc.name, line))
        for inline in re.findall(r"`(flashpoint [^`]+)`", text):
            found.append((doc.name, inline))
    return found


def options_of(command: click.Command) -> set[str]:
    return {name for param in command.params for name in (*param.opts, *param.secondary_opts)}


@pytest.mark.parametrize(("doc", "line"), command_lines())
def test_documented_command_lines_exist(doc: str, line: str) -> None:
    words = shlex.split(line.replace("...", ""))[1:]
    group_options = options_of(cli)
    while words and words[0].startswith("-"):  # global options before the command
        option = words.pop(0).split("=", 1)[0]
        assert option in group_options, f"{doc}: `{line}`: flashpoint has no global option {option}"
        if option in ("--db", "--pipeline-config") and words:
            words.pop(0)
    if not words or words[0].isupper():  # `flashpoint COMMAND --help`
        return
    name = words[0]
    assert name in cli.commands, f"{doc}: `{line}`: no command {name!r}"
    options = options_of(cli.commands[name]) | {"--help", "-h"}
    for word in words[1:]:
        if word.startswith("-") and word != "-":
            option = word.split("=", 1)[0]
            assert option in options, f"{doc}: `{line}`: flashpoint {name} has no option {option}"


def test_documented_settings_exist() -> None:
    fields = {f"FLASHPOINT_{name.upper()}" for name in Settings.model_fields}
    for doc in DOCS:
        for variable in set(re.findall(r"FLASHPOINT_[A-Z_]+", doc.read_text(encoding="utf-8"))):
            if variable.endswith("_"):  # "FLASHPOINT_*" in prose
                continue
            assert variable in fields, f"{doc.name} names {variable}, which is no setting"


def test_the_docs_name_commands_at_all() -> None:
    assert len(command_lines()) >= 10
