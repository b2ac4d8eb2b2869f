"""Actor phrases: compose actor and agent matches into coded noun phrases.

"the Pakistani Foreign Ministry" -> PAK + ~GOV = PAKGOV; "Iran's foreign
minister" -> IRN 's + ~GOV = IRNGOV; "rebels in Sudan" -> ~REB in SDN =
SDNREB; "President Vladimir Putin" -> the person's dated code (RUSGOV);
"its ambassador" -> the antecedent's country + GOV. Lists joined by commas and
"and" become compound groups.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from coding.compiled import ACTOR, AGENT, NOUN, VERB, Compiled
from coding.match import _walk, _walk_stems

#: Roles a country's own state uses on its own behalf ("Poland sent soldiers").
OWN_FORCES = frozenset({"MIL", "GOV", "COP", "SPY"})
#: Roles of armed groups: a definite one ("the militants") refers to a named group before.
GROUP_ROLES = frozenset({"REB", "INS", "SEP"})
#: Roles of armed men outside a state's forces: "the gunmen", "the paramilitaries", "the
#: gang" of a story refer to the armed group it named, as "the militants" do.
ARMED_ROLES = GROUP_ROLES | {"UAF", "CRM"}
#: Roles of bodies outside the state's government: a leadership or party word after one
#: of them is that body's ("the separatist leadership", "the opposition Democratic Party").
OUTSIDE_ROLES = GROUP_ROLES | {"OPP"}
#: Roles of the generic heads that lead or organise a body (leader, leadership, official:
#: GOV; party: PTY): after a role of OUTSIDE_ROLES they name no role of their own.
HEAD_ROLES = frozenset({"GOV", "PTY"})
#: Named actors that are no armed group: international bodies, NGOs, companies.
NOT_GROUPS = frozenset({"IGO", "NGO", "MNC", "INT", "UIS"})
#: A state's own bodies: its forces, its legislature and its courts.
STATE_ROLES = OWN_FORCES | {"LEG", "JUD"}
#: Code prefixes that are not countries (international bodies, NGOs, companies).
NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS", "---"})
LINKERS = frozenset({"in", "of", "from"})
#: Words that join two actors into one compound ("A and B", "A as well as B"); a comma
#: (", and", "A, B") is handled with them by `_link_compounds`.
JOINERS = (["and"], ["or"], ["as", "well", "as"], ["along", "with"], ["together", "with"])
#: The most tokens that can stand between two members of a compound.
LONGEST_JOINER = max(len(j) for j in (*JOINERS, [",", "and"]))
JOINER_FIRSTS = frozenset(j[0] for j in (*JOINERS, [","]))
#: Perfect-tense auxiliaries and the adverbs "also", "then", "later", which may stand
#: between a subject and its verb ("and Kyiv had agreed", "and then said"); the other
#: auxiliaries are grammar classes (passive_aux, future).
AUXILIARIES = frozenset({"has", "have", "had", "also", "then", "later"})


@dataclass(eq=False, slots=True)
class Phrase:
    """A noun phrase that names an actor, with where its code came from."""

    start: int  # token indexes, end exclusive
    end: int
    code: str | None = None
    rules: list[str] = field(default_factory=list)
    person: bool = False  # a named actor with a full code (leader, group)
    pronoun: bool = False
    antecedent: Phrase | None = None
    group: list[Phrase] | None = None  # compound members, self included
    after_prep: str | None = None  # the preposition just before it, if any
    linked: bool = False  # role + in/of/from + country: "rebels in Sudan"
    place: bool = False  # "the country": refers to the antecedent's country
    shared_from: Phrase | None = None  # the member whose role this one took ("Armenian")
    #: A bare possessive before the noun of an act ("her visit"): the act's agent only,
    #: never a verb's subject, object or pattern slot.
    possessive: bool = False
    #: The role a pronoun phrase carries ("his government" -> GOV), see `agent_of`.
    pronoun_agent: tuple | None = None
    #: The role word of a named actor's phrase ("Hamas negotiators" -> GOV): the bare
    #: countries of its list take it ("Israeli and Hamas negotiators").
    role: tuple | None = None
    #: Roots of the acts this actor was the source of, once coded: "Paris condemned the
    #: ruling" finds the court that ruled in the previous sentence (`act_anaphora`).
    acts: tuple[str, ...] = ()
    #: The other party of a joint act this actor was the source of (engine option
    #: pair_codes: talks, agreements): "X met Y. They agreed ..." refers to both.
    partner: Phrase | None = None
    #: The phrase's last word, lower case ("court" of "the International Criminal Court"):
    #: "the court" of a later sentence refers to it (`_named_body`).
    head: str = ""
    #: The number of actors a plural pronoun names ("the three countries": 3; "the two
    #: sides", "both countries": 2), if it says.
    count: int | None = None
    #: The office its role word names, for a definite title to find its holder: a
    #: grammar class of titles of one office ("President", "the Head of State":
    #: head_of_state), else the role's last word ("Foreign Minister": minister).
    title: str = ""
    #: The countries this actor accused (engine option culpability_code: 112), once
    #: coded: a later denial by one of them answers it ("Kurti accused Belgrade ...
    #: Vucic denied that Serbia was involved": to Kurti).
    charged: tuple[str, ...] = ()

    @property
    def country(self) -> str | None:
        if not self.code or self.code[:3] in NON_COUNTRY:
            return None
        return self.code[:3]


def resolve_actor(book: Compiled, idx: int, day: int | None) -> str | None:
    """The code of actor `idx` on day `day` (a date ordinal, or None)."""
    default, dated, _rule, _name = book.actors[idx]
    if day is not None:
        for code, start, end in dated:
            if start <= day <= end:
                return code
    elif dated and not default:
        return dated[-1][0]
    return default


def compose(country: str | None, agent: tuple | None) -> str | None:
    """Country (or actor) code plus an agent (code, prefix)."""
    if agent is None:
        return country
    code, prefix = agent
    if country is None:
        return "---" + code if not prefix else code
    if prefix:  # "human rights activists (NGM~) Amnesty International (NGM)": NGM once
        return country if country.startswith(code) else code + country
    if country.endswith(code):
        return country
    return country + code


def build_phrases(book: Compiled, sent, day: int | None) -> list[Phrase]:
    """Actor phrases of a sentence, left to right, compounds linked."""
    options = _phrase_options(book)
    labels = sent.labels
    lower = sent.lower
    n = len(lower)
    grammar = sent.grammar_at
    phrases: list[Phrase] = []
    i = 0
    while i < n:
        lab = labels[i]
        if not ((lab is not None and lab[0] in (ACTOR, AGENT)) or "pronoun" in grammar[i]) or (
                lab is not None and lab[0] == AGENT and not _role_use(sent, i)):
            i += 1
            continue
        phrase, i = _one_phrase(book, sent, i, day, options)
        if phrase is not None:
            phrase.head = _head(lower, phrase)
            phrases.append(phrase)
    _merge_appositions(phrases, sent)
    _link_compounds(phrases, sent, book.numbers, options[-1])
    return phrases


def _merge_appositions(phrases: list[Phrase], sent) -> None:
    """Make a named person and the title set off by commas beside the name one phrase:
    "Mohamed Irfaan Ali, President of the Co-operative Republic of Guyana, and
    Nicolas Maduro met" names two actors, not three, and "the Prime Minister of St
    Vincent, Dr Ralph Gonsalves," one. The title is an office of the person's own
    country (an apposition of a list member would not share it); it outranks a
    dictionary that knows the holder only as a former official (`_titled_holder`). The
    apposition must close with a comma or the sentence's end, so "Ali, Guyana's foreign
    minister and Maduro" stays a list."""
    lower = sent.lower
    n = len(lower)
    k = 0
    while k < len(phrases) - 1:
        p, q = phrases[k], phrases[k + 1]
        named, title = (p, q) if p.person else (q, p)
        if (q.start == p.end + 1 and lower[p.end] == "," and named.person
                and not title.person and not title.pronoun and not p.pronoun
                and _office_of(title.code, named.code)
                and (q.end >= n or lower[q.end] in (",", ".", ";"))):
            if named.code[3:] == "ELI":
                named.code = title.code
            p.code, p.person, p.role = named.code, True, named.role
            p.end = q.end
            p.rules = p.rules + q.rules
            del phrases[k + 1]
        k += 1


def _office_of(title: str | None, person: str | None) -> bool:
    """Whether `title` is a role (not the plain country, nor a former official's) of
    the country of the person coded `person`."""
    return (bool(person) and _person_code(title) and title[:3] == person[:3]
            and title[3:] != "ELI")


def mark_described_pronouns(book: Compiled, sent) -> None:
    """Mark "the Iran-backed group", "the two nuclear-armed neighbours", "the war-torn
    country" as the pronouns "the group", "the two neighbours", "the country" are: news
    refers back to an actor with a description that puts a word or two between the
    opening words of such a pronoun (grammar class `pronoun`) and its last one. Only plain
    lower-case words (`_describing`: "nuclear-armed", "27-nation", "Iran-backed") may stand
    there, three tokens at most, not an actor, role or act ("the Lebanese group" is
    Lebanon's; "the militant group" a role), and the description must not title a name
    ("the regional bloc ECOWAS" is ECOWAS). The tokens take the grammar classes of the
    whole pronoun."""
    heads = _pronoun_heads(book)
    labels, lower, grammar = sent.labels, sent.lower, sent.grammar_at
    n = len(lower)
    for j in range(n - 1, -1, -1):  # from the right: "the 27-nation bloc" is no "nation"
        openers = heads.get(lower[j])
        if (openers is None or labels[j] is not None or "pronoun" in grammar[j]
                or j + 1 < n and labels[j + 1] is not None and labels[j + 1][0] == ACTOR):
            continue
        k = j
        while k > 0 and j - k < 3 and _describing(sent, k - 1):
            k -= 1
        for opener, classes in openers if k < j else ():
            s = k - len(opener)
            if s >= 0 and tuple(lower[s:k]) == opener and not any(labels[s:k]):
                grammar[s:j + 1] = [classes] * (j + 1 - s)
                sent.grammar_end[s] = j + 1
                break


def _pronoun_heads(book: Compiled) -> dict[str, list[tuple[tuple[str, ...], tuple]]]:
    """The last words of the codebook's pronouns of several words ("group" of "the
    group"), each with its opening words and the grammar classes of the whole pronoun;
    worked out once per codebook."""
    heads = book.__dict__.get("_pronoun_heads")
    if heads is None:
        heads = {}
        for entry in book.grammar.get("pronoun", ()):
            words = entry.lower().split()
            if len(words) > 1:
                _end, found = _walk(book.trie, words, 0, len(words))
                heads.setdefault(words[-1], []).append((tuple(words[:-1]), found[2]))
        book.__dict__["_pronoun_heads"] = heads
    return heads


def _describing(sent, k: int) -> bool:
    """Whether the word at `k` may describe the actor a pronoun names: no entry of the
    codebook, no grammar word, and a lower-case word, a number, a hyphen or a word joined
    by hyphens ("nuclear-armed", "27-nation", "Iran-backed"); a capitalised word may be
    a name."""
    word = sent.words[k]
    if sent.labels[k] is not None or sent.grammar_at[k]:
        return False
    if "-" in word:
        return word == "-" or word.replace("-", "").isalnum()
    return word.isdigit() or word.isalpha() and word.islower()


def _head(lower: list[str], p: Phrase) -> str:
    """The last word of a phrase before a possessive ending ("the court's": court)."""
    end = p.end - 1
    if lower[end] in ("'s", "'") and end > p.start:
        end -= 1
    return lower[end]


