"""The same names resolve to different places with the document around them."""

from __future__ import annotations


def _by_text(mentions):
    found = {}
    for m in mentions:
        found.setdefault(m.text, []).append(m)
    return found


def test_places_syria_report_resolves_to_syria(recogniser, fixture_text):
    found = _by_text(recogniser.find(fixture_text("syria_report.txt")))
    for name in ("Palmyra", "Raqqah", "Deir ez-Zor", "Tabqa", "Manbij", "Aleppo", "Al Bab", "Homs"):
        assert name in found, name
        assert {m.place.country_code for m in found[name]} == {"SY"}, name
    assert found["Palmyra"][0].place.name == "Tadmur"
    assert found["Raqqah"][0].place.admin1 == "Ar-Raqqah"


def test_places_upstate_article_puts_palmyra_in_new_york(recogniser, fixture_text):
    found = _by_text(recogniser.find(fixture_text("upstate_village.txt")))
    palmyras = found["Palmyra"] + found["PALMYRA"]
    assert {(m.place.country_code, m.place.admin1) for m in palmyras} == {("US", "New York")}
    assert found["N.Y."][0].place.feature == "A.ADM1"
    assert found["Wayne County"][0].place.admin1 == "New York"
    assert found["Rochester"][0].place.admin1 == "New York"


def test_places_state_abbreviation_after_a_town_picks_its_namesake(recogniser):
    text = "A man from Alexandria, La., was charged. In Paris, Tenn., the fair opened."
    found = _by_text(recogniser.find(text))
    assert found["Alexandria"][0].place.admin1 == "Louisiana"
    assert found["Paris"][0].place.admin1 == "Tennessee"
    assert found["La."][0].place.name == "Louisiana"


def test_places_neighbouring_towns_pull_each_other(recogniser):
    text = (
        "Deputies in Henderson County searched a pasture outside Athens after the storm. "
        "Crews from Tyler and Corsicana helped clear the roads."
    )
    found = _by_text(recogniser.find(text))
    assert found["Athens"][0].place.admin1 == "Texas"


def test_places_without_context_prefers_the_well_known_place(recogniser):
    found = _by_text(recogniser.find("Protesters gathered in Paris and London on Saturday."))
    assert found["Paris"][0].place.country_code == "FR"
    assert found["London"][0].place.country_code == "GB"


def test_places_scores_are_probabilities(recogniser, fixture_text):
    mentions = recogniser.find(fixture_text("syria_report.txt"))
    assert all(0.0 < m.score <= 1.0 for m in mentions)
    assert max(m.score for m in mentions) > 0.8


def test_places_region_named_after_its_main_town_means_the_town(recogniser):
    found = recogniser.find(
        "Shells fell on Kharkiv and Belgorod overnight, officials in Kherson said."
    )
    kinds = {m.text: m.place.feature for m in found}
    assert set(kinds) == {"Kharkiv", "Belgorod", "Kherson"}
    assert all(f.startswith("P.") for f in kinds.values())
    region = recogniser.find("Fighting spread across the Kharkiv region.")
    assert [m.place.feature for m in region if m.text == "Kharkiv"] == ["A.ADM1"]


def test_places_name_spelt_as_written_beats_a_respelt_local_one(recogniser):
    # Iraan, Texas, shares the folded key of "Iran": in a story from Texas the country,
    # spelt just as written, still wins over a town whose name is spelt otherwise.
    text = (
        "ARLINGTON, Texas -- A student from Arlington was detained in Iran last week. "
        "Friends in Southlake said his family left Iran for Texas in 1990 and settled "
        "near Houston. Arlington police said the family had not heard from him."
    )
    found = _by_text(recogniser.find(text))
    assert {m.place.country_code for m in found["Iran"]} == {"IR"}
    assert found["Houston"][0].place.admin1 == "Texas"


def test_places_a_dateline_alone_names_a_place_of_note(recogniser):
    # wire style names a place without its region in a dateline only when it is well
    # known: "ARLINGTON" is no alternate name of a New Jersey shore town named after it
    text = (
        "ARLINGTON — The school board met on Monday. Parents from Ship Bottom and "
        "Toms River, N.J., drove in for the vote."
    )
    found = _by_text(recogniser.find(text))
    assert found["ARLINGTON"][0].place.name == "Arlington"
    assert found["Ship Bottom"][0].place.admin1 == "New Jersey"
