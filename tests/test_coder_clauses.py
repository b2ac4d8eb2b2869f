"""Clauses of a sentence: reported clauses, relative clauses and joined verb phrases.

Pinned with the small test codebook (tests/fixtures/mini), plus a few entries written
here; the sentences are the project's own examples.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import coded, mini_with

EXTRA_VERBS = """\
== 173 arrest
arrest {arrests arrested arresting arrested}

== 175 use tactics of violent repression
fire tear gas {fires_tear_gas fired_tear_gas firing_tear_gas fired_tear_gas}

== 141 demonstrate or rally
gather {gathers gathered gathering gathered}

== 072 provide military aid
send {sends sent sending sent}

== 141 demonstrate or rally
march {marches marched marching marched}

== 100 demand
demand {demands demanded demanding demanded}
- * + resignation => 1041

== 030 express intent to cooperate
promise {promises promised promising promised}
pledge {pledges pledged pledging pledged}
- * withdraw_from => 0356

== 010 make statement
announce {announces announced announcing announced}
respond {responds responded responding responded}
speak {speaks spoke speaking spoken}

== 111 criticize or denounce
deplore {deplores deplored deploring deplored}
- * the_attack_on => ---

== 040 consult
talk {talks talked talking talked}
noun: talks {}

== 042 make a visit
noun: trip {trips} => 042:043

== --- make: coded by what is made
make {makes made making made}

== --- postpone: coded by what is put off
postpone {postpones postponed postponing postponed}
- * talks => 164
- * => ---

== --- stop: coded by what is stopped
stop {stops stopped stopping stopped}
- * attacks_on + => 087

== --- deny, coded by what is denied
deny {denies denied denying denied}
noun: report | claim

== 087 de-escalate military engagement
retreat {retreats retreated retreating retreated}

== 112 accuse
blame {blames blamed blaming blamed}
- * + of_treason => 1125
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> Coder:
    return mini_with(
        tmp_path_factory.mktemp("extra"),
        '[engine]\nforeign_only = ["042", "043"]\nnested_roots = ["19"]\n'
        'purpose_detail = { "14" = ["104"] }\ndomestic_target = { "175" = "CVL" }\n'
        'shared_object_roots = ["03"]\nreaction_target = ["16"]\nstated_content = ["01"]\n\n'
        '[families.from_intent.03]\n033 = "033"\n\n'
        '[families.from_act.03]\n16 = "131"\n19 = "1384"\n\n'
        '[families.from_intent.10]\n035 = "105"\n\n'
        '[families.from_act.112]\n173 = "1122"\n19 = "1123"\n',
        verbs=EXTRA_VERBS, agents="crowd {crowds} => ~CVL\n")


def test_that_after_a_reporting_verb_opens_the_reported_clause(coder):
    # "that" is a complementiser, not a determiner of "Iran" nor a relative pronoun:
    # the reported clause has a subject of its own.
    assert coded(coder, "Pakistan said that Iran attacked Syria.") == [("IRN", "SYR", "190")]
    assert coded(coder, "Pakistan said that Iranian troops had attacked Syria.") == [
        ("IRNMIL", "SYR", "190")]
    # the word after the complementiser opens the subject: a noun, not a verb
    assert coded(coder, "Pakistan said that attacks on Syria had stopped.") == []
    # the same as without "that"
    assert coded(coder, "Pakistan said Iranian troops had attacked Syria.") == [
        ("IRNMIL", "SYR", "190")]


def test_that_clause_after_a_reporting_noun_is_a_claim_not_a_report(coder):
    assert coded(coder, "Israel denied reports that its jets had attacked Syria.") == []
    assert coded(coder, "Iran denied the claim that Syrian rebels attacked Israel.") == []


