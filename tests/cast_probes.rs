//! The cast probe suite (`tests/cast_probes/probes.txt`): short invented passages of
//! news prose, each with the actors it must yield (name and type), the capitalised
//! words that are no actor, the names that must stay one actor, and a few parents.
//! It measures actor detection on constructions of news prose at large (delegations,
//! broadcasters and their programmes, works, outlets and columnists, police and
//! prosecutors, courts, sports bodies and competitions, central banks, anonymous
//! people, capitalised non-actors, name particles, transcripts, acronyms, title and
//! surname) rather than on the dev articles, and prints a pass table per family and
//! the overall score (`cast probes: N of M checks`).
//!
//! Known misses are marked `~`; the test fails when an asserted check (`+`) misses and
//! also when a known miss starts passing (mark it `+` then).

mod common;
use dramatis::model::{Actor, Story};

fn lc(s: &str) -> String {
    s.to_lowercase()
}

fn bare(s: &str) -> String {
    let l = lc(s.trim());
    l.strip_prefix("the ").map(str::to_string).unwrap_or(l)
}

fn names(a: &Actor) -> impl Iterator<Item = &String> {
    std::iter::once(&a.name).chain(a.aliases.iter())
}

fn find<'a>(s: &'a Story, name: &str) -> Option<&'a Actor> {
    let want: Vec<String> = name.split('|').map(bare).collect();
    s.actors.iter().find(|a| names(a).any(|n| want.contains(&bare(n))))
}

fn listing(s: &Story) -> String {
    s.actors.iter().map(|a| format!("{}:{}", a.kind.label(), a.name)).collect::<Vec<_>>().join(", ")
}

/// Whether the check holds, or why not.
fn check(s: &Story, what: &str) -> Result<(), String> {
    let (op, arg) = what.split_once(": ").ok_or_else(|| format!("no ': ' in {what:?}"))?;
    let arg = arg.trim();
    match op {
        "none" => match s.actors.iter().find(|a| names(a).any(|n| lc(n).contains(&lc(arg)))) {
            Some(a) => Err(format!("{} is an actor ({:?})", arg, a.name)),
            None => Ok(()),
        },
        "one" => {
            let n = s.actors.iter().filter(|a| names(a).any(|n| lc(n).contains(&lc(arg)))).count();
            if n == 1 { Ok(()) } else { Err(format!("{n} actors with {arg:?}")) }
        }
        "same" => {
            let (a, b) = arg.split_once(" = ").ok_or("no ' = '")?;
            let x = find(s, a).ok_or_else(|| format!("no actor {a:?}"))?;
            let y = find(s, b).ok_or_else(|| format!("no actor {b:?}"))?;
            if x.id == y.id { Ok(()) } else { Err(format!("{a:?} and {b:?} are two actors")) }
        }
        "under" => {
            let (child, parent) = arg.split_once(" < ").ok_or("no ' < '")?;
            let c = find(s, child).ok_or_else(|| format!("no actor {child:?}"))?;
            let p = find(s, parent).ok_or_else(|| format!("no actor {parent:?}"))?;
            if c.parent.as_ref() == Some(&p.id) { Ok(()) } else { Err(format!("{child:?} has parent {:?}", c.parent)) }
        }
        kinds => {
            let a = find(s, arg).ok_or_else(|| format!("no actor {arg:?}"))?;
            if kinds.split('|').any(|k| k == a.kind.label()) { Ok(()) } else { Err(format!("{arg:?} is a {}", a.kind.label())) }
        }
    }
}

#[test]
fn the_probe_passages_yield_their_cast() {
    common::run_probes(include_str!("cast_probes/probes.txt"), 40, "cast probes", "checks", |s, _, what| {
        check(s, what).map_err(|why| format!("{why} [{}]", listing(s)))
    });
}
