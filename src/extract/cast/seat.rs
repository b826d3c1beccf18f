//! A capital that stands for the bloc seated there: "Brussels" in a story that
//! names the European Union is the Union ("Brussels accused Tbilisi of …", "the
//! funds Brussels has frozen"), not Belgium. News writing uses the seat for the
//! bloc as it uses "Washington" for the United States; the dev golds list
//! "Brussels" among the Union's names in every story that names the Union, and
//! Belgium as an actor only where the story names Belgium itself.
//!
//! The pairs (capital, bloc) are `[seat_metonym]` of `data/grammar_words.txt`
//! ("brussels european union"). A state actor folds into the bloc only when the
//! story names the bloc and names the state by nothing but that capital (its name
//! or its people keep it: "Belgium and the EU", "Belgian officials"). Called from
//! `fold_short_names` (in `settle`); linear: one pass over the mentions.

use super::builder::*;
use super::kb::{Entry, StateForm};
use super::names::{self, TokKind};
use super::Mention;
use crate::case::StrCase;

impl Builder {
    /// The (state, bloc) folds of the rule above; clears the state's slot and
    /// what hangs under it, as `settle` does for a state it leaves out.
    pub(super) fn seat_forms(&mut self, ctx: &crate::extract::Context, fate: &[Option<usize>]) -> Vec<(usize, usize)> {
        let lx = crate::extract::lexicon::get();
        let n = self.actors.len();
        // Per state actor: the capital's lowercase form it was named by (`None`
        // once it is named by any other form).
        let mut by_capital: Vec<Option<Option<String>>> = vec![Some(None); n];
        // Per state actor: whether every mention is more than the city ("In Brussels,
        // a Commission spokesperson said" names a place, and the bloc's alias there
        // would take the spokesperson's words from the Commission).
        let mut acts = vec![true; n];
        for m in &self.mentions {
            if self.info[m.actor].is_state.is_none() || by_capital[m.actor].is_none() {
                continue;
            }
            acts[m.actor] &= !place_or_part(ctx, m);
            let surface = &ctx.paras[m.para].text[m.range.clone()];
            let capital = matches!(self.kb.lookup(surface), Some(Entry::State(_, StateForm::Capital)));
            let seen = &mut by_capital[m.actor];
            match seen {
                Some(None) if capital => *seen = Some(Some(surface.lowercase())),
                Some(Some(c)) if capital && *c == surface.lowercase() => {}
                _ => *seen = None,
            }
        }
        let mut folds = Vec::new();
        for a in 0..n {
            let Some(si) = self.info[a].is_state.filter(|_| acts[a] && fate[a] == Some(a) && self.actors[a].id.is_none()) else { continue };
            let Some(Some(capital)) = by_capital[a].take() else { continue };
            // The bloc the capital is the seat of, when the story names it.
            let key = |bi: usize| format!("{capital} {}", self.kb.bodies[bi].name().lowercase());
            let bloc = self.body_actor_iter().find(|&(bi, b)| fate[b] == Some(b) && lx.is("seat_metonym", &key(bi)));
            let Some((_, b)) = bloc else { continue };
            folds.push((a, b));
            // "talks in Brussels", "told Brussels Brief": the city as a place, or a
            // word of a longer name, is no mention of the bloc (a membership or a
            // relation would read the bloc into that paragraph).
            self.mentions.retain(|m| m.actor != a || !place_or_part(ctx, m));
            // The bloc takes the capital as a name ("Brussels", not a dateline's
            // "BRUSSELS"), not the state's ("Belgium").
            let capital = title_case(&capital);
            self.actors[a].aliases.retain(|x| *x != capital);
            self.actors[a].name = capital;
            self.state_actor.remove(si);
            for i in &mut self.info {
                if i.state == Some(si) {
                    i.state = None;
                }
            }
        }
        folds
    }

    /// The knowledge-base bodies the story names, with their actors.
    fn body_actor_iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.body_actor.keys().filter_map(|bi| self.body_actor.get(&bi).map(|&a| (bi, a)))
    }
}

/// Whether a mention of the capital is the city ("in Brussels", "to the Brussels")
/// or the first word of a longer capitalised name ("Brussels Brief").
fn place_or_part(ctx: &crate::extract::Context, m: &Mention) -> bool {
    let p = &ctx.paras[m.para];
    let word = |k: usize| p.names.get(k).filter(|t| t.kind == TokKind::Word).map(|_| p.names_lower.get(k));
    let s = p.names.partition_point(|t| t.start < m.range.start);
    let prev = s.checked_sub(1).and_then(word);
    let before = if prev == Some("the") { s.checked_sub(2).and_then(word) } else { prev };
    let t = p.names.partition_point(|t| t.start < m.range.end);
    let part = p.names.get(t).is_some_and(|x| x.kind == TokKind::Word && names::is_capitalised(&p.text[x.start..x.end]));
    before.is_some_and(|w| LOCATIVE.contains(&w)) || part
}
