"""Surface forms of codebook words, generated rather than typed by hand.

Verb inflections and noun plurals come from lemminflect's lexicon; the few
forms it lacks or gets wrong for news English are listed in `EXCEPTIONS`.
Multi-word entries inflect their head: the first word of a verb phrase
("wage war" -> "waged war"), the last word of a noun phrase ("air strike" ->
"air strikes").
"""

from __future__ import annotations

from functools import cache

#: Forms lemminflect lacks or gets wrong, by lemma.
EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "shell": ("shells", "shelled", "shelling"),
    "airlift": ("airlifts", "airlifted", "airlifting"),
    "outlaw": ("outlaws", "outlawed", "outlawing"),
    "rebuff": ("rebuffs", "rebuffed", "rebuffing"),
    "kidnap": ("kidnaps", "kidnapped", "kidnapping", "kidnaped", "kidnaping"),
    "benefit": ("benefits", "benefited", "benefiting", "benefitted", "benefitting"),
    "criticise": ("criticises", "criticised", "criticising"),
    "mobilise": ("mobilises", "mobilised", "mobilising"),
}

#: A word ending in this mark is a stem: it matches every word that begins with it.
STEM_MARK = "*"

#: Words whose plural is the word itself or that have none.
UNCOUNTABLE = frozenset({"police", "personnel", "staff", "military", "aid", "media", "armed forces",
                         "security forces", "people", "clergy", "militia", "cavalry", "infantry"})


@cache
def verb_forms(verb: str) -> tuple[str, ...]:
    """All inflected forms of a one-word verb, the lemma first."""
    if verb in EXCEPTIONS:
        return (verb, *EXCEPTIONS[verb])
    # Imported here, not at the top: only compiling a codebook inflects words, and the
    # coder, which imports this module for STEM_MARK, need not load the lexicon.
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    forms = [verb]
    for tag in ("VBZ", "VBD", "VBN", "VBG"):
        for f in table.get(tag, ()):
            if f not in forms:
                forms.append(f)
    return tuple(forms)


@cache
def noun_plural(noun: str) -> tuple[str, ...]:
    """Plural forms of a one-word noun (empty when it has none)."""
    if noun in UNCOUNTABLE or not noun.isalpha():
        return ()
    from lemminflect import getInflection, getLemma  # as in `verb_forms`

    lemma = getLemma(noun, upos="NOUN")
    if lemma and lemma[0] != noun:
        return ()  # already a plural ("officials"): no "officialses"
    plural = getInflection(noun, tag="NNS")
    return tuple(p for p in (plural or ()) if p != noun)


def plural_forms(name: str) -> list[str]:
    """Plurals of a (possibly multi-word) name: its last word is pluralised."""
    if name.lower() in UNCOUNTABLE:
        return []
    head, _, last = name.rpartition(" ")
    keep_case = last[:1].isupper() and not last.isupper()
    out = []
    for p in noun_plural(last.lower()):
        p = p.capitalize() if keep_case else p
        out.append(f"{head} {p}" if head else p)
    return out


def inflect_word(lemma: str, kind: str) -> list[str]:
    """Every surface form of a verb-block word: verbs by their first word, nouns by plural."""
    if kind == "noun":
        return [lemma, *plural_forms(lemma)]
    first, _, rest = lemma.partition(" ")
    if first.endswith(STEM_MARK):
        return [lemma]  # a stem already matches every ending
    return [f"{f} {rest}".strip() for f in verb_forms(first)]
