//! Quotations set as block quotes, without quotation marks.
//!
//! Why: on the web a long quotation is often typeset as a `<blockquote>` and the
//! marks are left out (the indentation is the mark); embedded posts are block
//! quotes too ("… — Name (@handle) date"). [`super::marks`] finds only marked
//! spans, so such a block would give no quote at all. Here every block-quote block
//! in which `marks` found nothing becomes one quote span over its text, minus a
//! trailing attribution line ("— Lena Ortiz", "– the minister, in a statement"),
//! which stays outside the span so that the ordinary dash frame (`"Q" — X`) reads
//! the speaker from it. Without such a line the later sieves (the person the
//! paragraph before is about, carry-over) attribute it like any unframed quote.
//!
//! A *pull quote* repeats words of the article as decoration. It is not a second
//! quotation: a block quote whose words (letters and digits, case-folded) occur in
//! a paragraph of the article is dropped. That search is bounded: the paragraphs
//! are folded once, and only the first [`MAX_DEDUPLICATED`] block quotes are looked
//! up in them, so a page made of thousands of block quotes stays linear.
//!
//! Deliberately absent: block quotes from plain-text input (the plain reader makes
//! none), and any guess about a block quote's kind: `kind` weighs it like any span.

use crate::case::CharCase;
use super::marks::QuoteSpan;
use super::Context;
use crate::document::BlockKind;
use std::ops::Range;

/// How many unmarked block quotes are checked for being pull quotes.
const MAX_DEDUPLICATED: usize = 64;
/// An attribution line after the dash has at most this many words.
const MAX_ATTRIBUTION_WORDS: usize = 12;

/// `spans` (from [`super::marks::find_spans`], in document order) with one span added
/// for every block quote that holds no marked quote, in document order.
pub fn add_unmarked(ctx: &Context, spans: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    let has_quotes = super::marks::paras_with_quotes(ctx.paras.len(), &spans);
    let mut extra: Vec<QuoteSpan> = Vec::new();
    for para in ctx.paras.iter().filter(|p| p.kind == BlockKind::BlockQuote) {
        if has_quotes[para.index] {
            continue;
        }
        let body = body_range(para.text);
        let words = &para.text[body.clone()];
        // One word, or nothing but an attribution line: no quotation.
        if words.split_whitespace().count() < 2 || words.starts_with(['\u{2014}', '\u{2013}', '\u{2015}', '-']) {
            continue;
        }
        extra.push(QuoteSpan { para: para.index, open: body.start, content: body.clone(), close: body.end, preceding: Vec::new() });
    }
    if extra.is_empty() {
        return spans;
    }
    drop_pull_quotes(ctx, &mut extra);
    super::marks::merge_in_order(spans, extra)
}

/// The quoted words of a block quote: its text without a trailing attribution line
/// ("… us. — Lena Ortiz"), trimmed.
fn body_range(text: &str) -> Range<usize> {
    let end = attribution_start(text).unwrap_or(text.len());
    let s = &text[..end];
    let start = s.len() - s.trim_start().len();
    start..s.trim_end().len().max(start)
}

/// Where a trailing "— Name …" begins: the last dash (—, –, ― or "--") that follows
/// a space or a sentence's end and is followed by a capitalised word or a handle and at most
/// [`MAX_ATTRIBUTION_WORDS`] words, with quoted words before it.
fn attribution_start(text: &str) -> Option<usize> {
    let (at, len) = text
        .char_indices()
        .filter(|&(i, c)| matches!(c, '\u{2014}' | '\u{2013}' | '\u{2015}') || (c == '-' && text[i..].starts_with("--")))
        .map(|(i, c)| (i, if c == '-' { 2 } else { c.len_utf8() }))
        .last()?;
    let before = &text[..at];
    let after = text[at + len..].trim_start();
    let opens_name = after.chars().next().is_some_and(|c| c.is_uppercase() || c == '@');
    let words = after.split_whitespace().count();
    // "… us. — Name", or "… us.— Name" where a footer element's text follows a
    // paragraph's with nothing between them (textContent joins them so).
    let spaced = before.ends_with(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}' | ')'));
    (spaced && opens_name && words <= MAX_ATTRIBUTION_WORDS && !before.trim().is_empty()).then_some(at)
}

