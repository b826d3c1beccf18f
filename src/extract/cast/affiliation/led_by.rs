//! ", led by X", "is headed by X": the person leads the organisation named
//! before.

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// "The ELN's negotiating team, led by Pablo Beltrán, ...", "The OAS mission,
    /// led by former foreign minister X": the person leads the organisation named
    /// (possibly with a lowercase description after it) before ", led by", or the
    /// subject of "is led by", "has been headed by".
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn led_by(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        let kb = self.kb;
        // Back over the person's lowercase role words ("former foreign minister"), a
        // demonym among them ("former Costa Rican foreign minister").
        let mut k = c.first;
        let mut words = 0;
        while k > 0 && words < 6 {
            if word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && w != "by") {
                k -= 1;
            } else if let Some(sc) = chunks[..ci].binary_search_by_key(&(k - 1), |x| x.last).ok().filter(|&sc| assigned[sc].is_some_and(|s| self.info[s].is_state.is_some())) {
                k = chunks[sc].first;
            } else {
                break;
            }
            words += 1;
        }
        if k < 3 || word_at(text, toks, k - 1) != Some("by") || !word_at(text, toks, k - 2).is_some_and(|w| kb.is("leader_verbs", w)) {
            return;
        }
        if toks[k - 3].kind != TokKind::Punct(',') {
            // "The Volta Front is led by X", "The union has been headed by X since
            // 2019": a passive whose subject, right before its auxiliaries, is the
            // organisation.
            let lex = crate::extract::lexicon::get();
            let mut t = k - 2;
            while t > 0 && k - 2 - t < 3 && lower_word(text, toks, t - 1).is_some_and(|w| lex.is("auxiliary", &w)) {
                t -= 1;
            }
            if t == k - 2 || t == 0 {
                return;
            }
            if let Some(oc) = chunks[..ci].binary_search_by_key(&(t - 1), |x| x.last).ok() {
                // (the organisation must be the subject, not the object of a
                // preposition inside it: "The briefing at the Executive Yuan was led
                // by X" says who led the briefing, not the Yuan)
                let mut f = chunks[oc].first;
                if f > 0 && lower_word(text, toks, f - 1).as_deref() == Some("the") {
                    f -= 1;
                }
                if f > 0 && lower_word(text, toks, f - 1).is_some_and(|w| lex.is("preposition", &w)) {
                    return;
                }
                if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group)) {
                    self.set_owner(a, o, "leads", para, chunks[oc].start);
                }
                return;
            }
            // "The Houthi side is led by X", "the Iranian delegation is headed by X": a
            // party's noun (`[led_part]` of data/grammar_words.txt, after at most one
            // other lowercase word: "negotiating team") after a name: X leads that
            // party of the organisation (a member of it), or of the state.
            let mut s = t - 1;
            while s > 0 && t - 1 - s < 2 && word_at(text, toks, s).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w)) {
                s -= 1;
            }
            let noun = lower_word(text, toks, t - 1).filter(|w| lex.is("led_part", w));
            if let (Some(_), Some(oc)) = (noun.filter(|_| s < t - 1), chunks[..ci].binary_search_by_key(&s, |x| x.last).ok()) {
                match self.chunk_org(text, &chunks[oc], assigned, oc) {
                    Some(o) if self.info[o].is_state.is_some() => self.set_state(a, self.info[o].is_state.unwrap_or_default()),
                    Some(o) if o != a && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, "member_of", para, chunks[oc].start),
                    _ => {}
                }
            }
            return;
        }
        // Back from the comma over a lowercase description and a possessive to the name.
        let mut t = k - 3;
        let mut steps = 0;
        while t > 0 && steps < 5 {
            t -= 1;
            steps += 1;
            if toks[t].kind == TokKind::Poss || toks[t].kind == TokKind::Punct(')') || toks[t].kind == TokKind::Punct('(') {
                continue;
            }
            if let Some(oc) = chunks[..ci].binary_search_by_key(&t, |x| x.last).ok() {
                // "the Akwaya Lions, led by ...": a bare name first read as a person
                // is an organisation (a person is not led).
                if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| o != a && self.as_org(o)) {
                    self.set_owner(a, o, "leads", para, chunks[oc].start);
                }
                return;
            }
            if !lower_word(text, toks, t).is_some_and(|w| !names::is_capitalised(&w)) && !(toks[t].kind == TokKind::Word && names::is_acronym(&text[toks[t].start..toks[t].end])) {
                return;
            }
        }
    }
}
