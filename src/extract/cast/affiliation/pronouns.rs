//! Pronoun owners: "Its president, X", "Its general secretary in charge of
//! Uttar Pradesh, X", "Foreign Minister X and his deputy, Y": what "its", "their",
//! "his" stand for (called from `candidates::look_back`).

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// The owner "its"/"their" at byte `at` refers to: the subject (first fitting
    /// chunk) of its sentence, or of the sentence before when the pronoun opens one
    /// ("The S&D will vote against. Its leader, X"); else the organisation named
    /// last before chunk `ci`. States fit only when `state_ok` (an office: "Its
    /// president").
    pub(in crate::extract::cast) fn pronoun_owner(&self, text: &str, chunks: &[Chunk], toks: &[Tok], assigned: &[Option<usize>], ci: usize, at: usize, state_ok: bool) -> Option<usize> {
        let org = |x: usize| assigned[x].is_some_and(|o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group));
        let fits = |x: usize| org(x) || assigned[x].is_some_and(|o| self.info[o].is_state.is_some() && state_ok);
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let scope = if opens { here.checked_sub(1).and_then(|i| self.sentences.get(i)) } else { self.sentences.get(here) }.cloned();
        // In that sentence an organisation before a state ("Ukraine's intelligence
        // agency, known as HUR, said ... Its chief"), and never a state that only
        // modifies what follows it ("Ukraine's").
        let modifier = |x: usize| toks.get(chunks[x].last + 1).is_some_and(|t| t.kind == TokKind::Poss);
        let in_scope = |x: usize| scope.as_ref().is_some_and(|r| chunks[x].start >= r.start && chunks[x].start < r.end);
        // "NATO's peacekeeping force, KFOR, has ... Its commander": the possessor
        // only qualifies the subject; the organisation in apposition is the subject.
        (0..ci)
            .find(|&x| in_scope(x) && org(x) && !modifier(x))
            .or_else(|| (0..ci).find(|&x| in_scope(x) && org(x)))
            .or_else(|| (0..ci).find(|&x| in_scope(x) && fits(x) && !modifier(x)))
            .or_else(|| (ci.saturating_sub(super::super::candidates::PRONOUN_REACH)..ci).rev().find(|&x| fits(x)))
    }

    /// "Credito Lombardo, Italy's third-largest lender, said ... Its chief executive,
    /// X": the subject opening the sentence before the pronoun (or the pronoun's own
    /// sentence), read as a person's name (two words or more, no given name first, no
    /// role), is an organisation: "its" stands for no person. Returns it.
    pub(in crate::extract::cast) fn its_subject(&mut self, text: &str, chunks: &[Chunk], assigned: &[Option<usize>], at: usize) -> Option<usize> {
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let scope = if opens { here.checked_sub(1).and_then(|i| self.sentences.get(i)) } else { self.sentences.get(here) }?.clone();
        let lead = text[scope.start..].len() - text[scope.start..].trim_start().len();
        let x = chunks.iter().position(|c| c.start == scope.start + lead)?;
        let a = assigned[x]?;
        let first = self.actors[a].name.split_whitespace().next().unwrap_or("");
        if self.actors[a].kind != ActorKind::Person || super::super::candidates::given_name(first) {
            return None;
        }
        self.as_org(a).then_some(a)
    }

    /// "The party saw it differently. Its secretary-general, X": when the pronoun
    /// finds no name, a sentence whose subject is a description ("the party", "the
    /// ministry") names the organisation that description stands for
    /// (`described_org`). The sentence is the pronoun's own, or the one before when
    /// the pronoun opens its sentence, as in `pronoun_owner`, or the sentence before a
    /// quotation the pronoun's attribution follows. A description two organisations
    /// of this paragraph and the one before fit names neither. A plural possessor
    /// before the noun is skipped ("The farmers' union welcomed ...").
    pub(in crate::extract::cast) fn described_subject(&self, text: &str, assigned: &[Option<usize>], ci: usize, at: usize) -> Option<usize> {
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let mut i = if opens { here.checked_sub(1)? } else { here };
        // "The union welcomed the offer. “We will believe it,” its head, X, said": a
        // pronoun in the attribution after a quotation stands for the subject of the
        // sentence before the quotation's opening mark (searched for at most 600
        // bytes back in the paragraph).
        let own = self.sentences.get(i)?.start;
        // (`at` may be the quotation's own closing punctuation: read up to the next word)
        let upto = at + text[at..].find(char::is_alphanumeric).unwrap_or(0);
        if !opens && text[own..upto].trim_end().ends_with([',', '\u{201d}', '"']) && text[own..upto].contains(['\u{201d}', '"']) {
            let from = at.saturating_sub(600);
            let from = (from..upto).find(|&b| text.is_char_boundary(b)).unwrap_or(upto);
            let window = &text[from..upto];
            let close = window.rfind(['\u{201d}', '"']).unwrap_or(0);
            if let Some(open) = window[..close].rfind(['\u{201c}', '"']).map(|o| from + o) {
                let q = self.sentences.partition_point(|s| s.end <= open);
                let starts = self.sentences.get(q).is_some_and(|s| text[s.start..open].trim().is_empty());
                i = if starts { q.checked_sub(1)? } else { q };
            }
        }
        let scope = self.sentences.get(i)?;
        // "The planning board, which advises the council, voted … Its chair, X": a
        // lowercase body with no name opening that sentence (`lowercase_subjects`).
        if let Some(&(_, o)) = self.lowercase_subject_at.iter().find(|(b, _)| scope.contains(b) && text[scope.start..*b].trim().is_empty()) {
            return Some(o);
        }
        let mut words = text[scope.clone()].split_whitespace();
        if !words.next()?.eq_ignore_ascii_case("the") {
            return None;
        }
        let mut noun = words.next()?.trim_end_matches([',', '.', ';', ':']);
        // "The farmers' union": a plural possessor qualifies the noun after it.
        if noun.ends_with(['\'', '\u{2019}']) && noun.starts_with(char::is_lowercase) {
            noun = words.next()?.trim_end_matches([',', '.', ';', ':']);
        }
        if !noun.starts_with(char::is_lowercase) {
            return None;
        }
        // The paragraph before counts too, before this one's chunks.
        let before: Vec<Option<usize>> = self.prev_assigned.iter().chain(&assigned[..ci]).copied().collect();
        let o = self.described_org(noun, &before, usize::MAX)?;
        // Two organisations the noun names in these two paragraphs ("the Farmers
        // Union" and "the Teachers Union" before "The union ... Its head, X"): the
        // description is ambiguous, and "its" stands for neither.
        let named = |a: usize| matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && self.actors[a].name.split([' ', '-', '/']).any(|w| w.eq_ignore_ascii_case(noun));
        let rival = before.iter().flatten().any(|&a| a != o && named(a));
        (!rival).then_some(o)
    }

    /// "Foreign Minister X and his deputy, Y", "X runs the front. His deputy, Y":
    /// a person possessive before a role noun: the person named last before it in
    /// the paragraph is the antecedent, and Y is that person's staff (under them,
    /// so under their organisation or state too). `pronoun` is the possessive.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn antecedents_staff(&mut self, para: usize, at: usize, pronoun: &str, role_words: &[String], assigned: &[Option<usize>], ci: usize, a: usize) -> bool {
        let kb = self.kb;
        if !crate::extract::lexicon::get().is("pronoun_person", pronoun) || !role_words.iter().any(|w| kb.is("leader_nouns", w) || kb.is("member_nouns", w)) {
            return false;
        }
        let Some(p) = assigned[..ci].iter().rev().flatten().copied().find(|&p| p != a && self.actors[p].kind == ActorKind::Person) else { return false };
        // Under the antecedent, whose own place (the organisation it leads, its
        // state) is then Y's too.
        self.set_owner(a, p, "member_of", para, at);
        // And a member of the organisation the antecedent leads or belongs to (a
        // relation the reader sees; the tree already implies it).
        if let Some((o, ..)) = self.info[p].owner.filter(|&(o, ..)| self.actors[o].kind != ActorKind::Person) {
            self.links.push(super::super::Link { source: a, target: o, kind: "member_of", para, at });
        }
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title_case(&role_words.join(" ")));
        }
        true
    }

    /// Seats the person `a` in `o`, the owner of a possessed role (`pronoun_remit`
    /// here, `possessed_remit.rs`): a state gives the person's state, an
    /// organisation or group takes them as member (or head, `leader`); the role,
    /// title-cased, when they have none. Any other owner reads nothing.
    pub(in crate::extract::cast) fn seat_in_possessor(&mut self, a: usize, o: usize, leader: bool, role: &[String], para: usize, at: usize) -> bool {
        match self.info[o].is_state {
            Some(si) => self.set_state(a, si),
            None if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, at),
            None => return false,
        }
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title_case(&role.join(" ")));
        }
        true
    }

    /// "Its general secretary in charge of Uttar Pradesh, X", "Its representative in
    /// the talks, X": "its"/"their", a role of at most three lowercase words with a
    /// leader, member or office noun, then its remit (a preposition and at most five
    /// words, no punctuation) up to the appositive's comma (token `comma`). The person
    /// belongs to (or leads) what the pronoun stands for, as in "Its president, X"
    /// (the chunk `pronoun_owner` finds, else `described_subject`). Returns whether
    /// it was read.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn pronoun_remit(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let mut t = comma;
        while t > 1 && comma - t < 6 {
            t -= 1;
            let Some(w) = word_at(text, toks, t) else { return false };
            if !matches!(w, "in" | "for" | "on" | "at") || t + 1 == comma {
                continue;
            }
            // The role before the preposition, then the pronoun.
            let mut s = t;
            while s > 0 && t - s < 3 && word_at(text, toks, s - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w) && !matches!(w, "its" | "their")) {
                s -= 1;
            }
            if s == t || s == 0 || !word_at(text, toks, s - 1).is_some_and(|w| matches!(w, "Its" | "its" | "Their" | "their")) {
                continue;
            }
            let role: Vec<String> = (s..t).filter_map(|k| lower_word(text, toks, k)).collect();
            let leader = role.iter().any(|w| kb.is("leader_nouns", w));
            let office = kb.office(&role.join(" ")).is_some();
            if !leader && !office && !role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w)) {
                return false;
            }
            let at = toks[s - 1].start;
            if word_at(text, toks, s - 1).is_some_and(|w| w.eq_ignore_ascii_case("its")) {
                self.its_subject(text, chunks, assigned, at);
            }
            let Some(o) = self.pronoun_owner(text, chunks, toks, assigned, ci, at, leader || office).and_then(|x| assigned[x]).or_else(|| self.described_subject(text, assigned, ci, at)).filter(|&o| o != a) else { return false };
            return self.seat_in_possessor(a, o, leader, &role, para, at);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, parent_of};

    fn parent(paras: &[&str], name: &str) -> Option<String> {
        parent_of(&cast_of(paras), name)
    }

    #[test]
    fn its_after_a_quotation_is_the_described_subject_before_it() {
        let named = "The Jordan Valley Farmers Union has asked for a meeting with the minister.";
        let text = "The farmers\u{2019} union welcomed the offer but said it would bring its own hydrologist. \u{201c}We have heard it before. We will believe it when it reaches the valley,\u{201d} its head, Khalil Nawasreh, said by telephone.";
        assert_eq!(parent(&[named, text], "Khalil Nawasreh").as_deref(), Some("Jordan Valley Farmers Union"));
        // Near miss: the sentence before the quotation has no description for its
        // subject ("Farmers"), so "its" finds no union.
        let text = "Farmers welcomed the offer but said they would bring their own hydrologist. \u{201c}We have heard it before. We will believe it when it reaches the valley,\u{201d} its head, Khalil Nawasreh, said by telephone.";
        assert_ne!(parent(&[named, text], "Khalil Nawasreh").as_deref(), Some("Jordan Valley Farmers Union"));
        // Near miss: two unions named in the paragraph before; "the union" is
        // either.
        let two = "The Jordan Valley Farmers Union and the Irbid Teachers Union have asked for a meeting with the minister.";
        let text = "The union welcomed the offer. Its head, Khalil Nawasreh, said it would bring its own hydrologist.";
        assert_eq!(parent(&[named, text], "Khalil Nawasreh").as_deref(), Some("Jordan Valley Farmers Union"));
        let p = parent(&[two, text], "Khalil Nawasreh");
        assert!(!matches!(p.as_deref(), Some("Jordan Valley Farmers Union" | "Irbid Teachers Union")), "{p:?}");
    }
}
