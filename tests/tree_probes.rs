//! The tree probe suite (`tests/tree_probes/probes.txt`): short invented passages of
//! news prose, each with the expected parent of its actors (who sits under whom, by
//! the convention of `src/extract/cast/resolve.rs`), read end to end (each line a
//! paragraph, as `tree_patterns` reads its stories). It measures the tree on constructions
//! of news prose at large rather than on the dev articles, and prints a pass table
//! per family and the overall score (`tree probes: N of M parents`).
//!
//! Like the scorer, a parent anywhere on the actor's ancestor chain counts; "not X"
//! (a near miss) asks that X be nowhere on it. Known
//! misses are marked `~`; the test fails when an asserted parent (`+`) misses and
//! also when a known miss starts passing (mark it `+` then).

mod common;
use dramatis::model::{Actor, Story};

fn known_as(a: &Actor, want: &str) -> bool {
    std::iter::once(&a.name).chain(a.aliases.iter()).any(|n| n.to_lowercase() == want)
}

/// The names of the actor's ancestors, nearest first, or why there is no actor.
fn chain<'a>(s: &'a Story, who: &str) -> Result<Vec<&'a Actor>, String> {
    let want = who.to_lowercase();
    let mut a = s.actors.iter().find(|a| known_as(a, &want)).ok_or_else(|| format!("no actor {who:?}"))?;
    let mut out = Vec::new();
    while let Some(p) = a.parent.as_ref().and_then(|id| s.actors.iter().find(|x| &x.id == id)) {
        if out.len() > s.actors.len() {
            break;
        }
        out.push(p);
        a = p;
    }
    Ok(out)
}

#[test]
fn the_probe_passages_place_their_actors_as_written() {
    common::run_probes(include_str!("tree_probes/probes.txt"), 30, "tree probes", "parents", |s, n, line| {
        let (who, parents) = line.split_once(" => ").unwrap_or_else(|| panic!("line {n}: no ' => ' in {line:?}"));
        let got = chain(s, who);
        let ok = match (&got, parents.trim()) {
            (Ok(c), "-") => c.is_empty(),
            // "not X": a near miss, the actor exists and X is on no step of its chain.
            (Ok(c), ps) if ps.starts_with("not ") => !c.iter().any(|a| known_as(a, &ps[4..].trim().to_lowercase())),
            (Ok(c), ps) => ps.split(" | ").any(|w| c.iter().any(|a| known_as(a, &w.trim().to_lowercase()))),
            (Err(_), _) => false,
        };
        let shown = got.map(|c| c.iter().map(|a| a.name.clone()).collect::<Vec<_>>());
        if ok { Ok(()) } else { Err(format!("wants {parents:?}, got {shown:?}")) }
    });
}
