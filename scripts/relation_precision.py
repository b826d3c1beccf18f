#!/usr/bin/env python3
"""Relation precision on the dev set: what fraction of the relations a story shows
are in the gold, per kind group.

usage: relation_precision.py [STORY_DIR] [--verbose]

Why: the shared scorer measures relations by recall only, but a reader sees every
relation the widget draws; a rule that sprays guesses raises recall and misleads.
This maps each system relation through the scorer's own actor resolution
(`GoldActors.resolve`, imported from ../shared/eval/score_story.py) and counts it
right when the gold states it (alliance and mediation either way round) or, for a
hierarchy relation, when the gold tree puts the source under the target. A
relation with an end that maps to no gold actor counts as wrong ("unmapped").

Reads the dev gold files (tests/gold/*.gold.json and ../shared/gold/seed.gold.json)
and the stories `scripts/eval.sh` wrote (target/eval/NAME.story.json by default).
Never reads tests/heldout.
"""
import sys

from devset import dev_stories  # noqa: E402
from score_story import GoldActors, group_of, SYMMETRIC  # noqa: E402

GROUPS = ["hierarchy", "alliance", "conflict", "mediation"]


def score(gold, story):
    ga = GoldActors(gold)
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    gold_rel = set()
    for r in gold.get("relations", []):
        g = group_of(r["kind"])
        gold_rel.add((r["source"], r["target"], g))
        if g in SYMMETRIC:
            gold_rel.add((r["target"], r["source"], g))
    parent = {a["name"]: a.get("parent") for a in gold["actors"]}

    def under(s, t):
        seen, cur = set(), parent.get(s)
        while cur and cur not in seen:
            if cur == t:
                return True
            seen.add(cur)
            cur = parent.get(cur)
        return False

    out = {g: [0, 0] for g in GROUPS}
    wrong = []
    seen = set()
    for r in story.get("relations", []):
        g = group_of(r.get("kind", ""))
        s, t = mapped.get(r.get("source")), mapped.get(r.get("target"))
        key = (r.get("source"), r.get("target"), g)
        if key in seen:
            continue
        seen.add(key)
        if g not in out:
            out[g] = [0, 0]
        out[g][1] += 1
        ok = bool(s and t) and ((s, t, g) in gold_rel or (g == "hierarchy" and under(s, t)))
        out[g][0] += ok
        if not ok:
            wrong.append((g, r.get("kind"), actors.get(r.get("source"), {}).get("name"), actors.get(r.get("target"), {}).get("name"), "" if s and t else "unmapped"))
    return out, wrong


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    total = {}
    for name, gold, story in dev_stories(args):
        out, wrong = score(gold, story)
        cells = []
        for g, (ok, n) in out.items():
            t = total.setdefault(g, [0, 0])
            t[0] += ok
            t[1] += n
            if n:
                cells.append(f"{g}={ok}/{n}")
        ok, n = sum(v[0] for v in out.values()), sum(v[1] for v in out.values())
        print(f"{name}: relation_p={ok / n if n else 0:.3f} ({ok}/{n}) " + " ".join(cells))
        if verbose:
            for w in wrong:
                print("   not in gold:", w)
    ok, n = sum(v[0] for v in total.values()), sum(v[1] for v in total.values())
    cells = " ".join(f"{g}={v[0] / v[1]:.3f}({v[0]}/{v[1]})" for g, v in total.items() if v[1])
    print(f"dev: relation_p={ok / n if n else 0:.3f} ({ok}/{n}) {cells}")


if __name__ == "__main__":
    main()
