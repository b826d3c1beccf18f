#!/usr/bin/env python3
"""Missed gold relations on the dev set, each with the sentence(s) where both ends
occur and a guessed cause, counted per cause over all dev articles.

usage: relation_misses.py [STORY_DIR] [--list]

Why: relation recall is one figure per article; to fix relations by defect class
(not by sentence) one needs every miss, where its two actors meet in the text and
why the extractor could not join them. Causes (first that applies):
  endpoint missing     an end maps to no system actor (the cast's, not the relations')
  wrong identity       both ends found, but by one system actor (merged)
  wrong type/direction the story relates the two ends, in another kind group or
                       the other way round (or, for hierarchy, higher up the tree)
  hierarchy: tree      a hierarchy relation the tree places elsewhere (parent convention)
  never co-occur       no sentence names both ends, split in two:
    pronoun/description  a sentence with a cue word names one end, and the other
                       only by a pronoun ("he", "its") or a description ("the
                       ministry", "the rebels") after its name in the paragraph
                       or the one before (coreference, then the cue, would reach it)
    background         nothing in the text states it
  cue not in lexicon   a sentence names both, with no cue word of data/relations.txt
  out of reach: list   ... with a cue, and one end inside a list "X, Y and Z"
  out of reach: nominal ... with a cue, as a noun ("X's criticism of Y", "between X and Y")
  out of reach: clause ... with a cue, ends in different clauses (other cases)
The mention of an actor is any of its gold name and aliases and of the aliases of
the system actor(s) mapped to it (whole words, case-insensitive).

Reads tests/gold/*.gold.json (and ../shared/gold/seed.gold.json) and the stories
`scripts/eval.sh` wrote (target/eval/NAME.story.json). Never reads tests/heldout.
"""
import collections
import os
import re
import sys

from devset import ROOT, dev_stories  # noqa: E402
from score_story import GoldActors, group_of, norm, SYMMETRIC  # noqa: E402

CAUSES = ["endpoint missing", "wrong identity", "wrong type/direction", "hierarchy: tree",
          "never co-occur: background", "never co-occur: pronoun/description", "cue not in lexicon", "out of reach: list", "out of reach: nominal",
          "out of reach: clause"]


