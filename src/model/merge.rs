//! Merging a curated story over an extracted one.
//!
//! Curation wins field by field: an editor's actor or quote replaces the extractor's
//! one with the same id (quotes also match on paragraph + text, since extractor ids
//! may shift when the article changes). What the extractor found that the editor has
//! not seen stays, marked `origin: "auto"`, so new quotes are never silently lost.
//! An actor the editor merged into another (listed in that actor's `merged`) does not
//! come back: the extractor's copy is dropped and its quotes, relations and children
//! go to the actor that absorbed it.

use super::story::Story;
// The crate's one hasher (`extract::fxhash`), not std's SipHash: one hash-map code per
// key type for the whole wasm, and no SipHash in it (size).
use crate::extract::fxhash::{FxMap as HashMap, FxSet as HashSet};

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
    let absorbed: HashMap<String, String> =
        out.actors.iter().flat_map(|a| a.merged.iter().map(|m| (m.clone(), a.id.clone()))).collect();
    let fold = |id: &mut String| {
        if let Some(into) = absorbed.get(id) {
            id.clone_from(into);
        }
    };

    for mut a in auto.actors {
        if !actor_ids.contains(&a.id) && !absorbed.contains_key(&a.id) {
            a.origin = Some("auto".into());
            if let Some(p) = &mut a.parent {
                fold(p);
            }
            out.actors.push(a);
        }
    }
    let known: HashSet<String> = out.actors.iter().map(|a| a.id.clone()).collect();
    for a in &mut out.actors {
        if a.parent.as_ref().is_some_and(|p| !known.contains(p) || *p == a.id) {
            a.parent = None;
        }
    }
    for mut q in auto.quotes {
        if quote_ids.contains(&q.id) || quote_keys.contains(&(q.paragraph, q.text.clone())) {
            continue;
        }
        q.origin = Some("auto".into());
        if let Some(s) = &mut q.speaker {
            fold(s);
        }
        if q.speaker.as_ref().is_some_and(|s| !known.contains(s)) {
            q.speaker = None;
        }
        out.quotes.push(q);
    }
    let mut rel_keys: HashSet<(String, String, String)> =
        out.relations.iter().map(|r| (r.source.clone(), r.target.clone(), r.kind.clone())).collect();
    for mut r in auto.relations {
        fold(&mut r.source);
        fold(&mut r.target);
        if r.source != r.target
            && known.contains(&r.source)
            && known.contains(&r.target)
            && rel_keys.insert((r.source.clone(), r.target.clone(), r.kind.clone()))
        {
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

    #[test]
    fn merged_actors_stay_merged_and_their_auto_findings_follow() {
        let auto = parse_story(r#"{"actors":[{"id":"iran","name":"Iran","kind":"state"},
                {"id":"khamenei","name":"Ali Khamenei","parent":"iran"},
                {"id":"the-leader","name":"the Leader","parent":"iran"},
                {"id":"office","name":"the Leader's office","parent":"the-leader"}],
            "quotes":[{"id":"q1","text":"one","speaker":"the-leader"},{"id":"q2","text":"new","paragraph":4,"speaker":"the-leader"}],
            "relations":[{"source":"the-leader","target":"khamenei","kind":"leads"},
                {"source":"the-leader","target":"iran","kind":"leads"},{"source":"khamenei","target":"iran","kind":"leads"}]}"#).unwrap();
        let cur = parse_story(r#"{"actors":[{"id":"iran","name":"Iran","kind":"state"},
                {"id":"khamenei","name":"Ali Khamenei","parent":"iran","merged":["the-leader"],"aliases":["the Leader"]}],
            "quotes":[{"id":"q1","text":"one","speaker":"khamenei"}]}"#).unwrap();
        let m = merge(auto, cur);
        validate(&m).unwrap();
        assert!(m.actor("the-leader").is_none(), "the absorbed actor does not come back");
        assert_eq!(m.actor("office").unwrap().parent.as_deref(), Some("khamenei"));
        let q2 = m.quotes.iter().find(|q| q.id == "q2").unwrap();
        assert_eq!((q2.speaker.as_deref(), q2.origin.as_deref()), (Some("khamenei"), Some("auto")));
        // the-leader → khamenei became a self-relation (dropped); the other two fold into one.
        let rels: Vec<_> = m.relations.iter().map(|r| (r.source.as_str(), r.target.as_str())).collect();
        assert_eq!(rels, [("khamenei", "iran")]);
    }
}
