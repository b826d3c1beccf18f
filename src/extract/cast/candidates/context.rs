//! Reading a chunk with its neighbours once every chunk of the paragraph is
//! classified: "X administration", "X's office", what only an organisation owns,
//! a state's lowercase ministry or army, and then, for an organisation, the parts
//! and appositions around it, for a person the owner before (`owner_before.rs`)
//! and the appositive after (`appositive.rs`).

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb;
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;
use super::helpers::*;
use super::{starting_at, PRONOUN_REACH};
use std::borrow::Cow;

impl Builder {
    /// Reads a chunk with its neighbours: "X administration", "X's office", and for
    /// persons the owner before ("Qods Force commander", "Niger's leader,") and the
    /// appositive after (", president of the ECOWAS Commission", ", known as Hemedti").
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn context(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk) {
        let kb = self.kb;
        let lower = |k: usize| lower_cow(text, toks, k);
        if let Some(noun) = lower(c.last + 1) {
            if let Some(iso3) = kb.government_noun(&noun) {
                let phrase = format!("{} {}", c.text(text), noun);
                self.deferred.push(Deferred::Administration { name: c.text(text).to_string(), phrase, iso3, para, at: c.start });
            }
        }
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            if let Some(noun) = lower(c.last + 2).filter(|n| kb.is("possessive_institutions", n)) {
                let phrase = format!("{}'s {}", c.text(text), noun);
                // "the weekly magazine published by Khamenei's office".
                let mut medium = None;
                let mut k = c.first;
                if k >= 2 && lower(k - 1).as_deref() == Some("by") {
                    k -= 1;
                    if lower(k - 1).is_some_and(|w| w.ends_with("ed")) {
                        k -= 1;
                    }
                    let end = k;
                    let mut start = k;
                    while start > 0 && lower(start - 1).is_some_and(|w| !ARTICLES.contains(&&*w)) && end - start < 4 {
                        start -= 1;
                    }
                    if start < end && lower(end - 1).is_some_and(|w| kb.is("media_nouns", &w)) {
                        medium = Some(text[toks[start].start..toks[end - 1].end].to_string());
                    }
                }
                self.deferred.push(Deferred::Institution { owner: c.text(text).to_string(), phrase, medium });
            }
        }
        // "Verity Foods' shares", "Ofwat's chief executive": what only a company or an
        // institution owns (`[owned_by_org]`) makes a name read as a person's (no
        // given name first, no role) an organisation.
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            let owned = lower(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_org", &n) || (n == "chief" && lower(c.last + 3).as_deref() == Some("executive")));
            // "Le Monde's editorial board", "the Daily Nation's correspondent": what
            // only an outlet has (`[owned_by_outlet]`) makes such a name an outlet.
            let outlet = lower(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_outlet", &n));
            if let Some(a) = assigned[ci].filter(|&a| (owned || outlet) && self.actors[a].kind == ActorKind::Person && !given_name(self.actors[a].name.split_whitespace().next().unwrap_or(""))) {
                if self.as_org(a) && outlet {
                    self.actors[a].kind = ActorKind::Media;
                }
            }
            // "Le Monde's editorial", "the Frankfurter Allgemeine Zeitung's Cairo
            // correspondent, X": what only an outlet has (`[owned_by_outlet]`, one
            // capitalised place between) makes such a name an outlet.
            let lx = crate::extract::lexicon::get();
            let place = word_at(text, toks, c.last + 2).is_some_and(names::is_capitalised);
            let outlet = lower(c.last + 2 + usize::from(place)).is_some_and(|n| lx.is("owned_by_outlet", &n));
            if let Some(a) = assigned[ci].filter(|&a| outlet && self.actors[a].kind == ActorKind::Person && !given_name(self.actors[a].name.split_whitespace().next().unwrap_or(""))) {
                if self.as_org(a) {
                    self.actors[a].kind = ActorKind::Media;
                }
            }
        }
        if let Some(si) = assigned[ci].and_then(|a| self.info[a].is_state) {
            self.lowercase_ministry(text, toks, c, si);
            self.lowercase_force(text, toks, c, si, false);
        }
        let Some(a) = assigned[ci] else { return };
        self.possessed_part(para, text, toks, chunks, assigned, ci, c, a);
        self.named_before_org_noun(text, toks, c, a);
        self.record_description(text, toks, c, a);
        // "The Commission said … its Directorate-General for …": part of the
        // organisation named last before.
        if self.actors[a].kind == ActorKind::Organization && self.info[a].owner.is_none() && c.first > 0 && lower(c.first - 1).as_deref() == Some("its") {
            let owner = (ci.saturating_sub(PRONOUN_REACH)..ci).rev().find_map(|x| assigned[x].filter(|&o| o != a && self.actors[o].kind == ActorKind::Organization));
            if let Some(o) = owner {
                self.set_owner(a, o, "part_of", para, c.start);
            }
        }
        if self.actors[a].kind != ActorKind::Person {
            self.org_in_context(para, text, toks, chunks, assigned, ci, c, a);
            return;
        }
        self.office_staff(para, text, toks, chunks, assigned, ci, c, a);
        self.look_back(para, text, toks, chunks, assigned, ci, c, a);
        self.look_ahead(para, text, toks, chunks, assigned, c, a);
        self.role_line_owner(para, text, toks, chunks, assigned, c, a);
        self.speaks_for(para, text, toks, chunks, assigned, ci, c, a);
        self.speaking_for_after(para, text, toks, chunks, assigned, ci, c, a);
        self.party_label(para, text, toks, chunks, assigned, c, a);
        // "Prime Minister Rui Ferraz's Democratic Alliance", "Osmonov's GKNB": a
        // person's possessive before an organisation's name: the organisation the
        // person leads (a party, a company, an agency), when nothing placed them.
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            if let Some(o) = starting_at(chunks, c.last + 2).and_then(|x| assigned[x]).filter(|&o| o != a && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) && self.info[o].is_state.is_none()) {
                self.set_owner(a, o, "leads", para, c.start);
            }
        }
    }

    /// What the words around an organisation say of it: "the Russian Defense
    /// Ministry's Africa Corps" (a part of it after its possessive), an apposition
    /// (`org_apposition`), "the group's Eastern War Front" (part of the organisation
    /// the description stands for), "Russia's Defence Ministry" (the state's).
    #[allow(clippy::too_many_arguments)]
    fn org_in_context(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        let lower = |k: usize| lower_cow(text, toks, k);
        // "the Russian Defense Ministry's Africa Corps": part of the owner.
        if self.actors[a].kind == ActorKind::Organization && toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            // "the Nigerian Army's 13 Brigade": a unit's number may stand between.
            let numbered = word_at(text, toks, c.last + 2).is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
            if let Some(nc) = starting_at(chunks, c.last + 2).or_else(|| starting_at(chunks, c.last + 3).filter(|_| numbered)) {
                if let Some(o) = assigned[nc].filter(|&o| self.actors[o].kind == ActorKind::Organization) {
                    self.set_owner(o, a, "part_of", para, c.start);
                }
            }
        }
        self.org_apposition(para, text, toks, chunks, assigned, c, a);
        self.hosted_at(para, text, toks, chunks, assigned, c, a);
        self.member_by_relative(para, text, toks, chunks, assigned, c, a);
        // "the group's Eastern War Front": part of the organisation the description
        // stands for (`described_org`).
        if c.first >= 3 && toks[c.first - 1].kind == TokKind::Poss && matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && self.info[a].owner.is_none() && lower(c.first - 3).as_deref() == Some("the") {
            if let Some(o) = lower(c.first - 2).and_then(|noun| self.described_org(&noun, &assigned[..ci], a)).filter(|&o| self.info[o].is_state.is_none()) {
                self.set_owner(a, o, "part_of", para, c.start);
            }
        }
        // "Russia's Defence Ministry": the state before the possessive owns it.
        if c.first >= 2 && toks[c.first - 1].kind == TokKind::Poss && self.actors[a].kind == ActorKind::Organization {
            if let Some(si) = chunks[..ci].binary_search_by_key(&(c.first - 2), |x| x.last).ok().and_then(|sc| assigned[sc]).and_then(|s| self.info[s].is_state) {
                self.set_state(a, si);
            }
        }
        // "the Japanese start-up Kirameki Launch", "Dutch club SC Maasoever", "the
        // Danish football club X": a state's demonym before the organisation noun
        // (`org_descriptions`, one lowercase word may stand between) that introduces
        // the name places it in that state (tree28). Never across a possessive or a
        // comma ("the Japanese start-up's rival, X"), never a place that is no state.
        if self.actors[a].kind == ActorKind::Organization && self.info[a].owner.is_none() && self.info[a].state.is_none() && self.info[a].is_state.is_none() {
            let kb = self.kb;
            // Words, not tokens: "start-up" is one word of the lexicon.
            let before = &text[..toks[c.first].start];
            let mut words = before.split_whitespace().rev();
            let lowercase = |w: &str| w.chars().all(|ch| ch.is_lowercase() || ch == '-');
            if words.next().is_some_and(|w| lowercase(w) && kb.is("org_descriptions", w)) {
                let mut w = words.next();
                if w.is_some_and(lowercase) {
                    w = words.next();
                }
                let demonym = w.filter(|w| names::is_capitalised(w)).and_then(|w| match kb.lookup(w) {
                    Some(kb::Entry::State(si, kb::StateForm::Demonym)) => Some(si),
                    _ => None,
                });
                if let Some(si) = demonym {
                    self.state(si);
                    self.set_state(a, si);
                }
            }
        }
    }
}

/// Token `k` when it is a lowercase word, lowercased: borrowed when already
/// lowercase ASCII (nearly always: this runs per chunk).
fn lower_cow<'t>(text: &'t str, toks: &[Tok], k: usize) -> Option<Cow<'t, str>> {
    word_at(text, toks, k).filter(|w| !names::is_capitalised(w)).map(|w| -> Cow<str> {
        if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            w.into()
        } else {
            w.lowercase().into()
        }
    })
}
