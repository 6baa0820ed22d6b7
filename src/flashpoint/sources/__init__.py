"""The source stage: files, directories, JSONL dumps, stdin, URLs and RSS/Atom feeds -> Article | Rejected."""

from flashpoint.sources.feeds import BrokenFeed
from flashpoint.sources.fetch import FetchedPage, Fetcher, TargetPolicy
from flashpoint.sources.reader import iter_articles, read_article

__all__ = ["BrokenFeed", "FetchedPage", "Fetcher", "TargetPolicy", "iter_articles", "read_article"]
