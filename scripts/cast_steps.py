#!/usr/bin/env python3
"""Which step admitted, typed and joined each actor, and how often it is right,
over the dev set (issue 4: who becomes an actor, by policy).

usage: cast_steps.py [--cli PATH] [--loose] [--by-kind] [--list STEP-SUBSTRING]
                     [--misses] [--joins]

Why: actor_p and actor_r say how often the cast is right, not which of its
policies (a candidate step that admits a chunk, the step that sets its kind, the
rule that joins a second name to it) is wrong. The CLI prints the step behind
each actor when DRAMATIS_CAST_TRACE is set (src/extract/cast/trace.rs); this
script runs it on every dev article (the release build `make eval` made), maps
the system actors to gold ones as the shared scorer does, and counts:
  per admitting step: gold    the actor is the first to match a gold actor;
                      split   it matches a gold actor another system actor matched
                              first (a duplicate the scorer subtracts);
                      extra   it matches no gold actor (what lowers actor_p);
                      opt     it matches an optional gold actor (neutral);
  per typing step:    right / wrong (the system kind against the gold kind);
  per joining step:   right   the alias is a name of the same gold actor;
                      wrong   it is a name of another gold actor (a wrong merge);
                      no gold the gold does not know the alias (exact match).
`--misses` lists each gold actor the system missed, with the step that made its
name no actor (a chunk equal to a gold name the candidates rejected), the system
actor whose alias holds it (merged), or "never a chunk"; and each split with the
steps of both halves. Steps are grouped by name; `--loose` keeps the source line.
`--by-kind` splits admitting steps by the system kind. `--list S` prints every
actor whose admitting step contains S with its verdict.

Never reads tests/heldout.
"""
import collections
import os
import sys

from devset import ROOT, dev_articles, traced_extract  # noqa: E402
from score_story import GoldActors, norm  # noqa: E402


def run(cli, article):
    story, lines = traced_extract(cli, article, "DRAMATIS_CAST_TRACE")
    actors, aliases, rejects = {}, [], []
    for p in lines:
        if p[0] == "cast-actor" and len(p) == 4:
            actors[p[1]] = (p[2], p[3])
        elif p[0] == "cast-alias" and len(p) == 4:
            aliases.append((p[1], p[2], p[3]))
        elif p[0] == "cast-reject" and len(p) == 4:
            rejects.append((int(p[1]), p[2], p[3]))
    return story, actors, aliases, rejects


def group(step, loose):
    return step if loose or " (" not in step else step.split(" (")[0]


def main():
    argv = sys.argv[1:]
    cli = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "dramatis")
    loose, by_kind, misses, joins = "--loose" in argv, "--by-kind" in argv, "--misses" in argv, "--joins" in argv
    listing = argv[argv.index("--list") + 1] if "--list" in argv else None
    if "--cli" in argv:
        cli = argv[argv.index("--cli") + 1]
    admit = collections.defaultdict(collections.Counter)
    typed = collections.defaultdict(collections.Counter)
    joined = collections.defaultdict(collections.Counter)
    lost = collections.Counter()
    lines = []
    for name, gold, article in dev_articles():
        story, steps, aliases, rejects = run(cli, article)
        ga = GoldActors(gold)
        by_name = {a["name"]: a for a in gold["actors"]}
        actors = story.get("actors", [])
        mapped = {a["id"]: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for a in actors}
        first = {}
        for a in actors:
            m = mapped[a["id"]]
            step, tstep = steps.get(a["id"], ("untraced", "untraced"))
            step, tstep = group(step, loose), group(tstep, loose)
            key = f"{step} / {a.get('kind')}" if by_kind else step
            if m is None:
                verdict = "extra"
            elif m.startswith("?"):
                verdict = "opt"
            elif m in first:
                verdict = "split"
            else:
                verdict = "gold"
                first[m] = a
            admit[key][verdict] += 1
            if verdict == "gold":
                typed[tstep]["right" if a.get("kind") == by_name[m].get("kind") else "wrong"] += 1
            if listing and listing in step:
                lines.append(f"{verdict:6} {name}: {a.get('name')} [{a.get('kind')}] -> {m}  [{step}; typed {tstep}]")
            if misses and verdict == "split":
                f = first[m]
                lines.append(f"split  {name}: {m}: {a.get('name')} [{step}] apart from {f.get('name')} [{group(steps.get(f['id'], ('untraced',))[0], loose)}]")
        # Joins: each alias against the gold names (exact, as the scorer's first probe).
        owner = {a["id"]: mapped[a["id"]] for a in actors}
        for aid, al, step in aliases:
            g = ga.alias.get(norm(al))
            m = owner.get(aid)
            if not g or g.startswith("?") or not m or m.startswith("?"):
                verdict = "no gold"
            else:
                verdict = "right" if g == m else "wrong"
            joined[group(step, loose)][verdict] += 1
            if joins and verdict == "wrong":
                lines.append(f"wrong join {name}: '{al}' (gold {g}) joined to {m}  [{step}]")
        if misses:
            found = {m for m in mapped.values() if m}
            sys_aliases = {norm(al): aid for aid, al, _ in aliases}
            rej = {}
            for _, chunk, step in rejects:
                rej.setdefault(norm(chunk), group(step, loose))
            for g in gold["actors"]:
                if g["name"] in found:
                    continue
                strings = [norm(s) for s in [g["name"]] + g.get("aliases", [])]
                why = next((f"rejected by {rej[s]} ('{s}')" for s in strings if s in rej), None)
                if why is None:
                    into = next((s for s in strings if s in sys_aliases), None)
                    if into:
                        why = f"merged: alias of {mapped.get(sys_aliases[into])}"
                if why is None:
                    part = next((f"inside rejected chunk '{c}' ({s})" for c, s in rej.items() for w in strings if len(w) > 3 and f" {w} " in f" {c} "), None)
                    why = part or "never a chunk"
                lost[why.split(" ('")[0].split(" (")[0] if not why.startswith("merged") else "merged"] += 1
                lines.append(f"missed {name}: {g['name']} [{g.get('kind')}]: {why}")
    for l in lines:
        print(l)
    print(f"\n{'admitting step':58} {'gold':>5} {'split':>5} {'extra':>5} {'opt':>4}")
    tot = collections.Counter()
    for step, c in sorted(admit.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{step:58} {c['gold']:5} {c['split']:5} {c['extra']:5} {c['opt']:4}")
        tot.update(c)
    print(f"{'all':58} {tot['gold']:5} {tot['split']:5} {tot['extra']:5} {tot['opt']:4}")
    print(f"\n{'typing step (matched actors)':58} {'right':>5} {'wrong':>5}")
    for step, c in sorted(typed.items(), key=lambda kv: -sum(kv[1].values())):
        if c["wrong"] or loose:
            print(f"{step:58} {c['right']:5} {c['wrong']:5}")
    print(f"{'all (steps with no wrong type left out above)':58} {sum(c['right'] for c in typed.values()):5} {sum(c['wrong'] for c in typed.values()):5}")
    print(f"\n{'joining step (aliases)':58} {'right':>5} {'wrong':>5} {'no gold':>7}")
    for step, c in sorted(joined.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{step:58} {c['right']:5} {c['wrong']:5} {c['no gold']:7}")
    if misses:
        print("\nmissed gold actors, by cause:")
        for why, n in lost.most_common():
            print(f"  {n:4} {why}")


if __name__ == "__main__":
    main()
