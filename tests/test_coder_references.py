"""References across a story with the default codebook: what "the decision", "the
president" or "the army" of a later sentence refers to.

Each case codes a short story of its own wording in order, as the pipeline codes a
document (`coding.story.Story`), and checks the events of its last sentence.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import story_events

DATE = "2024-06-01"


def last_events(coder: Coder, *sentences: str) -> set[tuple[str, str, str]]:
    """The events of the last of `sentences`, coded in order as one story."""
    return set(story_events(coder, *sentences, date=DATE))


@pytest.mark.parametrize("story, events", [
    # the decision is the recognition, not the rejection said of it since
    (("Norway recognised a Palestinian state on Tuesday.",
      "Israeli Prime Minister Benjamin Netanyahu rejected the move.",
      "The Arab League welcomed the decision."),
     {("IGOARL", "NOR", "051")}),
    (("The European Union imposed new sanctions on Russia.",
      "Hungary criticised the sanctions.",
      "Ukraine's foreign minister welcomed the move."),
     {("UKRGOV", "IGOEEC", "051")}),
    # no act coded before: the decision is that of the previous sentence's subject
    (("Japan's trade ministry said it would ease its controls on chip materials.",
      "South Korea's foreign minister welcomed the decision."),
     {("KORGOV", "JPNGOV", "051")}),
    # with no deed remembered, a rejection may be the decision welcomed
    (("Slovakia rejected a German proposal on migration.",
      "Russia welcomed the decision."),
     {("RUS", "SVK", "051")}),
])
def test_a_decision_is_something_done_not_what_was_said_of_it(coder, story, events):
    assert last_events(coder, *story) == events


@pytest.mark.parametrize("story, events", [
    # the Head of State is the President named before, not the country of the place
    (("President Hakainde Hichilema said Zambia had reached a deal with China.",
      "Speaking in Paris, the Head of State thanked French President Emmanuel Macron."),
     {("ZMBGOV", "FRAGOV", "051")}),
    # the President named two sentences back, not the Prime Minister of the last one
    (("President Kassym-Jomart Tokayev ordered troops to restore order.",
      "Armenian Prime Minister Nikol Pashinyan said the alliance would send troops to "
      "Kazakhstan.",
      "The President condemned the rebels."),
     {("KAZGOV", "KAZREB", "111")}),
    # no president named: not the Prime Minister, whose office it is not
    (("Armenian Prime Minister Nikol Pashinyan flew to Kazakhstan on Monday.",
      "The president condemned Russia."),
     {("KAZGOV", "RUS", "111")}),
    # any other title by its last word: the minister is the Foreign Minister
    (("Chinese Foreign Minister Wang Yi met Antony Blinken on Monday.",
      "In Washington, the minister condemned Japan."),
     {("CHNGOV", "JPN", "111")}),
])
def test_a_title_with_no_name_is_the_person_named_with_it(coder, story, events):
    assert last_events(coder, *story) == events


@pytest.mark.parametrize("story, events", [
    # the denial names only the denier's own country: it answers the accuser
    (("Kosovo Prime Minister Albin Kurti accused Serbia of sponsoring the attack.",
      "The White House called for calm.",
      "Serbian President Aleksandar Vucic denied that Serbia was involved."),
     {("SRBGOV", "KSVGOV", "016")}),
    (("Finland closed its border with Russia, accusing Moscow of sending migrants.",
      "The Kremlin denied that it was using migrants as a weapon."),
     {("RUSGOV", "FIN", "016")}),
    # a report of culpability is an accusation too
    (("Ukraine said Russia was behind the attack on the dam.",
      "Moscow denied that it was involved."),
     {("RUS", "UKR", "016")}),
])
def test_a_denial_answers_the_accusation_made_before(coder, story, events):
    assert last_events(coder, *story) == events


@pytest.mark.parametrize("story, events", [
    # the story is about Haiti (named twice): its gangs, not those of the Kenyans
    (("Kenyan police officers arrived in Haiti on Tuesday to fight the gangs of "
      "Port-au-Prince.",
      "Gangs attacked police stations on Wednesday."),
     {("HTICRM", "HTICOP", "190")}),
    # one name each: the first actor of the sentence before, as ever
    (("Kenyan troops arrived in Haiti on Tuesday.",
      "Gangs attacked police stations on Wednesday."),
     {("KENCRM", "KENCOP", "190")}),
])
def test_a_role_with_no_country_is_of_the_country_the_story_names_most(coder, story, events):
    assert last_events(coder, *story) == events
