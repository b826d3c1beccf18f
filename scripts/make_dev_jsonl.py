#!/usr/bin/env python3
"""Builds a dev JSONL (the `dramatis extract --jsonl` input format plus gold answers)
from gold-annotated articles: one line per article,
  {"id", "text", "gold": [{"start", "end", "text", "speaker", "speaker_aliases", "kind"}]}
with start/end in code points of the quoted content. Gold quotes are located in order
in the text. usage: make_dev_jsonl.py GOLD.json ARTICLE.txt [GOLD ARTICLE ...] > dev.jsonl"""
import json, sys

def main(args):
    for gold_path, article_path in zip(args[::2], args[1::2]):
        gold = json.load(open(gold_path, encoding="utf-8"))
        text = open(article_path, encoding="utf-8").read()
        aliases = {a["name"]: [a["name"]] + a.get("aliases", []) for a in gold["actors"]}
        out, pos = [], 0
        for q in gold["quotes"]:
            # Multi-paragraph quotes are stored joined by one space; locate their first words.
            probe = q["text"][:40]
            i = text.find(probe, pos)
            if i < 0:
                print(f"{gold_path}: quote not found in order: {probe!r}", file=sys.stderr)
                continue
            end = i + len(q["text"]) if text.startswith(q["text"], i) else i + len(probe)
            out.append({"start": i, "end": end, "text": q["text"], "kind": q["kind"],
                        "speaker": q.get("speaker"), "speaker_aliases": aliases.get(q.get("speaker"), [])})
            pos = i + 1
        print(json.dumps({"id": gold_path.rsplit("/", 1)[-1].replace(".gold.json", ""), "text": text, "gold": out}, ensure_ascii=False))

if __name__ == "__main__":
    main(sys.argv[1:])