def test_act_of_a_relative_clause_counts_when_nothing_else_is_coded(coder):
    assert coded(coder, "Syrian rebels who attacked Israeli troops fled.") == [
        ("SYRREB", "ISRMIL", "190")]
    # a relative clause on the subject ends at the main verb, whose act is coded
    assert coded(coder, "Syrian rebels who attacked Israeli troops condemned Iran.") == [
        ("SYRREB", "IRN", "111")]


def test_a_participle_opening_the_sentence_describes_the_actor_after_it(coder):
    # "Jailed ... activist X began a hunger strike": X is the subject of "began"
    assert coded(coder, "Attacked Pakistani protesters condemned Iran.") == [
        ("PAKCVL", "IRN", "111")]


def test_a_participle_with_its_agent_after_the_subject_describes_it(coder):
    # a reduced relative: the main verb's act is the subject's, the backer is no actor
    assert coded(coder, "Syrian rebels attacked by Israeli troops condemned Iran.") == [
        ("SYRREB", "IRN", "111")]
    assert coded(coder, "Syrian rebels, attacked by Israeli troops, condemned Iran.") == [
        ("SYRREB", "IRN", "111")]
    # with nothing else coded, the described act is the agent's, on the subject
    assert coded(coder, "Syrian rebels attacked by Israeli troops fled.") == [
        ("ISRMIL", "SYRREB", "190")]
    # an active verb with its object stays the main verb
    assert coded(coder, "Syrian rebels attacked Israeli troops.") == [
        ("SYRREB", "ISRMIL", "190")]


def test_a_place_pronoun_naming_its_place_is_no_pronoun(coder):
    # "the town of Damascus" is Damascus, not the country of an actor before it
    assert coded(coder, "Iranian rebels attacked the town of Damascus.") == [
        ("IRNREB", "SYR", "190")]


def test_a_plan_told_to_an_actor_is_the_tellers_intention_towards_it(coder):
    # "it" is the teller, not the object before it; the intention is told to the object
    assert coded(coder, "Pakistan told Iran that it would send aid.") == [
        ("PAK", "IRN", "0332")]
    assert coded(coder, "Pakistan told Iran that it would send aid to Syria.") == [
        ("PAK", "SYR", "0332")]
    # another actor's plan is only reported
    assert coded(coder, "Pakistan told Iran that Syria would send aid.") == []


def test_a_pronoun_reported_by_a_joined_verb_is_the_subjects(coder):
    # "condemned Iran and said it would ...": the speaker shares the first verb's subject
    assert coded(coder, "Pakistan condemned Iran and said it would send aid to Syria.") == [
        ("PAK", "IRN", "111"), ("PAK", "SYR", "0332")]
    assert coded(coder, "Pakistan strongly condemned Iran but said that it would send aid "
                        "to Syria.") == [("PAK", "IRN", "111"), ("PAK", "SYR", "0332")]
    # with no reporting verb the pronoun is the nearest actor, as before
    assert coded(coder, "Pakistan condemned Iran after it attacked Syria.") == coded(
        coder, "Pakistan condemned Iran after Iran attacked Syria.")


def test_a_report_told_with_no_that_starts_after_the_one_told(coder):
    # "told Iran it would ...": Iran is told; "it" is the teller, the report's subject
    assert coded(coder, "Pakistan told Iran it would send aid to Syria.") == [
        ("PAK", "SYR", "0332")]


def test_a_sentence_opening_with_a_participle_has_its_main_clause_after_the_comma(coder):
    # "after ..." inside the opening participle clause does not swallow the main clause
    assert coded(coder, "Speaking after talks with Iran, Pakistan condemned Syria.") == [
        ("PAK", "IRN", "040"), ("PAK", "SYR", "111")]


def test_a_joined_verb_with_a_bare_number_acts_on_the_target_before(coder):
    # "arrested dozens": dozens of the protesters the first act was aimed at
    assert coded(coder, "Pakistani police fired tear gas at Iranian protesters and arrested "
                        "dozens.") == [("PAKCOP", "IRNCVL", "173"), ("PAKCOP", "IRNCVL", "175")]
    # a number with its own noun names its own target
    assert coded(coder, "Pakistani police fired tear gas at Iranian protesters and arrested "
                        "dozens of Syrians.") == [
        ("PAKCOP", "IRNCVL", "175"), ("PAKCOP", "SYR", "173")]


