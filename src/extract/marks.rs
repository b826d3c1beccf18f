//! Quotation-mark pairing: from block text to quote spans.
//!
//! Why a stack machine and not a regex: marks nest (‘ ’ inside “ ”), straight marks
//! are ambiguous (the same `"` opens and closes), apostrophes look like single
//! closing marks (Iran's, '90s, rock 'n' roll, the Americans' plan), and an
//! unbalanced mark must not swallow the rest of the article. One left-to-right pass
//! per block decides each mark from its neighbours:
//!
//! * Families pair only with themselves: “ ” „ (curly double), ‘ ’ ‚ (curly single),
//!   `"` and `'` (typewriter, each its own family, so a `"` inside a curly quote is
//!   content), « » and ‹ › (either direction, with or without inner spaces), 「 」,
//!   『 』, and the TeX pair `` ''.
//! * Direction: a directional mark is decided by the table; “ and ‘ always open
//!   (even before a space) unless a German „ or ‚ waits for them; straight marks open
//!   after a space or an opening bracket and close after a non-space.
//! * Apostrophes never open: a mark between letters, before a two-digit year, or in
//!   a short elision ('n', 'em) is skipped; a closing mark with nothing open (the
//!   plural possessive) is ignored.
//! * A second “ while a “ is open is a stray inside the quote (English nests with
//!   ‘ ’), not a new level.
//! * Only outermost spans become quotes; a nested quote belongs to its outer quote.
//! * A quote that runs over several paragraphs repeats the opening mark at each
//!   paragraph start and closes only at the end: its pieces are kept in
//!   [`QuoteSpan::preceding`].
//! * Recovery: a mark still open at the block's end (and not continued by the next
//!   block) is dropped with a diagnostic, and the quotes it seemed to contain are
//!   emitted on their own — one stray mark costs one quote, never the paragraph.
//!
//! Content ranges exclude the whitespace just inside the marks (French « x »).
//! Cost: one pass per block; the stack holds open marks only.

use crate::case::StrCase;
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
    /// Typewriter marks pair only with themselves: a `"` inside a curly quote
    /// (`“<a href="x">,”`) is content, not the close of the `“`.
    StraightDouble,
    StraightSingle,
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

/// Which of `n` blocks hold a quote span or a piece of one: one pass over the spans.
pub fn paras_with_quotes(n: usize, spans: &[QuoteSpan]) -> Vec<bool> {
    let mut has_quotes = vec![false; n];
    for s in spans {
        for p in std::iter::once(s.para).chain(s.preceding.iter().map(|(p, _)| *p)) {
            if let Some(h) = has_quotes.get_mut(p) {
                *h = true;
            }
        }
    }
    has_quotes
}

/// Two span lists, each in document order and never sharing a block (`extra` adds
/// spans to blocks where `spans` has none), merged into one in document order.
pub fn merge_in_order(spans: Vec<QuoteSpan>, extra: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    if extra.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + extra.len());
    let mut extra = extra.into_iter().peekable();
    for s in spans {
        while extra.peek().is_some_and(|e| e.para < s.para) {
            out.extend(extra.next());
        }
        out.push(s);
    }
    out.extend(extra);
    out
}

/// A mark as the diagnostics write it (`'“'`, `'\''`): the same text as `{:?}`
/// for every mark in the table, without pulling the Debug machinery into the wasm.
fn quoted_char(c: char) -> String {
    if c == '\'' {
        "'\\''".to_string()
    } else {
        format!("'{c}'")
    }
}

/// Mark classification table: character → (family, role by itself).
fn mark(c: char) -> Option<(Family, Role)> {
    Some(match c {
        '\u{201C}' => (Family::Double, Role::Either), // “ opens in English, closes in German („ … “)
        '\u{201D}' => (Family::Double, Role::Close),  // ”
        '\u{201E}' => (Family::Double, Role::Open),   // „
        '"' => (Family::StraightDouble, Role::Either),
        '\u{2018}' => (Family::Single, Role::Either), // ‘ opens in English, closes after ‚
        '\u{2019}' => (Family::Single, Role::Close),  // ’ (also the apostrophe)
        '\u{201A}' => (Family::Single, Role::Open),   // ‚
        '\'' => (Family::StraightSingle, Role::Either),
        '\u{AB}' | '\u{BB}' => (Family::Guillemet, Role::Either), // « » both directions
        '\u{2039}' | '\u{203A}' => (Family::SingleGuillemet, Role::Either),
        '\u{300C}' => (Family::Corner, Role::Open),
        '\u{300D}' => (Family::Corner, Role::Close),
        '\u{300E}' => (Family::WhiteCorner, Role::Open),
        '\u{300F}' => (Family::WhiteCorner, Role::Close),
        _ => return None,
    })
}

