//! A charge states no relation of its own: "She accused the minister of
//! “negotiating with Berlin before negotiating with Namibians”" relates the accuser
//! to the accused (the charge verb's cue), not the accused, nor anyone, to Berlin.
//!
//! Why: the quoted complement of a charge verb after "of" (`charge_verb` of
//! `data/grammar_words.txt`, the list `kind` reads `X accused Y of “Q”` with) is the
//! accuser's wording of what the accused did; a cue inside it is the accusation's
//! content, whose agent the sentence does not give as a cue's source would need
//! (the nearest actor before it is the accuser's party, or a name in the quote).
//! An unquoted charge ("accused Kenya of arming the rebels") is left as it was: the
//! writer states the act in his own words.
//!
//! Cost: a scan of the sentence up to the cue for its last quotation mark, and at
//! most eight word look-ups when "of" stands before it.

use crate::extract::cast::names::Tok;
use crate::extract::lexicon;

/// At most this many words between a charge verb and the "of" of its complement
/// ("accused the minister of", "accused the country's ruling party of").
const CHARGE_REACH: usize = 7;

/// Whether the cue whose first word is `words[k]` stands inside the quoted
/// complement of a charge verb: after "of" and an opening quotation mark not closed
/// before the cue, in the sentence starting at `s_start` (its words from `lo`); the
/// verb among the `CHARGE_REACH` words before "of".
pub(super) fn in_charge(text: &str, words: &[(usize, &str)], toks: &[Tok], lo: usize, k: usize, s_start: usize) -> bool {
    let cue_start = toks[words[k].0].start;
    let Some(inside) = text.get(s_start..cue_start) else { return false };
    // The last opening mark before the cue, still open.
    let Some(mark) = inside.rfind(['\u{201c}', '"']).map(|i| s_start + i) else { return false };
    let open_end = mark + text[mark..].chars().next().map_or(1, char::len_utf8);
    if text[open_end..cue_start].contains(['\u{201d}', '"']) {
        return false;
    }
    // The word right before the mark is "of".
    let of = words[lo..k].partition_point(|(i, _)| toks[*i].end <= mark) + lo;
    let Some(of) = of.checked_sub(1).filter(|&j| j >= lo && words[j].1 == "of" && text[toks[words[j].0].end..mark].trim().is_empty()) else { return false };
    let lx = lexicon::get();
    (of.saturating_sub(CHARGE_REACH).max(lo)..of).any(|j| lx.speech_verb(words[j].1).is_some_and(|l| lx.is("charge_verb", l)))
}
