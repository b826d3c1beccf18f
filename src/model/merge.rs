//! Merging a curated story over an extracted one.
//!
//! Curation wins field by field: an editor's actor or quote replaces the extractor's
//! one with the same id (quotes also match on paragraph + text, since extractor ids
//! may shift when the article changes). What the extractor found that the editor has
//! not seen stays, marked `origin: "auto"`, so new quotes are never silently lost.

use super::story::Story;
use std::collections::HashSet;

pub fn merge(auto: Story, curated: Story) -> Story {
    let mut out = curated;
    for a in &mut out.actors {
        a.origin.get_or_insert_with(|| "curated".into());
    }
    for q in &mut out.quotes {
        q.origin.get_or_insert_with(|| "curated".into());
    }
    let actor_ids: HashSet<String> = out.actors.iter().map(|a| a.id.clone()).collect();
    let quote_ids: HashSet<String> = out.quotes.iter().map(|q| q.id.clone()).collect();
    let quote_keys: HashSet<(usize, String)> = out.quotes.iter().map(|q| (q.paragraph, q.text.clone())).collect();

    for mut a in auto.actors {
        if !actor_ids.contains(&a.id) {
            a.origin = Some("auto".into());
            out.actors.push(a);
        }
    }
    let known: HashSet<String> = out.actors.iter().map(|a| a.id.clone()).collect();
    for a in &mut out.actors {
        if a.parent.as_ref().is_some_and(|p| !known.contains(p)) {
            a.parent = None;
        }
    }
    for mut q in auto.quotes {
        if quote_ids.contains(&q.id) || quote_keys.contains(&(q.paragraph, q.text.clone())) {
            continue;
        }
        q.origin = Some("auto".into());
        if q.speaker.as_ref().is_some_and(|s| !known.contains(s)) {
            q.speaker = None;
        }
        out.quotes.push(q);
    }
    let rel_keys: HashSet<(String, String, String)> =
        out.relations.iter().map(|r| (r.source.clone(), r.target.clone(), r.kind.clone())).collect();
    for r in auto.relations {
        if known.contains(&r.source) && known.contains(&r.target) && !rel_keys.contains(&(r.source.clone(), r.target.clone(), r.kind.clone())) {
            out.relations.push(r);
        }
    }
    if out.paragraphs.is_empty() {
        out.paragraphs = auto.paragraphs;
    }
    let meta = &mut out.article;
    meta.title = meta.title.take().or(auto.article.title);
    meta.byline = meta.byline.take().or(auto.article.byline);
    meta.published = meta.published.take().or(auto.article.published);
    meta.url = meta.url.take().or(auto.article.url);
    for (k, v) in auto.strings {
        out.strings.entry(k).or_insert(v);
    }
    out.diagnostics.extend(auto.diagnostics);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_story, validate};

    #[test]
    fn curation_wins_and_new_auto_quotes_survive() {
        let auto = parse_story(r#"{"actors":[{"id":"a","name":"Auto A"},{"id":"b","name":"B"}],
            "quotes":[{"id":"q1","text":"one","speaker":"a"},{"id":"q2","text":"two","paragraph":3,"speaker":"b"}]}"#).unwrap();
        let cur = parse_story(r#"{"actors":[{"id":"a","name":"Curated A"}],
            "quotes":[{"id":"q1","text":"one","speaker":"a","kind":"term"}]}"#).unwrap();
        let m = merge(auto, cur);
        validate(&m).unwrap();
        assert_eq!(m.actor("a").unwrap().name, "Curated A");
        assert_eq!(m.quotes.len(), 2);
        assert_eq!(m.quotes[0].kind, crate::model::QuoteKind::Term);
        assert_eq!(m.quotes[1].origin.as_deref(), Some("auto"));
    }
}
