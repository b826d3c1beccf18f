//! Frames: where the reporting verb stands relative to its quote. [`find_frame`]
//! tries the adjacent frames first (`"Q," X said` · `"Q," said X` · `"Q" — X` ·
//! `X said: "Q"`), then the embedded ones (`embedded.rs`), strongest first.

use super::*;

/// Tokens a signature may carry after its parenthesis (a date: `May 4 , 2026`).
const SIGNATURE_TAIL: usize = 6;
/// How many tokens the words after a dash may hold to be its credit (`"Q" — X`):
/// more, and the dash opens an aside of the writer's. A credit that ends its
/// paragraph (a name, its post, where and when) may run to `DASH_TAIL_AT_END`.
const DASH_TAIL: usize = 14;
const DASH_TAIL_AT_END: usize = 30;
/// How many tokens may stand between a dash and the reporting verb of an incise
/// (`— she says`, `— Gustavo Lamberti said`, `— the union's Sosa says`).
const INCISE_SUBJECT: usize = 3;
/// How many tokens a parenthetical aside inside a frame may hold, parentheses included.
pub(super) const PAREN_ASIDE: usize = 16;

/// A reporting frame found around a quote (token indices in the quote's paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// `"Q," X said` (subject between `first` and `verb`) or `"Q," said X`.
    After { first: usize, verb: usize },
    /// `"Q" — X`: the name after the dash.
    Dash { first: usize },
    /// `X said: "Q"` / `X said, "Q"`.
    Before { verb: usize },
    /// `X argued that … "Q"`: the verb earlier in the sentence.
    Embedded { verb: usize, that: bool },
    /// `…, explaining that … "Q"`: the subject is the main clause's.
    Participial { verb: usize },
    /// `according to X, … "Q"` or `quoted X as saying "Q"`: X starts at `at`.
    According { at: usize },
    /// `As X put it, "Q"`: the verb `put`.
    PutIt { verb: usize },
    /// `X's "Q"`: the possessor token.
    Possessive { at: usize },
    /// `X's remarks that … "Q"`: a reporting noun owned by the speaker (the
    /// possessor token at `at`), whatever kind of actor it is.
    Owned { at: usize },
    /// `X set out the position: "Q"`: a colon with no reporting verb.
    Colon { end: usize },
}

impl Frame {
    pub fn is_adjacent(&self) -> bool {
        matches!(self, Frame::After { .. } | Frame::Dash { .. } | Frame::Before { .. })
    }
}

/// Finds the frame of a quote whose opening mark is at byte `open` and whose closing
/// mark ends at `close`, strongest kind first. Never looks further than
/// `FRAME_WINDOW` tokens.
pub(crate) fn find_frame(tk: &Tokens, open: usize, close: usize, content: &str) -> Option<Frame> {
    let first_in = tk.at(open);
    let after = tk.at(close);
    let sent = tk.sentence_toks(first_in.min(tk.toks.len().saturating_sub(1)));
    let sent_end = tk.sentence_toks(after.saturating_sub(1).max(first_in)).end.max(sent.end);
    let frame = after_frame(tk, after, sent_end, content);
    if let Some(Frame::According { at }) = frame {
        // `X told Y that "Q," according to the state news agency Z`: the outlet
        // reports; the subject of the reporting verb is the speaker.
        let lx = lexicon::get();
        let outlet = (at..(at + 6).min(tk.toks.len())).take_while(|&k| tk.punct(k).is_none() || tk.toks[k].poss).any(|k| tk.is_word(k) && lx.is("media", tk.lower(k)));
        if outlet {
            if let Some(e @ Frame::Embedded { .. }) = embedded_frame(tk, first_in, sent.start) {
                return Some(e);
            }
        }
    }
    frame.or_else(|| before_frame(tk, first_in, sent.start, content)).or_else(|| embedded_frame(tk, first_in, sent.start))
}

