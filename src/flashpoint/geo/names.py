"""Name normalisation shared by the gazetteer index and the toponym recogniser."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# apostrophes and dashes unified; the Turkish dotless i and the Vietnamese and South Slavic barred d ("Đắk
# Lắk" is written "Dak Lak") have no decomposition, so they are mapped by hand
_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "‐": "-", "–": "-", "—": "-", "ı": "i", "İ": "I",
     "đ": "d", "Đ": "D"}
)  # fmt: skip
_NON_WORD = re.compile(r"[^\w']+")
_ADMIN_WORDS = (
    "district",
    "agency",
    "division",
    "province",
    "tehsil",
    "governorate",
    "region",
    "state",
    "oblast",
)
# Abbreviated name words spelled out in lookup keys, so "St. Catherine" and "Saint Catherine", "Ste. Anne"
# and "Sainte-Anne", "Sta. Cruz" and "Santa Cruz" meet. Only before another word: a final "St" is a street.
NAME_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "sts": "saints",
    "sta": "santa",
    "sto": "santo",
    "mt": "mount",
    "ft": "fort",
}
_ABBREVIATED_WORD = re.compile(r"\b(" + "|".join(NAME_ABBREVIATIONS) + r") (?=\S)")
_ADMIN_SUFFIX = re.compile(r"\s+(?:tribal\s+)?(?:" + "|".join(_ADMIN_WORDS) + r")$", re.IGNORECASE)
# GeoNames writes some second-level units with the unit word in front, which ACLED drops: "Cercle de Niono"
# (Mali), "Département du Mungo" (Cameroon), "Commune of Gihanga" (Burundi), "Préfecture de Kozah" (Togo),
# "Provincia de Carabaya" (Peru, Chile), "Departamento de Rosario" and "Partido de La Matanza" (Argentina),
# "Municipio de Mixco" (Guatemala, Nicaragua, Cuba), "Distrito de Mocuba" (Mozambique, Panama), "Circunscrição
# de Macomia" (Mozambique), "Kabupaten Mimika" (Indonesia). Venezuela's "Municipio Catatumbo" keeps its word:
# as a bare name it would outrank Colombia's Catatumbo region
_ADMIN_PREFIX = re.compile(
    r"^(?:(?:cercle|d[ée]partement|pr[ée]fecture|commune|municipality|county)\s+"
    r"(?:of|de la|de l'|du|des|de|d')\s*"
    # a Spanish article belongs to the name: "Partido de La Matanza" is "La Matanza"
    r"|(?:provincia|departamento|municipio|partido|distrito)\s+del?\s+"
    # Mozambique's districts and cities: "Circunscrição de Macomia", "Cidade de Pemba", "Concelho do Ibo"
    r"|(?:circunscri[çc][ãa]o|cidade|concelho)\s+d[aeo]s?\s+"
    # Indonesia's regencies: "Kabupaten Nduga" is ACLED's "Nduga" (not "Kota": Malaysia's "Kota Bharu"
    # is a name)
    r"|kabupaten\s+)",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Strip accents (Wazīristān -> Waziristan) and unify apostrophes and dashes; keeps case."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # pure; the geocoder asks for the same few thousand keys again and again
def normalize(text: str) -> str:
    """The lookup key of a name: folded, lower-case, punctuation as single spaces, no leading 'the'."""
    key = _NON_WORD.sub(" ", fold(text).lower()).replace("'", "").strip()
    key = re.sub(r"\s+", " ", key)
    if key.startswith("the "):
        key = key[4:]
    if " " in key:
        key = _ABBREVIATED_WORD.sub(lambda m: NAME_ABBREVIATIONS[m[1]] + " ", key)
    return key


_LEADING_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|at|az|an|ed|er|es|et|ez) (?=\S{3})")
# Spelling pairs that transliterations of one name swap freely ("Reef"/"Rif", "Manbej"/"Manbij",
# "Raqqah"/"Raqqa", "Dar'a"/"Daraa", "Qandahar"/"Kandahar"); applied in order, then doubled letters merge.
_LOOSE_SPELLINGS = (("ee", "i"), ("ou", "u"), ("oo", "u"), ("e", "i"), ("o", "u"), ("q", "k"), ("ph", "f"))
_DOUBLED = re.compile(r"(.)\1+")


def loose_key(key: str) -> str:
    """A transliteration-blind form of a lookup key, for names no exact key matches: no leading article,
    no spaces, vowels and doubled letters merged, no final 'h'. "Deir Ezzor" and "Deir ez-Zor" meet at
    "dirizur"; "Al-Hasakah" and "Hasaka" at "hasaka"."""
    word = _LEADING_ARTICLE.sub("", key).replace(" ", "")
    for spelling, plain in _LOOSE_SPELLINGS:
        word = word.replace(spelling, plain)
    word = _DOUBLED.sub(r"\1", word)
    return word[:-1] if word.endswith("h") and len(word) > 4 else word


def strip_admin_word(name: str) -> str:
    """'North Wazīristān District' -> 'North Wazīristān'; 'Khyber Agency' -> 'Khyber'; 'Cercle de Niono' ->
    'Niono'."""
    stripped = _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", name).strip())
    return stripped or name


# a part of a unit named by its side ("Upper Orakzai", "Lower Kurram", "Eastern Ghouta"): when the
# gazetteer lacks the part, the unit it is a part of places it
_PART_WORD = re.compile(
    r"^(?:upper|lower|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|"
    r"north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+(?=\S)",
    re.I,
)


def strip_part_word(name: str) -> str:
    """'Upper Orakzai' -> 'Orakzai'; 'Eastern Ghouta' -> 'Ghouta'; a name with no side word is itself."""
    return _PART_WORD.sub("", name, count=1)


@lru_cache(maxsize=1 << 14)
def admin_key(name: str | None) -> str:
    """Compare admin names without admin words and accents ("Khyber Agency" == "Khyber")."""
    if not name:
        return ""
    return normalize(strip_admin_word(fold(name)))


def plain_spelling(name: str) -> str:
    """Drop transliteration marks (Baghlān -> Baghlan, Al Baḩr -> Al Bahr) but keep the accents of
    ordinary Latin-1 spelling (São Paulo, Île-de-France)."""
    if all(ord(ch) <= 0xFF for ch in name):
        return name
    return fold(name)
