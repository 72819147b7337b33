"""Things that look like dates and are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Maybe one day you will understand what happened here.",
        "The fighters surrendered one by one.",
        "We will not leave our homes, we said.",
        "They may leave the city if the corridor opens.",
        "Troops march through the ruins.",
        "A second attack hit the same street.",
        "May said the vote would go ahead.",
        "More than 5000 people gathered in the square.",
        "Donations: 2,500 $ from one reader and $5,000 from another.",
        "The budget is 100M and 39 vehicles were lost.",
        "The base lies at 36.2, 37.1 on the map.",
        "Come at 5 if you can.",
        "Call +963 11 555 1234 for the hotline.",
        "The hotline runs 24/7.",
        "Install version 2.1.3 of the app.",
        "Turnout was 45% in the north.",
        "He finished 4th in the race.",
        "The convoy took Highway 4 to the coast.",
        "2016 vehicles were destroyed in the blast.",
        "They are in their twenties.",
        "The fall of Aleppo changed the war.",
        "The Arab Spring reached the city.",
        "A previously unknown group claimed it.",
        "Three-quarters of the food was lost.",
    ],
)
def test_negatives_no_false_positives(texts, text):
    assert texts(text) == []


def test_negatives_month_name_as_a_name_needs_date_context(texts):
    assert texts("June Carter sang, and March Madness began.") == []
    assert texts("The vote is in May, and March was quiet.") == ["May", "March"]


def test_negatives_year_needs_year_context(texts):
    assert texts("The unit had 1987 members and 2000 rifles.") == []
    assert texts("The unit was founded in 1987.") == ["1987"]


def test_negatives_counts_after_a_date(texts):
    assert texts("On December 6, 1500 people fled.") == ["December 6"]
