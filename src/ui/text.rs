//! Small pure text helpers for the UI: initials, avatar colours, typographic quotes,
//! plurals, citations.

use crate::case::CharCase;
use crate::model::{Actor, ArticleMeta, Quote};

/// Number of avatar colour classes (`.av0` … `.av11` in the stylesheet).
pub const PALETTE: u32 = 12;

/// Up to two initials: "Ali Khamenei" → "AK", "IRGC" → "IR", "Qods Force" → "QF".
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(|c| c.is_alphanumeric()))
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "of" | "the" | "and" | "for" | "de" | "al"))
        .collect();
    let mut out = String::new();
    match words.as_slice() {
        [] => out.push('?'),
        [one] => out.extend(one.chars().take(2)),
        [first, .., last] => {
            out.extend(first.chars().take(1));
            out.extend(last.chars().take(1));
        }
    }
    // Per char: the same result as `str::to_uppercase` (which has no special cases),
    // so that the widget needs no `str::to_uppercase` (3 KB of wasm) of its own.
    out.chars().flat_map(CharCase::uppercase).collect()
}

/// A stable colour class from the actor id (FNV-1a).
pub fn avatar_class(id: &str) -> String {
    let mut h: u32 = 0x811c9dc5;
    for b in id.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    format!("av av{}", h % PALETTE)
}

/// The quote text for display: straight quotes inside become single typographic ones
/// (the card supplies the outer double marks), apostrophes become ’, `--` an em dash.
pub fn typographic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    let mut open_double = false;
    for c in text.chars() {
        let opening = prev.map_or(true, |p| p.is_whitespace() || "([{—–-/".contains(p));
        match c {
            '"' | '\u{201C}' | '\u{201D}' => {
                let open = if c == '"' { !open_double && opening } else { c == '\u{201C}' };
                open_double = open;
                out.push(if open { '\u{2018}' } else { '\u{2019}' });
            }
            '\'' => out.push(if opening { '\u{2018}' } else { '\u{2019}' }),
            '-' if prev == Some('-') => {
                out.pop();
                out.push('\u{2014}');
            }
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A human label for a relation kind: `member_of` → "member of".
pub fn relation_label(kind: &str) -> String {
    kind.replace('_', " ")
}

/// A citation for the clipboard.
/// `quoted_in` is the localised "Quoted in", `paragraph` the paragraph label ("paragraph 4").
pub fn citation(q: &Quote, speaker: Option<&Actor>, meta: &ArticleMeta, quoted_in: &str, paragraph: &str) -> String {
    let mut s = format!("\u{201C}{}\u{201D}", q.text.trim().trim_end_matches([',', ';', ':']).trim_end());
    if let Some(a) = speaker {
        s.push_str(" \u{2014} ");
        s.push_str(&a.name);
        if let Some(r) = a.role.as_deref().filter(|r| !r.is_empty()) {
            s.push_str(", ");
            s.push_str(r);
        }
    }
    let mut src = Vec::new();
    if let Some(b) = meta.byline.as_deref().filter(|b| !b.is_empty()) {
        src.push(b.to_string());
    }
    if let Some(t) = meta.title.as_deref().filter(|t| !t.is_empty()) {
        src.push(format!("\u{201C}{t}\u{201D}"));
    }
    if let Some(d) = meta.published.as_deref().filter(|d| !d.is_empty()) {
        src.push(d.to_string());
    }
    src.push(paragraph.to_string());
    if !src.is_empty() {
        s.push_str(". ");
        s.push_str(quoted_in);
        s.push(' ');
        s.push_str(&src.join(", "));
    }
    s.push('.');
    if let Some(u) = meta.url.as_deref().filter(|u| crate::dom::is_http(u)) {
        s.push(' ');
        s.push_str(u);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_marks() {
        assert_eq!(initials("Ali Khamenei"), "AK");
        assert_eq!(initials("IRGC"), "IR");
        assert_eq!(initials("Atomic Energy Organization of Iran"), "AI");
        assert_eq!(typographic("no to \"Gaza\", it's"), "no to ‘Gaza’, it’s");
    }
}