pub(super) fn after_frame(tk: &Tokens, after: usize, sent_end: usize, content: &str) -> Option<Frame> {
    let lx = lexicon::get();
    let mut i = after;
    let content_end = content.trim_end().chars().last();
    // A quote closing its sentence (`."`) is followed by a new sentence, not a frame,
    // unless the next word is lowercase (`"…." he said` in some house styles).
    let full_stop = matches!(content_end, Some('.' | '\u{2026}'));
    let mut comma = matches!(content_end, Some(',' | '!' | '?')) || full_stop;
    // `«Q» («translation»), the president told …`: a bracketed translation right
    // after the quote (nothing but quoted words inside) is stepped over to the frame.
    if tk.punct(i) == Some('(') {
        let close = (i + 1..tk.toks.len().min(i + 80)).find(|&j| tk.punct(j) == Some(')'));
        if let Some(r) = close.filter(|&r| (i + 1..r).any(|j| tk.quoted[j]) && (i + 1..r).all(|j| tk.quoted[j] || !tk.is_word(j))) {
            i = r + 1;
        }
    }
    match tk.punct(i) {
        Some(',') => {
            comma = true;
            i += 1;
        }
        Some('\u{2014}' | '\u{2013}' | '\u{2015}') => {
            // `—Q —she says—. R` (dialogue typography, see `extract::dialogue`) or
            // `"Q" — she said — "R"`: a dash opening a short subject (a pronoun or a
            // capitalised name) and its reporting verb is the comma of `"Q," she said`.
            let subject = tk.is_word(i + 1) && (tk.is_cap(i + 1) || lx.is("pronoun_person", tk.lower(i + 1)) || lx.is("pronoun_plural", tk.lower(i + 1)));
            if subject {
                if let Some(Frame::After { first, verb }) = after_frame(tk, i + 1, sent_end, ",") {
                    if verb <= first + INCISE_SUBJECT {
                        return Some(Frame::After { first, verb });
                    }
                }
            }
            // `"Q" — X` closing the sentence (a credit line closing the paragraph may
            // run on: `— X, party secretary-general, at a rally in Kitwe on 14 May`); or, as an embedded post signs itself,
            // `Q — X (@handle) May 4, 2026`: a parenthesis and a short tail after it.
            let n = tk.toks.len();
            let end = (i + 1..n).find(|&k| tk.punct(k).is_some_and(|c| matches!(c, '.' | ';' | '(' | '!' | '?'))).unwrap_or(n);
            let signed = tk.punct(end) == Some('(')
                && (end + 1..n.min(end + 12)).find(|&k| tk.punct(k) == Some(')')).is_some_and(|r| sent_end.min(n) <= r + 1 + SIGNATURE_TAIL);
            if end > i + 1 && (end - i <= DASH_TAIL || end == n && end - i <= DASH_TAIL_AT_END) && tk.is_word(i + 1) && tk.is_cap(i + 1) && (end + 1 >= sent_end.min(n) || signed) {
                return Some(Frame::Dash { first: i + 1 });
            }
            return None;
        }
        Some(_) => return None,
        None => {}
    }
    if !tk.is_word(i) {
        return None;
    }
    let first = i;
    let w = tk.lower(first);
    // `"Q," as the governor, X, insists.`: a trailing clause of manner (`as_clause.rs`).
    if comma && w == "as" && tk.is_lower(first) {
        return super::as_clause::trailing_as(tk, first, sent_end);
    }
    if comma {
        // `"Q," according to X.`, `"Q," in the words of X.`
        if let Some(at) = tk.source_marker(i) {
            return Some(Frame::According { at });
        }
    }
    // `"Q," a message U.S. diplomats have repeated`: the phrase renames the quote.
    if lx.is("determiner", &w) && tk.is_word(i + 1) && lx.is("quote_noun", tk.lower(i + 1)) {
        return None;
    }
    let lower_next = tk.is_lower(first);
    if full_stop && !lower_next {
        return None;
    }
    // After `?`/`!` the sentence splitter may have closed the sentence: allow a few words.
    let limit = if matches!(content_end, Some('!' | '?')) && !lower_next { 4 } else { 20 };
    let sent_end = if limit == 4 { tk.toks.len() } else { sent_end };
    if !(comma || lx.is("pronoun_person", &w) || lx.is("pronoun_plural", &w) || tk.is_speech_verb(i, i)) {
        // Without a comma only `"Q" he said` / `"Q" said X`.
        return None;
    }
    // `"Q," which …`, `"Q" stalled …`: the sentence goes on, no frame here. After the
    // quote only a subject (determiner, pronoun, speaker noun) or the verb may follow.
    // "de Vries said", "al-Kuwari told reporters".
    // "von der Leyen said", "de los Santos added": a compound particle (a name
    // particle, then `[chained_particle]` of data/grammar_words.txt) before a capital.
    let compound = || lx.is("name_particle", &w) && tk.is_word(i + 1) && tk.is_lower(i + 1) && lx.is("chained_particle", tk.lower(i + 1)) && tk.is_word(i + 2) && tk.is_cap(i + 2);
    let particle_name = tk.is_word(i + 1) && tk.is_cap(i + 1) && w.len() <= 4 || crate::extract::cast::particle_surname(tk.word(i)) || compound();
    // `"Q," foreign ministry spokesperson Lin Haoran said`: lowercase title words, then a name.
    let titled_name = (i..(i + 4).min(tk.toks.len())).take_while(|&k| tk.is_word(k) && tk.is_lower(k)).any(|k| is_speaker_noun(tk.lower(k)) && tk.is_word(k + 1) && tk.is_cap(k + 1));
    let subject_start = particle_name || titled_name || lx.is("determiner", &w) || pronoun_class(&w).is_some() || is_speaker_noun(&w) || is_plural(&w) || w.ends_with("ly") || tk.is_speech_verb(i, i) || comma && tk.is_continuing(i);
    if lower_next && (!subject_start || lx.is("relative", &w) || lx.is("preposition", &w) || lx.is("subordinator", &w) && !tk.is_speech_verb(i, i)) {
        return None;
    }
    let mut words = 0;
    let mut k = i;
    let mut aside = None;
    while k < tk.toks.len().min(sent_end.max(i + 1)) && words < limit {
        if let Some(c) = tk.punct(k) {
            // `"Q," Aisha Rahman (who led the study) told reporters`: a parenthetical
            // aside after the subject is stepped over, as a comma-bounded one is.
            if c == '(' && k > first {
                if let Some(r) = (k + 1..tk.toks.len().min(k + PAREN_ASIDE)).find(|&r| tk.punct(r) == Some(')')) {
                    aside.get_or_insert(k);
                    k = r + 1;
                    continue;
                }
            }
            if matches!(c, '.' | ';' | ':' | '!' | '?' | '(') {
                return None;
            }
            k += 1;
            continue;
        }
        if tk.quoted[k] {
            return None;
        }
        // `"Q," Adebayo continued`, `"Q," the governor went on`: speech going on.
        if comma && tk.is_continuing(k) && !(first..k).any(|j| tk.is_word(j) && tk.is_lower(j) && lx.is("relative", tk.lower(j))) {
            return Some(Frame::After { first, verb: k });
        }
        if tk.is_speech_verb(k, first) || document_reads(tk, first, k) {
            // `"Q," a senior official who asked not to be named said`: a speech verb
            // inside a "who" clause on a person noun or a name is the clause's own
            // when a finite reporting verb follows in the sentence; the scan goes on
            // to it (`who_clause_verb`).
            if k > first && who_clause_verb(tk, first, k, sent_end) {
                words += 1;
                k += 1;
                continue;
            }
            // `"Q," saying …` is a participle hanging on the previous clause;
            // `"Q," said that …` is no inverted frame.
            if tk.is_participle(k) {
                return None;
            }
            if k == first && tk.is_word(k + 1) && tk.lower(k + 1) == "that" {
                return None;
            }
            // `"a blank cheque" written on workers' backs`: a participle modifying the
            // quote, no inverted frame (its subject would follow the verb, not a
            // preposition).
            if k == first && !comma && tk.is_word(k + 1) && tk.is_lower(k + 1) && lx.is("preposition", tk.lower(k + 1)) {
                return None;
            }
            // The words before the verb must read as a subject, not a clause.
            // (`"Q," X, the prosecutor who leads the case, told`: a relative clause
            // inside a comma aside after the subject, closed right before the verb,
            // is the aside's own.)
            let comma_aside = (first..k).find(|&j| tk.punct(j) == Some(',')).filter(|&c| c > first && k > c + 1 && tk.punct(k - 1) == Some(','));
            // (`"Q," a diplomat who attended the talks said`: a "who" clause on the
            // subject's person noun is the subject's own, as an aside is.)
            let who = person_who(tk, first, k);
            if (first..who.or(comma_aside).or(aside).unwrap_or(k)).any(|j| tk.is_word(j) && tk.is_lower(j) && lx.is("relative", &tk.lower(j))) {
                return None;
            }
            return Some(Frame::After { first, verb: k });
        }
        words += 1;
        k += 1;
    }
    None
}

