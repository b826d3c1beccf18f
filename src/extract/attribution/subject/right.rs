//! The subject right of a reporting verb (`said X in a speech`), and an inverted
//! aside (`…, says senator X, is "Q"`) whose subject follows its verb.

use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// The subject right of verb token `v`: `said X in a speech`.
    pub(in crate::extract::attribution) fn subject_right(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        let start = v + 1;
        let mut end = start;
        // `said A. R. Rahman Khan`: the full stop of an initial (one capital letter
        // right before it, a capital after it) is the name's own.
        let initial = |k: usize| tk.punct(k) == Some('.') && k > start && tk.is_word(k - 1) && tk.word(k - 1).chars().count() == 1 && tk.is_cap(k - 1) && tk.is_word(k + 1) && tk.is_cap(k + 1);
        while end < sent.end.min(start + SUBJECT_WINDOW) {
            if tk.quoted[end] || tk.punct(end).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}')) && !initial(end) {
                break;
            }
            end += 1;
        }
        let np = self.noun_phrase(cast, p, start, end);
        // `said Valladares's campaign manager, Fernando Lagos`: a title after its
        // possessor, then the name in apposition: the name speaks.
        // So is `said one, Abdi Warsame`: a pronoun-like "one" or a post, not a name.
        // (So is `said one of them, Pierre Garnier`, `said one of the farmers, X`: a
        // partitive whose group is a pronoun or lowercase words.)
        let partitive = end >= start + 3 && tk.lower(start + 1) == "of" && (start + 1..end).all(|k| tk.is_word(k) && tk.is_lower(k));
        let one = tk.is_word(start) && tk.lower(start) == "one" && (end == start + 1 || partitive);
        if end < sent.end && tk.punct(end) == Some(',') && (one || !matches!(np, Some(Subj::Name(_)) | None) && (self.title_tail(cast, p, start, end) || self.post(tk, start, end))) {
            let mut e = end + 1;
            while e < sent.end.min(end + 1 + 6) && tk.is_word(e) && !tk.quoted[e] {
                e += 1;
            }
            if let Some(name) = self.noun_phrase(cast, p, end + 1, e).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person)) {
                return Some(name);
            }
        }
        np
    }

    /// "A lottery among screened candidates, says senator Ana Ruiz, is "Q"": a
    /// reporting verb between commas with its subject after it interrupts the
    /// sentence it reports; that subject speaks every quote of the sentence.
    pub(super) fn inverted_aside(&self, cast: &Cast, p: usize, verb: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(verb);
        if verb == sent.start || !tk.comma_before(verb) {
            return None;
        }
        let close = (verb + 1..sent.end.min(verb + 1 + SUBJECT_WINDOW)).find(|&k| tk.quoted[k] || tk.punct(k).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}')))?;
        if close == verb + 1 || tk.quoted[close] || tk.punct(close) != Some(',') {
            return None;
        }
        self.subject_right(cast, p, verb)
    }
}
