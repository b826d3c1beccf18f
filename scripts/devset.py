"""The dev set, as the miss-listing scripts read it (attribution_misses, parent_misses,
relation_misses, relation_precision): where the shared scorer is, which gold files
are dev, and where `scripts/eval.sh` wrote its stories. One place, so that the four
scripts can never disagree on what "dev" means.

Dev = ../shared/gold/seed.gold.json (if present) and tests/gold/*.gold.json. Never
tests/heldout: those articles measure generalisation and must not steer a rule.
"""
import glob
import os
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