/// Drops the block quotes whose words occur in a block that is not a block quote
/// (pull quotes). The other blocks are folded once, into one text.
fn drop_pull_quotes(ctx: &Context, extra: &mut Vec<QuoteSpan>) {
    let mut body = String::new();
    for p in ctx.paras.iter().filter(|p| p.kind != BlockKind::BlockQuote) {
        body.push_str(&folded(p.text));
        body.push('\n'); // never inside a folded needle: no match across blocks
    }
    let mut checked = 0;
    extra.retain(|q| {
        if checked >= MAX_DEDUPLICATED {
            return true;
        }
        checked += 1;
        let needle = folded(&ctx.paras[q.para].text[q.content.clone()]);
        needle.is_empty() || !body.contains(&needle)
    });
}

/// Letters and digits, lowercased, words joined by one space: the same words
/// whatever the punctuation, marks or case around them.
fn folded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(CharCase::lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Document};
    use crate::extract::marks;

    fn spans(blocks: &[(BlockKind, &str)]) -> Vec<(usize, String)> {
        let mut doc = Document::default();
        for (kind, text) in blocks {
            doc.blocks.push(Block { kind: *kind, text: text.to_string() });
        }
        let ctx = Context::new(&doc);
        add_unmarked(&ctx, marks::find_spans(&ctx)).iter().map(|s| (s.para, ctx.paras[s.para].text[s.content.clone()].to_string())).collect()
    }

    use BlockKind::{BlockQuote, Paragraph};

    #[test]
    fn an_unmarked_block_quote_is_one_span_without_its_attribution() {
        let got = spans(&[
            (Paragraph, "The mayor spoke first. “Not now,” she said."),
            (BlockQuote, "We will not sign a deal that leaves the dockers behind. — Lena Ortiz"),
            (Paragraph, "Later, “fine,” he said."),
        ]);
        assert_eq!(got, vec![(0, "Not now,".into()), (1, "We will not sign a deal that leaves the dockers behind.".into()), (2, "fine,".into())]);
    }

    #[test]
    fn attribution_lines_take_several_forms() {
        assert_eq!(body_range("Nothing moves. -- Amir Haddad, port authority"), 0..14);
        assert_eq!(body_range("Nothing moves.— Amir Haddad"), 0..14);
        // A dash glued to a word is a compound's, not an attribution's.
        assert_eq!(body_range("It was pro-Western—Macron said so"), 0.."It was pro-Western—Macron said so".len());
        assert_eq!(body_range("The vote stands — and so do we. — @harbourunion (Harbour Union) 3 May 2025"), 0.."The vote stands — and so do we.".len());
        // A dash inside the quote, a lowercase word after it: no attribution.
        assert_eq!(body_range("We waited — and waited."), 0.."We waited — and waited.".len());
        // Only a dash line: nothing quoted before it, and no quote at all.
        assert_eq!(body_range("— Lena Ortiz"), 0..14);
        assert!(spans(&[(BlockQuote, "— Lena Ortiz")]).is_empty());
    }

    #[test]
    fn a_block_quote_with_marks_keeps_its_marked_quotes_only() {
        let got = spans(&[(BlockQuote, "“We stay,” said Amir Haddad, the union leader, at the gate.")]);
        assert_eq!(got, vec![(0, "We stay,".into())]);
    }

    #[test]
    fn pull_quotes_repeating_the_article_are_dropped() {
        let got = spans(&[
            (Paragraph, "“The port belongs to all of us,” Ortiz told the crowd on Monday."),
            (BlockQuote, "The port belongs to all of us"),
            (BlockQuote, "A different sentence that appears nowhere else."),
        ]);
        assert_eq!(got, vec![(0, "The port belongs to all of us,".into()), (2, "A different sentence that appears nowhere else.".into())]);
    }

    #[test]
    fn one_word_block_quotes_are_not_quotes() {
        assert!(spans(&[(BlockQuote, "Agreed.")]).is_empty());
    }
}
