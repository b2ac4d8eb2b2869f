"""A reproducible news-style corpus for the speed benchmarks, written by the project.

Sentences are assembled from templates: actor phrases (countries, capitals,
adjective + role, organisations, armed groups), actions across all twenty CAMEO
roots, time and place phrases, reported speech, negation, passives, and
sentences with no event (markets, sport, weather, background). The same seed
always gives the same corpus.

    python benchmarks/corpus.py --sentences 100000 -o /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("Pakistan", "Pakistani", "Islamabad"), ("Iran", "Iranian", "Tehran"),
    ("India", "Indian", "New Delhi"), ("China", "Chinese", "Beijing"),
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("the United States", "American", "Washington"), ("Britain", "British", "London"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Israel", "Israeli", "Jerusalem"), ("Syria", "Syrian", "Damascus"),
    ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Iraq", "Iraqi", "Baghdad"),
    ("Afghanistan", "Afghan", "Kabul"), ("Nigeria", "Nigerian", "Abuja"),
    ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"), ("Somalia", "Somali", "Mogadishu"),
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"),
    ("North Korea", "North Korean", "Pyongyang"), ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"), ("Colombia", "Colombian", "Bogota"),
    ("Venezuela", "Venezuelan", "Caracas"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Philippines", "Philippine", "Manila"), ("Poland", "Polish", "Warsaw"),
    ("Lebanon", "Lebanese", "Beirut"), ("Yemen", "Yemeni", "Sanaa"),
    ("Libya", "Libyan", "Tripoli"), ("Mali", "Malian", "Bamako"),
    ("Myanmar", "Myanmar", "Naypyitaw"), ("Bangladesh", "Bangladeshi", "Dhaka"),
    ("Qatar", "Qatari", "Doha"), ("Jordan", "Jordanian", "Amman"),
]
ROLES = ["foreign minister", "defence minister", "president", "prime minister", "police",
         "troops", "army", "government", "officials", "opposition leader", "protesters",
         "rebels", "navy", "border guards", "lawmakers", "diplomats", "ambassador"]
GROUPS = ["the Taliban", "Hamas", "Hezbollah", "the Houthis", "al-Shabaab", "Boko Haram",
          "the Islamic State", "the United Nations", "NATO", "the European Union",
          "the African Union", "the World Health Organization", "the Red Cross"]
ACTIONS = [  # (template with {t} for the target, CAMEO root it aims at)
    ("said it was ready to work with {t}", "01"), ("appealed to {t} for calm", "02"),
    ("urged {t} to release the detainees", "02"), ("pledged to support {t}", "03"),
    ("offered to mediate between {t} and its neighbours", "03"),
    ("held talks with {t} on trade", "04"), ("met {t} in the capital", "04"),
    ("visited {t} for two days", "04"), ("hosted a delegation from {t}", "04"),
    ("praised {t} for its help", "05"), ("signed a defence agreement with {t}", "05"),
    ("welcomed the decision by {t}", "05"), ("agreed to expand trade with {t}", "06"),
    ("sent humanitarian aid to {t}", "07"), ("provided military assistance to {t}", "07"),
    ("released prisoners held by {t}", "08"), ("lifted sanctions on {t}", "08"),
    ("opened an investigation into {t}", "09"), ("demanded that {t} withdraw its forces", "10"),
    ("criticised {t} over the border dispute", "11"), ("condemned {t} for the attack", "11"),
    ("accused {t} of supporting militants", "11"), ("rejected the proposal from {t}", "12"),
    ("refused to negotiate with {t}", "12"), ("threatened {t} with sanctions", "13"),
    ("warned {t} against further provocations", "13"), ("protested against {t}", "14"),
    ("deployed troops along the border with {t}", "15"),
    ("recalled its ambassador from {t}", "16"), ("imposed sanctions on {t}", "16"),
    ("expelled diplomats from {t}", "16"), ("arrested supporters of {t}", "17"),
    ("seized a ship belonging to {t}", "17"), ("abducted aid workers from {t}", "18"),
    ("attacked {t} with drones", "19"), ("shelled positions held by {t}", "19"),
    ("launched air strikes against {t}", "19"), ("fought {t} near the border", "19"),
    ("carried out a massacre of civilians from {t}", "20"),
]
NO_EVENT = [
    "Shares in {c} rose 2.4 percent on Tuesday as investors cheered strong earnings.",
    "{c} beat its rivals 3-1 in a World Cup qualifier on Saturday.",
    "Heavy rain is expected across {c} later this week, forecasters said.",
    "The film premiered in {c} to a packed box office on Friday night.",
    "{c} has a population of about 40 million people and a young workforce.",
    "The currency of {c} fell against the dollar in thin trading.",
    "Officials in {c} said the new school year would begin in September.",
]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "late on Thursday", "on Friday",
         "over the weekend", "earlier this month", "last week", ""]
FRAMES = ["{s} {a} {time}.", "{s} {a} {time}, officials said.",
          "{s} {a} {time}, according to state media.",
          "{rep} said {s} {a} {time}.", "In a statement {time}, {s} {a}.",
          "{s}, which has long been at odds with its neighbours, {a} {time}.",
          "{s} did not {base} {time}.", "{s} {a} after {s2} {a2} {time}."]


def _actor(rng: random.Random) -> str:
    r = rng.random()
    c = rng.choice(COUNTRIES)
    if r < 0.35:
        return c[0]
    if r < 0.5:
        return c[2]
    if r < 0.85:
        return f"{c[1]} {rng.choice(ROLES)}"
    return rng.choice(GROUPS)


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(NO_EVENT).format(c=rng.choice(COUNTRIES)[0])
    action, _root = rng.choice(ACTIONS)
    action2, _r2 = rng.choice(ACTIONS)
    frame = rng.choice(FRAMES)
    text = frame.format(
        s=_actor(rng), s2=_actor(rng), a=action.format(t=_actor(rng)),
        a2=action2.format(t=_actor(rng)), time=rng.choice(TIMES),
        rep=f"{rng.choice(COUNTRIES)[1]} media",
        base=rng.choice(["attack", "recognise", "sign the deal with", "meet"]) + " "
        + _actor(rng))
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
    return text[0].upper() + text[1:]


def documents(n_sentences: int, seed: int = 2026):
    """Yield documents until `n_sentences` sentences have been written."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    written = 0
    n = 0
    while written < n_sentences:
        k = min(rng.randint(2, 12), n_sentences - written)
        paras = [" ".join(sentence(rng) for _ in range(k))]
        n += 1
        written += k
        yield {"id": f"bench-{seed}-{n:07d}",
               "date": (start + timedelta(days=rng.randrange(730))).isoformat(),
               "source": f"Bench Wire {rng.randint(1, 8)}", "text": "\n\n".join(paras)}


def write_corpus(path: Path, n_sentences: int, seed: int = 2026) -> tuple[int, int]:
    """Write the corpus as JSON Lines; returns (documents, sentences)."""
    docs = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(n_sentences, seed):
            fh.write(json.dumps(doc) + "\n")
            docs += 1
    return docs, n_sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    docs, sents = write_corpus(args.output, args.sentences, args.seed)
    print(f"{docs} documents, {sents} sentences -> {args.output}")


if __name__ == "__main__":
    main()
