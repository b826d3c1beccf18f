#!/usr/bin/env python3
"""Attribution misses on the dev set, by cause.

usage: attribution_misses.py [STORY_DIR] [--quiet]

Why: the shared scorer prints one attribution figure per article; to fix speakers by
defect class rather than by sentence one needs every gold speech quote whose predicted
speaker is wrong or missing, with the sieve that chose it and the text around it,
counted over the whole dev set. Like the scorer, a gold speech (or fragment) quote
counts when a system speech quote matches it (`match_quotes`), and it is right when
the system speaker maps to the gold speaker. The cause comes from `CAUSES` (first
match wins) on the quote's surroundings; "other" needs a reader. The system speech
quotes with no gold speech quote (slogans, titles, terms taken as speech) are listed
too, since a wrong quote has a wrong speaker by construction.

Reads the dev gold files (tests/gold/*.gold.json and ../shared/gold/seed.gold.json)
and the stories `scripts/eval.sh` wrote (target/eval/NAME.story.json by default).
Never reads tests/heldout.
"""
import collections
import re
import sys

from devset import dev_stories  # noqa: E402
from score_story import GoldActors, match_quotes  # noqa: E402

OPEN = "\"\u201c"
CLOSE = "\"\u201d"


def cause(before, after, gold_actor, pred, pred_actor):
    """The defect class of one miss, from the text around the quote (first match wins)."""
    role = ((gold_actor or {}).get("role") or "").lower()
    name = (gold_actor or {}).get("name") or ""
    frame = before[-120:] + " | " + after[:160]
    if re.search(r"anonym|unnamed|spoke on condition", role) or (name[:1].islower() or re.match(r"(?:a|an|one|two|three|several) ", name)):
        return "unnamed source"
    if pred_actor and pred_actor.get("kind") in ("media", "outlet") or re.search(r"\btold (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*[,.]", after[:160]):
        return "addressee after 'told'"
    para_start = before.rfind("\n") + 1
    prev_para = before[: max(para_start - 1, 0)]
    prev_line = prev_para[prev_para.rfind("\n") + 1:]
    if before[para_start:].strip() in ("", "\"", "\u201c") and prev_line.lstrip()[:1] in OPEN and prev_line.rstrip()[-1:] not in CLOSE:
        return "multi-paragraph quote"
    if re.search(r"\b(?:says|tells (?:me|us)|adds|recalls|explains|insists)\b", frame):
        return "present-tense frame"
    if pred is None:
        return "no speaker"
    if pred_actor and pred_actor.get("kind") not in ("person", None) and (gold_actor or {}).get("kind") == "person":
        return "organisation for its person"
    return "other"


def misses(gold, story):
    ga = GoldActors(gold)
    by_name = {a["name"]: a for a in gold["actors"]}
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    paras = story.get("paragraphs", [])
    offsets, text = [], ""
    for p in paras:
        offsets.append(len(text))
        text += p + "\n"
    gq, sq = gold["quotes"], story.get("quotes", [])
    pairs = match_quotes(gq, sq)
    out, extra = [], []
    matched_speech = set()
    for gi, si in pairs:
        g, s = gq[gi], sq[si]
        if g["kind"] in ("speech", "fragment"):
            matched_speech.add(si)
        if g["kind"] not in ("speech", "fragment") or s.get("kind", "speech") != "speech":
            continue
        got = mapped.get(s.get("speaker"))
        if got == g["speaker"]:
            out.append((True, None))
            continue
        p = s.get("paragraph", 0)
        at = (offsets[p] if p < len(offsets) else 0) + s.get("start", 0)
        end = (offsets[p] if p < len(offsets) else 0) + s.get("end", 0)
        before, after = text[max(0, at - 200):at], text[end:end + 200]
        pa = actors.get(s.get("speaker"))
        c = cause(text[max(0, at - 600):at], after, by_name.get(g["speaker"]), s.get("speaker"), pa)
        out.append((False, dict(cause=c, para=p, start=s.get("start"), gold=g["speaker"], pred=s.get("speaker"),
                                pred_gold=got, evidence=s.get("evidence"), before=before, after=after, text=g["text"])))
    for si, s in enumerate(sq):
        if s.get("kind", "speech") == "speech" and si not in matched_speech:
            extra.append(s)
    return out, extra


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in sys.argv
    per_cause = collections.Counter()
    total = wrong = spurious = 0
    for name, gold, story in dev_stories(args):
        rows, extra = misses(gold, story)
        for ok, m in rows:
            total += 1
            if ok:
                continue
            wrong += 1
            per_cause[m["cause"]] += 1
            if not quiet:
                flat = lambda s: s.replace("\n", " / ")
                print(f"MISS {name} p{m['para']}@{m['start']} [{m['cause']}] gold={m['gold']} pred={m['pred']} ({m['pred_gold']}) sieve={m['evidence']}")
                print(f"     quote: {m['text'][:100]!r}")
                print(f"     before: ...{flat(m['before'])}")
                print(f"     after: {flat(m['after'])}...")
        for s in extra:
            spurious += 1
            if not quiet:
                print(f"SPURIOUS {name} p{s.get('paragraph')}@{s.get('start')} speaker={s.get('speaker')} sieve={s.get('evidence')}: {s.get('text', '')[:100]!r}")
    print("per cause:")
    for c, n in per_cause.most_common():
        print(f"  {c}: {n}")
    print(f"attribution misses: {wrong} of {total} matched speech quotes ({spurious} system speech quotes with no gold speech)")


if __name__ == "__main__":
    main()
