"""Geocoding speed: gazetteer load (cold build / warm cache), then place mentions per second.

    .venv/bin/python bench/bench_geo.py [--docs N] [--cache-dir DIR]

Parses the seed article (or any text files given with --text) N times: spaCy time and geoparsing time are
reported apart, so the share of geocoding in the whole pipeline is visible.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import spacy

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.parser import Geoparser
from flashpoint.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"
FALLBACK = (
    "Militants attacked a police post in Bannu, Khyber Pakhtunkhwa, on Monday, officials in Peshawar said. "
    "A day earlier, two soldiers were killed near Mir Ali in North Waziristan. Clashes were also reported in "
    "Kurram and Bajaur, and in Hyderabad, Sindh, police arrested three men. "
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: a fresh temporary directory")
    parser.add_argument("--text", type=Path, nargs="*", default=[])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(cache_dir=args.cache_dir or Path(tmp))
        started = time.perf_counter()
        Gazetteer.load(settings)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        gazetteer = Gazetteer.load(settings)
        warm = time.perf_counter() - started
    print(f"gazetteer: {len(gazetteer):,} places; load cold {cold:.2f} s, warm (cached) {warm:.2f} s")

    texts = [p.read_text(encoding="utf-8") for p in args.text] or [
        SEED.read_text(encoding="utf-8") if SEED.exists() else FALLBACK * 10
    ]
    nlp = spacy.load(settings.spacy_model)
    geoparser = Geoparser(gazetteer)
    docs = [texts[i % len(texts)] for i in range(args.docs)]
    started = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=32))
    spacy_s = time.perf_counter() - started
    words = sum(len(doc) for doc in parsed)
    started = time.perf_counter()
    mentions = sum(len(geoparser.parse(doc)) for doc in parsed)
    geo_s = time.perf_counter() - started
    print(f"spaCy: {len(parsed)} docs, {words:,} tokens in {spacy_s:.2f} s ({words / spacy_s:,.0f} tokens/s)")
    share = geo_s / (geo_s + spacy_s)
    print(
        f"geoparse: {mentions:,} place mentions in {geo_s:.2f} s ({mentions / geo_s:,.0f} places/s, "
        f"{len(parsed) / geo_s:,.0f} docs/s); geocoding share of spaCy+geo time: {share:.1%}"
    )


if __name__ == "__main__":
    main()
