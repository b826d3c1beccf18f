//! The speaker sieve: who said each quote.
//!
//! Why a sieve (after Lee et al.'s coreference sieves and Muzny et al.'s quote
//! attribution): attribution evidence comes in grades of reliability. An adjacent
//! reporting frame (`"…," X said`) is almost never wrong; an embedded frame
//! (`X argued that … "…"`) is usually right; a pronoun must be resolved and may
//! be resolved wrongly; carrying the previous speaker over to an unframed paragraph
//! is a guess the text merely supports. Running the grades as separate passes, each
//! filling only what the earlier ones left, keeps a weak rule from overriding a
//! strong one, and each quote records the pass that decided it
//! ([`Attribution::sieve`]) so an editor sees how much to trust it.
//!
//! The passes, in order:
//!
//! 1. `adjacent_frame`: `"Q," X said` · `"Q," said X` · `X said, "Q"` · `X said: "Q"`
//!    · `"Q" — X`.
//! 2. `embedded_frame`: `X argued that … "Q"` (every quote of the clause) ·
//!    `As X put it, "Q"` · `according to X` · participial frames (`…, explaining that
//!    … "Q"`, whose subject is the main clause's) · `X's "Q"`.
//! 3. `pronoun` / `description`: the frames above whose subject is "he", "they",
//!    "his speech", "the president" or "a senior diplomat": resolved to the nearest
//!    compatible actor (the subject of the closest earlier sentence first).
//! 4. `carry_over`: a paragraph that opens with a quote and has no frame of its own
//!    continues the speaker introduced just before (`… set out the position:`) or
//!    the last speaker of the previous paragraph, or the person whose words that
//!    paragraph ends by reporting (`X, an analyst at Y, said the test would come later.`).
//! 5. `collective`: crowds, protesters, editorials, "Iranians who chant": a group or
//!    outlet with no actor of its own gets one, named by its noun phrase (under the
//!    state the phrase names), so that every speaker is an actor id; a phrase whose
//!    complement names a known outlet, body or group ("editorials in the weekly
//!    magazine") is that actor speaking.
//!
//! The speaker is the *subject* of the reporting verb, found by scanning a bounded
//! window left of the verb that stops at clause boundaries (never the object:
//! "X told Y" → X); appositives (`X, a doctor, said`) and parenthetical dashes are
//! stepped over. No part-of-speech tagger: closed word classes from
//! `data/grammar_words.txt` bound the noun phrases, and `data/speaker_nouns.txt`
//! tells which common nouns head a person, a group, an organisation or an outlet.
//!
//! Cost: each paragraph is tokenised once (the word layer of [`Para`](super::Para)),
//! and the quote flags and frames are computed once for `kind` and the sieve
//! ([`read`]); every quote looks at a bounded window of
//! tokens around it (at most a few sentences back for pronouns), so the whole sieve
//! is linear in the article.

use super::cast::{ActorDraft, Cast, Mention};
use super::gender::{self, Gender};
use super::lexicon::{self, Lexicon};
use super::marks::QuoteSpan;
use super::sentences::Tok;
use super::Context;
use crate::model::{ActorKind, QuoteKind};
use std::ops::Range;

/// A speaker decision: the actor index in the cast, and which sieve decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub actor: usize,
    pub sieve: &'static str,
}

/// How far (in tokens) a frame may lie from its quote, and a subject from its verb.
const FRAME_WINDOW: usize = 40;
const SUBJECT_WINDOW: usize = 14;
/// How many sentences back a pronoun looks for its antecedent.
const PRONOUN_SENTENCES: usize = 8;

// ---------------------------------------------------------------------------
// Tokenised paragraphs
// ---------------------------------------------------------------------------

/// A paragraph's tokens (the word layer of [`Para`](super::Para)), each flagged
/// when it lies inside a quotation (marks included): frames and subjects are looked
/// for outside quotes only.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    lowered: &'a super::Lowered,
    pub quoted: Vec<bool>,
    pub sentences: &'a [Range<usize>],
}

impl<'a> Tokens<'a> {
    pub fn new(para: &'a super::Para<'a>, quotes: &[Range<usize>]) -> Self {
        let toks = &para.words[..];
        // Quotes are sorted and disjoint: one merge pass.
        let mut quoted = Vec::with_capacity(toks.len());
        let mut q = 0;
        for t in toks {
            while q < quotes.len() && quotes[q].end <= t.start {
                q += 1;
            }
            quoted.push(q < quotes.len() && quotes[q].start <= t.start && t.start < quotes[q].end);
        }
        Tokens { text: para.text, toks, lowered: &para.words_lower, quoted, sentences: &para.sentences }
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].is_word() && !self.quoted[i]
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).and_then(|t| t.punct).filter(|_| !self.quoted[i])
    }

    /// The lowercase form of token `i` (computed once per paragraph).
    pub fn lower(&self, i: usize) -> &'a str {
        self.lowered.get(i)
    }

    fn is_lower(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(|c| c.is_lowercase())
    }

    fn is_cap(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Token range of the sentence containing token `i`.
    pub fn sentence_toks(&self, i: usize) -> Range<usize> {
        let at = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        let k = self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().saturating_sub(1));
        match self.sentences.get(k) {
            Some(s) => self.at(s.start)..self.at(s.end),
            None => 0..self.toks.len(),
        }
    }

    fn sentence_index(&self, i: usize) -> usize {
        let at = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().saturating_sub(1))
    }

    /// Whether token `i` is a reporting verb used as a verb: a listed form, in
    /// lowercase (or opening the sentence), not preceded by a determiner or a
    /// possessive ("the claims", "Iran's claims", "member states" are nouns).
    pub fn is_speech_verb(&self, i: usize, sentence_start: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        if lexicon::get().speech_verb(w).is_none() || (!self.is_lower(i) && i != sentence_start) {
            return false;
        }
        if i > sentence_start && self.is_word(i - 1) {
            let prev = self.lower(i - 1);
            let lx = lexicon::get();
            if self.toks[i - 1].poss || lx.is("determiner", &prev) && prev != "that" || lx.is("preposition", &prev) && !w.ends_with("ing") {
                return false;
            }
            // "in post-election protests": after a hyphenated modifier an -s form is a
            // plural noun.
            let hyphenated = prev.contains('-') || i >= 2 + sentence_start && self.punct(i - 2) == Some('-');
            if hyphenated && w.ends_with('s') && self.is_lower(i - 1) {
                return false;
            }
            // "in a preliminary report that": a base form two words after "a"/"an" is
            // a noun (a singular subject would take the -s form).
            let base = lx.speech_verb(w).is_some_and(|l| l.eq_ignore_ascii_case(w));
            if base && i >= sentence_start + 2 && self.is_word(i - 2) && matches!(self.lower(i - 2), "a" | "an") {
                return false;
            }
        }
        true
    }

    /// A comma right before token `k`, possibly inside a closing quotation mark
    /// (`diplomacy,” declaring that`).
    fn comma_before(&self, k: usize) -> bool {
        let before = self.text[..self.toks[k].start].trim_end();
        before.trim_end_matches(['\u{201D}', '\u{2019}', '"', '\'', '\u{BB}', '\u{300D}']).ends_with(',')
    }

    fn is_participle(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 4 && w.ends_with("ing") && self.is_lower(i)
    }
}

/// Quote ranges per paragraph (marks included), from the spans: the earlier pieces
/// of a multi-paragraph quote cover their paragraph from the opening mark.
pub(crate) fn quote_ranges(ctx: &Context, spans: &[QuoteSpan]) -> Vec<Vec<Range<usize>>> {
    let mut out = vec![Vec::new(); ctx.paras.len()];
    for s in spans {
        for (p, r) in &s.preceding {
            if let Some(v) = out.get_mut(*p) {
                let text = ctx.paras[*p].text;
                let open = text.get(..r.start).and_then(|t| t.char_indices().last()).map_or(0, |(k, _)| k);
                v.push(open..r.end);
            }
        }
        if let Some(v) = out.get_mut(s.para) {
            v.push(s.open..s.close);
        }
    }
    for v in &mut out {
        crate::sort::sort_by_key(v, |r| r.start);
    }
    out
}

pub(crate) fn tokenize_all<'a>(ctx: &'a Context<'a>, spans: &[QuoteSpan]) -> Vec<Tokens<'a>> {
    let q = quote_ranges(ctx, spans);
    ctx.paras.iter().zip(q.iter()).map(|(p, q)| Tokens::new(p, q)).collect()
}

/// What `kind` and the sieve both read, computed once per article: every
/// paragraph's tokens flagged inside/outside quotes, and each span's reporting frame.
pub struct Reading<'a> {
    pub(crate) tks: Vec<Tokens<'a>>,
    pub(crate) frames: Vec<Option<Frame>>,
}

pub fn read<'a>(ctx: &'a Context<'a>, spans: &[QuoteSpan]) -> Reading<'a> {
    let tks = tokenize_all(ctx, spans);
    let frames = spans
        .iter()
        .map(|s| {
            let tk = &tks[s.para];
            find_frame(tk, s.open, s.close, &tk.text[s.content.clone()])
        })
        .collect();
    Reading { tks, frames }
}

// ---------------------------------------------------------------------------
// Frames: where the reporting verb is, relative to the quote
// ---------------------------------------------------------------------------

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
    frame.or_else(|| before_frame(tk, first_in, sent.start)).or_else(|| embedded_frame(tk, first_in, sent.start))
}