/// The "who" opening a relative clause on the subject of a trailing frame
/// (`"Q," a senior official who asked not to be named said`), between `first` and
/// the verb `k`: right after a noun or a capitalised name ("who" says a person),
/// with no relative word before it (never `"Q," a line that officials who …`).
pub(super) fn person_who(tk: &Tokens, first: usize, k: usize) -> Option<usize> {
    let lx = lexicon::get();
    let rel = (first..k).find(|&j| tk.is_word(j) && tk.is_lower(j) && lx.is("relative", tk.lower(j)))?;
    // (`"Q," a senior official, who asked not to be named, said`: over the comma.)
    let before = if rel > first + 1 && tk.punct(rel - 1) == Some(',') { rel - 2 } else { rel - 1 };
    let head = Some(before).filter(|&h| rel > first && h >= first && tk.is_word(h))?;
    // ("who" says a person: any noun heads it, "an auditor who", not a verb form.)
    let person = is_speaker_noun(tk.lower(head)) || is_plural(tk.lower(head)) || tk.is_cap(head) || lx.speech_verb(tk.lower(head)).is_none() && !lx.is("auxiliary", tk.lower(head)) && !lx.is("preposition", tk.lower(head));
    (tk.lower(rel) == "who" && rel > first && person).then_some(rel)
}