def _phrase_options(book: Compiled) -> tuple:
    """The engine options of `_one_phrase` (see there), then `closed_lists`: read once
    per codebook and kept on the codebook object, not once per sentence or phrase."""
    options = book.__dict__.get("_phrase_options")
    if options is None:
        eng = book.engine
        options = book.__dict__["_phrase_options"] = (
            int(eng.get("agent_gap", 2)), bool(eng.get("nested_agents", False)),
            bool(eng.get("stack_agents", False)), bool(eng.get("joined_modifiers", False)),
            frozenset(w.lower() for w in eng.get("counterpart_agents", ())),
            str(eng.get("owner_role", "")), str(eng.get("counted_people_role", "")),
            book.numbers, bool(eng.get("closed_lists", False)))
    return options


def _one_phrase(book: Compiled, sent, i: int, day: int | None,
                options: tuple[int, bool, bool, bool, frozenset[str], str, str, dict, bool]
                ) -> tuple[Phrase | None, int]:
    """The phrase starting at `i` and the token after it; `options` are the engine's
    agent_gap, nested_agents, stack_agents and joined_modifiers (PETRARCH-1's parse puts
    "awful and evil", JJ CC JJ, inside the noun phrase), counterpart_agents and
    owner_role, counted_people_role, the number words, and closed_lists (read by
    `_link_compounds`, not here)."""
    max_gap, nested, stack, joined, counterparts, owner_role, counted, numbers, _c = options
    labels, lower, grammar = sent.labels, sent.lower, sent.grammar_at
    n = len(lower)
    start = i
    # Extend left over determiners: "the Pakistani police".
    start = _adjectives_before(sent, start)
    while (start > 0 and "determiner" in grammar[start - 1] and labels[start - 1] is None
           and not complementiser(sent, start - 1)):
        start -= 1
    while start > 0 and "honorific" in grammar[start - 1]:
        start -= 1  # "His Excellency President Ali", "Dr Ralph Gonsalves": one phrase
    country: str | None = None
    person: str | None = None
    agent: tuple | None = None
    stacked: list[tuple] = []  # every agent of the phrase, for `stack_agents`
    rules: list[str] = []
    pronoun = False
    linked = affiliated = False
    flag = owned = False
    agent_span = (i, i)  # the last agent's tokens
    j = i
    gap = 0
    while j < n:
        lab = labels[j]
        if lab is not None and lab[0] == ACTOR:
            code = resolve_actor(book, lab[1], day)
            if agent is not None and country is not None and code is None and person is None:
                # "Iran's Foreign Minister Hussein Amirabdollahian": a name with no code on
                # this date after a title is part of the holder's name, not an actor
                rules.append(book.actors[lab[1]][2])
                j = lab[2]
                continue
            if agent is not None and country is not None and not (
                    person is None and _named_member(code, country)):
                # "Iran's envoy Pakistan" is two phrases; "Istanbul's mayor Ekrem
                # Imamoglu" is one, and the person's own code (TUROPP) tells more
                break
            if country is not None and person is None and agent is None and code and code[
                    :3] in NON_COUNTRY and lower[j - 1] in ("'s", "'") and _attributive(
                    sent, lab[2]):
                # "Sweden's NATO membership", "Pakistan's IMF bailout": Sweden's, Pakistan's;
                # "Israel's UN ambassador" is Israel's ambassador (ISRGOV)
                j = lab[2]
                continue
            rules.append(book.actors[lab[1]][2])
            if _person_code(code) or code and code[:3] in ("IGO", "NGO", "IMG", "MNC"):
                if person is None or _named_member(code, person):
                    # "Former US President Donald Trump": the named holder's own code
                    # (USAOPP in 2024) tells more than the title's ("US President")
                    person = code
            elif code and country is None:
                country = code
            j = lab[2]
            gap = 0
        elif lab is not None and lab[0] == AGENT and _role_use(sent, j):
            ag_id, end = lab[1], lab[2]
            if agent is not None and (joined_role := _possessive_compound(
                    book, sent, agent_span, j, end)) is not None:
                ag_id, end = joined_role  # "the Israeli military's spokesman": MIL
            elif agent is None and country is not None and (
                    qualified := _qualified_role(book, sent, start, i, j, end)) is not None:
                ag_id = qualified  # "a former Pakistani president": ELI
            ag = book.agents[ag_id]
            if not _outside_body_head(agent, (ag[0], ag[1])):
                agent = (ag[0], ag[1])
            stacked.append((ag[0], ag[1]))
            rules.append(ag[2])
            if nested:
                stacked.extend(_nested_agents(book, sent, j, end))
            agent_span = (j, end)
            j = end
            gap = 0
        elif ("flag_suffix" in grammar[j] or "owner_suffix" in grammar[j]) and (
                country or person) and agent is None and j > i:
            flag = flag or "flag_suffix" in grammar[j]  # "Greek-flagged tankers"
            owned = owned or "owner_suffix" in grammar[j]
            j += 1
        elif "pronoun" in grammar[j] and j == i:
            if "place_pronoun" in grammar[j] and _named_after(sent, sent.grammar_end[j]):
                return None, sent.grammar_end[j]  # "the town of Goma": Goma is the actor
            pronoun = True
            j = sent.grammar_end[j]
        elif agent is not None and j == agent_span[1] and (
                title_end := _title_continued(sent, agent_span[0], j)) is not None:
            j = title_end  # "Minister of Foreign Affairs and International Cooperation"
        elif "honorific" in grammar[j] and j > i and _name_after_honorific(sent, j):
            j = sent.grammar_end[j]  # "President Dr Mohamed Irfaan Ali", "Hon. Mark Phillips"
        elif (agent is not None and person is None and _given_names_before_actor(sent, j)
              and (country is not None or _person_after_names(book, sent, j, day))):
            # "Iran's Foreign Minister Hussein Amirabdollahian", "President Mohamed Irfaan
            # Ali": a given name
            j += 1
        elif lower[j] in ("'s", "'") and j > i:
            j += 1
        elif (agent is not None and country is None and person is None and not pronoun
              and "affiliation" in grammar[j] and labels[j] is None and j + 1 < n
              and "preposition" in grammar[j + 1] and _actor_after_determiners(sent, j + 2)):
            # "fighters led by Jolani", "forces loyal to Khalifa Haftar": the role is
            # the named leader's (his group's, his country's)
            j += 2
            while labels[j] is None:  # determiners
                j += 1
            linked = affiliated = True
        elif (_linker(sent, j) and agent is not None
              and country is None and person is None
              and (not pronoun or lower[j - 1] in counterparts)
              and (_actor_after_determiners(sent, _linker_end(sent, j), modifiers=2)
                   or _titled_person_at(book, sent, _linker_end(sent, j), day))):
            # "rebels in Sudan"; "a suicide bomber from the Pakistani Taliban": the named
            # group, not the generic role, is the actor; "his counterparts from Iraq" are
            # Iraq's, not his country's; "villages north of Kharkiv" are Ukraine's; "a
            # spokesman for the Israeli military" is the military's; "the government of
            # Captain Ibrahim Traore" is the named holder's (his title is passed over)
            j = _linker_end(sent, j)
            while labels[j] is None or labels[j][0] != ACTOR:  # determiners, modifiers
                j += 1
            linked = True
        elif (agent is None and (country or person or pronoun) and lab is None
              and _shared_head(book, sent, j)):
            j += 2  # "Mexico's foreign and security ministers": one role, two offices
            gap = 0
        elif (gap < max_gap and (country or person or pronoun) and agent is None
              and (lab is None or lab[0] == AGENT) and _modifier_word(sent, j)
              and (_agent_ahead(labels, j + (lab is not None), 3 - gap)
                   or joined and _joined_agent_ahead(sent, j, max_gap - gap)
                   or country and _member_ahead(book, sent, j, 3 - gap, country, day))):
            # "Pakistani paramilitary police", "Thai pro-democracy protesters"; an
            # adjective that is no role here ("Israel's national security minister");
            # "Lebanon's Iran-backed Hezbollah" is Hezbollah (LBNHEZ)
            gap += 1
            j += 1
        elif (joined and gap and agent is None and lower[j] in ("and", "or")
              and _joined_agent_ahead(sent, j + 1, max_gap - gap)):
            j += 1  # "Ithilen's awful and evil minister": one noun phrase
        elif (person is None and not pronoun and (
                country is not None and (agent is None or linked)
                or country is None and agent is not None and not linked)
              and (named := _titled_name(book, sent, j, day)) is not None):
            # "the West African bloc ECOWAS": the title names the organisation, also
            # after a role linked to it ("leaders of the West African bloc ECOWAS") or
            # describing it ("the militant group Hamas")
            j = named
            country = None if linked else country
        else:
            break
    if j == i:
        return None, i + 1
    # "the Kingdom's condemnation", as state agencies write of their own state's act,
    # is "its" ("the country's assets" stays the country)
    possessive = pronoun and agent is None and country is None and person is None and (
        lower[i] in ("its", "their", "his", "her") or "place_pronoun" in grammar[i]
        and lower[j - 1] in ("'s", "'") and _names_act(sent, _after_plain_words(sent, j)))
    if possessive and not _names_act(sent, j):
        return None, j  # "their maritime border": a possessive, not an actor
    phrase = Phrase(start, j, rules=rules, pronoun=pronoun, linked=linked, possessive=possessive,
                    place=pronoun and "place_pronoun" in grammar[i])
    if pronoun:
        phrase.count = 2 if "dual" in grammar[i] else next(
            (int(numbers[w]) for w in lower[i:j] if w in numbers), None)
    if person is not None and affiliated and agent is not None and _leader(book, person):
        phrase.code = compose(person[:3], agent)  # "forces loyal to Putin": RUSMIL
    elif person is not None:
        phrase.code = _titled_holder(person, country, None if country is None and _described(
            sent, i) else agent)
        phrase.person = True
        phrase.role = agent
        if country is not None:
            phrase.pronoun = False  # "his Russian counterpart Sergei Lavrov"
    elif pronoun and country is None:
        phrase.code = compose(None, agent) if agent else None
        phrase.pronoun_agent = agent
    elif flag:
        phrase.code = country  # a ship is coded by its flag country
    elif owned and agent is None and owner_role:
        # "a Greek-owned tanker": the country's property is its companies' (GRCBUS)
        phrase.code = compose(country, (owner_role, False))
    elif counted and agent is None and j - i == 1 and _counted(sent, start, numbers) and (
            j < n and labels[j] is not None and labels[j][0] == VERB):
        # "Thousands of Slovaks rallied": a counted people acting are people (SVKCVL),
        # not their state; those acted on stay the country's ("deported 200 Venezuelans")
        phrase.code = compose(country, (counted, False))
    else:
        phrase.code = compose(country, agent)
        if len(stacked) > 1 and stack:
            phrase.code = _stack(country, stacked)
        phrase.pronoun = False  # "his Omani counterpart": the named country wins
    if phrase.code is None and not pronoun:
        return None, j  # an actor with no code on this date is no actor ("Boromir")
    phrase.after_prep = preposition_before(sent, start) or _town_preposition(
        sent, start, j, phrase.code)
    if agent is not None:
        phrase.title = _office(sent, *agent_span)
    return phrase, j


#: Grammar classes of the titles of one office: "the Head of State" of a story is the
#: person it named "President", "the premier" the one it named "Prime Minister".
OFFICES = ("head_of_state", "head_of_government")


def _office(sent, start: int, end: int) -> str:
    """The office of the role word at tokens `start`..`end` (see `Phrase.title`)."""
    return next((c for c in OFFICES if c in sent.grammar_at[start]
                 and sent.grammar_end[start] == end), sent.lower[end - 1])