fn after_frame(tk: &Tokens, after: usize, sent_end: usize, content: &str) -> Option<Frame> {
    let lx = lexicon::get();
    let mut i = after;
    let content_end = content.trim_end().chars().last();
    // A quote closing its sentence (`."`) is followed by a new sentence, not a frame,
    // unless the next word is lowercase (`"…." he said` in some house styles).
    let full_stop = matches!(content_end, Some('.' | '\u{2026}'));
    let mut comma = matches!(content_end, Some(',' | '!' | '?')) || full_stop;
    match tk.punct(i) {
        Some(',') => {
            comma = true;
            i += 1;
        }
        Some('\u{2014}' | '\u{2013}') => {
            // `"Q" — X` closing the sentence.
            let end = (i + 1..tk.toks.len()).find(|&k| tk.punct(k).is_some_and(|c| matches!(c, '.' | ';' | '(' | '!' | '?'))).unwrap_or(tk.toks.len());
            if end > i + 1 && end - i <= 14 && tk.is_word(i + 1) && tk.is_cap(i + 1) && end + 1 >= sent_end.min(tk.toks.len()) {
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
    if comma && w == "according" && tk.is_word(i + 1) && tk.lower(i + 1) == "to" {
        // `"Q," according to X.`
        return Some(Frame::According { at: i + 2 });
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
    let particle_name = tk.is_word(i + 1) && tk.is_cap(i + 1) && w.len() <= 4 || crate::extract::cast::particle_surname(tk.word(i));
    // `"Q," foreign ministry spokesperson Lin Haoran said`: lowercase title words, then a name.
    let titled_name = (i..(i + 4).min(tk.toks.len())).take_while(|&k| tk.is_word(k) && tk.is_lower(k)).any(|k| is_speaker_noun(tk.lower(k)) && tk.is_word(k + 1) && tk.is_cap(k + 1));
    let subject_start = particle_name || titled_name || lx.is("determiner", &w) || pronoun_class(&w).is_some() || is_speaker_noun(&w) || is_plural(&w) || w.ends_with("ly") || tk.is_speech_verb(i, i);
    if lower_next && (!subject_start || lx.is("relative", &w) || lx.is("preposition", &w) || lx.is("subordinator", &w) && !tk.is_speech_verb(i, i)) {
        return None;
    }
    let mut words = 0;
    let mut k = i;
    while k < tk.toks.len().min(sent_end.max(i + 1)) && words < limit {
        if let Some(c) = tk.punct(k) {
            if matches!(c, '.' | ';' | ':' | '!' | '?' | '(') {
                return None;
            }
            k += 1;
            continue;
        }
        if tk.quoted[k] {
            return None;
        }
        if tk.is_speech_verb(k, first) {
            // `"Q," saying …` is a participle hanging on the previous clause;
            // `"Q," said that …` is no inverted frame.
            if tk.is_participle(k) {
                return None;
            }
            if k == first && tk.is_word(k + 1) && tk.lower(k + 1) == "that" {
                return None;
            }
            // The words before the verb must read as a subject, not a clause.
            if (first..k).any(|j| tk.is_word(j) && tk.is_lower(j) && lx.is("relative", &tk.lower(j))) {
                return None;
            }
            return Some(Frame::After { first, verb: k });
        }
        words += 1;
        k += 1;
    }
    None
}

fn before_frame(tk: &Tokens, first_in: usize, sent_start: usize) -> Option<Frame> {
    if first_in == 0 || first_in <= sent_start {
        return None;
    }
    let p = first_in - 1;
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
            if w == "according" && tk.is_word(k + 1) && tk.lower(k + 1) == "to" {
                return Some(Frame::According { at: k + 2 });
            }
            if w == "put" && tk.is_word(k + 1) && tk.lower(k + 1) == "it" {
                return Some(Frame::PutIt { verb: k });
            }
            if tk.is_speech_verb(k, sent_start) {
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

fn embedded_frame(tk: &Tokens, first_in: usize, sent_start: usize) -> Option<Frame> {
    if first_in == 0 || first_in <= sent_start {
        return None;
    }
    // `Khamenei's "heroic flexibility"`, `his "red lines"`.
    let p = first_in - 1;
    if tk.is_word(p) && (tk.toks[p].poss || matches!(tk.lower(p), "his" | "her" | "their")) {
        return Some(Frame::Possessive { at: p });
    }
    let lo = sent_start.max(first_in.saturating_sub(FRAME_WINDOW));
    let mut that = false;
    let mut gerund = None;
    let mut k = first_in;
    while k > lo {
        k -= 1;
        if !tk.is_word(k) {
            continue;
        }
        let w = tk.lower(k);
        if w == "that" || w == "whether" || w == "how" {
            that = true;
        }
        if w == "according" && tk.is_word(k + 1) && tk.lower(k + 1) == "to" {
            return Some(Frame::According { at: k + 2 });
        }
        if w == "put" && tk.is_word(k + 1) && tk.lower(k + 1) == "it" {
            return Some(Frame::PutIt { verb: k });
        }
        if tk.is_speech_verb(k, sent_start) {
            // "the agency quoted X as saying …": X is the speaker.
            if k >= 2 && tk.is_word(k - 1) && tk.lower(k - 1) == "as" {
                let quoted = (k.saturating_sub(10).max(sent_start)..k - 1).rev().find(|&q| tk.is_word(q) && matches!(lexicon::get().speech_verb(tk.word(q)), Some("quote" | "cite")));
                if let Some(q) = quoted {
                    return Some(Frame::According { at: q + 1 });
                }
            }
            if tk.is_participle(k) && k > sent_start && tk.comma_before(k) {
                return Some(Frame::Participial { verb: k });
            }
            // "He accused the minister of writing the budget "Q"": a gerund after a
            // preposition is the object's doing; the reporting verb before it frames
            // the quote (kept only when there is none).
            if tk.is_participle(k) && k > sent_start && tk.is_word(k - 1) && lexicon::get().is("preposition", tk.lower(k - 1)) {
                gerund = gerund.or(Some(Frame::Embedded { verb: k, that }));
                continue;
            }
            return Some(Frame::Embedded { verb: k, that });
        }
    }
    gerund
}

// ---------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PronounClass {
    Person,
    Plural,
    Thing,
}

/// What a frame's subject turned out to be, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Subj {
    /// A cast actor, through a mention or a lookup.
    Actor(usize),
    /// A capitalised name the cast does not know (byte range in the paragraph).
    Name(Range<usize>),
    /// "he", "they", "his speech".
    Pronoun { at: usize, class: PronounClass },
    /// A common-noun phrase: "a senior French diplomat", "protesters".
    Described { range: Range<usize>, plural: bool, head: String },
}

impl Subj {
    fn descriptive(&self) -> bool {
        matches!(self, Subj::Described { .. })
    }
}

struct Finder<'c, 'a> {
    ctx: &'c Context<'a>,
    tks: &'c [Tokens<'a>],
    lx: &'static Lexicon,
    /// Per actor of the cast as detected; actors made during the sieve are judged
    /// by their name alone.
    genders: Vec<Option<Gender>>,
    /// Persons named during the sieve with a courtesy title before the name ("Ms
    /// Ortiz said"): actor → gender.
    titled: std::cell::RefCell<Vec<(usize, Gender)>>,
}

impl<'c, 'a> Finder<'c, 'a> {
    fn gender(&self, cast: &Cast, a: usize) -> Option<Gender> {
        match self.genders.get(a) {
            Some(g) => *g,
            None => self.titled.borrow().iter().find(|x| x.0 == a).map(|x| x.1).or_else(|| gender::of_name(&cast.actors[a].name)),
        }
    }

    /// Whether actor `a` may be what a pronoun of `class` (and gender `g`, for
    /// "he"/"she") stands for: never a person the text marks as of the other gender.
    fn fits(&self, cast: &Cast, class: PronounClass, g: Option<Gender>, a: usize) -> bool {
        compatible(class, cast.actors[a].kind) && !matches!((g, self.gender(cast, a)), (Some(x), Some(y)) if x != y)
    }

    /// The subject left of verb token `v` in paragraph `p`.
    fn subject_left(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        let mut j = v;
        // Step over auxiliaries and adverbs: "has consistently framed".
        while j > sent.start && tk.is_word(j - 1) && self.is_aux(tk, j - 1) {
            j -= 1;
        }
        // "he paused, then said": a verb coordinated by "then" shares the subject of
        // the sentence's first clause.
        if j > sent.start && tk.punct(j - 1) == Some(',') && (j..v).any(|k| tk.lower(k) == "then") {
            return self.sentence_subject(cast, p, sent.start..j - 1);
        }
        let mut apposition = None;
        if j > sent.start {
            if let Some(c @ (',' | '\u{2014}' | '\u{2013}')) = tk.punct(j - 1) {
                // `X, a doctor, said` / `his speech—delivered …—noted`: step over the aside.
                let lo = sent.start.max((j - 1).saturating_sub(30));
                let same = |x: char| x == c || (c != ',' && matches!(x, '\u{2014}' | '\u{2013}'));
                match (lo..j - 1).rev().find(|&k| tk.punct(k).is_some_and(same)) {
                    Some(k) => {
                        apposition = Some(k + 1..j - 1);
                        j = k;
                    }
                    None => return None,
                }
            }
        }
        // The segment: back to a boundary.
        let mut start = j;
        let mut words = 0;
        let mut antecedent = false;
        while start > sent.start && words < SUBJECT_WINDOW {
            let k = start - 1;
            if tk.quoted[k] {
                break;
            }
            if let Some(c) = tk.punct(k) {
                // "The International Labour Organization (ILO), which …, urged": an
                // acronym in parentheses belongs to the name before it.
                if c == ')' && k >= 2 && tk.punct(k - 2) == Some('(') && tk.is_word(k - 1) && tk.word(k - 1).chars().all(|c| !c.is_lowercase()) {
                    start = k - 2;
                    continue;
                }
                if matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}') {
                    break;
                }
                start = k;
                continue;
            }
            let w = tk.lower(k);
            if self.lx.is("relative", &w) && tk.is_lower(k) {
                // "Students who marched through Dorn chanted": the relative clause is
                // complete (it starts with its verb), the subject is its antecedent.
                let complete = start < j && tk.is_word(start) && tk.is_lower(start) && !self.lx.is("determiner", &tk.lower(start)) && pronoun_class(&tk.lower(start)).is_none();
                if (start == j || complete) && !antecedent {
                    // "Iranians who chant": the antecedent, the phrase right before.
                    j = k;
                    start = k;
                    antecedent = true;
                    continue;
                }
                break;
            }
            if antecedent && tk.is_lower(k) && (self.lx.is("preposition", &w) || tk.is_participle(k) || self.lx.speech_verb(&w).is_some()) {
                break;
            }
            start = k;
            words += 1;
        }
        // "Anneke Brouwer, a Dutch MEP who sits in the EPP Group, the party's group in
        // Parliament, argued": the segment is itself an aside after a name; the subject
        // is the name before it.
        if start > sent.start && tk.punct(start - 1) == Some(',') && tk.is_word(start) && matches!(tk.lower(start), "a" | "an") {
            let e = start - 1;
            let mut b = e;
            while b > sent.start && e - b < 8 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                b -= 1;
            }
            let opener = tk.is_word(b) && tk.is_cap(b) && !self.lx.is("preposition", tk.lower(b)) && !self.lx.is("subordinator", tk.lower(b));
            if b < e && opener {
                if let Some(s @ (Subj::Actor(_) | Subj::Name(_))) = self.noun_phrase(cast, p, b, e) {
                    return Some(s);
                }
            }
        }
        let subj = self.noun_phrase(cast, p, start, j);
        if let (Some(s), Some(app)) = (&subj, apposition.clone()) {
            let pron_phrase = matches!(s, Subj::Pronoun { .. }) && j - start > 1;
            let titled = matches!(s, Subj::Actor(a) if j > start && (tk.is_word(j - 1) && tk.is_lower(j - 1) || cast.actors[*a].kind != ActorKind::Person && self.title_tail(cast, p, start, j)));
            if s.descriptive() || pron_phrase || titled {
                if let Some(better) = self.noun_phrase(cast, p, app.start, app.end).filter(|s| !s.descriptive()) {
                    return Some(better);
                }
            }
        }
        subj
    }

    /// The subject right of verb token `v`: `said X in a speech`.
    fn subject_right(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        let start = v + 1;
        let mut end = start;
        while end < sent.end.min(start + SUBJECT_WINDOW) {
            if tk.quoted[end] || tk.punct(end).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}')) {
                break;
            }
            end += 1;
        }
        let np = self.noun_phrase(cast, p, start, end);
        // `said Valladares's campaign manager, Fernando Lagos`: a title after its
        // possessor, then the name in apposition: the name speaks.
        if end < sent.end && tk.punct(end) == Some(',') && !matches!(np, Some(Subj::Name(_)) | None) && self.title_tail(cast, p, start, end) {
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

    /// The first noun phrase of tokens `lo..hi` as a subject.
    fn noun_phrase(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let lx = self.lx;
        let mut lo = lo;
        let mut hi = hi;
        // "whether …", "Then she turned serious": a leading subordinator or adverb
        // (capitalised at a sentence start) is no part of the subject.
        while lo < hi && (!tk.is_word(lo) || (tk.is_lower(lo) || lo + 1 < hi && lx.is_stop_capital(tk.word(lo))) && lx.is("subordinator", &tk.lower(lo))) {
            lo += 1;
        }
        while hi > lo && (!tk.is_word(hi - 1) || self.is_aux(tk, hi - 1)) {
            hi -= 1;
        }
        if lo >= hi {
            return None;
        }
        let first = tk.lower(lo);
        if hi - lo == 1 || !tk.is_word(lo + 1) {
            if let Some(class) = pronoun_class(&first) {
                if !matches!(first, "his" | "her" | "their" | "its") || hi - lo == 1 {
                    return Some(Subj::Pronoun { at: tk.toks[lo].start, class });
                }
            }
        }
        // Cut the head phrase at the first modifier: a lowercase preposition, relative
        // pronoun or participle, unless it glues a capitalised name ("Office of the
        // Supreme Leader", "Secretary of State").
        let mentions = cast.mentions_in(p, tk.toks[lo].start..tk.toks[hi - 1].end);
        // A token inside a mention, its last included ("Omar al-Khatib": "al-Khatib"
        // is no predicate).
        let in_mention = |k: usize| mentions.iter().any(|m| m.range.start < tk.toks[k].start && tk.toks[k].end <= m.range.end);
        let mut cut = hi;
        for k in lo + 1..hi {
            if !tk.is_word(k) {
                // "The Organization of American States (OAS) electoral observation
                // mission": an acronym in parentheses does not end the phrase.
                let acronym = tk.punct(k) == Some('(') && k + 2 < hi && tk.punct(k + 2) == Some(')') && tk.is_word(k + 1) && tk.word(k + 1).chars().all(|c| !c.is_lowercase());
                if matches!(tk.punct(k), Some(',' | '(' | '\u{2014}' | '\u{2013}')) && !in_mention(k) && !acronym {
                    cut = k;
                    break;
                }
                continue;
            }
            let w = tk.lower(k);
            // "Ana Ruiz met …", "Hamdok set out …": a lowercase word right after a name
            // that is not a noun of the phrase ("commander", "officials") starts the
            // predicate.
            // "Ain o Salish Kendra", "Ruud van Dijk": a name particle between capitals.
            let particle = k + 1 < hi && tk.is_word(k + 1) && tk.is_cap(k + 1) && lx.is("name_particle", w);
            let predicate = tk.is_lower(k) && tk.is_word(k - 1) && tk.is_cap(k - 1) && !lx.is_stop_capital(tk.word(k - 1)) && !tk.toks[k - 1].poss && !is_speaker_noun(&w) && !is_plural(&w) && !in_mention(k) && !particle;
            if predicate {
                cut = k;
                break;
            }
            let modifier = tk.is_lower(k) && (lx.is("preposition", &w) || lx.is("relative", &w) || tk.is_participle(k) || lexicon::get().speech_verb(&w).is_some());
            if modifier && !in_mention(k) {
                let institution = |x: &str| lx.is("organization", x) || lx.is("person", x) || lx.is("media", x) || x == "bank" || x == "university" || x == "institute";
                let glued = matches!(w, "of" | "for" | "on" | "de") && tk.is_cap(k - 1) && (institution(&tk.lower(k - 1)) || w != "of" && w != "de" || tk.word(k - 1).chars().all(|c| !c.is_lowercase())) && (k + 1 < hi && tk.is_word(k + 1) && (tk.is_cap(k + 1) || tk.lower(k + 1) == "the" && k + 2 < hi && tk.is_word(k + 2) && tk.is_cap(k + 2)));
                if !glued {
                    cut = k;
                    break;
                }
            }
        }
        let hi_np = cut;
        if hi_np <= lo {
            return None;
        }
        // "a spokesman for the Dockworkers Union": the voice speaks for the body.
        if lx.is("voice", &tk.lower(hi_np - 1)) && hi_np < hi && tk.is_word(hi_np) && matches!(tk.lower(hi_np), "for" | "of" | "at" | "from") {
            match self.noun_phrase(cast, p, hi_np + 1, hi) {
                Some(s @ (Subj::Actor(_) | Subj::Name(_))) => return Some(s),
                Some(s @ Subj::Described { .. }) if matches!(&s, Subj::Described { head, .. } if is_speaker_noun(head)) => return Some(s),
                _ => {}
            }
        }
        // A possessive pronoun heading the phrase: "his 2013 speech" speaks for him.
        if matches!(first, "his" | "her" | "their" | "its") {
            let class = pronoun_class(&first).unwrap_or(PronounClass::Person);
            return Some(Subj::Pronoun { at: tk.toks[lo].start, class });
        }
        let range = tk.toks[lo].start..tk.toks[hi_np - 1].end;
        let phrase = strip_determiners(&tk.text[range.clone()]);
        if let Some(a) = cast.lookup(phrase) {
            return Some(Subj::Actor(a));
        }
        let last_word = hi_np - 1;
        let head = tk.lower(last_word);
        let plural = is_plural(&head);
        // "the Dhaka-based rights group", "Iran-backed militias": a name inside a
        // hyphenated modifier is no head.
        let text = tk.text;
        let modifier = |r: &Range<usize>| text[r.end..].starts_with('-') && text[r.end + 1..].starts_with(char::is_lowercase);
        let ms: Vec<&Mention> = cast.mentions_in(p, range.clone()).iter().filter(|m| m.range.end <= range.end && !modifier(&m.range)).collect();
        if let Some(m) = ms.last() {
            let tail_lower = (tk.at(m.range.end)..hi_np).any(|k| tk.is_word(k) && tk.is_lower(k));
            let poss = tk.toks.get(tk.at(m.range.end).saturating_sub(1)).is_some_and(|t| t.poss && t.end <= m.range.end);
            if !tail_lower {
                // "Iranians" for the state Iran: a collective, not the state.
                let a = &cast.actors[m.actor];
                let surface = &tk.text[m.range.clone()];
                if a.kind == ActorKind::State && is_plural(&surface.to_lowercase()) && !is_plural(&a.name.to_lowercase()) {
                    return Some(Subj::Described { range, plural: true, head: surface.to_lowercase() });
                }
                return Some(Subj::Actor(m.actor));
            }
            if poss || lx.is("voice", &head) {
                return Some(Subj::Actor(m.actor));
            }
            // "The OAS electoral observation mission said": an organisation's name,
            // then lowercase words headed by an institution noun: a body of it, named
            // from the mention on (attached under it when created).
            let lower_tail = (tk.at(m.range.end)..hi_np).all(|k| !tk.is_word(k) || tk.is_lower(k));
            if lower_tail && lx.is("organization", &head) && !plural && cast.actors[m.actor].kind == ActorKind::Organization && tk.toks[tk.at(m.range.end).saturating_sub(1)].end <= m.range.end {
                return Some(Subj::Described { range: m.range.start..range.end, plural: false, head: head.to_string() });
            }
            // "a senior French diplomat": the mention modifies a speaker noun. "Ezzat
            // went further": the lowercase words are the predicate, not the head.
            let next = tk.at(m.range.end);
            let next_w = if tk.is_word(next) { tk.lower(next) } else { "" };
            if is_speaker_noun(&next_w) || is_speaker_noun(&head) && (next..hi_np).all(|k| !tk.is_word(k) || !self.is_aux(tk, k)) && next_w.ends_with('s') {
                return Some(Subj::Described { range, plural, head: head.to_string() });
            }
            return Some(Subj::Actor(m.actor));
        }
        // No cast mention: a capitalised name, or a description.
        let after_poss = (lo..hi_np).rev().find(|&k| tk.toks[k].poss && k + 1 < hi_np).map_or(lo, |k| k + 1);
        // A capital that only opens the sentence ("Students who marched …") is no name.
        let sentence_start = tk.sentence_toks(lo).start;
        let common = |k: usize| k == sentence_start && { let w = tk.lower(k); is_speaker_noun(&w) || is_plural(&w) && !is_demonym_plural(tk.word(k)) };
        let hyphen_modifier = |k: usize| tk.word(k).split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let caps: Vec<usize> = (after_poss..hi_np).filter(|&k| tk.is_word(k) && tk.is_cap(k) && !lx.is_stop_capital(tk.word(k)) && !common(k) && !hyphen_modifier(k)).collect();
        if caps.is_empty() {
            if hi_np - lo == 1 && (lx.is_stop_capital(tk.word(lo)) || tk.is_cap(lo) && !plural) {
                return None;
            }
            // "the foreign minister went further": a lowercase word after the
            // phrase's speaker noun that is no noun of the phrase starts the predicate.
            let mut end = hi_np;
            if let Some(h) = (lo..hi_np).find(|&k| tk.is_word(k) && tk.is_lower(k) && is_speaker_noun(tk.lower(k))) {
                let mut e = h + 1;
                while e < hi_np && tk.is_word(e) && (is_speaker_noun(tk.lower(e)) || is_plural(tk.lower(e)) && tk.is_lower(e)) {
                    e += 1;
                }
                if e < hi_np && tk.is_word(e) && tk.is_lower(e) {
                    end = e;
                }
            }
            let range = tk.toks[lo].start..tk.toks[end - 1].end;
            let (plural, head) = if end == hi_np { (plural, head.to_string()) } else { let h = tk.lower(end - 1); (is_plural(h), h.to_string()) };
            return Some(Subj::Described { range, plural, head });
        }
        let name_lo = caps[0];
        let name_hi = *caps.last().unwrap() + 1;
        let tail_lower = (name_hi..hi_np).any(|k| tk.is_word(k) && tk.is_lower(k));
        let next_w = if name_hi < hi_np && tk.is_word(name_hi) { tk.lower(name_hi) } else { "" };
        if tail_lower && !lx.is("voice", &head) && !tk.toks[name_hi - 1].poss && is_speaker_noun(&next_w) {
            let range = tk.toks[lo].start..tk.toks[hi_np - 1].end;
            return Some(Subj::Described { range, plural, head: head.to_string() });
        }
        // A possessor with a description ("Burkina Faso's government"): its possessor;
        // otherwise the name itself.
        let name_range = if tk.toks[name_hi - 1].poss || !tail_lower {
            // "Mali's Foreign Minister Abdoulaye Diop": the name after the possessive.
            tk.toks[name_lo].start..tk.toks[name_hi - 1].end
        } else {
            tk.toks[name_lo].start..tk.toks[name_hi - 1].end
        };
        let name = &tk.text[name_range.clone()];
        if name_hi - name_lo == 1 && is_demonym_plural(name) {
            return Some(Subj::Described { range: name_range, plural: true, head: name.to_lowercase() });
        }
        Some(Subj::Name(name_range))
    }

    /// Whether tokens `lo..hi` end in a title after their last mention ("The
    /// Armenian Prime Minister", "Iran's foreign minister"): the phrase names a
    /// post, and an appositive name after it is the speaker, not the state.
    fn title_tail(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> bool {
        let tk = &self.tks[p];
        if hi <= lo || !tk.is_word(hi - 1) || !is_speaker_noun(tk.lower(hi - 1)) {
            return false;
        }
        let last = &tk.toks[hi - 1];
        cast.mentions_in(p, tk.toks[lo].start..last.end).iter().all(|m| m.range.end <= last.start)
    }

    fn is_aux(&self, tk: &Tokens, k: usize) -> bool {
        let w = tk.lower(k);
        tk.is_lower(k) && (self.lx.is("auxiliary", &w) || w.len() > 4 && w.ends_with("ly"))
    }

    /// The grammatical subject of a sentence: after a leading adverbial ("In a
    /// statement issued after the round, Hamdok set out …" → Hamdok).
    fn sentence_subject(&self, cast: &Cast, p: usize, sent: Range<usize>) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut lo = sent.start;
        for _ in 0..2 {
            if lo >= sent.end || !tk.is_word(lo) {
                break;
            }
            let w = tk.lower(lo);
            // "Asked by a reporter whether …, he paused": a participle with its
            // agent or complement opens an aside too.
            // "Asked whether he hoped to …, he laughed": so does a question it reports.
            let next = if lo + 1 < sent.end && tk.is_word(lo + 1) { tk.lower(lo + 1) } else { "" };
            let participle = (w.ends_with("ed") || lexicon::get().speech_verb(&w).is_some()) && (self.lx.is("preposition", next) || self.lx.is("question_word", next));
            let intro = self.lx.is("preposition", &w) || self.lx.is("subordinator", &w) || w.ends_with("ly") || w.ends_with("ing") || w == "perhaps" || w == "for" || w == "most" || w == "ever" || participle;
            if !intro {
                break;
            }
            match (lo..sent.end.min(lo + 25)).find(|&k| tk.punct(k) == Some(',')) {
                Some(k) => lo = k + 1,
                None => break,
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
                if tk.is_lower(hi) && (self.lx.is("auxiliary", &w) && !w.ends_with("ly") || lexicon::get().speech_verb(&w).is_some() || w.ends_with("ed") && hi > lo) {
                    break;
                }
            } else if matches!(tk.punct(hi), Some(';' | ':' | '.')) {
                break;
            }
            hi += 1;
        }
        let subj = self.noun_phrase(cast, p, lo, hi)?;
        if subj.descriptive() || matches!(subj, Subj::Actor(_) | Subj::Pronoun { .. }) {
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
                if np.as_ref().is_some_and(titled) {
                    if let Some(b) = self.noun_phrase(cast, p, c + 1, end).filter(|s| !s.descriptive()) {
                        return Some(b);
                    }
                }
            }
        }
        Some(subj)
    }

    /// Subject of a frame, plus the sieve it belongs to when resolved directly.
    fn frame_subject(&self, cast: &Cast, p: usize, frame: Frame) -> Option<Subj> {
        let tk = &self.tks[p];
        match frame {
            Frame::After { first, verb } => {
                if verb == first {
                    self.subject_right(cast, p, verb)
                } else {
                    // `"Q," Magdi Taha, an analyst at …, said`: the first phrase.
                    let end = (first..verb).find(|&k| tk.punct(k) == Some(',')).unwrap_or(verb);
                    // `"Q," the ship's captain, Hanna Vogt, said` · `"Q," a spokesman for
                    // the brigade, Major Ibrahim Lawal, said`: a description, then the
                    // person's name in apposition: the name speaks.
                    if end < verb && tk.is_word(first) && tk.is_lower(first) {
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
                let left = self.subject_left(cast, p, verb);
                // "X, …, arrived in Brussels saying "Q"": the words left of the verb are
                // a predicate (no speaker noun heads them), so the sentence's subject speaks.
                if matches!(&left, Some(Subj::Described { head, .. }) if !is_speaker_noun(head) && !is_plural(head)) {
                    let sent = tk.sentence_toks(verb);
                    if let Some(s) = self.sentence_subject(cast, p, sent.start..verb).filter(|s| !s.descriptive()) {
                        return Some(s);
                    }
                }
                left.or_else(|| {
                // "She said … and described the summit as "Q"": a coordinated verb
                // shares the sentence's subject.
                let sent = tk.sentence_toks(verb);
                let k = verb.checked_sub(1).filter(|&k| k >= sent.start)?;
                if tk.is_word(k) && matches!(tk.lower(k), "and" | "but" | "or" | "then") {
                    self.sentence_subject(cast, p, sent.start..verb)
                } else {
                    None
                }
            })
            }
            Frame::Participial { verb } => {
                let sent = tk.sentence_toks(verb);
                // `…, Aydın said afterwards, adding: "Q"`: the participle hangs on the
                // reporting verb before it, whose subject is the speaker.
                let main = (sent.start..verb).rev().take(FRAME_WINDOW).find(|&k| !tk.quoted[k] && tk.is_speech_verb(k, sent.start) && !tk.is_participle(k));
                if let Some(s) = main.and_then(|k| self.subject_left(cast, p, k)).filter(|s| !matches!(s, Subj::Described { .. })) {
                    return Some(s);
                }
                self.sentence_subject(cast, p, sent.start..verb)
            }
            Frame::According { at } => {
                // "MTI quoted him as saying …": the pronoun object is the speaker.
                if tk.is_word(at) && tk.is_lower(at) {
                    if let Some(class) = pronoun_class(tk.lower(at)) {
                        return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                    }
                }
                let sent = tk.sentence_toks(at);
                let end = (at..sent.end).find(|&k| tk.punct(k).is_some()).unwrap_or(sent.end);
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
            Frame::Colon { end } => {
                let sent = tk.sentence_toks(end);
                self.sentence_subject(cast, p, sent.start..end)
            }
        }
    }
}

fn pronoun_class(w: &str) -> Option<PronounClass> {
    let lx = lexicon::get();
    if lx.is("pronoun_person", w) {
        Some(PronounClass::Person)
    } else if lx.is("pronoun_plural", w) {
        Some(PronounClass::Plural)
    } else if lx.is("pronoun_thing", w) {
        Some(PronounClass::Thing)
    } else {
        None
    }
}

/// A common noun that can head a speaker description (`data/speaker_nouns.txt`).
fn is_speaker_noun(w: &str) -> bool {
    let lx = lexicon::get();
    ["person", "group", "organization", "media", "voice"].iter().any(|s| lx.is(s, w))
}

fn is_plural(w: &str) -> bool {
    let lx = lexicon::get();
    lx.is("group", w) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !lx.is("person", w) && !lx.is("organization", w)
}

/// "Iranians", "Russians", "Israelis": a people, not the state.
fn is_demonym_plural(w: &str) -> bool {
    let l = w.to_lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && !w.chars().all(|c| !c.is_lowercase())
        && ["ians", "eans", "ites", "ists", "ese", "ers", "anis", "is"].iter().any(|s| l.ends_with(s))
        && !l.ends_with("ss")
        && l.len() > 5
}

fn strip_determiners(s: &str) -> &str {
    let lx = lexicon::get();
    let mut s = s.trim();
    loop {
        let Some((w, rest)) = s.split_once(' ') else { return s };
        let lw = w.to_lowercase();
        if lx.is("determiner", &lw) && !matches!(lw.as_str(), "his" | "her" | "their" | "its") || lx.is("leading_adjective", &lw) {
            s = rest.trim_start();
        } else {
            return s;
        }
    }
}

fn compatible(class: PronounClass, kind: ActorKind) -> bool {
    match class {
        PronounClass::Person => kind == ActorKind::Person,
        PronounClass::Plural => kind != ActorKind::Person,
        PronounClass::Thing => matches!(kind, ActorKind::Organization | ActorKind::State | ActorKind::Media),
    }
}

// ---------------------------------------------------------------------------
// The sieve
// ---------------------------------------------------------------------------

pub fn attribute(ctx: &Context, spans: &[QuoteSpan], kinds: &[QuoteKind], cast: &mut Cast) -> Vec<Option<Attribution>> {
    attribute_read(ctx, &read(ctx, spans), spans, kinds, cast)
}

/// [`attribute`] with the [`Reading`] that `kind` already made.
pub fn attribute_read(ctx: &Context, reading: &Reading, spans: &[QuoteSpan], kinds: &[QuoteKind], cast: &mut Cast) -> Vec<Option<Attribution>> {
    let f = Finder { ctx, tks: &reading.tks, lx: lexicon::get(), genders: gender::infer(&reading.tks, cast), titled: Default::default() };
    let n = spans.len();
    let mut out: Vec<Option<Attribution>> = vec![None; n];
    let speech = |i: usize| kinds.get(i).copied().unwrap_or_default() == QuoteKind::Speech;

    // Frames, once per quote (a bounded window each; see [`read`]). Quotes of one
    // clause find the same reporting verb (`X declared that this "Q" is "R"`).
    let frames = &reading.frames;

    // Sieves 1 and 2: frames whose subject is a named actor.
    let mut subjects: Vec<Option<Subj>> = vec![None; n];
    for (sieve, adjacent) in [("adjacent_frame", true), ("embedded_frame", false)] {
        for i in 0..n {
            if !speech(i) || out[i].is_some() {
                continue;
            }
            let Some(frame) = frames[i] else { continue };
            if frame.is_adjacent() != adjacent || matches!(frame, Frame::Colon { .. }) {
                continue;
            }
            let mut subj = f.frame_subject(cast, spans[i].para, frame);
            if subj.is_none() && !adjacent && i > 0 && spans[i - 1].para == spans[i].para {
                // `"Q1," the ministry said, adding that "Q2"`: every quote of the clause
                // has the clause's speaker.
                let para = &ctx.paras[spans[i].para];
                if para.sentence_index(spans[i - 1].open) == para.sentence_index(spans[i].open) {
                    if let Some(a) = out[i - 1] {
                        subj = Some(Subj::Actor(a.actor));
                    }
                }
            }
            match subj {
                Some(Subj::Actor(a)) => out[i] = Some(Attribution { actor: a, sieve }),
                Some(Subj::Name(r)) => out[i] = Some(Attribution { actor: name_actor(&f, cast, spans[i].para, r), sieve }),
                other => subjects[i] = other,
            }
        }
    }

    // Sieve 3: pronouns and descriptions.
    for i in 0..n {
        if !speech(i) || out[i].is_some() {
            continue;
        }
        let p = spans[i].para;
        match subjects[i].clone() {
            Some(Subj::Pronoun { at, class }) => {
                if let Some(a) = resolve_pronoun(&f, cast, &out[..i], spans, p, at, class) {
                    out[i] = Some(Attribution { actor: a, sieve: "pronoun" });
                }
            }
            Some(Subj::Described { range, head, .. }) if f.lx.is("document", &head) && ctx.paras[p].text[range.clone()].to_lowercase().starts_with("the ") => {
                // `… said in a statement that …. "Q," the statement said`: whoever
                // issued the document just mentioned.
                if let Some(a) = document_issuer(&f, cast, &out[..i], spans, p, range.start, &head) {
                    out[i] = Some(Attribution { actor: a, sieve: "description" });
                }
            }
            Some(Subj::Described { range, plural, head }) => {
                // An existing actor ("the newspaper", "the ministry"); a new one only
                // for a single person or body — crowds and outlets wait for sieve 5.
                let collective = plural || f.lx.is("group", &head) || f.lx.is("media", &head);
                if let Some(a) = described_actor(&f, cast, p, range, &head, collective, !collective) {
                    out[i] = Some(Attribution { actor: a, sieve: "description" });
                }
            }
            _ => {}
        }
    }

    // Still inside sieve 2's logic: a framed quote whose own subject was not found
    // shares the speaker of the previous quote of its sentence, now that sieve 3 has
    // resolved that one (`"Q1," the ministry said, adding that "Q2"`).
    for i in 1..n {
        if !speech(i) || out[i].is_some() || subjects[i].is_some() || frames[i].is_none() || spans[i - 1].para != spans[i].para {
            continue;
        }
        let para = &ctx.paras[spans[i].para];
        if para.sentence_index(spans[i - 1].open) == para.sentence_index(spans[i].open) {
            if let Some(a) = out[i - 1] {
                out[i] = Some(Attribution { actor: a.actor, sieve: "embedded_frame" });
            }
        }
    }

    // Sieve 4: carry-over for paragraphs that open with an unframed quote.
    for i in 0..n {
        if !speech(i) || out[i].is_some() || subjects[i].is_some() {
            continue;
        }
        let s = &spans[i];
        let first_para = s.preceding.first().map_or(s.para, |x| x.0);
        let text = ctx.paras[first_para].text;
        let open_at = s.preceding.first().map_or(s.open, |x| text[..x.1.start.min(text.len())].char_indices().last().map_or(0, |(k, _)| k));
        let opens_para = text.get(..open_at).is_some_and(|t| t.trim().is_empty());
        let colon = matches!(frames[i], Some(Frame::Colon { .. }));
        if colon {
            if let Some(subj) = f.frame_subject(cast, s.para, frames[i].unwrap()) {
                if let Some(a) = resolve_subject(&f, cast, &out[..i], spans, s.para, subj) {
                    out[i] = Some(Attribution { actor: a, sieve: "colon_frame" });
                    continue;
                }
            }
        }
        let unframed = frames[i].is_none() && s.preceding.is_empty();
        let para = &ctx.paras[s.para];
        let closes_sentence = para.text[s.content.clone()].trim_end().ends_with(['.', '!', '?', '\u{2026}']);
        // `"Q." Those were the words of X` · `"Q." So says X`: a sentence that
        // recaps the quote names its speaker after it.
        if unframed && closes_sentence {
            if let Some(a) = next_sentence_speaker(&f, cast, s.para, s.close, true) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                continue;
            }
        }
        let sentence_open = para.text[para.sentence_at(s.open).start..s.open].trim().is_empty();
        if !opens_para && unframed && i > 0 && spans[i - 1].para == s.para {
            // `"Q1," he said. "Q2."`: a quote opening its own sentence right after an
            // attributed one continues it, unless someone else is named in between.
            let prev = &spans[i - 1];
            if let (true, Some(a)) = (sentence_open && prev.close <= s.open, out[i - 1]) {
                let others = cast.mentions_in(s.para, prev.close..s.open).iter().any(|m| m.actor != a.actor && cast.actors[m.actor].kind == ActorKind::Person);
                if !others {
                    out[i] = Some(Attribution { actor: a.actor, sieve: "carry_over" });
                    continue;
                }
            }
        }
        if !opens_para && unframed && sentence_open {
            // `X has seen three deals come and go. "Q."`: an unframed quote opening a
            // sentence is the person the sentence before is about (when it quotes no
            // one), or the one the sentence after reports speaking.
            let tk = &f.tks[s.para];
            let k = tk.at(s.open);
            let si = tk.sentence_index(k);
            let before = (si > 0).then(|| tk.sentences[si - 1].clone()).map(|r| tk.at(r.start)..tk.at(r.end));
            let found = before.and_then(|r| sentence_person(&f, cast, &out[..i], spans, s.para, r)).or_else(|| if closes_sentence { next_sentence_speaker(&f, cast, s.para, s.close, false) } else { None });
            if let Some(a) = found {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
            }
            continue;
        }
        if !opens_para || first_para == 0 || frames[i].is_some() {
            continue;
        }
        let prev = first_para - 1;
        if ctx.paras[prev].is_heading() {
            continue;
        }
        let prev_text = ctx.paras[prev].text.trim_end();
        if prev_text.ends_with(':') {
            let tk = &f.tks[prev];
            let end = tk.toks.len().saturating_sub(1);
            let sent = tk.sentence_toks(end);
            if let Some(subj) = f.sentence_subject(cast, prev, sent.start..end) {
                if let Some(a) = resolve_subject(&f, cast, &out[..i], spans, prev, subj) {
                    out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                    continue;
                }
            }
        }
        // The last attributed quote of the previous paragraph, if that paragraph ends in it.
        let last = (0..i).rev().take_while(|&j| spans[j].para >= prev).find(|&j| spans[j].para == prev && out[j].is_some());
        if let Some(j) = last {
            let tail = ctx.paras[prev].text[spans[j].close.min(ctx.paras[prev].text.len())..].trim();
            if tail.len() <= 40 {
                out[i] = Some(Attribution { actor: out[j].unwrap().actor, sieve: "carry_over" });
                continue;
            }
        }
        // The previous paragraph ends by reporting someone's words without quoting them
        // (`X, an analyst at Y, said the real test would come later.`): the quote that
        // opens this paragraph is that person's.
        let tk = &f.tks[prev];
        if let Some(last_sent) = tk.sentences.last().cloned() {
            let (lo, hi) = (tk.at(last_sent.start), tk.at(last_sent.end));
            if (lo..hi).all(|k| !tk.quoted[k]) {
                let verb = (lo..hi).find(|&k| tk.is_speech_verb(k, lo) && !tk.is_participle(k));
                if let Some(subj) = verb.and_then(|v| f.subject_left(cast, prev, v)).filter(|s| !s.descriptive()) {
                    if let Some(a) = resolve_subject(&f, cast, &out[..i], spans, prev, subj) {
                        if cast.actors[a].kind == ActorKind::Person {
                            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                            continue;
                        }
                    }
                }
            }
        }
        // `"We have lost everything." Hassan Idris, a fisherman, says the port …`:
        // the paragraph goes on to report who speaks.
        if closes_sentence {
            if let Some(a) = next_sentence_speaker(&f, cast, s.para, s.close, false) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                continue;
            }
        }
        // `Juan Pardo, a farmer from Cauca, has seen three deals come and go.` then a
        // paragraph of his words with no reporting verb: the person the previous
        // paragraph ends on.
        if let Some(last_sent) = tk.sentences.last().cloned() {
            let r = tk.at(last_sent.start)..tk.at(last_sent.end);
            if let Some(a) = sentence_person(&f, cast, &out[..i], spans, prev, r) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
            }
        }
    }

    // Sieve 5: collective speakers.
    for i in 0..n {
        if !speech(i) || out[i].is_some() {
            continue;
        }
        if let Some(Subj::Described { range, head, .. }) = subjects[i].clone() {
            if let Some(a) = described_actor(&f, cast, spans[i].para, range, &head, true, true) {
                out[i] = Some(Attribution { actor: a, sieve: "collective" });
            }
        }
    }
    out
}