def test_a_subject_naming_no_actor_lends_no_source(coder):
    # "an earthquake" is the subject: no actor acts, and the list after it is no source
    assert coded(coder, "An earthquake struck Pakistan and Iran.") == []
    # a clause with a subject of its own does not borrow the one before
    assert coded(coder, "Pakistan condemned Iran as floods struck Syria.") == [
        ("PAK", "IRN", "111")]
    # with no subject of its own, a joined verb still shares it
    assert coded(coder, "Pakistan condemned Iran and attacked Syria.") == [
        ("PAK", "IRN", "111"), ("PAK", "SYR", "190")]


def test_relative_clause_of_a_denied_act_is_not_coded(coder):
    assert coded(coder, "Pakistani police did not fire tear gas at the crowds who gathered "
                        "in Islamabad.") == []
    assert coded(coder, "Pakistani crowds who gathered in Islamabad condemned Iran.") == [
        ("PAKCVL", "IRN", "111")]


def test_a_stated_intention_of_a_country_is_its_speakers(coder):
    # the speaker, a role of the country, makes the statement of intent
    assert coded(coder, "Pakistan's foreign minister said that Pakistan would send aid to Iran."
                 ) == [("PAKGOV", "IRN", "0332")]
    assert coded(coder, "Pakistan would send aid to Iran, the Pakistani foreign minister said."
                 ) == [("PAKGOV", "IRN", "0332")]
    # a speaker of another country, or a report of a done act, keeps the country
    assert coded(coder, "Iran's foreign minister said that Pakistan would send aid to Syria."
                 ) == [("PAK", "SYR", "0332")]
    assert coded(coder, "Pakistan's foreign minister said that Pakistan attacked Iran.") == [
        ("PAK", "IRN", "190")]


def test_object_pronoun_after_a_joined_verb_may_be_the_object_before(coder):
    assert coded(coder, "Pakistani police fired tear gas at the protesters and arrested "
                        "dozens of them.") == [("PAKCOP", "PAKCVL", "173"),
                                               ("PAKCOP", "PAKCVL", "175")]
    # not the subject of its own verb: with no other actor, repression with no target
    # falls on the country's own people (domestic_target)
    assert coded(coder, "Pakistani police fired tear gas at them.") == [
        ("PAKCOP", "PAKCVL", "175")]


def test_a_visit_in_the_visitors_own_country_is_no_visit(coder):
    assert coded(coder, "Vladimir Putin visited Moscow.") == []
    assert coded(coder, "Vladimir Putin visited Tehran.") == [
        ("IRN", "RUSGOV", "043"), ("RUSGOV", "IRN", "042")]


def test_an_act_of_force_with_a_named_agent_is_coded_inside_an_object(coder):
    assert coded(coder, "Pakistan condemned Iran's attack on Syria.") == [
        ("IRN", "SYR", "190"), ("PAK", "IRN", "111")]
    assert coded(coder, "Pakistan condemned the Iranian air strike on Syria.") == [
        ("IRN", "SYR", "190"), ("PAK", "IRN", "111")]
    # with no author named the act is only the object ...
    assert coded(coder, "Pakistan condemned the attack on Syria.") == [("PAK", "SYR", "111")]
    # ... and a pattern rejecting that reading leaves no event, not one by the subject
    assert coded(coder, "Pakistan deplored the attack on Syria.") == []


def test_two_participles_of_one_passive_share_the_by_phrase(coder):
    assert coded(coder, "Syrian rebels were condemned and attacked by Pakistani police.") == [
        ("PAKCOP", "SYRREB", "111")]