def _town_preposition(sent, start: int, end: int, code: str | None) -> str | None:
    """The locative preposition before a town, when the country at `start`..`end`
    names where that town lies: "met in Argyle, St Vincent and the Grenadines," is a
    meeting in St Vincent, as "met in St Vincent" is, not one with it. The town is a
    name of the dictionaries ("in Sochi, Russia") or one to three capitalised words after
    "in", "at" or "near", and the country closes the phrase (a comma or the sentence's
    end after it, no verb)."""
    lower, words = sent.lower, sent.words
    if (not code or len(code) != 3 or code in NON_COUNTRY or start < 3
            or lower[start - 1] != "," or end < len(lower) and lower[end] not in (",", ".")):
        return None
    k = start - 2
    while k > 0 and sent.inside[k] and sent.labels[k] is None:
        k -= 1  # the first word of a known town's name ("in Sochi, Russia")
    if sent.labels[k] is not None and sent.labels[k][0] == ACTOR and sent.labels[k][2] == start - 1:
        k -= 1
    while (k > 0 and start - 2 - k < 3 and sent.labels[k] is None and not sent.grammar_at[k]
           and words[k][:1].isupper() and words[k].isalpha()):
        k -= 1
    return lower[k] if k < start - 2 and lower[k] in ("in", "at", "near") else None


def _described(sent, i: int) -> bool:
    """Whether a plain word stands right before the title at `i`, saying what became of
    its holder ("deposed President Mohamed Bazoum", "jailed President Pedro Castillo"):
    the title may be one the holder no longer has."""
    k = i - 1
    return k >= 0 and sent.labels[k] is None and not sent.grammar_at[k] and sent.words[
        k].isalpha()


def _titled_holder(person: str, country: str | None, agent: tuple | None) -> str:
    """The code of a named person after a title: the person's own on the date
    ("Former US President Donald Trump" is USAOPP in 2024), except that a title of
    an office in the person's country outranks a dictionary that knows the person only
    as a former official (ELI): "Guyanese President Irfaan Ali" holds the office the
    title names, whatever the person held when the dictionary was written; so does a
    title that names no country ("Prime Minister Ralph Gonsalves"): it is an office of
    the holder's own."""
    if (person[3:] == "ELI" and agent is not None and not agent[1] and agent[0] != "ELI"
            and country in (person[:3], None)):
        return compose(person[:3], agent)
    return person


def _outside_body_head(agent: tuple | None, new: tuple) -> bool:
    """Whether the role `new`, read after the phrase's role `agent`, is only the head of
    a body outside the government that `agent` names: "the separatist leadership" is
    the separatists' (SEP), not a government's; "the main opposition Democratic Party"
    the opposition (OPP), not any party (PTY). The generic heads (HEAD_ROLES) keep
    their own role after a state's roles ("military leadership") and alone."""
    return (agent is not None and not agent[1] and not new[1]
            and agent[0] in OUTSIDE_ROLES and new[0] in HEAD_ROLES)


def _titled_person_at(book: Compiled, sent, k: int, day: int | None) -> bool:
    """Whether, at `k` after a linker, a title written with a capital stands before a
    named person ("the government of Captain Ibrahim Traore", "the administration of
    President Joe Biden"): the role linked to it is the person's, as when the name
    stands alone after "of"."""
    labels, n = sent.labels, len(sent.lower)
    while k < n and labels[k] is None and "determiner" in sent.grammar_at[k]:
        k += 1
    if k >= n or labels[k] is None or labels[k][0] != AGENT or not sent.words[k][:1].isupper():
        return False
    end = labels[k][2]
    lab = labels[end] if end < n else None
    if lab is None or lab[0] != ACTOR:
        return False
    return _person_code(resolve_actor(book, lab[1], day))


def _counted(sent, start: int, numbers: dict) -> bool:
    """Whether the phrase at `start` is counted: a number right before it ("26
    Israelis") or "of" after one ("thousands of Slovaks", "1.5 million Afghans")."""
    k = start - 1
    if k > 0 and sent.lower[k] == "of":
        k -= 1
    return k >= 0 and (sent.lower[k] in numbers or sent.lower[k][:1].isdigit())


def _linker(sent, j: int) -> bool:
    """Whether token `j` links a role to the actor whose role it is: in, of, from
    ("rebels in Sudan"), a compass phrase ("villages north of Kharkiv"), or "for"
    after a role that speaks for another (grammar class `speaks_for`: "a spokesman
    for Iran's foreign ministry")."""
    return (sent.lower[j] in LINKERS or "compass" in sent.grammar_at[j]
            or sent.lower[j] == "for" and j > 0 and "speaks_for" in sent.grammar_at[j - 1])


def _linker_end(sent, j: int) -> int:
    """The token after the linker at `j`: a preposition ("in") or a compass phrase
    ("north of")."""
    return sent.grammar_end[j] if "compass" in sent.grammar_at[j] else j + 1


def _modifier_word(sent, j: int) -> bool:
    """Whether token `j` may stand between an actor and its role as a modifier: a plain
    word ("paramilitary"), a hyphenated one ("pro-democracy", "eastern-based") or an
    adjective the grammar lists as a determiner ("Thailand's new government",
    "Pakistan's senior officials") or as phrase_final ("Israel's national security
    minister"), or a model designation ("Chinese J-15 fighter jets", "US F-16 jets"),
    but no article, pronoun or other grammar word."""
    word, classes = sent.lower[j], sent.grammar_at[j]
    if _model_designation(word):
        return not classes
    if not word.replace("-", "").isalpha() or word.startswith("-") or word.endswith("-"):
        return False
    return not classes or set(classes) <= {"determiner", "phrase_final"}


def _model_designation(word: str) -> bool:
    """Whether `word` names a model of aircraft, missile or tank ("j-15", "su-35",
    "s-400"): letters, a hyphen, then digits (a year span such as "2024-25" is none)."""
    head, sep, tail = word.partition("-")
    return bool(sep) and head.isalpha() and tail[:1].isdigit() and tail.isalnum()


def _role_use(sent, j: int) -> bool:
    """Whether the agent word at `j` names a role here. A word of the grammar class
    `phrase_final` ("general", "national") is mostly an adjective ("a general
    strike", "national elections"): it is a role only as the head of a phrase that
    an article, a possessive or an actor opens ("a Chinese general", "the general",
    "French national Benjamin Briere"), with nothing after it that it could modify
    (the phrase ends: a name, a verb, a grammar word or punctuation follows). Written
    with a capital before another capitalised word it is part of a name ("a National
    Cyber Force")."""
    lab = sent.labels[j]
    if lab[2] != j + 1 or "phrase_final" not in sent.grammar_at[j]:
        return True
    prev = j - 1
    if prev < 0 or not (sent.lower[prev] in ("'s", "'") or "article" in sent.grammar_at[prev]
                        or "determiner" in sent.grammar_at[prev]
                        or _actor_ends_at(sent, j)):
        return False
    k = j + 1
    if k >= len(sent.lower):
        return True
    word, nxt = sent.words[k], sent.labels[k]
    if not word[:1].isalpha():
        return True  # "a Chinese national, 35,"
    if word[:1].isupper():  # "French national Benjamin Briere", not "a National Cyber Force"
        return sent.words[j][:1].islower()
    if nxt is not None:
        verb, noun = word_kinds(nxt[3])
        return verb is not None and noun is None  # "the general warned", not "general strike"
    grammar = sent.grammar_at[k]
    return bool(grammar) and "conjunction" not in grammar  # "a general was killed"


def _possessive_compound(book: Compiled, sent, span: tuple[int, int], j: int,
                         end: int) -> tuple[int, int] | None:
    """The agent that a role, a possessive and a role at `j` (ending at `end`) make
    when written as one name: "the military's spokesman" is the listed "military
    spokesman" (MIL), not the spokesman's own GOV; "the army's chief of staff" the
    "army chief of staff". Returns (agent id, end of the role at `j`), or None when
    the codebook lists no such compound."""
    lower = sent.lower
    if span[1] + 1 != j or lower[span[1]] not in ("'s", "'"):
        return None
    listed = _listed_agent(book, lower[span[0]:span[1]] + lower[j:end])
    return None if listed is None else (listed, end)


def _qualified_role(book: Compiled, sent, start: int, i: int, j: int,
                    end: int) -> int | None:
    """The agent that a determiner before the country and the role at `j` (ending at
    `end`) make as a listed entry: "a former Pakistani president" is a "former
    president" (ELI), not a president (GOV); the country only splits the entry.
    `start`..`i` are the determiners before the phrase's first actor."""
    lower = sent.lower
    for d in range(i - 1, start - 1, -1):
        if "determiner" not in sent.grammar_at[d]:
            continue
        listed = _listed_agent(book, [lower[d], *lower[j:end]])
        if listed is not None:
            return listed
    return None


def _shared_head(book: Compiled, sent, j: int) -> bool:
    """Whether the plain word at `j`, "and" or "or", and a role after them (maybe after
    a plain word: "security ministers") share the role's last word as one listed role
    each: "foreign and defence ministers" are the foreign ministers and the defence
    ministers, one phrase of the country before them (GOV), not the country alone and
    a role of its own."""
    lower = sent.lower
    if j + 2 >= len(lower) or lower[j + 1] not in ("and", "or") or not _modifier_word(sent, j):
        return False
    k = j + 2
    if sent.labels[k] is None and k + 1 < len(lower) and _modifier_word(sent, k):
        k += 1
    lab = sent.labels[k]
    return (lab is not None and lab[0] == AGENT
            and _listed_agent(book, [lower[j], lower[lab[2] - 1]]) is not None)


def _listed_agent(book: Compiled, words: list[str]) -> int | None:
    """The id of the agent entry whose name is exactly `words`, if the codebook has one."""
    stop, found = _walk(book.trie, words, 0, len(words))
    return found[1] if stop == len(words) and found and found[0] == AGENT else None


def _actor_ends_at(sent, j: int) -> bool:
    """Whether an actor name ends right before token `j` ("South Korean general")."""
    k = j - 1
    while k > 0 and sent.labels[k] is None and sent.inside[k]:
        k -= 1
    lab = sent.labels[k]
    return lab is not None and lab[0] == ACTOR and lab[2] == j


def _titled_name(book: Compiled, sent, j: int, day: int | None) -> int | None:
    """Where a named actor starts after a title at `j`: at most two modifiers, a
    title noun (grammar class `title_noun`: bloc, grouping, firm ...) and the name
    ("the West African bloc ECOWAS", "the Chinese tech giant Huawei"). A place or
    people before a title only describes the organisation named after it; None if
    no such name follows."""
    labels, n = sent.labels, len(sent.lower)
    k = j
    while k < n and k - j < 2 and labels[k] is None and "title_noun" not in sent.grammar_at[
            k] and _modifier_word(sent, k):
        k += 1
    if k + 1 >= n or labels[k] is not None or "title_noun" not in sent.grammar_at[k]:
        return None
    lab = labels[k + 1]
    if lab is None or lab[0] != ACTOR:
        return None
    code = resolve_actor(book, lab[1], day)
    return k + 1 if code and (len(code) > 3 or code[:3] in NON_COUNTRY) else None


def _leader(book: Compiled, code: str) -> bool:
    """Whether a named actor's code is a country's role (a leader, RUSGOV; a commander,
    LBYMIL), not a group of its own (AFGTAL): the role led by or loyal to him keeps
    its own word's role in his country."""
    return len(code) == 6 and code[:3] not in NON_COUNTRY and any(
        a[0] == code[3:] for a in book.agents)


