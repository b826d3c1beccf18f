#!/usr/bin/env python3
"""Actor misses on the dev set, by class of cast defect.

usage: actor_misses.py [STORY_DIR] [--list]

Why: the shared scorer prints actor_p and actor_r per article; a missing or split
actor also costs every relation and parent that hangs on it. To fix the cast by
defect class rather than by sentence one needs every gold actor the story misses and
every extra system actor, each with its name, kind and first mention, counted by
class over the whole dev set. Matching is the scorer's (GoldActors.resolve on the
system name and aliases); actors the gold lists as optional are neither missed nor
extra. Classes:
  split          one gold actor matched by two system actors (or an extra whose words
                 all belong to one gold actor's name: a surname or short form left apart)
  merged         a missed gold actor whose name sits among the aliases of a system
                 actor matched to another gold actor
  mistyped       matched, but the system kind is not the gold kind
  missed person / missed organisation / missed state/bloc   (by the gold kind)
  extra fragment a title, common word, number or lower-case phrase taken as a name
  extra place/event   a place (system kind state) or an event/location name
  extra other    any other system actor the gold does not list
`--list` prints each miss with its first mention sentence. Reads the dev gold files
and the stories `scripts/eval.sh` wrote; never tests/heldout.
"""
import collections
import re
import sys

from devset import dev_stories  # noqa: E402
from score_story import GoldActors, norm  # noqa: E402

# Words that make an unmatched name a fragment: titles, ranks and common nouns.
FRAGMENT_WORDS = set(
    "mp mps mep house minister ministry president prime secretary spokesperson spokesman "
    "spokeswoman chair chairman chairwoman chief leader head director government party "
    "committee council court the a an official officials sources source member members "
    "deputy senator governor mayor general commissioner ambassador envoy office department "
    "board authority agency union police army state republic".split()
)
PLACE_WORDS = re.compile(
    r"\b(summit|conference|talks|election|elections|war|crisis|district|province|region|city|"
    r"street|square|island|islands|river|valley|border|county|airport|port|strait|sea|gulf|"
    r"forum|agreement|accord|treaty|deal|plan|act|bill|protocol)\b",
    re.I,
)


def sentence_of(paragraphs, strings):
    """The first sentence of the article naming any of STRINGS, or ''."""
    for s in strings:
        if not s:
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
        for p in paragraphs:
            m = pat.search(p)
            if m:
                start = max(p.rfind(". ", 0, m.start()) + 2, 0) if p.rfind(". ", 0, m.start()) >= 0 else 0
                end = p.find(". ", m.end())
                return p[start: end + 1 if end >= 0 else len(p)][:240]
    return ""


def words(s):
    return set(re.findall(r"\w+", norm(s)))


def classify(gold, story):
    """[(class, name, kind, sentence)] for one article."""
    ga = GoldActors(gold)
    by_name = {a["name"]: a for a in gold["actors"]}
    paragraphs = story.get("paragraphs", []) or []
    actors = story.get("actors", [])
    strings = {a["id"]: [a.get("name", "")] + list(a.get("aliases", []) or []) for a in actors}
    mapped = {a["id"]: ga.resolve(strings[a["id"]]) for a in actors}
    hits = collections.defaultdict(list)
    for a in actors:
        if mapped[a["id"]] in by_name:
            hits[mapped[a["id"]]].append(a)
    gold_words = {n: set().union(*(words(s) for s in [n] + by_name[n].get("aliases", []))) for n in by_name}
    out = []
    for n, g in by_name.items():
        found = hits.get(n, [])
        kind = g.get("kind")
        if len(found) > 1:
            for extra in found[1:]:
                out.append(("split", f"{extra['name']} (also {found[0]['name']}) = {n}", extra.get("kind"), sentence_of(paragraphs, [extra["name"]])))
        elif found:
            if found[0].get("kind") != kind:
                out.append(("mistyped", f"{n}: {found[0].get('kind')} not {kind}", kind, ""))
        else:
            gold_strings = {norm(s) for s in [n] + g.get("aliases", [])}
            into = [a for a in actors if mapped[a["id"]] and mapped[a["id"]] != n and gold_strings & {norm(s) for s in strings[a["id"]]}]
            if into:
                cls = "merged"
                n = f"{n} (into {into[0]['name']})"
            elif kind == "person":
                cls = "missed person"
            elif kind == "state" or (kind == "group" and re.search(r"\b(union|bloc|alliance|league|community|nations|states)\b", n, re.I)):
                cls = "missed state/bloc"
            else:
                cls = "missed organisation"
            out.append((cls, n, kind, sentence_of(paragraphs, [g["name"]] + g.get("aliases", []))))
    for a in actors:
        if mapped[a["id"]] is not None:
            continue
        name = a.get("name", "")
        w = words(name)
        owner = [n for n, gw in gold_words.items() if w and w <= gw and not w <= FRAGMENT_WORDS]
        if owner:
            cls = "split"
            name = f"{name} = part of {owner[0]}"
        elif not w or w <= FRAGMENT_WORDS or name[:1].islower() or name[:1].isdigit() or re.match(r"^(for|of|the|a|an|and|in|at|by|to|with|from)\b", name, re.I):
            cls = "extra fragment"
        elif a.get("kind") == "state" or PLACE_WORDS.search(name):
            cls = "extra place/event"
        else:
            cls = "extra other"
        out.append((cls, name, a.get("kind"), sentence_of(paragraphs, strings[a["id"]])))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--list" in sys.argv
    counts = collections.Counter()
    for name, gold, story in dev_stories(args):
        for cls, actor, kind, sent in classify(gold, story):
            counts[cls] += 1
            if show:
                print(f"{cls:20} {name}: {actor} [{kind}]" + (f"\n{'':22}| {sent}" if sent else ""))
    print("per class:")
    for cls, c in counts.most_common():
        print(f"  {cls}: {c}")
    order = ["split", "merged", "mistyped", "missed person", "missed organisation", "missed state/bloc", "extra fragment", "extra place/event", "extra other"]
    print("actor misses: " + ", ".join(f"{cls} {counts[cls]}" for cls in order))


if __name__ == "__main__":
    main()
