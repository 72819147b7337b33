from timeline.recognisers.sentences import split_sentences


def texts(text, regions=None):
    return [text[s:e] for s, e in split_sentences(text, regions)]


def test_sentences_abbreviations_do_not_split():
    text = "The U.S. envoy met Gen. Smith on Dec. 6 in Aleppo. Talks ended."
    assert texts(text) == ["The U.S. envoy met Gen. Smith on Dec. 6 in Aleppo.", "Talks ended."]


def test_sentences_questions_and_exclamations_split():
    assert texts("Why now? Nobody knows! It is over.") == [
        "Why now?",
        "Nobody knows!",
        "It is over.",
    ]


def test_sentences_list_items_lose_their_numbers():
    text = "Two deals were made.\n  1. Fighters left Tabqa.\n  2. Convoys left Manbij."
    assert texts(text) == ["Two deals were made.", "Fighters left Tabqa.", "Convoys left Manbij."]


def test_sentences_lowercase_after_full_stop_splits_informal_text():
    assert texts("they left damascus. then they came back.") == [
        "they left damascus.",
        "then they came back.",
    ]
    assert texts("about approx. five km, e.g. this one") == ["about approx. five km, e.g. this one"]


def test_sentences_respect_regions():
    text = "Menu. Home.\n\nThe SDF left Raqqa. It was dawn."
    start = text.index("The SDF")
    assert texts(text, [(start, len(text))]) == ["The SDF left Raqqa.", "It was dawn."]


def test_sentences_blank_line_ends_a_sentence_without_punctuation():
    assert texts("A headline without a stop\n\nThe body starts here.") == [
        "A headline without a stop",
        "The body starts here.",
    ]
