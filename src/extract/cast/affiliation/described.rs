//! Descriptions: "the council's president" is the president of the council the
//! story named last ("National Electoral Council"); "the group's spokesman" of the
//! group named last; ", a spokesman for the front, X"; "the army chief, General X".
//! Called from `candidates` (`context`, `look_back`).

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// The organisation a lowercase description names: "the council" → the last
    /// institution named before with "Council" in its name (this paragraph's chunks
    /// first, then the whole story); a generic noun ("the group", "the movement",
    /// `org_descriptions`) → the last organisation or group of the paragraph.
    pub(in crate::extract::cast) fn described_org(&self, noun: &str, chunks_before: &[Option<usize>], not: usize) -> Option<usize> {
        let is_org = |a: usize| matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group);
        let named = |a: usize| a != not && is_org(a) && self.actors[a].name.split([' ', '-', '/']).any(|w| w.eq_ignore_ascii_case(noun));
        if !self.kb.is("org_heads", noun) && !self.kb.is("org_descriptions", noun) {
            return None;
        }
        if let Some(a) = chunks_before.iter().rev().flatten().copied().find(|&a| named(a)) {
            return Some(a);
        }
        if let Some(&a) = self.described.get(noun).filter(|&&a| a != not && is_org(a)) {
            return Some(a);
        }
        if self.kb.is("org_descriptions", noun) {
            if let Some(a) = chunks_before.iter().rev().flatten().copied().find(|&a| a != not && is_org(a) && self.info[a].is_state.is_none()) {
                return Some(a);
            }
        }
        (0..self.actors.len()).rev().find(|&a| named(a))
    }

    /// "the Berlin-based charity SeaLink Rescue", "SeaLink Rescue, a German
    /// charity,", "Spelarföreningen, the players' union,": an organisation noun
    /// (`org_descriptions`) right before the name or ending its appositive;
    /// recorded for "the charity's head of operations, X" later in the story
    /// (`described_org`).
    pub(in crate::extract::cast) fn record_description(&mut self, text: &str, toks: &[Tok], c: &Chunk, a: usize) {
        if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || self.info[a].is_state.is_some() {
            return;
        }
        let noun_at = |k: usize| lower_word(text, toks, k).filter(|w| !names::is_capitalised(word_at(text, toks, k).unwrap_or("")) && self.kb.is("org_descriptions", w));
        if let Some(w) = c.first.checked_sub(1).and_then(noun_at) {
            self.described.insert(w, a);
            return;
        }
        // "The UN refugee agency, UNHCR, said": the noun before the name's comma.
        if c.first >= 2 && toks[c.first - 1].kind == TokKind::Punct(',') {
            if let Some(w) = noun_at(c.first - 2) {
                self.described.insert(w, a);
                return;
            }
        }
        // ", a German charity," / ", an armed group that ..." / ", the players' union,":
        // the noun within four words of the article, followed by punctuation or a
        // relative pronoun; an acronym in parentheses may stand before the comma
        // ("The Tunisian Forum for ... Rights (FTDES), a rights group that").
        let mut comma = c.last + 1;
        if toks.get(comma).is_some_and(|t| t.kind == TokKind::Punct('(')) && toks.get(comma + 2).is_some_and(|t| t.kind == TokKind::Punct(')')) {
            comma += 3;
        }
        if !toks.get(comma).is_some_and(|t| t.kind == TokKind::Punct(',')) || !lower_word(text, toks, comma + 1).is_some_and(|w| ARTICLES.contains(&w.as_str())) {
            return;
        }
        for k in comma + 2..(comma + 6).min(toks.len()) {
            // "the players' union": a possessive inside the description.
            if toks[k].kind == TokKind::Poss {
                continue;
            }
            let Some(w) = lower_word(text, toks, k) else { return };
            if names::is_capitalised(word_at(text, toks, k).unwrap_or("")) && self.kb.lookup(word_at(text, toks, k).unwrap_or("")).is_none() {
                return;
            }
            let next_ends = toks.get(k + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(_))) || lower_word(text, toks, k + 1).is_some_and(|n| matches!(n.as_str(), "that" | "which" | "whose" | "based" | "founded"));
            if next_ends {
                if self.kb.is("org_descriptions", &w) {
                    self.described.insert(w, a);
                }
                return;
            }
        }
    }

    /// ", a spokesman for the front, X", "the head of the union, X": a role noun,
    /// "for|of the", a description noun, the comma: the person belongs to (or leads)
    /// the organisation the description names (`described_org`). `k` is the first
    /// token of the role words the caller read back from the comma (here the noun).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn described_remit(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, k: usize, role_words: &[String], a: usize) -> bool {
        let kb = self.kb;
        let [noun] = role_words else { return false };
        if k < 3 || lower_word(text, toks, k - 1).as_deref() != Some("the") || !lower_word(text, toks, k - 2).is_some_and(|w| crate::extract::lexicon::get().is("preposition", &w)) {
            return false;
        }
        let Some(role) = lower_word(text, toks, k - 3) else { return false };
        let leader = kb.is("leader_nouns", &role);
        if !leader && !kb.is("member_nouns", &role) {
            return false;
        }
        let Some(o) = self.described_org(noun, &assigned[..ci], a) else { return false };
        self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title_case(&role));
        }
        true
    }

    /// ", a ministry spokesman,", ", the undecided council member,": an appositive
    /// whose role ends in a description noun (`org_heads`, `org_descriptions`) and a
    /// member or leader noun: the person belongs to (or leads) the organisation the
    /// description names — one with that word in its name (this paragraph's chunks
    /// `before` first, then the story's) or described so before. Never the paragraph's
    /// last organisation by default ("a government official" names no company).
    /// `role` is the appositive's lowercase words, its article first.
    pub(in crate::extract::cast) fn described_role_after(&mut self, para: usize, role: &[String], before: &[Option<usize>], at: usize, a: usize) -> bool {
        let kb = self.kb;
        let [first, .., noun, role_noun] = role else { return false };
        let lead = kb.is("leader_nouns", role_noun);
        if self.info[a].owner.is_some() || !ARTICLES.contains(&first.as_str()) || (!lead && !kb.is("member_nouns", role_noun)) || !(kb.is("org_heads", noun) || kb.is("org_descriptions", noun)) {
            return false;
        }
        let is_org = |b: &Self, o: usize| o != a && matches!(b.actors[o].kind, ActorKind::Organization | ActorKind::Group) && b.info[o].is_state.is_none();
        let named = |b: &Self, o: usize| is_org(b, o) && b.actors[o].name.split([' ', '-', '/']).any(|w| w.eq_ignore_ascii_case(noun));
        let found = before.iter().rev().flatten().copied().find(|&o| named(self, o)).or_else(|| self.described.get(noun).copied().filter(|&o| is_org(self, o))).or_else(|| (0..self.actors.len()).rev().find(|&o| named(self, o)));
        let Some(o) = found else { return false };
        self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, at);
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(format!("{noun} {role_noun}"));
        }
        true
    }

    /// "the army chief, General X", "the party leader, X": a leader or member noun
    /// after a description noun: the person leads (or belongs to) the organisation
    /// the description names (`described_org`). `k` is the first role token. The
    /// article may be left out where the phrase opens its clause, as wire copy does
    /// after a quote ("“…,” ministry spokesman X told reporters").
    pub(in crate::extract::cast) fn described_role(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, k: usize, role_words: &[String], leader: bool, a: usize) -> bool {
        let opens_clause = k == 0 || matches!(toks[k - 1].kind, TokKind::Punct(_));
        if role_words.len() < 2 || !(opens_clause || lower_word(text, toks, k - 1).is_some_and(|w| ARTICLES.contains(&w.as_str()))) {
            return false;
        }
        let Some(o) = self.described_org(&role_words[0], &assigned[..ci], a) else { return false };
        self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
        true
    }
}
