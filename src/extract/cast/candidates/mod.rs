//! Pass 1: capitalised chunks → candidate actors, read with their neighbours.
//!
//! A chunk is classified by what it *is* (a KB state or body, titles + a name, a
//! name with an institutional head word, an event, a place) and then by where it
//! *stands*: the owner before a person ("Qods Force commander", "Niger's leader,")
//! and the appositive after it (", president of the ECOWAS Commission").
//!
//! `paragraph` runs the pass over one paragraph. One file per job:
//! - `classify.rs`: what a chunk is, as a short sequence of named steps (the first
//!   that decides wins), with `titles.rs` (titles and their holders),
//!   `person_names.rs` (whether a plain name is a person's), `short_forms.rs` (a
//!   later, shorter mention of a name given in full) and `lone_word.rs` (a lone
//!   capitalised word, with `lone_body.rs`: one the clause around it makes a body);
//! - `speaker_label.rs`: a transcript's speaker label with an affiliation ("HON. X
//!   (BDP, Mahalapye West):", "Q (X, The Jordan Times):");
//! - `context.rs`: a chunk read with its neighbours once the paragraph is
//!   classified, with `owner_before.rs` (the owner and role before a person),
//!   `appositive.rs` (the appositive after a person) and `lowercase_bodies.rs` (a
//!   state's lowercase ministry, army or police);
//! - `lowercase_subject.rs`: a lowercase body with no name that opens a sentence
//!   and speaks or is described ("The planning board, which advises …");
//! - `helpers.rs`: the small readers they share.

use super::builder::*;
use super::names::{self, Chunk};
use crate::model::ActorKind;

/// A step of a rule sequence that decides returns `Some(result)` (the actor, or
/// `None`: no actor) and the caller returns it; a step that does not returns `None`
/// and the next step is tried.
macro_rules! decided {
    ($step:expr) => {
        crate::extract::cast::trace::phase(stringify!($step));
        if let Some(result) = $step {
            return result;
        }
    };
}

mod appositive;
mod classify;
mod context;
mod helpers;
mod lone_body;
mod lone_word;
mod lowercase_bodies;
mod lowercase_subject;
mod owner_before;
mod person_names;
mod short_forms;
mod speaker_label;
mod titles;

pub(super) use helpers::given_name;
pub(super) use lone_word::lone_unknown;
pub(super) use speaker_label::turn_affiliation;
use helpers::known_as;

/// How many chunks back "its commander" looks for its organisation.
pub(super) const PRONOUN_REACH: usize = 24;

/// The byte range of a photo credit in a paragraph: from a `[credit_label]` word and
/// its colon when eight words or fewer follow ("Photo: Aminata Sow / Reuters"), or from an agency in capitals glued by a slash
/// to a capitalised name ("REUTERS/Lise Aaserud"), to the closing parenthesis or the
/// paragraph's end. "CDU/CSU" and "Greens/EFA" are no credit: the agency's word has
/// three letters or more and the name after the slash two words or more.
fn photo_credit(text: &str, toks: &[names::Tok]) -> Option<std::ops::Range<usize>> {
    use names::TokKind::{Punct, Word};
    let lx = crate::extract::lexicon::get();
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Word).map(|t| &text[t.start..t.end]);
    let cap = |k: usize| word(k).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let start = (0..toks.len()).find_map(|k| {
        let w = word(k)?;
        let next = toks.get(k + 1)?.kind;
        let labelled = next == Punct(':') && w.chars().next().is_some_and(char::is_uppercase) && lx.is_lower("credit_label", w);
        let agency = next == Punct('/')
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_uppercase())
            && cap(k + 2)
            && cap(k + 3)
            && toks.get(k + 3).is_some_and(|t| text[toks[k + 2].end..t.start].trim().is_empty());
        // A label opens a credit only when a short line follows it: "FILE PHOTO:
        // Finance Minister X attends …" is a caption about its people.
        let short = |from: usize| {
            let rest = &text[from..];
            let rest = &rest[..rest.find(')').unwrap_or(rest.len())];
            rest.split_whitespace().count() <= 8
        };
        if labelled && short(toks[k + 1].end) {
            Some(toks[k + 1].end)
        } else {
            agency.then(|| toks[k].start)
        }
    })?;
    let end = text[start..].find(')').map_or(text.len(), |i| start + i);
    Some(start..end)
}

/// The chunk starting at token `t` (chunks are sorted and disjoint).
pub(super) fn starting_at(chunks: &[Chunk], t: usize) -> Option<usize> {
    chunks.binary_search_by_key(&t, |x| x.first).ok()
}

