//! Quotation-mark pairing: from block text to quote spans.
//!
//! Why a stack machine and not a regex: marks nest (‘ ’ inside “ ”), straight marks
//! are ambiguous (the same `"` opens and closes), apostrophes look like single
//! closing marks (Iran's, '90s, rock 'n' roll), and an unbalanced mark must not
//! swallow the rest of the article. One left-to-right pass per block decides each
//! mark from its neighbours; unclosed marks are dropped at the block's end with a
//! diagnostic, unless the next block reopens the quote (a quote that runs over
//! several paragraphs repeats the opening mark at each paragraph start).
//!
//! Only outermost spans become quotes; a nested quote belongs to its outer quote.

use super::Context;
use std::ops::Range;

/// A quoted span: byte offsets inside `Para::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub para: usize,
    /// Offset of the opening mark.
    pub open: usize,
    /// The quoted content: between the marks.
    pub content: Range<usize>,
    /// Offset just past the closing mark (`content.end` if the mark is missing).
    pub close: usize,
    /// Earlier paragraphs of a multi-paragraph quote (para, content range), in order;
    /// the span itself is the last piece, where the closing mark stands.
    pub preceding: Vec<(usize, Range<usize>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
    Backtick,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Straight or direction-ambiguous marks: decided by context.
    Either,
}

/// Mark classification table: character → (family, role by itself).
fn mark(c: char) -> Option<(Family, Role)> {
    Some(match c {
        '\u{201C}' => (Family::Double, Role::Either), // “ opens in English, closes in German („ … “)
        '\u{201D}' => (Family::Double, Role::Close),  // ”
        '\u{201E}' => (Family::Double, Role::Open),   // „
        '"' => (Family::Double, Role::Either),
        '\u{2018}' => (Family::Single, Role::Either), // ‘ opens in English, closes after ‚
        '\u{2019}' => (Family::Single, Role::Close),  // ’ (also the apostrophe)
        '\u{201A}' => (Family::Single, Role::Open),   // ‚
        '\'' => (Family::Single, Role::Either),
        '\u{AB}' | '\u{BB}' => (Family::Guillemet, Role::Either), // « » both directions
        '\u{2039}' | '\u{203A}' => (Family::SingleGuillemet, Role::Either),
        '\u{300C}' => (Family::Corner, Role::Open),
        '\u{300D}' => (Family::Corner, Role::Close),
        '\u{300E}' => (Family::WhiteCorner, Role::Open),
        '\u{300F}' => (Family::WhiteCorner, Role::Close),
        _ => return None,
    })
}

struct Open {
    family: Family,
    ch: char,
    at: usize,
    len: usize,
}

/// Finds the outermost quote spans of every block, in document order.
pub fn find_spans(ctx: &Context) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    // A quote left open at the end of the previous block, waiting for a reopening mark.
    let mut pending: Option<(char, Vec<(usize, Range<usize>)>)> = None;
    for para in &ctx.paras {
        let text = para.text;
        let mut stack: Vec<Open> = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut prev: Option<char> = None;
        let mut first_mark_seen = false;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, d)| d);
            // The typewriter pair `` … ''.
            let (family, role, len) = if c == '`' && next == Some('`') {
                (Family::Backtick, Role::Open, 2)
            } else if c == '\'' && next == Some('\'') && stack.last().is_some_and(|o| o.family == Family::Backtick) {
                (Family::Backtick, Role::Close, 2)
            } else if let Some((f, r)) = mark(c) {
                (f, r, c.len_utf8())
            } else {
                prev = Some(c);
                continue;
            };
            if len == 2 {
                chars.next();
            }
            let after = text[i + len..].chars().next();
            let can_open = opens_here(prev, after);
            let can_close = closes_here(prev, after);
            let is_single = matches!(family, Family::Single);
            if is_single && is_apostrophe(text, i, prev, after) {
                prev = Some(c);
                continue;
            }
            let open_idx = stack.iter().rposition(|o| o.family == family);
            let decided = match role {
                Role::Open => Role::Open,
                Role::Close => Role::Close,
                Role::Either if is_directional(c) => {
                    // Guillemets point either way (« » in French, » « in German) and
                    // may have inner spaces: the mirror of the open one closes it.
                    match open_idx {
                        Some(k) if stack[k].ch != c => Role::Close,
                        _ => Role::Open,
                    }
                }
                Role::Either => {
                    if open_idx.is_some() && can_close {
                        Role::Close
                    } else if can_open {
                        Role::Open
                    } else {
                        Role::Close
                    }
                }
            };
            // A paragraph that starts by reopening a pending multi-paragraph quote.
            if !first_mark_seen && decided == Role::Open && stack.is_empty() {
                if let Some((ch, _)) = &pending {
                    if *ch != c || text[..i].trim() != "" {
                        flush_unclosed(ctx, &mut pending);
                    }
                }
            }
            first_mark_seen = true;
            match decided {
                Role::Open => stack.push(Open { family, ch: c, at: i, len }),
                _ => {
                    if let Some(k) = open_idx {
                        let o = &stack[k];
                        if k == 0 {
                            let preceding = match pending.take() {
                                Some((_, pieces)) if o.at == leading_mark_at(text) => pieces,
                                other => {
                                    pending = other;
                                    flush_unclosed(ctx, &mut pending);
                                    Vec::new()
                                }
                            };
                            out.push(QuoteSpan {
                                para: para.index,
                                open: o.at,
                                content: o.at + o.len..i,
                                close: i + len,
                                preceding,
                            });
                        }
                        stack.truncate(k);
                    }
                    // A closing mark with nothing open: a stray mark, ignored.
                }
            }
            prev = Some(c);
        }
        flush_unclosed(ctx, &mut pending);
        if let Some(o) = stack.first() {
            // Unclosed at the block's end. If it opened the paragraph, it may continue
            // in the next paragraph; otherwise recover here.
            if o.at == leading_mark_at(text) && stack.len() == 1 && !para.is_heading() {
                pending = Some((o.ch, vec![(para.index, o.at + o.len..text.trim_end().len())]));
            } else {
                ctx.diagnose(Some(para.index), format!("unbalanced quotation mark {:?} at offset {}", o.ch, o.at));
            }
        }
    }
    flush_unclosed(ctx, &mut pending);
    out
}

