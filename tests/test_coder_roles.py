"""Who is source and who is target: passive voice, clauses, appositions and anaphora.

Pinned with the small test codebook, plus a layer of a few entries written here.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import MINI, coded, mini_layered, mini_with

EXTRA_VERBS = """\
== --- seize, coded by what is taken
seize
- * &VESSEL => 171
- * +--- => 192

== --- quit, coded by what is left
quit
- * +IGO => 160

== --- receive
receive
- * &WEAPON from $ => 072
- * + => 043:042

== 072 provide military aid
send {sends sent sending sent}

== 141 demonstrate or rally
rally {rallies rallied rallying rallied}

== 190 launch
launch
- * &WEAPON => 195

== 064 share intelligence
share

== 154 deploy
deploy
- * as_a_warning_to + => 150

== --- claim, coded by what is claimed
claim
- * responsibility => 015

== 180 wound
wound
- * +GOV => 185

== 141 protest
protest
- $GOV * => 114
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> Coder:
    return mini_layered(tmp_path_factory.mktemp("extra"), verbs=EXTRA_VERBS,
                        synsets="&VESSEL = tanker | ship\n",
                        agents="drone => ~MIL\nfamily {families} => ~CVL\n")


def test_passive_finds_the_object_words_of_a_pattern_in_the_subject(coder):
    assert coded(coder, "Two British tankers were seized by Iran's Revolutionary Guards.") == [
        ("IRNMIL", "GBR", "171")]


def test_passive_object_slot_is_the_subject_not_the_by_phrase(coder):
    assert coded(coder, "Iran's foreign minister was received by Vladimir Putin.") == [
        ("IRNGOV", "RUSGOV", "042"), ("RUSGOV", "IRNGOV", "043")]


@pytest.mark.parametrize("text, event", [
    # a slot of one role ("+GOV") takes an actor of that role only
    ("Pakistani rebels wounded Iran's foreign minister.", ("PAKREB", "IRNGOV", "185")),
    ("Pakistani rebels wounded Iranian soldiers.", ("PAKREB", "IRNMIL", "180")),
    # in the passive, the subject is the target the slot asks for
    ("Iran's foreign minister was wounded by Pakistani rebels.", ("PAKREB", "IRNGOV", "185")),
    ("Iranian soldiers were wounded by Pakistani rebels.", ("PAKREB", "IRNMIL", "180")),
    # a source slot of one role: a government protests officially, protesters demonstrate
    ("Iran's foreign ministry protested against Pakistan.", ("IRNGOV", "PAK", "114")),
    ("Iranian protesters protested against Pakistan.", ("IRNCVL", "PAK", "141")),
])
def test_a_slot_of_one_role_takes_only_an_actor_of_that_role(coder, text, event):
    assert coded(coder, text) == [event]


@pytest.mark.parametrize("text, event", [
    # a place after armament with no owner is where it struck, not whose it is ...
    ("A drone attacked Pakistani troops in Iran.", ("---MIL", "PAKMIL", "190")),
    # ... as it is for people acting there
    ("Militants attacked Pakistani troops in Iran.", ("IRNREB", "PAKMIL", "190")),
    # "flown by X", "flown from X": its owner, or the country it came from
    ("Drones flown by Iran attacked Pakistani troops.", ("IRNMIL", "PAKMIL", "190")),
    ("A drone flown from Iran attacked Pakistani troops.", ("IRNMIL", "PAKMIL", "190")),
])
def test_armament_with_no_owner_takes_no_country_from_its_target(coder, text, event):
    assert coded(coder, text) == [event]


@pytest.mark.parametrize("text, events", [
    # "+---": a country or place by its name, as the object itself, is a place taken ...
    ("Pakistani rebels seized Tehran.", [("PAKREB", "IRN", "192")]),
    ("Tehran was seized by Pakistani rebels.", [("PAKREB", "IRN", "192")]),
    # ... not an actor with a role, nor a place after a preposition
    ("Pakistani rebels seized Iran's foreign minister.", []),
    ("Pakistani rebels seized a convoy near Tehran.", []),
    # "+IGO": an actor of that kind (the first group of its code), not its members
    ("Pakistan quit the United Nations.", [("PAK", "IGOUNO", "160")]),
    ("Pakistan quit Iran.", []),
])
def test_a_slot_of_no_role_takes_a_place_and_a_slot_of_a_kind_its_kind(coder, text, events):
    assert coded(coder, text) == events


def test_armament_with_no_owner_takes_the_country_of_the_sentence_before(coder):
    assert coded(coder, "A drone attacked Israeli troops in Syria.",
                 context="Iran sent drones to Syria.") == [("IRNMIL", "ISRMIL", "190")]


def test_by_phrase_over_modifiers(coder):
    assert coded(coder, "Israeli troops were attacked by Iran-backed Syrian rebels.") == [
        ("SYRREB", "ISRMIL", "190")]


def test_bare_countries_of_a_list_take_the_role_past_bare_roles_after_it(coder):
    # "U.S. and British warplanes and warships": the warplanes' role, not the warships'
    assert coded(coder, "Iranian and Syrian jets and drones attacked Pakistani troops.") == [
        ("IRNMIL", "PAKMIL", "190"), ("SYRMIL", "PAKMIL", "190")]


