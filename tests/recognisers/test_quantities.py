from timeline.recognisers.quantities import QuantityRecogniser, fatalities


def counts(text):
    return [(q.value, q.unit) for q in QuantityRecogniser().find(text)]


def test_quantities_digits_words_and_approximations():
    text = "about 500 vehicles, more than 100 fighters, twelve tanks and 1,200 civilians"
    assert counts(text) == [
        (500, "vehicles"),
        (100, "fighters"),
        (12, "tanks"),
        (1200, "civilians"),
    ]


def test_quantities_vague_counts_take_their_least_value():
    assert counts("dozens of fighters and thousands of leaflets") == [
        (24, "fighters"),
        (2000, "leaflets"),
    ]


def test_quantities_money_years_and_bare_numbers_are_not_counts():
    assert counts("Donate 2,500 $ or $5,000 fighters; in 2016 some 5000 said so.") == []


def test_quantities_modifiers_between_number_and_unit():
    assert counts("39 utility vehicles and 32 pick-up trucks") == [(39, "vehicles"), (32, "trucks")]


def test_fatalities_from_killed_and_dead():
    text = "The raid killed 120 terrorists; 40 soldiers were killed and 30 vehicles destroyed."
    found = QuantityRecogniser().find(text)
    assert fatalities(text, found) == 160
    assert (
        fatalities(
            "more than 100 fighters are dead",
            QuantityRecogniser().find("more than 100 fighters are dead"),
        )
        == 100
    )
    assert fatalities("30 vehicles", QuantityRecogniser().find("30 vehicles")) is None


def test_quantities_found_in_any_case():
    assert counts("ABOUT 500 VEHICLES and Twelve Tanks; 12 fıghters") == [
        (500, "vehicles"),
        (12, "tanks"),
        (12, "fighters"),
    ]