/// Whether the speech verb at `k` stands inside a "who" clause on the subject of a
/// trailing frame (`person_who`) and a finite reporting verb follows it in the
/// sentence (`… who asked not to be named said`): then `k` is the clause's verb.
fn who_clause_verb(tk: &Tokens, first: usize, k: usize, sent_end: usize) -> bool {
    if person_who(tk, first, k).is_none() {
        return false;
    }
    let end = tk.toks.len().min(sent_end).min(k + 20);
    (k + 1..end)
        .take_while(|&j| !tk.quoted[j] && !tk.punct(j).is_some_and(|c| matches!(c, '.' | ';' | ':' | '!' | '?')))
        .any(|j| tk.is_word(j) && tk.is_speech_verb(j, first) && !tk.is_participle(j) && tk.lower(j) != "to" && !(j > 0 && tk.is_word(j - 1) && tk.lower(j - 1) == "to"))
}

pub(super) fn before_frame(tk: &Tokens, first_in: usize, sent_start: usize, content: &str) -> Option<Frame> {
    if first_in == 0 || first_in <= sent_start {
        return None;
    }
    let p = first_in - 1;
    if tk.is_word(p) && bare_utterance(content) && tk.is_speech_verb(p, sent_start) && !tk.is_participle(p) {
        // `X said "We want peace" while Y said …`: no comma or colon, but the verb
        // runs straight into a quote that opens like a sentence (a capital, several
        // words, not a Title Case label such as "Operation Dawn").
        return Some(Frame::Before { verb: p });
    }
    let punct = tk.punct(p)?;
    if !matches!(punct, ':' | ',') {
        return None;
    }
    // The clause before the mark: back to the sentence start or a hard boundary.
    let lo = sent_start.max(p.saturating_sub(FRAME_WINDOW));
    let mut k = p;
    while k > lo {
        k -= 1;
        if tk.quoted[k] || matches!(tk.punct(k), Some(';' | ':')) {
            break;
        }
        if tk.is_word(k) {
            let w = tk.lower(k);
            if let Some(at) = tk.source_marker(k) {
                return Some(Frame::According { at });
            }
            if matches!(w, "put" | "puts") && tk.is_word(k + 1) && tk.lower(k + 1) == "it" {
                return Some(Frame::PutIt { verb: k });
            }
            // `Adebayo continued: "Q"`, `The statement went on: «Q»`: the verb (and
            // its "on") right before the colon.
            if punct == ':' && p - k <= 2 && tk.is_continuing(k) {
                return Some(Frame::Before { verb: k });
            }
            if tk.is_speech_verb(k, sent_start) {
                if let Some(f) = super::embedded::quoted_as(tk, k, sent_start, false) {
                    return Some(f);
                }
                if tk.is_participle(k) && tk.comma_before(k) {
                    return Some(Frame::Participial { verb: k });
                }
                // `X said, "Q"` only when the verb ends the clause: "X said the plan, "Q"" is not.
                if punct == ',' && p - k > 4 {
                    return None;
                }
                return Some(Frame::Before { verb: k });
            }
        }
    }
    if punct == ':' {
        return Some(Frame::Colon { end: p });
    }
    None
}

/// Whether quoted words read as an utterance of their own: a capital first, at
/// least two words, at least one of them lowercase (not a Title Case name).
fn bare_utterance(content: &str) -> bool {
    let mut words = content.split_whitespace();
    let first_cap = content.trim_start().chars().next().is_some_and(char::is_uppercase);
    first_cap && words.clone().count() >= 2 && words.any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// `"Q," the statement read.` / `"Q," it reads.`: "read" is no reporting verb
/// (`data/speech_verbs.txt` leaves it out: "read the report", "a good read"), but
/// after a document's subject — "it", or a determiner and at most one modifier
/// before a `[document]` noun — and closing its clause it reads the document out:
/// the frame whose subject (the document, resolved to its issuer) speaks.
fn document_reads(tk: &Tokens, first: usize, k: usize) -> bool {
    let lx = lexicon::get();
    if !tk.is_word(k) || !matches!(tk.lower(k), "read" | "reads") {
        return false;
    }
    let closes = k + 1 >= tk.toks.len() || matches!(tk.punct(k + 1), Some('.' | ';' | '!' | ','));
    let words: Vec<&str> = (first..k).filter(|&j| tk.is_word(j)).map(|j| tk.lower(j)).collect();
    let subject = match words.as_slice() {
        ["it"] => true,
        [det, noun] | [det, _, noun] => lx.is("determiner", det) && lx.is("document", noun),
        _ => false,
    };
    closes && subject && (first..k).all(|j| tk.is_word(j))
}
