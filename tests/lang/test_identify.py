"""Language identification: frequent-word profiles, English unless another language clearly wins."""

from __future__ import annotations

import pytest

from flashpoint.errors import ConfigError
from flashpoint.lang.identify import LanguageIdentifier


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier.load(["en", "es", "fr"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Matan a dos hombres en un taller mecánico de Apatzingán", "es"),
        ("Enfrentamiento entre policías y civiles armados deja tres muertos", "es"),
        ("Hallan el cuerpo de una mujer en la carretera a Sonoyta", "es"),
        ("Des hommes armés ont tué trois civils dans un village près de Bambari", "fr"),
        ("Gunmen kill three in Los Mochis, Sinaloa", "en"),
        ("Police find two bodies in La Mesa de los Santos", "en"),
        ("Leader of El Grupo Sombra Executed in Valle de Santiago", "en"),
        ("Puerto del Sol, B.C.S.: “El Chino ” Bakery Owner Shot", "en"),
        ("Suicide bomber kills 12 at a market in Peshawar", "en"),
        ("", "en"),
    ],
)
def test_identify(identifier: LanguageIdentifier, text: str, language: str) -> None:
    assert identifier.identify(text) == language


def test_only_the_requested_languages_compete() -> None:
    english_only = LanguageIdentifier.load(["en"])
    assert english_only.identify("Matan a dos hombres en un taller mecánico de Apatzingán") == "en"


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no profile for language 'xx'"):
        LanguageIdentifier.load(["xx"])