@pytest.mark.parametrize("text, event", [
    # an actor inside a relative clause between commas is not what the pronouns of the
    # report after it refer to: the clause's head is
    ("Pakistan, which borders Iran, said its jets struck Syria.", ("PAKMIL", "SYR", "190")),
    ("Pakistan, which borders Iran, said it condemned Israel.", ("PAK", "ISR", "111")),
    # a role with no country acting on a country's police is of that country, as on its
    # government: the police serves at home
    ("Militants attacked Pakistani police.", ("PAKREB", "PAKCOP", "190")),
])
def test_asides_and_police_tell_whose_actor_is_meant(coder, text, event):
    assert coded(coder, text) == [event]


def test_commas_alone_make_an_apposition_not_a_compound(coder):
    assert coded(coder, "Israeli jets struck Damascus, Syrian media said.") == [
        ("ISRMIL", "SYR", "190")]
    assert coded(coder, "Iran, Pakistan and Syria condemned Israel.") == [
        ("IRN", "ISR", "111"), ("PAK", "ISR", "111"), ("SYR", "ISR", "111")]


def test_modifier_inside_a_compound_of_places(coder):
    assert coded(coder, "Israeli jets struck targets in northern Syria and eastern Iran.") == [
        ("ISRMIL", "IRN", "190"), ("ISRMIL", "SYR", "190")]


def test_fronted_subordinate_clause_ends_at_its_comma(coder):
    assert coded(coder, "After Iranian jets attacked Pakistani police, Pakistan recalled "
                        "its ambassador from Tehran.") == [
        ("IRNMIL", "PAKCOP", "190"), ("PAK", "IRN", "161")]


def test_comma_and_starts_a_new_clause_after_a_verb(coder):
    assert coded(coder, "Iranian jets attacked Pakistani police, and Pakistan recalled its "
                        "ambassador from Tehran.") == [
        ("IRNMIL", "PAKCOP", "190"), ("PAK", "IRN", "161")]


def test_according_to_speaker_is_no_actor_of_the_report(coder):
    assert coded(coder, "According to Syrian media, Israeli jets struck Damascus.") == [
        ("ISRMIL", "SYR", "190")]


def test_trailing_attribution_of_unknown_words_is_cut(coder):
    assert coded(coder, "Israeli jets struck Damascus, a senior Syrian official in the "
                        "capital said.") == [("ISRMIL", "SYR", "190")]


def test_the_country_takes_the_antecedents_country(coder):
    assert coded(coder, "Syrian rebels struck the north of the country.") == [
        ("SYRREB", "SYR", "190")]
    assert coded(coder, "Vladimir Putin condemned the country.") == []  # its own


def test_pronoun_refers_to_an_international_body(coder):
    assert coded(coder, "The UN said it condemned Israel.") == [("IGOUNO", "ISR", "111")]


def test_second_pronoun_takes_the_next_actor_of_the_context(coder):
    assert coded(coder, "He condemned the group.",
                 context="Vladimir Putin met Taliban leaders in Moscow.") == [
        ("RUSGOV", "AFGTAL", "111")]


def test_object_pronoun_is_not_the_subject_of_its_verb(coder):
    assert coded(coder, "Police attacked them.", context="Iranian protesters met.") == [
        ("IRNCOP", "IRNCVL", "190")]


def test_role_takes_the_country_of_a_place_named_after_it(coder):
    assert coded(coder, "Protesters were attacked by police in Damascus.") == [
        ("SYRCOP", "SYRCVL", "190")]


def test_role_linked_to_a_place_over_its_modifiers(coder):
    # "protesters in northern Syria" are Syria's, not the attacker's country
    assert coded(coder, "Iranian police attacked protesters in northern Syria.") == [
        ("IRNCOP", "SYRCVL", "190")]
    assert coded(coder, "Iranian police attacked protesters from war-torn Syria.") == [
        ("IRNCOP", "SYRCVL", "190")]


def test_flag_country_of_a_ship_and_owner_country_of_a_company(coder):
    assert coded(coder, "Iran's Revolutionary Guards attacked a British-flagged tanker.") == [
        ("IRNMIL", "GBR", "190")]


def test_compound_acting_on_its_own_member_or_land_acts_among_its_members(coder):
    assert coded(coder, "Iranian and Pakistani troops struck each other in Pakistan.") == [
        ("IRNMIL", "PAKMIL", "190"), ("PAKMIL", "IRNMIL", "190")]
    assert coded(coder, "Iranian and Syrian jets struck Syrian rebels.") == [
        ("IRNMIL", "SYRREB", "190"), ("SYRMIL", "SYRREB", "190")]


def test_plural_pronoun_refers_to_a_compound(coder):
    assert coded(coder, "Iran and Syria said they condemned Israel.") == [
        ("IRN", "ISR", "111"), ("SYR", "ISR", "111")]


def test_hedging_adverbs_are_modal(coder):
    assert coded(coder, "Iran would likely attack Pakistan, analysts said.") == []


