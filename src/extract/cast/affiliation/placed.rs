//! People placed after their introduction: "Lena Fischer has spent a decade in
//! government. She joined the Finance Ministry in 2015", "He now runs the
//! Anti-Corruption Agency": a sentence opened by "he"/"she", a joining or heading
//! verb and an organisation's name place the one person named before (called
//! from `candidates::paragraph`, after the paragraph's chunks are read).
//! Round 18 (tree18): also a membership verb and its preposition ("She belongs to
//! the X"), a copula and a leader's or member's noun ("He is also the president of
//! the X", "She is a member of the X"), and a short description in apposition
//! before the name ("She belongs to a citizens' group, the X"; "the president of
//! the local truckers' association, the X"). Over the dev set such people were left
//! to the home state by the fallback, wrong for every one of them with a gold parent.
//! tree20: a person named opening the sentence is such a subject too ("X has led
//! the Y since 2019", "X joined the Y in 2015"), never an organisation followed by
//! its possessive ("led the ministry's delegation"); "X, the first woman to lead the
//! Y," and "X, who …, was the first woman to lead the Y" (`first_holder`).

use super::super::builder::*;
use super::super::names::{Chunk, Tok};
use super::lower_word;
use super::super::names::TokKind;
use crate::model::ActorKind;

/// The token opening a short appositive description that ends with a comma right
/// before token `t` ("a citizens' group," / "the local truckers' association,"):
/// a determiner, then one to six lowercase words or possessives, nothing else.
fn described_from(text: &str, toks: &[Tok], t: usize) -> Option<usize> {
    let lex = crate::extract::lexicon::get();
    let comma = t.checked_sub(1)?;
    if toks[comma].kind != TokKind::Punct(',') {
        return None;
    }
    let mut k = comma;
    for _ in 0..7 {
        k = k.checked_sub(1)?;
        match toks[k].kind {
            TokKind::Poss => continue,
            TokKind::Punct(_) => return None,
            TokKind::Word => {
                let w = &text[toks[k].start..toks[k].end];
                if !w.starts_with(char::is_lowercase) {
                    return None;
                }
                if matches!(w, "a" | "an" | "the") || lex.is("possessive_pronoun", w) {
                    return (comma - k >= 2).then_some(k);
                }
            }
        }
    }
    None
}

/// The verb that places the subject in the organisation whose name (or description)
/// starts at token `t`, and whether it makes them its head: "joined [the]" and "runs
/// [the]" (`[joining_verb]`, `[heading_verb]` of data/grammar_words.txt); "belongs
/// to", "works at" (`[member_verbs]` of data/cast_words.txt, then a preposition);
/// "is [also] the president of", "was a member of" (a `[copula]`, an optional
/// `[placing_adverb]`, an article, up to two lowercase modifiers, a noun of
/// `[leader_nouns]` or `[member_nouns]`, then "of", "at", "in" or "for"). The index
/// returned is the verb's (the copula's).
fn placing_verb(text: &str, toks: &[Tok], t: usize) -> Option<(usize, bool)> {
    let lex = crate::extract::lexicon::get();
    let kb = super::super::kb::get();
    let word = |k: usize| lower_word(text, toks, k);
    let v = t.checked_sub(1)?;
    let verb = word(v)?;
    if lex.is("heading_verb", &verb) || lex.is("joining_verb", &verb) {
        return Some((v, lex.is("heading_verb", &verb)));
    }
    if !matches!(verb.as_str(), "to" | "of" | "at" | "in" | "for" | "with") {
        return None;
    }
    let before = word(v.checked_sub(1)?)?;
    if kb.is("member_verbs", &before) {
        return Some((v - 1, false));
    }
    let lead = kb.is("leader_nouns", &before);
    if (!lead && !kb.is("member_nouns", &before)) || !matches!(verb.as_str(), "of" | "at" | "in" | "for") {
        return None;
    }
    // back over up to two lowercase modifiers to the article
    let mut k = v - 1;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let w = word(k)?;
        if matches!(w.as_str(), "the" | "a" | "an") {
            let mut c = k.checked_sub(1)?;
            if word(c).is_some_and(|w| lex.is("placing_adverb", &w)) {
                c = c.checked_sub(1)?;
            }
            return word(c).filter(|w| lex.is("copula", w)).map(|_| (c, lead));
        }
        if !text[toks[k].start..].starts_with(char::is_lowercase) {
            return None;
        }
    }
    None
}

