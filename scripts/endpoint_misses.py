#!/usr/bin/env python3
"""The dev relation misses whose cause is "endpoint missing" (relation_misses.py),
broken down by the missing gold actor: which end it is, its kind, and why no system
actor maps to it.

usage: endpoint_misses.py [STORY_DIR] [--list]

Why: "endpoint missing" is the largest miss class (177 of 572 at 2c8c854) and
reads as a relation defect, but by the scorer's definition no system actor
resolves to the gold end: the cast never admitted it, or admitted it under a name
that maps elsewhere. This says which, per missing actor (one actor missing often
costs several relations), so that the fix goes to the right component:
  government        an organisation named for a state's government ("Polish
                    Government", alias "the government"): the gold keeps it apart
                    from the state in some articles and as the state's alias in
                    others; the cast reads "the government" as the home state
  split/misnamed    a system actor sharing a capitalised word of the gold end's
                    names maps to no gold actor (or an optional one): the cast has
                    it under another name ("Hacemos Unidos", "Congress")
  named, not admitted  a capitalised gold name or alias occurs in the text and no
                    system actor shares its words
  described only    only lowercase aliases occur ("the planning board")
  not in the text   no name or alias of it occurs
Reads tests/gold (and ../shared/gold/seed.gold.json) and eval.sh's stories; never
tests/heldout.
"""
import collections
import re
import sys

from devset import dev_stories  # noqa: E402
from relation_misses import cue_words, misses  # noqa: E402
from score_story import GoldActors  # noqa: E402

CLASSES = ["government", "split/misnamed", "named, not admitted", "described only", "not in the text"]


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, 0 if form != form.lower() else re.I)


def classify(actor, actors, mapped, text):
    forms = [actor["name"]] + actor.get("aliases", [])
    if actor.get("kind") != "state" and re.search(r"\bgovernment\b", actor["name"], re.I):
        return "government"
    words = {w for f in forms for w in re.findall(r"\b[A-Z][\w'-]+", f) if w not in ("The", "Of")}
    for aid, a in actors.items():
        names = [a.get("name", "")] + list(a.get("aliases") or [])
        if (mapped.get(aid) is None or mapped[aid].startswith("?")) and any(w in re.findall(r"[\w'-]+", n) for n in names for w in words):
            return "split/misnamed"
    if any(f != f.lower() and occurs(f, text) for f in forms):
        return "named, not admitted"
    if any(occurs(f, text) for f in forms):
        return "described only"
    return "not in the text"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    cues = cue_words()
    ends = collections.Counter()
    actors_by = collections.Counter()
    rels_by = collections.Counter()
    kinds = collections.Counter()
    rows = []
    for name, gold, story in dev_stories(args):
        ga = GoldActors(gold)
        actors = {a["id"]: a for a in story.get("actors", [])}
        mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
        found = {m for m in mapped.values() if m}
        text = "\n".join(story.get("paragraphs", []))
        by_name = {a["name"]: a for a in gold["actors"]}
        lost = collections.Counter()
        for r, cause, _ in misses(gold, story, cues):
            if cause != "endpoint missing":
                continue
            gone = [e for e in ("source", "target") if r[e] not in found]
            ends["+".join(gone)] += 1
            for e in gone:
                lost[r[e]] += 1
        for g, n in lost.items():
            actor = by_name.get(g, {"name": g, "kind": "?"})
            c = classify(actor, actors, mapped, text)
            actors_by[c] += 1
            rels_by[c] += n
            kinds[(c, actor.get("kind"))] += 1
            rows.append(f"{name}: {g} ({actor.get('kind')}, {n} relation(s)) [{c}]")
    print("endpoint misses by missing end: " + ", ".join(f"{k}={v}" for k, v in ends.most_common()))
    print("missing gold actors by class (actors, relations): " + ", ".join(f"{c}={actors_by[c]} ({rels_by[c]})" for c in CLASSES if actors_by[c]))
    print("by class and kind: " + ", ".join(f"{c}/{k}={v}" for (c, k), v in sorted(kinds.items())))
    if listing:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
