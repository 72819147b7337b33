import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.recognisers._case import fold, folded
from timeline.recognisers._phrases import Phrase, PhraseIndex
from timeline.recognisers.triggers import form_pattern

# Phrases that share first words, are prefixes of each other, start with a wildcard, hold
# hyphens, or start with a word beyond ASCII: the cases where an index could go wrong.
FORMS = [
    "fire",
    "fired",
    "fired * rockets",
    "fire on",
    "cease-fire",
    "cease",
    "safe passage",
    "safe passage agreement",
    "* truce",
    "Türkiye",
    "u.s.",
    "talks",
]
PIECES = [
    *FORMS,
    "FIRED",
    "Fıred",
    "ſafe",
    "İ",
    "two",
    "new",
    "-",
    " ",
    "  ",
    "\n",
    "\n\n",
    ".",
    ",",
    "'",
    "’",
    "x",
    "TÜRKIYE",
    "rockets",
    "passage",
]


def _phrases(forms):
    def first(form):
        token = form.split()[0]
        return None if token == "*" else token

    return [Phrase(first(f), form_pattern(f), f) for f in forms]


def _alternation(forms, boundary, after, flags):
    joined = "|".join(f"(?P<p{i}>{form_pattern(f)})" for i, f in enumerate(forms))
    return re.compile(rf"(?<![{boundary}])(?:{joined}){after}", flags)


def _expected(forms, text, *, boundary=r"\w-", after=r"(?![\w-])", flags=re.IGNORECASE):
    pattern = _alternation(forms, boundary, after, flags)
    return [(m.span(), forms[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


def _found(forms, text, *, boundary=r"\w-", after=r"(?![\w-])", ignorecase=True):
    index = PhraseIndex(_phrases(forms), boundary=boundary, after=after, ignorecase=ignorecase)
    return [(m.span(), value) for m, value in index.finditer(text)]


def test_phrase_index_takes_the_first_phrase_in_order_at_the_leftmost_word():
    text = "Militants Fired two rockets, then a CEASE-FIRE; safe passage agreement talks."
    assert _found(FORMS, text) == _expected(FORMS, text)
    # "fired" comes before "fired * rockets" in the order, so it is taken.
    assert [v for _, v in _found(FORMS, text)] == [
        "fired",
        "cease-fire",
        "safe passage",
        "talks",
    ]


def test_phrase_index_reads_lookalike_letters_as_ignorecase_does():
    # Dotless i, long s and the Kelvin sign match ASCII letters case-blind.
    text = "They FİRED and fıred, a ſafe passage; \u212aabul talks"
    assert _found(FORMS, text) == _expected(FORMS, text)
    assert len(_found(FORMS, text)) == 4


def test_phrase_index_finds_phrases_that_may_start_anywhere():
    text = "a shaky truce held; Türkiye and TÜRKIYE said so"
    assert _found(FORMS, text) == _expected(FORMS, text)
    assert [v for _, v in _found(FORMS, text)] == ["* truce", "Türkiye", "Türkiye"]


def test_phrase_index_respects_case_when_asked():
    forms = ["US", "U.S.", "UN", "USA"]
    text = "US and U.S. troops; the UN, us, USA-led, uS"
    kwargs = {"boundary": r"\w.-", "after": r"(?![\w])"}
    assert _found(forms, text, ignorecase=False, **kwargs) == _expected(
        forms, text, flags=0, **kwargs
    )
    assert [v for _, v in _found(forms, text, ignorecase=False, **kwargs)] == [
        "US",
        "U.S.",
        "UN",
        "USA",
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([" ", "", "-"]))
def test_phrase_index_equals_the_alternation_on_any_text(pieces, joiner):
    text = joiner.join(pieces)
    assert _found(FORMS, text) == _expected(FORMS, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAsSiIkK\u0130\u0131\u017f\u212a- .\n'’é", max_size=40))
def test_fold_keeps_offsets_and_matches_like_ignorecase(text):
    lowered = fold(text)
    assert len(lowered) == len(text)
    assert folded(text) == lowered
    for word in ("ask", "kiss", "is"):
        blind = [m.span() for m in re.finditer(rf"\b{word}\b", text, re.IGNORECASE)]
        assert [m.span() for m in re.finditer(rf"\b{word}\b", lowered)] == blind
