"""flashpoint: news about political violence in, a clean ACLED-compatible event dataset out."""

__version__ = "0.1.0"