def test_stated_intention_of_force_is_a_threat(tmp_path):
    threat = mini_with(tmp_path, '[engine]\nintent_as_threat = ["19"]\n\n'
                                 '[families.from_act.13]\n19 = "138"\n')
    assert coded(threat, "Iran said it would attack Israel.") == [("IRN", "ISR", "138")]
    assert coded(Coder(MINI, use_cache=False), "Iran said it would attack Israel.") == []


def test_headline_infinitive_after_the_subject_is_a_plan(tmp_path):
    threat = mini_with(tmp_path, '[engine]\nintent_as_threat = ["19"]\n\n'
                                 '[families.from_act.13]\n19 = "138"\n')
    assert coded(threat, "Iran to attack Israel.") == [("IRN", "ISR", "138")]
    assert coded(threat, "Iran is to attack Israel.") == [("IRN", "ISR", "138")]
    plain = Coder(MINI, use_cache=False)
    assert coded(plain, "Iran to attack Israel.") == []  # a plan, not the act
    assert coded(plain, "Iranian jets struck Israel.") == [("IRNMIL", "ISR", "190")]


def test_gerund_after_a_fronted_subordinator_is_done_by_the_main_subject(coder):
    assert coded(coder, "After recalling its ambassador from Tehran, Pakistan attacked "
                        "Iran.") == [("PAK", "IRN", "161"), ("PAK", "IRN", "190")]


def test_violent_participle_after_a_violent_act_is_its_result(tmp_path):
    text = "Israeli jets struck Damascus, attacking Syrian troops."
    result = mini_with(tmp_path, '[engine]\nresult_roots = ["19"]\n')
    assert coded(result, text) == [("ISRMIL", "SYR", "190")]
    assert coded(Coder(MINI, use_cache=False), text) == [
        ("ISRMIL", "SYR", "190"), ("ISRMIL", "SYRMIL", "190")]


def test_threat_without_object_aims_at_the_subject_of_its_condition(tmp_path):
    text = "Iran threatened to retaliate if Pakistan attacked Syria."
    conditional = mini_with(tmp_path, '[engine]\nconditional_target = ["13"]\n')
    assert coded(conditional, text) == [("IRN", "PAK", "138")]
    assert coded(Coder(MINI, use_cache=False), text) == []


def test_intention_to_visit_is_the_visitors(tmp_path):
    intent = mini_with(tmp_path, '[families.from_intent.03]\n036 = "036"\n')
    assert coded(intent, "Vladimir Putin will visit Tehran, the Kremlin said.") == [
        ("RUSGOV", "IRN", "036")]


def test_hope_is_not_an_intention(coder):
    assert coded(coder, "Iran hopes to visit Pakistan.") == []


def test_the_two_leaders_are_the_two_countries_of_the_context(coder):
    assert coded(coder, "The two presidents condemned Israel.",
                 context="Vladimir Putin met Iran's foreign minister in Moscow.") == [
        ("IRNGOV", "ISR", "111"), ("RUSGOV", "ISR", "111")]
    assert coded(coder, "Both presidents met.",
                 context="Vladimir Putin visited Tehran.") == [
        ("IRNGOV", "RUSGOV", "040"), ("RUSGOV", "IRNGOV", "040")]


def test_own_forces_of_any_member_of_a_compound_source_are_no_target(coder):
    assert coded(coder, "Iran and Pakistan sent their troops to Syria.") == [
        ("IRN", "SYR", "072"), ("PAK", "SYR", "072")]


def test_the_two_after_a_compound_in_the_same_sentence(coder):
    assert coded(coder, "Iranian and Pakistani troops met, and the two presidents "
                        "condemned Israel.") == [
        ("IRNGOV", "ISR", "111"), ("IRNMIL", "PAKMIL", "040"), ("PAKGOV", "ISR", "111"),
        ("PAKMIL", "IRNMIL", "040")]


def test_source_slot_after_the_verb_makes_the_subject_the_target(coder):
    assert coded(coder, "Syrian rebels received a missile from Iran.") == [
        ("IRN", "SYRREB", "072")]


def test_domestic_measure_without_target_aims_at_the_own_people(tmp_path):
    domestic = mini_with(tmp_path, '[engine]\ndomestic_target = { "111" = "CVL" }\n')
    text = "The Iranian government condemned the protests."
    assert coded(domestic, text) == [("IRNGOV", "IRNCVL", "111")]
    assert coded(Coder(MINI, use_cache=False), text) == []
    assert coded(domestic, "Pakistan attacked Iran after the Iranian government condemned "
                           "the protests.") == [("PAK", "IRN", "190")]


def test_role_takes_the_country_of_the_actor_it_stands_at(coder):
    assert coded(coder, "Protesters outside the Pentagon attacked police.") == [
        ("USACVL", "USACOP", "190")]


def test_he_refers_to_a_person_not_to_a_place(coder):
    assert coded(coder, "After Iran's foreign minister visited Damascus, he condemned "
                        "Israel.") == [
        ("IRNGOV", "ISR", "111"), ("IRNGOV", "SYR", "042"), ("SYR", "IRNGOV", "043")]


