//! Sentence segmentation, good enough for attribution windows.
//!
//! A boundary is `.`, `!` or `?` (optionally followed by closing quotes/brackets),
//! then whitespace, then something that can start a sentence (an uppercase letter,
//! a digit or an opening mark). A period after a known abbreviation ("Mr.", "U.S.",
//! "Gen.") or a single capital initial is not a boundary. The abbreviation list is
//! data (`data/abbreviations.txt`). One pass, no backtracking.

use super::lexicon;
use std::ops::Range;

const CLOSERS: &[char] = &['"', '\'', '\u{201D}', '\u{2019}', '\u{BB}', ')', ']', '\u{300D}', '\u{300F}'];
const OPENERS: &[char] = &['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}', '(', '[', '\u{201E}', '\u{300C}', '\u{300E}'];

pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '\u{3002}') {
            continue;
        }
        // Absorb closing marks after the terminator.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if CLOSERS.contains(&d) || matches!(d, '.' | '!' | '?') {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
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
        if c == '.' && is_abbreviation(&text[start..i]) {
            continue;
        }
        out.push(start..end);
        start = end + (rest.len() - trimmed.len());
        let _ = bytes;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    if out.is_empty() {
        out.push(0..text.len());
    }
    out
}

/// Whether the text before a period ends with an abbreviation or an initial.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
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