/// The issuer of the document (`head`: "statement", "report") that a definite
/// description at byte `at` of paragraph `p` takes up: the subject of the reporting
/// verb before the nearest earlier mention of that noun (this paragraph or the one
/// before; "The Armed Forces of Malta … said in a statement that …"), else that
/// sentence's subject ("A Home Ministry statement …" has its own rule).
fn document_issuer(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize, head: &str) -> Option<usize> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let hi = if q == p { tk.at(at) } else { tk.toks.len() };
        let Some(k) = (0..hi).rev().find(|&k| tk.is_word(k) && tk.lower(k) == head) else { continue };
        let sent = tk.sentence_toks(k);
        let subj = match (sent.start..k).rev().find(|&v| tk.is_speech_verb(v, sent.start) && !tk.is_participle(v)) {
            Some(v) => f.subject_left(cast, q, v),
            None => f.sentence_subject(cast, q, sent.start..k),
        };
        return match subj? {
            s @ (Subj::Actor(_) | Subj::Name(_) | Subj::Pronoun { .. }) => resolve_subject(f, cast, out, spans, q, s),
            _ => None,
        };
    }
    None
}

/// The speaker named by the sentence right after a quote that closes its own
/// sentence at byte `close` of paragraph `p`: a recap ("Those were the words of X",
/// "So says X": an opener from `[recap_opener]`, then the first person named or the
/// inverted verb's subject) or, unless `recap_only`, a sentence reporting a person
/// speaking ("X, a fisherman, says the port …"). Never a sentence with quotes of its
/// own (they have their own frames).
fn next_sentence_speaker(f: &Finder, cast: &mut Cast, p: usize, close: usize, recap_only: bool) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(close);
    if k >= tk.toks.len() || !tk.is_word(k) || !tk.is_cap(k) || !tk.text[close..tk.toks[k].start].trim().is_empty() {
        return None;
    }
    let end = tk.sentence_toks(k).end;
    if (k..end).any(|j| tk.quoted[j]) {
        return None;
    }
    // "The verdict came from X": a determiner and a noun that renames a quote.
    let renamed = f.lx.is("determiner", tk.lower(k)) && tk.is_word(k + 1) && f.lx.is("quote_noun", tk.lower(k + 1));
    if f.lx.is("recap_opener", tk.lower(k)) || renamed {
        let range = tk.toks[k].start..tk.toks[end - 1].end;
        if let Some(m) = cast.mentions_in(p, range).iter().find(|m| cast.actors[m.actor].kind == ActorKind::Person) {
            return Some(m.actor);
        }
        let v = (k + 1..end).find(|&j| tk.is_speech_verb(j, k))?;
        let subj = f.subject_right(cast, p, v)?;
        return person_of(f, cast, p, subj);
    }
    if recap_only {
        return None;
    }
    let v = (k..end).find(|&j| tk.is_speech_verb(j, k) && !tk.is_participle(j))?;
    let subj = f.subject_left(cast, p, v)?;
    person_of(f, cast, p, subj)
}

