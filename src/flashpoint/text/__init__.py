"""The clean stage: raw article text or HTML -> CleanArticle (body, title, dateline, publisher, date)."""

from flashpoint.text.clean import TextResources, clean
from flashpoint.text.dateline import Dateline, parse_dateline
from flashpoint.text.dates import full_dates, infer_year

__all__ = ["Dateline", "TextResources", "clean", "full_dates", "infer_year", "parse_dateline"]