def test_a_reporting_verb_with_an_object_noun_carries_the_nouns_act(coder):
    # no clause is reported: the noun names the speaker's own act
    assert coded(coder, "Pakistan announced an air strike on Iranian rebels.") == [
        ("PAK", "IRNREB", "190")]
    # a subject after the verb opens a reported clause, even without a verb of the
    # dictionary ("were ready"): nothing in it is coded here
    assert coded(coder, "Pakistan announced they were ready for an air strike.") == []


def test_a_protest_takes_the_kind_of_the_demand_it_is_for(coder):
    assert coded(coder, "Pakistani protesters marched to demand the government's resignation."
                 ) == [("PAKCVL", "PAKGOV", "1411")]
    # a purpose of no kind leaves the protest as it is
    assert coded(coder, "Pakistani protesters marched against the government to demand "
                        "change.") == [("PAKCVL", "PAKGOV", "141")]
    # a participle of demand opening the clause after it states the purpose too, and is
    # no demand of its own
    assert coded(coder, "Pakistani protesters marched against the government, demanding "
                        "the government's resignation.") == [("PAKCVL", "PAKGOV", "1411")]


def test_a_complement_clause_after_an_object_gives_the_governing_verbs_code(coder):
    # "promised X that it would send aid": the promise is one of aid (033 family)
    assert coded(coder, "Pakistan promised Iran that it would send aid to Syria.") == [
        ("PAK", "IRN", "0332")]
    # a relative clause on the object (no subject after "that") stays one
    assert coded(coder, "Pakistan condemned Iranian troops that attacked Syria.") == [
        ("PAK", "IRNMIL", "111")]


def test_first_person_of_a_quotation_is_the_speaker(coder):
    assert coded(coder, '"We attacked Syria," Pakistan\'s foreign minister said.') == [
        ("PAKGOV", "SYR", "190")]
    assert coded(coder, 'Pakistan\'s foreign minister said: "Syria attacked us."') == [
        ("SYR", "PAKGOV", "190")]
    assert coded(coder, '"I condemned Syria," Vladimir Putin said.') == [
        ("RUSGOV", "SYR", "111")]
    # "US" in capitals is the country, not "us"; with no speaker "my" is no one's
    assert coded(coder, "The US attacked Syria.") == [("USA", "SYR", "190")]
    assert coded(coder, "My troops attacked Syria.") == [("---MIL", "SYR", "190")]


def test_a_pattern_naming_the_complement_keeps_the_governing_verbs_code(coder):
    # "pledged to withdraw from": the pledge's pattern names the act (0356), so the
    # complement's own code (withdraw: 161, a pledge of it 131) does not replace it
    assert coded(coder, "Pakistan pledged to withdraw from Syria.") == [
        ("PAK", "SYR", "0356")]
    # a complement its pattern does not name gives the code in the governing family
    assert coded(coder, "Pakistan pledged to withdraw its ambassador from Syria.") == [
        ("PAK", "SYR", "131")]
    assert coded(coder, "Pakistan pledged to attack Syria.") == [("PAK", "SYR", "1384")]


def test_a_verb_that_undoes_what_it_takes_leaves_its_noun_uncoded(coder):
    # a light verb passes the act to its noun: the trip is made
    assert coded(coder, "Pakistan made a trip to Iran.") == [
        ("IRN", "PAK", "043"), ("PAK", "IRN", "042")]
    # the verb alone coding no event (`- * => ---`): the trip put off is not made
    assert coded(coder, "Pakistan postponed a trip to Iran.") == []
    # its other patterns still code what it takes
    assert coded(coder, "Pakistan postponed talks with Iran.") == [("PAK", "IRN", "164")]


def test_an_unplaced_speaker_of_a_stated_intention_speaks_for_its_subject(coder):
    # the minister has no country of his own: he states Pakistan's intention, so he is
    # Pakistan's, not Syria's (the actor nearest before him)
    assert coded(coder, "Pakistan will attack Syria, the foreign minister said.") == [
        ("PAKGOV", "SYR", "1384")]
    # a speaker with a country of his own who is not the subject's only reports it
    assert coded(coder, "Pakistan will attack Syria, Iran's foreign minister said.") == [
        ("PAK", "SYR", "1384")]