def cue_words():
    """The content words of the relation cues (not of the helper [-:...] sections)."""
    words, section = set(), ""
    for line in open(os.path.join(ROOT, "data", "relations.txt"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            continue
        if section.startswith("[-:") and section not in ("[-:critical]", "[-:pejorative]"):
            continue
        for w in re.findall(r"[a-z][a-z'-]+", line):
            if len(w) > 3 and w not in {"with", "that", "from", "into", "over", "their", "which", "whose", "against"}:
                words.add(w)
    return words


def sentences(paragraphs):
    for i, p in enumerate(paragraphs):
        for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", p):
            yield i, s


PRONOUN = re.compile(r"\b(he|she|it|they|him|her|them|his|its|their)\b")
# Descriptions news prose uses for an actor it has named: "the ministry", "the rebels".
DESCRIPTION = re.compile(r"\bthe (government|ministry|party|group|rebels|movement|court|army|military|"
                         r"council|commission|bloc|coalition|union|regulator|company|firm|junta|militia|"
                         r"alliance|agency|authority|organisation|organization|committee|embassy|"
                         r"administration|opposition|president|minister|leader|country|state|city|"
                         r"police|force|forces|body|institution|board|bank|federation)\b")


def described(sents, s_names, t_names, cues):
    """The sentences (its antecedent's, its own) where a sentence with a cue word names one end and the other only by a
    pronoun or description, that end being named before it in its paragraph or the
    paragraph before."""
    for k, (para, sent) in enumerate(sents):
        low = norm(sent)
        if not any(w in cues for w in re.findall(r"[a-z][a-z'-]+", low)):
            continue
        if not (PRONOUN.search(low) or DESCRIPTION.search(low)):
            continue
        for here, other in ((s_names, t_names), (t_names, s_names)):
            if not spans(sent, here)[1]:
                continue
            for j in range(k - 1, -1, -1):
                if sents[j][0] < para - 1:
                    break
                if spans(sents[j][1], other)[1]:
                    return [sents[j][1], sent]
    return []


def spans(sentence, names):
    low = norm(sentence)
    out = []
    for n in names:
        n = norm(n)
        if len(n) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low):
            out.append((m.start(), m.end()))
    return low, out


def classify(low, a, b, cues):
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    between = low[min(a[1], b[1]):max(a[0], b[0])]
    window = low[max(0, lo - 60):hi + 60]
    if not any(w in cues for w in re.findall(r"[a-z][a-z'-]+", window)):
        return "cue not in lexicon"
    if re.search(r"\b(between|of|against|with)\b", between) and re.search(r"'s\b|\bbetween\b|\w+(ion|ism|ance|ment|ship)\b", window):
        return "out of reach: nominal"
    if re.search(r",[^,]*\band\b|,[^,]*,", low[max(0, lo - 40):hi + 40]) and re.search(r"\band\b", window):
        return "out of reach: list"
    return "out of reach: clause"


def misses(gold, story, cues):
    ga = GoldActors(gold)
    actors = {a["id"]: a for a in story.get("actors", [])}
    mapped = {aid: ga.resolve([a.get("name", "")] + list(a.get("aliases", []) or [])) for aid, a in actors.items()}
    by_gold = collections.defaultdict(list)
    for aid, m in mapped.items():
        if m:
            by_gold[m].append(aid)
    sys_rel = collections.defaultdict(set)
    for r in story.get("relations", []):
        s, t = mapped.get(r.get("source")), mapped.get(r.get("target"))
        if s and t:
            sys_rel[(s, t)].add(group_of(r.get("kind", "")))
    for aid, a in actors.items():
        if a.get("parent") in actors and mapped.get(aid) and mapped.get(a["parent"]):
            sys_rel[(mapped[aid], mapped[a["parent"]])].add("hierarchy")

    def chain(g):
        out, seen = [], set()
        for aid in by_gold.get(g, []):
            cur = actors[aid].get("parent")
            while cur in actors and cur not in seen:
                seen.add(cur)
                out.append(mapped.get(cur))
                cur = actors[cur].get("parent")
        return out

    galias = {a["name"]: [a["name"]] + a.get("aliases", []) for a in gold["actors"]}
    sents = list(sentences(story.get("paragraphs", [])))
    for r in gold.get("relations", []):
        s, t, g = r["source"], r["target"], group_of(r["kind"])
        if g in sys_rel.get((s, t), set()) or (g in SYMMETRIC and g in sys_rel.get((t, s), set())):
            continue
        if s not in by_gold or t not in by_gold:
            yield r, "endpoint missing", []
            continue
        if set(by_gold[s]) & set(by_gold[t]):
            yield r, "wrong identity", []
            continue
        if sys_rel.get((s, t)) or sys_rel.get((t, s)) or (g == "hierarchy" and t in chain(s)):
            yield r, "wrong type/direction", []
            continue
        names = {x: galias.get(x, [x]) + [n for aid in by_gold[x] for n in [actors[aid].get("name")] + (actors[aid].get("aliases") or [])] for x in (s, t)}
        where, cause = [], None
        for _, sent in sents:
            low, sa = spans(sent, names[s])
            _, ta = spans(sent, names[t])
            pairs = [(a, b) for a in sa for b in ta if a[1] <= b[0] or b[1] <= a[0]]
            if pairs:
                where.append(sent)
                a, b = min(pairs, key=lambda p: abs(p[0][0] - p[1][0]))
                c = classify(low, a, b, cues)
                if cause is None or CAUSES.index(c) > CAUSES.index(cause):
                    cause = c
        if g == "hierarchy":
            yield r, "hierarchy: tree", where
        elif not where:
            found = described(sents, names[s], names[t], cues)
            if found:
                yield r, "never co-occur: pronoun/description", found
            else:
                yield r, "never co-occur: background", []
        else:
            yield r, cause, where


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    cues = cue_words()
    counts = collections.Counter()
    groups = collections.Counter()
    total = 0
    for name, gold, story in dev_stories(args):
        total += len(gold.get("relations", []))
        for r, cause, where in misses(gold, story, cues):
            counts[cause] += 1
            groups[group_of(r["kind"])] += 1
            if listing:
                print(f"{name}: {r['source']} -{r['kind']}-> {r['target']}  [{cause}]")
                for w in where[:3]:
                    print("     |", w[:300])
                if not where and cause not in ("endpoint missing", "wrong identity", "wrong type/direction"):
                    print("     | " + cause)
    n = sum(counts.values())
    print("by group: " + " ".join(f"{g}={c}" for g, c in groups.most_common()))
    print(f"relation misses: {n} of {total} gold relations: " + ", ".join(f"{c}={counts[c]}" for c in CAUSES if counts[c]))


if __name__ == "__main__":
    main()