def _given_names_before_actor(sent, j: int, limit: int = 2) -> bool:
    """Whether token `j` starts at most `limit` capitalised words that no entry knows,
    followed by an actor name: after a title they are the holder's given names, which
    the dictionaries list with the surname only in some spellings."""
    labels, words, grammar = sent.labels, sent.words, sent.grammar_at
    k = j
    while (k < len(words) and k - j < limit and labels[k] is None and not grammar[k]
           and words[k][:1].isupper() and words[k].isalpha()):
        k += 1
    return k > j and k < len(words) and labels[k] is not None and labels[k][0] == ACTOR


def _title_continued(sent, start: int, j: int) -> int | None:
    """Where an official title written in capitals goes on past its listed words at
    `start`..`j`: "and" and one to three capitalised words of no role, a name among
    them only before another of them ("Minister of Foreign Affairs and International
    Cooperation", "Ministry of Foreign Affairs and East African Cooperation", "... and
    Trade"), then the title's country, its holder's name or the clause ("of", a comma,
    a name, a verb); "The Foreign Minister and Iran" are two actors. The office is the
    listed one."""
    words, labels, lower = sent.words, sent.labels, sent.lower
    n = len(words)
    if not words[start][:1].isupper() or j + 1 >= n or lower[j] not in ("and", "&"):
        return None
    k = j + 1
    while (k < n and k - j <= 3 and words[k][:1].isupper() and words[k].isalpha()
           and (labels[k] is None or labels[k][0] != AGENT)):
        if labels[k] is not None and labels[k][0] == ACTOR:
            # a name inside the title ("East African Cooperation"), or its holder's
            e = labels[k][2]
            if not (e < n and words[e][:1].isupper() and words[e].isalpha()
                    and labels[e] is None):
                break
            k = e
        k += 1
    if k == j + 1 or k - j > 4 or k >= n:
        return None
    lab = labels[k]
    return k if lower[k] in ("of", ",") or lab is not None and lab[0] in (ACTOR, VERB) else None


def _name_after_honorific(sent, j: int) -> bool:
    """Whether the honorific at `j` ("Dr", "Hon.", "His Excellency") stands before a
    name: another honorific, an actor, or given names and an actor after it."""
    k = sent.grammar_end[j]
    if k >= len(sent.lower):
        return False
    lab = sent.labels[k]
    return ("honorific" in sent.grammar_at[k] or lab is not None and lab[0] == ACTOR
            or _given_names_before_actor(sent, k))


def _person_after_names(book: Compiled, sent, j: int, day: int | None) -> bool:
    """Whether the given names at `j` lead to a named person or group (a code longer
    than a country's): after a title with no country ("President Mohamed Irfaan Ali")
    they are the holder's given names only before the holder's own name, not before a
    country or place."""
    k = j
    while sent.labels[k] is None:
        k += 1
    return _person_code(resolve_actor(book, sent.labels[k][1], day))


def _person_code(code: str | None) -> bool:
    """Whether `code` names a person or group of a country: longer than a country's
    code, and of a country (not NON_COUNTRY)."""
    return bool(code) and len(code) > 3 and code[:3] not in NON_COUNTRY


def _named_member(code: str | None, country: str) -> bool:
    """Whether `code` is a named person or group of `country` (a code longer than
    the country's own): the name after a title ("Former Pakistani prime minister
    Imran Khan") is the title's holder."""
    return bool(code) and len(code) > 3 and code[:3] == country[:3]


def _actor_after_determiners(sent, k: int, modifiers: int = 0) -> bool:
    """Whether an actor name starts at `k`, after any determiners ("the Pakistani
    Taliban") and at most `modifiers` plain modifiers ("dissidents from military-ruled
    Myanmar", "rebels in eastern Congo"): a role linked to it by in/of/from belongs to
    that actor."""
    while k < len(sent.lower) and sent.labels[k] is None and "determiner" in sent.grammar_at[k]:
        k += 1
    while (modifiers and k < len(sent.lower) and (sent.labels[k] is None or _role_word(sent, k))
           and _modifier_word(sent, k) and not sent.grammar_at[k]
           and (sent.words[k].islower() or "-" in sent.words[k])):
        k += 1
        modifiers -= 1
    if k + 1 < len(sent.lower) and sent.labels[k] is None and "title_noun" in sent.grammar_at[k]:
        k += 1  # "rebels from the armed group M23": the title names the actor after it
    return k < len(sent.lower) and sent.labels[k] is not None and sent.labels[k][0] == ACTOR


def _role_word(sent, k: int) -> bool:
    """Whether token `k` is a role word of one token ("separatist", "militant") that
    may describe a named actor after it ("the separatist Baloch Liberation Army")."""
    lab = sent.labels[k]
    return lab is not None and lab[0] == AGENT and lab[2] == k + 1


def _named_after(sent, k: int) -> bool:
    """Whether "of" and an actor name follow at `k`: "the town of Goma", "the city of
    Aleppo" name their place, and the place pronoun refers to nothing before."""
    return k < len(sent.lower) and sent.lower[k] == "of" and _actor_after_determiners(
        sent, k + 1)


def _attributive(sent, k: int) -> bool:
    """Whether the word at `k`, after a body's name, makes the name a modifier of a
    noun: a plain lower-case word ("NATO membership", "EU accession talks", "IMF
    bailout") or a role ("UN ambassador"), not a verb or grammar word ("NATO said")."""
    if k >= len(sent.lower):
        return False
    lab = sent.labels[k]
    return (sent.words[k].isalpha() and sent.words[k].islower() and not sent.grammar_at[k]
            and (lab is None or lab[0] == AGENT or word_kinds(lab[3])[1] is not None))


def _after_plain_words(sent, j: int, limit: int = 2) -> int:
    """The token after at most `limit` plain lower-case words from `j` ("strong" in
    "the Kingdom's strong condemnation"): no entry, no grammar word."""
    k = j
    while (k < len(sent.lower) and k - j < limit and sent.labels[k] is None
           and not sent.grammar_at[k] and sent.words[k].isalpha() and sent.words[k].islower()):
        k += 1
    return k


def _names_act(sent, j: int) -> bool:
    """Whether token `j` is a noun of an act: "her visit to Taiwan" has an agent."""
    lab = sent.labels[j] if j < len(sent.labels) else None
    return lab is not None and lab[0] in (VERB, NOUN) and word_kinds(lab[3])[1] is not None


def _adjectives_before(sent, start: int, limit: int = 3) -> int:
    """Start of a phrase extended over plain adjectives after a determiner or a list
    word: "the evil awful Gondor", "and good Gondor" (so that lists still link), or a
    number joined to a word ("by a 71-year-old Slovak man", tokens "71", "-",
    "year-old"), so that the preposition before it governs the phrase."""
    labels, grammar, lower, words = sent.labels, sent.grammar_at, sent.lower, sent.words
    k = start
    taken = 0
    participle = False  # a verb's participle among them: only after a determiner
    while k > 0 and taken < limit:
        if (labels[k - 1] is None and not grammar[k - 1] and lower[k - 1].isalpha()
                and words[k - 1].islower() and not sent.inside[k - 1]):
            k -= 1
        elif _hyphened_number(sent, k - 1):
            k -= 3
        elif _participle(sent, k - 1):
            k -= 1
            participle = True
        else:
            break
        taken += 1
    if k == start or k == 0:
        return start
    before = lower[k - 1]
    if "determiner" in grammar[k - 1] and not complementiser(sent, k - 1):
        return k
    return k if before in ("and", "or", ",") and not participle else start


def _participle(sent, j: int) -> bool:
    """Whether token `j` is a verb's past participle of one word used as an adjective
    ("in the occupied Kherson region", "the disputed Kashmir region"): with a
    determiner before it (see `_adjectives_before`) it opens the phrase, so that the
    preposition before governs the place ("and occupied Crimea" stays a verb)."""
    lab = sent.labels[j]
    return (lab is not None and lab[0] == VERB and lab[2] == j + 1 and sent.words[j].islower()
            and sent.lower[j].endswith("ed") and sent.lower[j].isalpha())


def _hyphened_number(sent, j: int) -> bool:
    """Whether token `j` ends a number joined to a word ("71", "-", "year-old";
    "30", "-", "member"): one adjective of the noun after it."""
    lower = sent.lower
    return (j >= 2 and lower[j - 1] == "-" and lower[j - 2][:1].isdigit()
            and lower[j].replace("-", "").isalpha() and sent.words[j].islower()
            and not sent.inside[j])


def modifiers_start(sent, start: int) -> int:
    """Start of at most two plain modifiers before a phrase ("Iran-backed", "northern").

    A modifier is a word outside every dictionary span, lower case or hyphenated,
    and no grammar word.
    """
    words, grammar = sent.words, sent.grammar_at
    k = start
    while k > 0 and start - k < 2:
        w = words[k - 1]
        if sent.inside[k - 1] or grammar[k - 1] or not (w.islower() or "-" in w) or not any(
                c.isalpha() for c in w):
            break
        k -= 1
    return k


def preposition_before(sent, start: int) -> str | None:
    """The preposition governing a phrase: "by Iran-backed Iraqi militias", "in northern Syria"."""
    prev = modifiers_start(sent, start) - 1
    if prev >= 0 and "preposition" in sent.grammar_at[prev]:
        return sent.lower[prev]
    return None


def _stack(country: str | None, agents: list[tuple]) -> str | None:
    """Every agent of a phrase composed in turn, as TABARI and PETRARCH-1 do:
    "MSF (NGO~) Arnor diplomat (~GOV)" -> NGOARNGOV."""
    code = country
    for agent in agents:
        code = compose(code, agent)
    return code


def _nested_agents(book: Compiled, sent, start: int, end: int) -> list[tuple]:
    """Agents named inside a longer agent, as PETRARCH-1 stacks them (engine
    `nested_agents`): "main opposition group" (~MOP) also holds "opposition group"
    (~OPP), so "the Gondor main opposition group" codes GONMOPOPP. One whose code the
    longer agent already holds adds nothing ("foreign minister": GOVFRM, not GOV)."""
    outer = book.agents[sent.labels[start][1]][0]
    found = []
    for k in range(start + 1, end):
        stop, entries = (_walk_stems(book.trie, sent.lower, sent.stems, k, end) if sent.stems
                         else _walk(book.trie, sent.lower, k, end))
        agent = next((v for kind, v in entries[4] if kind == AGENT), None) if stop else None
        if agent is not None and book.agents[agent][0] not in outer:
            found.append(tuple(book.agents[agent][:2]))
    return found


def _agent_ahead(labels, j: int, limit: int) -> bool:
    for k in range(j, min(len(labels), j + limit)):
        lab = labels[k]
        if lab is not None:
            return lab[0] == AGENT
    return False


def _member_ahead(book: Compiled, sent, j: int, limit: int, country: str,
                  day: int | None) -> bool:
    """Whether plain modifiers from `j` lead to a named actor of `country` after its
    possessive: "Lebanon's Iran-backed Hezbollah", "Iran's elite Revolutionary Guards",
    "Sudan's army-led Sovereignty Council" name the group or body (LBNHEZ, IRNMIL,
    SDNGOV), whose country the possessive only repeats."""
    if sent.lower[j - 1] not in ("'s", "'"):
        return False
    for k in range(j, min(len(sent.labels), j + limit)):
        lab = sent.labels[k]
        if lab is not None:
            return lab[0] == ACTOR and _named_member(resolve_actor(book, lab[1], day), country)
    return False


