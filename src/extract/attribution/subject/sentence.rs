//! The grammatical subject of a sentence: past a leading adverbial, participle or
//! subordinate clause, to the phrase before its first verb-like word, preferring
//! a name in apposition to a title.

use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// The grammatical subject of a sentence: after a leading adverbial ("In a
    /// statement issued after the round, Hamdok set out …" → Hamdok).
    pub(in crate::extract::attribution) fn sentence_subject(&self, cast: &Cast, p: usize, sent: Range<usize>) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut lo = sent.start;
        // "PORT HARCOURT — The oil firm …", "SANTA CRUZ, Bolivia — …": a dateline (a
        // place in capitals, maybe its state, then a dash) opening the paragraph is
        // no subject; the sentence starts after its dash.
        if sent.start == 0 && tk.is_word(0) && tk.word(0).chars().filter(|c| c.is_alphabetic()).count() >= 2 && tk.word(0).chars().all(|c| !c.is_lowercase()) {
            if let Some(d) = (1..sent.end.min(8)).find(|&k| matches!(tk.punct(k), Some('\u{2014}' | '\u{2013}'))) {
                if (0..d).all(|k| tk.punct(k) == Some(',') || tk.is_word(k) && tk.word(k).starts_with(|c: char| c.is_uppercase())) {
                    lo = d + 1;
                }
            }
        }
        // "2.15pm: Opposition leader X has reacted on X: "Q"", "14:47 — …": a live
        // blog's entry time opening the paragraph is no part of the subject.
        // ("A. What I told them: "Q"": nor is an interview's answer label.)
        if lo < sent.end {
            let at = tk.toks[lo].start;
            let label = || crate::extract::slug::qa_label(tk.text).map(|(_, e)| e).filter(|&e| e > at && tk.text[..at].trim().is_empty());
            if let Some(after) = entry_time(tk.text, at).or_else(label) {
                lo = tk.at(after).min(sent.end);
            }
        }
        // "More from Hollander: "Q"", "10.45am: More from the health minister, X:": a
        // live blog's or a newsletter's entry opening on "More from" names whose
        // further words follow; the subject is after "from".
        if lo + 2 < sent.end && tk.is_word(lo) && tk.is_cap(lo) && tk.lower(lo) == "more" && tk.is_word(lo + 1) && tk.lower(lo + 1) == "from" {
            lo += 2;
        }
        for _ in 0..2 {
            if lo >= sent.end || !tk.is_word(lo) {
                break;
            }
            let w = tk.lower(lo);
            // "Asked by a reporter whether …, he paused": a participle with its
            // agent or complement opens an aside too.
            // "Asked whether he hoped to …, he laughed": so does a question it reports.
            let next = if lo + 1 < sent.end && tk.is_word(lo + 1) { tk.lower(lo + 1) } else { "" };
            // ("Introduced to senior officers on May 2, Asanov promised": "to" too.)
            let participle = (w.ends_with("ed") || lexicon::get().speech_verb(&w).is_some()) && (self.lx.is("preposition", next) || self.lx.is("question_word", next) || next == "to" && w.ends_with("ed") && !tk.toks[lo].poss);
            // "Back in Shinahota, …", "Later that week, …": a word that is no name
            // followed by a preposition or determiner opens an adverbial.
            let adverbial = lo + 1 < sent.end && self.lx.is_stop_capital(tk.word(lo)) && (self.lx.is("preposition", next) || self.lx.is("determiner", next));
            let intro = adverbial || self.lx.is("preposition", &w) || self.lx.is("subordinator", &w) || w.ends_with("ly") || w.ends_with("ing") || w == "most" || w == "ever" || participle;
            if !intro {
                break;
            }
            match (lo..sent.end.min(lo + 25)).find(|&k| tk.punct(k) == Some(',')) {
                Some(k) => lo = k + 1,
                // "Before I left Dorohusk I asked Bałaban …": a subordinate clause with
                // no comma to close it; a name inside it is no subject, and where the
                // main clause begins is a guess: no subject.
                None if self.lx.is("subordinator", &w) && CLAUSE_OPENERS.contains(&w) => return None,
                // "In a long conversation last week he put his case to me": an opening
                // prepositional phrase with no comma ends at the subject pronoun that
                // a lowercase word (its verb) follows.
                None if self.lx.is("preposition", &w) => {
                    let pronoun = (lo + 1..sent.end.min(lo + SUBJECT_WINDOW)).take_while(|&k| tk.is_word(k)).find(|&k| tk.is_lower(k) && self.lx.is("subject_pronoun", tk.lower(k)) && tk.is_word(k + 1) && tk.is_lower(k + 1) && k + 1 < sent.end);
                    if let Some(k) = pronoun {
                        lo = k;
                    }
                    break;
                }
                None => break,
            }
        }
        // "In Pemba, the provincial capital, a crowd gathered": an aside renaming the
        // place that ends the opening adverbial (lowercase words that no speaker noun
        // heads) is no subject.
        if lo >= sent.start + 2 && tk.punct(lo - 1) == Some(',') && tk.is_word(lo - 2) && tk.is_cap(lo - 2) && tk.is_word(lo) && self.lx.is("determiner", tk.lower(lo)) {
            if let Some(c) = (lo + 1..sent.end.min(lo + 9)).find(|&k| !tk.is_word(k)) {
                let plain = (lo + 1..c).all(|k| tk.is_lower(k) && !self.is_aux(tk, k) && self.lx.speech_verb(tk.lower(k)).is_none() && !tk.lower(k).ends_with("ed"));
                let head = tk.lower(c - 1);
                if c > lo + 1 && tk.punct(c) == Some(',') && plain && !is_speaker_noun(head) && !is_plural(head) {
                    lo = c + 1;
                }
            }
        }
        // "An email from X to Y read:": the writer after "from" is the subject; the
        // recipient after "to" is not.
        let mut to_stop = false;
        if let Some(f) = (lo..sent.end.min(lo + 4)).find(|&k| tk.is_word(k) && tk.lower(k) == "from") {
            if f > lo && self.lx.is("message_noun", tk.lower(f - 1)) && (lo..f - 1).all(|k| tk.is_word(k) && (tk.is_lower(k) || self.lx.is("determiner", tk.lower(k)))) {
                lo = f + 1;
                to_stop = true;
            }
        }
        // The phrase runs to the first verb-like word.
        let mut hi = lo;
        while hi < sent.end && hi < lo + SUBJECT_WINDOW {
            if tk.quoted[hi] {
                break;
            }
            if tk.is_word(hi) {
                let w = tk.lower(hi);
                if tk.is_lower(hi) && (self.lx.is("auxiliary", &w) && !w.ends_with("ly") || lexicon::get().speech_verb(&w).is_some() || w.ends_with("ed") && hi > lo || to_stop && w == "to") {
                    break;
                }
            } else if matches!(tk.punct(hi), Some(';' | ':' | '.')) {
                break;
            }
            hi += 1;
        }
        // "Fine.", "Enough.": a sentence of one word ending in a stop has no verb and
        // no subject (an interjection read as a name would become an actor pronouns
        // take up); "JUFED: "Q"" keeps its label.
        if hi == lo + 1 && matches!(tk.punct(hi), Some('.' | '!')) && (sent.start..sent.end).filter(|&k| tk.is_word(k)).count() == 1 {
            return None;
        }
        let subj = self.noun_phrase(cast, p, lo, hi)?;
        // (A capitalised post read as a name, "The First Vice-President and Minister of
        // Finance, X,", is tried for the name in apposition too: `the_post`.)
        if subj.descriptive() || matches!(subj, Subj::Actor(_) | Subj::Pronoun { .. }) || matches!(subj, Subj::Name(_)) && self.the_post(tk, lo) {
            // "Nigeria's president, Bola Tinubu, …", "Its president, X, …", "The
            // Armenian Prime Minister, X, …": prefer the appositive name.
            if let Some(c) = (lo..hi).find(|&k| tk.punct(k) == Some(',')) {
                let end = (c + 1..hi).find(|&k| tk.punct(k) == Some(',')).unwrap_or(hi);
                let np = self.noun_phrase(cast, p, lo, c);
                let titled = |s: &Subj| match s {
                    Subj::Actor(a) => tk.is_lower(c - 1) || cast.actors[*a].kind != ActorKind::Person && self.title_tail(cast, p, lo, c),
                    Subj::Pronoun { .. } => c > lo + 1,
                    _ => s.descriptive(),
                };
                // ("A senior member of X, the Y party's junior partner, told": an
                // appositive owned by a possessive describes the body, not the person.)
                let possessed = (c + 1..end).any(|k| tk.toks[k].poss);
                if np.as_ref().is_some_and(titled) && !possessed {
                    if let Some(b) = self.noun_phrase(cast, p, c + 1, end).filter(|s| !s.descriptive()) {
                        return Some(b);
                    }
                }
                if self.the_post(tk, lo) {
                    if let Some(b) = self.person_phrase(cast, p, c + 1, end) {
                        return Some(b);
                    }
                }
            }
        }
        Some(subj)
    }
}