def test_and_with_a_new_subject_and_verb_starts_a_clause(coder):
    assert coded(coder, "Iranian troops attacked Pakistan and Pakistani jets struck Iran.") == [
        ("IRNMIL", "PAK", "190"), ("PAKMIL", "IRN", "190")]
    assert coded(coder, "Iranian troops attacked Pakistan and Syria in Iraq.") == [
        ("IRNMIL", "PAK", "190"), ("IRNMIL", "SYR", "190")]
    assert coded(coder, "Iran condemned Pakistan and Syria attacking Israel.") == [
        ("IRN", "PAK", "111"), ("IRN", "SYR", "111")]
    # the member cut off from "from Syria" is a subject again, with its own code
    assert coded(coder, "Iranian troops withdrew from Syria and Syrian rebels attacked "
                        "Damascus.") == [("IRNMIL", "SYR", "161"), ("SYRREB", "SYR", "190")]


def test_singular_pronoun_skips_a_plural_role(coder):
    assert coded(coder, "Syria said Israeli jets struck its army.") == [
        ("ISRMIL", "SYRMIL", "190")]
    assert coded(coder, "Syria said Israel struck its army.") == []  # Israel's own army


def test_own_forces_of_the_source_are_a_target_after_against(coder):
    assert coded(coder, "Syrians rallied against the government.") == [
        ("SYR", "SYRGOV", "141")]
    assert coded(coder, "Syria sent the army to Iran.") == [("SYR", "IRN", "072")]


def test_a_weapon_aimed_at_something_is_no_target(coder):
    assert coded(coder, "Syrian rebels launched a drone at Israeli troops.") == [
        ("SYRREB", "ISRMIL", "195")]
    # the aim of the weapon is the target, not a mere place
    assert coded(coder, "Syrian rebels launched drones at Israel in retaliation for the "
                        "attack on Iran.") == [("SYRREB", "ISR", "195")]


def test_meeting_in_a_third_country_takes_the_third_country_code(tmp_path):
    third = mini_with(tmp_path, '[engine]\nthird_country = { "040" = "044" }\n')
    assert coded(third, "Vladimir Putin met Iran's foreign minister in Damascus.") == [
        ("RUSGOV", "IRNGOV", "044")]
    assert coded(third, "Vladimir Putin met Iran's foreign minister in Tehran.") == [
        ("RUSGOV", "IRNGOV", "040")]
    # the place is one member's country: no third country
    assert coded(third, "Vladimir Putin met Iran and Syria in Damascus.") == [
        ("RUSGOV", "IRN", "040"), ("RUSGOV", "SYR", "040")]
    assert coded(Coder(MINI, use_cache=False),
                 "Vladimir Putin met Iran's foreign minister in Damascus.") == [
        ("RUSGOV", "IRNGOV", "040")]
    assert coded(third, "Vladimir Putin met Iran's foreign minister on Sunday in "
                        "Damascus.") == [("RUSGOV", "IRNGOV", "044")]


def test_a_place_inside_the_object_is_a_topic_not_a_meeting_place(tmp_path):
    third = mini_with(tmp_path, '[engine]\nthird_country = { "040" = "044" }\n',
                      verbs="== 040 consult\ndiscuss {discusses discussed}\n")
    assert coded(third, "Vladimir Putin discussed the war in Syria with Iran's foreign "
                        "minister.") == [("RUSGOV", "IRNGOV", "040")]
    assert coded(third, "Vladimir Putin discussed the war with Iran's foreign minister in "
                        "Damascus.") == [("RUSGOV", "IRNGOV", "044")]


def test_members_of_a_named_group_keep_its_code(coder):
    assert coded(coder, "The Taliban said their fighters attacked Pakistan.") == [
        ("AFGTAL", "PAK", "190")]
    assert coded(coder, "Vladimir Putin said his troops attacked Pakistan.") == [
        ("RUSMIL", "PAK", "190")]  # a leader's role code is no group


def test_after_a_fronted_condition_only_a_threat_is_coded(tmp_path):
    threat = mini_with(tmp_path, '[engine]\nintent_as_threat = ["19"]\n'
                                 'conditional_target = ["13"]\n\n'
                                 '[families.from_act.13]\n19 = "138"\n')
    assert coded(threat, "If Iran attacks, Pakistan will attack Syria.") == [
        ("PAK", "SYR", "138")]
    assert coded(threat, "If Iran attacks, Pakistan condemns Syria.") == []
    # a threat aims at the actor whose act is its condition rather than at a place
    assert coded(threat, "Unless Iran withdraws, Pakistan will attack in Syria.") == [
        ("PAK", "IRN", "138")]
    # a condition on the actor's own lot ("If elected") aims at no one: hypothetical
    assert coded(threat, "If elected, Pakistan will attack Syria.") == []
    assert coded(threat, "If Pakistan wins, it will attack Syria.") == []


def test_speaker_closing_the_sentence_is_no_target(coder):
    assert coded(coder, "Israeli jets struck in Damascus, Vladimir Putin threatened.") == [
        ("ISRMIL", "SYR", "190")]


def test_role_without_country_takes_the_country_of_the_same_role_before(coder):
    assert coded(coder, "Israeli jets struck Damascus as jets attacked Pakistan.") == [
        ("ISRMIL", "PAK", "190"), ("ISRMIL", "SYR", "190")]


