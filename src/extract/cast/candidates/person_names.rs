//! A plain name (no title, no head word, no knowledge-base entry but its prefix)
//! is a person's unless its words say otherwise: a company's industry word, a
//! connector or a capitalised preposition ("Reporters Without Borders"), a list of
//! acronyms, a place after "in". The opening words of a person named in full are
//! that person ("Abu Hussein" after "Abu Hussein al-Saadi").

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry, StateForm};
use crate::extract::cast::names::{self, TokKind};
use crate::model::ActorKind;
use super::classify::{Rest, Seen};
use super::helpers::*;

impl Builder {
    /// A name of two words or more that is no person's: "Norvell Energy" (an
    /// industry word ends it), "Halvorsen Shipping, which ...", "DG NEAR" (acronyms
    /// only), "Patriots for Europe"; no actor for "in New York" or a phrase joined by
    /// a connector ("pressed Hudec on China").
    pub(super) fn multiword_not_person(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, prev, .. } = *v;
        let Rest { n0, rest, .. } = *r;
        let lx = crate::extract::lexicon::get();
        let given = given_name;
        // "Norvell Energy", "Castlegate Logistics": a name ending in a word of an
        // industry (`[industry_word]`) is a company's, even after "in"; "Halvorsen
        // Shipping, which operates ...": "which" refers to no person.
        let which = toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, c.last + 2) == Some("which");
        if n0 == 0 && !given(rest[0]) && (which || lx.is("industry_word", &rest[rest.len() - 1].lowercase())) && !rest.iter().any(|w| matches!(*w, "on" | "in" | "at" | "to" | "with" | "from" | "by")) {
            return Some(Some(self.org(full, ActorKind::Organization)));
        }
        if n0 == 0 && prev.as_deref().is_some_and(|p| PLACE_PREPOSITIONS.contains(&p)) {
            return Some(None); // "in New York"
        }
        // "SANTA CRUZ — …", "SÃO LUÍS, Brazil — …": a place in capitals opening a
        // paragraph before a dash, or before a comma and a state, is a dateline,
        // no body's acronyms ("UN OCHA, the agency, said" keeps its body).
        if n0 == 0 && c.first == 0 && rest.len() >= 2 && rest.iter().all(|w| names::is_acronym(w)) && dateline_after(text, toks, c.last) {
            return Some(None);
        }
        if rest.iter().all(|w| names::is_acronym(w)) {
            return Some(Some(self.org(full, ActorKind::Organization))); // "DG NEAR", "UN OCHA": no one's name
        }
        // A connector that is no name particle names no person: "pressed Hudec on
        // China" joins two phrases (the mention scan still finds the names
        // inside); "Patriots for Europe", "Supporters of Valladares" name a body
        // or a group.
        if rest.iter().any(|w| matches!(*w, "on" | "in" | "at" | "to" | "with" | "from" | "by")) {
            return Some(None);
        }
        // "Surfers Against Sewage", "Reporters Without Borders": a capitalised
        // preposition (kept by `names::chunks`) is in no person's name.
        if rest[1..].iter().any(|w| names::is_capitalised(w) && crate::extract::lexicon::get().is("preposition", &w.lowercase())) {
            return Some(Some(self.org(full, ActorKind::Organization)));
        }
        // "Cases of Ebola and Covid-19 rose", "Prices of rice": a plural that only
        // opens the sentence and names no people (`[group]` of
        // data/speaker_nouns.txt: "Supporters of Valladares" stay a group) is a
        // common noun, no actor's name.
        let opens = c.first == 0 || matches!(toks[c.first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
        if n0 == 0 && opens && rest[0].ends_with('s') && !lx.is("group", &rest[0].lowercase()) && rest.len() >= 3 && matches!(rest[1], "of" | "for") {
            return Some(None);
        }
        // "Hacemos Unidos por Córdoba", "Juntos para Cambiar": a Romance connector
        // (`names::chunks` joins "pour", "para", "por" like "for") is in no
        // person's name either, and its plural opening is a body's, not a group's.
        let romance = rest.iter().any(|w| matches!(*w, "pour" | "para" | "por"));
        if romance || rest.iter().any(|w| matches!(*w, "of" | "for" | "and")) {
            let kind = if rest[0].ends_with('s') && !romance { ActorKind::Group } else { ActorKind::Organization };
            return Some(Some(self.org(full, kind)));
        }
        None
    }

    /// "Abu Hussein" after "Abu Hussein al-Saadi": the opening words of exactly
    /// one person named in full (a bounded window of the persons created last).
    pub(super) fn opening_words_of_person(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Rest { n0, rest_text, .. } = *r;
        let _ = v;
        let fuller = (n0 == 0 && kb::with_key(rest_text, |k| !self.index.contains_key(k))).then(|| {
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                let n = &self.actors[a].name;
                self.actors[a].kind == ActorKind::Person && n.len() > rest_text.len() + 1 && n.starts_with(rest_text) && n.as_bytes()[rest_text.len()] == b' '
            });
            match (hits.next(), hits.next()) {
                (Some(a), None) => Some(a),
                _ => None,
            }
        });
        if let Some(a) = fuller.flatten() {
            self.alias(a, rest_text);
            return Some(Some(a));
        }
        None
    }

    /// The person a name of two words or more names (with the state its prefix
    /// names, "Kenyan X", and the party in parentheses after it, "X (CDU)").
    pub(super) fn person_name(&mut self, v: &Seen, r: &Rest) -> usize {
        let Seen { para, c, .. } = *v;
        let Rest { prefix, rest_text, .. } = *r;
        let kb = self.kb;
        let party_acr = r.party_acr.as_deref();
        let a = self.person(rest_text);
        if let Some((Entry::State(si, _), _)) = prefix {
            self.state(si);
            self.set_state(a, si);
        }
        if let Some(acr) = party_acr {
            let o = match kb.lookup(&acr) {
                Some(e) => self.entry(e),
                None => self.org(&acr, ActorKind::Organization),
            };
            if let Some(si) = self.info[o].is_state {
                self.set_state(a, si);
            } else {
                self.set_owner(a, o, "member_of", para, c.start);
            }
        }
        a
    }

    /// "Sofia Ruiz, a spokeswoman": a capital's name opening a two-word name in
    /// apposition is a first name; so is one that is a given name ("AD
    /// spokeswoman Sofia Brandão shared"). Right after a lowercase title noun, a
    /// state's name or demonym opening a two-word name is a first name too ("IEC
    /// chairman Mosotho Lebona", "party leader Jordan Bardella", "minister Israel
    /// Katz"); elsewhere it stays the state's ("visited Kenya Airways").
    pub(super) fn capital_as_given_name(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { toks, c, full, words, prev, .. } = *v;
        let prefix = r.prefix;
        let kb = self.kb;
        let plain = |w: &str| kb.mask(w) == 0 && !names::is_acronym(w) && kb.lookup(w).is_none();
        if let (Some((Entry::State(_, StateForm::Capital), 1)), [first, w]) = (prefix, words) {
            if (toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) || given_name(first)) && plain(w) {
                return Some(Some(self.person(full)));
            }
        }
        if let (Some((Entry::State(_, StateForm::Name | StateForm::Demonym), 1)), [_, w]) = (prefix, words) {
            if prev.is_some_and(super::titles::title_noun) && names::is_capitalised(w) && plain(w) && !super::titles::title_noun(w) {
                return Some(Some(self.person(full)));
            }
        }
        None
    }
}
