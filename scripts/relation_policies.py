#!/usr/bin/env python3
"""What a cheap relation *policy* (a default for when no construction fires) would
add on the dev set, counted right and wrong, before anyone writes it in Rust.

usage: relation_policies.py [STORY_DIR] [--examples N]

Why: construction rules (cue words, phrasings) move the probes but not unseen text;
in the tree, a policy chosen by counting right/wrong over the whole dev set moved
unseen text most. This simulates candidate relation policies on the stories
`scripts/eval.sh` wrote (the system's own actors, aliases, tree, quotes and
speakers) and counts, per policy, each relation it would propose:
  new_right  the gold states it and the story lacks it (recall gained)
  already    the story already has it, same kind group (or, for hierarchy, the
             gold tree puts the source under the target): neither gained nor lost
  wrong      both ends map to gold actors, the gold lacks it (precision lost)
  unmapped   an end maps to no gold actor (relation_precision.py counts it wrong)
A policy is worth writing only when new_right > wrong + unmapped and dev relation_p
stays at or above .70: (right + new_right) / (shown + new_right + wrong + unmapped),
right/shown from relation_precision.py (661/942 at da04e79).

rel20b (2c8c854) added the speaker's-words policies P1g-P1k (a conflict verb in
the quote's frame, a person addressed in the quote, a capital standing for its
state, a quote sentence opened by the actor with a critical word, a reply frame)
and P9 (frame verbs "told/urged/warned Y", "thanked/praised Y"): every one is
wrong more often than right, as P1a-P1f were, so none was written.

Mentions are whole-word matches of a system actor's name and aliases (3+ chars);
sentences are split as relation_misses.py splits them. Cue words are the first
words of the cues in data/relations.txt, by kind section. Reads tests/gold and
../shared/gold/seed.gold.json only; never tests/heldout.
"""
import collections
import os
import re
import sys

from devset import ROOT, dev_stories  # noqa: E402
from score_story import GoldActors, group_of, SYMMETRIC  # noqa: E402


