#!/usr/bin/env python3
"""Validates story JSON files against schema/story.schema.json with a real
JSON Schema 2020-12 validator (the `jsonschema` package), and checks that broken
stories are rejected. usage: check-schema.py [STORY.json ...]"""
import json, pathlib, sys
from jsonschema import Draft202012Validator

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "schema/story.schema.json").read_text())
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
files = [pathlib.Path(p) for p in sys.argv[1:]] or sorted((root / "tests").rglob("*.story.json"))
bad = 0
for f in files:
    errors = list(v.iter_errors(json.loads(f.read_text())))
    for e in errors[:3]:
        print(f"{f}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += bool(errors)
broken = [{"quotes": [{"id": "q", "paragraph": "two"}]}, {"actors": [{"id": 3}]}, {"quotes": [{"kind": "shout"}]}, []]
accepted = [b for b in broken if v.is_valid(b)]
print(f"schema: {len(files) - bad} of {len(files)} story files valid; {len(broken) - len(accepted)} of {len(broken)} broken stories rejected")
sys.exit(1 if bad or accepted else 0)
