//! Sentence segmentation, good enough for attribution windows.
//!
//! A boundary is `.`, `!` or `?` (optionally followed by closing quotes/brackets),
//! then whitespace, then something that can start a sentence (an uppercase letter,
//! a digit or an opening mark). A period after a known abbreviation ("Mr.", "U.S.",
//! "Gen.") or a single capital initial is not a boundary. The abbreviation list is
//! data (`data/abbreviations.txt`). One pass, no backtracking.
//!
//! [`tokens`] is the word layer under the frame rules of `kind` and `attribution`:
//! words keep their inner punctuation ("al-Burhan", "U.S.", "Dr.", "4,000") and
//! carry the possessive as a flag instead of a token, because "Khamenei's website
//! said" must find Khamenei as the possessor, not as the subject.

use super::lexicon;
use std::ops::Range;

const CLOSERS: &[char] = &['"', '\'', '\u{201D}', '\u{2019}', '\u{BB}', ')', ']', '\u{300D}', '\u{300F}'];
const OPENERS: &[char] = &['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}', '(', '[', '\u{201E}', '\u{300C}', '\u{300E}'];

pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // Terminators are found with a byte scan, not a char walk (decoding every char of
    // the paragraph was most of this function's cost): '.', '!', '?', and U+3002,
    // whose leading byte 0xE3 is looked at more closely (a leading byte is a char
    // start, and no continuation byte matches the scan).
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(k) = bytes[pos..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xe3)) {
        let i = pos + k;
        let c = match bytes[i] {
            0xe3 if !text[i..].starts_with('\u{3002}') => {
                pos = i + 1;
                continue;
            }
            0xe3 => '\u{3002}',
            b => b as char,
        };
        // Absorb closing marks after the terminator.
        let mut end = i + c.len_utf8();
        while let Some(d) = text[end..].chars().next().filter(|&d| CLOSERS.contains(&d) || matches!(d, '.' | '!' | '?')) {
            end += d.len_utf8();
        }
        // A reference marker after the full stop ("disputes.[3] A Gazprom spokesman"),
        // as footnoted reports print them, belongs to the sentence it ends.
        end += footnote_marker(&text[end..]);
        pos = end;
        // Need whitespace, then a sentence starter.
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let next = trimmed.chars().next().unwrap();
        if !(next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next)) {
            continue;
        }
        if c == '.' && abbreviation_before(&text[start..i], next) {
            continue;
        }
        out.push(start..end);
        start = end + (rest.len() - trimmed.len());
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    if out.is_empty() {
        out.push(0..text.len());
    }
    out
}

/// The length of a bracketed reference marker (`[3]`, `[12, 14]`, `[3-5]`) opening
/// `rest`, or 0.
fn footnote_marker(rest: &str) -> usize {
    let Some(body) = rest.strip_prefix('[') else { return 0 };
    let Some(close) = body.find(']') else { return 0 };
    let inner = &body[..close];
    let digits = inner.bytes().any(|b| b.is_ascii_digit()) && inner.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b' ' | b'-'));
    if digits && close <= 12 { close + 2 } else { 0 }
}

/// Whether the text before a period ends with an abbreviation or an initial.
/// Whether the full stop after `before` closes an abbreviation, the next sentence
/// opening with `next`: "No."/"Nos." only before a number ("No. 10 Downing Street");
/// an answer's "No. I told him …" ends there.
fn abbreviation_before(before: &str, next: char) -> bool {
    let numero = before.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| matches!(w, "No" | "Nos")) && !next.is_ascii_digit();
    !numero && is_abbreviation(before)
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap();
    // "J." (an initial), or "U.S" style dotted acronyms.
    if first.is_uppercase() && chars.clone().next().is_none() {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()) && word.len() <= 6 {
        return true;
    }
    lexicon::get().is_abbreviation(word)
}

/// A word or a punctuation character of a block, by byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// `None` for a word, `Some(c)` for a punctuation character.
    pub punct: Option<char>,
    /// The word carries a possessive ending ("Iran's", "juntas’"), not part of the range.
    pub poss: bool,
    /// Whether the token's first character is lowercase, resp. uppercase
    /// (`char::is_lowercase`, `char::is_uppercase`): a feature of the token found once
    /// here, since the sieve asks it of the same tokens again and again (about 300,000
    /// times per MB of article, each a slice and a UTF-8 decode). No cost in memory:
    /// the two flags fit the struct's padding (24 bytes either way).
    pub lower: bool,
    pub upper: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A straight or curly apostrophe (both tokenizers glue words across it).