def test_a_topic_after_about_is_the_target_only_when_nothing_else_is(coder):
    assert coded(coder, "Iran shared information about Pakistani rebels with Syria.") == [
        ("IRN", "SYR", "064")]
    assert coded(coder, "Iran shared information about Pakistani rebels.") == [
        ("IRN", "PAKREB", "064")]


def test_place_phrase_ending_in_of_or_with_is_a_place(coder):
    assert coded(coder, "Iranian troops and Syrian rebels attacked near the border with "
                        "Pakistan.") == [("IRNMIL", "SYRREB", "190"), ("SYRREB", "IRNMIL", "190")]
    # one actor's list of forces does not act on itself: the place is the target
    assert coded(coder, "Iranian jets and Iranian troops attacked in Pakistan.") == [
        ("IRNMIL", "PAK", "190")]


def test_possessive_before_the_noun_of_an_act_is_its_agent(coder):
    assert coded(coder, "Iran condemned Pakistan after its attack on Syria.") == [
        ("IRN", "PAK", "111"), ("PAK", "SYR", "190")]
    # a possessive fills no pattern slot and is never a target
    assert coded(coder, "Iran recalled its envoy from Pakistan.") == [("IRN", "PAK", "161")]


def test_a_persons_own_people_in_a_compound_go_with_the_person(coder):
    assert coded(coder, "Iran condemned Vladimir Putin and his family.") == [
        ("IRN", "RUSGOV", "111")]
    assert coded(coder, "Iran condemned Vladimir Putin and his troops.") == [
        ("IRN", "RUSGOV", "111"), ("IRN", "RUSMIL", "111")]


def test_announced_measure_without_agent_is_the_speakers(tmp_path):
    threat = mini_with(tmp_path, '[engine]\nintent_as_threat = ["19"]\n\n'
                                 '[families.from_act.13]\n19 = "138"\n')
    assert coded(threat, "Iran said Pakistani rebels would be attacked.") == [
        ("IRN", "PAKREB", "138")]
    assert coded(threat, "Iran said Pakistani rebels were attacked.") == []  # a report


def test_governed_act_keeps_its_four_digit_family_code(tmp_path):
    threat = mini_with(
        tmp_path, '[families.from_act.13]\n1723 = "1323"\n172 = "132"\n',
        verbs="== 172 impose administrative sanctions\nimpose\n- * curfew => 1723\n")
    # the longest prefix of the act wins: 1723 -> 1323, not 172 -> 132
    assert coded(threat, "The Pakistani army threatened to impose a curfew on Iranians.") == [
        ("PAKMIL", "IRN", "1323")]
    assert coded(threat, "The Pakistani army threatened to impose sanctions on Iranians.") == [
        ("PAKMIL", "IRN", "132")]


def test_a_pattern_of_a_reporting_verb_wins_over_the_report(coder):
    assert coded(coder, "Syrian rebels claimed responsibility for the attack on Israeli troops."
                 ) == [("SYRREB", "ISRMIL", "015")]
    # no pattern after the verb: a report, whose clause is coded
    assert coded(coder, "Iran claimed Syrian rebels attacked Israel.") == [
        ("SYRREB", "ISR", "190")]


def test_a_subordinator_before_a_noun_phrase_of_a_pattern_cuts_no_clause(coder):
    assert coded(coder, "Israel deployed tanks as a warning to Syria.") == [
        ("ISR", "SYR", "150")]
    # a clause after the subordinator is cut off and coded on its own
    assert coded(coder, "Israel deployed tanks as Syrian rebels attacked Iran.") == [
        ("SYRREB", "IRN", "190")]


def test_a_role_from_a_named_group_is_the_group(coder):
    assert coded(coder, "Fighters from the Taliban attacked Pakistani troops.") == [
        ("AFGTAL", "PAKMIL", "190")]


def test_no_event_when_neither_actor_has_a_country(coder, tmp_path):
    assert coded(coder, "The government condemned the rebels.") == [("---GOV", "---REB", "111")]
    placed = mini_with(tmp_path, '[engine]\nrequire_country = true\n')
    assert coded(placed, "The government condemned the rebels.") == []
    assert coded(placed, "The government condemned Syrian rebels.") == [
        ("---GOV", "SYRREB", "111")]


def test_own_place_of_a_protest_is_not_its_target(tmp_path):
    protest = mini_with(tmp_path, '[engine]\ndomestic_target = { "141" = "GOV" }\n',
                        verbs="== 141 demonstrate or rally\nrally {rallies rallied}\n")
    assert coded(protest, "Iranian protesters rallied in Tehran.") == [
        ("IRNCVL", "IRNGOV", "141")]
    assert coded(protest, "Iranian protesters rallied toward Tehran.") == [
        ("IRNCVL", "IRNGOV", "141")]
    # a place abroad is where the protest aims
    assert coded(protest, "Iranian protesters rallied in London.") == [
        ("IRNCVL", "GBR", "141")]


def test_a_counterpart_takes_the_role_of_the_other_party(tmp_path):
    coder = mini_with(tmp_path, '[engine]\ncounterpart_agents = ["counterparts"]\n',
                      agents="counterpart {counterparts} => ~GOV\n")
    assert coded(coder, "The Pakistani army met its Iranian counterparts.") == [
        ("PAKMIL", "IRNMIL", "040")]
    # an actor without a role of its own leaves the counterpart's role
    assert coded(coder, "Pakistan met its Iranian counterparts.") == [("PAK", "IRNGOV", "040")]


