"""The tokenizer: words, the gaps between them, possessives, folding, position flags."""

from __future__ import annotations

from timeline.recognisers.places._tokens import tokenize


def test_places_tokens_possessive_s_is_left_in_the_gap():
    t = tokenize("Aleppo's governor and Idlib’s council met O'Neil's aide.")
    assert t.words == ["Aleppo", "governor", "and", "Idlib", "council", "met", "O'Neil", "aide"]
    assert [t.possessive[k] for k in (0, 3, 6)] == [True, True, True]
    assert t.gaps[1] == "'s " and t.gaps[4] == "’s "
    assert t.text[t.starts[6] : t.ends[6]] == "O'Neil"


def test_places_tokens_fold_diacritics_and_inner_apostrophes_only():
    t = tokenize("“Ḩamāh” don’t Côte d'Ivoire —Éire")
    assert t.folded == ["hamah", "dont", "cote", "divoire", "eire"]
    assert t.words[0] == "Ḩamāh"


def test_places_tokens_stray_mojibake_letter_is_dropped():
    t = tokenize("Weâ\x80\x99re in Homs")
    assert t.words[:1] == ["We"] and t.words[-1] == "Homs"


def test_places_tokens_sentence_starts_follow_abbreviations():
    t = tokenize("He went to St. Louis. Gen. Smith stayed. Then rain")
    initial = dict(zip(t.words, t.initial, strict=True))
    assert initial == {
        "He": True, "went": False, "to": False, "St": False, "Louis": False,
        "Gen": True, "Smith": False, "stayed": False, "Then": True, "rain": False,
    }  # fmt: skip


def test_places_tokens_headline_lines_are_marked():
    t = tokenize("Rebels Enter The Old City Of Homs\nrebels entered the old city of Homs today")
    assert t.headline[:7] == [True] * 7
    assert not any(t.headline[7:])
