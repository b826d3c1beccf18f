//! A lone capitalised word no earlier step placed: an actor the story already
//! named, a company's short name, a person after a courtesy title ("Ms Ortiz"), an
//! organisation the words around it type ("Exxon, which", "Ofwat's chief executive",
//! "the Bild newspaper", "state-owned Codelco"), or a word decided once the whole
//! document is read (`Deferred::Single`).

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb;
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;
use super::classify::Seen;
use super::helpers::*;

impl Builder {
    /// The steps for a lone word, in order (`classify`'s last).
    pub(super) fn lone_word(&mut self, v: &Seen) -> Option<usize> {
        decided!(self.known_lone_word(v));
        decided!(self.initials_with_age(v));
        decided!(self.company_short_name(v));
        decided!(self.courtesy_person(v));
        decided!(self.lone_org_by_neighbours(v));
        decided!(self.bracketed_party(v));
        decided!(self.lone_body_by_clause(v));
        crate::extract::cast::trace::phase("defer_lone_word");
        self.defer_lone_word(v);
        None
    }

    /// A lone word the story already knows ("Commission", a surname): that actor,
    /// so that the constructions around it ("its Directorate-General") can use it.
    fn known_lone_word(&mut self, v: &Seen) -> Option<Option<usize>> {
        let full = v.full;
        if let Some(a) = kb::with_key(full, |k| self.index.get(k).copied()).filter(|&a| self.info[a].is_state.is_none()) {
            return Some(Some(a));
        }
        None
    }