def _joined_agent_ahead(sent, j: int, room: int) -> bool:
    """Whether at most `room` plain words from `j`, two of them maybe joined by and/or
    ("awful and evil"), lead to an agent."""
    labels, lower, grammar = sent.labels, sent.lower, sent.grammar_at
    words = 0
    after_word = False  # a joiner may stand only between two plain words
    for k in range(j, len(lower)):
        if labels[k] is not None:
            return labels[k][0] == AGENT and after_word
        if lower[k] in ("and", "or") and after_word:
            after_word = False
            continue
        if not lower[k].isalpha() or grammar[k] or words == room:
            return False
        words += 1
        after_word = True
    return False


def _link_compounds(phrases: list[Phrase], sent, numbers: dict[str, float],
                    closed_lists: bool = False) -> None:
    """Join `A, B and C` into one group shared by its members; a quantity before a
    member ("Morsi and more than 100 Brotherhood members") is no word between them.

    `numbers` are the codebook's number words. `closed_lists` (engine option,
    PETRARCH-1, whose parse makes ", and" after a finished list coordinate two
    phrases) ends a list joined by a conjunction at ", and"; TABARI, with no parse,
    goes on.
    """
    lower = sent.lower
    k = 0
    while k < len(phrases) - 1:
        group = [phrases[k]]
        m = k
        joined = False  # by a conjunction: commas alone make an apposition ("Tehran, Iran")
        while m + 1 < len(phrases):
            a, b = phrases[m], phrases[m + 1]
            if a.end >= len(lower) or lower[a.end] not in JOINER_FIRSTS:
                break  # what follows `a` begins no joiner (most phrases)
            stop = modifiers_start(sent, b.start)
            # Only a quantity starting within the longest joiner (", and", "as well as")
            # can leave a joiner between: later starts need not be tried.
            stop = next((q for q in range(a.end + 1, min(stop, a.end + LONGEST_JOINER + 1))
                         if _quantity(sent, q, stop, numbers)), stop)
            between = lower[a.end:stop]
            if between == [","] and not joined:
                group.append(b)
            elif between in JOINERS or between == [",", "and"] and not (
                    joined and closed_lists):
                # "A, B, and C" is one list; with `closed_lists`, in "A and B, and C
                # and D" the comma closes the first list: two compounds.
                group.append(b)
                joined = True
            else:
                break
            m += 1
        if not joined and not (m == k + 1 and _headline_pair(sent, group)):
            group = group[:1]
            m = k
        if len(group) > 1 and all(p.code for p in group if not p.pronoun):
            for p in group:
                p.group = group
                p.after_prep = p.after_prep or group[0].after_prep  # "in A and northern B"
        k = m + 1


def _headline_pair(sent, pair: list[Phrase]) -> bool:
    """Whether two countries opening the sentence and parted by a comma alone are its
    compound subject, as headlines and headline-like leads write "and": "Pakistan,
    China vow to deepen cooperation", "Nigeria, Niger sign pact". A verb (or "to", a
    modal) must follow the second; "Kabul, Afghanistan" (one country) is a place."""
    a, b = pair
    n = len(sent.lower)
    if a.start != 0 or b.end >= n or not (a.code and b.code) or a.code == b.code:
        return False
    if any(len(c) != 3 or c in NON_COUNTRY for c in (a.code, b.code)):
        return False
    lab = sent.labels[b.end]
    return lab is not None and lab[0] == VERB or any(
        c in sent.grammar_at[b.end] for c in ("infinitive", "future", "modal"))


def _quantity(sent, k: int, end: int, numbers: dict[str, float]) -> bool:
    """Whether tokens `k`..`end` are a quantity before a noun: numbers, words of the
    grammar class `approximator` and "of" after a number ("more than 100", "dozens
    of", "at least 20")."""
    seen = False
    for w, classes in zip(sent.lower[k:end], sent.grammar_at[k:end], strict=True):
        if w in numbers or w.replace(",", "").replace(".", "").isdigit():
            seen = True
        elif not ("approximator" in classes or w == "of" and seen):
            return False
    return seen


def resolve_pronouns(phrases: list[Phrase], context: list[Phrase], sent,
                     anaphora: bool, roles: frozenset[str] = frozenset(),
                     outlets: frozenset[str] = frozenset(), story: list[Phrase] | None = None
                     ) -> None:
    """Point pronouns (and agents with no country) at their antecedents.

    A pronoun refers to the nearest earlier actor of the sentence (an object pronoun,
    "fired at them", not to the subject of its own verb), else to an actor of the
    previous sentence: its first one, and a second, different pronoun ("He urged the
    group") to the next one. A role with no country ("police", "protesters") belongs,
    in news, to the country the sentence is about: the nearest earlier actor with a
    country, else a place named with it ("protesters in Nairobi"), else the previous
    sentence's first actor with a country, unless the story names another country of
    that sentence more often (`_story_country`). A definite role ("the court", "the
    Head of State", "the militants") is first the organisation, title holder or armed
    group named before (`_named_body`, `_title_holder`, `_group_named_before`), and a
    state's force ("the army") with no actor of a country before it in its sentence is
    the same force of an earlier sentence (`_same_force_before`) sooner than a place
    named after it. A role of a pronoun naming a group ("The Taliban said their
    fighters") keeps the group's code. A named news outlet
    (`outlets` holds the codebook's roles of such actors) lends no country: "according
    to AFP, rebels attacked ..." reports on rebels anywhere, not in France. What the
    previous sentence does not resolve is looked for among the `story`'s actors, those
    of the sentences before it (`coding.story.Story`): "the junta" or "she" after a
    sentence that named no one of the kind refers to the story's last one.
    """
    _share_compound_agents(phrases, sent.labels)
    from_context: dict[str, Phrase] = {}  # pronoun word -> its antecedent in the context
    remembered = [*context, *(story or ())]  # the actors of the earlier sentences, newest first
    for idx, p in enumerate(phrases):
        definite = anaphora and not p.pronoun and p.code and p.code.startswith("---")
        if not p.pronoun and not definite:
            continue
        earlier = next((q.group for q in reversed(phrases[:idx]) if q.group), None)
        if definite and earlier and _pair_from_context(p, earlier, sent):
            continue  # "A and B troops clashed, and the two governments ..."
        if definite and (named := _named_body(p, phrases[:idx], remembered, sent)
                         or _title_holder(p, phrases[:idx], remembered, sent)
                         or _group_named_before(phrases, idx, sent, roles, remembered)):
            # "the court": the ICC named before; "the Head of State": President X;
            # "Hamas ... the militants": Hamas
            p.antecedent, p.code = named, named.code
            p.rules = [*named.rules, *p.rules]
            continue
        armed = definite and _armament(p, sent)
        if armed and (owner := _launcher(phrases, idx, sent)):
            # "Drones launched by the RSF": the RSF's (SDNREB); "from Yemen": YEMMIL
            by_actor = sent.lower[p.end + 1] == "by" and len(owner.code) > 3
            p.antecedent = owner
            p.code = owner.code if by_actor else owner.country + p.code[3:]
            p.rules = [*owner.rules, *p.rules]
            continue
        if p.pronoun and "first_person" in sent.grammar_at[p.start]:
            ante = _speaker(phrases, sent)  # "'We will respond,' the minister said"
            if ante is None:
                continue  # no speaker named: no one known ("World War I")
        elif p.pronoun and _named_town(sent, p) and (
                place := _place_named_after(phrases, idx, sent)):
            ante = place  # "the town of Vovchansk in Ukraine's Kharkiv region"
        elif p.pronoun and p.count:
            # "The group vowed to retaliate against both countries": two actors (or
            # "the three countries" three), a compound named before it in the sentence or
            # those of earlier sentences
            ante = next((q for q in reversed(phrases[:idx]) if q.group and not q.pronoun), None)
        else:
            ante = _antecedent_in_sentence(phrases, idx, sent, outlets)
        if ante is not None and definite and p.code[3:6] not in OWN_FORCES and _speaks_before(
                ante, p, sent):
            ante = _place_in_report(phrases, idx, sent) or ante
        if ante is None and definite and p.code[3:6] in OWN_FORCES:
            ante = _same_force_before(p, remembered, sent, outlets)
        ahead = definite and not armed  # a drone's target is not its owner
        if ante is None and ahead:
            ante = _place_after(phrases, idx, sent)
        if ante is None and ahead:
            ante = _place_named_after(phrases, idx, sent)
        if ante is None and ahead and p.code[3:6] not in STATE_ROLES:
            ante = _state_person_after(phrases, idx, roles)
        if ante is None and definite and _pair_from_context(p, remembered, sent):
            continue  # the first two countries named before, the previous sentence first
        if ante is None:
            ante = _antecedent_in_context(p, _not_subject(p, context, phrases[:idx], sent),
                                          from_context, sent, outlets, roles, remembered)
        if ante is None and story:
            ante = _antecedent_in_context(p, _not_subject(p, story, phrases[:idx], sent),
                                          from_context, sent, outlets, roles, remembered)
        if ante is None:
            continue
        p.antecedent = ante
        g = sent.grammar_at[p.start]
        plural = "plural_pronoun" in g and "object_pronoun" not in g
        if p.place and agent_of(p) is None and not plural:
            p.code = ante.country  # "RSF drones struck ... in the north of the country"
            p.pronoun = False
        elif p.pronoun:
            agent = agent_of(p)
            if agent and ante.country and not _named_group(ante, roles):
                p.code = compose(ante.country, agent)
            else:  # "The Taliban said their fighters ...": members of the group
                p.code = ante.code
            p.rules = [*ante.rules, *p.rules]
            here = any(ante is q for q in phrases)
            parties = _parties(ante, here, p.count, remembered) if plural else None
            if agent is not None and parties:
                # "Pashinyan and Aliyev met. Their foreign ministers initialled the text",
                # "the two countries' leaders": the role of each party
                p.group = _located(parties, p)
                for m in p.group:
                    m.code = _member_role(m.antecedent, agent, roles)
                p.code = p.group[0].code
            elif p.group and ante in p.group and p.code and p.code[3:] == "CVL":
                # "asylum to Bashar al-Assad and his family": his private people go
                # with him (a compound member of their own only as a distinct role)
                _leave_group(p)
            elif agent is None and parties:
                if parties is ante.group and here and not p.place:
                    p.group = ante.group  # "Obama and Putin said they will ..."
                    continue
                # a compound of the previous sentence, or the two parties of its joint act
                # ("Japan's prime minister held talks with President Yoon. They agreed to
                # ..."), stands here at the pronoun's place; "the two countries" are
                # their countries ("Indian and Pakistani troops")
                p.group = _located(parties, p)
                if p.place:
                    for m in p.group:
                        m.code = m.antecedent.country or m.code
                if p.place or parties is not ante.group and ante.partner is None:
                    p.code = p.group[0].code
        elif ante.country:
            p.code = ante.country + p.code[3:]


def _parties(ante: Phrase, here: bool, count: int | None, remembered: list[Phrase]
             ) -> list[Phrase] | None:
    """The actors a plural pronoun whose antecedent is `ante` stands for: the compound
    `ante` belongs to; for an antecedent of an earlier sentence (not `here`), the two
    parties of the joint act it was the source of (`Phrase.partner`). A pronoun that
    counts them (`count`) takes the first compound of that many members of the
    `remembered` actors ("Britain, Canada and Australia recognised ... thanked the three
    countries"), and "the two sides" the first two countries named (new phrases of no
    antecedent: "Pakistan said its air force had shot down Indian jets. The two sides
    exchanged fire"); None for one actor."""
    if ante.group and (count in (None, 2) or len(ante.group) == count):
        return ante.group
    if here:
        return None
    if ante.partner is not None and count in (None, 2):
        return [ante, ante.partner]
    if count and count > 2:
        return next((q.group for q in remembered if q.group and len(q.group) == count), None)
    if count and len(pair := _two_countries(remembered)) == 2:
        return [Phrase(q.start, q.end, code=q.country, rules=q.rules) for q in pair]
    return None


