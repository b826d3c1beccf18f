//! Helpers shared by the end-to-end pattern tests (`news_patterns`, `tree_patterns`,
//! `known_actors`): a story from invented paragraphs, and lookups by actor name.
#![allow(dead_code)] // each test file uses its own subset

use dramatis::document::Document;
use dramatis::model::Story;

pub fn doc(paras: &[&str]) -> Document {
    let mut doc = Document::default();
    for p in paras {
        doc.paragraph(*p);
    }
    doc
}

pub fn story(paras: &[&str]) -> Story {
    dramatis::extract::extract(&doc(paras))
}

pub fn name_of(s: &Story, id: Option<&String>) -> Option<String> {
    let id = id?;
    s.actors.iter().find(|a| &a.id == id).map(|a| a.name.clone())
}

pub fn names(s: &Story) -> Vec<&String> {
    s.actors.iter().map(|a| &a.name).collect()
}

/// The speaker's name of the quote whose text starts with `start`.
pub fn speaker(s: &Story, start: &str) -> Option<String> {
    let q = s.quotes.iter().find(|q| q.text.starts_with(start)).unwrap_or_else(|| panic!("no quote {start:?} in {:?}", s.quotes));
    name_of(s, q.speaker.as_ref())
}

pub fn parent(s: &Story, name: &str) -> Option<String> {
    let a = s.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no actor {name:?} in {:?}", names(s)));
    name_of(s, a.parent.as_ref())
}

pub fn kind(s: &Story, name: &str) -> String {
    let a = s.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no actor {name:?} in {:?}", names(s)));
    format!("{:?}", a.kind)
}

pub fn actor_kind(s: &Story, name: &str) -> String {
    kind(s, name)
}

pub fn rels(s: &Story) -> Vec<(Option<String>, Option<String>, String)> {
    s.relations.iter().map(|r| (name_of(s, Some(&r.source)), name_of(s, Some(&r.target)), r.kind.clone())).collect()
}

pub fn has_rel(s: &Story, src: &str, tgt: &str, kind: &str) -> bool {
    s.relations.iter().any(|r| name_of(s, Some(&r.source)).as_deref() == Some(src) && name_of(s, Some(&r.target)).as_deref() == Some(tgt) && r.kind == kind)
}

/// A passage of a corpus file (`tests/attribution_probes/probes.txt`,
/// `tests/relations/phrasings.txt`): its family (the last `## ` heading), its
/// paragraphs, and its expectation lines with their line numbers, in order.
pub struct Passage {
    pub family: String,
    pub paras: Vec<String>,
    pub expects: Vec<(usize, String)>,
    /// The 1-based line of the passage's first line.
    pub line: usize,
}

/// Reads a corpus file: `# ` lines are comments, `## ` lines open a family, blank
/// lines end a passage; within a passage, the lines `is_expect` accepts are
/// expectations and every line before the first of them is a paragraph (a paragraph
/// after an expectation is an error in the file).
pub fn passages(text: &str, is_expect: impl Fn(&str) -> bool) -> Vec<Passage> {
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
        let p = open.get_or_insert_with(|| Passage { family: family.clone(), paras: Vec::new(), expects: Vec::new(), line: n + 1 });
        if is_expect(line) {
            p.expects.push((n + 1, line.to_string()));
        } else {
            assert!(p.expects.is_empty(), "line {}: a paragraph after the expectations", n + 1);
            p.paras.push(line.to_string());
        }
    }
    out.extend(open);
    out
}

/// Per-family pass counts in corpus order, printed as a table by [`FamilyTable::print`].
#[derive(Default)]
pub struct FamilyTable(Vec<(String, usize, usize)>);

impl FamilyTable {
    pub fn count(&mut self, family: &str, ok: bool) {
        if self.0.last().is_none_or(|(f, ..)| f != family) {
            self.0.push((family.to_string(), 0, 0));
        }
        let row = self.0.last_mut().unwrap();
        row.1 += 1;
        row.2 += ok as usize;
    }

    pub fn print(&self, width: usize, unit: &str) {
        for (family, n, ok) in &self.0 {
            println!("{family:<width$} {ok:>3} of {n:>3}{unit}");
        }
    }
}

/// Runs a probe file (`cast_probes`, `tree_probes`): each passage's `+ ` lines must pass
/// `check(story, line number, expectation)` and its `~ ` lines (known misses) must fail
/// it, so a fixed miss has to be marked. Prints the per-family table and
/// "`label`: hits of total `unit` (rate) in n passages", then fails on any problem.
pub fn run_probes(text: &str, min_passages: usize, label: &str, unit: &str, check: impl Fn(&Story, usize, &str) -> Result<(), String>) {
    let passages = passages(text, |l| l.starts_with("+ ") || l.starts_with("~ "));
    assert!(passages.len() >= min_passages, "{} passages", passages.len());
    let mut table = FamilyTable::default();
    let mut problems = Vec::new();
    let (mut total, mut hits) = (0, 0);
    for p in &passages {
        assert!(!p.expects.is_empty(), "line {}: a passage without expectations", p.line);
        let paras: Vec<&str> = p.paras.iter().map(String::as_str).collect();
        let s = story(&paras);
        for (n, line) in &p.expects {
            let got = check(&s, *n, &line[2..]);
            table.count(&p.family, got.is_ok());
            total += 1;
            hits += got.is_ok() as usize;
            match (line.starts_with("~ "), got) {
                (false, Err(why)) => problems.push(format!("line {n}: {:?}: {why}", &line[2..])),
                (true, Ok(())) => problems.push(format!("line {n}: {:?} passes now, mark it '+'", &line[2..])),
                _ => {}
            }
        }
    }
    table.print(48, "");
    println!("{label}: {hits} of {total} {unit} ({:.3}) in {} passages", hits as f64 / total as f64, passages.len());
    assert!(problems.is_empty(), "{}\n{} problems", problems.join("\n"), problems.len());
}
