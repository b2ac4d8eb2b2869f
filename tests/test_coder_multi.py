"""Several events in one sentence: a second act that an appeal or a demand names after
"and" ("urged X to halt the shelling and to allow aid convoys in").

Pinned with the small test codebook (tests/fixtures/mini), plus a few entries and
families written here; the sentences are the project's own examples.
"""

from __future__ import annotations

import pytest

from .helpers import coded, mini_with

EXTRA_VERBS = """\
== 020 appeal
urge {urges urged urging urged}
- * + halt shelling => 0256
- * + allow aid => 0255
- * + hold elections => 024
- * + restore civilian rule => 0244
- * + exercise restraint => 0256
- * + avoid escalation => 0256

== 100 demand
demand {demands demanded demanding demanded}
- * + free hostages => 1053
- * + abandon kidnapping => 1042

== --- coded by what is done
halt {halts halted halting halted}
allow {allows allowed allowing allowed}
hold {holds held holding held}
restore {restores restored restoring restored}
exercise {exercises exercised exercising exercised}
avoid {avoids avoided avoiding avoided}
free {frees freed freeing freed}
abandon {abandons abandoned abandoning abandoned}
"""

FAMILIES = '[families.from_intent.02]\n032 = "022"\n\n[families.from_intent.10]\n032 = "102"\n'


@pytest.fixture(scope="module")
def coder(tmp_path_factory):
    return mini_with(tmp_path_factory.mktemp("multi"), FAMILIES, verbs=EXTRA_VERBS)


@pytest.mark.parametrize("text, events", [
    # two acts asked for, each with its own code, to the same addressee
    ("Britain urged Russia to halt the shelling and to allow aid convoys into the city.",
     [("GBR", "RUS", "0255"), ("GBR", "RUS", "0256")]),
    ("Britain urged Russia to halt the shelling and allow aid convoys into the city.",
     [("GBR", "RUS", "0255"), ("GBR", "RUS", "0256")]),
    # after "that", with the second verb in a clause of its own after "and"
    ("Pakistan demanded that the Taliban free the hostages and abandon kidnapping.",
     [("PAK", "AFGTAL", "1042"), ("PAK", "AFGTAL", "1053")]),
    # one appeal whose second act says which kind it is: the sub-code only
    ("The UN urged Syria to hold elections and restore civilian rule.",
     [("IGOUNO", "SYR", "0244")]),
    # the same code twice is one appeal
    ("The UN urged Pakistan to exercise restraint and avoid escalation.",
     [("IGOUNO", "PAK", "0256")]),
])
def test_second_complement(coder, text, events):
    assert coded(coder, text) == events


def test_second_complement_needs_a_conjunction_and_a_base_verb(coder):
    # no second act asked for: a past verb after "and" is the subject's own act
    assert coded(coder, "Britain urged Russia to halt the shelling and allowed aid in.") == [
        ("GBR", "RUS", "0256")]
    # words of the second pattern inside the first act, no "and": one appeal
    assert coded(coder, "Britain urged Russia to halt the shelling to allow aid in.") == [
        ("GBR", "RUS", "0256")]


@pytest.fixture(scope="module")
def rejecting(tmp_path_factory):
    verbs = ("== 125 reject proposal\nreject {rejects rejected rejecting rejected}\n\n"
             "== 030 express intent to cooperate\nnoun: offer\n\n"
             "== 052 defend verbally\ndefend {defends defended defending defended}\n")
    # the target of an act taken is its author ([engine] act_anaphora)
    return mini_with(tmp_path_factory.mktemp("rejecting"), '[engine]\nact_anaphora = [["03"]]\n',
                     verbs=verbs)


def test_possessive_names_the_author_of_the_act_taken(rejecting):
    # "his offer": the act rejected is Imran Khan's, who is the target
    assert coded(rejecting, "The Taliban condemned Imran Khan on Monday, rejecting his offer "
                            "of talks.") == [("AFGTAL", "PAKOPP", "111"),
                                             ("AFGTAL", "PAKOPP", "125")]
    # the source's own act is no target of its own
    assert coded(rejecting, "Russia defended its strikes.") == []


def test_riot_control_weapon_and_arrests_are_two_acts(default_coder):
    # default codebook: "used pepper spray" (175) beside "detained" (173)

    assert coded(default_coder, "Georgian riot police used pepper spray and detained dozens of "
                          "protesters in Tbilisi.") == [("GEOCOP", "GEOCVL", "173"),
                                                         ("GEOCOP", "GEOCVL", "175")]


@pytest.mark.parametrize("text, events", [
    # a name set off by commas after the object: the verb's pattern goes on after it
    ("Mali declared the French ambassador, Joel Meyer, persona non grata on Monday.",
     [("MLI", "FRAGOV", "161")]),
    # a deadline for a diplomat to leave is the expulsion, not an ultimatum
    ("The Malian junta gave the Swedish ambassador 72 hours to leave the country.",
     [("MLIGOV", "SWEGOV", "161")]),
    # ... and said twice it is one act: the state and its government are one party
    ("Niger cut ties with France and gave French diplomats 72 hours to leave.",
     [("NER", "FRA", "161")]),
])
def test_one_expulsion(default_coder, text, events):

    assert coded(default_coder, text) == events


@pytest.mark.parametrize("text, events", [
    # the verb after "and" cannot share the report's progressive, modal or copula: it is
    # the reporter's own act
    ("Germany said Russia was massing troops on the border and summoned the Russian "
     "ambassador.", [("DEU", "RUSGOV", "114")]),
    ("Kyiv said Russia must withdraw its troops and urged Europe to tighten sanctions.",
     [("UKR", "EUR", "020")]),
    ("Tokyo said the drills were provocative and lodged a protest with Beijing.",
     [("JPN", "CHN", "114")]),
    # after a comma too
    ("Germany said Russia had massed troops on the border, and summoned the Russian "
     "ambassador.", [("DEU", "RUSGOV", "114")]),
    # a participle that shares "had" goes on with the report
    ("Amnesty said Burkinabe soldiers had tortured and executed dozens of villagers.",
     [("BFAMIL", "BFACVL", "202")]),
    # "pull them back": a pronoun between the verb's words
    ("Washington said Serbia was deploying troops on the border with Kosovo and urged "
     "Belgrade to pull them back.", [("SRB", "KSV", "154"), ("USA", "SRB", "0256")]),
])
def test_and_after_a_report(default_coder, text, events):

    assert coded(default_coder, text) == events


@pytest.mark.parametrize("text, events", [
    # an act with no object of its own, joined by "and" to one with an object: to it
    ("Mexico called the raid a violation of international law and broke off relations "
     "with Ecuador.", [("MEX", "ECU", "111"), ("MEX", "ECU", "161")]),
    ("Georgia's opposition demanded a recount and accused the Georgian government of "
     "fraud.",
     [("GEOOPP", "GEOGOV", "104"), ("GEOOPP", "GEOGOV", "1121")]),
])
def test_first_act_takes_the_next_ones_target(default_coder, text, events):

    assert coded(default_coder, text) == events


def test_next_act_with_a_subject_of_its_own_lends_no_target(default_coder):

    # "Ecuador broke off relations" has its own subject: Mexico's criticism stays unaimed
    assert coded(default_coder, "Mexico called the raid a violation of international law, and "
                          "Peru broke off relations with Ecuador.") == [("PER", "ECU", "161")]
