//! A later, shorter mention of a name the story gave in full: "Army chief ..."
//! (a bare head word for the home institution), "the Border Guard Command" after
//! "the Iraqi Border Guard Command", "the House" after "the House of
//! Representatives", "the Fund" after "the International Monetary Fund".

use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry};
use crate::extract::cast::names::{self, TokKind};
use crate::model::ActorKind;
use super::classify::{Rest, Seen};

impl Builder {
    /// "Army chief ...": the home institution the story introduced in full.
    pub(super) fn bare_head_word(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { lower, words, wt, .. } = *v;
        let n0 = r.n0;
        let kb = self.kb;
        if n0 == 0 && words.len() == 1 {
            if let Some(ends) = kb.bare_head(lower.get(wt[0])) {
                let found = match self.bare_found.get(words[0]) {
                    Some(&x) => Some(x),
                    None => (0..self.actors.len()).find(|&x| {
                        self.actors[x].kind == ActorKind::Organization && ends.iter().any(|e| self.actors[x].name.ends_with(e)) && self.actors[x].name != words[0]
                    }),
                };
                if let Some(x) = found {
                    self.bare_found.insert(words[0].to_string(), x);
                }
                if let Some(x) = found {
                    self.alias(x, words[0]);
                    return Some(Some(x));
                }
            }
        }
        None
    }

    /// "the Border Guard Command" after "the Iraqi Border Guard Command", "Rural
    /// Strength" after "the Rural Strength Party": a shorter form of a name the
    /// story gave in full (not when an acronym is defined after it: an institution).
    pub(super) fn shorter_form_of_name(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { full, words, .. } = *v;
        let n0 = r.n0;
        let defined = &r.defined;
        if n0 == 0 && words.len() >= 2 && defined.is_none() {
            if let Some(a) = self.shorter_form(full) {
                self.alias(a, full);
                return Some(Some(a));
            }
        }
        None
    }

    /// "dissolve the House" after "the House of Representatives", "the Council"
    /// after "the Council of the European Union": a lone head word that opens
    /// exactly one institution's name before "of" is that institution.
    /// "Government officials have ...", "Army sources said": a head word
    /// capitalised only because it opens the sentence, modifying the people
    /// after it (`[group]`, `[person]` of data/speaker_nouns.txt), names no
    /// institution of its own ("Parliament voted" does).
    pub(super) fn lone_head_word(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { toks, c, full, words, prev, next, .. } = *v;
        let Rest { n0, has_org_head, .. } = *r;
        let defined = &r.defined;
        if n0 == 0 && words.len() == 1 && has_org_head && defined.is_none() {
            if let Some(a) = self.head_of_name(full, prev.as_deref() == Some("the")) {
                self.alias(a, full);
                return Some(Some(a));
            }
            // "Government officials have ...", "Army sources said": a head word
            // capitalised only because it opens the sentence, modifying the people
            // after it (`[group]`, `[person]` of data/speaker_nouns.txt), names no
            // institution of its own ("Parliament voted" does).
            let opens_sentence = c.first == 0 || matches!(toks[c.first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
            let people = next.as_deref().is_some_and(|n| {
                let lx = crate::extract::lexicon::get();
                lx.is("group", n) || lx.is("person", n)
            });
            if opens_sentence && people && !names::is_acronym(full) && kb::with_key(full, |k| !self.index.contains_key(k)) {
                return Some(None);
            }
        }
        None
    }

    /// The organisation named just before whose name is `short` with its head word
    /// after ("Rural Strength" → "Rural Strength Party") or a state's form before
    /// ("Border Guard Command" → "Iraqi Border Guard Command"); only when exactly one
    /// matches. A bounded window of the actors created last keeps the pass linear.
    pub(super) fn shorter_form(&self, short: &str) -> Option<usize> {
        let kb = self.kb;
        let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
            let n = &self.actors[a].name;
            if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || n.len() <= short.len() + 1 {
                return false;
            }
            let head_after = n.starts_with(short) && n.as_bytes()[short.len()] == b' ' && {
                let tail = &n[short.len() + 1..];
                !tail.contains(' ') && kb.is("org_heads", tail)
            };
            let state_before = n.ends_with(short) && n.as_bytes()[n.len() - short.len() - 1] == b' ' && matches!(kb.lookup(&n[..n.len() - short.len() - 1]), Some(Entry::State(..)));
            head_after || state_before
        });
        match (hits.next(), hits.next()) {
            (Some(a), None) => Some(a),
            _ => None,
        }
    }

    /// The one organisation the story named whose name opens with `head` then "of"
    /// ("House" → "House of Representatives"); none when two do. A bounded window of
    /// the actors created last keeps the pass linear.
    /// After "the", a name the head word ends counts too ("the Fund" after "the
    /// International Monetary Fund", "the Agency" after "the Environment Agency").
    fn head_of_name(&self, head: &str, after_the: bool) -> Option<usize> {
        // The opening "X of" first ("the House": the House of Representatives, not
        // Government House), or "X and" / "X/" (a party group named by its
        // families: "the Socialists" of "Socialists and Democrats", "the Greens" of
        // "Greens/European Free Alliance"), then, after "the", a name ending in the word.
        let unique = |ends: bool| {
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                let n = &self.actors[a].name;
                let fits = if ends { n.len() > head.len() + 1 && n.ends_with(head) && n.as_bytes()[n.len() - head.len() - 1] == b' ' } else { n.len() > head.len() + 1 && n.starts_with(head) && [" of ", " and ", "/"].iter().any(|j| n[head.len()..].starts_with(j)) };
                matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && fits
            });
            match (hits.next(), hits.next()) {
                (Some(a), None) => Some(a),
                _ => None,
            }
        };
        unique(false).or_else(|| if after_the { unique(true) } else { None })
    }
}