def test_a_series_of_verb_phrases_gives_each_its_act(coder):
    # "A, B and C" with one subject: each verb phrase is a clause of its own, not a
    # complement of the first act
    assert coded(coder, "Pakistan condemned Iran, attacked Syria and met Israeli officials.") == [
        ("PAK", "IRN", "111"), ("PAK", "ISRGOV", "040"), ("PAK", "SYR", "190")]
    # with no "and" closing the series, a comma and a verb open no clause
    assert coded(coder, "Pakistan condemned Iran, attacked Syria.") == [("PAK", "IRN", "111")]


def test_a_negator_of_several_words_negates_the_act_after_it(coder):
    assert coded(coder, "Pakistan stopped attacks on Syria.") == [("PAK", "SYR", "087")]
    # "stopped short of": the verb is part of the negator, and the act is not done
    assert coded(coder, "Pakistan stopped short of attacks on Syria.") == []
    assert coded(coder, "Pakistan stopped short of attacking Syria.") == []
    assert coded(coder, "Pakistan failed to condemn Iran.") == []
    assert coded(coder, "Pakistan has yet to condemn Iran.") == []


def test_the_act_after_a_verb_of_aspect_is_done(coder):
    # "began attacking": no participle describing something, but the act itself
    assert coded(coder, "Pakistan began attacking Syria.") == [("PAK", "SYR", "190")]
    assert coded(coder, "Pakistan continued to attack Syria.") == [("PAK", "SYR", "190")]
    # after another verb the participle or infinitive is still no act done
    assert coded(coder, "Pakistan threatened to attack Syria.") == [("PAK", "SYR", "138")]


def test_a_joined_verb_with_no_object_addresses_the_target_before(coder):
    # the promise, with no object of its own, is made to the one condemned
    assert coded(coder, "Pakistan condemned Iran and promised compensation.") == [
        ("PAK", "IRN", "030"), ("PAK", "IRN", "111")]
    # a verb that governs a complement of its own, or a clause with a subject of its
    # own, borrows no object
    assert coded(coder, "Pakistan condemned Iran and promised to rebuild the port.") == [
        ("PAK", "IRN", "111")]
    assert coded(coder, "Pakistan condemned Iran and Syria promised compensation.") == [
        ("PAK", "IRN", "111")]
    # roots not listed in shared_object_roots do not borrow it
    assert coded(coder, "Pakistan condemned Iran and demanded compensation.") == [
        ("PAK", "IRN", "111")]


def test_a_participle_joined_to_a_participle_clause_reports_its_act_too(coder):
    # "..., condemning Iran and arresting dozens of Syrians": both acts are the subject's
    assert coded(coder, "Pakistani police attacked the crowds, condemning Iran and arresting "
                        "dozens of Syrians.") == [
        ("PAKCOP", "IRN", "111"), ("PAKCOP", "PAKCVL", "190"), ("PAKCOP", "SYR", "173")]
    # a gerund after a preposition goes on after "and": the content of the accusation
    assert coded(coder, "Pakistan attacked Iran, accusing Syria of attacking Kabul and "
                        "arresting dozens of Afghans.") == [
        ("PAK", "IRN", "190"), ("PAK", "SYR", "1123")]  # of aggression (families.112)