def test_counterparts_from_a_country_are_that_countrys(tmp_path):
    coder = mini_with(tmp_path, '[engine]\ncounterpart_agents = ["counterparts"]\n',
                      agents="counterpart {counterparts} => ~GOV\n")
    assert coded(coder, "Pakistan's foreign minister met his counterparts from Iran and "
                        "Syria.") == [("PAKGOV", "IRNGOV", "040"), ("PAKGOV", "SYRGOV", "040")]


def test_a_named_news_outlet_lends_no_country_to_a_role(tmp_path):
    (tmp_path / "codebook.toml").write_text(
        (MINI / "codebook.toml").read_text(encoding="utf-8")
        + '\n[engine]\noutlet_roles = ["MED"]\n', encoding="utf-8")
    for sub in ("agents", "verbs", "synsets", "discards"):
        (tmp_path / sub).symlink_to(MINI / sub)
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "actors.txt").symlink_to(MINI / "actors" / "actors.txt")
    (tmp_path / "actors" / "outlets.txt").write_text("Reuters => GBRMED\n", encoding="utf-8")
    coder = Coder(tmp_path, use_cache=False)
    # the outlet reports on rebels anywhere: their country is the place named
    assert coded(coder, "According to Reuters, rebels attacked soldiers in Syria.") == [
        ("SYRREB", "SYRMIL", "190")]
    assert coded(coder, "Reuters said rebels attacked Pakistan.") == [("---REB", "PAK", "190")]
    # a country's media name their country themselves
    assert coded(coder, "Iranian media said rebels attacked Pakistan.") == [
        ("IRNREB", "PAK", "190")]


def test_modifiers_between_a_country_and_its_role(coder):
    # a hyphenated modifier and an adjective the grammar lists as a determiner stand
    # inside the noun phrase; an article does not ("told Iran the police ...")
    assert coded(coder, "Iranian pro-government protesters condemned Israel.") == [
        ("IRNCVL", "ISR", "111")]
    assert coded(coder, "Pakistan's new government condemned Israel.") == [
        ("PAKGOV", "ISR", "111")]
    assert coded(coder, "Iran's eastern-based militants condemned Israel.") == [
        ("IRNREB", "ISR", "111")]


def test_a_named_groups_role_word_is_shared_by_the_countries_of_its_list(coder):
    # "Israeli and Hamas negotiators": the group keeps its code, the country takes the role
    assert coded(coder, "Pakistani and Taliban fighters condemned Israel.") == [
        ("AFGTAL", "ISR", "111"), ("PAKREB", "ISR", "111")]


def test_a_list_member_of_several_words_takes_the_last_role(coder):
    # "South Korean and US forces": a bare name of two words shares the role as one of
    # one word does; after an article it is a country of its own
    assert coded(coder, "United States and Iranian police condemned Israel.") == [
        ("IRNCOP", "ISR", "111"), ("USACOP", "ISR", "111")]
    assert coded(coder, "The United States and Iranian police condemned Israel.") == [
        ("IRNCOP", "ISR", "111"), ("USA", "ISR", "111")]


def test_the_agent_of_a_participle_on_the_object_is_no_direct_object(tmp_path):
    coder = mini_with(tmp_path, verbs="== 040 consult\nagree {agrees agreed}\n")
    # A and B act on each other; the broker of the deal is no target
    assert coded(coder, "Pakistan and Iran agreed to a deal brokered by Syria.") == [
        ("IRN", "PAK", "040"), ("PAK", "IRN", "040")]
    # with nothing else, the agent is the target: what is condemned is its act
    assert coded(coder, "Russia condemned the crimes committed by Syrian rebels in Iran.") == [
        ("RUS", "SYRREB", "111")]


def test_a_non_state_role_in_a_report_takes_the_place_before_the_speaker(coder):
    # rebels act where the report places them; the speaker's country is not theirs
    assert coded(coder, "Israeli officials said rebels attacked Pakistan from Syria.") == [
        ("SYRREB", "PAK", "190")]
    # a state's forces in its own officials' report are its own
    assert coded(coder, "Israeli officials said troops attacked Pakistan from Syria.") == [
        ("ISRMIL", "PAK", "190")]
    # with no place named, the speaker's country stays
    assert coded(coder, "Israeli officials said rebels attacked Pakistan.") == [
        ("ISRREB", "PAK", "190")]


def test_a_role_led_by_or_loyal_to_a_named_actor_is_that_actors(coder):
    assert coded(coder, "Fighters led by the Taliban attacked Pakistan.") == [
        ("AFGTAL", "PAK", "190")]
    assert coded(coder, "Forces loyal to Vladimir Putin attacked Pakistan.") == [
        ("RUSMIL", "PAK", "190")]


def test_victims_counted_after_a_violent_act_are_its_result(tmp_path):
    coder = mini_with(tmp_path, '[engine]\nresult_roots = ["18", "19"]\n',
                      verbs="== 180 use unconventional violence\nkill {kills killed}\n")
    assert coded(coder, "Iranian jets attacked Pakistan and killed three.") == [
        ("IRNMIL", "PAK", "190")]


