//! The attribution probe suite (`tests/attribution_probes/probes.txt`): short invented
//! passages of news and analysis prose, each with the expected speaker of every quote,
//! read end to end the way `dramatis extract passage.txt` reads them (the plain-text
//! reader, so a lede may be taken for a title, then `extract`). It measures speaker
//! attribution on constructions of news prose at large rather than on the dev articles,
//! and prints a pass table per family and the overall score (`probes: N of M quotes`).
//!
//! Known misses are marked `~` in the data; the test fails when an asserted quote (`+`)
//! misses and also when a known miss starts passing (mark it `+` then), so the list of
//! known misses stays honest.

use dramatis::model::Story;

struct Check {
    known_miss: bool,
    start: String,
    speakers: Vec<String>,
    line: usize,
}

struct Passage {
    family: String,
    paras: Vec<String>,
    checks: Vec<Check>,
    line: usize,
}

fn passages() -> Vec<Passage> {
    let text = include_str!("attribution_probes/probes.txt");
    let mut out: Vec<Passage> = Vec::new();
    let mut family = String::new();
    let mut open: Option<Passage> = None;
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
        let p = open.get_or_insert_with(|| Passage { family: family.clone(), paras: Vec::new(), checks: Vec::new(), line: n + 1 });
        if let Some((sign, rest)) = line.split_at_checked(2).filter(|(s, _)| *s == "+ " || *s == "~ ") {
            let (start, who) = rest.split_once(" => ").unwrap_or_else(|| panic!("line {}: no ' => ' in {line:?}", n + 1));
            p.checks.push(Check { known_miss: sign == "~ ", start: start.to_string(), speakers: who.split(" | ").map(|w| w.trim().to_lowercase()).collect(), line: n + 1 });
        } else {
            assert!(p.checks.is_empty(), "line {}: a paragraph after the expectations", n + 1);
            p.paras.push(line.to_string());
        }
    }
    out.extend(open);
    out
}

/// The speaker's name and aliases, lowercased, of the quote whose text starts with
/// `start` (curly and straight marks alike), or why there is none.
fn speaker_names(s: &Story, start: &str) -> Result<Vec<String>, String> {
    let norm = |t: &str| t.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let want = norm(start);
    let q = s.quotes.iter().find(|q| norm(&q.text).starts_with(&want)).ok_or_else(|| "no such quote".to_string())?;
    let id = q.speaker.as_ref().ok_or_else(|| format!("no speaker ({:?})", q.kind))?;
    let a = s.actors.iter().find(|a| &a.id == id).ok_or("unknown actor")?;
    Ok(std::iter::once(&a.name).chain(a.aliases.iter()).map(|n| n.to_lowercase()).collect())
}

#[test]
fn the_probe_passages_are_attributed_as_written() {
    let passages = passages();
    assert!(passages.len() >= 40, "{} passages", passages.len());
    let mut table: Vec<(String, usize, usize)> = Vec::new();
    let mut problems = Vec::new();
    let (mut total, mut hits) = (0, 0);
    for p in &passages {
        assert!(!p.checks.is_empty(), "line {}: a passage without expectations", p.line);
        let s = dramatis::extract::extract(&dramatis::cli::plain::read(&p.paras.join("\n\n")));
        if table.last().is_none_or(|(f, ..)| f != &p.family) {
            table.push((p.family.clone(), 0, 0));
        }
        for c in &p.checks {
            let got = speaker_names(&s, &c.start);
            let ok = got.as_ref().is_ok_and(|names| c.speakers.iter().any(|w| names.contains(w)));
            let row = table.last_mut().unwrap();
            row.1 += 1;
            row.2 += ok as usize;
            total += 1;
            hits += ok as usize;
            match (c.known_miss, ok) {
                (false, false) => problems.push(format!("line {}: {:?} wants {:?}, got {:?}", c.line, c.start, c.speakers, got)),
                (true, true) => problems.push(format!("line {}: {:?} passes now, mark it '+'", c.line, c.start)),
                _ => {}
            }
        }
    }
    for (family, n, ok) in &table {
        println!("{family:<48} {ok:>3} of {n:>3}");
    }
    println!("probes: {hits} of {total} quotes ({:.3}) in {} passages", hits as f64 / total as f64, passages.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
