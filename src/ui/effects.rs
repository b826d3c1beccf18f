//! Side effects on the host page, called from event callbacks: "show in article"
//! (scroll, highlight the quoted words, move focus), the clipboard, deep links.
//!
//! The host article's text is never rewritten: the words are marked with the CSS
//! Custom Highlight API (a `Range` registered as the highlight `dramatis`), or, where
//! the browser lacks it, the paragraph is outlined (`crate::dom::highlight`).

use super::state::{CopyOutcome, Msg};
use super::Ctx;
use crate::model::Quote;
use js_sys::{Array, Function, Object, Reflect};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, Node};

/// The name of the highlight in `CSS.highlights` (style it with `::highlight(dramatis)`).
pub const HIGHLIGHT: &str = "dramatis";

thread_local! {
    static SEQ: Cell<u32> = const { Cell::new(0) };
    static HOST_STYLE: Cell<bool> = const { Cell::new(false) };
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// `o[name](...args)`.
fn call(o: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(o, name).dyn_into()?;
    let a = Array::new();
    for x in args {
        a.push(x);
    }
    f.apply(o, &a)
}

/// "Show in article" for quote `i`: scrolls to its paragraph, highlights the quoted
/// words (or outlines the paragraph), and moves focus there.
pub fn show_quote(ctx: &Ctx, i: usize) {
    let Some(q) = ctx.state.story.quotes.get(i) else { return };
    fire_quote_select(&ctx.env, q);
    let Some(el) = ctx.env.paragraphs.get(q.paragraph) else { return };
    if highlight_words(el, q) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_behavior(if reduced_motion() { web_sys::ScrollBehavior::Auto } else { web_sys::ScrollBehavior::Smooth });
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    } else {
        crate::dom::highlight(el);
    }
    focus_paragraph(el);
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Focus moves to the paragraph (made focusable with tabindex=-1 until it loses
/// focus), so keyboard and screen-reader users continue reading there.
fn focus_paragraph(el: &Element) {
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
        let el2 = el.clone();
        gloo::events::EventListener::once(el, "blur", move |_| {
            let _ = el2.remove_attribute("tabindex");
        })
        .forget();
    }
    let o = Object::new();
    let _ = Reflect::set(&o, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
    let _ = call(el, "focus", &[&o]);
}

/// Registers a `Range` over the quoted words in `CSS.highlights`; false when the
/// browser has no Custom Highlight API or the words cannot be found.
fn highlight_words(el: &Element, q: &Quote) -> bool {
    let Some(win) = web_sys::window() else { return false };
    let registry = get(&get(&win, "CSS"), "highlights");
    let ctor = get(&win, "Highlight");
    if registry.is_undefined() || !ctor.is_function() {
        return false;
    }
    let Some(doc) = el.owner_document() else { return false };
    let Some(range) = find_range(el, q, &doc) else { return false };
    let Ok(h) = Reflect::construct(ctor.unchecked_ref::<Function>(), &Array::of1(&range)) else { return false };
    if call(&registry, "set", &[&JsValue::from_str(HIGHLIGHT), &h]).is_err() {
        return false;
    }
    install_host_style(&doc);
    let seq = SEQ.with(|s| {
        s.set(s.get().wrapping_add(1));
        s.get()
    });
    crate::dom::timeout(
        8000,
        Box::new(move || {
            if SEQ.with(|s| s.get()) == seq {
                let _ = call(&registry, "delete", &[&JsValue::from_str(HIGHLIGHT)]);
            }
        }),
    )
    .forget();
    true
}

/// The host page's style for the highlight (a custom highlight has none by default),
/// as an adopted constructable stylesheet: CSP-safe, added once, text untouched.
fn install_host_style(doc: &web_sys::Document) {
    if HOST_STYLE.with(|s| s.replace(true)) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync("::highlight(dramatis){background-color:#ffd54a;color:#111}").is_err() {
        return;
    }
    let list = get(doc, "adoptedStyleSheets");
    if let Ok(list) = list.dyn_into::<Array>() {
        let next = list.concat(&Array::of1(&sheet));
        let _ = Reflect::set(doc, &JsValue::from_str("adoptedStyleSheets"), &next);
    }
}

/// A `Range` over the quote's words in `el`. The paragraph's text as the extractor
/// saw it is the element's text with whitespace runs collapsed and trimmed; the
/// quote's `start`/`end` (code points) index that text. Falls back to a search.
fn find_range(el: &Element, q: &Quote, doc: &web_sys::Document) -> Option<JsValue> {
    // Normalised text, and for each of its chars the text node and UTF-16 offset.
    let mut nodes: Vec<Node> = Vec::new();
    let mut chars: Vec<char> = Vec::new();
    let mut at: Vec<(u32, u32, u32)> = Vec::new(); // (node, utf16 start, utf16 end)
    let mut pending: Option<(u32, u32)> = None;
    let root: &Node = el.as_ref();
    let mut cur = root.first_child();
    while let Some(n) = cur {
        if n.node_type() == Node::TEXT_NODE {
            let ni = nodes.len() as u32;
            let text = n.node_value().unwrap_or_default();
            let mut off = 0u32;
            for c in text.chars() {
                let w = c.len_utf16() as u32;
                if c.is_whitespace() {
                    if !chars.is_empty() && pending.is_none() {
                        pending = Some((ni, off));
                    }
                } else {
                    if let Some((pn, po)) = pending.take() {
                        chars.push(' ');
                        at.push((pn, po, po + 1));
                    }
                    chars.push(c);
                    at.push((ni, off, off + w));
                }
                off += w;
            }
            nodes.push(n.clone());
        } else if n.node_type() == Node::ELEMENT_NODE {
            if let Some(first) = n.first_child() {
                cur = Some(first);
                continue;
            }
        }
        // Next in document order within `el`.
        let mut m = n;
        cur = loop {
            if let Some(s) = m.next_sibling() {
                break Some(s);
            }
            match m.parent_node() {
                Some(p) if &p != root => m = p,
                _ => break None,
            }
        };
    }
    // As the card shows it: without the trailing comma or colon the sentence adds.
    let want: Vec<char> = q.text.trim().trim_end_matches([',', ';', ':']).trim_end().chars().collect();
    if want.is_empty() || chars.is_empty() {
        return None;
    }
    let fits = |s: usize| s + want.len() <= chars.len() && chars[s..s + want.len()] == want[..];
    let start = q
        .start
        .filter(|&s| fits(s))
        .or_else(|| q.start.map(|s| s + (q.text.chars().count() - q.text.trim_start().chars().count())).filter(|&s| fits(s)))
        .or_else(|| (0..chars.len()).find(|&s| fits(s)))?;
    let (an, ao, _) = at[start];
    let (bn, _, bo) = at[start + want.len() - 1];
    let range = call(doc, "createRange", &[]).ok()?;
    call(&range, "setStart", &[&nodes[an as usize], &JsValue::from(ao)]).ok()?;
    call(&range, "setEnd", &[&nodes[bn as usize], &JsValue::from(bo)]).ok()?;
    Some(range)
}

/// Copies `text` to the clipboard and reports the outcome for quote `i`.
pub fn copy(ctx: &Ctx, i: usize, text: String, what: CopyOutcome) {
    let state = ctx.state.clone();
    spawn_local(async move {
        let ok = match web_sys::window().map(|w| w.navigator().clipboard()) {
            Some(cb) => JsFuture::from(cb.write_text(&text)).await.is_ok(),
            None => false,
        };
        state.dispatch(Msg::Copied(i, if ok { what } else { CopyOutcome::Failed }));
        crate::dom::timeout(2200, Box::new(move || state.dispatch(Msg::CopyExpired(i)))).forget();
    });
}

/// Fires `dramatis:select` on the host element (bubbling, composed), for the host
/// page's analytics: `detail` is `{type: "actor", id, name}` (`id` and `name` null when
/// the selection is cleared) or `{type: "quote", id, speaker, paragraph}`.
pub fn fire_select(host: Option<&Element>, fields: &[(&str, JsValue)]) {
    let Some(host) = host else { return };
    let detail = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&detail, &JsValue::from_str(k), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict("dramatis:select", &init) {
        let _ = host.dispatch_event(&ev);
    }
}

/// `dramatis:select` for a quote (shown in the article, or opened by a deep link).
pub fn fire_quote_select(env: &super::Env, q: &Quote) {
    fire_select(
        env.host.as_ref(),
        &[
            ("type", JsValue::from_str("quote")),
            ("id", JsValue::from_str(&q.id)),
            ("speaker", q.speaker.as_deref().map_or(JsValue::NULL, JsValue::from_str)),
            ("paragraph", JsValue::from(q.paragraph as u32)),
        ],
    );
}

/// The page's URL with `#dramatis=<id>` as its fragment.
pub fn deep_link(id: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or("");
    let mut s = String::with_capacity(base.len() + id.len() + 10);
    s.push_str(base);
    s.push_str("#dramatis=");
    s.push_str(&String::from(js_sys::encode_uri_component(id)));
    s
}

/// The quote id in the page's `#dramatis=<id>` fragment, if any.
pub fn linked_id() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let raw = hash.strip_prefix("#dramatis=")?;
    js_sys::decode_uri_component(raw).ok().map(String::from).filter(|s| !s.is_empty())
}

/// Focuses (and scrolls to) the card or key term with `data-quote-id == id` inside
/// `root`; compares attributes, so the id is never part of a selector.
pub fn focus_quote(root: &Element, id: &str) -> bool {
    let Ok(list) = root.query_selector_all("[data-quote-id]") else { return false };
    for k in 0..list.length() {
        let Some(el) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if el.get_attribute("data-quote-id").as_deref() == Some(id) {
            let target = el.query_selector("button").ok().flatten().filter(|_| el.tag_name() == "LI").unwrap_or(el);
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            target.scroll_into_view_with_scroll_into_view_options(&opts);
            let o = Object::new();
            let _ = Reflect::set(&o, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
            return call(&target, "focus", &[&o]).is_ok();
        }
    }
    false
}

/// Saves `json` as a file named `name` in the reader's downloads: a Blob behind a
/// temporary `<a download>` that is clicked without being put into the page.
pub fn download(name: &str, json: &str) -> Result<(), JsValue> {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(json)), &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = gloo::utils::document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoked later: the browser reads the blob after the click returns.
    crate::dom::timeout(
        10_000,
        Box::new(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        }),
    )
    .forget();
    Ok(())
}

/// Before a list item goes away (a card made a key term, a term made a quote): moves
/// focus to the item after it, or before it, so that a keyboard user keeps their place.
pub fn focus_neighbour(e: &web_sys::Event) {
    use yew::TargetCast;
    let Some(li) = e.target_dyn_into::<Element>().and_then(|t| t.closest("li").ok().flatten()) else { return };
    let next = li.next_element_sibling().or_else(|| li.previous_element_sibling());
    // The last item of its list takes the list with it: focus the first card (or key
    // term) left in the widget rather than letting focus fall back to the page's body.
    let target = next.and_then(|n| n.query_selector("figure, button").ok().flatten()).or_else(|| {
        let root = li.closest(".dramatis").ok().flatten()?;
        ["figure.card", ".term-btn"].iter().filter_map(|sel| root.query_selector(sel).ok().flatten()).find(|el| !li.contains(Some(el)))
    });
    if let Some(el) = target {
        let _ = call(&el, "focus", &[]);
    }
}
