//! The browser adapter: a live article element in, a [`Document`] out.
//!
//! Block `i` of the document is "paragraph `i`" everywhere (quotes, evidence, the
//! widget's "Show in article"), so [`read_article`] returns the source elements in the
//! same order as the blocks. Only `textContent` is read; the article is never written
//! to, apart from the temporary outline of [`highlight`].

use crate::document::{Block, BlockKind, Document};
use crate::model::ArticleMeta;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Tags whose descendants may hold blocks; a leaf `div` with text counts as a paragraph.
fn block_kind(tag: &str) -> Option<BlockKind> {
    match tag {
        "H1" | "H2" | "H3" | "H4" | "H5" | "H6" => Some(BlockKind::Heading),
        "P" => Some(BlockKind::Paragraph),
        "BLOCKQUOTE" => Some(BlockKind::BlockQuote),
        "LI" | "DD" => Some(BlockKind::ListItem),
        _ => None,
    }
}

const BLOCKISH: &str = "p,h1,h2,h3,h4,h5,h6,blockquote,li,dd,div,section,article,ul,ol,table,figure,header,footer,main";

/// The article element: `selector` if given and found, else `<article>`, else `<main>`,
/// else the element whose direct `<p>` children hold the most text.
pub fn find_article(doc: &web_sys::Document, selector: Option<&str>) -> Result<Option<Element>, String> {
    if let Some(sel) = selector.map(str::trim).filter(|s| !s.is_empty()) {
        // `article="none"`: no auto mode (the iframe embed, or a story JSON alone).
        if sel == "none" {
            return Ok(None);
        }
        return match doc.query_selector(sel) {
            Ok(Some(el)) => Ok(Some(el)),
            Ok(None) => Err(format!("no element matches the article selector {sel:?}")),
            Err(_) => Err(format!("the article selector {sel:?} is not a valid CSS selector")),
        };
    }
    for sel in ["article", "main", "[role=main]"] {
        if let Ok(Some(el)) = doc.query_selector(sel) {
            return Ok(Some(el));
        }
    }
    // Fallback: the parent of the <p> elements with the most text.
    let mut best: Option<(Element, usize)> = None;
    let mut scores: Vec<(Element, usize)> = Vec::new();
    if let Ok(ps) = doc.query_selector_all("p") {
        for i in 0..ps.length() {
            let Some(p) = ps.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            if in_skipped(&p) {
                continue;
            }
            let Some(parent) = p.parent_element() else { continue };
            let len = p.text_content().map(|t| t.len()).unwrap_or(0);
            match scores.iter_mut().find(|(e, _)| e == &parent) {
                Some((_, s)) => *s += len,
                None => scores.push((parent, len)),
            }
        }
    }
    for (e, s) in scores {
        if best.as_ref().map_or(true, |(_, b)| s > *b) {
            best = Some((e, s));
        }
    }
    Ok(best.map(|(e, _)| e))
}

fn in_skipped(el: &Element) -> bool {
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        if is_skipped(&e) {
            return true;
        }
        cur = e.parent_element();
    }
    false
}

/// Page furniture, bylines, hidden subtrees and the widget's own elements (the rule
/// shared with the CLI's HTML reader: [`crate::document::is_skipped_element`]).
fn is_skipped(el: &Element) -> bool {
    // Most paragraphs carry no attribute: one call instead of one per attribute asked.
    let any = el.has_attributes();
    crate::document::is_skipped_element(&el.tag_name(), |a| if any { el.get_attribute(a) } else { None })
}

/// Whitespace-normalised text of an element.
fn text_of(el: &Element) -> String {
    let raw = el.text_content().unwrap_or_default();
    let mut out = String::with_capacity(raw.len());
    for w in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// How much of an article the widget reads (README "Limits"). Above either bound the
/// widget extracts the first part only and says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Blocks (paragraphs, headings, list items, block quotes).
    pub max_blocks: usize,
    /// Bytes of UTF-8 text over all blocks read.
    pub max_bytes: usize,
}

impl Limits {
    /// 600 blocks or 100 KB of text (about 16,000 words), whichever comes first:
    /// extracting and rendering that much stays under ~200 ms per task on a mid-range
    /// laptop (tests/e2e/size.test.mjs). It was 200 KB until 2026-11-28, when the
    /// extraction of 200 KB took one 218-226 ms task in the wasm on a loaded 2-core
    /// machine; a phone is slower still, and analysis articles are far shorter.
    pub const DEFAULT: Limits = Limits { max_blocks: 600, max_bytes: 100_000 };
    pub const NONE: Limits = Limits { max_blocks: usize::MAX, max_bytes: usize::MAX };
}

/// What [`read_article_limited`] read.
pub struct Read {
    pub document: Document,
    /// Source element of each block.
    pub elements: Vec<Element>,
    /// Whether the article goes on beyond the limits (only the first part was read).
    pub truncated: bool,
    /// UTF-8 bytes of text read.
    pub bytes: usize,
}

/// Reads the article's blocks in document order with their source elements.
pub fn read_article(article: &Element, doc: &web_sys::Document) -> (Document, Vec<Element>) {
    let r = read_article_limited(article, doc, Limits::NONE);
    (r.document, r.elements)
}

