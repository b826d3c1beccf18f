//! Ministries read from lowercase words: "Iraq's foreign ministry" (the
//! institution), "X, who runs Kenya's interior ministry" (a minister of that state).

use super::super::builder::*;
use super::super::kb;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// "Iraq's foreign ministry" after a state chunk: the ministry institution
    /// (`lowercase_ministry` names it the same way when it reads the state chunk).
    pub(in crate::extract::cast) fn possessive_ministry(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize) -> Option<usize> {
        let k = c.last + 1;
        if toks.get(k)?.kind != TokKind::Poss {
            return None;
        }
        let (port, min) = (word_at(text, toks, k + 1)?, word_at(text, toks, k + 2)?);
        if min != "ministry" || names::is_capitalised(port) || !self.kb.is("ministry_portfolios", port) {
            return None;
        }
        let o = self.org(&format!("{}'s {} Ministry", c.text(text), title_case(port)), ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        Some(o)
    }

    /// "When X took over Ghana's finance ministry", "X, who runs Kenya's interior
    /// ministry": a person who leads a state's ministry is a minister of that state
    /// (in the tree, under its head of government like any minister).
    pub(in crate::extract::cast) fn runs_ministry(&mut self, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], c: &Chunk, a: usize) {
        let mut k = c.last + 1;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) && lower_word(text, toks, k + 1).as_deref() == Some("who") {
            k += 2;
        }
        let verb = lower_word(text, toks, k);
        let over = matches!(verb.as_deref(), Some("took" | "takes" | "taken")) && lower_word(text, toks, k + 1).as_deref() == Some("over");
        if !over && !verb.is_some_and(|w| self.kb.is("leader_verbs", &w) && !matches!(w.as_str(), "founded" | "chaired" | "chairs")) {
            return;
        }
        let s = k + 1 + usize::from(over);
        let Some(sc) = chunks.iter().position(|x| x.first == s) else { return };
        let Some(si) = assigned[sc].and_then(|o| self.info[o].is_state) else { return };
        if !toks.get(chunks[sc].last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            return;
        }
        let ministry = (chunks[sc].last + 2..chunks[sc].last + 5).map_while(|j| word_at(text, toks, j).filter(|w| !names::is_capitalised(w))).position(|w| w == "ministry");
        if ministry.is_some_and(|i| i > 0) {
            self.set_office(a, kb::OfficeKind::Minister);
            self.set_state(a, si);
        }
    }
}
