//! "For Fidesz, parliamentary group leader Bence Halmos said …": the opening
//! adverbial names the organisation the person speaks for; so does a participle
//! after the name (tree22: "X, speaking for the Y, said", "X, speaking on behalf
//! of the Y,"), which the fallbacks left to the state.

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// "For Fidesz, parliamentary group leader Bence Halmos said …", "Speaking for the
    /// Christian Democratic People's Party (KDNP), Fidesz's partner in government,
    /// Márta Szalay-Kovács said …": the opening adverbial names the organisation the
    /// person speaks for, of which the person is a member (a debate summary's or a
    /// round-up's way of naming a party's speaker). The person must follow the
    /// adverbial's comma, after at most a few lowercase role words; between the
    /// organisation and that comma only its acronym in parentheses or one apposition
    /// without a verb may stand ("For Fidesz, the vote was a test, Halmos said" is no
    /// such adverbial). Only when nothing placed the person before.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn speaks_for(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        if self.info[a].owner.is_some() || self.actors[a].kind != ActorKind::Person {
            return;
        }
        let lex = crate::extract::lexicon::get();
        // Back over lowercase role words to the comma.
        let mut k = c.first;
        while k > 0 && c.first - k < SPEAKS_FOR_ROLE_WORDS && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w)) {
            k -= 1;
        }
        if k == 0 || toks[k - 1].kind != TokKind::Punct(',') {
            return;
        }
        // Back to "For" / "Speaking for" opening the sentence, within a bounded window.
        let sentence_end = |t: usize| matches!(toks[t].kind, TokKind::Punct('.' | '!' | '?' | ':' | ';' | '"' | '\u{201c}'));
        let lo = k.saturating_sub(SPEAKS_FOR_WINDOW);
        let Some(f) = (lo..k - 1).rev().take_while(|&t| !sentence_end(t)).find(|&t| lower_word(text, toks, t).as_deref() == Some("for")) else { return };
        let opens = |t: usize| t == 0 || sentence_end(t - 1);
        let lead = if opens(f) { true } else { f >= 1 && lower_word(text, toks, f - 1).as_deref() == Some("speaking") && opens(f - 1) };
        if !lead {
            return;
        }
        let mut o = f + 1;
        if lower_word(text, toks, o).as_deref() == Some("the") {
            o += 1;
        }
        let Some(oc) = super::super::candidates::starting_at(&chunks[..ci], o) else { return };
        // Between the organisation and the comma: "(KDNP)" and one verbless apposition.
        let mut t = chunks[oc].last + 1;
        if toks.get(t).is_some_and(|x| x.kind == TokKind::Punct('(')) {
            match (t + 1..(t + 4).min(k)).find(|&r| toks[r].kind == TokKind::Punct(')')) {
                Some(r) => t = r + 1,
                None => return,
            }
        }
        if t + 1 < k && toks[t].kind == TokKind::Punct(',') {
            let verbless = (t + 1..k - 1).all(|r| toks[r].kind != TokKind::Punct(',') && lower_word(text, toks, r).is_none_or(|w| !lex.is("auxiliary", &w) && lex.speech_verb(&w).is_none()));
            if !verbless || k - 1 - t > SPEAKS_FOR_WINDOW / 2 {
                return;
            }
            t = k - 1;
        }
        if t != k - 1 {
            return;
        }
        // "For Fidesz, ...": one speaks for an organisation, so a lone word nothing
        // names yet is one (as one works *at* one: `chunk_org_at`).
        let Some(org) = self.chunk_org_at(text, &chunks[oc], assigned, oc).filter(|&x| x != a && matches!(self.actors[x].kind, ActorKind::Organization | ActorKind::Group) && self.info[x].is_state.is_none()) else { return };
        self.set_owner(a, org, "member_of", para, chunks[oc].start);
    }
}

impl Builder {
    /// "Jonas Petraitis, speaking for the Baltic Hauliers Association, said …", "X,
    /// speaking on behalf of the Y,": the organisation named right after the
    /// participle and its preposition is the one the person speaks for (a member of
    /// it), when nothing placed them before. Near misses: "X, speaking after the Y
    /// met," (no "for"/"on behalf of"), "X, speaking for herself," (no name), a
    /// state ("speaking for Kenya": the state's fallbacks place such a person).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn speaking_for_after(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        if self.info[a].owner.is_some() || self.actors[a].kind != ActorKind::Person || toks.get(c.last + 1).is_none_or(|t| t.kind != TokKind::Punct(',')) {
            return;
        }
        let word = |k: usize| lower_word(text, toks, k);
        let mut k = c.last + 2;
        if word(k).as_deref() != Some("speaking") {
            return;
        }
        k += 1;
        match word(k).as_deref() {
            Some("for") => k += 1,
            Some("on") if word(k + 1).as_deref() == Some("behalf") && word(k + 2).as_deref() == Some("of") => k += 3,
            _ => return,
        }
        if word(k).as_deref() == Some("the") {
            k += 1;
        }
        let Some(oc) = super::super::candidates::starting_at(&chunks[ci + 1..], k).map(|x| ci + 1 + x) else { return };
        let Some(org) = self.chunk_org_at(text, &chunks[oc], assigned, oc).filter(|&x| x != a && matches!(self.actors[x].kind, ActorKind::Organization | ActorKind::Group) && self.info[x].is_state.is_none()) else { return };
        self.set_owner(a, org, "member_of", para, chunks[oc].start);
    }
}

/// How many lowercase role words may stand between "For X," and the name.
const SPEAKS_FOR_ROLE_WORDS: usize = 4;
/// How many tokens back from the name "For" may stand.
const SPEAKS_FOR_WINDOW: usize = 20;
