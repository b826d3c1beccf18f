#!/usr/bin/env python3
"""Parent misses on the dev set, by line of the parent convention.

usage: parent_misses.py [STORY_DIR] [--all]

Why: the shared scorer prints one parent figure per article; to fix the tree by
convention rather than by sentence one needs every miss with the convention line it
breaks (a minister, a spokesperson, a judge, a party under its state, ...), counted
over the whole dev set. Like the scorer, an actor counts when it and its gold parent
are both found, and it is right when its ancestor chain reaches the gold parent. The
category comes from the gold actor's kind and role (`CATEGORIES`, first match wins).
`--all` lists the hits too (to see how often each line is followed).

Reads the dev gold files (tests/gold/*.gold.json and ../shared/gold/seed.gold.json)
and the stories `scripts/eval.sh` wrote (target/eval/NAME.story.json by default).
Never reads tests/heldout.
"""
import collections
import re
import sys

from devset import dev_stories  # noqa: E402
from score_story import GoldActors  # noqa: E402

# (category, pattern on the gold role) for people; the first match wins.
CATEGORIES = [
    ("spokesperson", r"spokes|press secretary"),
    ("judge", r"\bjustice\b|\bjudge\b"),
    ("envoy/ambassador", r"envoy|ambassador"),
    ("head of state/government", r"^(president|prime minister|chancellor|supreme leader|transitional president|head of .*government)|^president of [a-z]+$|former president"),
    ("minister", r"minister|secretary of state|cabinet secretary|secretary of national|undersecretary|environment secretary"),
    ("legislator", r"\bmp\b|mep|senator|lawmaker|speaker|member of parliament|majority leader|opposition leader"),
    ("party/union/org leader", r"leader|secretary[- ]general|general secretary|chair|president of the|emir|head of|chief executive|vice[- ]president|executive secretary"),
    ("commander/military", r"command|army|chief of|general|officer"),
    ("analyst/academic", r"analyst|researcher|fellow|scientist|professor|economist|expert|specialist"),
    ("journalist", r"journalist|editor|reporter"),
    ("unnamed official", r"anonymous|unnamed"),
    ("mayor/local", r"mayor|governor"),
]


def category(actor, kinds):
    kind = actor.get("kind")
    if kind != "person":
        pk = kinds.get(actor.get("parent"))
        return f"{kind} under {pk}"
    role = (actor.get("role") or "").lower()
    for name, pat in CATEGORIES:
        if re.search(pat, role):
            return name
    return "person (other)"


def misses(gold, story):
    ga = GoldActors(gold)
    kinds = {a["name"]: a.get("kind") for a in gold["actors"]}
    by_name = {a["name"]: a for a in gold["actors"]}
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    found = {m for m in mapped.values() if m in by_name}
    out = []
    for aid, m in mapped.items():
        if m not in by_name or not by_name[m].get("parent") or by_name[m]["parent"] not in found:
            continue
        want = by_name[m]["parent"]
        chain, cur, seen = [], actors[aid].get("parent"), set()
        while cur and cur in actors and cur not in seen:
            seen.add(cur)
            chain.append(actors[cur].get("name", cur))
            if mapped.get(cur) == want:
                break
            cur = actors[cur].get("parent")
        ok = bool(chain) and mapped.get(cur) == want
        out.append((ok, category(by_name[m], kinds), m, want, " > ".join(chain) or "(root)", by_name[m].get("role") or ""))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_all = "--all" in sys.argv
    per_cat = collections.defaultdict(lambda: [0, 0])
    for name, gold, story in dev_stories(args):
        rows = misses(gold, story)
        for ok, cat, m, want, chain, role in rows:
            per_cat[cat][0] += ok
            per_cat[cat][1] += 1
            if show_all or not ok:
                print(f"{'ok  ' if ok else 'MISS'} {name}: [{cat}] {m} ({role}) -> want {want}; got {chain}")
    print("per category (right/total):")
    for cat, (ok, total) in sorted(per_cat.items(), key=lambda kv: kv[1][0] - kv[1][1]):
        print(f"  {cat}: {ok}/{total}")
    ok = sum(v[0] for v in per_cat.values())
    total = sum(v[1] for v in per_cat.values())
    print(f"parent misses: {total - ok} of {total} scored actors")


if __name__ == "__main__":
    main()
