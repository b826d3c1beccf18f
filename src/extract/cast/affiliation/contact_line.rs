//! "Lova Ramanantsoa, Communications Manager, Tanjona Power": a person, a capitalised
//! role ending in a member or leader noun, then an organisation, each closed by a
//! comma (the contact line of a press release, a signature, a panel's caption): the
//! person is of that organisation. Near miss: "Ana Ruiz, Chief Executive, said ..."
//! (no organisation after the role), "X, Deputy Governor, Kenya" (a state).

use super::super::builder::*;
use super::super::names::{Chunk, Tok, TokKind};
use crate::case::StrCase;
use crate::model::ActorKind;

impl Builder {
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn role_line_owner(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], c: &Chunk, a: usize) {
        let comma = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(','));
        if self.actors[a].kind != ActorKind::Person || self.info[a].owner.is_some() || !comma(c.last + 1) {
            return;
        }
        let at = |k: usize| chunks.binary_search_by_key(&k, |x| x.first).ok();
        let Some(rc) = at(c.last + 2) else { return };
        let role = &chunks[rc];
        let Some(noun) = word_at(text, toks, role.last).map(StrCase::lowercase) else { return };
        if assigned[rc].is_some() || !(self.kb.is("member_nouns", &noun) || self.kb.is("leader_nouns", &noun)) || !comma(role.last + 1) {
            return;
        }
        let Some(o) = at(role.last + 2).and_then(|oc| assigned[oc]).filter(|&o| o != a) else { return };
        if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Media) && self.info[o].is_state.is_none() {
            self.set_owner(a, o, "member_of", para, c.start);
            if self.actors[a].role.is_none() {
                self.actors[a].role = Some(role.text(text).to_string());
            }
        }
    }
}