/// The person a sentence without quotes is about: its subject, when that is a
/// named person or a pronoun standing for one.
fn sentence_person(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, toks: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    if toks.start >= toks.end || (toks.start..toks.end).any(|k| tk.quoted[k]) {
        return None;
    }
    match f.sentence_subject(cast, p, toks)? {
        Subj::Pronoun { at, class: PronounClass::Person } => resolve_pronoun(f, cast, out, spans, p, at, PronounClass::Person),
        s => person_of(f, cast, p, s),
    }
}

/// A named subject as a person actor (none for a body, a state or a description).
fn person_of(f: &Finder, cast: &mut Cast, p: usize, subj: Subj) -> Option<usize> {
    let a = match subj {
        Subj::Actor(a) => a,
        Subj::Name(r) => name_actor_if(f, cast, p, r, |k, _| k == ActorKind::Person)?,
        _ => return None,
    };
    (cast.actors[a].kind == ActorKind::Person).then_some(a)
}

/// Resolves any subject to an actor (creating one for a name or a description).
fn resolve_subject(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, subj: Subj) -> Option<usize> {
    match subj {
        Subj::Actor(a) => Some(a),
        Subj::Name(r) => Some(name_actor(f, cast, p, r)),
        Subj::Pronoun { at, class } => resolve_pronoun(f, cast, out, spans, p, at, class),
        Subj::Described { range, head, plural } => described_actor(f, cast, p, range, &head, plural, true),
    }
}

