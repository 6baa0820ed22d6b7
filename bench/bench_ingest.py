"""Throughput of flashpoint beside bare spaCy: a thin wrapper over `flashpoint bench`.

python bench/bench_ingest.py [--docs N] [--texts DIR]
"""

from flashpoint.benchmark import main

if __name__ == "__main__":
    main()
