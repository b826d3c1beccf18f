//! An editor's corrections to a story, as data: [`apply`] turns a story and an [`Edit`]
//! into another valid story, or refuses the edit.
//!
//! Why as data: the widget keeps an undo stack and the tests drive random sequences of
//! edits; both need edits that can be replayed and refused without a DOM. Everything an
//! edit touches is marked `origin: "curated"`, so that [`super::merge`] lets it win
//! over a later extraction.
//!
//! Invariant: if `validate(story)` holds, it holds for `apply(story, edit)`, whatever the edit.

use crate::case::CharCase;
use super::story::{Actor, ActorKind, QuoteKind, Relation, Story};
use super::validate::validate;
// The crate's one hasher (`extract::fxhash`), not std's SipHash: one hash-map code per
// key type for the whole wasm, and no SipHash in it (size).
use crate::extract::fxhash::FxSet as HashSet;

/// The relation kinds the model knows (the extractor writes only these; an editor
/// chooses among them).
pub const RELATION_KINDS: &[&str] =
    &["leads", "member_of", "part_of", "directs", "allied_with", "opposes", "criticizes", "mediates", "negotiates_with"];

/// Longest name an editor may give a new actor, in characters.
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Quote `quote` was said by `speaker` (an actor id), or by nobody named.
    Reassign { quote: String, speaker: Option<String> },
    /// Quote `quote` was said by a new actor called `name`, of `kind`, at the root
    /// (moving it is another edit). Its id is [`new_actor_id`] of the name.
    ReassignToNew { quote: String, name: String, kind: ActorKind },
    /// Quote `quote` is someone's words (speech) or a key term.
    SetKind { quote: String, kind: QuoteKind },
    /// Actor `from` is the same as `into`: its quotes, relations, children, name and
    /// aliases go to `into`, and `from` disappears (remembered in `into.merged`).
    Merge { from: String, into: String },
    /// Actor `actor` sits under `parent` in the tree (or at the root).
    Move { actor: String, parent: Option<String> },
    /// A relation `source` → `target` of `kind` (one of [`RELATION_KINDS`]).
    Relate { source: String, target: String, kind: String },
}

/// Why an edit was refused (the story is unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    UnknownQuote(String),
    UnknownActor(String),
    EmptyName,
    NameTooLong,
    SameActor,
    /// The move would put an actor under itself or one of its descendants.
    Cycle,
    UnknownRelationKind(String),
    /// The relation is already there.
    Duplicate,
    /// The edit would leave a story that does not validate (a bug, or an invalid
    /// story to begin with).
    Invalid(String),
}

/// The story as an editor downloads it, to publish as the widget's `src`: the schema
/// version stated, the article's paragraphs and the extractor's diagnostics left out.
/// Why: the merge over a fresh extraction brings both back up to date, whereas kept
/// ones would win over the current article's paragraphs and repeat the diagnostics.
pub fn published(story: &Story) -> String {
    let mut out = story.clone();
    out.version = Some(super::story::SCHEMA_VERSION.into());
    out.diagnostics.clear();
    out.paragraphs.clear();
    super::json::pretty(&out)
}

/// A readable, unique id for a new actor named `name`: its slug ("jane-roe"), with
/// "-2", "-3"… on a clash with an existing or absorbed actor id.
pub fn new_actor_id(story: &Story, name: &str) -> String {
    let mut base = String::new();
    for part in name.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
        if !base.is_empty() {
            base.push('-');
        }
        base.extend(part.chars().flat_map(CharCase::lowercase));
    }
    if base.is_empty() {
        base = "actor".into();
    }
    let used: HashSet<&str> =
        story.actors.iter().flat_map(|a| std::iter::once(a.id.as_str()).chain(a.merged.iter().map(String::as_str))).collect();
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

const CURATED: &str = "curated";

fn curate(origin: &mut Option<String>) {
    *origin = Some(CURATED.into());
}

fn quote_at(story: &Story, id: &str) -> Result<usize, EditError> {
    story.quotes.iter().position(|q| q.id == id).ok_or_else(|| EditError::UnknownQuote(id.into()))
}

fn actor_at(story: &Story, id: &str) -> Result<usize, EditError> {
    story.actors.iter().position(|a| a.id == id).ok_or_else(|| EditError::UnknownActor(id.into()))
}