impl Builder {
    /// Pass 1 over one paragraph: its chunks classified, then read with their
    /// neighbours, then the titles in apposition given to their holders.
    pub(super) fn paragraph(&mut self, p: &crate::extract::Para) {
        let (para, text, toks) = (p.index, p.text, &p.names[..]);
        self.sentences.clone_from(&p.sentences);
        let mut chunks = names::chunks(text, toks);
        self.refine_chunks(text, toks, &mut chunks);
        let mut assigned: Vec<Option<usize>> = vec![None; chunks.len()];
        let mut title = vec![false; chunks.len()];
        // "THE VETO: Hungary has told partners …": a newsletter's label in capitals
        // (two words or more, closed by a colon) opening the paragraph names no one.
        // "HON. X (BDP, Mahalapye West): …": a speaker label with an affiliation
        // (`speaker_label.rs`).
        // "PER OLSEN (Labour): …": a name in capitals makes its person
        // (`speaker_label.rs` `capitals_name_label`).
        let label_end = self.speaker_label(para, text).or_else(|| self.capitals_name_label(para, text)).or_else(|| {
            let t = text.trim_start();
            // ("KARI NORDMO (translated):": a transcript's label with a note in lowercase.)
            let head = |i: usize| crate::extract::slug::strip_note(&t[..i]);
            t.find(':').filter(|&i| i <= 40 && head(i).split_whitespace().count() >= 2 && head(i).chars().any(char::is_alphabetic) && !head(i).chars().any(char::is_lowercase)).map(|i| text.len() - t.len() + i)
        });
        // "SOUNDBITE (Norwegian) X, fisheries minister:": a broadcast slug's word and
        // its parenthesis name no one; the name after them is a person when it reads
        // as one (`speaker_label.rs` `slug_speaker`, `extract/slug.rs`).
        let label_end = label_end.or_else(|| self.slug_speaker(text));
        // "Q: The fleet says …", "A. What I told them …": an interview's question and
        // answer labels name no one (never an organisation "Q", a person "A. What").
        // (A chunk running over the label, "A. What I", is the label's initial read as a
        // name's: dropped whole.)
        let qa_end = crate::extract::slug::qa_label(text).map(|(_, end)| end);
        let label_end = label_end.or(qa_end);
        if let Some(end) = label_end {
            chunks.retain(|c| c.end > end && (qa_end != Some(end) || c.start >= end));
        }
        // "(Photo: Moussa Traore/AFP via Getty Images)", "REUTERS/Lise Aaserud/File
        // Photo": a photo credit names the photographer and the agency, no actor.
        if let Some(credit) = photo_credit(text, toks) {
            chunks.retain(|c| c.end <= credit.start || c.start >= credit.end);
        }
        super::trace::phase("lowercase_subjects");
        self.lowercase_subjects(text, toks);
        for (ci, c) in chunks.iter().enumerate() {
            self.title_chunk = false;
            super::trace::phase("classify");
            // "the armed forces' union, known by its acronym SNF": another name of the
            // actor before, not a second actor. Never a state's: "Mozambique's armed
            // forces, known as FADM", "the mission in Mozambique, known as SAMIM" name
            // the unnamed thing the state qualifies.
            let named = |a: &usize| self.actors[*a].kind != ActorKind::State;
            // "X, known by its French initials ONEE": the demonym is a chunk of its own
            // inside the phrase, so the name may be two chunks back.
            let before = (1..=2).filter_map(|d| ci.checked_sub(d)).find(|&x| known_as(text, toks, chunks[x].last, c.first));
            if let Some(a) = before.and_then(|x| assigned[x]).filter(named) {
                self.alias(a, c.text(text));
                assigned[ci] = Some(a);
                continue;
            }
            assigned[ci] = self.classify(para, text, toks, &p.names_lower, c);
            if self.log.on() {
                if assigned[ci].is_none() {
                    self.log.reject(para, c.text(text), super::trace::current());
                }
                self.sync_kinds();
            }
            title[ci] = self.title_chunk;
            // "The BJP has seized on it. Party president X": the party named before
            // (this paragraph's chunks, then the last paragraph's).
            if let (Some((noun, lead)), Some(a)) = (self.described_owner.take(), assigned[ci]) {
                let before: Vec<Option<usize>> = self.prev_assigned.iter().chain(&assigned[..ci]).copied().collect();
                if let Some(o) = self.described_org(&noun, &before, a) {
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, c.start);
                }
            }
        }
        super::trace::phase("context");
        for (ci, c) in chunks.iter().enumerate() {
            self.context(para, text, toks, &chunks, &mut assigned, ci, c);
        }
        super::trace::phase("title_apposition");
        self.title_apposition(para, text, toks, &chunks, &assigned, &title);
        super::trace::phase("pronoun_placed");
        self.pronoun_placed(para, text, toks, &chunks, &assigned);
        self.sync_kinds();
        self.prev_assigned = assigned;
    }
}