/// The byte where a paragraph's entry time ends, its separator included, when the
/// paragraph opens with one at byte `at` (nothing but spaces before it): a clock
/// time ("14:47", "2.15", "16h40"), an optional "am"/"pm" ("2.15pm", "9.05 a.m.")
/// and time zone in capitals ("GMT"), then a colon or a dash, or a space before a
/// capital or a quotation mark ("16:40 “Q,” X said"). Never a number in prose
/// ("14 people died": no separator and minutes), nor a score ("2-1").
fn entry_time(text: &str, at: usize) -> Option<usize> {
    if !text[..at].trim().is_empty() {
        return None;
    }
    let b = text.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = at;
    let h = digits(i);
    if !(1..=2).contains(&h) {
        return None;
    }
    i += h;
    if !matches!(b.get(i), Some(b':' | b'.' | b'h')) || digits(i + 1) != 2 {
        return None;
    }
    i += 3;
    let rest = &text[i..];
    let lower = rest.get(..4).map(str::to_ascii_lowercase).unwrap_or_default();
    for suffix in ["a.m.", "p.m.", " am", " pm", "am", "pm"] {
        if lower.starts_with(suffix) && !rest[suffix.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            i += suffix.len();
            break;
        }
    }
    // A time zone in capitals ("GMT", "CET", "EST").
    let zone = text[i..].trim_start();
    let z = zone.bytes().take_while(u8::is_ascii_uppercase).count();
    if (2..=4).contains(&z) && !zone[z..].starts_with(|c: char| c.is_alphanumeric()) && zone[z..].trim_start().starts_with([':', '\u{2014}', '\u{2013}', '-']) {
        i = text.len() - zone.len() + z;
    }
    let sep = text[i..].trim_start();
    let after = text.len() - sep.len();
    if let Some(c) = sep.chars().next().filter(|c| matches!(c, ':' | '\u{2014}' | '\u{2013}' | '-' | '|')) {
        return Some(after + c.len_utf8());
    }
    (after > i && sep.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\u{ab}'))).then_some(after)
}
