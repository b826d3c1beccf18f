//! Still sieve 1: a credit line under a quote. `"Q."` as a paragraph of its own, then
//! `— Markus Lind, chief executive of Nordvik Mining, in a statement` as the next:
//! the epigraph's and the newsletter's way of crediting a quote (the web's
//! `<blockquote>` with a `<footer>` is read by `blockquotes.rs`; this is the same
//! credit set as two paragraphs). The credit is `frames.rs`'s `"Q" — X`, one
//! paragraph down: a dash, then a capitalised name, a short line with no quote and
//! no sentence stop before its end.
//!
//! Cost: the first tokens of one paragraph per quote that fills its own.

use super::*;

/// At most this many tokens on a credit line (dash included), as `frames.rs` allows
/// a credit that ends its paragraph.
const CREDIT_TOKENS: usize = 31;

/// The subject of the credit line after the quote `s`, when `s` fills its paragraph
/// and the next paragraph is such a line.
pub(super) fn credit_subject(f: &Finder, cast: &Cast, s: &QuoteSpan) -> Option<Subj> {
    let text = f.ctx.paras[s.para].text;
    let open_at = s.preceding.first().map_or(s.open, |_| 0);
    if !s.preceding.is_empty() || !text[..open_at.min(text.len())].trim().is_empty() || !text[s.close.min(text.len())..].trim().is_empty() {
        return None;
    }
    let q = s.para + 1;
    let tk = f.tks.get(q)?;
    let n = tk.toks.len();
    let dash = matches!(tk.punct(0), Some('\u{2014}' | '\u{2013}' | '\u{2015}'));
    if !dash || n > CREDIT_TOKENS || !tk.is_word(1) || !tk.is_cap(1) || f.ctx.paras[q].is_heading() {
        return None;
    }
    let stops = (1..n.saturating_sub(1)).any(|k| tk.quoted[k] || matches!(tk.punct(k), Some('.' | ';' | '!' | '?' | ':')));
    if stops || tk.quoted.iter().any(|&x| x) {
        return None;
    }
    f.frame_subject(cast, q, Frame::Dash { first: 1 })
}
