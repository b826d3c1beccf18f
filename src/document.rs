//! The extractor's input: an article as an ordered list of text blocks.
//!
//! Adapters (`cli::html`, `cli::plain`, `dom`) turn HTML, plain text or a live DOM into a
//! `Document`; the core never sees markup. Block `i` is "paragraph `i`" everywhere
//! (quotes, evidence, the widget's jump-to-paragraph), so an adapter must keep its own
//! list of source nodes in the same order.

use crate::model::ArticleMeta;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// A `<blockquote>`: its whole text may be speech without marks.
    BlockQuote,
    ListItem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub meta: ArticleMeta,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Self {
        self.blocks.push(Block { kind: BlockKind::Paragraph, text: text.into() });
        self
    }
}

/// Whether a line of text reads as a heading: short, no final full stop, and in capitals
/// (the "SCUTTLING ... INITIATIVE" style) — used by plain-text and HTML adapters alike.
pub fn looks_like_heading(text: &str) -> bool {
    let t = text.trim();
    // Long paragraphs (nearly all prose) leave before the letters are counted, and
    // those are counted, not collected: a Vec<char> of every paragraph's letters was
    // about 5 % of a native run's instructions.
    if t.chars().count() > 120 || t.ends_with('.') {
        return false;
    }
    let (mut letters, mut upper) = (0, 0);
    for c in t.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 3 && upper * 10 >= letters * 8
}

/// Tags whose subtree is never article prose: page furniture, the article's footer
/// and contact block, and the widget itself (lowercase).
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "address", "figcaption", "button", "form",
    "select", "textarea", "svg", "iframe", "menu", "dialog", "dramatis-widget",
];

/// Whether an HTML element's subtree is left unread: a [`SKIP_TAGS`] element, a hidden
/// one, the widget (`data-dramatis`) or its static render (`data-dramatis-static`),
/// and the byline ("By Jane Roe · March 4": `class="byline"`, `itemprop="author"`),
/// which names the writer, not a speaker. One rule for both HTML adapters (`dom` in
/// the browser, `cli::html` natively), so that a story the CLI extracts from a page
/// numbers its paragraphs as the widget on that page does (`src` merges by them).
/// `tag` in any case; `attr` reads an attribute of the element.
pub fn is_skipped_element(tag: &str, attr: impl Fn(&str) -> Option<String>) -> bool {
    SKIP_TAGS.iter().any(|t| t.eq_ignore_ascii_case(tag))
        || attr("hidden").is_some()
        || attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || attr("data-dramatis").is_some()
        || attr("data-dramatis-static").is_some()
        || attr("itemprop").is_some_and(|v| v.split_whitespace().any(|t| t == "author"))
        || attr("class").is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case("byline")))
}

#[cfg(test)]
mod tests {
    use super::looks_like_heading;

    #[test]
    fn headings_are_short_capitals_without_a_full_stop() {
        assert!(looks_like_heading("  SCUTTLING THE BLACK SEA INITIATIVE "));
        assert!(looks_like_heading("ÉTAT D'URGENCE"));
        // At least 80 % of the letters in capitals: 8 of 10 is enough, 7 of 9 is not.
        assert!(looks_like_heading("ABCDEFGHij"));
        assert!(!looks_like_heading("ABCDEFGhi"));
        assert!(!looks_like_heading("AB 12")); // fewer than three letters
        assert!(!looks_like_heading("THE END."));
        assert!(!looks_like_heading("Officials said on Tuesday"));
        assert!(looks_like_heading(&"A".repeat(120)));
        assert!(!looks_like_heading(&"A".repeat(121)));
    }
}
