"""The dev set, as the miss-listing scripts read it (attribution_misses, parent_misses,
relation_misses, relation_precision) and the step counters run it (parent_steps,
attribution_steps, cast_steps: the CLI with one native trace on): where the shared
scorer is, which gold files are dev, where each one's article is, and where
`scripts/eval.sh` wrote its stories. One place, so that the scripts can never
disagree on what "dev" means.

Dev = ../shared/gold/seed.gold.json (if present) and tests/gold/*.gold.json. Never
tests/heldout: those articles measure generalisation and must not steer a rule.
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
if not os.path.isdir(SHARED):  # a worktree outside /work (a helper's checkout)
    SHARED = "/work/shared"
# The scorer's own matching (GoldActors, match_quotes, ...), imported by the scripts.
sys.path.insert(0, os.path.join(SHARED, "eval"))


def dev_golds():
    """The dev gold files: the seed first, then tests/gold in name order."""
    golds = sorted(glob.glob(os.path.join(ROOT, "tests", "gold", "*.gold.json")))
    seed = os.path.join(SHARED, "gold", "seed.gold.json")
    return ([seed] if os.path.exists(seed) else []) + golds


def stories_dir(args):
    """The folder of NAME.story.json files: the first argument, else eval.sh's."""
    return args[0] if args else os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "eval")


def dev_stories(args):
    """(name, gold, story) of every dev article eval scored, both loaded as JSON;
    an article without a story (eval skipped or failed it) is left out."""
    folder = stories_dir(args)
    for gold_path in dev_golds():
        name = os.path.basename(gold_path)[: -len(".gold.json")]
        story_path = os.path.join(folder, name + ".story.json")
        if os.path.isfile(gold_path) and os.path.isfile(story_path):
            with open(gold_path, encoding="utf-8") as g, open(story_path, encoding="utf-8") as s:
                yield name, json.load(g), json.load(s)


def article_for(gold_path):
    """The article a gold file annotates: NAME.txt or NAME.html beside it (the seed's
    gold names the seed article in ../shared/seed), else None."""
    name = os.path.basename(gold_path)[: -len(".gold.json")]
    if gold_path == os.path.join(SHARED, "gold", "seed.gold.json"):
        seed = os.path.join(SHARED, "seed", "000_29916fb7df561fa8.txt")
        return seed if os.path.exists(seed) else None
    for d in (os.path.dirname(gold_path), os.path.join(SHARED, "seed")):
        for ext in ("txt", "html"):
            p = os.path.join(d, f"{name}.{ext}")
            if os.path.exists(p):
                return p
    return None


def dev_articles():
    """(name, gold, article path) of every dev gold file whose article exists."""
    for gold_path in dev_golds():
        article = article_for(gold_path)
        if article:
            name = os.path.basename(gold_path)[: -len(".gold.json")]
            with open(gold_path, encoding="utf-8") as g:
                yield name, json.load(g), article


def traced_extract(cli, article, env_var):
    """The CLI's story of one article with the native trace `env_var` switched on,
    and the trace's stderr lines split at tabs."""
    env = dict(os.environ, **{env_var: "1"})
    out = subprocess.run([cli, "extract", article], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout), [line.split("\t") for line in out.stderr.splitlines()]
