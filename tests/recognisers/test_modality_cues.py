from timeline.recognisers.modality import ModalityRecogniser


def kinds(text):
    return [(c.text, c.modality) for c in ModalityRecogniser().find(text)]


def test_modality_cues_cover_each_kind():
    text = "They denied it; according to sources the alleged deal may not hold."
    assert kinds(text) == [
        ("denied", "deny"),
        ("according to", "reported"),
        ("alleged", "alleged"),
        ("may", "speculative"),
        ("not", "negation"),
    ]


def test_modality_cues_reports_count_only_as_attribution():
    assert kinds("The SDF commented on reports in the media.") == []
    assert kinds("Reports that the convoy left were denied.") == [
        ("Reports that", "reported"),
        ("denied", "deny"),
    ]


def test_modality_cues_need_whole_words():
    assert kinds("Mayor Knott reportedly said") == [
        ("reportedly", "reported"),
        ("said", "reported"),
    ]


def test_modality_cues_found_in_any_case():
    assert kinds("The Ministry DENIED it; ACCORDING TO them it May not hold.") == [
        ("DENIED", "deny"),
        ("ACCORDING TO", "reported"),
        ("May", "speculative"),
        ("not", "negation"),
    ]
