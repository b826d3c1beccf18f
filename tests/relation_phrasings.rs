//! The relation phrasing corpus (`tests/relations/phrasings.txt`): invented cases of
//! how news writing states alliance, conflict, criticism, mediation and membership,
//! with near-miss negatives, read end to end through `extract`. Relations are
//! compared as the shared scorer compares them (kind groups; alliance and mediation
//! either way round; the tree's parent links are hierarchy), so a pass here is a
//! hit there. Prints a pass/fail table per family.

mod common;
use common::*;
use dramatis::model::Story;

/// The shared scorer's kind groups (`KIND_GROUPS` in ../shared/eval/score_story.py).
fn group(kind: &str) -> &'static str {
    match kind {
        "leads" | "member_of" | "part_of" | "directs" | "commands" | "heads" | "subordinate_of" | "works_for" | "belongs_to" => "hierarchy",
        "allied_with" | "ally" | "supports" | "proxy_of" | "backs" => "alliance",
        "opposes" | "criticizes" | "pressures" | "attacks" | "accuses" | "blames" | "rejects" => "conflict",
        "mediates" | "negotiates_with" | "meets" | "brokers" => "mediation",
        _ => "other",
    }
}

/// Every (source, target, kind) of the story with the tree's parent links as
/// `member_of`; names with their aliases, lowercased.
fn triples(s: &Story) -> Vec<(Vec<String>, Vec<String>, String)> {
    let names = |id: &String| -> Vec<String> {
        s.actors.iter().filter(|a| &a.id == id).flat_map(|a| std::iter::once(&a.name).chain(a.aliases.iter())).map(|n| n.to_lowercase()).collect()
    };
    let mut v: Vec<_> = s.relations.iter().map(|r| (names(&r.source), names(&r.target), r.kind.clone())).collect();
    v.extend(s.actors.iter().filter_map(|a| a.parent.as_ref().map(|p| (names(&a.id), names(p), "member_of".to_string()))));
    v
}

fn holds(t: &[(Vec<String>, Vec<String>, String)], src: &str, tgt: &str, what: &str) -> bool {
    let is = |names: &Vec<String>, want: &str| want == "*" || names.iter().any(|n| n == &want.to_lowercase());
    let symmetric = matches!(what, "alliance" | "mediation");
    t.iter().any(|(s, g, k)| {
        let kind_ok = k == what || group(k) == what;
        kind_ok && ((is(s, src) && is(g, tgt)) || (symmetric && is(s, tgt) && is(g, src)))
    })
}

struct Case {
    family: String,
    paras: Vec<String>,
    checks: Vec<(bool, String, String, String)>,
    pending: Option<String>,
    line: usize,
}

fn cases() -> Vec<Case> {
    let text = include_str!("relations/phrasings.txt");
    let mut out: Vec<Case> = Vec::new();
    let mut family = String::new();
    let mut open: Option<Case> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with("# ") || line == "#" {
            continue;
        }
        if let Some(f) = line.strip_prefix("## ") {
            out.extend(open.take());
            family = f.to_string();
            continue;
        }
        if line.is_empty() {
            out.extend(open.take());
            continue;
        }
        let case = open.get_or_insert_with(|| Case { family: family.clone(), paras: Vec::new(), checks: Vec::new(), pending: None, line: n + 1 });
        if let Some(why) = line.strip_prefix("? pending:") {
            case.pending = Some(why.trim().to_string());
        } else if let Some((sign, rest)) = line.split_at_checked(2).filter(|(s, _)| *s == "+ " || *s == "- ") {
            let (src, rest) = rest.split_once(" > ").unwrap_or_else(|| panic!("line {}: no ' > ' in {line:?}", n + 1));
            let (tgt, what) = rest.rsplit_once(' ').unwrap_or_else(|| panic!("line {}: no kind in {line:?}", n + 1));
            case.checks.push((sign == "+ ", src.to_string(), tgt.to_string(), what.to_string()));
        } else {
            assert!(case.checks.is_empty(), "line {}: a paragraph after the expectations", n + 1);
            case.paras.push(line.to_string());
        }
    }
    out.extend(open);
    out
}

#[test]
fn the_phrasing_corpus_reads_as_written() {
    let cases = cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut table: Vec<(String, usize, usize)> = Vec::new();
    let mut problems = Vec::new();
    for c in &cases {
        assert!(!c.checks.is_empty(), "line {}: a case without expectations", c.line);
        let paras: Vec<&str> = c.paras.iter().map(String::as_str).collect();
        let s = story(&paras);
        let t = triples(&s);
        let failed: Vec<_> = c.checks.iter().filter(|(want, src, tgt, what)| holds(&t, src, tgt, what) != *want).collect();
        if table.last().is_none_or(|(f, ..)| f != &c.family) {
            table.push((c.family.clone(), 0, 0));
        }
        let row = table.last_mut().unwrap();
        row.1 += 1;
        row.2 += failed.is_empty() as usize;
        match (&c.pending, failed.is_empty()) {
            (None, false) => problems.push(format!("line {}: {:?} fails {:?}; relations {:?}", c.line, c.paras, failed, rels(&s))),
            (Some(why), true) => problems.push(format!("line {}: passes now, remove its pending line ({why})", c.line)),
            _ => {}
        }
    }
    for (family, n, ok) in &table {
        println!("{family:<16} {ok:>3} of {n:>3} pass");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
