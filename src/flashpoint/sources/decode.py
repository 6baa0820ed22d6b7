"""Bytes to text: refuse empty, binary and undecodable input with a one-line reason.

Order: a byte-order mark; the declared charset (HTTP header or <meta charset>); UTF-8; then, only when
confident, charset-normalizer's guess or cp1252 (the usual encoding of mislabelled Western news pages).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from flashpoint.errors import BinaryInput, EmptyInput, EncodingProblem

# file signatures of formats that are certainly not article text
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
MAX_CONTROL_SHARE = 0.05  # more control characters than this and it is not text
MAX_CHAOS = 0.1  # charset-normalizer's "mess" ratio above which its guess is not trusted
MIN_COHERENCE = 0.3  # ... and the language coherence below which it is not trusted either
_CP1252_EXTRA = set("‘’“”–—…€•™ŠšŽžŒœŸ")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return controls / len(text)


def html_declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausible_cp1252(text: str) -> bool:
    """cp1252 decodes almost anything: accept it only for text with Western letters and punctuation."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if len(non_ascii) > 0.4 * len(text):
        return False
    return all(
        ("\u00c0" <= ch <= "\u00ff" and ch.isalpha()) or ch in _CP1252_EXTRA or ch in "\u00a0«»°£§©®±·¿¡"
        for ch in non_ascii
    )


def decode_bytes(data: bytes, *, what: str, declared: str | None = None) -> str:
    """Decode article bytes; `what` names the input in error messages ("file x.txt", "URL ...")."""
    if not data.strip():
        raise EmptyInput(f"{what} is empty")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"{what} is binary ({kind}), not article text")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            break
    if text is None and b"\x00" in data[:65536]:
        raise BinaryInput(f"{what} is binary (contains NUL bytes), not article text")
    if text is None and declared:
        text = _try(data, declared.strip().lower())
    if text is None:
        text = _try(data, "utf-8")
    if text is None:
        guess = _try(data, "cp1252")
        if guess is not None and _plausible_cp1252(guess):
            text = guess
    if text is None:
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding and best.chaos <= MAX_CHAOS and best.coherence >= MIN_COHERENCE:
            text = _try(data, best.encoding)
    if text is None:
        sample = data[:4096]
        if sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\v") > MAX_CONTROL_SHARE * len(sample):
            raise BinaryInput(f"{what} is binary (mostly non-text bytes), not article text")
        raise EncodingProblem(f"{what} is not UTF-8 and its encoding could not be determined reliably")
    if _control_share(text[:65536]) > MAX_CONTROL_SHARE:
        raise BinaryInput(f"{what} is binary (mostly non-text characters), not article text")
    if not text.strip():
        raise EmptyInput(f"{what} is empty")
    return text.lstrip("\ufeff")
