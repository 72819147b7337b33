"""Name keys: spelling variants of one place meet on one key."""

from __future__ import annotations

import pytest

from gazetteer import bare_key, fold, key_of, name_key, name_tokens
from gazetteer._fold import is_code_like, is_latin


@pytest.mark.parametrize(
    "variants",
    [
        ("Deir ez-Zor", "Deir Ezzor", "Deir Ez-zor", "DEIR EZ ZOR"),
        ("Raqqa", "Raqqah", "RAQQA"),
        ("Tabqa", "Tabqah"),
        ("Al Bab", "al-Bab", "Al-Bab"),
        ("Münbiç", "Munbic"),
        ("Ma'arrat al-Numan", "Maarrat al Numan", "Ma’arrat al-Numan"),
    ],
)
def test_fold_name_key_joins_spelling_variants(variants):
    assert len({name_key(v) for v in variants}) == 1


def test_fold_drops_diacritics_and_special_letters():
    assert fold("Łódź") == "lodz"
    assert fold("Ḩalab") == "halab"
    assert fold("Straße") == "strasse"


def test_fold_name_key_keeps_different_places_apart():
    assert name_key("Homs") != name_key("Hama")
    assert name_key("Paris") != name_key("Parys")


def test_fold_bare_key_drops_a_leading_article_only():
    assert bare_key(name_tokens("al-Bab")) == key_of(["bab"]) == bare_key(["bab"])
    assert bare_key(["al"]) == key_of(["al"])  # an article alone is the name
    assert bare_key(name_tokens("Bab al-Hawa")) == name_key("Bab al-Hawa")


def test_fold_code_like_names_are_recognised():
    assert is_code_like("PMS")
    assert is_code_like("ALP")
    assert is_code_like("A1")
    assert not is_code_like("Aleppo")


def test_fold_latin_script_check():
    assert is_latin("Deir ez-Zor")
    assert is_latin("Dêrezor")
    assert not is_latin("دير الزور")
    assert not is_latin("Дейр-эз-Зор")