def _member_role(m: Phrase, agent: tuple, roles: frozenset[str]) -> str | None:
    """The code of the role `agent` of compound member `m` ("their negotiators" of
    "Israel and Hamas": ISRGOV; a named group keeps its own code, PSEHMS)."""
    if m.country and not _named_group(m, roles):
        return compose(m.country, agent)
    return m.code


def _armament(p: Phrase, sent) -> bool:
    """Whether `p` is a state's aircraft, ships or armour with no owner named ("a drone",
    "warplanes": grammar class `armament`): a place named after it is where it struck
    ("A drone struck a refinery in Belgorod"), so it does not take that place's country
    as people acting there do ("gunmen attacked a church in Nigeria")."""
    return "armament" in sent.grammar_at[p.end - 1] and p.code[3:6] == "MIL"


def _launcher(phrases: list[Phrase], idx: int, sent) -> Phrase | None:
    """The actor right after the armament at `idx`, a word of the grammar class
    `launched` and "by" or "from" ("Drones launched by the RSF", "a drone flown from
    Yemen"): who sent it, or the country it came from."""
    p, lower = phrases[idx], sent.lower
    k = p.end
    if idx + 1 >= len(phrases) or k + 2 >= len(lower) or "launched" not in sent.grammar_at[k]:
        return None
    q = phrases[idx + 1]
    if lower[k + 1] not in ("by", "from") or modifiers_start(sent, q.start) != k + 2:
        return None
    return q if q.code and not q.pronoun and (lower[k + 1] == "by" or q.country) else None


def _located(group: list[Phrase], p: Phrase) -> list[Phrase]:
    """The members of a compound of the previous sentence as phrases at the place of the
    pronoun `p` that refers to them: their events quote and point to "they" in this
    sentence, not to tokens of another sentence."""
    members = [Phrase(p.start, p.end, code=m.code, rules=list(m.rules), antecedent=m,
                      after_prep=p.after_prep) for m in group]
    for m in members:
        m.group = members
    return members


def _leave_group(p: Phrase) -> None:
    """Take `p` out of its compound: the other members keep the rest of it."""
    rest = [m for m in p.group if m is not p]
    for m in rest:
        m.group = rest if len(rest) > 1 else None
    p.group = None


def _named_group(p: Phrase, roles: frozenset[str]) -> bool:
    """A named actor coded as a group of its own (AFGTAL, LBNHEZ), not a country's
    role (RUSGOV for Putin): its members ("their fighters") keep the group's code.
    `roles` holds the codebook's agent codes."""
    return p.person and bool(p.code) and len(p.code) == 6 and p.code[3:] not in roles


def _named_body(p: Phrase, before: list[Phrase], earlier: list[Phrase], sent
                ) -> Phrase | None:
    """The organisation of no one country that a definite role names by the last word of
    its name: "... on a warrant from the International Criminal Court. The court accuses
    him" (IGOICC, not the Philippines' courts), "the Security Council ... the council".
    Looked for in the sentence (`before` the role, nearest first), then in the `earlier`
    sentences' actors."""
    if "definite" not in sent.grammar_at[p.start]:
        return None
    return next((q for q in (*reversed(before), *earlier) if q.head == p.head and _body(q)),
                None)


def _title_holder(p: Phrase, before: list[Phrase], earlier: list[Phrase], sent
                  ) -> Phrase | None:
    """The person named with the office of the definite title `p`: "Speaking in Paris,
    the Head of State thanked ..." after "President Hakainde Hichilema announced ..."
    is Hichilema (ZMBGOV), not a French official. A title with an article and no name
    refers to the one who holds it in the story, the nearest before it in the sentence,
    then in the `earlier` sentences (newest first); a person with another office
    ("Armenian Prime Minister Nikol Pashinyan" for "the President") is not meant."""
    if not p.title or "definite" not in sent.grammar_at[p.start]:
        return None
    return next((q for q in (*reversed(before), *earlier) if q.title == p.title
                 and q.country and _person(q)), None)


def _person(q: Phrase) -> bool:
    """Whether `q` names a person: a named one, or a title that found one."""
    return q.person and not q.pronoun or q.antecedent is not None and q.antecedent.person


def _other_office(p: Phrase, q: Phrase) -> bool:
    """Whether person `q` holds another office than the one title `p` names ("the
    President" is not the Prime Minister named before)."""
    return p.title in OFFICES and q.title in OFFICES and p.title != q.title and _person(q)


def _group_named_before(phrases: list[Phrase], idx: int, sent, roles: frozenset[str],
                        earlier: list[Phrase] = ()) -> Phrase | None:
    """The named armed group that a definite armed role with no country refers to: "the
    militants", "the rebels" after "Hamas" or "an Islamic State target" are that group
    (PSEHMS, IMGMUS), not the nearest country's rebels ("Israeli jets struck Hamas
    positions in Gaza after the militants fired rockets"); "the gunmen" of a story that
    named the Gran Grif gang are its members (HTICRM), not unidentified men of Haiti.
    Only roles of ARMED_ROLES after a word of the grammar class `definite`; the group is
    looked for before the role in its sentence, nearest first, then among the `earlier`
    sentences' actors (newest first).
    """
    p = phrases[idx]
    if p.code[3:6] not in ARMED_ROLES or "definite" not in sent.grammar_at[p.start]:
        return None
    before = [q for q in reversed(phrases[:idx]) if q.end <= p.start]
    return next((q for q in (*before, *earlier) if _armed_group(q, roles)), None)


def _armed_group(q: Phrase, roles: frozenset[str]) -> bool:
    """Whether `q` names an armed group: a named actor of an international militant code
    (IMG), of a country and a code of its own (not a role of `roles`; an IGO, NGO or
    company is none), or of a country and an armed role (the RSF, SDNREB; a gang,
    HTICRM). `roles` holds the codebook's agent codes."""
    return q.person and bool(q.code) and not q.pronoun and (
        q.code[:3] == "IMG" or q.code[3:6] in ARMED_ROLES
        or _named_group(q, roles) and q.code[:3] not in NOT_GROUPS)


def _same_force_before(p: Phrase, earlier: list[Phrase], sent,
                       outlets: frozenset[str] = frozenset()) -> Phrase | None:
    """The actor of the `earlier` sentences (newest first) with the same state role as
    the definite role `p` ("the army", "the police": grammar class `definite` before
    it): "Hezbollah fired rockets at Israel, the Israeli military said. The army said
    it struck the group's positions in southern Lebanon" is Israel's army, not the
    country of the place it struck."""
    if "definite" not in sent.grammar_at[p.start]:
        return None
    return next((q for q in earlier if q.country and not q.pronoun and q.code[3:6] == p.code[3:6]
                 and not is_outlet(q, outlets) and not _other_office(p, q)), None)


def _state_person_after(phrases: list[Phrase], idx: int, roles: frozenset[str]
                        ) -> Phrase | None:
    """The first named person of a state after the role at `idx` ("Student leaders
    demanded the resignation of Prime Minister Sheikh Hasina", "A gunman shot former
    prime minister Imran Khan"): with no other clue, a role of society (protesters,
    students, gunmen) that acts on a country's leader is of that country; a state's own
    bodies (STATE_ROLES: "lawmakers condemned President Putin") deal with foreign leaders
    as often as with their own, and are not asked. A group's member (AFGTAL) tells no
    country either: "militants attacked Taliban fighters" may be anyone's. A state's
    own institution tells its country as its leader does ("Protesters stormed Kenya's
    parliament"), and so does its police, which serves at home ("gunmen ambushed a
    Kosovo police patrol"); its armed forces do not, often abroad ("a deal brokered by
    Russian peacekeepers"). `roles` holds the codebook's agent codes."""
    return next((q for q in phrases[idx + 1:] if q.country and not q.pronoun and (
        q.person and not _named_group(q, roles) or _state_body(q))), None)


#: A state's institutions at home: its government, legislature, courts and police.
INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "COP"})


def _state_body(q: Phrase) -> bool:
    """Whether `q` is one of a state's institutions ("Kenya's parliament", "the
    Serbian government"), not a named person."""
    return not q.person and len(q.code) == 6 and q.code[3:] in INSTITUTIONS


#: Prepositions of a place that gives a role its country ("police in Tbilisi").
PLACE_PREPOSITIONS = frozenset({"in", "at", "outside", "inside", "across", "throughout",
                                "near", "around"})


def _named_place(sent, q: Phrase) -> bool:
    """Whether `q` names where something happens, whose country a role with none takes:
    a role linked to a place ("rebels in Sudan"), or a bare country or city after a
    place preposition ("in Nairobi") or a compass phrase ("east of Port-au-Prince").
    A country's adjective before the noun of an act ("killed in an Israeli air strike",
    "in a Russian drone attack") names the act's agent, not a place."""
    if q.linked:
        return True
    if len(q.code) != 3:
        return False
    if q.after_prep in PLACE_PREPOSITIONS:
        k = q.end
        if k < len(sent.lower) and sent.labels[k] is None and not sent.grammar_at[k] and (
                sent.words[k].isalpha() and sent.words[k].islower()):
            k += 1  # "a Russian drone attack"
        return not _names_act(sent, k)
    prep = modifiers_start(sent, q.start) - 1
    return prep > 0 and "compass" in sent.grammar_at[prep]


def _speaks_before(q: Phrase, p: Phrase, sent) -> bool:
    """Whether `q` is the speaker of an attribution that `p` follows: "Israel's military
    said militants fired ...", "According to the army, gunmen ..."."""
    grammar, n = sent.grammar_at, len(sent.lower)
    k = q.end
    while k < p.start and sent.lower[k] in ("also", "on", "had", "has", "have") or (
            k < p.start and sent.words[k][:1].isupper() and not sent.inside[k]):
        k += 1  # "said on Monday", "Ukraine's army also said"
    if k < min(n, p.start) and "reporting" in grammar[k]:
        return True
    return q.start > 0 and "reporting" in grammar[q.start - 1] and q.end < n and (
        sent.lower[q.end] == ",")


def _place_in_report(phrases: list[Phrase], idx: int, sent) -> Phrase | None:
    """The first country named as a place after the role at `idx` ("militants fired
    rockets from Gaza", "gunmen attacked a church in Nigeria"): where a non-state
    actor of a report acts tells its country better than who reports it."""
    return next((q for q in phrases[idx + 1:] if q.country and not q.pronoun and not q.person
                 and (q.linked or len(q.code) == 3 and q.after_prep in REPORT_PLACES)), None)


#: Prepositions of the place of a reported act ("fired rockets from Gaza").
REPORT_PLACES = frozenset({"in", "at", "inside", "across", "throughout", "near", "around",
                           "from"})


def _place_after(phrases: list[Phrase], idx: int, sent) -> Phrase | None:
    """The actor of a place phrase attached to a role: "workers at Samsung Electronics",
    "protesters outside Kenya's parliament" (role, place preposition, actor)."""
    p = phrases[idx]
    if idx + 1 >= len(phrases) or p.end >= len(sent.lower):
        return None
    q = phrases[idx + 1]
    if (q.start == p.end + 1 and sent.lower[p.end] in PLACE_PREPOSITIONS and q.country
            and not q.pronoun):
        return q
    return None


