"""Codebook loading: every kind of bad entry is an error with file:line; the cache."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from coding import Coder, compiled
from coding.codebook import CodebookError, load_codebook
from coding.compiled import cache_dir, load_compiled
from coding.inflect import inflect_word, plural_forms

from .helpers import MINI


def layer(tmp_path: Path, **files: str) -> Path:
    """A one-layer codebook with the given files (e.g. actors="...")."""
    root = tmp_path / "cb"
    for sub, text in files.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / "x.txt").write_text(text, encoding="utf-8")
    return root


def extend_default(root: Path, name: str, lines: str) -> None:
    """Give a layer the default codebook's `name` file with `lines` appended."""
    shutil.copy(MINI.parent.parent.parent / "codebooks" / "default" / name, root / name)
    with (root / name).open("a") as fh:
        fh.write(lines)


def errors_of(path: Path) -> list[str]:
    with pytest.raises(CodebookError) as exc:
        load_codebook([path])
    return exc.value.errors


@pytest.mark.parametrize(("sub", "text", "message"), [
    ("actors", "Pakistan => pak\n", "cb/actors/x.txt:1: malformed actor code 'pak'"),
    ("actors", "Pakistan => PAKG\n", "cb/actors/x.txt:1: malformed actor code 'PAKG'"),
    ("actors", "\nPakistan PAK\n", "cb/actors/x.txt:2: expected 'NAMES => CODE'"),
    ("actors", "X => PAKGOV 2020-01-01..2021-01-01; PAKOPP 2020-06-01..\n",
     "cb/actors/x.txt:1: overlapping date ranges for PAKGOV and PAKOPP"),
    ("actors", "X => PAKGOV 2021-01-01..2020-01-01\n",
     "cb/actors/x.txt:1: date range 2021-01-01..2020-01-01 ends before it starts"),
    ("actors", "X => PAKGOV 2021-02-30..\n", "cb/actors/x.txt:1: invalid date in"),
    ("actors", "X => PAK\nx => IRN\n", "cb/actors/x.txt:2: duplicate name 'x'"),
    ("agents", "police => COP\n", "cb/agents/x.txt:1: malformed agent code 'COP'"),
    ("verbs", "== 190 fight\nattack\n- * on + => 120]--\n",
     "cb/verbs/x.txt:3: unknown event code '120]--'"),
    ("verbs", "== 999 nothing\n", "cb/verbs/x.txt:1: unknown event code '999'"),
    ("verbs", "== 190 fight\n- on + => 190\n",
     "cb/verbs/x.txt:2: pattern must contain exactly one '*'"),
    ("verbs", "== 190 fight\n- * on + => 190\n- * on + => 195\n",
     "cb/verbs/x.txt:3: duplicate pattern '* on +'"),
    ("verbs", "== 190 fight\n- * &NOPE => 190\n", "cb/verbs/x.txt:2: unknown synset &NOPE"),
    ("verbs", "attack\n", "cb/verbs/x.txt:1: entry outside a '== CODE' block"),
    ("discards", "football => match\n", "cb/discards/x.txt:1: discard scope must be"),
    ("verbs", "== 202 kill\n- * @N>20 => 202\n", "cb/verbs/x.txt:2: bad pattern token '@n>20'"),
    ("verbs", "== 202 kill\n- * @N_people => 202\n",
     "cb/verbs/x.txt:2: bad pattern token '@n_people'"),
    # a slot's role is written as in actor codes: three capitals or digits
    ("verbs", "== 186 kill\n- * +gov => 186\n", "cb/verbs/x.txt:2: bad pattern token '+gov'"),
    ("verbs", "== 186 kill\n- * +GOVT => 186\n", "cb/verbs/x.txt:2: bad pattern token '+govt'"),
])
def test_each_kind_of_bad_entry_is_reported_with_file_and_line(tmp_path, sub, text, message):
    errors = errors_of(layer(tmp_path, **{sub: text}))
    assert any(e.startswith(message) for e in errors), errors


def test_all_errors_are_reported_at_once(tmp_path):
    errors = errors_of(layer(tmp_path, actors="A => aa\nB => bb\n", agents="x => y\n"))
    assert len(errors) == 3


def test_date_restricted_codes_at_their_boundaries():
    book = load_codebook([MINI])
    khan = book.actors["imran khan"]
    assert khan.code_on(date(2018, 8, 17)) == "PAKELI"
    assert khan.code_on(date(2018, 8, 18)) == "PAKGOV"
    assert khan.code_on(date(2022, 4, 10)) == "PAKGOV"
    assert khan.code_on(date(2022, 4, 11)) == "PAKOPP"


