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
//! Which rule inside a sieve decided (the antecedent's sentence and role, the
//! description's resolver) is a debug record only (`trace.rs`): the policies
//! between candidates are judged by counting it over the dev set.
//!
//! The passes, in order:
//!
//! 1. `adjacent_frame`: `"Q," X said` · `"Q," said X` · `X said, "Q"` · `X said: "Q"`
//!    · `"Q" — X` · `"Q," X continued` · a quote paragraph, then `— X, in a statement`
//!    as the next (`credit.rs`) · `X would need "Q" over three years, he said`
//!    (`trailing.rs`).
//! 2. `embedded_frame`: `X argued that … "Q"` (every quote of the clause; a voice
//!    reporting that its own state or body welcomed something as "Q" speaks,
//!    `principal.rs`) ·
//!    `As X put it, "Q"` (and after the quote: `"Q," as X insists`, `as_clause.rs`) ·
//!    `according to X` · participial frames (`…, explaining that
//!    … "Q"`, whose subject is the main clause's) · `X's "Q"`.
//! 3. `pronoun` / `description`: the frames above whose subject is "he", "they",
//!    "his speech", "the president" or "a senior diplomat": resolved to the nearest
//!    compatible actor (the subject of the closest earlier sentence first); "his
//!    office" is the person's office; a document's quote signed in the next
//!    sentence is its signatory's, "the memo says" the writer its mention named
//!    ("a memo signed by X", "an email from X"; `signed.rs`), a commentary's the author the next
//!    sentence names (`author.rs`: "Its author, X,"); "he" after "the representative
//!    of Brazil said" is Brazil; "it" after "the editorial said" is the paper.
//! 4. `carry_over`: a paragraph that opens with a quote and has no frame of its own
//!    continues the speaker introduced just before (`… set out the position:`) or
//!    the last speaker of the previous paragraph, or the person whose words that
//!    paragraph ends by reporting (`X, an analyst at Y, said the test would come later.`);
//!    a quote in brackets right after another is its translation, with its speaker;
//!    a quote filling its paragraph whose next paragraph opens with a recap or
//!    introduces a person ("X, a nurse, …") is theirs (`next_para.rs`);
//!    in a Q&A transcript an answer's unframed or first-person quote is the
//!    interviewee's (`interview.rs`); last of all, a key point's quote whose words
//!    recur in a later quotation has that quotation's speaker (`echo.rs`).
//! 5. `collective`: crowds, protesters, editorials, "Iranians who chant": a group or
//!    outlet with no actor of its own gets one, named by its noun phrase (under the
//!    state the phrase names), so that every speaker is an actor id; a phrase whose
//!    complement names a known outlet, body or group ("editorials in the weekly
//!    magazine") is that actor speaking. A state's people named by its plural
//!    demonym ("Zimbabweans chanted", an alias of the state in the cast) is such a
//!    group under the state, taken up again at its next speech, never the state
//!    (`phrase.rs`, `descriptions.rs`: `context::is_people`).
//! 6. `nearest`: a speech quote still without a speaker takes the subject of the
//!    last reporting verb in its sentence or the sentence before, else the last
//!    speaker of its or the previous paragraph (`nearest.rs`): abstaining is as
//!    wrong as a wrong guess, and the nearest reported speaker is right more often.
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

mod as_clause;
mod author;
mod carry;
mod collective;
mod colon;
mod context;
mod credit;
mod echo;
mod descriptions;
mod embedded;
mod exchange;
mod frames;
mod interview;
mod modal;
mod nearest;
mod next_para;
mod phrase;
mod possessed_body;
mod principal;
mod pronouns;
mod refer;
mod relayed;
mod resolve;
mod signed;
mod subject;
mod tokens;
pub(crate) mod trace;
mod trailing;
mod writer;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sources;

use super::cast::{ActorDraft, Cast, Mention};
use super::gender::{self, Gender};
use super::lexicon::{self, Lexicon};
use super::marks::QuoteSpan;
use super::sentences::Tok;
use super::Context;
use crate::model::{ActorKind, QuoteKind};
use std::ops::Range;

pub use refer::{referrer, Referent, Referrer};
pub use tokens::{read, Reading};
pub(crate) use frames::Frame;
pub(crate) use tokens::Tokens;
// What the sieve files share; each of them reads it through `use super::*`.
use context::{compatible, is_demonym_plural, is_people, is_plural, is_speaker_noun, pronoun_class, strip_determiners, Finder, PronounClass, Subj};
use descriptions::{described_actor, document_issuer};
use embedded::embedded_frame;
use frames::find_frame;
use pronouns::resolve_pronoun;
use resolve::{name_actor, name_actor_if, person_of, resolve_subject};

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