pub(crate) fn is_apos(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// `c.is_alphanumeric()`, answering the common non-ASCII characters of news text
/// (curly quotes, dashes, the ellipsis: U+2010..=U+2027, all punctuation) without
/// the Unicode table search, which was a visible share of tokenising.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2010}'..='\u{2027}').contains(&c) && c.is_alphanumeric()
    }
}

/// What an ASCII byte is to the tokenizers' inner loops: [`ALNUM`] (a letter or a
/// digit: the word goes on), [`ENDS`] (a space or a mark that ends a word in both
/// tokenizers whatever follows it: no apostrophe, `,`, `-`, `.`, `+`, `&`), or 0 (a
/// byte that needs the char path: those marks and every non-ASCII byte). One table
/// load per byte instead of three range tests, and no char decoded (nor the char
/// after it) to end a word at a space: these loops run over every byte of both token
/// layers.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'\'' | b',' | b'-' | b'.' | b'+' | b'&') {
            0
        } else {
            ENDS
        };
        b += 1;
    }
    t
};
pub(crate) const ALNUM: u8 = 1;
pub(crate) const ENDS: u8 = 2;

/// The [`ASCII_CLASS`] of the byte at `o` (0 past the end).
#[inline]
pub(crate) fn class_at(bytes: &[u8], o: usize) -> u8 {
    bytes.get(o).map_or(0, |&b| ASCII_CLASS[b as usize])
}

/// The char at byte offset `o` of `text` (one byte for ASCII, the common case), or
/// None past the end. Shared by both tokenizers' hot loops.
#[inline]
pub(crate) fn char_at(text: &str, o: usize) -> Option<char> {
    match text.as_bytes().get(o) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[o..].chars().next(),
        None => None,
    }
}