/// A quote left open at a paragraph's end: its opening mark and the pieces so far.
type Pending = Option<(char, Vec<(usize, Range<usize>)>)>;

struct Open {
    family: Family,
    ch: char,
    at: usize,
    len: usize,
}

/// The first offset at or after `from` whose byte is non-ASCII, `"`, `'` or `` ` ``
/// (the bytes that may begin a mark), or `bytes.len()`. Eight bytes per step: the
/// byte loop over the rest of the text was most of this stage's time.
fn next_mark_candidate(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Some byte of `x` is zero (exact as a yes/no answer).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    while let Some(c) = bytes.get(from..from + 8) {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        if w & HIGH != 0 || zero(w ^ (ONES * b'"' as u64)) || zero(w ^ (ONES * b'\'' as u64)) || zero(w ^ (ONES * b'`' as u64)) {
            break;
        }
        from += 8;
    }
    from
}

/// Finds the outermost quote spans of every block, in document order.
pub fn find_spans(ctx: &Context) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    // A quote left open at the end of the previous block, waiting for a reopening mark.
    let mut pending: Pending = None;
    for para in &ctx.paras {
        let text = para.text;
        let mut stack: Vec<Open> = Vec::new();
        let bytes = text.as_bytes();
        let mut pos = 0;
        let mut prev: Option<char> = None;
        let mut first_mark_seen = false;
        // Quotes closed directly inside the outermost open one: normally part of it,
        // but emitted on their own if that outer mark turns out to be a stray.
        let mut inner: Vec<QuoteSpan> = Vec::new();
        while pos < bytes.len() {
            // ASCII other than " ' ` is never a mark: skipped a byte at a time (nearly all
            // of the text; decoding every char here was most of this stage's time).
            // Eight bytes at a time while none of them can be a mark.
            let skip = pos;
            pos = next_mark_candidate(bytes, pos);
            if pos > skip {
                prev = Some(bytes[pos - 1] as char);
            }
            if pos >= bytes.len() {
                break;
            }
            let b = bytes[pos];
            if b < 0x80 && !matches!(b, b'"' | b'\'' | b'`') {
                prev = Some(b as char);
                pos += 1;
                continue;
            }
            let i = pos;
            let Some(c) = text[i..].chars().next() else { break };
            pos += c.len_utf8();
            let next = text[pos..].chars().next();
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
                // Skips the next char, as the char iterator did: the pair's second mark,
                // but also the char after a two-byte mark (« »), which is never examined.
                pos += next.map_or(0, char::len_utf8);
            }
            let after = text[i + len..].chars().next();
            let can_open = opens_here(prev, after);
            let can_close = closes_here(prev, after);
            let is_single = matches!(family, Family::Single | Family::StraightSingle);
            if is_single && is_apostrophe(text, i, prev, after) {
                prev = Some(c);
                continue;
            }
            let open_idx = stack.iter().rposition(|o| o.family == family);
            // A second “ while a “ is open: English nests with ‘ ’, so this one is a
            // stray mark inside the quote, not a new level.
            if matches!(c, '\u{201C}' | '\u{2018}') && open_idx.is_some_and(|k| stack[k].ch == c) {
                prev = Some(c);
                continue;
            }
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
                // “ and ‘ open in English typography even before a space (“ javascript”);
                // they close only a German „ or ‚.
                Role::Either if matches!(c, '\u{201C}' | '\u{2018}') => match open_idx {
                    Some(k) if matches!(stack[k].ch, '\u{201E}' | '\u{201A}') => Role::Close,
                    _ => Role::Open,
                },
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
                                content: trim_range(text, o.at + o.len..i),
                                close: i + len,
                                preceding,
                            });
                            inner.clear();
                        } else if k == 1 {
                            inner.push(QuoteSpan {
                                para: para.index,
                                open: o.at,
                                content: trim_range(text, o.at + o.len..i),
                                close: i + len,
                                preceding: Vec::new(),
                            });
                        }
                        stack.truncate(k);
                    }
                    // A closing mark with nothing open: a stray mark, ignored.
                }
            }
            prev = Some(c);
        }
        match stack.first() {
            // Unclosed at the block's end. If it opened the paragraph, it may continue
            // in the next paragraph (appended to the pieces so far); so may one opened
            // mid-paragraph (`"Q1," X said. "Q2…`) when the next paragraph reopens
            // with the same mark, the convention for a quote running on; otherwise
            // recover here.
            Some(o) if (o.at == leading_mark_at(text) || runs_on(ctx, para.index, o, &inner, &out)) && stack.len() == 1 && !para.is_heading() => {
                let piece = (para.index, trim_range(text, o.at + o.len..text.trim_end().len()));
                match pending.take() {
                    Some((ch, mut pieces)) if ch == o.ch => {
                        pieces.push(piece);
                        pending = Some((ch, pieces));
                    }
                    other => {
                        pending = other;
                        flush_unclosed(ctx, &mut pending);
                        pending = Some((o.ch, vec![piece]));
                    }
                }
            }
            Some(o) => {
                flush_unclosed(ctx, &mut pending);
                ctx.diagnose(Some(para.index), format!("unbalanced quotation mark {} at offset {}", quoted_char(o.ch), o.at));
                // The stray mark swallowed nothing: the quotes it seemed to contain stand.
                out.append(&mut inner);
            }
            None => flush_unclosed(ctx, &mut pending),
        }
    }
    flush_unclosed(ctx, &mut pending);
    out
}