pub fn attribute(ctx: &Context, spans: &[QuoteSpan], kinds: &[QuoteKind], cast: &mut Cast) -> Vec<Option<Attribution>> {
    attribute_read(ctx, &read(ctx, spans), spans, kinds, cast)
}

/// [`attribute`] with the [`Reading`] that `kind` already made.
pub fn attribute_read(ctx: &Context, reading: &Reading, spans: &[QuoteSpan], kinds: &[QuoteKind], cast: &mut Cast) -> Vec<Option<Attribution>> {
    let f = Finder { ctx, tks: &reading.tks, lx: lexicon::get(), genders: gender::infer(&reading.tks, cast), titled: Default::default() };
    resolve::kin_mentions(&f, cast);
    trace::begin();
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
            let mut step = trace::frame(&frame);
            // "I will repeat what X told the cabinet, because I cannot say it
            // better: "Q"": relayed words are the reported clause's subject's.
            if let Some(s) = relayed::speaker(&f, cast, spans[i].para, spans[i].open) {
                subj = Some(s);
                step = "relayed words";
            }
            if subj.is_none() && !adjacent && i > 0 && spans[i - 1].para == spans[i].para {
                // `"Q1," the ministry said, adding that "Q2"`: every quote of the clause
                // has the clause's speaker.
                let para = &ctx.paras[spans[i].para];
                if para.sentence_index(spans[i - 1].open) == para.sentence_index(spans[i].open) {
                    if let Some(a) = out[i - 1] {
                        subj = Some(Subj::Actor(a.actor));
                        step = "clause's earlier quote";
                    }
                }
            }
            // "A Russian foreign ministry spokeswoman said that Russia welcomed it as
            // "Q"": the voice reporting its principal speaks (`principal.rs`).
            if let (Some(Subj::Actor(a)), Frame::Embedded { verb, .. }) = (&subj, frame) {
                if let Some(s) = principal::voice_for(&f, cast, spans[i].para, verb, *a) {
                    subj = Some(s);
                }
            }
            // "Germany said through its foreign ministry that …": the body speaks.
            if let (Some(Subj::Actor(a)), Frame::Before { verb } | Frame::Embedded { verb, .. }) = (&subj, frame) {
                if let Some(b) = descriptions::channel(&f, cast, spans[i].para, verb, *a) {
                    subj = Some(Subj::Actor(b));
                    step = "channel";
                }
            }
            // "X said that Sumar would keep asking "Q"": the words are X's, but the
            // party named as the subject of the speech still to come is an actor of
            // the story all the same.
            if let Frame::Embedded { verb, .. } = frame {
                let tk = &f.tks[spans[i].para];
                let sent_start = tk.sentence_toks(verb).start;
                let later = (verb + 1..tk.at(spans[i].open)).find(|&k| tk.is_word(k) && tk.is_speech_verb(k, sent_start) && embedded::future_verb(tk, k, sent_start));
                if let Some(Subj::Name(r)) = later.and_then(|k| f.subject_left(cast, spans[i].para, k)) {
                    name_actor(&f, cast, spans[i].para, r);
                }
            }
            match subj {
                Some(Subj::Actor(a)) => {
                    out[i] = Some(Attribution { actor: a, sieve });
                    trace::decided(i, step);
                }
                Some(Subj::Name(r)) => {
                    out[i] = Some(Attribution { actor: name_actor(&f, cast, spans[i].para, r), sieve });
                    trace::note("a name no mention covers");
                    trace::decided(i, step);
                }
                other => subjects[i] = other,
            }
        }
    }

    // Still sieve 1: a quote filling its paragraph, credited by the next one
    // (`"Q."` ¶ `— X, in a statement`; `credit.rs`).
    for i in 0..n {
        if speech(i) && out[i].is_none() && frames[i].is_none() {
            match credit::credit_subject(&f, cast, &spans[i]) {
                Some(Subj::Actor(a)) => out[i] = Some(Attribution { actor: a, sieve: "adjacent_frame" }),
                Some(Subj::Name(r)) => out[i] = Some(Attribution { actor: name_actor(&f, cast, spans[i].para + 1, r), sieve: "adjacent_frame" }),
                _ => continue,
            }
            trace::decided(i, "credit line");
        }
    }

    // Still sieve 1: `X would need "Q" over three years, he said`: a reporting clause
    // after the quote's own clause (`trailing.rs`); a pronoun waits for sieve 3.
    for i in 0..n {
        if speech(i) && out[i].is_none() && frames[i].is_none() && spans[i].preceding.is_empty() {
            match trailing::subject(&f, cast, spans[i].para, spans[i].close) {
                Some(Subj::Actor(a)) => out[i] = Some(Attribution { actor: a, sieve: "adjacent_frame" }),
                Some(Subj::Name(r)) => out[i] = Some(Attribution { actor: name_actor(&f, cast, spans[i].para, r), sieve: "adjacent_frame" }),
                other => subjects[i] = other,
            }
        }
    }

    // Still sieve 2: a quote with no frame at all that states a commitment
    // (`Under the deal, Accra would "Q"`).
    for i in 0..n {
        if speech(i) && out[i].is_none() && frames[i].is_none() && spans[i].preceding.is_empty() {
            if let Some(a) = modal::speaker(&f, cast, spans[i].para, spans[i].open) {
                out[i] = Some(Attribution { actor: a, sieve: "embedded_frame" });
                trace::decided(i, "modal commitment");
            }
        }
    }

    // Sieve 3: pronouns and descriptions; first, a document's quote whose author the
    // next sentence names (`"Q," the statement read. It was signed by X.`), the
    // plainest evidence a document frame gets (`signed.rs`).
    for i in 0..n {
        if speech(i) && out[i].is_none() && spans[i].preceding.is_empty() {
            if let Some(a) = signed::signatory(&f, cast, spans[i].para, spans[i].close) {
                out[i] = Some(Attribution { actor: a, sieve: "description" });
                trace::decided(i, "signatory");
            }
        }
    }
    // A commentary whose author the next sentence names ("Its author, X,";
    // `author.rs`).
    for i in 0..n {
        if let (true, None, Some(Subj::Described { range, head, .. })) = (speech(i), out[i], &subjects[i]) {
            if let Some(a) = author::named_next(&f, cast, spans[i].para, range, head) {
                out[i] = Some(Attribution { actor: a, sieve: "description" });
                trace::decided(i, "author named next");
            }
        }
    }
    pronouns::sieve(&f, cast, spans, kinds, &subjects, &mut out);

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
                trace::decided(i, "clause's earlier quote, after sieve 3");
            }
        }
    }

    // Sieve 4: Q&A answers, carry-over (and colon frames), sieve 5: collective speakers.
    interview::sieve(&f, cast, spans, kinds, frames, &mut out);
    exchange::sieve(&f, cast, spans, kinds, frames, &mut out);
    // The byline's author speaking in the first person (`writer.rs`).
    writer::sieve(&f, cast, spans, kinds, frames, &mut out);
    carry::sieve(&f, cast, spans, kinds, frames, &subjects, &mut out);
    // Still sieve 4: a quote in brackets right after another quote of its sentence
    // is its translation (`„Q“ ("Q in English")`), so it has the original's speaker.
    for i in 1..n {
        if !speech(i) || out[i].is_some() || spans[i - 1].para != spans[i].para || !spans[i].preceding.is_empty() {
            continue;
        }
        let text = ctx.paras[spans[i].para].text;
        let gap = text.get(spans[i - 1].close..spans[i].open).unwrap_or("").trim();
        let after = text.get(spans[i].close..).unwrap_or("").trim_start_matches(['.', ',', ' ']);
        if matches!(gap, "(" | "[") && after.starts_with([')', ']']) {
            out[i] = out[i - 1].map(|a| Attribution { sieve: "carry_over", ..a });
            trace::decided(i, "translation");
        }
    }
    collective::sieve(&f, cast, spans, kinds, &subjects, &mut out);
    carry::after_collective(&f, cast, spans, kinds, frames, &mut out);
    // A key point's quote echoing a later quotation takes its speaker (`echo.rs`),
    // before the last resort reads the nearest frame.
    echo::sieve(&f, cast, spans, kinds, &mut out);
    // Sieve 6: the last resort, the nearest reported speaker rather than none.
    nearest::sieve(&f, cast, spans, kinds, &subjects, &mut out);
    out
}

/// Whether quote `i` is speech (terms have no speaker).
fn is_speech(kinds: &[QuoteKind], i: usize) -> bool {
    kinds.get(i).copied().unwrap_or_default() == QuoteKind::Speech
}
