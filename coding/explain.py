"""`eventcoder explain`: the whole reasoning of the coder for one sentence."""

from __future__ import annotations

from coding.coder import Coder, _day
from coding.story import Story


def explain(text: str, day: str | None = None, codebook=None, coder: Coder | None = None,
            context: tuple[str, ...] = (), story: Story | None = None) -> dict:
    """Everything the coder did with `text`, as plain data (JSON-ready).

    `text` is coded as the next sentence of `story` (a fresh one if none is given),
    after the sentences of `context`, the story's earlier sentences in order: so its
    pronouns and definite roles refer as in the pipeline.
    """
    story = story or Story(coder or Coder(codebook))
    coder = story.coder
    for sentence in context:
        story.code(sentence, _day(day))
    result = story.code(text, _day(day), explain=True)
    trace = result.trace or []
    return {
        "text": text,
        "date": day,
        "codebook": {"name": coder.book.name, "version": coder.book.version,
                     "sha256": coder.book.hash},
        "tokens": next((t["tokens"] for t in trace if t["step"] == "tokens"), []),
        "matches": [{k: v for k, v in t.items() if k != "step"} for t in trace
                    if t["step"] == "match"],
        "actors": next((t["phrases"] for t in trace if t["step"] == "actors"), []),
        "verbs": [{k: v for k, v in t.items() if k != "step"} for t in trace
                  if t["step"] == "verb"],
        "status": result.status,
        "reason": result.reason,
        "events": [{"source": e.source, "target": e.target, "code": e.code,
                    "event_name": coder.book.events[e.code][0], "rule_id": e.rule_id,
                    "verb_text": e.verb_text, "source_text": e.source_text,
                    "target_text": e.target_text} for e in result.events],
    }


def render(info: dict) -> str:
    """The explanation as readable text."""
    out = [f"sentence: {info['text']}", f"date:     {info['date'] or '(none)'}",
           f"codebook: {info['codebook']['name']} {info['codebook']['version']}", "",
           "tokens:   " + " | ".join(info["tokens"]), "", "matches:"]
    for m in info["matches"]:
        detail = ", ".join(f"{k}={v}" for k, v in m.items() if k not in ("text",))
        out.append(f"  {m['text']!r:<28} {detail}")
    out += ["", "actor phrases:"]
    for p in info["actors"]:
        extra = f" (pronoun -> {p['antecedent']})" if p["pronoun"] else ""
        comp = f" [compound of {p['compound']}]" if p["compound"] > 1 else ""
        out.append(f"  {p['text']!r:<40} -> {p['code']}{extra}{comp}")
    out += ["", "verbs and patterns:"]
    for v in info["verbs"]:
        pat = v.get("pattern")
        pat_txt = (f"pattern {pat['rule_id']} -> {pat['code']}" if pat
                   else f"no pattern matched; default {v['default_code']} ({v['rule_id']})")
        out.append(f"  {v['word']!r} ({v['as']} '{v['lemma']}'): {pat_txt}")
        if v.get("outcome") == "coded":
            out.append(f"      source {v.get('source')}, target {v.get('target')} -> "
                       f"{v.get('events')}")
        else:
            out.append(f"      {v.get('outcome')}: {v.get('reason')}")
    out += ["", f"outcome: {info['status']}" + (f" ({info['reason']})" if info["reason"]
                                                 else "")]
    for e in info["events"]:
        out.append(f"  EVENT {e['source']} -> {e['target']}  {e['code']} {e['event_name']}  "
                   f"[{e['rule_id']}]")
    return "\n".join(out)
