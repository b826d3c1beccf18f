#!/usr/bin/env python3
"""Which step of the tree chose each actor's parent, and how often it is right,
over the dev set.

usage: parent_steps.py [--cli PATH] [--list STEP-SUBSTRING] [--loose] [--by-kind]

Why: the parent figure says how often the tree is right, not which of its steps
was wrong; a fallback (the state of a title, of the paragraph, of the article;
the organisation named last; nothing) is a policy, and a policy is judged by how
often it is right across articles. The CLI prints the step behind each parent when
DRAMATIS_PARENT_TRACE is set (src/extract/cast/trace.rs); this script runs it on
every dev article (the release build `make eval` made), maps the system actors to
gold ones as the shared scorer does, and counts per step:
  right    the actor's ancestor chain reaches its gold parent (what the scorer counts);
  wrong    it does not (a scored miss);
  no gold  the gold gives no parent, or one the system did not find (not scored).
Steps are grouped by name; `--loose` keeps the source line of a construction
("owner (candidates/appositive.rs:283)") apart, `--by-kind` splits each step by the
system actor's kind (person, organization, ...). `--list S` prints every actor
whose step contains S, with its gold parent and its chain.

Never reads tests/heldout.
"""
import collections
import os
import sys

from devset import ROOT, dev_articles, traced_extract  # noqa: E402
from score_story import GoldActors  # noqa: E402


def run(cli, article):
    story, lines = traced_extract(cli, article, "DRAMATIS_PARENT_TRACE")
    steps = {}
    for parts in lines:
        if len(parts) == 4 and parts[0] == "parent-step":
            steps[parts[1]] = parts[3]
    return story, steps


def rows(gold, story, steps, loose):
    ga = GoldActors(gold)
    by_name = {a["name"]: a for a in gold["actors"]}
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    found = {m for m in mapped.values() if m in by_name}
    for aid, m in mapped.items():
        if m not in by_name:
            continue
        step = steps.get(aid, "untraced")
        if not loose and " (" in step:
            step = step.split(" (")[0]
        want = by_name[m].get("parent")
        chain, cur, seen = [], actors[aid].get("parent"), set()
        ok = False
        while cur and cur in actors and cur not in seen:
            seen.add(cur)
            chain.append(mapped.get(cur) or "?" + actors[cur].get("name", cur))
            if want and mapped.get(cur) == want:
                ok = True
                break
            cur = actors[cur].get("parent")
        if not want or want not in found:
            verdict = "no gold"
        else:
            verdict = "right" if ok else "wrong"
        yield step, verdict, m, want, " > ".join(chain) or "(root)", actors[aid].get("kind", "")


def main():
    argv = sys.argv[1:]
    cli = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "dramatis")
    listing, loose, by_kind = None, "--loose" in argv, "--by-kind" in argv
    if "--cli" in argv:
        cli = argv[argv.index("--cli") + 1]
    if "--list" in argv:
        listing = argv[argv.index("--list") + 1]
    table = collections.defaultdict(collections.Counter)
    for name, gold, article in dev_articles():
        story, steps = run(cli, article)
        for step, verdict, m, want, chain, kind in rows(gold, story, steps, loose):
            table[f"{step} / {kind}" if by_kind else step][verdict] += 1
            if listing and listing in step:
                print(f"{verdict:7} {name}: {m} ({kind}) -> gold {want}; got {chain}  [{step}]")
    print(f"{'step':60} {'right':>5} {'wrong':>5} {'no gold':>7}")
    total = collections.Counter()
    for step, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{step:60} {c['right']:5} {c['wrong']:5} {c['no gold']:7}")
        total.update(c)
    print(f"{'all':60} {total['right']:5} {total['wrong']:5} {total['no gold']:7}")


if __name__ == "__main__":
    main()
