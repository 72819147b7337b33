"""A denial told after the claim it answers makes the claimed act `denied`; the denial
itself stays a statement (DESIGN.md lists denials among statements)."""

import pytest


def modality_of(events_of, body: str, event_type: str) -> list[str]:
    return [e.modality for e in events_of(body) if e.event_type == event_type]


@pytest.mark.parametrize(
    "body",
    [
        "State media said rebels had withdrawn from Saraqib on Monday, which the rebels denied.",
        "The ministry said its troops had captured Sarmin on Monday, a claim the rebels denied.",
        "Residents said the army had withdrawn from Saraqib, but the army denied it.",
        "The rebels said their fighters had captured Sarmin on Monday. The army "
        "denied that, saying the town was calm.",
        "Local radio reported that the army had withdrawn from Saraqib on Monday.\n\n"
        "The army denied the report on Tuesday.",
    ],
)
def test_denials_after_the_claim(events_of, body):
    kinds = {e.event_type for e in events_of(body)}
    act = "withdrawal" if "withdrawal" in kinds else "capture"
    expected = ["reported"] if "\n\n" in body else ["denied"]  # another paragraph: not its
    assert modality_of(events_of, body, act) == expected
    if "\n\n" not in body:
        assert "statement" in kinds


def test_denials_after_do_not_touch_the_narrators_assertion(events_of):
    body = "Rebels captured Sarmin on Monday. The army denied it, saying the town was calm."
    assert modality_of(events_of, body, "capture") == ["asserted"]


def test_denials_after_with_content_of_its_own_deny_that_content(events_of):
    body = (
        "The rebels said they had captured Sarmin on Monday. The army denied that its "
        "troops had withdrawn from Saraqib."
    )
    assert modality_of(events_of, body, "capture") == ["reported"]