/// The actor for a capitalised name the cast did not link: looked up by the whole
/// name, its last two words and its last word (a surname), else created.
fn name_actor(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>) -> usize {
    name_actor_if(f, cast, p, range, |_, _| true).unwrap_or_default()
}

/// [`name_actor`], creating the actor only when `new` accepts the kind and the
/// gender it would have: a pronoun's candidate that cannot fit is never made an
/// actor just to be turned down ("MEPs pressed Hudec. "Q," he said": no "MEPs").
fn name_actor_if(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>, new: impl Fn(ActorKind, Option<Gender>) -> bool) -> Option<usize> {
    let text = f.ctx.paras[p].text;
    let name = text[range.clone()].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let tries = [name.to_string(), words[words.len().saturating_sub(2)..].join(" "), words.last().map_or(String::new(), |w| w.to_string())];
    for t in tries.iter().filter(|t| !t.is_empty()) {
        if let Some(a) = cast.lookup(t) {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    let head = words.last().map_or(String::new(), |w| w.to_lowercase());
    // "MEPs", "NGOs": a plural acronym names a group of people, never one person.
    let plural_acronym = |w: &str| w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase()) && w.len() > 2;
    let kind = if words.len() == 1 && plural_acronym(words[0]) {
        ActorKind::Group
    } else if f.lx.is("media", &head) {
        ActorKind::Media
    } else if f.lx.is("organization", &head) || f.lx.is("voice", &head) || words.contains(&"of") || words.iter().all(|w| w.chars().all(|c| !c.is_lowercase())) {
        ActorKind::Organization
    } else {
        ActorKind::Person
    };
    if kind == ActorKind::Person {
        // "Omar", "Abu Hussein", "Sheikh Haidar" for "Omar al-Khatib", "Abu Hussein
        // al-Saadi", "Haidar al-Lami": the leading words (titles aside) of exactly one
        // person's fuller name are that person; never when two persons share them.
        let kb = crate::extract::cast::kb::get();
        let skip = words.iter().take_while(|w| kb.office(w).is_some()).count().min(words.len().saturating_sub(1));
        let given = &words[skip..];
        // Among the persons of the last mentions (a bounded window: the cost stays
        // linear, and a given name takes up someone recently named).
        let mut seen: Vec<usize> = Vec::new();
        for m in cast.mentions_before(p, range.start).take(200) {
            let d = &cast.actors[m.actor];
            if d.kind != ActorKind::Person || seen.contains(&m.actor) {
                continue;
            }
            let mut full = d.name.split_whitespace();
            let prefix = given.iter().all(|g| full.next() == Some(*g)) && full.next().is_some();
            if prefix {
                seen.push(m.actor);
            }
        }
        if let [a] = seen[..] {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    // "Ms Ortiz said": a courtesy title before the name says the gender.
    let tk = &f.tks[p];
    let k = tk.at(range.start);
    let title = k.checked_sub(1).filter(|&j| kind == ActorKind::Person && tk.is_word(j)).and_then(|j| gender::of_title(tk.lower(j)));
    if !new(kind, title.or_else(|| gender::of_name(name))) {
        return None;
    }
    let a = cast.add_actor(ActorDraft { name: name.to_string(), kind, ..Default::default() });
    if let Some(g) = title {
        f.titled.borrow_mut().push((a, g));
    }
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}

/// The actor for a common-noun description: the cast's, or a new one named by the
/// phrase (a collective keeps one prepositional complement: "editorials in the
/// weekly magazine").
fn described_actor(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>, head: &str, collective: bool, create: bool) -> Option<usize> {
    let tk = &f.tks[p];
    let text = f.ctx.paras[p].text;
    let mut end = range.end;
    if !collective && is_speaker_noun(head) {
        // "a diplomat from an ASEAN member state", "a Western diplomat in Addis
        // Ababa": a person description keeps its complement, names included.
        let k = tk.at(range.end);
        if k < tk.toks.len() && tk.is_word(k) && tk.toks[k].start == range.end + 1 && matches!(tk.lower(k), "from" | "in" | "at" | "with" | "for") {
            let mut j = k + 1;
            while j < tk.toks.len() && j < k + 6 && tk.is_word(j) && !tk.quoted[j] && (tk.is_cap(j) || !tk.is_participle(j) && !tk.lower(j).ends_with("ed") && !f.lx.is("auxiliary", tk.lower(j)) && !f.lx.is("relative", tk.lower(j)) && !f.lx.is("preposition", tk.lower(j)) && !f.lx.speech_verb(tk.lower(j)).is_some_and(|l| l != tk.lower(j) && !tk.lower(j).ends_with('s'))) {
                j += 1;
            }
            if j > k + 1 && tk.is_word(j - 1) && !f.lx.is("determiner", tk.lower(j - 1)) {
                end = tk.toks[j - 1].end;
            }
        }
    }
    if collective {
        // Extend over "in/of/at the <lowercase words>".
        let k = tk.at(range.end);
        if tk.is_word(k) && matches!(tk.lower(k), "in" | "of" | "at" | "from") {
            let mut j = k + 1;
            while j < tk.toks.len() && j < k + 5 && tk.is_word(j) && (tk.is_lower(j) || tk.lower(j) == "the") && !tk.is_participle(j) && !tk.lower(j).ends_with("ed") && !f.lx.is("auxiliary", &tk.lower(j)) {
                j += 1;
            }
            if j > k + 1 {
                end = tk.toks[j - 1].end;
            }
        }
    }
    let phrase = strip_determiners(&text[range.start..end]).to_string();
    // "OAS) electoral observation mission": the parenthesis of an acronym goes.
    let phrase = if phrase.contains(')') { phrase.replace(')', "") } else { phrase };
    if let Some(a) = cast.lookup(&phrase).or_else(|| cast.lookup(strip_determiners(&text[range.clone()]))) {
        cast.add_mention(Mention { actor: a, para: p, range });
        return Some(a);
    }
    // "the ministry said": an actor named by that head word, mentioned most recently.
    let definite = text[range.clone()].trim_start().to_lowercase().starts_with("the ");
    if definite && !head.is_empty() {
        let has_word = |n: &str| n.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == head);
        let media = f.lx.is("media", head);
        let person = f.lx.is("person", head);
        // "the ministry" → an actor named with that word; "the newspaper" → the last
        // outlet; "the president" → the last person titled or described so.
        let matches = |m: &Mention| {
            let d = &cast.actors[m.actor];
            if std::iter::once(&d.name).chain(d.aliases.iter()).chain(d.role.iter()).any(|n| has_word(n)) {
                return true;
            }
            if media && d.kind == ActorKind::Media {
                return true;
            }
            if person && d.kind == ActorKind::Person {
                let t = f.ctx.paras.get(m.para).map_or("", |x| x.text);
                let from = t[..m.range.start.min(t.len())].char_indices().rev().nth(30).map_or(0, |(k, _)| k);
                return has_word(&t[from..m.range.start.min(t.len())]);
            }
            false
        };
        // "A spokesperson for the Commission said …. "Q," the spokesperson said": an
        // unnamed voice introduced just before (this paragraph or the one before) is
        // the one meant, not a named spokesperson further back.
        if !collective && create && f.lx.is("voice", head) && !f.lx.is("document", head) {
            if let Some((q, r)) = indefinite_antecedent(f, p, range.start, head) {
                let a = described_actor(f, cast, q, r, head, false, true);
                if let Some(a) = a {
                    cast.add_mention(Mention { actor: a, para: p, range });
                }
                return a;
            }
        }
        let found = cast.mentions_before(p, range.start).take(200).find(|m| matches(m)).map(|m| m.actor);
        if let Some(a) = found {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
        // "A senior security official, speaking on condition of anonymity, said …. "Q,"
        // the official said": the definite description takes up the indefinite one.
        if !collective && person && create {
            if let Some((q, r)) = indefinite_antecedent(f, p, range.start, head) {
                let a = described_actor(f, cast, q, r, head, false, true);
                if let Some(a) = a {
                    cast.add_mention(Mention { actor: a, para: p, range });
                }
                return a;
            }
        }
        // "X, Qatar's minister of state, told reporters …. The Qatari envoy added":
        // a definite person description naming a state takes up the person last
        // mentioned (this paragraph or the one before) when that person is of that state.
        if !collective && is_speaker_noun(head) && !is_plural(head) {
            if let Some(st) = cast.state_within(p, range.clone()) {
                let last = cast.mentions_before(p, range.start).take_while(|m| m.para + 1 >= p).find(|m| cast.actors[m.actor].kind == ActorKind::Person).map(|m| m.actor);
                if let Some(a) = last.filter(|&a| cast.actors[a].parent == Some(st)) {
                    cast.add_mention(Mention { actor: a, para: p, range });
                    return Some(a);
                }
            }
        }
    }
    // "the president": an actor whose role is that description, mentioned nearby.
    if !collective {
        let lower = phrase.to_lowercase();
        let with_role: Vec<usize> = (0..cast.actors.len()).filter(|&a| cast.actors[a].role.as_deref().is_some_and(|r| r.to_lowercase() == lower || r.to_lowercase().ends_with(&format!(" {lower}")))).collect();
        if with_role.len() == 1 {
            return Some(with_role[0]);
        }
    }
    if !create {
        return None;
    }
    if collective {
        // "Editorials in the weekly magazine": an outlet, body or group the cast
        // already has, named in the phrase's complement, is the speaker — not a new
        // actor beside it. (The head itself is not reused: "Hezbollah supporters"
        // are not Hezbollah.)
        let inner = cast
            .mentions_in(p, range.end..end)
            .iter()
            .rev()
            .find(|m| m.range.end <= end && matches!(cast.actors[m.actor].kind, ActorKind::Media | ActorKind::Organization | ActorKind::Group))
            .map(|m| m.actor);
        if let Some(a) = inner {
            cast.add_mention(Mention { actor: a, para: p, range });
            return Some(a);
        }
    }
    let lx = f.lx;
    let kind = if lx.is("media", head) {
        ActorKind::Media
    } else if lx.is("organization", head) && !is_plural(head) {
        ActorKind::Organization
    } else if is_plural(head) || lx.is("group", head) {
        ActorKind::Group
    } else {
        ActorKind::Person
    };
    let mut name = phrase;
    if let Some(c) = name.get(..1) {
        if c.chars().all(char::is_lowercase) {
            name = c.to_uppercase() + &name[1..];
        }
    }
    // A crowd or an outlet belongs to the state its phrase names ("protesters in
    // Tehran", "French newspapers"); an unnamed person to the state or body named
    // in the description ("a senior French diplomat", "a diplomat from an ASEAN
    // member state").
    let parent = if collective {
        // A crowd the phrase places nowhere is of the article's home state (as
        // untitled persons are, see `cast`).
        cast.state_within(p, range.start..end).or(cast.home)
    } else {
        cast.mentions_in(p, range.start..end).iter().map(|m| m.actor).find(|&a| matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization)).or_else(|| {
            // "a senior police official in Gazipur": a modifier of the head names the
            // institution the person serves, when the story has one by that word
            // (the one mentioned last).
            let tk = &f.tks[p];
            let (lo, hi) = (tk.at(range.start), tk.at(range.end).saturating_sub(1));
            let words: Vec<&str> = (lo..hi).filter(|&k| tk.is_word(k) && tk.is_lower(k) && !lx.is("determiner", tk.lower(k)) && !lx.is("leading_adjective", tk.lower(k))).map(|k| tk.lower(k)).filter(|w| w.len() > 3).collect();
            let has = |n: &str, w: &str| n.split(|c: char| !c.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w));
            cast.mentions_before(p, range.start).take(200).find(|m| cast.actors[m.actor].kind == ActorKind::Organization && words.iter().any(|w| has(&cast.actors[m.actor].name, w))).map(|m| m.actor)
        })
    };
    // The article's own wording, article included ("a doctor from the charity",
    // "The crowd"), is an alias: it is how the text refers to this actor.
    let surface = text[range.start..end].trim().replace(')', "");
    let aliases = if surface != name && surface.len() > name.len() { vec![surface] } else { Vec::new() };
    let a = cast.add_actor(ActorDraft { name, kind, parent, aliases, ..Default::default() });
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}

/// The indefinite description ("a senior Somali security official") that a definite
/// one ("the official") takes up: the nearest `a|an … head` before byte `at` in
/// paragraph `p` or the one before it, outside quotes.
fn indefinite_antecedent(f: &Finder, p: usize, at: usize, head: &str) -> Option<(usize, Range<usize>)> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let hi = if q == p { tk.at(at) } else { tk.toks.len() };
        for k in (0..hi).rev() {
            if !tk.is_word(k) || tk.quoted[k] || !tk.is_lower(k) || tk.lower(k) != head {
                continue;
            }
            // Back over the modifiers (lowercase adjectives, demonyms) to the article.
            let mut b = k;
            while b > 0 && k - b < 6 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                b -= 1;
                if matches!(tk.lower(b), "a" | "an") {
                    return Some((q, tk.toks[b].start..tk.toks[k].end));
                }
                if f.lx.is("determiner", tk.lower(b)) || f.lx.is("preposition", tk.lower(b)) || f.lx.is("auxiliary", tk.lower(b)) {
                    break;
                }
            }
        }
    }
    None
}