def test_an_actor_made_to_act_is_the_subject_of_the_act(coder):
    # "prompted Syria to condemn Iran": Syria condemns; the infinitive is no plan of Syria's
    assert coded(coder, "Pakistan attacked Iran, prompting Syria to condemn Pakistan.") == [
        ("PAK", "IRN", "190"), ("SYR", "PAK", "111")]
    # a reaction with no object of its own aims at the author of the act that caused it
    assert coded(coder, "Pakistan's attack on Iran prompted Iran to recall its ambassador.") == [
        ("IRN", "PAK", "161"), ("PAK", "IRN", "190")]
    # no actor and infinitive after the verb: nothing is caused
    assert coded(coder, "Pakistan's attack on Iran prompted condemnation.") == [
        ("PAK", "IRN", "190")]


def test_a_reaction_in_a_joined_clause_answers_the_act_on_its_subject(coder):
    # the target of the act before reacts to its source
    assert coded(coder, "Pakistan attacked Iran and Iran recalled its ambassador.") == [
        ("IRN", "PAK", "161"), ("PAK", "IRN", "190")]
    # a third actor's reaction names no one it answers
    assert coded(coder, "Pakistan attacked Iran and Syria recalled its ambassador.") == [
        ("PAK", "IRN", "190")]


def test_the_bare_verb_of_a_that_clause_after_a_demand_is_what_is_demanded(coder):
    # a mandative subjunctive names the demand's content, as "X to retreat" does: 0356 in
    # the demand family is 1056
    assert coded(coder, "Pakistan demanded that Iran retreat.") == [("PAK", "IRN", "1056")]
    assert coded(coder, "Pakistan demanded on Monday that Iran retreat.") == [
        ("PAK", "IRN", "1056")]
    # a finite verb reports an act: no demand of it
    assert coded(coder, "Pakistan demanded that Iran retreated.") == [("PAK", "IRN", "100")]


def test_an_accusation_takes_its_sub_code_from_the_act_it_charges(coder):
    # "of" or "for" + a gerund, adverbs aside; the alleged act itself is not coded
    assert coded(coder, "Iran blamed Israel for attacking Syria.") == [("IRN", "ISR", "1123")]
    assert coded(coder, "Iran blamed Israel of wrongly arresting Syrians.") == [
        ("IRN", "ISR", "1122")]
    # an act of a kind the family does not list leaves the accusation unspecified
    assert coded(coder, "Iran blamed Israel for condemning Syria.") == [("IRN", "ISR", "112")]
    # a kind the accusation's own pattern names stays
    assert coded(coder, "Iran blamed Israel of treason for attacking Syria.") == [
        ("IRN", "ISR", "1125")]


def test_a_gerund_of_means_is_the_act_of_the_verb_before_by(coder):
    # "responded by attacking": how the subject responded, reported as the verb is
    assert coded(coder, "Pakistan responded by attacking Iran.") == [("PAK", "IRN", "190")]
    assert coded(coder, "Pakistan responded on Monday by attacking Iran.") == [
        ("PAK", "IRN", "190")]
    assert coded(coder, "Pakistan responded by swiftly attacking Iran.") == [
        ("PAK", "IRN", "190")]
    assert coded(coder, "Pakistan did not respond by attacking Iran.") == []
    # an actor between: the gerund is no means of the verb before it
    assert coded(coder, "Pakistan condemned Iran by marching.") == [("PAK", "IRN", "111")]
    # after a passive, "by" brings the agent: "marching" describes the crowds
    assert all(code != "141" for *_, code in coded(coder, "Iran was condemned by marching crowds."))


def test_a_clause_whose_object_is_the_act_before_reacts_to_its_doer(coder):
    # ", a move Syria condemned": the act gap (grammar act_gap) is the act before
    assert coded(coder, "Pakistan attacked Iran, a move Syria condemned.") == [
        ("PAK", "IRN", "190"), ("SYR", "PAK", "111")]
    assert coded(coder, "Pakistan attacked Iran, an unprecedented step Syria strongly "
                        "condemned.") == [("PAK", "IRN", "190"), ("SYR", "PAK", "111")]
    # a noun of no act: no reaction to the subject
    assert ("SYR", "PAK", "111") not in coded(
        coder, "Pakistan attacked Iran, a country Syria condemned.")

