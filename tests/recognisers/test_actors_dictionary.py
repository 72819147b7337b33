"""The actor dictionary's coverage of conflicts beyond Syria and Iraq (invented sentences)."""

from importlib import resources

import pytest

from timeline.lexicon import default_lexicon
from timeline.recognisers.actors import ActorRecogniser


@pytest.fixture(scope="module")
def actors():
    return ActorRecogniser()


def names(recogniser, text):
    return [m.name for m in recogniser.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viv Ansanm claimed the raid on the clinic.", ["Viv Ansanm"]),
        (
            "Amba boys torched a school bus near the junction.",
            ["Ambazonian separatists", "Civilians"],
        ),
        ("The SPLM-N said its units held the ridge.", ["SPLM-N"]),
        ("CODECO claimed the night raid on the camp.", ["CODECO"]),
        ("Twirwaneho and Wazalendo exchanged fire overnight.", ["Twirwaneho", "Wazalendo"]),
        ("The Mai-Mai set up a roadblock.", ["Mai-Mai"]),
        ("Lakurawa seized cattle from two herding camps.", ["Lakurawa"]),
        ("The ISGS ambushed a convoy.", ["Islamic State Sahel Province"]),
        ("The OLA kidnapped three engineers.", ["Oromo Liberation Army"]),
        ("Danab commandos raided a hideout.", ["Somalia"]),
        ("AUSSOM and ATMIS handed over a base.", ["African Union mission in Somalia"] * 2),
        ("Ansar al-Sunna beheaded two traders.", ["Ansar al-Sunna"]),
        ("The STC took over the port.", ["Southern Transitional Council"]),
        (
            "The TNLA and the MNDAA shelled the highway.",
            ["Ta'ang National Liberation Army", "MNDAA"],
        ),
        ("The KNU said it had overrun an outpost.", ["Karen National Union"]),
        ("The BLA claimed the attack on the train.", ["Balochistan Liberation Army"]),
        ("JeM and Hizbul Mujahideen were blamed.", ["Jaish-e-Mohammed", "Hizbul Mujahideen"]),
        (
            "The NPA ambushed a patrol; the BIFF fled.",
            ["New People's Army", "Bangsamoro Islamic Freedom Fighters"],
        ),
        ("The Clan del Golfo, also called the AGC, bribed officials.", ["Clan del Golfo"] * 2),
        (
            "The CJNG and the Sinaloa Cartel fought.",
            ["Jalisco New Generation Cartel", "Sinaloa Cartel"],
        ),
        (
            "The Lions' Den and al-Aqsa Martyrs' Brigades mourned.",
            ["Lions' Den", "al-Aqsa Martyrs' Brigades"],
        ),
        ("Asaib Ahl al-Haq denied it.", ["Asaib Ahl al-Haq"]),
        ("The NRF said it had attacked a checkpoint.", ["National Resistance Front"]),
        ("The 3R and the UPC signed.", ["3R", "Union for Peace in the Central African Republic"]),
        ("IPOB ordered a sit-at-home.", ["IPOB"]),
    ],
)
def test_dictionary_names_the_groups_of_other_conflicts(actors, text, expected):
    assert names(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Haitian National Police retook the station.", ["Haiti"]),
        ("The Nigerian Army said it had freed the hostages.", ["Nigeria"]),
        ("The Somali National Army advanced.", ["Somalia"]),
        ("The UPDF and the KDF sent reinforcements.", ["Uganda", "Kenya"]),
        ("The SBU said it had detained two agents.", ["Ukraine"]),
        ("The FSB said it had foiled a plot.", ["Russia"]),
        ("ISPR said the raid had failed.", ["Pakistan"]),
    ],
)
def test_dictionary_names_state_forces_and_services(actors, text, expected):
    assert names(actors, text) == expected


def test_dictionary_police_and_military_intelligence_are_the_government(actors):
    found = actors.find("Police and military intelligence officers arrested nine traders.")
    assert [(m.text, m.kind) for m in found] == [
        ("Police", "government"),
        ("military intelligence", "government"),
        ("traders", "civilian"),  # counted people detained
    ]


def test_dictionary_gang_units_count_as_the_coalition_named_with_them(actors):
    text = "The G9 and G-Pep, both in Viv Ansanm, attacked; G9 fighters then withdrew."
    assert set(names(actors, text)) == {"Viv Ansanm"}
    assert names(actors, "The G9 attacked.") == ["G9"]


def test_dictionary_allegiances_of_new_groups():
    lexicon = default_lexicon()
    assert lexicon.allegiance("Islamic State Sahel Province") == "ISIS"
    assert lexicon.allegiance("Ansar al-Sunna") == "ISIS"
    assert lexicon.allegiance("Ansaru") == "al-Qaeda"
    assert lexicon.jihadist("Lakurawa")
    assert not lexicon.jihadist("Viv Ansanm")


def test_dictionary_aliases_are_not_shared_by_two_actors():
    text = resources.files("timeline.lexicon").joinpath("actors.tsv").read_text(encoding="utf-8")
    seen: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, _, aliases, *_ = line.split("\t")
            for alias in aliases.split("|"):
                key = " ".join(alias.lstrip("@").lower().split())
                assert seen.setdefault(key, name) == name, alias


def test_dictionary_bandits_and_gangs_are_generic(actors):
    found = actors.find("Bandits raided the village; armed gangs blocked the road.")
    assert [m.kind for m in found] == ["generic", "generic"]