/// The nearest compatible antecedent: the part of the current sentence before the
/// pronoun, then earlier sentences (the sentence's subject first, then its first
/// non-possessive compatible mention), up to `PRONOUN_SENTENCES` back and never
/// across a heading. Falls back on the last compatible speaker.
fn resolve_pronoun(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize, class: PronounClass) -> Option<usize> {
    let mut para = p;
    let tk = &f.tks[p];
    let at_tok = tk.at(at);
    // "she" never takes up a man the text marks as one (and "he" a woman).
    let g = if at_tok < tk.toks.len() { gender::of_pronoun(tk.lower(at_tok)) } else { None };
    let mut sent_idx = tk.sentence_index(at_tok.min(tk.toks.len().saturating_sub(1)));
    let mut first = true;
    for _ in 0..PRONOUN_SENTENCES {
        let tk = &f.tks[para];
        if let Some(range) = tk.sentences.get(sent_idx).cloned() {
            let mut lo = tk.at(range.start);
            let hi = if first { at_tok } else { tk.at(range.end) };
            // "Asked whether Lund would resign, he said": the pronoun is the implicit
            // subject of the opening participle, so the names inside that clause are
            // its objects, never its antecedent.
            if first && lo < hi && hi > 0 && tk.punct(hi - 1) == Some(',') && opens_with_participle(tk, lo) {
                lo = hi;
            }
            // "Munguía … has been categorical. She has accused Valladares … "Q," she
            // said": an earlier sentence whose subject is the same pronoun speaks of
            // the same person, so its other mentions are no antecedent; look further
            // back. ("X asked him …. He declined": X is skipped when the text marks X
            // as a woman, see `gender`.)
            // The subject is read once, for the skip and for the antecedent.
            let (skip, subject) = if first || lo >= hi { (false, None) } else { same_pronoun_subject(f, cast, para, lo..hi, class, g) };
            if !skip {
                if let Some(a) = antecedent_in(f, cast, para, lo..hi, class, g, subject) {
                    return Some(a);
                }
            }
        }
        first = false;
        if sent_idx > 0 {
            sent_idx -= 1;
        } else {
            if para == 0 || f.ctx.paras[para - 1].is_heading() || p - para >= 2 {
                break;
            }
            para -= 1;
            sent_idx = f.tks[para].sentences.len().saturating_sub(1);
        }
    }
    // The last speaker of a compatible kind in this or the previous paragraph.
    // `out` holds the decisions for the quotes before this one: look at the last few.
    spans[..out.len()]
        .iter()
        .zip(out)
        .rev()
        .take(50)
        .take_while(|(s, _)| s.para + 2 >= p)
        .filter_map(|(_, a)| a.map(|a| a.actor))
        .find(|&a| f.fits(cast, class, g, a))
}