    /// "R.P., 52, a rice farmer", "J.-L.D., 27, a driver": a witness a report names
    /// by initials (letters each closed by a period), then an age between commas, is
    /// a person. Initials with no age ("the U.N. said", "R.P. Sharma") are not read here.
    fn initials_with_age(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, .. } = *v;
        let initials = full.contains('.') && full.split('.').filter(|p| !p.is_empty()).all(|p| {
            let p = p.strip_prefix('-').unwrap_or(p);
            p.chars().count() == 1 && p.chars().all(char::is_uppercase)
        });
        if c.first != c.last || !initials {
            return None;
        }
        // "J.-L.D" keeps its closing period as a token of its own.
        let mut k = c.last + 1;
        let mut end = c.end;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct('.') && t.start == c.end) {
            end = toks[k].end;
            k += 1;
        }
        let comma = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(','));
        let age = word_at(text, toks, k + 1).is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
        if !(comma(k) && age && comma(k + 2)) {
            return None;
        }
        // "J.-L.D": the tokens split "J.-" off; the initials run back to a space.
        let before = &text[..c.start];
        let lead = before.chars().rev().take(6).take_while(|&ch| ch.is_uppercase() || matches!(ch, '.' | '-')).map(char::len_utf8).sum::<usize>();
        let start = if before[..c.start - lead].ends_with(|ch: char| !ch.is_whitespace()) { c.start } else { c.start - lead };
        Some(Some(self.person(&text[start..end])))
    }

    /// "Seaspan said" after "Seaspan Shipyards": the first word of exactly one
    /// company the story named, its name two words ending in an industry word
    /// ("Norvell" → "Norvell Energy") or a political body's noun (`[party_noun]`:
    /// "Tisza" → "Tisza Party"), is its short name ("Kumamoto" after
    /// "Kumamoto University" is a place, "the Thames" a river). A bounded window
    /// of the actors created last keeps the pass linear.
    fn company_short_name(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { full, words, prev, .. } = *v;
        if words.len() == 1 && prev.as_deref() != Some("the") && !names::is_acronym(full) && lone_unknown(self, full) {
            let lx = crate::extract::lexicon::get();
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                // The cheap tests first: this runs for 64 actors per lone word.
                let n = &self.actors[a].name;
                self.actors[a].kind == ActorKind::Organization
                    && n.len() > full.len() + 1
                    && n.starts_with(full)
                    && n.as_bytes()[full.len()] == b' '
                    && !n[full.len() + 1..].contains(' ')
                    && { let tail = n[full.len() + 1..].lowercase(); lx.is("industry_word", &tail) || lx.is("party_noun", &tail) }
            });
            if let (Some(a), None) = (hits.next(), hits.next()) {
                self.alias(a, full);
                return Some(Some(a));
            }
        }
        None
    }

    /// "Ms Ortiz", "Mr. Kittipong" with no full name before: a courtesy title
    /// (`honorific_*` in data/grammar_words.txt) makes the lone word a person.
    fn courtesy_person(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, .. } = *v;
        let kb = self.kb;
        let courtesy = match c.first {
            k if k >= 2 && toks[k - 1].kind == TokKind::Punct('.') => word_at(text, toks, k - 2),
            k if k >= 1 => word_at(text, toks, k - 1),
            _ => None,
        };
        if courtesy.is_some_and(|w| names::is_capitalised(w) && { let lx = crate::extract::lexicon::get(); let w = w.lowercase(); lx.is("honorific_male", &w) || lx.is("honorific_female", &w) }) && kb.mask(full) == 0 && !names::is_acronym(full) {
            // "Mr Kittipong" after "Kittipong Srisuwan" (Thai usage: the given name): the
            // one person named in full with that word; with several, left to attribution.
            let mut hits = (0..self.actors.len()).filter(|&a| self.actors[a].kind == ActorKind::Person && self.actors[a].name.split_whitespace().any(|w| w == full));
            return Some(match (hits.next(), hits.next()) {
                (Some(a), None) => {
                    self.alias(a, full);
                    Some(a)
                }
                (None, _) => Some(self.person(full)),
                _ => None,
            });
        }
        None
    }

    /// "Exxon, which leads a consortium" ("which" refers to no person), "Ofwat's
    /// chief executive", "Codelco's board" (what only an organisation owns,
    /// `[owned_by_org]`, after an unknown word: a known surname returned before),
    /// "the Bild newspaper", "state-owned Codelco", "between Codelco and SQM" (a lone
    /// unknown word the words around it type, `lone_org_cue`): an organisation.
    fn lone_org_by_neighbours(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, lower, c, full, words, prev, next, .. } = *v;
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, c.last + 2) == Some("which") && !names::is_acronym(full) {
            return Some(Some(self.org(full, ActorKind::Organization)));
        }
        // "Ofwat's chief executive", "Codelco's board": what only an organisation owns
        // (`[owned_by_org]`) after an unknown word (a known surname returned above).
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) && !names::is_acronym(full) {
            let after = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| lower.get(k));
            if after(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_org", n) || (n == "chief" && after(c.last + 3) == Some("executive"))) {
                return Some(Some(self.org(full, ActorKind::Organization)));
            }
            // "Haaretz's correspondent": what only an outlet has (`[owned_by_outlet]`).
            if after(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_outlet", n)) {
                return Some(Some(self.org(full, ActorKind::Media)));
            }
        }
        // "the Bild newspaper", "state-owned Codelco", "between Codelco and SQM":
        // a lone unknown word the words around it type as an organisation.
        if words.len() == 1 {
            if let Some(kind) = self.lone_org_cue(text, toks, c, full, prev.as_deref(), next.as_deref()) {
                return Some(Some(self.org(full, kind)));
            }
        }
        None
    }

    /// "From Marta Ibarra Goñi (Sumar) to the minister", "Ms Pujadas (Junts) asked": a
    /// lone unknown word in parentheses right after a person the story named is the
    /// person's party or group, as an acronym there is (`person_party_acronym`). Not a
    /// nickname inside a name ("Maria (Masha) Ivanova": a capital follows the
    /// parenthesis) nor another name of a place ("Kyiv (Kiev)": no person before).
    /// This types the word; `affiliation/party_label.rs` makes the person its member.
    fn bracketed_party(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, .. } = *v;
        let punct = |k: usize, ch: char| toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(ch));
        if c.first != c.last || c.first < 3 || !punct(c.first - 1, '(') || !punct(c.last + 1, ')') || names::is_acronym(full) || !lone_unknown(self, full) {
            return None;
        }
        if word_at(text, toks, c.last + 2).is_some_and(names::is_capitalised) {
            return None;
        }
        let cap = |k: usize| word_at(text, toks, k).is_some_and(names::is_capitalised);
        let last = c.first - 2;
        let mut s = last;
        while s > 0 && last - s < 4 && cap(s - 1) {
            s -= 1;
        }
        let person = cap(last) && (s..=last).any(|a| self.names_person(&text[toks[a].start..toks[last].end]));
        person.then(|| Some(self.org(full, ActorKind::Organization)))
    }

    /// A lone unknown word: decided once the whole document is read, unless it only
    /// opens a sentence (an acronym or a word before a media verb always waits).
    fn defer_lone_word(&mut self, v: &Seen) {
        let Seen { text, toks, c, full, next, .. } = *v;
        let kb = self.kb;
        let media = next.as_deref().is_some_and(|w| kb.is("media_verbs", w));
        let body = appositive_acronym(text, toks, c, full);
        if !(c.first == 0 || matches!(toks[c.first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!'))) || media || names::is_acronym(full) {
            self.deferred.push(Deferred::Single { word: full.to_string(), media, body });
        }
    }

    /// The evidence in a lone unknown word's surroundings that it names an
    /// organisation, and which kind: "the Bild newspaper" (`[media_after_name]`: an
    /// outlet), "state-owned Codelco", "privately held X" (`[org_premodifier]`, both in
    /// data/grammar_words.txt), "Codelco and SQM", "SQM and Codelco" (coordinated with
    /// an organisation the story named: one kind of thing on both sides of "and").
    fn lone_org_cue(&self, text: &str, toks: &[Tok], c: &Chunk, full: &str, prev: Option<&str>, next: Option<&str>) -> Option<ActorKind> {
        if !lone_unknown(self, full) {
            return None;
        }
        let lx = crate::extract::lexicon::get();
        // ("the Lagos daily The Guardian", "the Flemish broadcaster VRT": a name after
        // the noun is the outlet's, the word before it a place or an adjective.)
        let named_after = word_at(text, toks, c.last + 2).is_some_and(names::is_capitalised);
        if prev == Some("the") && next.is_some_and(|n| lx.is("media_after_name", n)) && !named_after {
            return Some(ActorKind::Media);
        }
        let before = text[..c.start].trim_end();
        let pre = before.rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("").lowercase();
        let two = before.rsplitn(3, char::is_whitespace).take(2).collect::<Vec<_>>();
        let pre2 = if two.len() == 2 { format!("{} {}", two[1], two[0]).lowercase() } else { String::new() };
        if lx.is("org_premodifier", &pre) || lx.is("org_premodifier", &pre2) {
            return Some(ActorKind::Organization);
        }
        // The capitalised run on the far side of "and", looked up whole.
        let org_at = |from: usize, step: isize| -> bool {
            let (mut a, mut b) = (from, from);
            let cap = |k: usize| word_at(text, toks, k).is_some_and(names::is_capitalised);
            if !cap(from) {
                return false;
            }
            for _ in 0..4 {
                let k = (if step < 0 { a.checked_sub(1) } else { Some(b + 1) }).filter(|&k| k < toks.len() && cap(k));
                match k {
                    Some(k) if step < 0 => a = k,
                    Some(k) => b = k,
                    None => break,
                }
            }
            let name = &text[toks[a].start..toks[b].end];
            kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|o| matches!(self.actors[o].kind, ActorKind::Organization) && self.info[o].is_state.is_none())
        };
        let and_after = next == Some("and") && org_at(c.last + 2, 1);
        let and_before = prev == Some("and") && c.first >= 2 && org_at(c.first - 2, -1);
        (and_after || and_before).then_some(ActorKind::Organization)
    }
}

/// A lone capitalised word that nothing yet names: no actor of the story, no
/// knowledge-base entry or listed word, no given name, no stop capital ("The",
/// "Monday"). Evidence around it (`chunk_org_at`, `lone_org_cue`) decides its type.
pub(in crate::extract::cast) fn lone_unknown(b: &Builder, w: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    names::is_capitalised(w) && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-') && b.kb.lookup(w).is_none() && b.kb.mask(w) == 0 && !given_name(w) && !lx.is_stop_capital(w) && kb::with_key(w, |k| !b.index.contains_key(k))
}
