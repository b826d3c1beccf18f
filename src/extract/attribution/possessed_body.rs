//! "His government said …", "her party's statement said …": a person's possessive
//! pronoun before a body noun speaks for the body, not for the person. Before this,
//! the pronoun was given to its possessor (dev: 0 right of 2 — "His government has
//! also accused …" is Georgia's, "When his government was telling Ghanaians …" is
//! the New Patriotic Party's, not the minister's).
//!
//! The body is found in the cast, never made: the possessor's nearest ancestor
//! (parent, its parent, …, `MAX_STEPS` up) of the kind the noun names —
//! `[government_noun]` ("government", "authorities"): a state, or a party (an
//! organisation whose name ends in a `[party_noun]`: "New Patriotic Party");
//! `[party_noun]` ("party", "faction", "coalition"): such a party only. With no such
//! ancestor the pronoun keeps its possessor, as before ("her ministry" or a person
//! with no parent are untouched; "his office" is `pronouns::possessed_office`).
//! With the state's government in the cast (`cast/government.rs`: "Kenyan
//! Government" under Kenya), "his government" is that body, not the state (gov21).

use crate::case::StrCase;
use super::*;

/// How far up the parent chain the body is looked for (a person under a party
/// under a state is two steps; the bound keeps a cyclic tree harmless).
const MAX_STEPS: usize = 4;

/// The body the possessive pronoun subject at byte `at` of paragraph `p` names
/// ("his government"), when it is one and the cast has it.
pub(super) fn possessed_body(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(at);
    if !(tk.is_word(k) && f.lx.is("possessive_pronoun", tk.lower(k)) && tk.is_word(k + 1) && tk.is_lower(k + 1)) {
        return None;
    }
    let noun = tk.lower(k + 1);
    let government = f.lx.is("government_noun", noun);
    if !(government || f.lx.is("party_noun", noun)) {
        return None;
    }
    // "his government spokesman", "her party leader": a person of the body.
    if tk.is_word(k + 2) && is_speaker_noun(tk.lower(k + 2)) {
        return None;
    }
    if pronoun_class(tk.lower(k))? != PronounClass::Person {
        return None;
    }
    let owner = resolve_pronoun(f, cast, out, spans, p, at, PronounClass::Person)?;
    if cast.actors[owner].kind != ActorKind::Person {
        return None;
    }
    let lx = f.lx;
    let party = |a: usize| cast.actors[a].kind == ActorKind::Organization && cast.actors[a].name.split_whitespace().last().is_some_and(|w| lx.is("party_noun", &w.lowercase()));
    let mut a = cast.actors[owner].parent;
    for _ in 0..MAX_STEPS {
        let b = a?;
        if party(b) {
            return Some(b);
        }
        if government && cast.actors[b].kind == ActorKind::State {
            // "his government" with the state's government in the cast (a body named
            // for the noun, under the state: "Kenyan Government"): that body speaks.
            return Some((0..cast.actors.len()).find(|&x| cast.actors[x].parent == Some(b) && named_body(cast, x, noun)).unwrap_or(b));
        }
        if named_body(cast, b, noun) {
            return Some(b);
        }
        a = cast.actors[b].parent;
    }
    None
}

/// Whether actor `b` is a government body named for `noun` ("Kenyan Government" for
/// "his government"): the possessor sits in it.
fn named_body(cast: &Cast, b: usize, noun: &str) -> bool {
    let x = &cast.actors[b];
    x.kind == ActorKind::Organization && x.name.contains(' ') && x.name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(noun)) && x.parent.is_some_and(|p| cast.actors[p].kind == ActorKind::State)
}
