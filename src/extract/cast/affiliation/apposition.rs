//! Appositions naming what an organisation is part of: ", the Parliament's
//! second-largest group", ", a faction of the Popular Mobilization Forces", "NATO's
//! peacekeeping force, KFOR". Called from `candidates` (`context`, `look_back`).

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// An organisation's appositive naming what it is part of: ", the Parliament's
    /// second-largest group", ", a faction of the Popular Mobilization Forces", ", a
    /// unit of the police" (a description of an institution named before).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn org_apposition(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize) {
        let kb = self.kb;
        let mut k = c.last + 1;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct('(')) && toks.get(k + 2).is_some_and(|t| t.kind == TokKind::Punct(')')) {
            k += 3; // "The Socialists and Democrats (S&D), the ..."
        }
        if !toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) || !word_at(text, toks, k + 1).is_some_and(|w| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a))) {
            return;
        }
        let limit = (k + 10).min(toks.len());
        let mut j = k + 2;
        // The owner: a chunk with a possessive, or the chunk after "part noun of [the]".
        let mut owner: Option<(usize, usize)> = None;
        let mut part_of = false;
        while j < limit {
            if let Some(oc) = chunks.binary_search_by_key(&j, |x| x.first).ok() {
                let poss = toks.get(chunks[oc].last + 1).is_some_and(|t| t.kind == TokKind::Poss);
                if self.hyphen_adjective(text, toks, &chunks[oc]) {
                    j = chunks[oc].last + 2;
                    continue;
                }
                // "the largest FARC dissident faction": a name before the noun too.
                if part_of || poss || owner.is_none() {
                    if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc) {
                        // ", the elite unit of the Cameroonian army": the state's army.
                        let force = self.info[o].is_state.filter(|_| part_of).and_then(|si| self.lowercase_force(text, toks, &chunks[oc], si, true));
                        owner = Some((force.unwrap_or(o), chunks[oc].start));
                    }
                    if part_of {
                        break;
                    }
                    j = chunks[oc].last + if poss { 2 } else { 1 };
                    continue;
                }
                return;
            }
            let Some(w) = lower_word(text, toks, j) else { return };
            if part_of && w != "the" && !names::is_capitalised(&w) {
                // ", a unit of the police": the police institution named before.
                let before: Vec<Option<usize>> = chunks.iter().zip(assigned.iter()).take_while(|(x, _)| x.start < c.start).map(|(_, o)| *o).collect();
                owner = self.described_org(&w, &before, a).map(|o| (o, toks[j].start));
                break;
            }
            if w == "of" && j > k + 2 && lower_word(text, toks, j - 1).is_some_and(|p| kb.is("part_nouns", &p)) {
                part_of = true;
            } else if part_of && w == "the" {
            } else if owner.is_some() && (kb.is("org_descriptions", &w) || kb.is("part_nouns", &w)) {
                break; // "the Parliament's second-largest group"
            } else if names::is_capitalised(&w) || kb.is("role_stops", &w) || part_of {
                return;
            }
            j += 1;
        }
        let Some((o, at)) = owner.filter(|&(o, _)| o != a) else { return };
        if let Some(si) = self.info[o].is_state {
            self.set_state(a, si);
        } else if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) {
            self.set_owner(a, o, "part_of", para, at);
        }
    }

    /// "NATO's peacekeeping force, KFOR", "the army's media wing, X": an appositive
    /// whose role ends in an organisation noun (`part_nouns`, `org_descriptions`)
    /// after an owner's possessive (a name, or a description "the army"): the named
    /// actor is an organisation (a bare name first read as a person is retyped),
    /// part of the owner. `c` is the named chunk.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn possessed_part(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) -> bool {
        let kb = self.kb;
        // ", the Manyu Command,": the name may open with "the" after the comma.
        let the = c.first >= 2 && word_at(text, toks, c.first - 1).is_some_and(|w| w == "the");
        let first = c.first - usize::from(the);
        if first < 3 || toks[first - 1].kind != TokKind::Punct(',') || self.info[a].owner.is_some() {
            return false;
        }
        // Back over the role's lowercase words to the possessive.
        let end = first - 1;
        let mut k = end;
        let pronoun = |w: &str| matches!(w, "its" | "Its" | "their" | "Their");
        while k > 0 && end - k < 3 && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !pronoun(w)) {
            k -= 1;
        }
        // "TSMC's Japanese subsidiary, X", "the group's Gaza wing, X": one capitalised
        // word (a nationality, a place) between the possessive and the noun.
        if k < end && k >= 3 && toks[k - 2].kind == TokKind::Poss && word_at(text, toks, k - 1).is_some_and(|w| names::is_capitalised(w) && !names::is_acronym(w)) {
            k -= 1;
        }
        // "The ARA is less united than its name suggests. Its main body, the Manyu
        // Command,": the organisation the pronoun stands for.
        // Only a pronoun opening the sentence ("For their part, IRGC leaders" is an
        // idiom, no part of anyone).
        let opens = k < 2 || matches!(toks[k - 2].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
        let its = k >= 1 && opens && word_at(text, toks, k - 1).is_some_and(|w| matches!(w, "Its" | "Their"));
        if k == end || k < 2 || (toks[k - 1].kind != TokKind::Poss && !its) || !lower_word(text, toks, end - 1).is_some_and(|w| kb.is("part_nouns", &w) || kb.is("org_descriptions", &w)) {
            return false;
        }
        // "Fidesz's partner in government, X": the noun after a preposition is a
        // complement; the role's head ("partner") names no part.
        let lex = crate::extract::lexicon::get();
        if (k..end).any(|j| lower_word(text, toks, j).is_some_and(|w| lex.is("preposition", &w))) {
            return false;
        }
        let owner_tok = k - 2;
        let o = if its {
            self.pronoun_owner(text, chunks, toks, assigned, ci, toks[k - 1].start, false).and_then(|x| assigned[x])
        } else {
            match chunks[..ci].binary_search_by_key(&owner_tok, |x| x.last).ok() {
                Some(oc) => assigned[oc],
                None => match (lower_word(text, toks, owner_tok), owner_tok.checked_sub(1).and_then(|t| lower_word(text, toks, t)).as_deref()) {
                    (Some(noun), Some("the")) => self.described_org(&noun, &assigned[..ci], a),
                    _ => None,
                },
            }
        };
        let is_org = |b: &Self, o: usize| matches!(b.actors[o].kind, ActorKind::Organization | ActorKind::Group) || b.info[o].is_state.is_some();
        let Some(o) = o.filter(|&o| o != a && is_org(self, o)) else { return false };
        if self.actors[a].kind == ActorKind::Person && !self.as_org(a) {
            return false;
        }
        if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) {
            return false;
        }
        if let Some(si) = self.info[o].is_state {
            self.set_state(a, si);
        } else {
            self.set_owner(a, o, "part_of", para, toks[k].start);
        }
        true
    }
}
