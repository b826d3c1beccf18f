//! A state's institution written in lowercase after the state: "Ethiopia's
//! foreign ministry", "the Russian foreign ministry", "Cameroon's army", "the Thai
//! police" (the army or police from its second mention, or when it owns a unit).

use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry, StateForm};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;

impl Builder {
    /// "Ethiopia's foreign ministry", "the Russian foreign ministry": a national
    /// ministry written in lowercase becomes an institution of that state, named
    /// "Ethiopia's Foreign Ministry" / "Russian Foreign Ministry".
    pub(super) fn lowercase_ministry(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize) {
        let kb = self.kb;
        let mut k = c.last + 1;
        let poss = toks.get(k).is_some_and(|t| t.kind == TokKind::Poss);
        if poss {
            k += 1;
        }
        let (Some(port), Some(min)) = (word_at(text, toks, k), word_at(text, toks, k + 1)) else { return };
        if min != "ministry" || !kb.is("ministry_portfolios", port) || names::is_capitalised(port) {
            return;
        }
        let owner = c.text(text);
        let demonym = matches!(kb.lookup(owner), Some(Entry::State(_, StateForm::Demonym)));
        if !poss && !demonym {
            return;
        }
        let name = if poss { format!("{owner}'s {} Ministry", title_case(port)) } else { format!("{owner} {} Ministry", title_case(port)) };
        let o = self.org(&name, ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        self.alias(o, &text[c.start..toks[k + 1].end]);
    }

    /// "Cameroon's army", "the Cameroonian army", "the Thai police": a state (name
    /// with a possessive, or demonym) then a lowercase national head word
    /// (`[national_heads]`; ministries and legislatures have their own rules) names
    /// the state's institution, "Cameroonian army" whichever form the text uses.
    /// Only from its second mention: an army named once in passing ("Ethiopia's
    /// army is stretched") is part of the state's story, not an actor of its own;
    /// at once when a relative clause or a source's cue is about it (", which",
    /// "according to the Italian coast guard").
    /// `named` (the owner in "the elite unit of the Cameroonian army") makes it an
    /// actor at once. Returns the institution when it is one.
    pub(in crate::extract::cast) fn lowercase_force(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize, named: bool) -> Option<usize> {
        let kb = self.kb;
        let mut k = c.last + 1;
        let poss = toks.get(k).is_some_and(|t| t.kind == TokKind::Poss);
        if poss {
            k += 1;
        }
        let Some(w) = word_at(text, toks, k) else { return None };
        if names::is_capitalised(w) {
            return None;
        }
        let two = word_at(text, toks, k + 1).map(|w2| format!("{w} {w2}"));
        let (head, end) = match two {
            Some(h) if kb.is("national_heads", &h) => (h, k + 1),
            _ => (w.to_string(), k),
        };
        if !kb.is("national_heads", &head) || kb.is("legislatures", &head) || head.starts_with("ministr") {
            return None;
        }
        let owner = c.text(text);
        let demonym = matches!(kb.lookup(owner), Some(Entry::State(_, StateForm::Demonym)));
        if !poss && !demonym {
            return None;
        }
        let adjective = if demonym {
            owner.to_string()
        } else {
            let Some(d) = kb.state_keys(si).find(|f| matches!(kb.lookup(f), Some(Entry::State(_, StateForm::Demonym)))) else { return None };
            title_case(d)
        };
        let name = format!("{adjective} {head}");
        let words = &text[c.start..toks[end].end];
        // "the Chinese coast guard" after "the China Coast Guard": the institution
        // the story named with one of the state's names.
        if let Some(o) = kb.state_keys(si).find_map(|k| kb::with_key(&format!("{k} {head}"), |key| self.index.get(key).copied())) {
            if self.actors[o].kind == ActorKind::Organization {
                self.alias(o, words);
                return Some(o);
            }
        }
        // "the Libyan coast guard, which Italy funds", "according to the Italian
        // coast guard": a relative clause about it or a source's cue makes it an
        // actor at its first mention.
        let which = toks.get(end + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, end + 2) == Some("which");
        let source = c.first >= 2 && word_at(text, toks, c.first - 1) == Some("the") && word_at(text, toks, c.first - 2) == Some("to") && c.first.checked_sub(3).and_then(|k| word_at(text, toks, k)) == Some("according");
        let named = named || which || source;
        let first = match self.forces_once.get(&name) {
            Some(f) => f.clone(),
            None if !named && !self.index.contains_key(&kb::key(&name)) => {
                self.forces_once.insert(name, words.to_string());
                return None;
            }
            None => String::new(),
        };
        let o = self.org(&name, ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        for w in [first.as_str(), words] {
            if !w.is_empty() && w != name {
                self.alias(o, w);
            }
        }
        Some(o)
    }
}