/// Whether `ancestor` is `id` or above it in the tree.
fn is_ancestor(story: &Story, ancestor: &str, id: &str) -> bool {
    let mut cur = Some(id);
    let mut steps = 0;
    while let Some(c) = cur {
        if c == ancestor {
            return true;
        }
        steps += 1;
        if steps > story.actors.len() {
            return false;
        }
        cur = story.actor(c).and_then(|a| a.parent.as_deref());
    }
    false
}

/// The story after `edit`, or why the edit is refused. The story itself is never
/// changed, so the caller can keep it for undo.
pub fn apply(story: &Story, edit: &Edit) -> Result<Story, EditError> {
    let mut next = story.clone();
    change(&mut next, edit)?;
    validate(&next).map_err(|e| EditError::Invalid(e.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
    Ok(next)
}

fn change(s: &mut Story, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::Reassign { quote, speaker } => {
            let qi = quote_at(s, quote)?;
            if let Some(sp) = speaker {
                let ai = actor_at(s, sp)?;
                curate(&mut s.actors[ai].origin);
            }
            let q = &mut s.quotes[qi];
            q.speaker = speaker.clone();
            q.evidence = Some("editor".into());
            curate(&mut q.origin);
        }
        Edit::ReassignToNew { quote, name, kind } => {
            let qi = quote_at(s, quote)?;
            let name = name.trim();
            if name.is_empty() {
                return Err(EditError::EmptyName);
            }
            if name.chars().count() > MAX_NAME_CHARS {
                return Err(EditError::NameTooLong);
            }
            let id = new_actor_id(s, name);
            s.actors.push(Actor { id: id.clone(), name: name.into(), kind: *kind, origin: Some(CURATED.into()), ..Actor::default() });
            let q = &mut s.quotes[qi];
            q.speaker = Some(id);
            q.evidence = Some("editor".into());
            curate(&mut q.origin);
        }
        Edit::SetKind { quote, kind } => {
            let qi = quote_at(s, quote)?;
            let q = &mut s.quotes[qi];
            q.kind = *kind;
            curate(&mut q.origin);
        }
        Edit::Merge { from, into } => merge_actors(s, from, into)?,
        Edit::Move { actor, parent } => {
            let ai = actor_at(s, actor)?;
            if let Some(p) = parent {
                actor_at(s, p)?;
                if is_ancestor(s, actor, p) {
                    return Err(EditError::Cycle);
                }
            }
            let a = &mut s.actors[ai];
            a.parent = parent.clone();
            curate(&mut a.origin);
        }
        Edit::Relate { source, target, kind } => {
            let si = actor_at(s, source)?;
            let ti = actor_at(s, target)?;
            if si == ti {
                return Err(EditError::SameActor);
            }
            if !RELATION_KINDS.contains(&kind.as_str()) {
                return Err(EditError::UnknownRelationKind(kind.clone()));
            }
            if s.relations.iter().any(|r| r.source == *source && r.target == *target && r.kind == *kind) {
                return Err(EditError::Duplicate);
            }
            s.relations.push(Relation { source: source.clone(), target: target.clone(), kind: kind.clone(), evidence: None });
            curate(&mut s.actors[si].origin);
            curate(&mut s.actors[ti].origin);
        }
    }
    Ok(())
}

fn merge_actors(s: &mut Story, from: &str, into: &str) -> Result<(), EditError> {
    let fi = actor_at(s, from)?;
    if fi == actor_at(s, into)? {
        return Err(EditError::SameActor);
    }
    let gone = s.actors.remove(fi);
    // When `into` sat below `from`, it takes `from`'s place; otherwise `from`'s
    // children would end up below one of their own descendants.
    // (`from` is gone, but the walk up from `into` still meets its id.)
    let into_below = is_ancestor(s, from, into);
    for a in &mut s.actors {
        if a.id == into {
            if into_below {
                a.parent = gone.parent.clone();
            }
            for n in std::iter::once(&gone.name).chain(&gone.aliases) {
                if *n != a.name && !a.aliases.contains(n) {
                    a.aliases.push(n.clone());
                }
            }
            if a.role.as_deref().is_none_or(str::is_empty) {
                a.role = gone.role.clone();
            }
            a.merged.push(gone.id.clone());
            a.merged.extend(gone.merged.iter().cloned());
            curate(&mut a.origin);
        } else if a.parent.as_deref() == Some(from) {
            a.parent = Some(into.into());
        }
    }
    for q in &mut s.quotes {
        if q.speaker.as_deref() == Some(from) {
            q.speaker = Some(into.into());
            curate(&mut q.origin);
        }
    }
    let mut seen = HashSet::default();
    s.relations.retain_mut(|r| {
        for end in [&mut r.source, &mut r.target] {
            if end == from {
                *end = into.into();
            }
        }
        r.source != r.target && seen.insert((r.source.clone(), r.target.clone(), r.kind.clone()))
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_story;

    fn story() -> Story {
        parse_story(
            r#"{"actors":[
                {"id":"iran","name":"Iran","kind":"state"},
                {"id":"khamenei","name":"Ali Khamenei","aliases":["Khamenei"],"parent":"iran","role":"Supreme Leader"},
                {"id":"the-leader","name":"the Leader","parent":"iran"},
                {"id":"irgc","name":"IRGC","kind":"organization","parent":"the-leader"},
                {"id":"rouhani","name":"Hassan Rouhani","parent":"iran"}],
              "quotes":[
                {"id":"q1","text":"heroic flexibility","speaker":"rouhani"},
                {"id":"q2","text":"maximum pressure","speaker":"the-leader"},
                {"id":"q3","text":"today is not the time"}],
              "relations":[
                {"source":"the-leader","target":"khamenei","kind":"leads"},
                {"source":"khamenei","target":"rouhani","kind":"criticizes"},
                {"source":"the-leader","target":"rouhani","kind":"criticizes"}]}"#,
        )
        .unwrap()
    }

    fn ok(s: &mut Story, e: Edit) {
        *s = apply(s, &e).unwrap_or_else(|err| panic!("{e:?}: {err:?}"));
        validate(s).unwrap();
    }

    #[test]
    fn reassign_and_kind_mark_what_they_touch_as_curated() {
        let mut s = story();
        ok(&mut s, Edit::Reassign { quote: "q1".into(), speaker: Some("khamenei".into()) });
        ok(&mut s, Edit::SetKind { quote: "q2".into(), kind: QuoteKind::Term });
        assert_eq!(s.quotes[0].speaker.as_deref(), Some("khamenei"));
        assert_eq!(s.quotes[0].origin.as_deref(), Some("curated"));
        assert_eq!(s.quotes[1].kind, QuoteKind::Term);
        assert_eq!(s.quotes[1].origin.as_deref(), Some("curated"));
        assert_eq!(s.quotes[2].origin, None, "untouched");
        let unknown = Edit::Reassign { quote: "q1".into(), speaker: Some("nobody".into()) };
        assert_eq!(apply(&s, &unknown).err(), Some(EditError::UnknownActor("nobody".into())));
        assert_eq!(
            apply(&s, &Edit::SetKind { quote: "q9".into(), kind: QuoteKind::Term }).err(),
            Some(EditError::UnknownQuote("q9".into()))
        );
    }

    #[test]
    fn a_new_actor_gets_a_fresh_slug_and_keeps_its_name_as_text() {
        let mut s = story();
        let hostile = "<img src=x onerror=window.__pwned=1>";
        ok(&mut s, Edit::ReassignToNew { quote: "q3".into(), name: format!("  {hostile} "), kind: ActorKind::Person });
        let a = s.actors.last().unwrap();
        assert_eq!(a.name, hostile);
        assert_eq!(a.id, "img-src-x-onerror-window-pwned-1");
        assert_eq!(s.quotes[2].speaker.as_deref(), Some(a.id.as_str()));
        ok(&mut s, Edit::ReassignToNew { quote: "q2".into(), name: "Iran".into(), kind: ActorKind::State });
        assert_eq!(s.actors.last().unwrap().id, "iran-2");
        assert_eq!(s.actors.last().unwrap().kind, ActorKind::State);
        assert_eq!(new_actor_id(&s, "!!!"), "actor");
        assert_eq!(
            apply(&s, &Edit::ReassignToNew { quote: "q1".into(), name: " ".into(), kind: ActorKind::Person }).err(),
            Some(EditError::EmptyName)
        );
        assert_eq!(
            apply(&s, &Edit::ReassignToNew { quote: "q1".into(), name: "x".repeat(201), kind: ActorKind::Person }).err(),
            Some(EditError::NameTooLong)
        );
    }

    #[test]
    fn merge_moves_quotes_relations_children_and_names() {
        let mut s = story();
        ok(&mut s, Edit::Merge { from: "the-leader".into(), into: "khamenei".into() });
        assert!(s.actor("the-leader").is_none());
        let k = s.actor("khamenei").unwrap();
        assert_eq!(k.aliases, ["Khamenei", "the Leader"]);
        assert_eq!(k.merged, ["the-leader"]);
        assert_eq!(k.origin.as_deref(), Some("curated"));
        assert_eq!(s.actor("irgc").unwrap().parent.as_deref(), Some("khamenei"));
        assert_eq!(s.quotes[1].speaker.as_deref(), Some("khamenei"));
        // "leads" became a self-relation (dropped); the two "criticizes" became one.
        let rels: Vec<_> = s.relations.iter().map(|r| (r.source.as_str(), r.target.as_str(), r.kind.as_str())).collect();
        assert_eq!(rels, [("khamenei", "rouhani", "criticizes")]);
        assert_eq!(apply(&s, &Edit::Merge { from: "iran".into(), into: "iran".into() }).err(), Some(EditError::SameActor));
        // The absorbed id is not reused for a new actor.
        assert_eq!(new_actor_id(&s, "The Leader"), "the-leader-2");
    }

    #[test]
    fn merging_an_ancestor_into_its_descendant_keeps_a_forest() {
        let mut s = story();
        ok(&mut s, Edit::Merge { from: "iran".into(), into: "irgc".into() });
        let irgc = s.actor("irgc").unwrap();
        assert_eq!(irgc.parent, None);
        assert_eq!(s.actor("the-leader").unwrap().parent.as_deref(), Some("irgc"));
        assert_eq!(s.actor("rouhani").unwrap().parent.as_deref(), Some("irgc"));
    }

    #[test]
    fn the_published_story_parses_back_with_the_edits() {
        let mut s = story();
        s.diagnostics.push(crate::model::Diagnostic { paragraph: None, message: "x".into() });
        s.paragraphs.push("The article's text.".into());
        ok(&mut s, Edit::Merge { from: "the-leader".into(), into: "khamenei".into() });
        let back = parse_story(&published(&s)).unwrap();
        assert_eq!(back.version.as_deref(), Some("1"));
        assert!(back.diagnostics.is_empty() && back.paragraphs.is_empty());
        assert_eq!(back.actors, s.actors);
        assert_eq!(back.quotes, s.quotes);
    }

    #[test]
    fn moves_refuse_cycles() {
        let mut s = story();
        assert_eq!(apply(&s, &Edit::Move { actor: "iran".into(), parent: Some("irgc".into()) }).err(), Some(EditError::Cycle));
        assert_eq!(apply(&s, &Edit::Move { actor: "iran".into(), parent: Some("iran".into()) }).err(), Some(EditError::Cycle));
        ok(&mut s, Edit::Move { actor: "irgc".into(), parent: None });
        ok(&mut s, Edit::Move { actor: "iran".into(), parent: Some("irgc".into()) });
        assert_eq!(s.actor("iran").unwrap().parent.as_deref(), Some("irgc"));
    }

    #[test]
    fn relations_need_a_known_kind_and_are_not_duplicated() {
        let mut s = story();
        ok(&mut s, Edit::Relate { source: "irgc".into(), target: "rouhani".into(), kind: "opposes".into() });
        assert_eq!(s.relations.len(), 4);
        let again = Edit::Relate { source: "irgc".into(), target: "rouhani".into(), kind: "opposes".into() };
        assert_eq!(apply(&s, &again).err(), Some(EditError::Duplicate));
        let bad = Edit::Relate { source: "irgc".into(), target: "rouhani".into(), kind: "<b>".into() };
        assert_eq!(apply(&s, &bad).err(), Some(EditError::UnknownRelationKind("<b>".into())));
        let same = Edit::Relate { source: "irgc".into(), target: "irgc".into(), kind: "leads".into() };
        assert_eq!(apply(&s, &same).err(), Some(EditError::SameActor));
        assert_eq!(s.relations.len(), 4);
    }
}
