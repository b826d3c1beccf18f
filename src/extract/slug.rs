//! A broadcast script's sound-bite slug: a line of its own that names the speaker of
//! the quoted words on the next line, by layout rather than by a verb ("SOUNDBITE
//! (Norwegian) Kari Nordmo, fisheries minister:", "SOT — X, Fisheries Minister",
//! "SUPER: X, Provincial Disaster Committee"). The slug word is a `[broadcast_slug]`
//! word in capitals opening the paragraph; a parenthesis (the language, "translated")
//! and separators may follow; then the speaker in name case.
//!
//! Invariant: this only recognises the line; it makes no actor (the cast reads the
//! name after the slug as it reads any name, and drops the slug word and its
//! parenthesis) and attributes nothing (`attribution/interview.rs` gives the next
//! paragraph's unframed quote to the person the slug names). Never a slug: a line with
//! a quotation mark, a long line, a capitals heading ("SUPER TUESDAY: …"), a production
//! note ("NAT SOUND: sirens", "IN VISION"), a slug word in prose ("Super Bowl ads …").

/// The byte offset in `text` where the speaker's part of a sound-bite slug starts, or
/// `None` when the paragraph is no slug.
pub fn speaker_start(text: &str) -> Option<usize> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    if t.len() > 200 || t.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']) {
        return None;
    }
    let word_end = t.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(t.len());
    let word = &t[..word_end];
    if word.len() < 3 || !word.chars().all(|c| c.is_ascii_uppercase()) || !crate::extract::lexicon::get().is_lower("broadcast_slug", word) {
        return None;
    }
    let mut rest = &t[word_end..];
    loop {
        let r = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '\u{2013}' | '\u{2014}' | '/' | ','));
        match r.strip_prefix('(').and_then(|r| r.split_once(')')) {
            Some((_, after)) => rest = after,
            None => {
                rest = r;
                break;
            }
        }
    }
    let mut cs = rest.chars();
    let name_case = cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase);
    (name_case && rest.split_whitespace().count() <= 16).then(|| lead + (t.len() - rest.len()))
}

/// A question or answer label opening a paragraph and the byte where it ends: "Q:",
/// "A:", and "Q. Will you compromise?" / "A. No. What I told them …", a magazine's
/// labels with a full stop, only where an initial cannot be meant: a "Q." paragraph
/// ending with a question mark, an "A." whose next word is no name (a sentence
/// starter, a pronoun: `[stop_capitals]`); "A. Sen argued …" is a name.
pub fn qa_label(text: &str) -> Option<(char, usize)> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let (c, sep) = match t.as_bytes() {
        [c @ (b'Q' | b'A'), sep @ (b':' | b'.'), b' ' | b'\t', ..] => (*c as char, *sep),
        [c @ (b'Q' | b'A'), b':', ..] => (*c as char, b':'),
        _ => return None,
    };
    if sep == b'.' {
        let rest = t[3..].trim_start();
        let next = rest.split(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
        let ok = match c {
            'Q' => t.trim_end().ends_with('?'),
            _ => !next.is_empty() && crate::extract::lexicon::get().is_stop_capital(next),
        };
        if !ok {
            return None;
        }
    }
    Some((c, lead + 2))
}

/// A speaker label's head without its trailing note in lowercase ("KARI NORDMO
/// (translated)" → "KARI NORDMO", "REPORTER (voice-over)" → "REPORTER"); any other
/// head as it is ("HON. X (BDP, Mahalapye West)" keeps its affiliation).
pub fn strip_note(head: &str) -> &str {
    let h = head.trim_end();
    let Some(inner) = h.strip_suffix(')') else { return head };
    let Some(open) = inner.rfind('(') else { return head };
    let note = &inner[open + 1..];
    let plain = !note.trim().is_empty() && note.split_whitespace().count() <= 3 && note.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-');
    if plain {
        h[..open].trim_end()
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::speaker_start;

    #[test]
    fn slugs_and_near_misses() {
        fn at(t: &str) -> Option<&str> {
            speaker_start(t).map(|i| &t[i..])
        }
        assert_eq!(at("SOUNDBITE (Norwegian) Kari Nordmo, fisheries minister:"), Some("Kari Nordmo, fisheries minister:"));
        assert_eq!(at("SOT — Kari Nordmo, Fisheries Minister"), Some("Kari Nordmo, Fisheries Minister"));
        assert_eq!(at("SUPER: Kari Nordmo, Fisheries Minister"), Some("Kari Nordmo, Fisheries Minister"));
        assert_eq!(at("SYNC (Dutch) (translated): Pieter Claes"), Some("Pieter Claes"));
        assert_eq!(at("SUPER TUESDAY: Voters in fourteen states"), None);
        assert_eq!(at("NAT SOUND: sirens, water bombers overhead"), None);
        assert_eq!(at("IN VISION"), None);
        assert_eq!(at("Super Bowl ads cost more this year."), None);
        assert_eq!(at("SOT: \"We will not sign.\""), None);
        assert_eq!(at("SOUNDBITE"), None);
        assert_eq!(super::strip_note("KARI NORDMO (translated)"), "KARI NORDMO");
        assert_eq!(super::strip_note("REPORTER (voice-over)"), "REPORTER");
        assert_eq!(super::strip_note("HON. TSHIAMO KGAFELA (BDP, Mahalapye West)"), "HON. TSHIAMO KGAFELA (BDP, Mahalapye West)");
        assert_eq!(super::strip_note("Q (Off camera)"), "Q (Off camera)");
    }
}