impl Builder {
    /// For each organisation chunk right after "<he|she> [aux|adverb] <verb> [the]"
    /// (`[joining_verb]`: a member; `[heading_verb]`: a leader; at most one word of
    /// `[auxiliary]` or `[placing_adverb]` between, all in data/grammar_words.txt),
    /// the pronoun opening its sentence: the person is the one person this paragraph
    /// names before the pronoun, else the one the paragraph before names (two or
    /// more: no guess). Only a person with no owner yet. Linear in the chunks.
    pub(in crate::extract::cast) fn pronoun_placed(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>]) {
        let lex = crate::extract::lexicon::get();
        let word = |k: usize| lower_word(text, toks, k);
        let pronoun = |k: usize| word(k).is_some_and(|w| lex.is("subject_pronoun", &w) && lex.is("pronoun_person", &w));
        for (ci, c) in chunks.iter().enumerate() {
            let Some(o) = assigned[ci].filter(|&o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) && self.info[o].is_state.is_none()) else { continue };
            let mut t = c.first;
            if t > 0 && word(t - 1).as_deref() == Some("the") {
                t -= 1;
            }
            // (a short description in apposition before the name: "a citizens'
            // group, the Kumamoto Groundwater Watch")
            t = described_from(text, toks, t).unwrap_or(t);
            let Some((v, lead)) = placing_verb(text, toks, t) else { continue };
            // (the organisation itself, not one it owns: "He led the Ministry's
            // delegation" places him in no ministry)
            if toks.get(c.last + 1).is_some_and(|x| x.kind == TokKind::Poss) {
                continue;
            }
            // "X, the first woman to lead the Y," / "X, who …, was the first woman to
            // lead the Y": the holder the phrase describes.
            if word(v.saturating_sub(1)).as_deref() == Some("to") {
                if let Some(a) = self.first_holder(text, toks, chunks, assigned, ci, v) {
                    if self.info[a].owner.is_none() && self.info[o].owner.is_none_or(|(x, ..)| x != a) {
                        self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[v].start);
                    }
                }
                continue;
            }
            let mut p = v;
            if p >= 2 && !pronoun(p - 1) && word(p - 1).is_some_and(|w| lex.is("auxiliary", &w) || lex.is("placing_adverb", &w)) {
                p -= 1;
            }
            // (two such words: "X has since led", "she had already joined")
            if p < v && p >= 2 && !pronoun(p - 1) && word(p - 1).is_some_and(|w| lex.is("auxiliary", &w) || lex.is("placing_adverb", &w)) {
                p -= 1;
            }
            // "Sipho Dlamini has led the Harbour Workers Alliance since 2019": a
            // person named right before, opening the sentence (titles aside), is the
            // subject. Near misses: a person inside the sentence ("Police said X
            // had led the Y"), an organisation's possessive after ("… the Y's team").
            if p > 0 && !pronoun(p - 1) {
                let Some(sc) = chunks[..ci].binary_search_by_key(&(p - 1), |x| x.last).ok() else { continue };
                let Some(a) = assigned[sc].filter(|&a| self.actors[a].kind == ActorKind::Person) else { continue };
                let at = chunks[sc].start;
                let here = self.sentences.partition_point(|s| s.end <= at);
                let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].split_whitespace().all(|w| w.starts_with(char::is_uppercase)));
                if opens && self.info[a].owner.is_none() && self.info[o].owner.is_none_or(|(x, ..)| x != a) {
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, at);
                }
                continue;
            }
            if p == 0 || !pronoun(p - 1) {
                continue;
            }
            let at = toks[p - 1].start;
            let here = self.sentences.partition_point(|s| s.end <= at);
            if !self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty()) {
                continue;
            }
            // The one person named before: this paragraph's chunks before the
            // pronoun, else the paragraph before's.
            let one = |xs: &[Option<usize>]| -> Option<Option<usize>> {
                let mut found = None;
                for &a in xs.iter().flatten() {
                    if self.actors[a].kind == ActorKind::Person && found != Some(a) {
                        if found.is_some() {
                            return Some(None);
                        }
                        found = Some(a);
                    }
                }
                found.map(Some)
            };
            let before = chunks[..ci].partition_point(|x| x.last < p - 1);
            let Some(a) = one(&assigned[..before]).or_else(|| one(&self.prev_assigned)).flatten() else { continue };
            if self.info[a].owner.is_none() && self.info[o].owner.is_none_or(|(x, ..)| x != a) {
                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, at);
            }
        }
    }

    /// "the first woman to lead", "the youngest person to head" (the infinitive of
    /// a heading or joining verb at token `v`, after "the", a word of
    /// `[first_holder]` and a noun): the person so described, either the one right
    /// before it in apposition ("X, the first woman to lead the Y,") or, after a
    /// copula, the person opening the sentence when only a comma aside stands
    /// between them ("X, who has died aged 71, was the first woman to lead the Y").
    /// Near misses: "X said it was the first party to lead the coalition" (a verb
    /// after the name), a pronoun subject ("She was the first woman to …"), a noun
    /// with no such word ("the candidate to lead").
    fn first_holder(&self, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, v: usize) -> Option<usize> {
        let lex = crate::extract::lexicon::get();
        let word = |k: usize| lower_word(text, toks, k);
        let the = v.checked_sub(4)?;
        if word(the).as_deref() != Some("the") || !word(v - 3).is_some_and(|w| lex.is("first_holder", &w)) || !text[toks[v - 2].start..].starts_with(char::is_lowercase) {
            return None;
        }
        let person = |k: usize| chunks[..ci].binary_search_by_key(&k, |x| x.last).ok().and_then(|sc| assigned[sc].map(|a| (sc, a))).filter(|&(_, a)| self.actors[a].kind == ActorKind::Person);
        // In apposition.
        if the >= 2 && toks[the - 1].kind == TokKind::Punct(',') {
            return person(the - 2).map(|(_, a)| a);
        }
        // After a copula: the person opening the sentence.
        if !word(the.checked_sub(1)?).is_some_and(|w| lex.is("copula", &w)) {
            return None;
        }
        let at = toks[the].start;
        let sentence = self.sentences.iter().find(|s| s.start <= at && at < s.end)?;
        let sc = chunks[..ci].iter().position(|c| c.start >= sentence.start)?;
        let a = assigned[sc].filter(|&a| self.actors[a].kind == ActorKind::Person)?;
        let opens = text[sentence.start..chunks[sc].start].split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        let next = text[chunks[sc].end..].trim_start();
        let aside = next.starts_with(',') || word(chunks[sc].last + 1).is_some_and(|w| lex.is("copula", &w));
        // (no other person between the subject and the copula)
        let alone = assigned[sc + 1..].iter().zip(&chunks[sc + 1..ci]).all(|(x, c)| c.start > at || !x.is_some_and(|b| b != a && self.actors[b].kind == ActorKind::Person));
        (opens && aside && alone).then_some(a)
    }
}
