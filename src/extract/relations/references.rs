//! A cue's subject named by a pronoun ("The S&D said that they would vote against
//! him", "Marsh said she had received …", "The representative of Egypt …. He
//! accused Ethiopia"): the pronoun is read where it stands, and the actor it stands
//! for is asked of the story's one pronoun resolver, attribution's ([`Refer`],
//! `attribution::Referrer`: its own clause's subject, then the subjects of the
//! sentences before, of a fitting kind and gender, named in its paragraph or the one
//! before), never guessed here. When the resolver has no answer, `sources`'s
//! reading of a person's pronoun (the sentence's speaker, the person named last)
//! still applies.
//!
//! Why the subject only: an object "it" or "them" after a cue is most often a
//! thing ("voted against it", a law; "put their weight behind it", a plan), and
//! the resolver, which looks for actors, finds one anyway (on the dev set three
//! such readings were all wrong, none right).

use super::cues::{cues, List};
use super::sources::in_a_row;
use crate::extract::attribution::Referent;
use crate::extract::cast::names::Tok;
use crate::extract::cast::Cast;
use crate::model::ActorKind;

/// The shared resolver: paragraph and byte offset of a pronoun → what it stands for.
pub type Refer<'r> = &'r dyn Fn(usize, usize) -> Option<Referent>;

/// A subject pronoun (`subject_pronoun` of `data/grammar_words.txt`: "he", "she",
/// "they", "it") right before the cue, past `[-:skip]` words, words in a row ("that
/// they would vote against", "he has since accused"); `k` is the cue's first word,
/// `lo` the sentence's first (indices into `words`). Ambiguous (no source at all)
/// when the resolver finds two of equal standing, or when the same pronoun opened
/// the sentence and a person is named in between other than as a possessor ("He
/// said Mensah had warned that he would …": either may be meant).
pub(super) fn subject(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, lo: usize, cast: &Cast, para: usize, refer: Refer) -> Option<Referent> {
    let lx = crate::extract::lexicon::get();
    let mut j = k;
    for _ in 0..4 {
        if j <= lo {
            return None;
        }
        j -= 1;
        let (t, w) = words[j];
        if !in_a_row(text, words, toks, j) {
            return None;
        }
        if lx.is("subject_pronoun", w) {
            if let Some(e) = words[lo..j].iter().position(|(_, x)| *x == w) {
                let between = cast.mentions_in(para, toks[words[lo + e].0].end..toks[t].start);
                if between.iter().any(|m| cast.actors[m.actor].kind == ActorKind::Person && !text[m.range.end..].starts_with(['\'', '\u{2019}'])) {
                    return Some(Referent::Ambiguous);
                }
            }
            return refer(para, toks[t].start);
        }
        if !cues().is(List::Skip, w) {
            return None;
        }
    }
    None
}

/// "Serbia hosted the summit. Its ally Hungary sent …", "His rival, Senator Y,
/// called for …", "Its coalition partner, the Centre Party, lost ground": a
/// possessive pronoun opening the sentence (`w0`, the sentence's first word), at
/// most one lowercase word, then the possessed cue (`k`, its first word; `cue_end`),
/// and the actor named right after it (a comma and "the" at most between). The
/// owner is what the resolver says the pronoun stands for (never a guess here; an
/// ambiguous pronoun gives nothing); returns (owner, named).
#[allow(clippy::too_many_arguments)]
pub(super) fn possessive_owner(text: &str, words: &[(usize, &str)], toks: &[Tok], w0: usize, k: usize, cue_end: usize, after: &[&crate::extract::cast::Mention], para: usize, refer: Refer) -> Option<(usize, usize)> {
    let lx = crate::extract::lexicon::get();
    if k <= w0 || k - w0 > 2 || !lx.is("possessive_pronoun", words.get(w0)?.1) {
        return None;
    }
    // "Its coalition partner": the words run straight into the cue (no comma).
    if !(w0..k).all(|j| in_a_row(text, words, toks, j)) {
        return None;
    }
    let named = after.first()?;
    let rest = text[cue_end..named.range.start].trim();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    if !(rest.is_empty() || rest == "the") {
        return None;
    }
    let owner = refer(para, toks[words[w0].0].start)?.actor()?;
    (owner != named.actor).then_some((owner, named.actor))
}