def sections():
    out, sec = collections.defaultdict(set), ""
    for line in open(os.path.join(ROOT, "data", "relations.txt"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            sec = line[1:-1]
            continue
        out[sec].add(line.lower())
    return out


W = sections()


def first_words(kinds):
    return {p.split()[0] for k, v in W.items() if k.split(":")[0] in kinds for p in v if len(p.split()[0]) > 3}


CONFLICT = first_words(("criticizes", "opposes", "pressures"))
MEDIATION = first_words(("mediates", "negotiates_with", "meets"))
ALLIANCE = first_words(("allied_with",))
CRITICAL = {w for w in W["-:critical"] | W["-:pejorative"] if len(w) > 3 and "'" not in w}
PEJORATIVE = {w for w in W["-:pejorative"] if len(w) > 3}
FRAME_CONFLICT = re.compile(r"\b(accus\w+|attack\w*|blam\w+|hit(ting|s)? back|criticis\w+|criticiz\w+|slamm?\w*|lash\w* out|denounc\w+|condemn\w+|rebuk\w+|took aim|taking aim)\b")
# "Ms Hollings, it rains", "…, Mr Ruiz Montero, when you": a courtesy title or office
# opening a vocative.
VOCATIVE = re.compile(r"(?:^|[,;:.!?]\s+|\b(?:With respect|Sir|Well|No|Yes),?\s+)(?:Mr|Mrs|Ms|Miss|Dr|Madam|Minister|Senator|Commissioner|President|Secretary|Chair|Judge)\.?\s+")
CAPITALS = {c for line in open(os.path.join(ROOT, "data", "kb", "states.tsv"), encoding="utf-8") if not line.startswith(("#", "name\t")) for c in (line.rstrip("\n").split("\t") + ["", "", "", ""])[3].split("|") if c}
SAY = re.compile(r"\b(said|says|told [^,.]{0,40}? that|described|called|accused|saying)\b")


def words(text):
    return set(re.findall(r"[a-z'-]+", text.lower().replace("\u2019", "'")))


def sentences(paras):
    for p in paras:
        yield from re.split(r"(?<=[.!?\"\u201d])\s+(?=[A-Z\u201c\"])", p)


class Story:
    """One article: the system's actors and tree, mapped to gold, and the tally."""

    def __init__(self, name, gold, story, tally, examples):
        self.name, self.tally, self.examples = name, tally, examples
        ga = GoldActors(gold)
        self.actors = {a["id"]: a for a in story["actors"]}
        self.mapped = {i: ga.resolve([a.get("name", "")] + list(a.get("aliases") or [])) for i, a in self.actors.items()}
        self.gold = set()
        for r in gold.get("relations", []):
            g = group_of(r["kind"])
            self.gold.add((r["source"], r["target"], g))
            if g in SYMMETRIC:
                self.gold.add((r["target"], r["source"], g))
        self.gparent = {a["name"]: a.get("parent") for a in gold["actors"]}
        self.sys = set()
        for r in story.get("relations", []):
            s, t, g = self.mapped.get(r["source"]), self.mapped.get(r["target"]), group_of(r["kind"])
            if s and t:
                self.sys.add((s, t, g))
                if g in SYMMETRIC:
                    self.sys.add((t, s, g))
        for i, a in self.actors.items():
            if a.get("parent") in self.actors and self.mapped.get(i) and self.mapped.get(a["parent"]):
                self.sys.add((self.mapped[i], self.mapped[a["parent"]], "hierarchy"))
        self.forms = {i: [f for f in [a["name"]] + list(a.get("aliases") or []) if len(f) >= 3] for i, a in self.actors.items()}
        self.paras = [p if isinstance(p, str) else p.get("text", "") for p in story["paragraphs"]]
        self.quotes = story["quotes"]
        self.seen = set()

    def chain(self, a):
        out, cur = [], self.actors[a].get("parent")
        while cur in self.actors and cur not in out:
            out.append(cur)
            cur = self.actors[cur].get("parent")
        return out

    def related(self, a, b):
        return a == b or a in self.chain(b) or b in self.chain(a)

    def root(self, a):
        return (self.chain(a) or [a])[-1]

    def apart(self, a, b):
        """Two actors on different sides: not in one branch, not under one root."""
        return not self.related(a, b) and self.root(a) != self.root(b)

    def mentions(self, text):
        out = []
        for i, fs in self.forms.items():
            for f in fs:
                out += [(m.start(), i) for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)]
        return sorted(out)

    def gold_under(self, s, t):
        cur, seen = self.gparent.get(s), set()
        while cur and cur not in seen:
            if cur == t:
                return True
            seen.add(cur)
            cur = self.gparent.get(cur)
        return False

    def propose(self, policy, s, t, g, text):
        if (policy, s, t, g) in self.seen:
            return
        self.seen.add((policy, s, t, g))
        ms, mt, row = self.mapped.get(s), self.mapped.get(t), self.tally[policy]
        if not ms or not mt or ms.startswith("?") or mt.startswith("?"):
            row["unmapped"] += 1
        elif (ms, mt, g) in self.sys or (g == "hierarchy" and (ms, mt, g) not in self.gold and self.gold_under(ms, mt)):
            row["already"] += 1
        elif (ms, mt, g) in self.gold:
            row["new_right"] += 1
            self.examples[policy].append(f"+ {self.name}: {ms} -{g}-> {mt} | {text[:160]}")
        else:
            row["wrong"] += 1
            self.examples[policy].append(f"- {self.name}: {ms} -{g}-> {mt} | {text[:160]}")


def quote_policies(st):
    """The quote's own words as the cue: its speaker X against an actor Y it names."""
    for q in st.quotes:
        x = q.get("speaker")
        if q.get("kind") != "speech" or x not in st.actors:
            continue
        ys = list(dict.fromkeys(a for _, a in st.mentions(q["text"]) if not st.related(a, x)))
        ws = words(q["text"])
        critical = bool(ws & (CRITICAL | CONFLICT))
        for y in ys:
            st.propose("P1a quote: speaker vs any actor named", x, y, "conflict", q["text"])
            if critical:
                st.propose("P1b quote: + critical word", x, y, "conflict", q["text"])
                if len(ys) == 1:
                    st.propose("P1c quote: + critical, sole actor named", x, y, "conflict", q["text"])
                if st.root(y) != st.root(x):
                    st.propose("P1d quote: + critical, different roots", x, y, "conflict", q["text"])
                    st.propose("P1e quote: + critical, speaker's root as source", st.root(x), y, "conflict", q["text"])
            if ws & PEJORATIVE and st.root(y) != st.root(x):
                st.propose("P1f quote: + pejorative, different roots", x, y, "conflict", q["text"])
        # rel20b: the quote's frame or its sentence as the cue (counted, none written:
        # each is wrong more often than right on dev).
        frame = (q.get("context") or "").replace(q["text"], " ")
        fws = words(frame)
        if FRAME_CONFLICT.search(frame):
            for y in ys:
                st.propose("P1g quote: frame has a conflict verb", x, y, "conflict", frame + " | " + q["text"])
        for m in VOCATIVE.finditer(q["text"]):
            for at, y in st.mentions(q["text"]):
                if at == m.end() and y != x and st.actors[y]["kind"] == "person":
                    st.propose("P1h quote: a person addressed (vocative)", x, y, "conflict", q["text"])
        for at, y in st.mentions(q["text"]):
            if y in ys and q["text"][at:].split(" ")[0].strip(",.;:’'") in CAPITALS and st.root(y) != st.root(x):
                st.propose("P1i quote: a capital for its state, other root", x, y, "conflict", q["text"])
        for part in re.split(r"(?<=[.!?;])\s+", q["text"]):
            ms = st.mentions(part)
            if ms and re.fullmatch(r"(?i)\s*((but|and|so|now)\s+)?(the\s+)?", part[:ms[0][0]]) and ms[0][1] in ys:
                clause = re.split(r"\b(that|which|who|whom|whose)\b", part[ms[0][0]:])[0]
                if words(clause) & CRITICAL:
                    st.propose("P1j quote: a sentence opened by the actor + critical", x, ms[0][1], "conflict", part)
        if fws & {"hit", "retorted", "replied", "responded"} and ys:
            st.propose("P1k quote: a reply frame, first actor named", x, ys[0], "conflict", frame + " | " + q["text"])
        # A person speaking in a frame that names exactly one organisation.
        if st.actors[x]["kind"] == "person":
            frame = (q.get("context") or "").replace(q["text"], " ")
            orgs = {a for _, a in st.mentions(frame) if a != x and st.actors[a]["kind"] != "person"}
            if len(orgs) == 1:
                st.propose("P3b quote frame: speaker member_of sole org", x, orgs.pop(), "hierarchy", frame)


def sentence_policies(st):
    first_seen = set()
    for s in sentences(st.paras):
        ms = st.mentions(s)
        ids = list(dict.fromkeys(a for _, a in ms))
        ws = words(s)
        if len(ids) == 2 and not st.related(*ids):
            a, b = ids
            if ws & CONFLICT:
                st.propose("P2a two actors + conflict cue", a, b, "conflict", s)
                if st.apart(a, b):
                    st.propose("P2b two actors apart + conflict cue", a, b, "conflict", s)
                    st.propose("P2c ... reversed", b, a, "conflict", s)
                    if st.actors[a]["kind"] == st.actors[b]["kind"]:
                        st.propose("P2d ... same kind", a, b, "conflict", s)
            if ws & (CRITICAL - {"not", "no", "never"}):
                st.propose("P2e two actors + critical word", a, b, "conflict", s)
            if st.apart(a, b) and ws & MEDIATION:
                st.propose("P6 two actors apart + mediation cue", a, b, "mediation", s)
            if st.apart(a, b) and ws & ALLIANCE:
                st.propose("P5 two actors apart + alliance cue", a, b, "alliance", s)
        # "X, speaking for / on behalf of Y"
        for m in re.finditer(r",\s*(speaking|who spoke) (for|on behalf of)\s+", s):
            before = [a for at, a in ms if at < m.start()]
            after = [a for at, a in ms if at >= m.end()]
            if before and after:
                st.propose("P3 X, speaking for Y: member_of", before[-1], after[0], "hierarchy", s)
        # "X and Y said / agreed / signed ...": allies.
        for (at1, a), (at2, b) in zip(ms, ms[1:]):
            end1 = at1 + max(len(f) for f in st.forms[a] if s.startswith(f, at1))
            if a == b or st.related(a, b) or not re.fullmatch(r"\s+and\s+(the\s+)?", s[end1:at2]):
                continue
            end2 = at2 + max(len(f) for f in st.forms[b] if s.startswith(f, at2))
            if re.match(r"\s*(have |had |also |on \w+ )?(said|say|agreed|signed|issued|called|urged|announced|pledged|vowed|warned|welcomed|jointly)\b", s[end2:end2 + 40]):
                st.propose("P4 X and Y + joint verb: allied", a, b, "alliance", s)
        # Reported speech with a partial quote: "X said Y had “...”".
        if not re.search("[\"\u201c\u201d]", s[:1]):
            for v in SAY.finditer(s):
                q = re.search("[\"\u201c]", s[v.end():])
                if not q or re.search("[\"\u201c\u201d]", s[:v.start()]):
                    break
                qa = v.end() + q.start()
                xs = [a for at, a in ms if at < v.start()]
                ys = [a for at, a in ms if v.end() <= at < qa]
                if xs and ys and st.apart(xs[-1], ys[0]):
                    st.propose("P7 X said Y ... “partial quote”", xs[-1], ys[0], "conflict", s)
                    if words(s[qa:]) & PEJORATIVE:
                        st.propose("P7b ... + pejorative in the quote", xs[-1], ys[0], "conflict", s)
                break
        # rel20b: "X told|urged|warned|thanked|praised|appealed to Y", Y right after.
        for v in re.finditer(r"\b(told|urged|warned|thanked|praised|appealed to|challenged)\s+(the\s+)?", s):
            xs = [a for at, a in ms if at < v.start()]
            ys = [a for at, a in ms if at == v.end()]
            if xs and ys and not st.related(xs[-1], ys[0]):
                g = "alliance" if v.group(1) in ("thanked", "praised") else "conflict"
                st.propose(f"P9 X {v.group(1) if g == 'alliance' else 'told/urged/warned/...'} Y: {g}", xs[-1], ys[0], g, s)
        # A person's first sentence: the nearest organisation or state.
        for at, a in ms:
            if a in first_seen:
                continue
            first_seen.add(a)
            if st.actors[a]["kind"] != "person":
                continue
            orgs = [(abs(at2 - at), b) for at2, b in ms if b != a and st.actors[b]["kind"] != "person"]
            if orgs:
                st.propose("P8 person's first sentence: member_of nearest org", a, min(orgs)[1], "hierarchy", s)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
    n_examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    tally = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for name, gold, story in dev_stories(args):
        st = Story(name, gold, story, tally, examples)
        quote_policies(st)
        sentence_policies(st)
    print(f"{'policy':52s} new_right already wrong unmapped")
    for p in sorted(tally):
        r = tally[p]
        print(f"{p:52s} {r['new_right']:9d} {r['already']:7d} {r['wrong']:5d} {r['unmapped']:8d}")
        for e in examples[p][:n_examples]:
            print("    " + e)


if __name__ == "__main__":
    main()
