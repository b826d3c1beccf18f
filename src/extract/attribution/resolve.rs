//! Turning a subject into an actor: a name the cast did not link (looked up by its
//! surname or given name, else created), or any [`Subj`] through the resolver of its
//! kind.

use super::*;

/// A named subject as a person actor (none for a body, a state or a description).
pub(super) fn person_of(f: &Finder, cast: &mut Cast, p: usize, subj: Subj) -> Option<usize> {
    let a = match subj {
        Subj::Actor(a) => a,
        Subj::Name(r) => name_actor_if(f, cast, p, r, |k, _| k == ActorKind::Person)?,
        _ => return None,
    };
    (cast.actors[a].kind == ActorKind::Person).then_some(a)
}

/// Resolves any subject to an actor (creating one for a name or a description).
pub(super) fn resolve_subject(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, subj: Subj) -> Option<usize> {
    match subj {
        Subj::Actor(a) => Some(a),
        Subj::Name(r) => Some(name_actor(f, cast, p, r)),
        Subj::Pronoun { at, class } => resolve_pronoun(f, cast, out, spans, p, at, class),
        Subj::Described { range, head, plural } => described_actor(f, cast, p, range, &head, plural, true),
    }
}

/// The actor for a capitalised name the cast did not link: looked up by the whole
/// name, its last two words and its last word (a surname), else created.
pub(super) fn name_actor(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>) -> usize {
    name_actor_if(f, cast, p, range, |_, _| true).unwrap_or_default()
}

/// [`name_actor`], creating the actor only when `new` accepts the kind and the
/// gender it would have: a pronoun's candidate that cannot fit is never made an
/// actor just to be turned down ("MEPs pressed Hudec. "Q," he said": no "MEPs").
pub(super) fn name_actor_if(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>, new: impl Fn(ActorKind, Option<Gender>) -> bool) -> Option<usize> {
    // A name inside a longer one the cast found ("Food" in "the Department for
    // Environment, Food and Rural Affairs said") is that actor, never a second one
    // overlapping it.
    if let Some(m) = cast.mentions_in(p, 0..range.start + 1).iter().rev().take(8).find(|m| m.range.start <= range.start && range.end <= m.range.end && m.range != range) {
        return Some(m.actor);
    }
    let text = f.ctx.paras[p].text;
    let name = text[range.clone()].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let tries = [name.to_string(), words[words.len().saturating_sub(2)..].join(" "), words.last().map_or(String::new(), |w| w.to_string())];
    for t in tries.iter().filter(|t| !t.is_empty()) {
        if let Some(a) = cast.lookup(t) {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    let head = words.last().map_or(String::new(), |w| w.to_lowercase());
    // "MEPs", "NGOs": a plural acronym names a group of people, never one person.
    let plural_acronym = |w: &str| w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase()) && w.len() > 2;
    let kind = if words.len() == 1 && plural_acronym(words[0]) {
        ActorKind::Group
    } else if f.lx.is("media", &head) {
        ActorKind::Media
    } else if f.lx.is("organization", &head) || f.lx.is("voice", &head) || words.contains(&"of") || words.iter().all(|w| w.chars().all(|c| !c.is_lowercase())) {
        ActorKind::Organization
    } else {
        ActorKind::Person
    };
    if kind == ActorKind::Person {
        // "Omar", "Abu Hussein", "Sheikh Haidar" for "Omar al-Khatib", "Abu Hussein
        // al-Saadi", "Haidar al-Lami": the leading words (titles aside) of exactly one
        // person's fuller name are that person; never when two persons share them.
        let kb = crate::extract::cast::kb::get();
        let skip = words.iter().take_while(|w| kb.office(w).is_some()).count().min(words.len().saturating_sub(1));
        let given = &words[skip..];
        // Among the persons of the last mentions (a bounded window: the cost stays
        // linear, and a given name takes up someone recently named).
        let mut seen: Vec<usize> = Vec::new();
        for m in cast.mentions_before(p, range.start).take(200) {
            let d = &cast.actors[m.actor];
            if d.kind != ActorKind::Person || seen.contains(&m.actor) {
                continue;
            }
            let mut full = d.name.split_whitespace();
            let prefix = given.iter().all(|g| full.next() == Some(*g)) && full.next().is_some();
            if prefix {
                seen.push(m.actor);
            }
        }
        if let [a] = seen[..] {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    // "Ms Ortiz said": a courtesy title before the name says the gender.
    let tk = &f.tks[p];
    let k = tk.at(range.start);
    let title = k.checked_sub(1).filter(|&j| kind == ActorKind::Person && tk.is_word(j)).and_then(|j| gender::of_title(tk.lower(j)));
    if !new(kind, title.or_else(|| gender::of_name(name))) {
        return None;
    }
    let a = cast.add_actor(ActorDraft { name: name.to_string(), kind, ..Default::default() });
    if let Some(g) = title {
        f.titled.borrow_mut().push((a, g));
    }
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}