def _pair_from_context(p: Phrase, context: list[Phrase], sent) -> bool:
    """"The two leaders signed ...": the first two countries named before.

    `context` is the sentence's earlier actors or the previous sentence's. A role
    with a dual word (grammar class `dual`) and no country becomes a compound of
    that role for each of the two; returns whether it did.
    """
    if not any("dual" in sent.grammar_at[k] for k in range(max(0, p.start - 2), p.end)):
        return False
    countries = _two_countries(context)
    if len(countries) < 2:
        return False
    role = p.code[3:]
    members = [Phrase(p.start, p.end, code=q.country + role, rules=[*q.rules, *p.rules],
                      antecedent=q) for q in countries]
    p.group = members
    p.code = members[0].code
    p.antecedent = countries[0]
    return True


def _two_countries(context: list[Phrase]) -> list[Phrase]:
    """The first two actors of `context` with different countries (fewer if it has not)."""
    countries: list[Phrase] = []
    for q in context:
        if q.country and all(q.country != c.country for c in countries):
            countries.append(q)
            if len(countries) == 2:
                break
    return countries


def _antecedent_in_sentence(phrases: list[Phrase], idx: int, sent,
                            outlets: frozenset[str] = frozenset()) -> Phrase | None:
    p = phrases[idx]
    need_country = not p.pronoun
    # a compound ("the two countries") is the antecedent of a plural pronoun only: "Jordan,
    # which lies between the two countries, said it ..."
    plural = "plural_pronoun" in sent.grammar_at[p.start]
    candidates = [q for q in phrases[:idx] if (not q.pronoun or not need_country and _named(q)
                                               and (plural or not q.group))
                  and q.end <= p.start
                  and (q.country and not is_outlet(q, outlets) if need_country else q.code)]
    candidates = [q for q in candidates if not _in_aside(sent, q, p)] or candidates
    if need_country and p.code:
        # "Israeli tanks shelled the outskirts of Rafah as troops seized ...": a role
        # belongs to the country of the nearest actor with the same role, if any.
        same = [q for q in candidates if q.code and q.code[3:] == p.code[3:]]
        if same:
            return same[-1]
    if p.pronoun:
        candidates = _of_kind(sent, p, candidates)  # "the bloc": the EU, not Hungary
    if p.pronoun and _personal(sent, p.start):
        # "When Iran's president visited Baghdad, he signed ...": a person, not a place,
        # nor a plural role ("Protesters demanded his resignation": someone named before),
        # nor a body ("his supporters rallied outside the court's detention centre").
        candidates = [q for q in candidates if q.code and len(q.code) > 3
                      and not _plural(sent, q) and (q.person or not _body(q))]
    if (p.pronoun and "neuter_pronoun" in sent.grammar_at[p.start] and candidates
            and _plural(sent, candidates[-1])):
        # "Azerbaijan said Armenian forces had shelled its positions": "its" is singular
        # and names the country before the plural role, if that is the actor before.
        singular = [q for q in candidates if not _plural(sent, q)]
        if singular and singular[-1].code and len(singular[-1].code) == 3:
            candidates = singular
    if p.pronoun and candidates and ("object_pronoun" in sent.grammar_at[p.start]
                                     or _named_town(sent, p)):
        # "Police fired tear gas at them", "Russian troops shelled the town of
        # Vovchansk": not the subject of the verb before it.
        verb = next((k for k in range(p.start - 1, candidates[-1].end - 1, -1)
                     if sent.labels[k] and sent.labels[k][0] == VERB), None)
        if verb is not None and _adjunct_gerund(sent, verb) and candidates[0].after_prep is None:
            # "praised Pakistan's army chief, Field Marshal Asim Munir, after hosting him":
            # the gerund's subject is the clause's, whose object he is
            candidates = candidates[1:] or candidates
        elif (verb is not None and "conjunction" not in sent.grammar_at[verb - 1]
                and sent.lower[verb - 1] != ","):
            # "fired tear gas at the protesters and arrested dozens of them", "expelled
            # two US diplomats, accusing them of spying": a verb after a conjunction or
            # a comma shares the subject of the verb before; the actor before it is
            # that verb's object, and may be the antecedent.
            candidates = [q for q in candidates if q.end > verb or q is not candidates[-1]]
    if p.pronoun and candidates:
        teller = (_teller(sent, p, candidates) or _joined_speaker(sent, p, candidates)
                  or _participle_speaker(sent, p, candidates))
        if teller is not None:
            return teller
    return candidates[-1] if candidates else None


def _adjunct_gerund(sent, verb: int) -> bool:
    """Whether the verb at `verb` is a gerund after a subordinator or preposition ("after
    hosting", "before meeting", "by inviting"): an adjunct sharing its clause's subject."""
    return (verb > 0 and sent.lower[verb].endswith("ing")
            and any(c in sent.grammar_at[verb - 1] for c in ("subordinator", "preposition")))


def _in_aside(sent, q: Phrase, p: Phrase) -> bool:
    """Whether `q` lies in a relative clause set off by commas that closes before the
    reporting verb of the clause of `p`: in "India, which had been a close ally of
    Hasina, said it had put its border force on alert" the clause describes India, and
    "it" and "its" in what India said refer to India, not to Hasina. Outside a report
    the aside's actor may be meant ("Mali and Niger, which are allied with Burkina
    Faso's junta, expressed condolences to its people")."""
    lower, grammar = sent.lower, sent.grammar_at
    k = q.start - 1
    while k > 0 and lower[k] != ",":
        k -= 1
    if not (0 < k < q.start - 1 and "relative" in grammar[k + 1]):
        return False
    close = next((c for c in range(q.end, p.start) if lower[c] == ","), None)
    return close is not None and any("reporting" in grammar[c] for c in range(close, p.start))


def _participle_speaker(sent, p: Phrase, candidates: list[Phrase]) -> Phrase | None:
    """The subject of "X struck Y, saying it had hit ...", "X expelled Y's envoy, adding
    that they would ...": a pronoun (not "he" nor "she": "ordered the ambassador to
    leave, saying he had ignored ...") opening the report of a reporting participle
    after a comma (grammar class `reporting`) states the subject's own position, not
    the object's (`_subject_before` the comma). Other participles take objects
    ("accusing it of ...")."""
    k = _before_report(sent, p)
    if (k < 1 or _personal(sent, p.start) or sent.lower[k - 1] != ","
            or not sent.lower[k].endswith("ing") or "reporting" not in sent.grammar_at[k]):
        return None
    return _subject_before(sent, candidates, k - 1)


def _place_named_after(phrases: list[Phrase], idx: int, sent) -> Phrase | None:
    """The first country or city named as a place after the phrase at `idx`
    (`_named_place`: "protesters ... in Nairobi")."""
    return next((q for q in phrases[idx + 1:] if q.country and not q.pronoun
                 and _named_place(sent, q)), None)


def _named_town(sent, p: Phrase) -> bool:
    """Whether place pronoun `p` is followed by "of" and a name ("the town of
    Vovchansk"): it names a place of its own, whatever the gazetteer knows of it, and
    refers to no actor as a pronoun does; only its country is to be found."""
    k = p.end
    return ("place_pronoun" in sent.grammar_at[p.start] and k + 1 < len(sent.lower)
            and sent.lower[k] == "of" and sent.words[k + 1][:1].isupper())


def _named(q: Phrase) -> bool:
    """Whether pronoun phrase `q` names its referent with a noun and has found it: "the
    group", "his government". A later pronoun may refer to it ("The group said it
    would free more hostages": Hamas, the group of the previous sentence)."""
    return q.code is not None and q.antecedent is not None and not q.possessive and (
        q.end - q.start > 1)


def _teller(sent, p: Phrase, candidates: list[Phrase]) -> Phrase | None:
    """The subject of "X told Y that it would ...", if `p` is such a pronoun.

    A pronoun opening the complement after a verb's object ("Iran told the IAEA that
    it would ...", "Milei told Israeli leaders that his government would ...") states
    the subject's own position or plan: it refers to the subject, not to the object
    right before it. After a reporting verb's object the complement may open with no
    "that" ("Blinken told reporters he would travel to Israel").
    """
    k = p.start if sent.lower[p.start] == "that" else p.start - 1
    if k < 2:
        return None
    bare = sent.lower[k] != "that"  # no "that": the pronoun right after the object
    obj = candidates[-1]
    if obj.end != (p.start if bare else k) or obj.after_prep is not None:
        return None
    verb = next((s for s in range(max(0, obj.start - 3), obj.start) if sent.labels[s]
                 and sent.labels[s][0] == VERB and sent.labels[s][2] == obj.start), None)
    if verb is None or bare and "reporting" not in sent.grammar_at[verb]:
        return None
    before = [q for q in candidates if q.end <= verb and q.after_prep is None]
    return before[-1] if before else None


def _joined_speaker(sent, p: Phrase, candidates: list[Phrase]) -> Phrase | None:
    """The subject of "X condemned Y and said it would ...", if `p` is such a pronoun.

    A reporting verb joined by "and" or "but" to the verb before it shares that verb's
    subject, and the pronoun opening what it reports states the speaker's own position
    or plan ("G7 leaders condemned Iran's attack and said they stood by Israel"): it
    refers to the subject, not to the object of the first verb. The subject is the
    last candidate right before a verb (adverbs and auxiliaries aside), not after a
    preposition.
    """
    k = _before_report(sent, p)
    if k < 2 or "reporting" not in sent.grammar_at[k] or sent.lower[k - 1] not in (
            "and", "but") or "object_pronoun" in sent.grammar_at[p.start]:
        return None
    return _subject_before(sent, candidates, k - 1)


def _before_report(sent, p: Phrase) -> int:
    """The token before the report that pronoun `p` opens, "that" aside ("said that it"):
    where a reporting verb may stand."""
    k = p.start - 1
    return k - 1 if k > 0 and sent.lower[k] == "that" else k


def _subject_before(sent, candidates: list[Phrase], k: int) -> Phrase | None:
    """The last of `candidates` ending before token `k` that is a verb's subject: right
    before a verb (adverbs and auxiliaries aside), not after a preposition."""
    subjects = [q for q in candidates if q.end < k and q.after_prep is None
                and verb_follows(sent, q.end)]
    return subjects[-1] if subjects else None


def verb_follows(sent, i: int) -> bool:
    """Whether a verb starts at token `i`, after adverbs ("swiftly") and auxiliaries."""
    n = len(sent.lower)
    while i < n and (sent.lower[i].endswith("ly") and sent.words[i].islower()
                     or sent.lower[i] in AUXILIARIES):
        i += 1
    return i < n and bool(sent.labels[i]) and sent.labels[i][0] == VERB


def _speaker(phrases: list[Phrase], sent) -> Phrase | None:
    """The actor who speaks in the sentence: one right before a reporting verb ("the
    minister said") or right after one ("said Iran's foreign minister", "according to
    the army"). A first-person pronoun of a quotation refers to it."""
    grammar = sent.grammar_at
    n = len(sent.lower)
    for q in phrases:
        if q.pronoun or not q.code:
            continue
        if q.end < n and "reporting" in grammar[q.end] or q.start > 0 and (
                "reporting" in grammar[q.start - 1]):
            return q
    return None


def _plural(sent, q: Phrase) -> bool:
    """Whether a phrase ends in a plural role word ("Armenian forces", "militants").

    Only roles written in lower case are judged, by their English plural -s: a
    named actor ("Hamas", "the Philippines") or a capitalised name of a body ("the
    Rapid Support Forces", "the Ministry of Foreign Affairs") may be an "it".
    """
    head = next((k for k in range(q.start, q.end) if sent.labels[k] is not None
                 and (sent.labels[k][2] == q.end or q.linked)), None)
    if head is None or sent.labels[head][0] != AGENT:
        return False
    word = sent.words[sent.labels[head][2] - 1]  # "protesters in Yerevan": protesters
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _personal(sent, i: int) -> bool:
    """Whether the pronoun at `i` names a person ("he", "she"), never a country."""
    grammar = sent.grammar_at[i]
    return "masculine_pronoun" in grammar or "feminine_pronoun" in grammar


