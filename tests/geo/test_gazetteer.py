from __future__ import annotations

import pytest

from flashpoint.geo.build import read_admin_names, read_admin_parents
from flashpoint.geo.gazetteer import ATTRIBUTION, Gazetteer
from flashpoint.geo.names import admin_key, fold, loose_key, normalize, strip_admin_word

from .conftest import in_north_waziristan


def test_attribution_credits_geonames() -> None:
    assert "GeoNames" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION
    import flashpoint.geo.gazetteer as module

    assert module.__doc__ is not None and "CC BY 4.0" in module.__doc__


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("North Wazīristān District", "north waziristan district"),
        ("the Khyber-Pakhtunkhwa", "khyber pakhtunkhwa"),
    ],
)
def test_normalize(raw: str, key: str) -> None:
    assert normalize(raw) == key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Al-Hasakah", "Hasaka"),
        ("Reef Dimashq", "Rif Dimashq"),
        ("Dar'a", "Daraa"),
        ("Qandahar", "Kandahar"),
    ],
)
def test_transliterations_meet_at_one_loose_key(one: str, other: str) -> None:
    assert loose_key(normalize(one)) == loose_key(normalize(other))


def test_loose_key_keeps_different_names_apart() -> None:
    assert loose_key(normalize("Karachi")) != loose_key(normalize("Kirkuk"))
    assert loose_key(normalize("Bannu")) != loose_key(normalize("Banu Walid"))


def test_unknown_spelling_falls_back_to_the_loose_match(small_gazetteer: Gazetteer) -> None:
    [first, *_] = small_gazetteer.candidates("Dera Ismael Khan")  # no exact entry for this spelling
    assert (first.name, first.country_code) == ("Dera Ismail Khan", "PK")
    assert not first.primary  # a loose match ranks like an alternate name
    assert small_gazetteer.has_name("Dera Ismael Khan")
    assert small_gazetteer.candidates("Xyzzyabad") == []


def test_admin_words_and_accents() -> None:
    assert strip_admin_word("Khyber Agency") == "Khyber"
    assert fold("Bājaur") == "Bajaur"
    assert admin_key("North Wazīristān District") == admin_key("North Waziristan")


def test_admin_words_in_front_are_dropped_as_acled_drops_them() -> None:
    assert strip_admin_word("Cercle de Niono") == "Niono"
    assert strip_admin_word("Département de la Lékié") == "Lékié"
    assert strip_admin_word("Commune of Gihanga") == "Gihanga"
    assert strip_admin_word("District of Columbia") == "District of Columbia"  # a name, not a unit word
    assert strip_admin_word("Provincia de Carabaya") == "Carabaya"
    assert strip_admin_word("Partido de La Matanza") == "La Matanza"
    assert strip_admin_word("Distrito Capital") == "Distrito Capital"  # Caracas's own unit, named so
    assert strip_admin_word("Kabupaten Intan Jaya") == "Intan Jaya"
    assert strip_admin_word("Kota Bharu") == "Kota Bharu"  # a name in Malaysia, not Indonesia's "city of"


def test_district_has_current_name_and_a_point_among_its_towns(small_gazetteer: Gazetteer) -> None:
    [district] = [c for c in small_gazetteer.candidates("North Waziristan") if c.feature == "admin2"]
    assert district.name == "North Waziristan"
    assert (district.country, district.admin1, district.admin2) == (
        "Pakistan",
        "Khyber Pakhtunkhwa",
        "North Waziristan",
    )
    assert in_north_waziristan(district.latitude, district.longitude)


@pytest.mark.parametrize(
    ("old", "current"),
    [("Khyber Agency", "Khyber"), ("Bajaur Agency", "Bajaur"), ("Kurram District", "Kurram")],
)
def test_old_names_find_current_units(small_gazetteer: Gazetteer, old: str, current: str) -> None:
    names = {c.name for c in small_gazetteer.candidates(old, "PK") if c.feature == "admin2"}
    assert names == {current}


def test_fata_is_khyber_pakhtunkhwa_now(small_gazetteer: Gazetteer) -> None:
    [unit] = small_gazetteer.candidates("Federally Administered Tribal Areas")
    assert (unit.feature, unit.name) == ("admin1", "Khyber Pakhtunkhwa")


def test_patch_adds_places_the_packages_lack(small_gazetteer: Gazetteer) -> None:
    [town] = small_gazetteer.candidates("Mir Ali")
    assert (town.feature, town.admin2) == ("city", "North Waziristan")
    for name in ("Orakzai", "Mohmand"):
        unit = next(c for c in small_gazetteer.candidates(name, "PK") if c.feature == "admin2")
        assert unit.latitude is not None and unit.longitude is not None


def test_towns_carry_admin1_and_admin2(small_gazetteer: Gazetteer) -> None:
    town = next(c for c in small_gazetteer.candidates("Miran Shah") if c.feature == "city")
    assert (town.country_code, town.admin1, town.admin2) == ("PK", "Khyber Pakhtunkhwa", "North Waziristan")


def test_country_filter_and_population_order(small_gazetteer: Gazetteer) -> None:
    everywhere = [c for c in small_gazetteer.candidates("Hyderabad") if c.feature == "city"]
    assert [c.country_code for c in everywhere][:2] == ["IN", "PK"]
    assert {c.country_code for c in small_gazetteer.candidates("Hyderabad", "pk")} == {"PK"}
    assert small_gazetteer.candidates("Nowhereabad-on-Sea") == []


def test_countries_and_demonyms(small_gazetteer: Gazetteer) -> None:
    [country] = small_gazetteer.candidates("Pakistan")
    assert country.feature == "country" and country.latitude is not None
    assert small_gazetteer.demonym_country("Afghans") == "AF"
    assert small_gazetteer.demonym_country("Pakistani") == "PK"
    assert small_gazetteer.country("US") is not None


