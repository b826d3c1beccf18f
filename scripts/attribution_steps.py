#!/usr/bin/env python3
"""Which step of the speaker sieve chose each quote's speaker, and how often it is
right, over the dev set.

usage: attribution_steps.py [--cli PATH] [--coarse] [--list STEP-SUBSTRING] [--wrong]

Why: the attribution figure says how often speakers are right, not which step of
the sieve was wrong; resolving "he" to the previous sentence's subject or to the
nearest mention, carrying the previous paragraph's speaker over, taking "the
minister" for the last minister named: each is a policy, and a policy is judged by
how often it is right across articles (issue 3: dev attribution 0.974, held-out
0.876). The CLI prints the step behind each quote when DRAMATIS_ATTR_TRACE is set
(src/extract/attribution/trace.rs); this script runs the release build `make eval`
made on every dev article, matches system quotes to gold ones as the shared scorer
does (`match_quotes`), maps speakers as it does (`GoldActors`), and counts per step
the matched speech quotes that are
  right     the speaker maps to the gold speaker (what the scorer counts);
  wrong     the speaker maps to another gold actor;
  unmapped  the speaker maps to no gold actor (a made-up or fragment actor);
  none      the system gives no speaker, the gold one;
  gold none the gold gives no speaker, the system one (scored wrong unless unmapped);
and, apart, `name` (the `--jsonl` criterion: the speaker's name, as `--jsonl` prints
it, is the gold speaker's name or an alias, case-folded; the --jsonl path reads the
article with the same reader) and `spurious` (system speech quotes with no gold
speech quote). A quote the system left without a speaker is counted under "-".

Default: the fine steps (sieve, the site that decided, the resolver's branch);
`--coarse` groups by sieve (the story's `evidence`) only. `--list S` prints every
matched quote whose step contains S, with its verdict, gold and system speakers and
the text before it (`--wrong`: only the ones not right).

The --jsonl figure of `make eval` (all-gold.jsonl) covers held-out articles too;
this script covers the dev ones only (the seed and tests/gold). Never reads
tests/heldout.
"""
import collections
import os
import sys
import unicodedata

from devset import ROOT, dev_articles, traced_extract  # noqa: E402
from score_story import GoldActors, match_quotes  # noqa: E402


def run(cli, article):
    story, lines = traced_extract(cli, article, "DRAMATIS_ATTR_TRACE")
    steps = {}
    for parts in lines:
        if len(parts) == 4 and parts[0] == "attr-step":
            steps[parts[1]] = (parts[2], parts[3])
    return story, steps


def fold(s):
    return unicodedata.normalize("NFKC", s or "").casefold().strip()


def rows(gold, story, steps):
    """(sieve, step, verdict, name_ok, gold speaker, system speaker name, quote) per
    matched gold speech quote, then ("spurious", ...) per unmatched system one."""
    ga = GoldActors(gold)
    gold_actors = {a["name"]: a for a in gold["actors"]}
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    gq, sq = gold["quotes"], story.get("quotes", [])
    matched = set()
    for gi, si in match_quotes(gq, sq):
        g, s = gq[gi], sq[si]
        if g["kind"] in ("speech", "fragment"):
            matched.add(si)
        if g["kind"] not in ("speech", "fragment") or s.get("kind", "speech") != "speech":
            continue
        sieve, step = steps.get(s["id"], (s.get("evidence") or "-", "untraced"))
        spk = s.get("speaker")
        got = mapped.get(spk)
        want = g.get("speaker")
        if spk is None:
            verdict = "right" if want is None else "none"
        elif want is None:
            verdict = "right" if got is None else "gold none"
        elif got == want:
            verdict = "right"
        elif got is None or got.startswith("?"):
            verdict = "unmapped"
        else:
            verdict = "wrong"
        name = actors.get(spk, {}).get("name") if spk else None
        ga_want = gold_actors.get(want) or {}
        name_ok = (name is None and want is None) or (name is not None and fold(name) in {fold(x) for x in [want] + list(ga_want.get("aliases", []))})
        yield sieve, step, verdict, name_ok, want, (name or "-"), s
    for si, s in enumerate(sq):
        if s.get("kind", "speech") == "speech" and si not in matched:
            sieve, step = steps.get(s["id"], (s.get("evidence") or "-", "untraced"))
            yield sieve, step, "spurious", False, None, "-", s


def context(story, s, width=160):
    paras = story.get("paragraphs", [])
    p = s.get("paragraph", 0)
    text = paras[p] if p < len(paras) else ""
    at = s.get("start") or 0
    before = text[max(0, at - width):at]
    if at < width and p > 0:
        before = paras[p - 1][-(width - at):] + " / " + before
    return before.replace("\n", " / ")


COLS = ("right", "wrong", "unmapped", "none", "gold none")


def main():
    argv = sys.argv[1:]
    cli = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "dramatis")
    if "--cli" in argv:
        cli = argv[argv.index("--cli") + 1]
    listing = argv[argv.index("--list") + 1] if "--list" in argv else None
    coarse, only_wrong = "--coarse" in argv, "--wrong" in argv
    table = collections.defaultdict(collections.Counter)
    for name, gold, article in dev_articles():
        story, steps = run(cli, article)
        for sieve, step, verdict, name_ok, want, got, s in rows(gold, story, steps):
            key = sieve if coarse else (f"{sieve}: {step}" if step not in ("-", "untraced") else f"{sieve} ({step})")
            table[key][verdict] += 1
            if verdict != "spurious":
                table[key]["name"] += name_ok
            if listing and listing in key and verdict != "spurious" and not (only_wrong and verdict == "right"):
                print(f"{verdict:9} {name} {s['id']}: gold={want} got={got}  [{key}]")
                print(f"          ...{context(story, s)} \u00ab{s.get('text', '')[:90]}\u00bb")
    width = max([len(k) for k in table] + [10])
    print(f"{'step':{width}} " + " ".join(f"{c:>9}" for c in COLS) + f" {'acc':>6} {'name':>5} {'spurious':>8}")
    total = collections.Counter()
    for key, c in sorted(table.items(), key=lambda kv: (-sum(kv[1][x] for x in COLS), kv[0])):
        n = sum(c[x] for x in COLS)
        acc = f"{c['right'] / n:.3f}" if n else "-"
        print(f"{key:{width}} " + " ".join(f"{c[x]:9}" for x in COLS) + f" {acc:>6} {c['name']:5} {c['spurious']:8}")
        total.update(c)
    n = sum(total[x] for x in COLS)
    print(f"{'all':{width}} " + " ".join(f"{total[x]:9}" for x in COLS) + f" {total['right'] / max(n, 1):6.3f} {total['name']:5} {total['spurious']:8}")


if __name__ == "__main__":
    main()