def test_object_pronoun_after_a_participle_may_be_the_object_before(tmp_path):
    coder = mini_with(tmp_path)
    # "accusing" shares the subject of "condemned": "them" is the actor before the comma
    assert coded(coder, "Russia condemned Syrian rebels, accusing them of lying.") == [
        ("RUS", "SYRREB", "111"), ("RUS", "SYRREB", "112")]


def test_a_title_before_a_name_of_its_country_is_one_phrase(coder):
    # the named holder's own code wins ("Istanbul's mayor Ekrem Imamoglu" TUROPP)
    assert coded(coder, "Former Pakistani president Imran Khan condemned Israel.") == [
        ("PAKOPP", "ISR", "111")]


def test_a_title_noun_before_a_name_gives_the_named_actor(coder):
    # "the West African bloc ECOWAS": the place only describes the organisation
    assert coded(coder, "The Syrian Islamist movement Taliban condemned Israel.") == [
        ("AFGTAL", "ISR", "111")]
    # without a name after it the title is no actor and the country stays
    assert coded(coder, "The Syrian movement condemned Israel.") == [("SYR", "ISR", "111")]


def test_a_phrase_final_role_word_is_a_role_only_at_the_end_of_its_phrase(tmp_path):
    # grammar.txt's phrase_final words ("general") are mostly adjectives
    coder = mini_with(tmp_path, agents="general {} => ~MIL\nelection => ~GOV\n")
    assert coder.code("A senior Russian general condemned Iran.", date="2024-01-17")[
        0].source == "RUSMIL"
    assert coder.code("The Russian general condemned Iran.", date="2024-01-17")[
        0].source == "RUSMIL"
    # an adjective before a noun, a name or after a preposition is no role
    assert coder.code("The Russian general election condemned Iran.", date="2024-01-17")[
        0].source == "RUSGOV"
    assert coder.code("A Russian General Staff condemned Iran.", date="2024-01-17")[
        0].source == "RUS"
    assert [e.source for e in coder.code("In general, Russia condemned Iran.",
                                         date="2024-01-17")] == ["RUS"]


def test_reaction_without_object_aims_at_the_subject_of_its_cause(tmp_path):
    text = "Pakistan recalled its ambassador after Iranian jets attacked Syria."
    reaction = mini_with(tmp_path, '[engine]\nreaction_target = ["16"]\n')
    # another state's forces stand for their state
    assert coded(reaction, text) == [("IRNMIL", "SYR", "190"), ("PAK", "IRN", "161")]
    assert coded(reaction, "After Syrian rebels attacked Iran, Pakistan recalled its "
                           "ambassador.") == [("PAK", "SYRREB", "161"), ("SYRREB", "IRN", "190")]
    # a cause with no actor of its own as subject aims at no one
    assert coded(reaction, "Pakistan recalled its ambassador after the attacks in Iran.") == []
    assert coded(Coder(MINI, use_cache=False), text) == [("IRNMIL", "SYR", "190")]


def test_a_role_of_a_possessive_role_is_their_listed_compound(tmp_path):
    # "the army's spokesman" is the listed "army spokesman" (MIL), not a spokesman (GOV)
    coder = mini_with(tmp_path, agents="spokesman => ~GOV\narmy spokesman => ~MIL\n")
    assert [e.source for e in coder.code("The Iranian army's spokesman condemned Israel.",
                                         date="2024-01-17")] == ["IRNMIL"]
    # no compound listed: the last role counts
    assert [e.source for e in coder.code("The Iranian police's spokesman condemned Israel.",
                                         date="2024-01-17")] == ["IRNGOV"]


def test_for_links_a_role_that_speaks_for_another(tmp_path):
    # grammar class speaks_for: "a spokesman for the Iranian army" is the army's
    coder = mini_with(tmp_path, agents="spokesman => ~GOV\n")
    assert [e.source for e in coder.code("A spokesman for the Iranian army condemned Israel.",
                                         date="2024-01-17")] == ["IRNMIL"]
    # "for" after other roles links nothing: the role keeps its own country
    assert [e.source for e in coder.code("Iranian troops for the Taliban condemned Israel.",
                                         date="2024-01-17")] == ["IRNMIL"]


def test_a_determiner_and_a_role_make_their_listed_entry_across_the_country(tmp_path):
    # "a former Iranian president" is the listed "former president" (ELI)
    coder = mini_with(tmp_path, agents="former president => ~ELI\n")
    assert [e.source for e in coder.code("A former Iranian president condemned Israel.",
                                         date="2024-01-17")] == ["IRNELI"]
    assert [e.source for e in coder.code("The Iranian president condemned Israel.",
                                         date="2024-01-17")] == ["IRNGOV"]