def test_nearest_towns(small_gazetteer: Gazetteer) -> None:
    [(km, town)] = small_gazetteer.nearest_towns(33.0006, 70.0712, k=1)
    assert town.name == "Miran Shah" and km < 1


def test_admin1_units_carry_acled_style_english_names(small_gazetteer: Gazetteer) -> None:
    [unit] = [c for c in small_gazetteer.candidates("Azad Jammu and Kashmir") if c.feature == "admin1"]
    assert unit.name == "Azad Kashmir"  # the GeoNames spelling still finds it
    assert any(c.feature == "admin1" for c in small_gazetteer.candidates("Islamabad Capital Territory"))


def test_admin_names_file_is_well_formed() -> None:
    names = read_admin_names()
    assert names and all(len(code) == 2 and code.isupper() for code in names)
    assert all(old and new and old != new for table in names.values() for old, new in table.items())


def test_split_provinces_answer_to_their_old_name() -> None:
    gazetteer = Gazetteer.build(countries=["PH"])
    halves = [c for c in gazetteer.candidates("Maguindanao") if c.feature == "admin2"]
    assert {c.name for c in halves} == {"Maguindanao del Norte", "Maguindanao del Sur"}
    [town] = [c for c in gazetteer.candidates("Datu Piang") if c.feature == "city"]
    assert any(town.is_within(unit) for unit in halves)
    assert town.admin1 == "Bangsamoro Autonomous Region in Muslim Mindanao"


def test_turkish_dotless_i_folds() -> None:
    assert normalize("Diyarbakır") == normalize("Diyarbakir")


def test_barred_d_folds() -> None:
    assert normalize("Đắk Lắk") == normalize("Dak Lak")


def test_admin1_units_of_europe_and_central_asia_carry_english_names() -> None:
    gazetteer = Gazetteer.build(countries=["AM", "GR", "TJ"])
    for town, admin1 in (("Jermuk", "Vayots Dzor"), ("Piraeus", "Attica"), ("Khorugh", "Gorno-Badakhshan")):
        assert any(c.admin1 == admin1 for c in gazetteer.candidates(town) if c.feature == "city"), town


def test_admin_parents_name_known_parents() -> None:
    parents = read_admin_parents()
    assert parents and all(len(code) == 2 and code.isupper() for code in parents)
    assert all(unit != parent for table in parents.values() for unit, parent in table.items())


def test_palestinian_governorates_are_admin2_of_west_bank_and_gaza_strip() -> None:
    gazetteer = Gazetteer.build(countries=["PS"])
    [west_bank] = [c for c in gazetteer.candidates("West Bank") if c.feature == "admin1"]
    [nablus] = [c for c in gazetteer.candidates("Nablus") if c.feature == "admin2"]
    assert nablus.admin1 == "West Bank" and nablus.is_within(west_bank)
    assert not any(c.feature == "admin1" for c in gazetteer.candidates("Nablus"))
    [town] = [c for c in gazetteer.candidates("Nablus") if c.feature == "city"]
    assert (town.admin1, town.admin2) == ("West Bank", "Nablus")
    assert town.is_within(west_bank) and town.is_within(nablus)
    [rafah] = [c for c in gazetteer.candidates("Rafah") if c.feature == "city"]
    assert rafah.admin1 == "Gaza Strip"
    assert {c.admin1 for c in gazetteer.candidates("Gaza Strip")} == {"Gaza Strip"}


def test_iraqi_kurdistan_governorates_are_admin1_units() -> None:
    # GeoNames has one admin1 "Kurdistan Region" over three governorates; ACLED codes each as an admin1
    gazetteer = Gazetteer.build(countries=["IQ"])
    for town, admin1 in (("Erbil", "Erbil"), ("Sulaymaniyah", "Sulaymaniyah"), ("Zakho", "Duhok")):
        assert {c.admin1 for c in gazetteer.candidates(town) if c.feature == "city"} == {admin1}, town
    assert any(c.feature == "admin1" for c in gazetteer.candidates("Duhok"))


def test_shan_is_split_in_acled_parts_by_district() -> None:
    # ACLED codes Shan-North, -South and -East as admin1 units; GeoNames has one Shan, whose districts
    # tell the part
    gazetteer = Gazetteer.build(countries=["MM"])
    for town, admin1 in (("Lashio", "Shan-North"), ("Taunggyi", "Shan-South"), ("Tachileik", "Shan-East")):
        assert {c.admin1 for c in gazetteer.candidates(town) if c.feature == "city"} == {admin1}, town
    [kyaukme] = [c for c in gazetteer.candidates("Kyaukme") if c.feature == "admin2"]
    assert kyaukme.admin1 == "Shan-North"
    [north] = [c for c in gazetteer.candidates("Shan-North") if c.feature == "admin1"]
    assert kyaukme.is_within(north)
    assert any(c.feature == "admin1" for c in gazetteer.candidates("Shan"))  # the state is still a name


def test_azerbaijani_and_kazakh_units_carry_english_names() -> None:
    gazetteer = Gazetteer.build(countries=["AZ", "KZ"])
    for code in ("AZ", "KZ"):
        for english in read_admin_names()[code].values():
            admin1 = {c.name for c in gazetteer.candidates(english) if c.feature == "admin1"}
            assert english in admin1, english  # every listed local spelling names a real unit
    [town] = [c for c in gazetteer.candidates("Zhanaozen") if c.feature == "city"]
    assert town.admin1 == "Mangystau"
    [unit] = [c for c in gazetteer.candidates("Gədəbəy") if c.feature == "admin1"]
    assert unit.name == "Gadabay"  # the local spelling still finds it
