//! Turning a subject into an actor: a name the cast did not link (looked up by its
//! surname or given name, else created), or any [`Subj`] through the resolver of its
//! kind.

use crate::case::StrCase;
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
        Subj::Pronoun { at, class } => pronouns::possessed_office(f, cast, out, spans, p, at).or_else(|| resolve_pronoun(f, cast, out, spans, p, at, class)),
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
    if let Some(a) = kin_by_age(f, cast, p, range.clone()) {
        cast.add_mention(Mention { actor: a, para: p, range });
        return Some(a);
    }
    let text = f.ctx.paras[p].text;
    let name = text[range.clone()].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Hospital managers said", "Factory owners in Gazipur said": a lone capital that
    // only opens the sentence, right before a lowercase plural speaker noun, is that
    // noun's modifier: the speakers are the group the phrase describes.
    let tk = &f.tks[p];
    let (k, j) = (tk.at(range.start), tk.at(range.end));
    if words.len() == 1 && k == tk.sentence_toks(k).start && tk.is_word(j) && tk.is_lower(j) && tk.toks[j].start == range.end + 1 && cast.lookup(name).is_none() && gender::of_name(name).is_none() {
        let w = tk.lower(j);
        let noun = is_plural(w) && (f.lx.is("group", w) || w.strip_suffix('s').is_some_and(is_speaker_noun));
        if noun && new(ActorKind::Group, None) {
            return described_actor(f, cast, p, range.start..tk.toks[j].end, w, true, true);
        }
    }
    let tries = [name.to_string(), words[words.len().saturating_sub(2)..].join(" "), words.last().map_or(String::new(), |w| w.to_string())];
    for t in tries.iter().filter(|t| !t.is_empty()) {
        if let Some(a) = cast.lookup(t) {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    let head = words.last().map_or(String::new(), |w| w.lowercase());
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
    // "U.S. Embassy" (see `noun_phrase`): an institution named by a state's name and
    // an institution noun belongs to that state.
    let parent = if kind == ActorKind::Organization && f.lx.is("organization", &head) { cast.mentions_in(p, range.clone()).first().map(|m| m.actor).filter(|&s| cast.actors[s].kind == ActorKind::State) } else { None };
    let a = cast.add_actor(ActorDraft { name: name.to_string(), kind, parent, ..Default::default() });
    if let Some(g) = title {
        f.titled.borrow_mut().push((a, g));
    }
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}

/// "the elder Kang", "the younger Costa": a family name after `[kin_elder]` or
/// `[kin_younger]`, with two or more persons of that family name named before, is
/// the one the text marks as the parent (a `[kin_father]`/`[kin_mother]` noun before the name: "her
/// father, Kang Man-sik") or as the child ("his son Kang Ji-woo"), else the other of
/// exactly two when only one is marked, else the older or younger by a stated age
/// ("Kang Min-ho, 74,").
fn kin_by_age(f: &Finder, cast: &Cast, p: usize, range: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(range.start);
    let adj = k.checked_sub(1).filter(|&j| tk.is_word(j) && tk.is_lower(j))?;
    let elder = if f.lx.is("kin_elder", tk.lower(adj)) {
        true
    } else if f.lx.is("kin_younger", tk.lower(adj)) {
        false
    } else {
        return None;
    };
    let family = f.ctx.paras[p].text[range.clone()].trim();
    if family.contains(' ') {
        return None;
    }
    // (actor, kin mark: Some(true) parent / Some(false) child, stated age)
    let mut seen: Vec<(usize, Option<bool>, Option<u32>)> = Vec::new();
    for m in cast.mentions_before(p, range.start).take(200) {
        let d = &cast.actors[m.actor];
        let mut parts = d.name.split_whitespace();
        let (first, last) = (parts.next(), d.name.split_whitespace().last());
        if d.kind != ActorKind::Person || d.name.split_whitespace().count() < 2 || first != Some(family) && last != Some(family) {
            continue;
        }
        let mt = &f.tks[m.para];
        let at = mt.at(m.range.start);
        // Up to three tokens back ("his son X", "Her mother, X", "with his father, X").
        let mark = (at.saturating_sub(3)..at).rev().filter(|&j| mt.is_word(j)).map(|j| mt.lower(j)).find_map(|w| {
            if f.lx.is("kin_father", w) || f.lx.is("kin_mother", w) {
                Some(true)
            } else if f.lx.is("kin_son", w) || f.lx.is("kin_daughter", w) {
                Some(false)
            } else {
                None
            }
        });
        // "X, 74," right after the name.
        let e = mt.at(m.range.end);
        let digits = |w: &str| (w.len() <= 3 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')));
        let age = (mt.punct(e) == Some(',') && mt.is_word(e + 1)).then(|| digits(mt.word(e + 1))).flatten().filter(|&n| n < 120);
        match seen.iter_mut().find(|x| x.0 == m.actor) {
            Some(x) => {
                x.1 = x.1.or(mark);
                x.2 = x.2.or(age);
            }
            None => seen.push((m.actor, mark, age)),
        }
    }
    if seen.len() < 2 {
        return None;
    }
    let marked: Vec<&(usize, Option<bool>, Option<u32>)> = seen.iter().filter(|x| x.1 == Some(elder)).collect();
    if let [one] = marked[..] {
        return Some(one.0);
    }
    if seen.len() == 2 {
        if let Some(other) = seen.iter().position(|x| x.1 == Some(!elder)) {
            if seen[1 - other].1.is_none() {
                return Some(seen[1 - other].0);
            }
        }
    }
    let aged = seen.iter().filter_map(|x| x.2.map(|g| (x.0, g)));
    let pick = if elder { aged.max_by_key(|x| x.1) } else { aged.min_by_key(|x| x.1) };
    pick.map(|x| x.0)
}

/// Before the sieve: a cast mention of a family name after "elder"/"younger" that the
/// cast joined to one person of that name is pointed at the one [`kin_by_age`] picks.
/// One pass over the words (linear).
pub(super) fn kin_mentions(f: &Finder, cast: &mut Cast) {
    for p in 0..f.tks.len() {
        let tk = &f.tks[p];
        for k in 0..tk.toks.len().saturating_sub(1) {
            // The capitalised next word first: it is rare, and the two list probes
            // (per lowercase word of the article) were most of this pass.
            if !(tk.is_word(k) && tk.is_word(k + 1) && tk.is_cap(k + 1) && tk.is_lower(k) && (f.lx.is("kin_elder", tk.lower(k)) || f.lx.is("kin_younger", tk.lower(k)))) {
                continue;
            }
            let at = tk.toks[k + 1].start;
            let Some(m) = cast.mentions_in(p, at..at + 1).first().cloned() else { continue };
            if let Some(b) = kin_by_age(f, cast, p, m.range.clone()).filter(|&b| b != m.actor) {
                cast.retarget(p, at, b);
            }
        }
    }
}