/// Like [`read_article`], but stops at `limits`: the first `max_blocks` blocks, and no
/// block that would take the text over `max_bytes` (the first block is always read,
/// cut to `max_bytes` on a char boundary).
pub fn read_article_limited(article: &Element, doc: &web_sys::Document, limits: Limits) -> Read {
    let mut w = Walk { blocks: Vec::new(), elements: Vec::new(), bytes: 0, limits, truncated: false };
    walk(article, &mut w);
    let meta = read_meta(doc, article);
    Read { document: Document { meta, blocks: w.blocks }, elements: w.elements, truncated: w.truncated, bytes: w.bytes }
}

/// A rough count of the article's blocks (one selector query), for "showing a part".
pub fn count_blocks(article: &Element) -> usize {
    article.query_selector_all("p,h1,h2,h3,h4,h5,h6,blockquote,li,dd").map(|l| l.length() as usize).unwrap_or(0)
}

struct Walk {
    blocks: Vec<Block>,
    elements: Vec<Element>,
    bytes: usize,
    limits: Limits,
    truncated: bool,
}

fn walk(el: &Element, w: &mut Walk) {
    let children = el.children();
    for i in 0..children.length() {
        if w.truncated {
            return;
        }
        let Some(child) = children.item(i) else { continue };
        let tag = child.tag_name().to_ascii_uppercase();
        if is_skipped(&child) {
            continue;
        }
        let kind = match block_kind(&tag) {
            Some(BlockKind::ListItem) if has_block_child(&child) => None, // li holding <p>s: descend
            Some(k) => Some(k),
            None if tag == "DIV" && !has_block_child(&child) => Some(BlockKind::Paragraph),
            None => None,
        };
        match kind {
            Some(kind) => {
                let mut text = text_of(&child);
                if text.is_empty() {
                    continue;
                }
                if w.blocks.len() >= w.limits.max_blocks || w.bytes.saturating_add(text.len()) > w.limits.max_bytes {
                    if !w.blocks.is_empty() {
                        w.truncated = true;
                        return;
                    }
                    // One giant first block: keep its beginning.
                    let mut cut = w.limits.max_bytes.min(text.len());
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                    w.truncated = true;
                }
                w.bytes += text.len();
                w.blocks.push(Block { kind, text });
                w.elements.push(child);
                if w.truncated {
                    return;
                }
            }
            None => walk(&child, w),
        }
    }
}

fn has_block_child(el: &Element) -> bool {
    el.query_selector(BLOCKISH).ok().flatten().is_some()
}

fn attr_of(doc: &web_sys::Document, sel: &str, attr: &str) -> Option<String> {
    let el = doc.query_selector(sel).ok().flatten()?;
    let v = if attr.is_empty() { text_of(&el) } else { el.get_attribute(attr)?.trim().to_string() };
    (!v.is_empty()).then_some(v)
}

/// Title, byline, date and URL of the page.
pub fn read_meta(doc: &web_sys::Document, article: &Element) -> ArticleMeta {
    let title = article
        .query_selector("h1")
        .ok()
        .flatten()
        .map(|h| text_of(&h))
        .filter(|t| !t.is_empty())
        .or_else(|| attr_of(doc, "h1", ""))
        .or_else(|| Some(doc.title().trim().to_string()).filter(|t| !t.is_empty()));
    let byline = attr_of(doc, "[rel=author]", "")
        .or_else(|| attr_of(doc, ".byline", ""))
        .or_else(|| attr_of(doc, "meta[name=author]", "content"));
    let published = attr_of(doc, "time[datetime]", "datetime")
        .or_else(|| attr_of(doc, "meta[property=\"article:published_time\"]", "content"));
    let url = doc.location().and_then(|l| l.href().ok()).filter(|u| is_http(u));
    ArticleMeta { title, byline, published, url }
}

pub fn is_http(url: &str) -> bool {
    let u = url.trim_start().to_ascii_lowercase();
    u.starts_with("https://") || u.starts_with("http://")
}

/// Scrolls the host paragraph into view and outlines it for a moment (CSSOM only, so a
/// strict style-src CSP does not block it; the text is never touched).
pub fn highlight(el: &Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(if reduced_motion() { web_sys::ScrollBehavior::Auto } else { web_sys::ScrollBehavior::Smooth });
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let Some(h) = el.dyn_ref::<HtmlElement>() else { return };
    let style = h.style();
    let props = ["outline", "outline-offset", "border-radius"];
    let saved: Vec<String> = props.iter().map(|p| style.get_property_value(p).unwrap_or_default()).collect();
    let _ = style.set_property("outline", "3px solid #d97706");
    let _ = style.set_property("outline-offset", "4px");
    let _ = style.set_property("border-radius", "2px");
    let _ = h.set_attribute("data-dramatis-highlight", "");
    let h = h.clone();
    timeout(
        2600,
        Box::new(move || {
            let style = h.style();
            for (p, v) in props.iter().zip(saved) {
                if v.is_empty() {
                    let _ = style.remove_property(p);
                } else {
                    let _ = style.set_property(p, &v);
                }
            }
            let _ = h.remove_attribute("data-dramatis-highlight");
        }),
    )
    .forget();
}

/// `gloo`'s `Timeout::new(ms, f)` for the widget's timers (highlights, the copy
/// notice, the fetch timeout, ...). The callback comes boxed, so the timer and its
/// JS closure are compiled once, not once per call site (wasm bytes).
pub fn timeout(ms: u32, f: Box<dyn FnOnce()>) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(ms, f)
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
