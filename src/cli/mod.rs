//! The command-line edge (native only): reads files, hands text to the core, prints JSON.
//!
//! - [`html`]: HTML → `Document` with a real HTML5 parser (html5ever via `scraper`),
//!   finding the article body the way the widget does in the browser.
//! - [`plain`]: plain text (blank-line paragraphs) → `Document`.
//! - [`jsonl`]: the evaluation format, `{"id","text"}` lines in, quote offsets out.
//!
//! Deliberately absent: any extraction logic. Everything here is input and output.

pub mod html;
pub mod jsonl;
pub mod plain;

use crate::document::Document;

/// Chooses the reader by content: markup if it looks like HTML, plain text otherwise.
pub fn read_document(source: &str) -> Document {
    let head = source.trim_start();
    let looks_html = head.starts_with('<') && (head.len() > 1) || head[..head.len().min(2048)].to_ascii_lowercase().contains("<p");
    if looks_html {
        html::read(source)
    } else {
        plain::read(source)
    }
}