/// Words and punctuation, one pass. A word is a run of alphanumerics glued by
/// inner `-`, `.`, `+`, `&` or an apostrophe ("al-Burhan", "U.S.", "P5+1", "Jama’at");
/// a final "'s"/"’s" (or a bare apostrophe after "s") is split off as the `poss` flag
/// because attribution needs the possessor ("Khamenei's website").
pub fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let at = |o: usize| char_at(text, o);
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = i + c.len_utf8();
        if c.is_whitespace() {
            i = next;
            continue;
        }
        if !is_alnum(c) {
            out.push(Tok { start: i, end: next, punct: Some(c), poss: false, lower: c.is_lowercase(), upper: c.is_uppercase() });
            i = next;
            continue;
        }
        let mut end = next;
        let mut resume = None;
        let mut poss = false;
        let mut dotted = false;
        loop {
            let mut k = class_at(bytes, end);
            while k == ALNUM {
                end += 1; // the common case, byte by byte
                k = class_at(bytes, end);
            }
            if k == ENDS {
                break; // a space or a closing mark: none of the cases below
            }
            let Some(d) = at(end) else { break };
            if is_alnum(d) {
                end += d.len_utf8();
                continue;
            }
            let e = at(end + d.len_utf8());
            if is_apos(d) {
                let after = e.and_then(|e| at(end + d.len_utf8() + e.len_utf8()));
                if matches!(e, Some('s') | Some('S')) && !after.is_some_and(is_alnum) {
                    poss = true;
                    resume = Some(end + d.len_utf8() + 1);
                    break;
                }
                if e.is_some_and(is_alnum) {
                    end += d.len_utf8();
                    continue;
                }
                if text[..end].ends_with(['s', 'S']) && !e.is_some_and(is_alnum) {
                    // "the juntas’ supporters": a plural possessive, unless a single
                    // quote is open (decided by the mark pairing, not here).
                    poss = true;
                    resume = Some(end + d.len_utf8());
                }
                break;
            }
            let digits = d == ',' && text[..end].ends_with(|c: char| c.is_ascii_digit()) && e.is_some_and(|e| e.is_ascii_digit());
            if (matches!(d, '-' | '.' | '+' | '&' | '\u{2011}') && e.is_some_and(is_alnum)) || digits {
                dotted |= d == '.';
                end += d.len_utf8();
                continue;
            }
            if d == '.' && (dotted || lexicon::get().is_abbreviation(&text[i..end])) {
                end += 1; // "U.S.", "Dr."
            }
            break;
        }
        out.push(Tok { start: i, end, punct: None, poss, lower: c.is_lowercase(), upper: c.is_uppercase() });
        i = resume.unwrap_or(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split` as it was with a char walk: the byte scan must give the same ranges.
    fn split_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '\u{3002}') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if CLOSERS.contains(&d) || matches!(d, '.' | '!' | '?') {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let rest = &text[end..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || trimmed.is_empty() {
                continue;
            }
            let next = trimmed.chars().next().unwrap();
            if !(next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next)) {
                continue;
            }
            if c == '.' && abbreviation_before(&text[start..i], next) {
                continue;
            }
            out.push(start..end);
            start = end + (rest.len() - trimmed.len());
        }
        if start < text.len() {
            out.push(start..text.len());
        }
        if out.is_empty() {
            out.push(0..text.len());
        }
        out
    }

    #[test]
    fn split_by_bytes_equals_split_by_chars() {
        let parts = ["He said.", " ", "\u{3002}", "\u{3001}", "ã", "\u{201D}", "?!", ")", "Mr.", "U.S.", "Next", "é", "\u{3002}\u{300D}", "\u{2019}", "5", "\u{201C}Q", "."];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let t = format!("{a}{b}{c}{d}");
                        assert_eq!(split(&t), split_by_chars(&t), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_class_is_the_char_tests() {
        // ALNUM: `is_alnum`; ENDS: none of the bytes either tokenizer glues a word
        // across; 0: those bytes, and every non-ASCII byte.
        for b in 0..=255u8 {
            let want = if b >= 0x80 || matches!(b, b'\'' | b',' | b'-' | b'.' | b'+' | b'&') {
                0
            } else if is_alnum(b as char) {
                ALNUM
            } else {
                ENDS
            };
            assert_eq!(ASCII_CLASS[b as usize], want, "{b:#x}");
        }
        assert_eq!(class_at(b"ab", 2), 0);
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn tokens_split_possessives_and_keep_names() {
        let t = "Iran's al-Burhan, the U.S. and juntas’ P5+1 plan";
        assert_eq!(tokens("4,000 men").len(), 2);
        assert_eq!(tokens("Dr. Abara")[0].text("Dr. Abara"), "Dr.");
        let toks = tokens(t);
        let words: Vec<(&str, bool)> = toks.iter().map(|k| (k.text(t), k.poss)).collect();
        assert_eq!(
            words,
            vec![("Iran", true), ("al-Burhan", false), (",", false), ("the", false), ("U.S.", false), ("and", false), ("juntas", true), ("P5+1", false), ("plan", false)]
        );
    }

    #[test]
    fn tokens_carry_their_first_characters_case() {
        // ASCII and not, digits, punctuation, a titlecase digraph (neither lower nor
        // upper: the near miss), a lowercase word after a capital one.
        let t = "Élysée said ñandú «İstanbul» 4,000 ǅemal eBay’s x-Ray — ΟΔΟΣ ß";
        for k in tokens(t) {
            let c = k.text(t).chars().next().unwrap();
            assert_eq!((k.lower, k.upper), (c.is_lowercase(), c.is_uppercase()), "{:?}", k.text(t));
        }
        let k = tokens("ǅemal eBay");
        assert_eq!((k[0].lower, k[0].upper, k[1].lower, k[1].upper), (false, false, true, false));
    }

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn a_reference_marker_after_the_stop_ends_the_sentence() {
        assert_eq!(sents("Chisinau disputes it.[3] A Gazprom spokesman said so."), vec!["Chisinau disputes it.[3]", "A Gazprom spokesman said so."]);
        assert_eq!(sents("It fell.[12, 14] Then it rose."), vec!["It fell.[12, 14]", "Then it rose."]);
        // Near miss: a bracketed word is no reference marker (left as before).
        assert_eq!(sents("He said it.[sic] Then he left."), vec!["He said it.[sic] Then he left."]);
        assert_eq!(sents("See note [3] for the figures."), vec!["See note [3] for the figures."]);
    }

    #[test]
    fn splits_on_terminators_and_keeps_closing_quotes() {
        assert_eq!(sents("He left. “It is over.” She stayed."), vec!["He left.", "“It is over.”", "She stayed."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(sents("Mr. Smith met U.S. officials. J. Doe came."), vec!["Mr. Smith met U.S. officials.", "J. Doe came."]);
    }

    #[test]
    fn lowercase_continuation_does_not_split() {
        assert_eq!(sents("It rose 3.67 percent. e.g. this."), vec!["It rose 3.67 percent. e.g. this."]);
    }

    #[test]
    fn empty_and_unterminated() {
        assert_eq!(split(""), vec![0..0]);
        assert_eq!(sents("no stop"), vec!["no stop"]);
    }
}
