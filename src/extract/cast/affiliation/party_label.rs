//! "Alberto Ruiz Montero (PP) asked …", "Ms Pujadas Ferrer (Junts) said": a
//! parliamentary record's, a debate summary's or a roll call's party label, in
//! parentheses right after a member's name, is that member's party.

use super::super::builder::*;
use super::super::candidates::starting_at;
use super::super::names::{Chunk, Tok, TokKind};
use super::super::kb;
use crate::model::ActorKind;

impl Builder {
    /// A person's name followed by "(X)", X one name of at most three words and
    /// nothing else inside the parentheses: X is the person's party (or group), the
    /// person a member. X must be an organisation the story names (or a lone acronym
    /// nothing names yet: "(PP)"); a one-word name read as a person's, with no given
    /// name, role or owner, is an organisation here ("(Junts)"). Not a state or a
    /// place ("Ana Ruiz (Spain)"), not an age or a gloss ("(42)", "(pictured)": no
    /// name), not a person ("Pope Francis (Jorge Bergoglio)"). Only when nothing
    /// placed the person before.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn party_label(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize) {
        if self.info[a].owner.is_some() || self.actors[a].kind != ActorKind::Person || !toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct('(')) {
            return;
        }
        let Some(lc) = starting_at(chunks, c.last + 2) else { return };
        let label = &chunks[lc];
        if label.last - label.first > 4 || !toks.get(label.last + 1).is_some_and(|t| t.kind == TokKind::Punct(')')) {
            return;
        }
        // "Maria Teresa (Masha) Ivanova": a capital after the parenthesis makes it a
        // nickname inside the name, not a label after it.
        if toks.get(label.last + 2).is_some_and(|t| t.kind == TokKind::Word && text[t.start..t.end].starts_with(char::is_uppercase)) {
            return;
        }
        let Some(o) = self.chunk_org_at(text, label, assigned, lc).filter(|&o| o != a && self.info[o].is_state.is_none()) else { return };
        // "Festus Nakale (Affirmative Repositioning): …": a speaker label's parenthesis.
        let lone = label.first == label.last || super::super::candidates::turn_affiliation(toks, c, label);
        let bare = {
            let (x, i) = (&self.actors[o], &self.info[o]);
            x.kind == ActorKind::Person && lone && x.role.is_none() && i.office.is_none() && i.owner.is_none() && !super::super::candidates::given_name(&x.name) && self.kb.lookup(&x.name).is_none()
        };
        if bare {
            self.actors[o].kind = ActorKind::Organization;
            let name = self.actors[o].name.clone();
            for alias in std::mem::take(&mut self.actors[o].aliases) {
                if alias != name && kb::with_key(&alias, |k| self.index.get(k) == Some(&o)) {
                    self.index.remove(&kb::key(&alias));
                }
            }
        }
        if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) {
            self.set_owner(a, o, "member_of", para, label.start);
        }
    }
}