fn flush_unclosed(ctx: &Context, pending: &mut Option<(char, Vec<(usize, Range<usize>)>)>) {
    if let Some((ch, pieces)) = pending.take() {
        let para = pieces.first().map(|p| p.0);
        ctx.diagnose(para, format!("unbalanced quotation mark {ch:?}: quote opened and never closed"));
    }
}

/// Byte offset of the paragraph's first non-space character.
fn leading_mark_at(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn is_directional(c: char) -> bool {
    matches!(c, '\u{AB}' | '\u{BB}' | '\u{2039}' | '\u{203A}')
}

fn is_space_or_open_punct(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | '\u{201C}' | '"' | '\u{2018}' | '\u{AB}' | '\u{BB}' | '\u{201E}' | '\u{201A}'),
    }
}

/// A mark can open when it stands after space (or an opening bracket/dash) and
/// before a non-space character.
fn opens_here(prev: Option<char>, after: Option<char>) -> bool {
    is_space_or_open_punct(prev) && after.is_some_and(|c| !c.is_whitespace())
}

/// A mark can close when it stands after a non-space character.
fn closes_here(prev: Option<char>, _after: Option<char>) -> bool {
    prev.is_some_and(|c| !c.is_whitespace())
}

/// Apostrophes: between letters (Iran's, don't), elisions before digits ('90s),
/// and short elisions like 'n' or 'em.
fn is_apostrophe(text: &str, at: usize, prev: Option<char>, after: Option<char>) -> bool {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    if letter(prev) && letter(after) {
        return true;
    }
    if after.is_some_and(|c| c.is_ascii_digit()) {
        // '90s, ’20s
        let rest = &text[at..];
        let digits: String = rest.chars().skip(1).take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() == 2 {
            return true;
        }
    }
    // 'n', 'em, 'til: an opening single mark whose word is 1-3 letters closed
    // by another mark straight away or a known elision.
    if !letter(prev) && letter(after) {
        let word: String = text[at..].chars().skip(1).take_while(|c| c.is_alphabetic()).collect();
        let lower = word.to_lowercase();
        let follow = text[at..].chars().skip(1 + word.chars().count()).next();
        if matches!(lower.as_str(), "n" | "em" | "til" | "cause" | "tis" | "twas") && follow != Some('\u{2019}') || (lower == "n" && follow.is_some_and(|f| f == '\'' || f == '\u{2019}')) {
            return true;
        }
    }
    // Plural possessive: "the Iranians' view" closes nothing when no single is open;
    // handled by the caller ignoring stray closers.
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn quotes(paras: &[&str]) -> Vec<String> {
        let mut doc = Document::default();
        for p in paras {
            doc.paragraph(*p);
        }
        let ctx = Context::new(&doc);
        find_spans(&ctx)
            .into_iter()
            .map(|s| {
                let mut parts: Vec<String> = s.preceding.iter().map(|(p, r)| paras[*p][r.clone()].to_string()).collect();
                parts.push(paras[s.para][s.content].to_string());
                parts.join(" | ")
            })
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(quotes(&["He said “one,” then \"two\" and \"three.\""]), vec!["one,", "two", "three."]);
    }

    #[test]
    fn apostrophes_never_open() {
        assert_eq!(quotes(&["Iran's view in the '90s was rock 'n' roll, he said."]), Vec::<String>::new());
        assert_eq!(quotes(&["Iran’s ‘heroic flexibility’ and the Americans’ plan"]), vec!["heroic flexibility"]);
    }

    #[test]
    fn nested_single_inside_double_is_one_quote() {
        assert_eq!(quotes(&["“They call it ‘resistance,’ we do not,” he said."]), vec!["They call it ‘resistance,’ we do not,"]);
    }

    #[test]
    fn other_families() {
        assert_eq!(
            quotes(&["« Bonjour » et »Hallo« und „Guten Tag“ und ‚klein‘ 「日本」 ``old'' ‹x›"]),
            vec![" Bonjour ", "Hallo", "Guten Tag", "klein", "日本", "old", "x"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        assert_eq!(quotes(&["“First part of it.", "“Second part,” she said."]), vec!["First part of it. | Second part,"]);
    }

    #[test]
    fn unbalanced_recovers_at_paragraph_end() {
        let q = quotes(&["He said “this never closes and more.", "Then “a real one” here."]);
        assert_eq!(q, vec!["a real one"]);
    }
}