def test_later_layer_overrides_earlier_one(tmp_path):
    extra = layer(tmp_path, actors="Imran Khan => PAKREB\nNew Land => NLD\n")
    book = load_codebook([MINI, extra])
    assert book.actors["imran khan"].code_on(date(2020, 1, 1)) == "PAKREB"
    assert book.actors["new land"].default == "NLD"
    assert book.overridden == 1
    coder = Coder([MINI, extra], use_cache=False)
    assert [(e.source, e.target) for e in coder.code("New Land condemned Iran.")] == [
        ("NLD", "IRN")]


def test_custom_event_codes_are_declared_by_the_codebook(tmp_path):
    root = layer(tmp_path, actors="Gondor => GON\nMordor => MOR\n",
                 verbs="== 903 strange\nsneer\n")
    extend_default(root, "events.csv", "903,A test code,,,,\n")
    coder = Coder([root], use_cache=False)
    assert [(e.source, e.target, e.code) for e in coder.code("Gondor sneered at Mordor.")] == [
        ("GON", "MOR", "903")]


def test_inflections_are_generated():
    assert inflect_word("strike", "verb") == ["strike", "strikes", "struck", "stricken",
                                              "striking"]
    assert inflect_word("wage war", "verb")[:3] == ["wage war", "wages war", "waged war"]
    assert inflect_word("air strike", "noun") == ["air strike", "air strikes"]
    assert plural_forms("policeman") == ["policemen"]
    assert plural_forms("police") == []


def test_agent_plurals_are_generated_and_braces_override(tmp_path):
    book = load_codebook([layer(tmp_path, agents="soldier => ~MIL\npoliceman {cops} => ~COP\n")])
    assert {"soldier", "soldiers", "policeman", "cops"} <= set(book.agents)
    assert "policemen" not in book.agents


@pytest.fixture()
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cache_is_written_and_reused(cache):
    first = load_compiled([MINI])
    files = sorted(p.name for p in cache.iterdir())
    assert any(f.startswith("codebook-") for f in files) and cache_dir() == cache
    assert load_compiled([MINI]).hash == first.hash


def test_tampered_cache_is_rebuilt(cache):
    first = load_compiled([MINI])
    (blob,) = cache.glob("codebook-*.bin")
    data = bytearray(blob.read_bytes())
    data[-10] ^= 0xFF
    blob.write_bytes(bytes(data))
    again = load_compiled([MINI])
    assert again.hash == first.hash
    assert again.trie == first.trie


def test_two_copies_of_a_codebook_keep_their_own_caches(cache, tmp_path, monkeypatch):
    """The tables record their directories, so equal copies get a cache file each."""
    copies = [tmp_path / "a", tmp_path / "b"]
    for root in copies:
        shutil.copytree(MINI, root)
        load_compiled([root])
    assert len(list(cache.glob("codebook-*.bin"))) == 2

    def no_compiling(book):
        raise AssertionError("compiled again")

    monkeypatch.setattr(compiled, "compile_codebook", no_compiling)
    for root in copies:
        assert load_compiled([root]).paths == (str(root),)


def test_stale_cache_is_not_used_after_an_edit(cache, tmp_path):
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    assert [e.code for e in Coder([root]).code("Iran condemned Pakistan.")] == ["111"]
    verbs = root / "verbs" / "verbs.txt"
    verbs.write_text(verbs.read_text().replace("== 111 criticize", "== 112 criticize"))
    assert [e.code for e in Coder([root]).code("Iran condemned Pakistan.")] == ["112"]


def test_continuation_lines_add_names(tmp_path):
    book = load_codebook([layer(tmp_path, actors="Afghanistan => AFG\n  | Afghan | Kabul\n")])
    assert book.actors["kabul"].default == "AFG" and book.actors["afghan"].default == "AFG"


def test_a_later_layer_agent_shadows_an_earlier_actor_of_the_same_name(tmp_path):
    lower = layer(tmp_path, actors="Senate => USAGOVLEG\nPhilippines | Philippine => PHL\n")
    upper = tmp_path / "upper"
    (upper / "agents").mkdir(parents=True)
    (upper / "agents" / "x.txt").write_text("senate => ~LEG\n")
    book = load_codebook([lower, upper])
    assert "senate" not in book.actors and book.agents["senate"].code == "LEG"


def test_patterns_are_tried_only_in_clauses_that_hold_their_words_and_synsets():
    """The compiled pattern index: a pattern is a candidate only where every literal
    word and a member of every synset of it occur; the coding is unchanged."""
    from coding.verbs import Lookup, _candidates

    book = load_compiled([MINI], use_cache=False)
    recall = next(w[3] for w in book.words if w[0] == "recall")
    patterns = book.blocks[recall][1]
    assert book.synset_firsts["ambassador"] == ("&ENVOY",)

    def tried(text: str) -> list[str]:
        lower = text.lower().split()
        keys = Lookup(lower, []).keys(0, len(lower), book.synset_firsts)
        return [patterns[n][3].rpartition(":")[2] for n in _candidates(book, recall, keys)]

    assert tried("pakistan recalled troops from iran") == []
    assert tried("pakistan recalled its envoy from iran") == ["25", "26"]
    coder = Coder([MINI], use_cache=False)
    assert [(e.source, e.target, e.code) for e in coder.code(
        "Pakistan recalled its envoy from Iran.")] == [("PAK", "IRN", "161")]


