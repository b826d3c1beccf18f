//! The subject of each kind of [`Frame`]: which finder (left, right, sentence) or
//! owner a frame's speaker is read from.

use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// Subject of a frame, plus the sieve it belongs to when resolved directly.
    /// (An outlet's report citing a source relays that source's words: `"Q," Reuters
    /// reported, citing two diplomats`, `AFP, citing a police official, said`: the
    /// source speaks, `cited_source`.)
    pub(in crate::extract::attribution) fn frame_subject(&self, cast: &Cast, p: usize, frame: Frame) -> Option<Subj> {
        let subj = self.frame_subject_of(cast, p, frame);
        let verb = match frame {
            Frame::After { verb, .. } | Frame::Before { verb } | Frame::Embedded { verb, .. } => verb,
            _ => return subj,
        };
        match subj {
            Some(Subj::Actor(a)) if cast.actors[a].kind == ActorKind::Media => self.cited_source(cast, p, verb).or(subj),
            None | Some(Subj::Described { .. }) => self.made_by_aside(cast, p, verb).or(subj),
            _ => subj,
        }
    }

    /// `The report, published by Human Rights Watch on Tuesday, said`: a document
    /// (`[document]`, after a determiner) whose aside right before reporting verb
    /// `verb` names its maker (a `[signing_participle]`, "by", then a name or a named
    /// actor): the maker speaks. Not a description ("published by a rights group").
    fn made_by_aside(&self, cast: &Cast, p: usize, verb: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(verb);
        if verb < sent.start + 6 || tk.punct(verb - 1) != Some(',') {
            return None;
        }
        let k = (sent.start + 3..verb - 2).find(|&k| tk.punct(k - 1) == Some(',') && tk.is_word(k + 1) && self.lx.is("signing_participle", tk.lower(k)) && tk.lower(k + 1) == "by" && tk.is_word(k))?;
        let doc = k - 2;
        if !tk.is_word(doc) || !self.lx.is("document", tk.lower(doc)) || !tk.is_word(doc - 1) || !self.lx.is("determiner", tk.lower(doc - 1)) || doc - 1 != sent.start {
            return None;
        }
        match self.noun_phrase(cast, p, k + 2, verb - 1)? {
            s @ (Subj::Actor(_) | Subj::Name(_)) => Some(s),
            _ => None,
        }
    }

    /// The source after "citing" in a comma's aside next to reporting verb `verb`
    /// (right after it, or between its subject and it): a name, an actor other than a
    /// state, or a description a speaker noun heads ("two diplomats familiar with
    /// the talks"); never a document ("citing a report") or a reason ("citing
    /// unpaid debts").
    fn cited_source(&self, cast: &Cast, p: usize, verb: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(verb);
        let lo = sent.start.max(verb.saturating_sub(SUBJECT_WINDOW));
        let hi = sent.end.min(verb + 4);
        let c = (lo + 1..hi).find(|&k| tk.is_word(k) && tk.lower(k) == "citing" && tk.punct(k - 1) == Some(','))?;
        let stop = (c + 1..sent.end.min(c + 1 + SUBJECT_WINDOW)).find(|&k| tk.quoted[k] || tk.punct(k).is_some_and(|ch| !matches!(ch, '-' | '\'' | '\u{2019}'))).unwrap_or(sent.end);
        match self.noun_phrase(cast, p, c + 1, stop)? {
            s @ Subj::Name(_) => Some(s),
            Subj::Actor(a) if cast.actors[a].kind != ActorKind::State => Some(Subj::Actor(a)),
            s @ Subj::Described { .. } if matches!(&s, Subj::Described { head, .. } if is_speaker_noun(head) && !self.lx.is("document", head)) => Some(s),
            _ => None,
        }
    }

    fn frame_subject_of(&self, cast: &Cast, p: usize, frame: Frame) -> Option<Subj> {
        let tk = &self.tks[p];
        match frame {
            Frame::After { first, verb } => {
                if verb == first {
                    self.subject_right(cast, p, verb)
                } else {
                    // `"Q," Magdi Taha, an analyst at …, said`: the first phrase
                    // (`Aisha Rahman (who led the study) told`: before the parenthesis).
                    // (`"Q," a diplomat who attended the talks said`: before its "who" clause.)
                    let who = super::super::frames::person_who(tk, first, verb).unwrap_or(verb);
                    let end = (first..who).find(|&k| matches!(tk.punct(k), Some(',' | '('))).unwrap_or(who);
                    // `"Q," the ship's captain, Hanna Vogt, said` · `"Q," a spokesman for
                    // the brigade, Major Ibrahim Lawal, said`: a description, then the
                    // person's name in apposition: the name speaks.
                    // So is `"Q," UNICEF's representative in Yemen, Peter Hawkins, said`:
                    // a post (a lowercase person noun) before the name.
                    if end < verb && tk.punct(end).is_some() && tk.is_word(first) && (tk.is_lower(first) || self.post(tk, first, end)) {
                        let e2 = (end + 1..verb).find(|&k| tk.punct(k) == Some(',')).unwrap_or(verb);
                        let named = self.noun_phrase(cast, p, end + 1, e2).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person));
                        if named.is_some() {
                            return named;
                        }
                    }
                    self.noun_phrase(cast, p, first, end)
                }
            }
            Frame::Dash { first } => {
                let end = (first..tk.toks.len()).find(|&k| tk.punct(k).is_some_and(|c| c != '-')).unwrap_or(tk.toks.len());
                self.noun_phrase(cast, p, first, end)
            }
            Frame::Before { verb } | Frame::Embedded { verb, .. } | Frame::PutIt { verb } => {
                // "He quotes a memo from the director general, X: "Q"": the quoted
                // document's maker speaks (`quoted.rs`).
                if let Some(s) = self.quoted_object(cast, p, verb) {
                    return Some(s);
                }
                // "she heard the defendant shout: "Q"": the one heard speaks, whatever
                // noun heads the description (`perceived_subject`).
                if let Some(s) = self.perceived_subject(cast, p, verb) {
                    return Some(s);
                }
                let left = self.subject_left(cast, p, verb);
                // "X, a Florida Republican who …, issued a statement calling the float
                // "Q"": a verb phrase is never a speaker; the words left of the verb
                // open with a finite verb right after an aside's comma (whatever noun
                // heads its object: "statement" is a voice too), and that verb's
                // subject speaks.
                if let Some(Subj::Described { range, .. }) = &left {
                    let v0 = tk.at(range.start);
                    let finite = v0 > 0 && v0 < verb && tk.is_word(v0) && tk.is_lower(v0) && tk.punct(v0 - 1) == Some(',') && (tk.lower(v0).ends_with("ed") || self.lx.speech_verb(tk.lower(v0)).is_some());
                    if finite {
                        if let Some(s) = self.subject_left(cast, p, v0).filter(|s| !s.descriptive()) {
                            return Some(s);
                        }
                    }
                }
                // "X, …, arrived in Brussels saying "Q"": the words left of the verb are
                // a predicate (no speaker noun heads them), so the sentence's subject speaks.
                if matches!(&left, Some(Subj::Described { head, .. }) if !is_speaker_noun(head) && !is_plural(head)) {
                    let sent = tk.sentence_toks(verb);
                    if let Some(s) = self.sentence_subject(cast, p, sent.start..verb).filter(|s| !s.descriptive()) {
                        return Some(s);
                    }
                }
                // "Chanting "Q", the crowd surged": a participle opening the sentence
                // has the main clause's subject, after the comma that ends it.
                let fronted = || {
                    let sent = tk.sentence_toks(verb);
                    (verb == sent.start && tk.word(verb).ends_with("ing")).then(|| self.sentence_subject(cast, p, sent)).flatten()
                };
                left.or_else(|| self.inverted_aside(cast, p, verb)).or_else(fronted).or_else(|| {
                // "She said … and described the summit as "Q"": a coordinated verb
                // shares the sentence's subject.
                let sent = tk.sentence_toks(verb);
                let k = verb.checked_sub(1).filter(|&k| k >= sent.start)?;
                if tk.is_word(k) && self.lx.is("subordinator", tk.lower(k)) {
                    self.sentence_subject(cast, p, sent.start..verb)
                } else {
                    None
                }
            })
            }
            Frame::Participial { verb } => {
                if let Some(s) = self.perceived_subject(cast, p, verb) {
                    return Some(s);
                }
                let mut sent = tk.sentence_toks(verb);
                // "X objected, and Judge Y sustained the objection, telling Z to "Q"": the
                // participle hangs on the last clause, opened by ", and" and a name.
                // (A clause: a verb before the comma; "X, the prosecutor, and Judge Y left,
                // telling" coordinates subjects, not clauses.)
                let clause = |c: usize| (sent.start..c).any(|k| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && (self.lx.speech_verb(tk.lower(k)).is_some() || tk.lower(k).len() > 4 && tk.lower(k).ends_with("ed")));
                if let Some(c) = (sent.start + 1..verb).rev().take(FRAME_WINDOW).find(|&k| tk.punct(k - 1) == Some(',') && tk.is_word(k) && tk.is_lower(k) && self.lx.is("coordinator", tk.lower(k)) && tk.is_word(k + 1) && tk.is_cap(k + 1) && clause(k - 1)) {
                    sent.start = c + 1;
                }
                // `…, Aydın said afterwards, adding: "Q"`: the participle hangs on the
                // reporting verb before it, whose subject is the speaker.
                let main = (sent.start..verb).rev().take(FRAME_WINDOW).find(|&k| !tk.quoted[k] && tk.is_speech_verb(k, sent.start) && !tk.is_participle(k));
                if let Some(s) = main.and_then(|k| self.subject_left(cast, p, k)).filter(|s| !matches!(s, Subj::Described { .. })) {
                    return Some(s);
                }
                self.sentence_subject(cast, p, sent.start..verb)
            }
            Frame::According { at } => {
                // "MTI quoted him as saying …": the pronoun object is the speaker
                // (the whole object: in "quoting his deputy, X, as saying" the
                // possessive opens a description, read below).
                let whole = !tk.is_word(at + 1) || tk.lower(at + 1) == "as";
                if tk.is_word(at) && tk.is_lower(at) && whole {
                    if let Some(class) = pronoun_class(tk.lower(at)) {
                        return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                    }
                }
                let sent = tk.sentence_toks(at);
                // "In Omar Kamal's words", "by Omar Kamal's own account": the possessor
                // is the source.
                // ("The agency quoted a police officer in Mombasa as saying": the object
                // ends before the "as" of "as saying".)
                let as_saying = |k: usize| k > at && tk.is_word(k) && tk.word(k) == "as" && tk.is_speech_verb(k + 1, sent.start);
                let end = (at..sent.end).find(|&k| tk.punct(k).is_some() || as_saying(k) || k > at && tk.toks[k - 1].poss && tk.is_word(k) && matches!(tk.lower(k), "words" | "account" | "own")).unwrap_or(sent.end);
                // "The book quotes a former aide, Nina Ross, as saying", "according to a
                // senior aide, Nina Ross, …": a description, then a person's name in
                // apposition: the name speaks.
                if end < sent.end && tk.punct(end) == Some(',') && tk.is_word(at) && tk.is_lower(at) {
                    let e2 = (end + 1..sent.end.min(end + 8)).find(|&k| tk.punct(k).is_some() || tk.quoted[k]);
                    if let Some(e2) = e2.filter(|&e2| e2 > end + 1 && tk.punct(e2) == Some(',')) {
                        let person = |s: &Subj| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person);
                        // (A post naming its place counts too: "an IMF spokesperson in
                        // Washington, Laura Méndez, as saying" — Méndez, not Washington.)
                        if self.noun_phrase(cast, p, at, end).is_some_and(|s| s.descriptive()) || self.post(tk, at, end) {
                            if let Some(named) = self.noun_phrase(cast, p, end + 1, e2).filter(person) {
                                return Some(named);
                            }
                        }
                    }
                }
                // "In the report's (own) words": a document's words (a definite
                // description, lowercase, headed by a `[document]` noun) are its
                // issuer's, whom the pronoun sieve's `document_issuer` finds. ("report"
                // is a reporting verb too: `noun_phrase` would cut the phrase on it.)
                let doc = end > at + 1 && end < sent.end && tk.toks[end - 1].poss && tk.is_word(end - 1) && self.lx.is("document", tk.lower(end - 1)) && tk.lower(at) == "the" && (at + 1..end).all(|k| tk.is_word(k) && tk.is_lower(k));
                if doc {
                    return Some(Subj::Described { range: tk.toks[at].start..tk.toks[end - 1].end, plural: false, head: tk.lower(end - 1).to_string() });
                }
                // "according to the city's own figures" names a document, not a speaker.
                self.noun_phrase(cast, p, at, end).filter(|s| !matches!(s, Subj::Described { head, .. } if !is_speaker_noun(head)))
            }
            Frame::Possessive { at } => {
                let w = tk.lower(at);
                if let Some(class) = pronoun_class(&w) {
                    return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                }
                let range = tk.toks[at].start..tk.toks[at].end;
                let own = match cast.mentions_in(p, 0..range.end).iter().rev().find(|m| m.range.end == range.end) {
                    Some(m) if cast.actors[m.actor].kind == ActorKind::Person => Some(Subj::Actor(m.actor)),
                    Some(_) => None,
                    None if tk.is_cap(at) && !is_demonym_plural(tk.word(at)) => match cast.lookup(tk.word(at)) {
                        Some(a) if cast.actors[a].kind == ActorKind::Person => Some(Subj::Actor(a)),
                        Some(_) => None,
                        None => Some(Subj::Name(range)),
                    },
                    None => None,
                };
                // `X said that his country wanted to be Vanuatu's "partner of first
                // choice"`: a possessor that is no person is no speaker; the reporting
                // verb before it still frames the quote.
                own.or_else(|| {
                    let sent = tk.sentence_toks(at);
                    match embedded_frame(tk, at, sent.start) {
                        Some(fr @ (Frame::Embedded { .. } | Frame::Participial { .. } | Frame::According { .. } | Frame::PutIt { .. })) => self.frame_subject(cast, p, fr),
                        _ => None,
                    }
                })
            }
            Frame::Owned { at } => {
                if let Some(class) = pronoun_class(tk.lower(at)) {
                    return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                }
                let end = tk.toks[at].end;
                match cast.mentions_in(p, 0..end).iter().rev().find(|m| m.range.end == end) {
                    Some(m) => Some(Subj::Actor(m.actor)),
                    None if tk.is_cap(at) => Some(cast.lookup(tk.word(at)).map_or(Subj::Name(tk.toks[at].start..end), Subj::Actor)),
                    // "the prime minister's pledge, made last year, that "Q"": a
                    // definite person description owns the words (resolved in sieve 3).
                    None => {
                        let b = (at.saturating_sub(4)..at).rev().take_while(|&k| tk.is_word(k) && tk.is_lower(k) && !tk.toks[k].poss && !tk.quoted[k]).find(|&k| tk.lower(k) == "the");
                        b.and_then(|b| self.noun_phrase(cast, p, b, at + 1)).filter(|s| matches!(s, Subj::Described { head, plural: false, .. } if self.lx.is("person", head)))
                    }
                }
            }
            Frame::Colon { end } => {
                let sent = tk.sentence_toks(end);
                // "The jury heard that Morrow had texted his partner: "Q"": a hearing
                // (a `[perception_verb]` right before "that") reports the clause after
                // it, whose subject is the speaker; the audience is none.
                let heard = (sent.start + 1..end.min(sent.start + SUBJECT_WINDOW)).find(|&k| tk.is_word(k) && tk.lower(k) == "that" && tk.is_word(k - 1) && tk.is_lower(k - 1) && self.lx.is("perception_verb", tk.lower(k - 1)) && !tk.quoted[k]);
                if let Some(k) = heard {
                    return self.sentence_subject(cast, p, k + 1..end);
                }
                self.sentence_subject(cast, p, sent.start..end)
            }
        }
    }
}
