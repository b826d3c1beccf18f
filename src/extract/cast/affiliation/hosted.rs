//! "the Centre for the Study of the Cuban Economy at the University of Havana", "the
//! Institute of Development Studies at the University of Sussex": an organisation
//! named, then "at [the]" and a university's name (a word of `[academic_heads]` in
//! data/grammar_words.txt), is part of that university, not of the state. Near miss:
//! "the Grain Council at the Brussels talks" (no university after "at").

use super::super::builder::*;
use super::super::names::{Chunk, Tok};
use crate::case::StrCase;
use crate::model::ActorKind;

impl Builder {
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn hosted_at(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], c: &Chunk, a: usize) {
        if self.actors[a].kind != ActorKind::Organization || self.info[a].owner.is_some() || word_at(text, toks, c.last + 1) != Some("at") {
            return;
        }
        let mut k = c.last + 2;
        if word_at(text, toks, k) == Some("the") {
            k += 1;
        }
        let Some(o) = chunks.binary_search_by_key(&k, |x| x.first).ok().and_then(|nc| assigned[nc]).filter(|&o| o != a) else { return };
        let lx = crate::extract::lexicon::get();
        if self.actors[o].kind == ActorKind::Organization && self.actors[o].name.split_whitespace().any(|w| lx.is("academic_heads", &w.lowercase())) {
            self.set_owner(a, o, "part_of", para, c.start);
        }
    }
}