/// The range without surrounding whitespace (French « x » puts (no-break) spaces
/// inside the marks; they are not part of the words).
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    if start <= end {
        start..end
    } else {
        r.start..r.start
    }
}

fn flush_unclosed(ctx: &Context, pending: &mut Pending) {
    if let Some((ch, pieces)) = pending.take() {
        let para = pieces.first().map(|p| p.0);
        ctx.diagnose(para, format!("unbalanced quotation mark {}: quote opened and never closed", quoted_char(ch)));
    }
}

/// Whether the mark `o`, opened mid-block `p` and left open, runs on into the next
/// block: that block opens with the same mark, and `o` holds no quote of its own and
/// opens after every quote already closed in this block (a clean `"Q1," X said.
/// "Q2…` ending, not a tangle of stray marks).
fn runs_on(ctx: &Context, p: usize, o: &Open, inner: &[QuoteSpan], out: &[QuoteSpan]) -> bool {
    inner.is_empty()
        && out.last().is_none_or(|q| q.para != p || q.close <= o.at)
        && ctx.paras.get(p + 1).is_some_and(|n| !n.is_heading() && n.text.trim_start().starts_with(o.ch))
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
        let lower = word.lowercase();
        let follow = text[at..].chars().nth(1 + word.chars().count());
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
    #[test]
    fn diagnostics_quote_marks_like_debug() {
        for c in (0..0x3100u32).filter_map(char::from_u32).filter(|&c| super::mark(c).is_some()) {
            assert_eq!(super::quoted_char(c), format!("{c:?}"));
        }
    }

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

    /// Random strings of marks, letters and spaces: never panics, every span is a
    /// slice on char boundaries inside its paragraph, spans are in order.
    #[test]
    fn invariants_on_random_input() {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("“"), Just("”"), Just("\""), Just("'"), Just("‘"), Just("’"), Just("«"), Just("»"), Just("‹"), Just("›"),
            Just("„"), Just("‚"), Just("「"), Just("」"), Just("『"), Just("』"), Just("``"), Just("''"), Just(" "),
            Just("a"), Just("Iran's"), Just("é"), Just("\u{a0}"), Just("."), Just(","), Just("日"),
        ];
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(&(prop::collection::vec(prop::collection::vec(piece, 0..30), 0..5)), |paras| {
                let texts: Vec<String> = paras.iter().map(|p| p.concat()).collect();
                let mut doc = Document::default();
                for t in &texts {
                    doc.paragraph(t.clone());
                }
                let ctx = Context::new(&doc);
                let spans = find_spans(&ctx);
                let mut last = (0, 0);
                for s in &spans {
                    let t = &texts[s.para];
                    prop_assert!(s.open <= s.content.start && s.content.start <= s.content.end && s.content.end <= s.close && s.close <= t.len());
                    prop_assert!(t.is_char_boundary(s.content.start) && t.is_char_boundary(s.content.end) && t.is_char_boundary(s.open));
                    prop_assert!((s.para, s.open) >= last);
                    last = (s.para, s.close);
                    for (p, r) in &s.preceding {
                        prop_assert!(*p < s.para && texts[*p].get(r.clone()).is_some());
                    }
                }
                Ok(())
            })
            .unwrap();
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
            vec!["Bonjour", "Hallo", "Guten Tag", "klein", "日本", "old", "x"]
        );
    }

    #[test]
    fn guillemets_with_no_break_spaces_and_both_directions() {
        assert_eq!(quotes(&["Il a dit «\u{a0}Non merci\u{a0}» puis « oui »."]), vec!["Non merci", "oui"]);
        assert_eq!(quotes(&["Er sagte »Nein« und ›ja‹."]), vec!["Nein", "ja"]);
        assert_eq!(quotes(&["‹ un › et › deux ‹"]), vec!["un", "deux"]);
    }

    #[test]
    fn german_low_high_pairs() {
        assert_eq!(quotes(&["Er sagte: „Wir bleiben, ‚egal was kommt‘, hier.“ Dann ging er."]), vec!["Wir bleiben, ‚egal was kommt‘, hier."]);
    }

    #[test]
    fn corner_brackets_nest() {
        assert_eq!(quotes(&["彼は「外側の『内側』の言葉」と言った。"]), vec!["外側の『内側』の言葉"]);
    }

    #[test]
    fn typewriter_pairs_and_straight_singles() {
        assert_eq!(quotes(&["He wrote ``it is done'' and then 'that is all' he said."]), vec!["it is done", "that is all"]);
    }

    #[test]
    fn nested_straight_single_inside_straight_double() {
        assert_eq!(quotes(&["\"They tell us 'wait,' but we cannot,\" she said."]), vec!["They tell us 'wait,' but we cannot,"]);
    }

    #[test]
    fn more_apostrophes() {
        assert_eq!(quotes(&["The ’80s and ’90s were the Sahel’s lost decades, don’t forget, y’all."]), Vec::<String>::new());
        assert_eq!(quotes(&["The Americans' plan and the juntas’ claims."]), Vec::<String>::new());
        assert_eq!(quotes(&["They played rock ’n’ roll and said ‘never again’ after."]), vec!["never again"]);
    }

    #[test]
    fn stray_opening_mark_does_not_swallow_later_quotes() {
        let q = quotes(&["He said “this never closes, and then \"a real one\" came."]);
        assert_eq!(q, vec!["a real one"]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        assert_eq!(quotes(&["A stray ” mark, then “a quote” here."]), vec!["a quote"]);
    }

    #[test]
    fn multi_paragraph_with_three_pieces() {
        let q = quotes(&["“One.", "“Two.", "“Three,” she said."]);
        assert_eq!(q, vec!["One. | Two. | Three,"]);
    }

    #[test]
    fn reopening_needed_for_multi_paragraph() {
        // The next paragraph does not reopen: the first quote is dropped, the second stands.
        let q = quotes(&["“Never closed at all.", "Plain text “closed” here."]);
        assert_eq!(q, vec!["closed"]);
    }

    #[test]
    fn doubled_opener_is_content() {
        assert_eq!(quotes(&["““stray <b>x</b>,” she said."]), vec!["“stray <b>x</b>,"]);
    }

    #[test]
    fn curly_opener_before_a_space_still_opens() {
        assert_eq!(quotes(&["She added: “ spaced out words”"]), vec!["spaced out words"]);
    }

    #[test]
    fn straight_marks_inside_curly_quotes_are_content() {
        assert_eq!(quotes(&["“<img src=x onerror=\"go()\">,” she said."]), vec!["<img src=x onerror=\"go()\">,"]);
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
