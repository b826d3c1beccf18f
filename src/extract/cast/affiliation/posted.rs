//! Posted offices: "The U.S. envoy for the Caucasus, Karen Whitlock": an office
//! held for a state abroad, its remit, the name in apposition (called from
//! `candidates::look_back`).

use super::super::builder::*;
use super::super::kb;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// "The U.S. envoy for the Caucasus, Karen Whitlock", "the French ambassador to
    /// Mali, X": an office held for a state abroad (`posted_offices`), its remit
    /// after a preposition, then the name in apposition (`comma` is the comma's
    /// token). The remit ("the Caucasus") is where the person serves, never whom:
    /// the person belongs to the state named before the office (a demonym, a name,
    /// a possessive), or to the organisation whose possessive it follows ("the
    /// African Union's special envoy for the Horn, X"), or to the international body
    /// named right before it ("the UN special rapporteur on torture, X"; a name
    /// not of the knowledge base so placed is no owner). Returns whether the
    /// construction was read.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn posted_office(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let lex = crate::extract::lexicon::get();
        // Back over the remit: at most two lowercase nouns at its end ("the
        // Belgrade–Pristina dialogue", "the peace process"), then capitalised words
        // ("the Great Lakes", "the Horn of Africa"), "the", and the dashes of a
        // compound name.
        let mut t = comma;
        while t > 0 && comma - t < 2 && word_at(text, toks, t - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w) && !lex.is("remit_preposition", w) && !kb.is("posted_offices", w)) {
            t -= 1;
        }
        while t > 0 && comma - t < 8 && (word_at(text, toks, t - 1).is_some_and(|w| names::is_capitalised(w) || w == "the" || (w == "of" && word_at(text, toks, t).is_some_and(names::is_capitalised))) || matches!(toks[t - 1].kind, TokKind::Punct('-' | '\u{2013}'))) {
            t -= 1;
        }
        if t == comma {
            return false;
        }
        if t < 2 || !lower_word(text, toks, t - 1).is_some_and(|w| lex.is("remit_preposition", &w)) {
            return false;
        }
        // The office: up to three lowercase words before the preposition.
        let end = t - 1;
        let mut s = end;
        while s > 0 && end - s < 3 && word_at(text, toks, s - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w)) {
            s -= 1;
        }
        if s == end || !lower_word(text, toks, end - 1).is_some_and(|w| kb.is("posted_offices", &w)) {
            return false;
        }
        // The state right before it ("U.S. envoy", "France's ambassador"), or an
        // organisation's possessive ("the African Union's special envoy").
        let poss = s > 0 && toks[s - 1].kind == TokKind::Poss;
        let Some(st) = s.checked_sub(if poss { 2 } else { 1 }) else { return false };
        let Some(o) = chunks.binary_search_by_key(&st, |x| x.last).ok().and_then(|x| assigned[x]) else { return false };
        match self.info[o].is_state {
            Some(si) => self.set_state(a, si),
            // (an international body of the knowledge base needs no possessive: "the
            // UN special rapporteur on torture, X", "the EU ambassador to Georgia, X")
            None if (poss || self.info[o].body.is_some()) && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, "member_of", para, toks[s].start),
            None => return false,
        }
        self.set_office(a, kb::OfficeKind::Official);
        if self.actors[a].role.is_none() {
            let office: Vec<String> = (s..end).filter_map(|k| lower_word(text, toks, k)).collect();
            self.actors[a].role = Some(title_case(&office.join(" ")));
        }
        true
    }
}
