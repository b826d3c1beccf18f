#!/usr/bin/env python3
"""Self-check for the held-out gold files in this folder.

usage: python3 tests/heldout/check_gold.py [SLUG ...]

For each SLUG (default: every *.gold.json here) it checks that the gold loads,
that every quotation found in SLUG.txt by a plain mark scanner equals the gold
quote list in order, that every gold quote occurs in the article in order,
that speakers/parents/relations name gold actors, that no alias points at two
actors, and finally builds a story from the gold itself and runs
/work/shared/eval/score_story.py on it (every figure must be 1.000).
"""
import glob, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/eval/score_story.py"
KINDS = {"speech", "fragment", "term"}
ACTOR_KINDS = {"person", "organization", "state", "group", "media"}
REL_KINDS = {"leads", "member_of", "part_of", "directs", "allied_with", "opposes", "criticizes", "mediates", "negotiates_with"}


def scan_quotes(text):
    """Double-quoted spans (curly or straight), in order; a quote left open at a
    paragraph end and reopened at the start of the next is joined with one space."""
    paras = [p for p in text.split("\n\n")]
    out, carry = [], None
    for p in paras:
        i, spans, open_at = 0, [], None
        if carry is not None:
            if not p.startswith(("\u201c", '"')):
                raise SystemExit("open quote not continued: %r" % carry[:60])
        while i < len(p):
            c = p[i]
            if open_at is None and c in ("\u201c", '"'):
                open_at = i
            elif open_at is not None and (c == "\u201d" or (c == '"' and p[open_at] == '"')):
                spans.append(p[open_at + 1:i])
                open_at = None
            elif open_at is not None and c == "\u201c":
                raise SystemExit("nested double opening mark in %r" % p[:60])
            i += 1
        if carry is not None:
            if not spans and open_at is not None:
                carry += " " + p[1:]
                continue
            spans[0] = carry + " " + spans[0]
            carry = None
        out.extend(spans)
        if open_at is not None:
            carry = p[open_at + 1:]
    if carry is not None:
        raise SystemExit("quote never closed")
    return out


def check(slug):
    txt = open(os.path.join(HERE, slug + ".txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(HERE, slug + ".gold.json"), encoding="utf-8"))
    errs = []
    assert set(gold) == {"about", "quotes", "actors", "optional_actors", "relations"}, gold.keys()
    lines = txt.split("\n")
    assert lines[0] == lines[1] == "" and lines[2] and lines[3] == "" and lines[4].startswith("[") and lines[5] == "" and lines[6] and lines[7] == "", "header layout"
    body = "\n".join(lines[8:])
    words = len(txt.split())
    heads = [p for p in body.split("\n\n") if p.isupper()]
    print(f"{slug}: {words} words, {len(body.split(chr(10)*2))} paragraphs, headings {heads}")

    # quotes vs scanner
    scanned = scan_quotes(txt)
    gq = [q["text"] for q in gold["quotes"]]
    if scanned != gq:
        errs.append("scanner/gold mismatch:\n  scanned=%r\n  gold=%r" % (scanned, gq))
    # in-order occurrence in the raw text (joined quotes: each paragraph part)
    pos = 0
    flat = txt.replace("\n\n\u201c", " ").replace('\n\n"', " ")
    for q in gq:
        j = flat.find(q, pos)
        if j < 0:
            errs.append("quote not found in order: %r" % q[:60])
        else:
            pos = j + len(q)
    # kinds / speakers
    names = [a["name"] for a in gold["actors"]]
    if len(set(names)) != len(names):
        errs.append("duplicate actor names")
    for q in gold["quotes"]:
        if q["kind"] not in KINDS:
            errs.append("bad kind %r" % q)
        if (q["kind"] == "term") != (q["speaker"] is None):
            errs.append("term/speaker mismatch %r" % q)
        if q["speaker"] is not None and q["speaker"] not in names:
            errs.append("unknown speaker %r" % q["speaker"])
    alias_owner = {}
    for a in gold["actors"]:
        if a["kind"] not in ACTOR_KINDS:
            errs.append("bad actor kind %r" % a["name"])
        if a["parent"] is not None and a["parent"] not in names:
            errs.append("unknown parent %r" % a["parent"])
        if a["name"] not in txt:
            print("  note: canonical name not written in the text:", a["name"])
        for s in [a["name"]] + a["aliases"]:
            k = s.casefold()
            if k in alias_owner and alias_owner[k] != a["name"]:
                errs.append("alias %r used by %r and %r" % (s, alias_owner[k], a["name"]))
            alias_owner[k] = a["name"]
            if s in a["aliases"] and s not in txt:
                errs.append("alias/name not in text: %r (%s)" % (s, a["name"]))
    for o in gold["optional_actors"]:
        if o not in txt:
            errs.append("optional actor not in text: %r" % o)
    for r in gold["relations"]:
        if r["source"] not in names or r["target"] not in names or r["kind"] not in REL_KINDS:
            errs.append("bad relation %r" % r)
    kinds = {}
    for q in gold["quotes"]:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"  quotes: {len(gq)} {kinds}; actors: {len(names)}; relations: {len(gold['relations'])}")

    # story from the gold itself -> scorer
    story = {
        "actors": [{"id": a["name"], "name": a["name"], "aliases": a["aliases"], "parent": a["parent"]} for a in gold["actors"]],
        "quotes": [{"text": q["text"], "kind": "term" if q["kind"] == "term" else "speech", "speaker": q["speaker"]} for q in gold["quotes"]],
        "relations": [dict(r) for r in gold["relations"]],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(story, f, ensure_ascii=False)
    res = subprocess.run([sys.executable, SCORER, os.path.join(HERE, slug + ".gold.json"), f.name, "--verbose"], capture_output=True, text=True)
    os.unlink(f.name)
    print("  " + res.stdout.strip().replace("\n", "\n  "))
    last = res.stdout.strip().splitlines()[-1]
    if any(v != "1.000" for v in re.findall(r"=([0-9.]+)", last)):
        errs.append("scorer not perfect: " + last)
    for e in errs:
        print("  ERROR:", e)
    return not errs


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(os.path.basename(p)[:-len(".gold.json")] for p in glob.glob(os.path.join(HERE, "*.gold.json")))
    ok = all([check(s) for s in slugs])
    print("ALL OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)
