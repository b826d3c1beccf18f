//! The command-line edge (native only): reads files, hands text to the core, prints JSON.
//!
//! - [`html`]: HTML → `Document` with a real HTML5 parser (html5ever via `scraper`),
//!   finding the article body the way the widget does in the browser.
//! - [`plain`]: plain text (blank-line paragraphs) → `Document`.
//! - [`jsonl`]: the evaluation format, `{"id","text"}` lines in, quote offsets out.
//! - [`render`]: a story as static HTML, the widget's components server-rendered.
//!
//! Deliberately absent: any extraction logic. Everything here is input and output.

pub mod html;
pub mod jsonl;
pub mod plain;
pub mod render;

use crate::document::Document;

/// Chooses the reader by content: markup if it looks like HTML, plain text otherwise.
pub fn read_document(source: &str) -> Document {
    let head = source.trim_start();
    let mut cut = head.len().min(2048);
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let looks_html = head.starts_with('<') || head[..cut].to_ascii_lowercase().contains("<p");
    if looks_html {
        html::read(source)
    } else {
        plain::read(source)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sniffing_never_cuts_a_character() {
        let text = "“".repeat(1000);
        assert!(super::read_document(&text).blocks.len() <= 1);
        assert!(!super::read_document("<article><p>x</p></article>").blocks.is_empty());
    }
}
