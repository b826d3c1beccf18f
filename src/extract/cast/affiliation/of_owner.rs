//! "X of the Y": "Esteban Valladares of the opposition National Party", "Bola
//! Tinubu of Nigeria": the person before "of" belongs to what follows.

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// "Esteban Valladares of the opposition National Party", "Dana Yousef of the
    /// Levant Strategy Centre", "Bola Tinubu of Nigeria": the person right before
    /// "of [the] [two lowercase words]" belongs to the institution (or state) after.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn of_owner(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], of: usize, a: usize) {
        let mut j = of + 1;
        let the = lower_word(text, toks, j).as_deref() == Some("the");
        if the {
            j += 1;
        }
        let limit = (j + 3).min(toks.len());
        while j < limit {
            if let Some(oc) = chunks.binary_search_by_key(&j, |x| x.first).ok() {
                if self.hyphen_adjective(text, toks, &chunks[oc]) {
                    return;
                }
                let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc) else { return };
                if let Some(si) = self.info[o].is_state {
                    // "of the Chișinău think tank Expert-Grup": a state or capital
                    // qualifying an organisation noun, then the organisation's name.
                    let mut t = chunks[oc].last + 1;
                    while t < toks.len() && t <= chunks[oc].last + 3 && word_at(text, toks, t).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !self.kb.is("role_stops", w)) {
                        t += 1;
                    }
                    let described = t > chunks[oc].last + 1 && lower_word(text, toks, t - 1).is_some_and(|w| self.kb.is("org_descriptions", &w));
                    let named = described.then(|| chunks.binary_search_by_key(&t, |x| x.first).ok()).flatten().and_then(|nc| self.chunk_org(text, &chunks[nc], assigned, nc).map(|n| (n, nc)));
                    if let Some((n, nc)) = named.filter(|&(n, _)| n != a && self.info[n].is_state.is_none() && matches!(self.actors[n].kind, ActorKind::Organization | ActorKind::Group)) {
                        if self.info[a].owner.is_none() {
                            self.set_owner(a, n, "member_of", para, chunks[nc].start);
                        }
                        return;
                    }
                    self.set_state(a, si);
                } else if o != a && self.info[a].owner.is_none() && (matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) || (the && chunks[oc].first == of + 2 && self.as_org(o))) {
                    // (a bare name read as a person right after "of the" is an
                    // organisation: "X, of the Unión Cívica Radical,"; nobody is "the Y Z")
                    self.set_owner(a, o, "member_of", para, chunks[oc].start);
                }
                return;
            }
            match lower_word(text, toks, j) {
                Some(w) if !names::is_capitalised(&w) && !self.kb.is("role_stops", &w) && !ARTICLES.contains(&w.as_str()) => j += 1,
                _ => return,
            }
        }
    }
}
