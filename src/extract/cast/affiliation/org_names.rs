//! Which chunks name an organisation: a bare name first read as a person that
//! the context shows to be an organisation ("the Wagner group"), a lone acronym, a
//! lone unknown word one works *at*, a KB body after a demonym ("French Renew
//! Europe").

use super::super::builder::*;
use super::super::kb::{self, Entry};
use super::super::names::{self, Chunk, Tok};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// An actor first read as a person ("Renew Europe", "Asaib Ahl al-Haq") that the
    /// context shows to be an organisation: retyped, without the surname aliases
    /// `person` gave it. Only a bare name (no role, office or owner) is retyped.
    pub(in crate::extract::cast) fn as_org(&mut self, a: usize) -> bool {
        if self.actors[a].kind != ActorKind::Person {
            return matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group | ActorKind::Media);
        }
        let i = &self.info[a];
        if self.actors[a].role.is_some() || i.office.is_some() || i.owner.is_some() || !self.actors[a].name.contains(' ') {
            return false;
        }
        self.actors[a].kind = ActorKind::Organization;
        for alias in std::mem::take(&mut self.actors[a].aliases) {
            if kb::with_key(&alias, |k| self.index.get(k) == Some(&a)) {
                self.index.remove(&kb::key(&alias));
            }
        }
        true
    }

    /// The actor a chunk names, or for an unassigned lone acronym ("EPP", "RSF") an
    /// organisation of that name.
    pub(in crate::extract::cast) fn chunk_org(&mut self, text: &str, c: &Chunk, assigned: &mut [Option<usize>], ci: usize) -> Option<usize> {
        if let Some(o) = assigned[ci] {
            return Some(o);
        }
        let w = c.text(text);
        if c.first == c.last && names::is_acronym(w) && self.kb.lookup(w).is_none() {
            let o = self.org(w, ActorKind::Organization);
            assigned[ci] = Some(o);
            return Some(o);
        }
        None
    }

    /// ", chief economist at Commerzbank", ", an analyst at Capstone": one works *at*
    /// an organisation, never at a person, so a lone capitalised word there that the
    /// story and the knowledge base do not know (no state, no listed word, no given
    /// name) is an organisation's name.
    pub(in crate::extract::cast) fn chunk_org_at(&mut self, text: &str, c: &Chunk, assigned: &mut [Option<usize>], ci: usize) -> Option<usize> {
        if let Some(o) = self.chunk_org(text, c, assigned, ci) {
            return Some(o);
        }
        let w = c.text(text);
        if c.first != c.last || !super::super::candidates::lone_unknown(self, w) {
            return None;
        }
        let o = self.org(w, ActorKind::Organization);
        assigned[ci] = Some(o);
        Some(o)
    }

    /// The rest of a chunk after a state prefix ("French Renew Europe") when it is
    /// a KB body: the body, the demonym being an adjective.
    pub(in crate::extract::cast) fn body_after_demonym(&mut self, rest: &str) -> Option<usize> {
        match self.kb.lookup(rest)? {
            Entry::Body(bi) => Some(self.body(bi)),
            Entry::State(..) => None,
        }
    }

    /// "the centre-right Comunidad Ciudadana bloc", "the Wagner group": a bare
    /// name first read as a person, after "the" (and at most two lowercase words)
    /// and before an organisation noun (`org_descriptions`), names an organisation.
    pub(in crate::extract::cast) fn named_before_org_noun(&mut self, text: &str, toks: &[Tok], c: &Chunk, a: usize) {
        if self.actors[a].kind != ActorKind::Person || !lower_word(text, toks, c.last + 1).is_some_and(|w| self.kb.is("org_descriptions", &w) && !names::is_capitalised(word_at(text, toks, c.last + 1).unwrap_or(""))) {
            return;
        }
        let mut k = c.first;
        while k > 0 && c.first - k < 2 && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && w != "the") {
            k -= 1;
        }
        if k > 0 && word_at(text, toks, k - 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            self.as_org(a);
        }
    }
}
