"""Whose role it is: a role with no country of its own takes one from a place named
with it or from an actor it refers to.

Pinned with the small test codebook.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import MINI, coded, story_events


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(MINI, use_cache=False)


def test_role_north_of_a_place_is_the_places(coder):
    # as "soldiers in Damascus" are Syria's, not the attacker's
    assert coded(coder, "Israeli jets struck soldiers north of Damascus.") == [
        ("ISRMIL", "SYRMIL", "190")]
    assert coded(coder, "Soldiers south-west of Damascus were attacked by Israeli jets.") == [
        ("ISRMIL", "SYRMIL", "190")]


def test_a_role_of_society_acting_on_a_states_institution_is_of_that_state(coder):
    # "Protesters stormed Kenya's parliament": Kenyan protesters; a state's forces may
    # stand abroad and tell no country
    assert coded(coder, "Protesters condemned the Iranian government.") == [
        ("IRNCVL", "IRNGOV", "111")]
    assert coded(coder, "Protesters condemned Russian soldiers.") == [
        ("---CVL", "RUSMIL", "111")]


def test_a_person_and_another_pronoun_do_not_share_the_one_actor_of_the_context(coder):
    # "he" is Putin; "them" are not Putin (they are no actor named before)
    assert coded(coder, "He said Iranian jets attacked them.",
                 context="Vladimir Putin spoke on Monday.") == []
    # "it" and "their" may both be one group
    assert coded(coder, "It said their fighters attacked Iranian jets.",
                 context="The Taliban spoke on Monday.") == [("AFGTAL", "IRNMIL", "190")]


def test_a_historical_sentence_still_names_the_next_sentences_actors(coder):
    result = coder.code_sentence("Vladimir Putin visited Damascus in 2015.", 739000)
    assert result.status == "historical" and result.events == []
    assert coded(coder, "He condemned Britain.",
                 context="Vladimir Putin visited Damascus in 2015.") == [("RUSGOV", "GBR", "111")]


def test_an_act_in_a_concessive_clause_is_aimed_at_the_main_clauses_subject(coder):
    # "Despite US warnings, Israel launched ...": warned Israel
    assert coded(coder, "Despite Russian attacks, Britain condemned Iran.") == [
        ("GBR", "IRN", "111"), ("RUS", "GBR", "190")]
    assert coded(coder, "Britain condemned Iran in spite of Russian attacks.") == [
        ("GBR", "IRN", "111"), ("RUS", "GBR", "190")]


def test_a_concessive_clause_holds_a_noun_phrase_not_a_verb(coder):
    # "despite Russian attacks" names attacks, not Russia attacking someone
    assert coded(coder, "Despite Russia attacks, Britain condemned Iran.") == [
        ("GBR", "IRN", "111"), ("RUS", "GBR", "190")]


def test_a_role_takes_the_country_of_a_place_east_of_which_it_acts(coder):
    assert coded(coder, "Rebels attacked Syrian soldiers east of Damascus.") == [
        ("SYRREB", "SYRMIL", "190")]


def test_a_countrys_adjective_before_the_noun_of_an_act_is_no_place(coder):
    # "killed in an Israeli air strike": Israel struck; the protesters are not Israelis
    phrases = coder.code_sentence("Protesters were killed in an Israeli air strike.",
                                  739000).sentence.phrases
    assert [p.code for p in phrases] == ["---CVL", "ISR"]
    phrases = coder.code_sentence("Protesters were killed in Israeli cities.",
                                  739000).sentence.phrases
    assert [p.code for p in phrases] == ["ISRCVL", "ISR"]


def test_a_role_working_for_an_actor_is_that_actors(coder):
    # as "forces loyal to Khalifa Haftar" are his
    assert coded(coder, "Rebels working for the Taliban attacked Syrian soldiers.") == [
        ("AFGTAL", "SYRMIL", "190")]


def test_a_pronoun_refers_to_a_definite_description_before_it(coder):
    # "the group" is the Taliban; "it", after it, is the group, not the police
    assert coded(coder, "The group said it condemned Britain.",
                 context="The Taliban attacked Pakistani police.") == [("AFGTAL", "GBR", "111")]


def test_a_reaction_from_an_actor_aims_at_the_author_of_the_act_before_it(coder):
    # "Russia's invasion of Ukraine drew sanctions from the EU": EU -> RUS
    assert coded(coder, "Iran's attack on Syria drew air strikes from Israel.") == [
        ("IRN", "SYR", "190"), ("ISR", "IRN", "190")]
    assert coded(coder, "Iran's attack on Syria drew air strikes from Israel and "
                        "Britain.") == [
        ("GBR", "IRN", "190"), ("IRN", "SYR", "190"), ("ISR", "IRN", "190")]


def test_the_author_of_an_act_before_the_noun_keeps_it(coder):
    # "the US withdrawal from Afghanistan": the US withdrew, Afghanistan did not
    assert coded(coder, "Iran's attack from Syria was condemned.") == [("IRN", "SYR", "190")]
def test_a_verb_form_after_an_actor_in_a_prepositional_phrase_is_a_noun(coder):
    # "killed in Russian attacks": Russia attacked; the victims did not
    assert coded(coder, "Syrian soldiers were killed in Russian attacks in Damascus.") == [
        ("RUS", "SYR", "190")]


# ---------------------------------------------------------------- a story's memory


@pytest.fixture(scope="module")
def story_coder(coder) -> Coder:
    from coding.evaluate import _with_engine

    return _with_engine(coder, {"story_memory": 2})


def test_a_role_takes_the_country_of_an_earlier_sentence_of_the_story(story_coder, coder):
    # the sentence before names no country: the one before that does
    story = ("Pakistan recalled its ambassador from Iran.", "The United Nations met on Monday.",
             "Police attacked the protesters.")
    assert story_events(story_coder, *story) == [("PAKCOP", "PAKCVL", "190")]
    assert story_events(coder, *story) == [("---COP", "---CVL", "190")]  # story_memory 0


def test_a_story_remembers_only_its_last_sentences(story_coder):
    story = ("Pakistan recalled its ambassador from Iran.", "The United Nations met on Monday.",
             "The UN met on Tuesday.", "The UN met on Wednesday.",
             "Police attacked the protesters.")
    assert story_events(story_coder, *story) == [("---COP", "---CVL", "190")]
    assert story_events(story_coder, *story[:1], *story[2:]) == [("PAKCOP", "PAKCVL", "190")]


def test_the_two_sides_are_the_two_countries_named_before(coder):
    assert coded(coder, "The two sides condemned Britain.",
                 context="Pakistani jets struck Iranian soldiers.") == [
        ("IRN", "GBR", "111"), ("PAK", "GBR", "111")]


def test_he_of_an_earlier_sentence_is_a_named_person_before_a_role(coder):
    assert coded(coder, "Britain condemned him.",
                 context="Pakistani police met Vladimir Putin.") == [("GBR", "RUSGOV", "111")]


def test_an_object_pronoun_is_not_whom_its_subject_refers_to(coder):
    # "the president" is Putin, so "him" is the other man of the sentence before
    assert coded(coder, "The president condemned him.",
                 context="Vladimir Putin met Imran Khan.") == [("RUSGOV", "PAKOPP", "111")]


def test_a_plural_role_is_no_he(coder):
    context = coder.code_sentence("Vladimir Putin met Imran Khan.", 739000).sentence.phrases
    sent = coder.code_sentence("On Monday protesters in Islamabad condemned his government.",
                               739000,
                               context).sentence
    his = next(p for p in sent.phrases if p.pronoun)
    assert his.antecedent is context[0] and his.code == "RUSGOV"


def test_they_are_the_actors_of_the_sentence_before_not_its_place(coder):
    assert coded(coder, "They condemned Britain.",
                 context="In Islamabad, protesters attacked Iranian soldiers.") == [
        ("PAKCVL", "GBR", "111")]


@pytest.mark.parametrize("text, context, expected", [
    # "the town of Zorg" names a place unknown to the gazetteer, not the subject's own
    ("Pakistani troops attacked the town of Zorg.", None, []),
    # its country: a place named after it, else an actor not of its own clause ...
    ("Pakistani troops attacked the town of Zorg in Iran.", None, [("PAKMIL", "IRN", "190")]),
    ("Iran said Pakistani troops attacked the town of Zorg.", None,
     [("PAKMIL", "IRN", "190")]),
    # ... else the sentence before
    ("Pakistani troops attacked the town of Zorg.", "Iranian forces attacked Pakistani troops.",
     [("PAKMIL", "IRN", "190")]),
])
def test_a_named_town_takes_no_country_from_the_subject_of_its_verb(coder, text, context,
                                                                     expected):
    assert coded(coder, text, context=context) == expected


def test_the_group_is_no_state(coder):
    # "the group" is not Pakistan's government, the actor before it: the Taliban
    assert coded(coder, "Pakistan's government accused the group of lying.",
                 context="Pakistani officials met the Taliban.") == [("PAKGOV", "AFGTAL", "112")]


def test_a_definite_role_named_by_the_last_word_of_an_organisation_is_it(tmp_path):
    # "the court" after "the International Criminal Court": the ICC, not Pakistan's courts
    for sub, entry in (("actors", "International Criminal Court => IGOICC"),
                       ("agents", "court => ~JUD")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "extra.txt").write_text(entry + "\n", encoding="utf-8")
    layered = Coder([MINI, tmp_path], use_cache=False)
    assert coded(layered, "The court condemned Britain.",
                 context="The International Criminal Court condemned Pakistan.") == [
        ("IGOICC", "GBR", "111")]
    # and "he" is no organisation: Putin, not the court
    assert coded(layered, "The court condemned his government.",
                 context="The International Criminal Court condemned Vladimir Putin.") == [
        ("IGOICC", "RUSGOV", "111")]


def test_the_attack_of_an_earlier_sentence_of_the_story_has_its_doer(tmp_path):
    # "condemned the attack" two sentences after the strike: the attacker is the target
    from .helpers import mini_with

    remembering = mini_with(tmp_path, '[engine]\nstory_memory = 2\nact_anaphora = [["19"]]\n')
    story = ("Iranian jets struck Pakistan.", "The United Nations met on Monday.",
             "Britain condemned the attack.")
    assert story_events(remembering, *story) == [("GBR", "IRNMIL", "111")]


def test_a_definite_armed_role_is_the_armed_group_the_story_named(tmp_path):
    # "the gunmen" after "the Zorg Brigade" (a named group of an armed role) are its men,
    # not armed men of the country named first; an indefinite role is anyone's
    for sub, entry in (("actors", "Zorg Brigade => PAKREB"), ("agents", "gunmen => ~UAF")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "extra.txt").write_text(entry + "\n", encoding="utf-8")
    layered = Coder([MINI, tmp_path], use_cache=False)
    context = "The Zorg Brigade attacked Iranian troops."
    assert coded(layered, "The gunmen condemned Britain.", context=context) == [
        ("PAKREB", "GBR", "111")]
    assert coded(layered, "The gunmen condemned Britain.",
                 context="Iranian troops attacked Pakistani police.") == [
        ("IRNUAF", "GBR", "111")]


def test_the_army_is_the_army_named_before_not_the_country_it_struck(coder):
    assert coded(coder, "The army attacked rebels in Syria.",
                 context="The Taliban attacked Israel, the Israeli military said.") == [
        ("ISRMIL", "SYRREB", "190")]
    # with no army named before, the place it acts in tells its country
    assert coded(coder, "The army attacked rebels in Syria.",
                 context="The Taliban attacked Israel.") == [("SYRMIL", "SYRREB", "190")]


def test_their_role_after_a_compound_is_each_members(coder):
    assert coded(coder, "Their foreign ministers condemned Russia.",
                 context="Pakistan and Iran condemned Britain.") == [
        ("IRNGOV", "RUS", "111"), ("PAKGOV", "RUS", "111")]


@pytest.mark.parametrize("text, expected", [
    ("The Taliban condemned both countries.", [("AFGTAL", "IRN", "111"),
                                               ("AFGTAL", "PAK", "111")]),
    ("The two countries condemned Britain.", [("IRN", "GBR", "111"), ("PAK", "GBR", "111")]),
    ("The two countries' foreign ministers condemned Britain.", [
        ("IRNGOV", "GBR", "111"), ("PAKGOV", "GBR", "111")]),
])
def test_the_two_countries_are_the_countries_of_the_two_actors_before(coder, text, expected):
    assert coded(coder, text, context="Pakistani troops attacked Iranian soldiers.") == expected


def test_a_singular_pronoun_does_not_refer_to_two_countries(coder):
    assert coded(coder, "Britain, which borders both countries, said it attacked Russia.",
                 context="Pakistani troops attacked Iranian soldiers.") == [
        ("GBR", "RUS", "190")]


def test_the_move_of_a_compound_is_each_members_not_the_sources_own(tmp_path):
    from .helpers import mini_with

    referring = mini_with(tmp_path, '[engine]\nact_anaphora = [["11"], ["19"]]\n'
                                    'mutual_codes = ["04"]\n')
    assert coded(referring, "Russia condemned the move.",
                 context="Pakistan and Iran condemned Britain.") == [
        ("RUS", "IRN", "111"), ("RUS", "PAK", "111")]
    assert coded(referring, "Pakistan and Iran condemned Britain and condemned the move.") == [
        ("IRN", "GBR", "111"), ("PAK", "GBR", "111")]


@pytest.mark.parametrize("text, context, expected", [
    ("The hardline group condemned Britain.", "Pakistani officials met the Taliban.",
     [("AFGTAL", "GBR", "111")]),
    ("The two nuclear-armed neighbours condemned Britain.",
     "Pakistani troops attacked Iranian soldiers.", [("IRN", "GBR", "111"),
                                                     ("PAK", "GBR", "111")]),
    ("The 27-nation bloc condemned Russia.", "The United Nations condemned Iran.",
     [("IGOUNO", "RUS", "111")]),
])
def test_a_pronoun_with_words_describing_its_actor_refers_as_the_pronoun(coder, text, context,
                                                                          expected):
    # "the hardline group" is "the group"; a capitalised word may be a name
    assert coded(coder, text, context=context) == expected


def test_the_country_is_a_country_and_not_the_same_pronoun_as_the_bloc(coder):
    context = "The United Nations condemned Iran."
    assert coded(coder, "The United Nations condemned the country.", context=context) == [
        ("IGOUNO", "IRN", "111")]
    assert coded(coder, "The bloc condemned the country.", context=context) == [
        ("IGOUNO", "IRN", "111")]


def test_a_verbs_form_as_the_noun_of_an_earlier_act_has_its_doer(tmp_path):
    # "shell" has no noun entry: "the shelling" names the verb's act (190)
    from .helpers import mini_with

    referring = mini_with(tmp_path, '[engine]\nact_anaphora = [["19"]]\n')
    assert coded(referring, "Britain condemned the shelling.",
                 context="Iranian troops shelled Pakistan.") == [("GBR", "IRNMIL", "111")]


def test_it_after_a_reporting_participle_is_the_subject_not_the_object(coder):
    # "India struck Pakistan, saying it had hit ...": India's own report
    assert coded(coder, "Pakistan attacked Iran, saying it condemned Britain.") == [
        ("PAK", "GBR", "111"), ("PAK", "IRN", "190")]
    # another participle takes the actor before it as its object
    assert coded(coder, "Pakistan attacked Iran, accusing it of lying.") == [
        ("PAK", "IRN", "112"), ("PAK", "IRN", "190")]


def test_the_three_countries_are_the_compound_of_three_named_before(story_coder):
    story = ("Pakistan, Iran and Russia condemned Britain.", "Britain condemned Syria.",
             "Israel condemned the three countries.")
    assert story_events(story_coder, *story) == [
        ("ISR", "IRN", "111"), ("ISR", "PAK", "111"), ("ISR", "RUS", "111")]
