//! HTML → `Document`, with html5ever (through `scraper`).
//!
//! The article root is found as the widget finds it in the browser: the first
//! `<article>`, else `<main>`, else the element whose direct `<p>` children hold the
//! most text. Blocks are the root's h1–h6, p, li and blockquote elements in document
//! order; a block nested in another block is not counted twice (a blockquote is one
//! block with all its text, as in the widget; a list item holding paragraphs is read
//! as those paragraphs). What the widget
//! leaves unread is left unread here too (`document::is_skipped_element`: scripts,
//! navigation, asides, footers, forms, the byline, hidden subtrees, the widget's own
//! elements), so both number the paragraphs of a page alike.

use crate::document::{Block, BlockKind, Document};
use scraper::{ElementRef, Html, Selector};


pub fn read(source: &str) -> Document {
    let html = Html::parse_document(source);
    let mut doc = Document::default();
    let sel = |s: &str| Selector::parse(s).expect("static selector");
    let root = html
        .select(&sel("article"))
        .next()
        .or_else(|| html.select(&sel("main")).next())
        .or_else(|| densest_paragraph_parent(&html))
        .unwrap_or_else(|| html.root_element());

    doc.meta.title = html
        .select(&sel("h1"))
        .next()
        .map(text_of)
        .or_else(|| html.select(&sel("meta[property='og:title']")).next().and_then(|m| m.value().attr("content").map(str::to_string)))
        .or_else(|| html.select(&sel("title")).next().map(text_of))
        .filter(|t| !t.is_empty());
    // The author link first: a byline element also holds "By" and the date (as in `dom`).
    doc.meta.byline = ["[rel=author]", ".byline", ".author"]
        .iter()
        .find_map(|s| html.select(&sel(s)).next())
        .map(text_of)
        .or_else(|| html.select(&sel("meta[name=author]")).next().and_then(|m| m.value().attr("content").map(str::to_string)))
        .map(|b| b.trim_start_matches("By ").to_string())
        .filter(|t| !t.is_empty());
    doc.meta.published = html
        .select(&sel("time[datetime]"))
        .next()
        .and_then(|t| t.value().attr("datetime").map(str::to_string))
        .or_else(|| html.select(&sel("meta[property='article:published_time']")).next().and_then(|m| m.value().attr("content").map(str::to_string)));
    doc.meta.url = html
        .select(&sel("link[rel=canonical]"))
        .next()
        .and_then(|l| l.value().attr("href"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_string);

    collect_blocks(root, &mut doc.blocks);
    doc
}

fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "p" => BlockKind::Paragraph,
        "li" => BlockKind::ListItem,
        "blockquote" => BlockKind::BlockQuote,
        _ => return None,
    })
}

fn collect_blocks(el: ElementRef, out: &mut Vec<Block>) {
    for child in el.children().filter_map(ElementRef::wrap) {
        let name = child.value().name();
        if crate::document::is_skipped_element(name, |a| child.value().attr(a).map(str::to_string)) {
            continue;
        }
        match block_kind(name) {
            // A list item made of paragraphs: read its paragraphs instead. A blockquote
            // stays one block whatever it holds (its paragraphs and its "— Name"
            // footer are one quotation), as the widget's reader has it (`src/dom`).
            Some(BlockKind::ListItem) if has_block_child(child) => collect_blocks(child, out),
            Some(kind) => {
                let text = text_of(child);
                if !text.is_empty() {
                    out.push(Block { kind, text });
                }
            }
            None => collect_blocks(child, out),
        }
    }
}

fn has_block_child(el: ElementRef) -> bool {
    el.descendants().skip(1).filter_map(ElementRef::wrap).any(|e| matches!(e.value().name(), "p" | "li" | "h2" | "h3"))
}

/// Text content with whitespace runs folded to one space.
fn text_of(el: ElementRef) -> String {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The element whose direct `<p>` children hold the most text.
fn densest_paragraph_parent(html: &Html) -> Option<ElementRef<'_>> {
    let p = Selector::parse("p").expect("static selector");
    let mut best: Vec<(ego_tree::NodeId, usize)> = Vec::new();
    for para in html.select(&p) {
        if let Some(parent) = para.parent().and_then(ElementRef::wrap) {
            let len = text_of(para).len();
            match best.iter_mut().find(|(id, _)| *id == parent.id()) {
                Some(e) => e.1 += len,
                None => best.push((parent.id(), len)),
            }
        }
    }
    let (id, _) = best.into_iter().max_by_key(|e| e.1)?;
    html.tree.get(id).and_then(ElementRef::wrap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_article_blocks_in_order_and_skips_chrome() {
        let d = read(
            "<html><head><title>T</title></head><body><nav><p>menu</p></nav><h1>Big Title</h1>\
             <article><h2>HEAD</h2><p>One <em>two</em>.</p><script>x()</script>\
             <blockquote><p>Quoted.</p></blockquote><ul><li>Item</li></ul><aside><p>ad</p></aside></article></body></html>",
        );
        assert_eq!(d.meta.title.as_deref(), Some("Big Title"));
        let texts: Vec<_> = d.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![(BlockKind::Heading, "HEAD"), (BlockKind::Paragraph, "One two."), (BlockKind::BlockQuote, "Quoted."), (BlockKind::ListItem, "Item")]
        );
    }

    #[test]
    fn the_byline_footer_and_hidden_blocks_are_not_article_text() {
        let d = read(
            "<article><h1>Talks</h1><p class=\"meta byline\">By <a rel=author href=#>Jane Roe</a> · May 2</p>\
             <p>First.</p><p hidden>Draft.</p><div aria-hidden=\"true\"><p>Decor.</p></div>\
             <span itemprop=\"author\"><p>Jane Roe</p></span><p>Second.</p>\
             <footer><p>Jane Roe is a fellow at the Institute.</p></footer><address><p>jane@example.org</p></address></article>",
        );
        let texts: Vec<_> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Talks", "First.", "Second."]);
        assert_eq!(d.meta.byline.as_deref(), Some("Jane Roe"), "the byline is still read as metadata");
    }

    #[test]
    fn without_article_or_main_takes_the_densest_container() {
        let d = read("<div><p>short</p></div><div id=x><p>a long paragraph of text</p><p>and another one</p></div>");
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].text, "a long paragraph of text");
    }
}
