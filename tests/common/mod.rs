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