/// Whether the sentence from token `lo` opens with a participle clause ("Asked
/// whether …,", "Speaking to reporters,", "Pressed on the issue,").
fn opens_with_participle(tk: &Tokens, lo: usize) -> bool {
    if !tk.is_word(lo) || !tk.is_cap(lo) {
        return false;
    }
    let w = tk.lower(lo);
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !lexicon::get().is_stop_capital(tk.word(lo)) || lexicon::get().speech_verb(w).is_some_and(|_| w.ends_with("ed"))
}

/// Whether the sentence in tokens `toks` has a pronoun of `class` for subject: at
/// its start ("She has accused …") or right after an opening quote (`"Q," she
/// said`); and its subject otherwise.
fn same_pronoun_subject(f: &Finder, cast: &Cast, p: usize, toks: Range<usize>, class: PronounClass, g: Option<Gender>) -> (bool, Option<Subj>) {
    let tk = &f.tks[p];
    // A subject pronoun of the other gender ("She asked Conti …" when resolving
    // "he") is someone else: the sentence is not skipped, its subject is no answer.
    let other = |w: &str| matches!((g, gender::of_pronoun(w)), (Some(x), Some(y)) if x != y);
    let mut k = toks.start;
    if k < toks.end && tk.quoted[k] {
        while k < toks.end && (tk.quoted[k] || !tk.is_word(k)) {
            k += 1;
        }
        let same = k < toks.end && tk.is_lower(k) && pronoun_class(tk.lower(k)) == Some(class) && !matches!(tk.lower(k), "his" | "her" | "their" | "its" | "him" | "them");
        if same {
            return if other(tk.lower(k)) { (false, None) } else { (true, None) };
        }
    }
    match f.sentence_subject(cast, p, toks) {
        Some(Subj::Pronoun { class: c, at }) if c == class => {
            let w = f.ctx.paras[p].text[at..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
            if other(&w) {
                (false, None)
            } else {
                (true, None)
            }
        }
        s => (false, s),
    }
}

/// `subject`: the sentence's subject, when it may be the antecedent.
fn antecedent_in(f: &Finder, cast: &mut Cast, p: usize, toks: Range<usize>, class: PronounClass, g: Option<Gender>, subject: Option<Subj>) -> Option<usize> {
    let tk = &f.tks[p];
    if toks.start >= toks.end {
        return None;
    }
    {
        match subject {
            Some(Subj::Actor(a)) if f.fits(cast, class, g, a) => return Some(a),
            Some(Subj::Name(r)) if class == PronounClass::Person || class == PronounClass::Thing => {
                let fits_new = |k: ActorKind, ng: Option<Gender>| compatible(class, k) && !matches!((g, ng), (Some(x), Some(y)) if x != y);
                let a = name_actor_if(f, cast, p, r, fits_new);
                if let Some(a) = a.filter(|&a| f.fits(cast, class, g, a)) {
                    return Some(a);
                }
            }
            Some(Subj::Described { range, plural: true, head }) if class == PronounClass::Plural => {
                return described_actor(f, cast, p, range, &head, true, true);
            }
            _ => {}
        }
    }
    let range = tk.toks[toks.start].start..tk.toks[toks.end - 1].end;
    let quoted = |m: &Mention| {
        let k = tk.at(m.range.start);
        k < tk.quoted.len() && tk.quoted[k]
    };
    let ms: Vec<&Mention> = cast.mentions_in(p, range).iter().filter(|m| !quoted(m) && f.fits(cast, class, g, m.actor)).collect();
    let poss = |m: &Mention| {
        let k = tk.at(m.range.end).saturating_sub(1);
        tk.toks.get(k).is_some_and(|t| t.poss)
    };
    // A possessor inside a relative clause ("The group, which pushed X's party out,
    // …") is background, not an antecedent.
    let in_relative = |m: &Mention| (toks.start..tk.at(m.range.start)).any(|k| tk.is_word(k) && tk.is_lower(k) && f.lx.is("relative", tk.lower(k)));
    ms.iter().find(|m| !poss(m)).or(ms.first().filter(|m| !in_relative(m))).map(|m| m.actor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::{kind, marks};

    /// Builds a cast by hand: every occurrence of each name becomes a mention.
    type Row = (String, Option<String>, &'static str);

    fn run(paras: &[&str], actors: &[(&str, ActorKind)]) -> (Vec<Row>, Cast) {
        let mut doc = Document::default();
        for p in paras {
            doc.paragraph(*p);
        }
        let ctx = Context::new(&doc);
        let spans = marks::find_spans(&ctx);
        let mut cast = Cast::default();
        for (name, kind) in actors {
            let a = cast.add_actor(ActorDraft { name: name.to_string(), kind: *kind, ..Default::default() });
            let surname = name.rsplit(' ').next().unwrap();
            for (pi, p) in paras.iter().enumerate() {
                let mut from = 0;
                while let Some(k) = p[from..].find(name).map(|k| (k, name.len())).or_else(|| p[from..].find(surname).map(|k| (k, surname.len()))) {
                    let s = from + k.0;
                    from = s + k.1;
                    if p[from..].chars().next().is_some_and(|c| c.is_alphanumeric()) {
                        continue; // "Nordland" inside "Nordlanders"
                    }
                    cast.add_mention(Mention { actor: a, para: pi, range: s..s + k.1 });
                }
            }
        }
        let kinds = kind::classify(&ctx, &spans);
        let got = attribute(&ctx, &spans, &kinds, &mut cast);
        let rows = spans
            .iter()
            .zip(got)
            .map(|(s, a)| (paras[s.para][s.content.clone()].to_string(), a.map(|a| cast.actors[a.actor].name.clone()), a.map_or("", |a| a.sieve)))
            .collect();
        (rows, cast)
    }

    fn speaker(paras: &[&str], actors: &[(&str, ActorKind)]) -> Vec<(Option<String>, &'static str)> {
        run(paras, actors).0.into_iter().map(|r| (r.1, r.2)).collect()
    }

    const P: ActorKind = ActorKind::Person;

    #[test]
    fn adjacent_after_with_name_after_verb() {
        let s = speaker(&["“We will not leave this valley before spring,” said Hugh Hill, a doctor."], &[("Hugh Hill", P), ("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Hugh Hill".into()), "adjacent_frame")]);
    }

    #[test]
    fn adjacent_after_with_appositive_subject() {
        let s = speaker(&["“The river is rising every single day,” Hugh Hill, a doctor at the Lakeside Clinic, said on Monday."], &[("Hugh Hill", P), ("Lakeside Clinic", ActorKind::Organization)]);
        assert_eq!(s, vec![(Some("Hugh Hill".into()), "adjacent_frame")]);
    }

    #[test]
    fn adjacent_before_colon_and_title() {
        let s = speaker(&["Harbor commander Ana Ruiz said: “No ship leaves tonight.”"], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "adjacent_frame")]);
    }

    #[test]
    fn subject_not_object() {
        let s = speaker(&["Ana Ruiz told Hugh Hill: “You will have to wait for the morning tide.”"], &[("Ana Ruiz", P), ("Hugh Hill", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "adjacent_frame")]);
    }

    #[test]
    fn appositive_before_verb_is_stepped_over() {
        let s = speaker(&["Hugh Hill, president of the Lakeside Clinic, told reporters: “We are out of beds and out of time.”"], &[("Hugh Hill", P), ("Lakeside Clinic", ActorKind::Organization)]);
        assert_eq!(s, vec![(Some("Hugh Hill".into()), "adjacent_frame")]);
    }

    #[test]
    fn embedded_frame_covers_every_quote_of_the_clause() {
        let s = speaker(
            &["Ana Ruiz declared that this kind of “patient courage” is “the only road left to the harbor.”"],
            &[("Ana Ruiz", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame"), (Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn according_to_and_put_it() {
        let s = speaker(
            &["According to Ana Ruiz, the plan is “a bridge to nowhere at all.” As Hugh Hill once put it, “nobody builds a bridge for fun.”"],
            &[("Ana Ruiz", P), ("Hugh Hill", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame"), (Some("Hugh Hill".into()), "embedded_frame")]);
    }

    #[test]
    fn participial_frame_takes_main_subject() {
        let s = speaker(
            &["Ana Ruiz met Hugh Hill in the port, explaining that the proposal “was built on our own principles.”"],
            &[("Ana Ruiz", P), ("Hugh Hill", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn pronoun_resolves_to_previous_subject() {
        let s = speaker(
            &["Ana Ruiz spoke after Hugh Hill's visit to the docks. “We have leverage, but it is not unlimited,” she said."],
            &[("Ana Ruiz", P), ("Hugh Hill", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "pronoun")]);
    }

    #[test]
    fn pronoun_skips_incompatible_kinds() {
        let s = speaker(
            &["Hugh Hill arrived at the Lakeside Clinic on Monday.", "The Lakeside Clinic was full. “There is no room left for anyone,” he said."],
            &[("Hugh Hill", P), ("Lakeside Clinic", ActorKind::Organization)],
        );
        assert_eq!(s, vec![(Some("Hugh Hill".into()), "pronoun")]);
    }

    #[test]
    fn description_creates_an_actor() {
        let (rows, cast) = run(&["“The valley sells safety, not freedom for anyone,” a senior Nordland diplomat said."], &[("Nordland", ActorKind::State)]);
        assert_eq!(rows[0].2, "description");
        assert_eq!(rows[0].1.as_deref(), Some("Senior Nordland diplomat"));
        assert_eq!(cast.actors.last().unwrap().kind, ActorKind::Person);
    }

    #[test]
    fn collective_speakers_get_a_group() {
        let (rows, cast) = run(&["At a rally in the capital, crowds waving Nordland flags chanted “Down with the council, down with the tax!”"], &[("Nordland", ActorKind::State)]);
        assert_eq!(rows[0].2, "collective");
        assert_eq!(rows[0].1.as_deref(), Some("Crowds"));
        assert_eq!(cast.actors.last().unwrap().kind, ActorKind::Group);
    }

    #[test]
    fn relative_clause_subject() {
        let (rows, _) = run(&["He lashed out at Nordlanders who chant “no to the bridge, no to the port” at rallies."], &[("Nordland", ActorKind::State)]);
        assert_eq!(rows[0].1.as_deref(), Some("Nordlanders"));
        assert_eq!(rows[0].2, "collective");
    }

    #[test]
    fn carry_over_after_colon_paragraph() {
        let s = speaker(
            &[
                "In a letter sent after the vote, Ana Ruiz set out her position:",
                "“We cannot rebuild the port with the men who flooded it. Every week of delay costs us dearly.",
                "“The council is ready to play its part in the work ahead.”",
            ],
            &[("Ana Ruiz", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "carry_over")]);
    }

    #[test]
    fn carry_over_from_previous_paragraph_speaker() {
        let s = speaker(
            &["“The tide will turn by spring,” Ana Ruiz said.", "“And when it turns, we will be ready for the boats.”"],
            &[("Ana Ruiz", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "adjacent_frame"), (Some("Ana Ruiz".into()), "carry_over")]);
    }

    #[test]
    fn carry_over_within_paragraph() {
        let s = speaker(
            &["“This is a surrender dressed up as a deal,” Ana Ruiz told the paper. “We will fight it in the council.”"],
            &[("Ana Ruiz", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "adjacent_frame"), (Some("Ana Ruiz".into()), "carry_over")]);
    }

    #[test]
    fn spokesman_for_an_organisation_speaks_for_it() {
        let s = speaker(
            &["A spokesman for the Dockers Union, which represents 4,000 workers, said the union would “study the text with care before deciding.”"],
            &[("Dockers Union", ActorKind::Organization)],
        );
        assert_eq!(s, vec![(Some("Dockers Union".into()), "embedded_frame")]);
    }

    #[test]
    fn quoted_as_saying_names_the_speaker() {
        let s = speaker(&["The state agency quoted Ana Ruiz as saying the reforms would “change the lives of millions.”"], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn dash_attribution() {
        let s = speaker(&["“This is not about politics; it is about survival” — Ana Ruiz, speaking to parliament on Wednesday."], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "adjacent_frame")]);
    }

    #[test]
    fn complete_relative_clause_is_skipped_to_its_antecedent() {
        let (rows, cast) = run(&["Students who marched through Dorn chanted, “Peace now, peace now!”"], &[("Dorn", ActorKind::State)]);
        assert_eq!(rows[0].1.as_deref(), Some("Students"));
        assert_eq!(cast.actors.last().unwrap().kind, ActorKind::Group);
    }

    #[test]
    fn possessive_pronoun_description_yields_to_the_appositive_name() {
        let s = speaker(&["Its host, Mira Kalen, asked viewers: “Who benefits from this crisis?”"], &[("Mira Kalen", P)]);
        assert_eq!(s, vec![(Some("Mira Kalen".into()), "adjacent_frame")]);
    }

    #[test]
    fn second_quote_of_the_clause_shares_the_speaker() {
        let s = speaker(
            &["The Foreign Ministry issued a statement. “The republic will not negotiate under threat,” the ministry said, adding that talks could resume “once the blockade is lifted.”"],
            &[("Foreign Ministry", ActorKind::Organization)],
        );
        assert_eq!(s[0], (Some("Foreign Ministry".into()), "description"));
        assert_eq!(s[1], (Some("Foreign Ministry".into()), "embedded_frame"));
    }

    #[test]
    fn coordinated_verb_shares_the_subject() {
        let s = speaker(
            &["Ana Ruiz said her town remained open to talks and described the summit as “a missed opportunity, not a closed door.”"],
            &[("Ana Ruiz", P)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn statement_from_a_body_speaks_for_it() {
        let (rows, _) = run(&["According to a statement from the police, “the march ended peacefully at dusk.”"], &[]);
        assert_eq!(rows[0].1.as_deref(), Some("Police"));
    }

    #[test]
    fn abbreviated_titles_do_not_break_frames() {
        let s = speaker(&["“We will,” Dr. Ana Ruiz said, “finish what we started.”"], &[("Ana Ruiz", P)]);
        assert!(s.iter().all(|x| x.0.as_deref() == Some("Ana Ruiz")), "{s:?}");
    }

    #[test]
    fn many_quotes_in_one_paragraph_stay_linear() {
        let para: String = (0..4000).map(|i| format!("“Quote number {i} is long enough to count,” he said. ")).collect();
        let t = std::time::Instant::now();
        let (rows, _) = run(&["Ana Ruiz spoke.", &para], &[("Ana Ruiz", P)]);
        assert_eq!(rows.len(), 4000);
        assert!(t.elapsed().as_secs() < 20);
    }

    #[test]
    fn definite_descriptions_find_their_actor() {
        let s = speaker(
            &[
                "President Ana Ruiz met the press on Monday. The Harbor Times covered the visit.",
                "“The port will reopen,” the president said. “Not before June,” the newspaper wrote.",
            ],
            &[("Ana Ruiz", P), ("Harbor Times", ActorKind::Media)],
        );
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "description"), (Some("Harbor Times".into()), "description")]);
    }

    #[test]
    fn according_to_after_the_quote() {
        let s = speaker(&["“The port will reopen in June,” according to Ana Ruiz."], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn unknown_names_become_actors() {
        let (rows, cast) = run(&["“Nobody asked the fishermen what they wanted here,” said Piet Olsen in a speech."], &[]);
        assert_eq!(rows[0].1.as_deref(), Some("Piet Olsen"));
        assert_eq!(cast.mentions().count(), 1);
    }

    #[test]
    fn possessive_before_quote_is_the_speaker() {
        let s = speaker(&["The mayor then promised to rebuild — a version of Ana Ruiz's “patient courage in hard times.”"], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(Some("Ana Ruiz".into()), "embedded_frame")]);
    }

    #[test]
    fn participle_after_closing_mark_and_possessive_pronoun_subject() {
        let s = speaker(
            &[
                "Mayor Ana Ruiz's yearly address to the harbor guild is closely read.",
                "Most famously, her 2015 speech—given weeks before the strike—noted that she was not against “sensible steps at the table,” declaring that this kind of “patient courage” is “right in some seasons.”",
            ],
            &[("Ana Ruiz", P)],
        );
        assert!(s.iter().all(|x| x.0.as_deref() == Some("Ana Ruiz")), "{s:?}");
    }

    #[test]
    fn terms_get_no_speaker() {
        let s = speaker(&["Ana Ruiz said the “harbor first” policy was dead."], &[("Ana Ruiz", P)]);
        assert_eq!(s, vec![(None, "")]);
    }
}
