//! The knowledge base's lookup key: lowercase, whitespace collapsed, curly
//! apostrophe straightened, a leading "the " dropped. Shared verbatim by `build.rs`
//! (which compiles the tables with it, via `#[path]`) and `kb.rs` (which looks them
//! up with it), so the two can never disagree.

use crate::case::StrCase;

pub fn key_slow(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            out.push(if c == '\u{2019}' { '\'' } else { c });
        }
    }
    let lower = out.lowercase();
    match lower.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => lower,
    }
}