def test_a_society_role_with_no_country_takes_the_country_of_the_leader_it_acts_on(tmp_path):
    # with no earlier actor and no place, protesters who act on a state's named
    # person are of that state: RUSCVL, not ---CVL
    coder = mini_with(tmp_path, agents="students => ~EDU\n")
    assert coded(coder, "Protesters condemned Vladimir Putin.") == [("RUSCVL", "RUSGOV", "111")]
    assert coded(coder, "Students attacked Vladimir Putin.") == [
        ("RUSEDU", "RUSGOV", "190")]
    # a state's own bodies deal with foreign leaders too: their country stays unknown
    assert coded(coder, "Officials condemned Vladimir Putin.") == [
        ("---GOV", "RUSGOV", "111")]
    # a named group tells no country of the role
    assert coded(coder, "Protesters condemned the Taliban.") == [
        ("---CVL", "AFGTAL", "111")]


def test_a_body_named_between_a_possessive_country_and_a_noun_modifies_the_noun(tmp_path):
    # "Pakistan's UN envoy" is Pakistan's envoy; "Iran's UN seat" is Iran's: the body's
    # name only says what the country's role or thing is about
    coder = mini_with(tmp_path)
    assert coded(coder, "Pakistan's UN envoy condemned Israel.") == [("PAKGOV", "ISR", "111")]
    assert coded(coder, "Israel condemned Iran's UN seat.") == [("ISR", "IRN", "111")]
    # the body itself, after the possessive and before a verb, stays as it was
    assert coded(coder, "The UN condemned Israel.") == [("IGOUNO", "ISR", "111")]


def test_a_quantity_before_a_member_does_not_part_a_list(coder):
    # "and dozens of ...", "and more than 100 ...": the quantity is no word between the
    # members (grammar class approximator, number words, digits)
    for text in ("Israeli jets struck Syrian troops and dozens of Iranian fighters.",
                 "Israeli jets struck Syrian troops and more than 100 Iranian fighters.",
                 "Israeli jets struck Syrian troops and at least 20 Iranian fighters."):
        assert coded(coder, text) == [("ISRMIL", "IRNREB", "190"), ("ISRMIL", "SYRMIL", "190")]


def test_a_joiner_of_several_words_and_a_quantity_after_it_make_one_list(coder):
    # "as well as", "along with" join members as "and" does, also before a quantity; more
    # words between two actors than the longest joiner part them
    for text in ("Israeli jets struck Syrian troops as well as Iranian fighters.",
                 "Israeli jets struck Syrian troops along with more than 100 Iranian fighters."):
        assert coded(coder, text) == [("ISRMIL", "IRNREB", "190"), ("ISRMIL", "SYRMIL", "190")]
    assert coded(coder, "Israeli jets struck Syrian troops near a town where Iranian "
                        "fighters were.") == [("ISRMIL", "SYRMIL", "190")]


def test_a_definite_armed_role_refers_to_the_named_group_before_it(coder):
    # "the rebels" after "the Taliban" are the Taliban (AFGTAL), not Afghan rebels
    assert coded(coder, "Pakistani troops attacked the Taliban after the rebels attacked "
                        "Pakistan.") == [("AFGTAL", "PAK", "190"), ("PAKMIL", "AFGTAL", "190")]
    # an IGO is no armed group: the role takes the nearest country as before
    assert coded(coder, "The UN condemned Syria after the rebels attacked Israel.") == [
        ("IGOUNO", "SYR", "111"), ("SYRREB", "ISR", "190")]


def test_a_counted_people_acting_are_its_civilians(tmp_path):
    counted = mini_with(tmp_path, '[engine]\ncounted_people_role = "CVL"\n')
    assert coded(counted, "Thousands of Iranians attacked Pakistan.") == [
        ("IRNCVL", "PAK", "190")]
    assert coded(counted, "Dozens of Iranians attacked Pakistan.") == [
        ("IRNCVL", "PAK", "190")]
    # acted on, a people stays the country; uncounted, it is the country too
    assert coded(counted, "Pakistan attacked 200 Iranians.") == [("PAK", "IRN", "190")]
    assert coded(counted, "Iranians attacked Pakistan.") == [("IRN", "PAK", "190")]
    assert coded(Coder(MINI, use_cache=False), "Thousands of Iranians attacked Pakistan.") == [
        ("IRN", "PAK", "190")]


def test_a_role_of_the_source_details_an_unspecified_act(tmp_path):
    detail = mini_with(tmp_path, '[engine]\nrole_detail = { "190" = { "MIL" = "193" } }\n')
    assert coded(detail, "Iranian troops attacked Pakistan.") == [("IRNMIL", "PAK", "193")]
    assert coded(detail, "Iran attacked Pakistan.") == [("IRN", "PAK", "190")]
    assert coded(Coder(MINI, use_cache=False), "Iranian troops attacked Pakistan.") == [
        ("IRNMIL", "PAK", "190")]


def test_actor_after_on_is_the_topic_of_a_consultation(tmp_path):
    # "met on Syria with Pakistan": Syria is what the meeting is about
    text = "Iran met on Syria with Pakistan."
    assert coded(Coder(MINI, use_cache=False), text) == [("IRN", "SYR", "040")]
    topical = mini_with(tmp_path, '[engine]\ntopic_on_roots = ["04"]\n')
    assert coded(topical, text) == [("IRN", "PAK", "040")]
    # with no other actor, the one after "on" is still the target
    assert coded(topical, "Iran met on Syria.") == [("IRN", "SYR", "040")]