def is_outlet(q: Phrase, outlets: frozenset[str]) -> bool:
    """Whether `q` is a named news outlet ("Reuters", "AFP": a named actor with one of
    the `outlets` roles). It reports on any country, so it lends none to a role; a
    country's media ("Iranian media") name their country themselves."""
    return q.person and bool(q.code) and q.code[3:] in outlets


def _story_country(found: list[Phrase], remembered: list[Phrase]) -> Phrase:
    """The first of the actors `found` whose country the `remembered` actors name most
    often, if more often than the first one's: "Kenyan police officers arrived in Haiti's
    capital to fight the gangs that control Port-au-Prince. Gangs attacked police
    stations" are Haiti's gangs, the country the story is about, not Kenya's. Only
    actors that name their country count: a role that took it from another echoes it."""
    counts = Counter(q.country for q in remembered if q.country and q.antecedent is None)
    best = max(found, key=lambda q: counts[q.country])
    return best if counts[best.country] > counts[found[0].country] else found[0]


def _antecedent_in_context(p: Phrase, context: list[Phrase], taken: dict[str, Phrase],
                           sent, outlets: frozenset[str] = frozenset(),
                           roles: frozenset[str] = frozenset(),
                           remembered: list[Phrase] = ()) -> Phrase | None:
    """The antecedent of `p` among the actors of earlier sentences (`context`, in order):
    for a definite role the first with a country (no person of another office,
    `_other_office`), or one whose country the `remembered` actors name more often
    (`_story_country`); for a pronoun the first one of its kind not taken by another
    pronoun (`taken`: pronoun family -> antecedent)."""
    if not p.pronoun:
        found = [q for q in context if q.country and not is_outlet(q, outlets)
                 and not _other_office(p, q)]
        return _story_country(found, remembered) if found else None
    word = _pronoun_family(sent, p.start)
    if word in taken:
        return taken[word]
    kind = _of_kind(sent, p, context)
    if kind is not context:
        context = kind
    elif _personal(sent, p.start):
        # "Philippine police arrested former President Rodrigo Duterte. The court accuses
        # him ...": "he" is a named person sooner than a role or a group, and an
        # organisation last
        people = [q for q in context if q.person and not _named_group(q, roles)]
        bodies = [q for q in context if _body(q) and not q.person]
        context = [*people, *(q for q in context if q not in people and q not in bodies),
                   *bodies]
    else:
        # "In Kinshasa, protesters attacked the embassies ... They accused ...": the
        # actors of the sentence sooner than the place where they acted
        places = [q for q in context if _place_only(q)]
        context = [*(q for q in context if q not in places), *places]
    used = set(map(id, taken.values()))
    ante = next((q for q in context if q.code and id(q) not in used), None)
    ante = ante or next((q for q in context if q.code and not _other_person(word, q, taken)),
                        None)
    if ante is not None:
        taken[word] = ante
    return ante


def _place_only(q: Phrase) -> bool:
    """Whether `q` is a bare country or city after a place preposition ("in Kinshasa")."""
    return q.after_prep in PLACE_PREPOSITIONS and not q.linked and bool(q.code) and len(
        q.code) == 3


def _not_subject(p: Phrase, context: list[Phrase], before: list[Phrase], sent
                 ) -> list[Phrase]:
    """The `context` an object pronoun may refer to: not the actors that the phrases
    `before` it in its sentence refer to ("Scholz spoke with Putin. The chancellor urged
    him ...": "him" is Putin, the chancellor is Scholz). A role that only took its
    country from an actor ("Protesters marched. Police fired at them") is not that actor."""
    if not p.pronoun or "object_pronoun" not in sent.grammar_at[p.start]:
        return context
    mine = {id(q.antecedent) for q in before
            if q.antecedent is not None and q.code == q.antecedent.code}
    return [q for q in context if id(q) not in mine] if mine else context


def _of_kind(sent, p: Phrase, candidates: list[Phrase]) -> list[Phrase]:
    """The `candidates` a pronoun naming a kind of actor may refer to: "the bloc" (grammar
    class body_pronoun) an organisation of no one country, "the group" (group_pronoun)
    no state nor intergovernmental body, "the country" (place_pronoun) an actor of a
    country ("The African Union condemned the country": not the AU); `candidates`
    itself for any other pronoun."""
    grammar = sent.grammar_at[p.start]
    if "body_pronoun" in grammar:
        return [q for q in candidates if _body(q)]
    if p.place:
        return [q for q in candidates if q.country]
    if "group_pronoun" in grammar:
        return [q for q in candidates if q.code and q.code[:3] != "IGO" and (
            q.country is None or len(q.code) > 3 and q.code[3:6] not in STATE_ROLES)]
    return candidates


def _body(q: Phrase) -> bool:
    """Whether `q` is an organisation of no one country (IGO, NGO, ...): what "the bloc",
    "the fund" or "the alliance" (grammar class body_pronoun) refer to."""
    return bool(q.code) and q.code[:3] in NON_COUNTRY and q.code[:3] != "---"


def _other_person(word: str, q: Phrase, taken: dict[str, Phrase]) -> bool:
    """Whether `q` is taken by a pronoun that cannot share it with the pronoun family
    `word`: "He warned that Pyongyang would use them": "he" is a person, and "them"
    (missiles, not an actor) is not him; "he" and "she" are two people. A group may be
    both "it" and "they" ("Hamas said it ... their fighters")."""
    return any(q is ante and family != word and PERSONAL_CLASSES.intersection((family, word))
               for family, ante in taken.items())


#: Pronoun classes of one person ("he", "she"): never the antecedent of another class.
PERSONAL_CLASSES = frozenset({"masculine_pronoun", "feminine_pronoun"})
#: Grammar classes of the forms of one pronoun ("he ... his" refer to the same actor).
PRONOUN_CLASSES = ("masculine_pronoun", "feminine_pronoun", "neuter_pronoun", "plural_pronoun")


def _pronoun_family(sent, i: int) -> str:
    """The pronoun's class ("he", "his" and "him" are one), else its own words ("the
    bloc" and "the country" are two)."""
    grammar = sent.grammar_at[i]
    return next((c for c in PRONOUN_CLASSES if c in grammar),
                " ".join(sent.lower[i:sent.grammar_end[i]]))


def agent_of(p: Phrase) -> tuple | None:
    """The role a pronoun phrase carries ("his government" -> GOV), if any."""
    return p.pronoun_agent


def _share_compound_agents(phrases: list[Phrase], labels) -> None:
    """"Armenian and Azerbaijani troops", "South Korean and US forces": bare countries
    in a list, each a name alone (no article, no possessive), take the last role; roles
    with no country before a role linked to a place take its country."""
    for p in phrases:
        group = p.group
        if not group or p is not group[0]:
            continue
        first, last = group[0], group[-1]
        if last.linked and last.country:
            # "the government and people of Pakistan": the roles before share the place
            for m in group[:-1]:
                if m.code and m.code.startswith("---") and not m.pronoun:
                    m.code = last.country + m.code[3:]
                    m.shared_from = last
        if first.linked and first.code and len(first.code) > 3 and first.country:
            # "ambassadors of Arnor, Osgiliath and Gondor": every country takes the role
            for m in group[1:]:
                if m.code and len(m.code) == 3 and not m.person:
                    m.code += first.code[3:]
                    m.shared_from = first
            continue
        k = len(group) - 1
        while k > 0 and group[k].code and group[k].code.startswith("---"):
            k -= 1  # "U.S. and British warplanes and warships": the role of the warplanes
        role = _shared_role(group[k])
        if role is None:
            continue
        for m in group[:k]:
            if m.code and len(m.code) == 3 and not m.person and _bare_name(labels, m):
                m.code += role
                m.shared_from = group[k]


def _bare_name(labels, m: Phrase) -> bool:
    """Whether phrase `m` is one actor's name and nothing else ("Korean", "South
    Korean"): no article or possessive before it ("the United States and British
    troops" stays USA)."""
    lab = labels[m.start]
    return lab is not None and lab[0] == ACTOR and lab[2] == m.end


def _shared_role(last: Phrase) -> str | None:
    """The role the last member of a list lends to the bare countries before it: its
    own ("Armenian and Azerbaijani troops" -> MIL), or the role word of a named
    group's phrase ("Israeli and Hamas negotiators" -> GOV; Hamas keeps PSEHMS)."""
    if not last.code or not last.country:
        return None
    if last.person:
        return last.role[0] if last.role and not last.role[1] else None
    return last.code[3:] if len(last.code) == 6 else None


def is_noun_use(sent, i: int, loose: bool = True) -> bool:
    """Whether a word that can be a verb is used as a noun here.

    A determiner, possessive, number or plain lower-case word before it ("an
    attack", "missile strikes") makes it a noun; so does a following "on",
    "against" or "by" ("attacks on"). Without `loose` (a word with no noun entry,
    e.g. "threatened") only a determiner, possessive or number counts, or a
    preposition before it other than "to" ("on trade with"), unless it is a gerund.
    A word with a noun entry that opens the sentence is a noun, unless a gerund.
    """
    lower, labels, grammar = sent.lower, sent.labels, sent.grammar_at
    prev = i - 1
    if prev < 0:
        # "Talks between Serbia and Kosovo ended ...", "Clashes erupted ...": a sentence
        # opens with no finite verb; a gerund may open a fronted clause ("Speaking ...")
        return loose and not lower[i].endswith("ing")
    pl = lower[prev]
    if "determiner" in grammar[prev] or pl in ("'s", "'") or pl[:1].isdigit():
        return True  # also "said that strikes ...": the reported clause opens with a noun
    if ("preposition" in grammar[prev] and "infinitive" not in grammar[prev]
            and not lower[i].endswith("ing")):
        return True  # "an order on trade with China": a preposition takes a noun (or gerund)
    if not loose:
        return False
    nxt = labels[i][2] if labels[i] is not None else i + 1
    if nxt < len(lower) and lower[nxt] in ("on", "against", "by", "targeting"):
        return True
    if sent.inside[prev] and any(p.end == i and p.after_prep is not None and not p.pronoun
                                 for p in sent.phrases):
        return True  # "killed in Russian attacks": no subject within a prepositional phrase
    return (not sent.inside[prev] and pl.isalpha() and not pl.endswith("ly")
            and not grammar[prev] and sent.words[prev].islower())


def complementiser(sent, k: int) -> bool:
    """Whether the word at `k`, a determiner and a relative ("that"), right after a
    verb introduces a clause ("said that Ukraine attacked ..."): it is then no
    determiner of the actor after it ("that Ukraine")."""
    return ("relative" in sent.grammar_at[k] and k > 0 and sent.labels[k - 1] is not None
            and sent.labels[k - 1][0] == VERB)


def word_kinds(entries: tuple) -> tuple[int | None, int | None]:
    """(verb word id, noun word id) among a span's entries.

    Kept per entries tuple (a codebook has a bounded number of them): the coder asks
    about each verb several times per sentence.
    """
    kinds = _KINDS.get(entries)
    if kinds is None:
        verb = next((e[1] for e in entries if e[0] == VERB), None)
        noun = next((e[1] for e in entries if e[0] == NOUN), None)
        kinds = _KINDS[entries] = (verb, noun)
    return kinds


_KINDS: dict[tuple, tuple[int | None, int | None]] = {}


__all__ = ["Phrase", "build_phrases", "complementiser", "modifiers_start", "preposition_before",
           "resolve_pronouns", "resolve_actor", "compose", "is_noun_use", "word_kinds"]
