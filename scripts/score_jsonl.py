#!/usr/bin/env python3
"""Scores `dramatis extract --jsonl` output against a dev JSONL with gold answers.
usage: score_jsonl.py DEV.jsonl SYSTEM.jsonl
A system speech quote matches a gold speech (or fragment) quote when their spans
overlap by at least 50% of the gold span. Terms are excluded on both sides; gold
fragments are optional (found: counted for speakers; missed: not counted).
speaker accuracy = matched quotes whose speaker is the gold speaker or one of its aliases.
The last line holds every figure."""
import json, sys, unicodedata

def norm(s):
    return unicodedata.normalize("NFKC", s or "").casefold().strip()

def main(dev_path, sys_path):
    dev = {json.loads(l)["id"]: json.loads(l) for l in open(dev_path, encoding="utf-8") if l.strip()}
    system = {json.loads(l)["id"]: json.loads(l) for l in open(sys_path, encoding="utf-8") if l.strip()}
    tp = fp = gold_total = gold_found = matched = right = 0
    for doc_id, d in dev.items():
        gold = [g for g in d["gold"] if g["kind"] in ("speech", "fragment")]
        sysq = [q for q in system.get(doc_id, {}).get("quotes", []) if q.get("kind", "speech") == "speech"]
        used = set()
        for q in sysq:
            hit = None
            for gi, g in enumerate(gold):
                if gi in used:
                    continue
                overlap = min(q["end"], g["end"]) - max(q["start"], g["start"])
                if overlap > 0 and overlap >= 0.5 * (g["end"] - g["start"]):
                    hit = gi
                    break
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            matched += 1
            if norm(q.get("speaker")) in {norm(a) for a in gold[hit]["speaker_aliases"]}:
                right += 1
        speech = [gi for gi, g in enumerate(gold) if g["kind"] == "speech"]
        gold_total += len(speech)
        gold_found += sum(1 for gi in speech if gi in used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = gold_found / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = right / matched if matched else 0.0
    print(f"jsonl: {len(dev)} documents, {gold_total} gold speech quotes, {tp + fp} system speech quotes")
    print(f"quote_p={p:.3f} quote_r={r:.3f} quote_f1={f:.3f} speaker_acc={acc:.3f}")

if __name__ == "__main__":
    main(*sys.argv[1:3])