def test_names_that_are_common_words_match_only_as_written(tmp_path):
    """grammar.txt's `capitalised` class: a one-word capitalised name of one of its
    words matches only capitals; a lower-case agent name of one stays case-blind."""
    root = layer(tmp_path, actors="Mercury => USABUS\nCAR => CAF\nIran => IRN\n"
                                  "Foreign Office => GBRGOV\n",
                 agents="man {men} => ~CVL\n",
                 verbs="== 111 criticize\ncondemn\n")
    extend_default(root, "grammar.txt", "capitalised = mercury | car | man | foreign office\n")
    book = load_compiled([root], use_cache=False)
    assert "mercury" not in book.trie and "Mercury" in book.trie_cs
    assert "CAR" in book.trie_cs and "man" in book.trie
    assert "Office" in book.trie_cs["Foreign"][1] and "foreign" not in book.trie
    assert "mercury" not in book.trie_cs  # not a word of the text's grammar either
    coder = Coder([root], use_cache=False)

    def pairs(text: str) -> list[tuple]:
        return [(e.source, e.target) for e in coder.code(text)]

    assert pairs("Mercury condemned Iran.") == [("USABUS", "IRN")]
    assert pairs("Iran condemned mercury.") == []
    assert pairs("Iran condemned the CAR.") == [("IRN", "CAF")]
    assert pairs("Iran condemned the car.") == []
    assert pairs("Iran condemned the Foreign Office.") == [("IRN", "GBRGOV")]
    assert pairs("Iran condemned the foreign office.") == []


def test_a_later_layer_switches_agents_and_actors_off(tmp_path):
    lower = layer(tmp_path, actors="Youth | Gazteriak => FRAREB\nIran => IRN\n",
                  agents="tanker => ~BUS\nsenate => ~LEG\npolice => ~COP\n",
                  verbs="== 111 criticize\ncondemn\n")
    assert [e.target for e in Coder([lower], use_cache=False).code(
        "Iran condemned the youth.")] == ["FRAREB"]
    upper = tmp_path / "upper"
    for sub, text in (("actors", "Youth => none\n"), ("agents", "tanker | senate => none\n")):
        (upper / sub).mkdir(parents=True)
        (upper / sub / "x.txt").write_text(text)
    book = load_codebook([lower, upper])
    assert "youth" not in book.actors and book.actors["gazteriak"].default == "FRAREB"
    assert {"tanker", "tankers", "senate"}.isdisjoint(book.agents) and "police" in book.agents
    coder = Coder([lower, upper], use_cache=False)
    assert [e.target for e in coder.code("Iran condemned the youth.")] == []
    with pytest.raises(CodebookError, match="malformed agent code 'nothing'"):
        load_codebook([layer(tmp_path / "bad", agents="tanker => nothing\n")])


def test_number_tokens_match_digits_and_number_words(tmp_path):
    """`@N>=20` is a pattern word found at any number of at least 20: digits, number
    words of grammar.txt (multiplied when adjacent), not years."""
    root = layer(tmp_path, actors="Gondor => GON\nMordor => MOR\n",
                 verbs="== 180 kill\nkill\n- * @N>=20 => 202\n- * @N => 190\n")
    book = load_compiled([root], use_cache=False)
    assert book.number_keys == (("@N", 0.0), ("@N>=20", 20.0))
    coder = Coder([root], use_cache=False)

    def code(text: str) -> list[str]:
        return [e.code for e in coder.code(text)]

    assert code("Gondor killed 137 of Mordor.") == ["202"]
    assert code("Gondor killed 1,200 of Mordor.") == ["202"]
    assert code("Gondor killed two hundred of Mordor.") == ["202"]
    assert code("Gondor killed dozens of Mordor.") == ["202"]
    assert code("Gondor killed twelve of Mordor.") == ["190"]
    assert code("Gondor killed Mordor in 2024.") == ["180"]


def test_bad_number_words_are_reported(tmp_path):
    root = layer(tmp_path, actors="Gondor => GON\n")
    (root / "grammar.txt").write_text("number = twenty 20 | dozens many\n")
    assert any("number word 'dozens many' is not 'word value'" in e for e in errors_of(root))


def test_a_name_coded_no_actor_hides_the_names_inside_it(tmp_path):
    extra = layer(tmp_path, actors="Islamabad Declaration => ---\n")
    coder = Coder([MINI, extra], use_cache=False)
    assert [(e.source, e.target) for e in coder.code(
        "Iran condemned the Islamabad Declaration.", date="2024-01-17")] == []
    assert [(e.source, e.target) for e in coder.code(
        "Iran condemned Islamabad.", date="2024-01-17")] == [("IRN", "PAK")]
