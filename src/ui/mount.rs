//! The JavaScript entry points (`www/dramatis.js` calls them once per widget).
//!
//! `mount` does the synchronous work (read the article, extract) in the call itself, so
//! a panic there is thrown to its caller, and returns a Promise for the rest (fetch the
//! curated story, render). Every panic also goes to the handler set by
//! [`set_panic_handler`] with the id of the widget being worked on, if known: the wasm
//! is built with `panic = "abort"`, so a panic traps the whole instance and the loader
//! must move the other widgets to a fresh one (see www/dramatis.js).

use super::app::{App, AppProps};
use super::state::{Msg, Notice, State, Theme, View};
use super::{style, Env};
use crate::dom::Limits;
use crate::model::{merge, parse_story_with, JsonTree, QuoteKind, Readable};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, ShadowRoot};

/// Default timeout of the `src` request (attribute `timeout-ms`).
const DEFAULT_TIMEOUT_MS: u32 = 8_000;
/// A curated story larger than this is refused (it would freeze the page).
const MAX_STORY_BYTES: usize = 10_000_000;

/// Options of [`mount`], read from the element's attributes (by hand, not with serde:
/// the derive and its deserializer were over a kilobyte of the transfer).
#[derive(Default)]
struct Options {
    /// CSS selector of the article element.
    article: Option<String>,
    /// URL of a curated story JSON, merged over the extraction.
    src: Option<String>,
    /// A curated story JSON given inline (the JS API's `mount(el, {story})`); used
    /// instead of `src`.
    story: Option<String>,
    /// cards | tree | both
    view: Option<String>,
    /// light | dark | auto
    theme: Option<String>,
    /// Timeout of the `src` request in milliseconds (attribute `timeout-ms`).
    timeout_ms: Option<String>,
    /// Most article blocks to read (attribute `max-paragraphs`, default 600).
    max_paragraphs: Option<String>,
    /// Test hook (attribute `data-debug-panic`): `mount` (or any other value) panics
    /// while mounting, `render` in a component rendered by Yew's scheduler, `later` in a
    /// timer 100 ms after the widget rendered. Absent: inert.
    debug_panic: Option<String>,
    /// The loader's id of the element, passed back to the panic handler.
    id: Option<u32>,
}

impl Options {
    /// Reads the loader's options object; `undefined` or `null` is no options.
    fn read(o: &JsValue) -> Result<Options, JsValue> {
        if o.is_undefined() || o.is_null() {
            return Ok(Options::default());
        }
        if !o.is_object() {
            return Err(JsValue::from_str("dramatis: bad options: expected an object"));
        }
        let get = |k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
        let id = js_sys::Reflect::get(o, &JsValue::from_str("id")).ok().and_then(|v| v.as_f64());
        Ok(Options {
            article: get("article"),
            src: get("src"),
            story: get("story"),
            view: get("view"),
            theme: get("theme"),
            timeout_ms: get("timeout_ms"),
            max_paragraphs: get("max_paragraphs"),
            debug_panic: get("debug_panic"),
            id: id.filter(|n| *n >= 0.0 && *n <= f64::from(u32::MAX)).map(|n| n as u32),
        })
    }
}

/// Timings and counts, the `detail` of the `dramatis:ready` event (plus `error`).
#[derive(Default)]
struct Stats {
    /// Reading the article from the DOM.
    read_ms: f64,
    extract_ms: f64,
    fetch_ms: f64,
    /// From the start of rendering until the first screen (header, filters, tree, the
    /// first cards) is in the DOM.
    render_ms: f64,
    /// From the start of rendering until the whole view is in the DOM (the rest of the
    /// first batch of cards and the key terms, rendered after the first screen painted).
    complete_ms: f64,
    /// Speech quotes (cards).
    quotes: usize,
    /// Term quotes (the key-terms strip).
    terms: usize,
    actors: usize,
    relations: usize,
    /// Blocks read from the article (0 when there was none).
    paragraphs: usize,
    /// Whether the article was longer than the limits and only its first part was read.
    partial: bool,
    /// Blocks in the whole article (a rough count; equals `paragraphs` unless `partial`).
    paragraphs_total: usize,
    /// What went wrong (also shown in the widget's error panel), if anything.
    error: Option<String>,
}

impl Stats {
    /// As a plain JS object (written by hand: serde-wasm-bindgen's serializer was used
    /// for nothing else).
    fn to_js(&self) -> JsValue {
        let o = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
        };
        let n = |x: usize| JsValue::from_f64(x as f64);
        set("read_ms", self.read_ms.into());
        set("extract_ms", self.extract_ms.into());
        set("fetch_ms", self.fetch_ms.into());
        set("render_ms", self.render_ms.into());
        set("complete_ms", self.complete_ms.into());
        set("quotes", n(self.quotes));
        set("terms", n(self.terms));
        set("actors", n(self.actors));
        set("relations", n(self.relations));
        set("paragraphs", n(self.paragraphs));
        set("partial", self.partial.into());
        set("paragraphs_total", n(self.paragraphs_total));
        set("error", self.error.as_deref().map_or(JsValue::NULL, JsValue::from_str));
        o.into()
    }
}

thread_local! {
    static PANIC_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The widget being worked on (for the panic handler).
    static CURRENT: Cell<Option<u32>> = const { Cell::new(None) };
}

/// Sets `f(message, widgetId | undefined)`, called on any panic, before the instance
/// traps. It must not call back into this instance.
#[wasm_bindgen]
pub fn set_panic_handler(f: js_sys::Function) {
    install_panic_hook();
    PANIC_HANDLER.with(|h| *h.borrow_mut() = Some(f));
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Through Yew, so that its renderer does not replace the hook with its default.
        yew::set_custom_panic_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            let message = info.to_string();
            let id = CURRENT.with(Cell::get).map_or(JsValue::UNDEFINED, JsValue::from);
            PANIC_HANDLER.with(|h| {
                if let Ok(h) = h.try_borrow() {
                    if let Some(f) = h.as_ref() {
                        let _ = f.call2(&JsValue::NULL, &JsValue::from_str(&message), &id);
                    }
                }
            });
        }));
    });
}

/// Marks widget `id` as the one being worked on until dropped.
struct Working(Option<u32>);

impl Working {
    fn on(id: Option<u32>) -> Working {
        Working(CURRENT.with(|c| c.replace(id)))
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// A mounted widget. `destroy()` unmounts it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    stats: JsValue,
    /// The widget's nodes in the shadow root (removed by `destroy`).
    nodes: Vec<Element>,
    article: Option<Element>,
    /// Shared with the Yew app: the way in for `update` and `select`.
    env: Rc<Env>,
    /// The article as read, kept so that `update` extracts it again with the new
    /// curated story's actors and merges exactly as `src` is merged at mount.
    document: Option<crate::document::Document>,
}

#[wasm_bindgen]
impl Widget {
    /// `{extract_ms, fetch_ms, render_ms, quotes, terms, actors, relations, paragraphs, error}`.
    #[wasm_bindgen(getter)]
    pub fn stats(&self) -> JsValue {
        self.stats.clone()
    }

    /// The article element that was read, if any (the loader watches it for changes).
    #[wasm_bindgen(getter)]
    pub fn article(&self) -> Option<Element> {
        self.article.clone()
    }

    /// Shows `story_json` (a curated story) instead of the current story, merged over
    /// the automatic extraction if there was one. An invalid story throws an Error
    /// listing every problem (with its JSON path) and leaves the widget as it was.
    pub fn update(&mut self, story_json: &str) -> Result<(), JsValue> {
        let curated = parse_story_with(story_json, parse_json).map_err(|errs| {
            let list: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            JsValue::from(js_sys::Error::new(&format!("dramatis: the story is not valid:\n- {}", list.join("\n- "))))
        })?;
        let story = match &self.document {
            Some(d) => merge(crate::extract::extract_with(d, &curated.actors), curated),
            None => curated,
        };
        let story = Rc::new(story);
        *self.env.story.borrow_mut() = Some(story.clone());
        self.send(Msg::ReplaceStory(story))
    }

    /// Selects the actor with id `actor_id` (filtering the cards), or clears the
    /// selection with `null`. Returns false when no actor has that id.
    pub fn select(&self, actor_id: Option<String>) -> Result<bool, JsValue> {
        let known = match &actor_id {
            None => true,
            Some(id) => self.env.story.borrow().as_ref().is_some_and(|s| s.actor(id).is_some()),
        };
        if known {
            self.send(Msg::Select(actor_id))?;
        }
        Ok(known)
    }

    fn send(&self, msg: Msg) -> Result<(), JsValue> {
        let d = self.env.dispatch.borrow();
        let d = d.as_ref().ok_or_else(|| JsValue::from(js_sys::Error::new("dramatis: the widget is not mounted")))?;
        d.dispatch(msg);
        Ok(())
    }

    /// Unmounts the Yew app and removes the widget's nodes, so that the listeners Yew
    /// keeps on its root element go with it (the shadow root is left empty).
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        for n in self.nodes.drain(..) {
            n.remove();
        }
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

thread_local! {
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// The styles of what this file adds beside the Yew app (the "showing a part" note).
const MOUNT_CSS: &str = ".d-partial{margin:0 0 8px;padding:8px 12px;border:1px solid #d5dae1;border-left:4px solid #b45309;border-radius:10px;background:#fffbeb;color:#3f2a06;font:13px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}@media (prefers-color-scheme:dark){.d-partial{background:#2a2110;color:#fde8c4;border-color:#5b4a2a;border-left-color:#f59e0b}}";

/// Puts the widget's stylesheet into the shadow root: one shared constructable sheet
/// (CSP-safe), or a `<style>` element where adoptedStyleSheets is missing (returned, so
/// that `destroy` removes it).
fn install_style(shadow: &ShadowRoot, doc: &web_sys::Document) -> Option<Element> {
    let sheet = SHEET.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            if let Ok(sheet) = web_sys::CssStyleSheet::new() {
                if sheet.replace_sync(&[style::CSS, MOUNT_CSS].concat()).is_ok() {
                    *s = Some(sheet);
                }
            }
        }
        s.clone()
    });
    let adopted = sheet.is_some_and(|sheet| {
        let has_api = js_sys::Reflect::has(shadow, &JsValue::from_str("adoptedStyleSheets")).unwrap_or(false);
        has_api && {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            true
        }
    });
    if adopted {
        return None;
    }
    let el = doc.create_element("style").ok()?;
    el.set_text_content(Some(&[style::CSS, MOUNT_CSS].concat()));
    shadow.append_child(&el).ok()?;
    Some(el)
}

/// A story JSON read by the browser's `JSON.parse` (see [`parse_story_with`]).
fn parse_json(text: &str) -> Result<Js, String> {
    match js_sys::JSON::parse(text) {
        Ok(v) => Ok(Js(v)),
        Err(_) if crate::model::ends_early(text) => Err(crate::model::ends_early_message(text)),
        Err(e) => {
            let why = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            Err(format!("the story is not valid JSON: {why}"))
        }
    }
}

/// A value from `JSON.parse`, read into the story's types directly (`model/js.rs`; no
/// serde_json value in between: its deserializer is the larger part).
struct Js(JsValue);

impl JsonTree for Js {
    const STRINGS_ITERATE: bool = true;

    fn read<T: Readable>(&self) -> Result<T, String> {
        T::read_js(&self.0)
    }

    fn members(&self) -> Option<Vec<(String, Self)>> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return None;
        }
        let entries = js_sys::Object::entries(self.0.unchecked_ref());
        Some(entries.iter().map(|e| {
            let e: js_sys::Array = e.unchecked_into();
            (e.get(0).as_string().unwrap_or_default(), Js(e.get(1)))
        }).collect())
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.0.dyn_ref::<js_sys::Array>().map(|a| a.iter().map(Js).collect())
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn single(key: &str, value: &Self) -> Self {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), &value.0);
        Js(o.into())
    }
}

/// "8 s", "250 ms".
fn human_ms(ms: u32) -> String {
    if ms >= 1000 && ms % 1000 == 0 {
        format!("{} s", ms / 1000)
    } else if ms >= 1000 {
        // Tenths rounded half up, in integers: `{:.1}` kept Rust's exact float
        // formatting (about 7 KB of wasm) for this one message.
        let tenths = (ms + 50) / 100;
        format!("{}.{} s", tenths / 10, tenths % 10)
    } else {
        format!("{ms} ms")
    }
}

async fn fetch_text(url: &str, timeout_ms: u32) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    let abort = web_sys::AbortController::new().ok();
    // Dropping the timer (when this function returns) cancels it.
    let _timer = abort.as_ref().map(|a| {
        init.set_signal(Some(&a.signal()));
        let a = a.clone();
        crate::dom::timeout(timeout_ms, Box::new(move || a.abort()))
    });
    let timed_out = || abort.as_ref().is_some_and(|a| a.signal().aborted());
    let timeout_msg = || format!("timed out: no answer within {} (the widget's timeout-ms is {timeout_ms})", human_ms(timeout_ms));
    let resp = match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
        Ok(r) => r,
        Err(_) if timed_out() => return Err(timeout_msg()),
        Err(e) => return Err(format!("the request failed ({}; a network error, a wrong address, or the server does not allow this page to read it)", js_error(&e))),
    };
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "the request failed")?;
    if !resp.ok() {
        let text = resp.status_text();
        return Err(format!("the server answered HTTP {}{}{}", resp.status(), if text.is_empty() { "" } else { " " }, text));
    }
    let text = match JsFuture::from(resp.text().map_err(|e| js_error(&e))?).await {
        Ok(t) => t,
        Err(_) if timed_out() => return Err(timeout_msg()),
        Err(e) => return Err(format!("the answer could not be read ({})", js_error(&e))),
    };
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_STORY_BYTES {
        return Err(format!("the story is {} bytes; the widget reads at most {MAX_STORY_BYTES}", text.len()));
    }
    Ok(text)
}

fn js_error(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        let name: String = err.name().into();
        let msg: String = err.message().into();
        if name == "AbortError" {
            return "timed out".into();
        }
        return if msg.is_empty() { name } else { msg };
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

/// Resolves on the next task (a `setTimeout(0)`), so that the browser can paint and
/// handle input between the long steps of a mount.
async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(p).await;
}

/// Resolves after the next frame (a `requestAnimationFrame`, then a new task: the
/// browser paints in between), or after 100 ms where frames do not come (a hidden tab).
async fn after_paint() {
    // The Promise's own resolve function is the frame callback: no Rust closure.
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let _ = w.request_animation_frame(&resolve);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = JsFuture::from(p).await;
    next_task().await;
}

/// A duration attribute in milliseconds ("300", "1500.5"; at least 1, at most ten
/// minutes). Read by hand: Rust's float parser was 11 KB of the brotli'd wasm.
fn parse_ms(v: &str) -> Option<u32> {
    let v = v.trim();
    let v = v.strip_prefix('+').unwrap_or(v);
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let n = if int.is_empty() { 0 } else { int.parse::<u64>().unwrap_or(u64::MAX) };
    (n >= 1).then(|| n.min(600_000) as u32)
}

fn parse_limit(v: Option<&str>, default: usize) -> usize {
    v.and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n > 0).unwrap_or(default)
}

fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Reads the host page's article and extracts the story (synchronously: a panic here is
/// thrown to the caller), then returns a Promise of the [`Widget`] that merges the
/// curated `src` story over it and renders into `shadow`. The Promise never rejects for
/// content problems: they are shown in the widget's error panel and in `stats.error`.
#[wasm_bindgen]
pub fn mount(host: Element, shadow: ShadowRoot, options: JsValue) -> Result<js_sys::Promise, JsValue> {
    install_panic_hook();
    let opts = Options::read(&options)?;
    let working = Working::on(opts.id);
    let debug_panic = opts.debug_panic.as_deref().map(str::trim);
    if debug_panic.is_some_and(|m| m != "later" && m != "render") {
        panic!("dramatis: deliberate panic while mounting (the data-debug-panic test hook)");
    }
    let doc = host.owner_document().or_else(|| gloo::utils::window().document()).ok_or("dramatis: no document")?;
    let mut stats = Stats::default();
    let mut notice: Option<Notice> = None;

    // 1. The article (synchronous).
    let article = match crate::dom::find_article(&doc, opts.article.as_deref()) {
        Ok(a) => a,
        Err(msg) => {
            notice = Some(Notice { title: "The article could not be found".into(), errors: vec![msg], note: None });
            None
        }
    };
    let limits = Limits { max_blocks: parse_limit(opts.max_paragraphs.as_deref(), Limits::DEFAULT.max_blocks), ..Limits::DEFAULT };
    let t0 = now();
    let (document, elements) = match &article {
        Some(el) => {
            let read = crate::dom::read_article_limited(el, &doc, limits);
            if read.truncated {
                stats.partial = true;
                stats.paragraphs_total = crate::dom::count_blocks(el).max(read.elements.len() + 1);
            }
            (Some(read.document), read.elements)
        }
        None => (None, Vec::new()),
    };
    stats.read_ms = now() - t0;
    stats.paragraphs = elements.len();
    if !stats.partial {
        stats.paragraphs_total = stats.paragraphs;
    }
    drop(working);

    let timeout_ms = opts
        .timeout_ms
        .as_deref()
        .and_then(parse_ms)
        .unwrap_or(DEFAULT_TIMEOUT_MS);
    Ok(wasm_bindgen_futures::future_to_promise(async move {
        let later = debug_panic_later(&opts.debug_panic);
        let panic_in_render = opts.debug_panic.as_deref().map(str::trim) == Some("render");
        let Options { src, story, view, theme, id, .. } = opts;
        let f = Finish { src, story, view, theme, id, timeout_ms, later, panic_in_render };
        finish(host, shadow, doc, f, article, document, elements, stats, notice, limits)
            .await
            .map(JsValue::from)
    }))
}

fn debug_panic_later(v: &Option<String>) -> bool {
    v.as_deref().map(str::trim) == Some("later")
}

struct Finish {
    src: Option<String>,
    story: Option<String>,
    view: Option<String>,
    theme: Option<String>,
    id: Option<u32>,
    timeout_ms: u32,
    later: bool,
    panic_in_render: bool,
}

fn set_current(id: Option<u32>) {
    CURRENT.with(|c| c.set(id));
}

#[derive(yew::Properties, PartialEq)]
struct ProbeProps {
    id: Option<u32>,
}

/// Yew's scheduler is shared by every widget of the instance, so the probe may render
/// while another widget's mount is the current one: it names its own widget.
#[yew::function_component]
fn PanicProbe(p: &ProbeProps) -> yew::Html {
    set_current(p.id);
    panic!("dramatis: deliberate panic while rendering (the data-debug-panic=\"render\" test hook)");
}

#[allow(clippy::too_many_arguments)]
async fn finish(
    host: Element,
    shadow: ShadowRoot,
    doc: web_sys::Document,
    f: Finish,
    article: Option<Element>,
    document: Option<crate::document::Document>,
    elements: Vec<Element>,
    mut stats: Stats,
    mut notice: Option<Notice>,
    limits: Limits,
) -> Result<Widget, JsValue> {
    // Reading, extraction and rendering in separate tasks, so that the page is never
    // blocked for all three at once.
    let src = f.src.as_deref().map(str::trim).filter(|s| !s.is_empty());

    // 1. The curated story first: its actors extend the knowledge base the extraction
    // reads the article with (their names and aliases are recognised, their ids kept).
    let t1 = now();
    let curated = match (f.story.as_deref(), src) {
        (None, None) => None,
        (inline, src) => {
            let (label, fetched) = match (inline, src) {
                (Some(text), _) => ("given to mount()".to_string(), Ok(text.to_string())),
                (None, Some(url)) => (format!("at {url}"), fetch_text(url, f.timeout_ms).await),
                (None, None) => unreachable!("matched above"),
            };
            set_current(f.id);
            Some(match fetched {
                Ok(text) => parse_story_with(&text, parse_json).map_err(|errs| {
                    (format!("The curated story {label} is not valid"), errs.iter().map(|e| e.to_string()).collect::<Vec<_>>())
                }),
                Err(e) => Err((format!("The curated story {label} could not be loaded"), vec![e])),
            })
        }
    };
    stats.fetch_ms = if src.is_some() && f.story.is_none() { now() - t1 } else { 0.0 };

    // 2. The extraction.
    next_task().await;
    set_current(f.id);
    let t0 = now();
    let known = match &curated {
        Some(Ok(c)) => &c.actors[..],
        _ => &[],
    };
    let auto = document.as_ref().map(|d| crate::extract::extract_with(d, known));
    stats.extract_ms = now() - t0;
    set_current(None);
    next_task().await;
    if auto.is_none() && notice.is_none() && curated.is_none() {
        notice = Some(Notice {
            title: "The article could not be found".into(),
            errors: vec!["this page has no <article> or <main> element; set the widget's article attribute to a CSS selector".into()],
            note: None,
        });
    }
    let story = match (curated, auto) {
        (None, auto) => auto.unwrap_or_default(),
        (Some(Ok(c)), Some(a)) => merge(a, c),
        (Some(Ok(c)), None) => c,
        (Some(Err((title, errors))), auto) => {
            let note = Some(if auto.is_some() {
                "Showing the quotes and actors extracted automatically from the article instead.".to_string()
            } else {
                "There is no article on this page to extract quotes from, so there is nothing to show.".to_string()
            });
            let mut errors = errors;
            if let Some(prev) = notice.take() {
                errors.extend(prev.errors);
            }
            errors.truncate(12);
            notice = Some(Notice { title, errors, note });
            auto.unwrap_or_default()
        }
    };
    set_current(f.id);
    stats.quotes = story.quotes.iter().filter(|q| q.kind == QuoteKind::Speech).count();
    stats.terms = story.quotes.len() - stats.quotes;
    stats.actors = story.actors.len();
    stats.relations = story.relations.len();
    stats.error = notice.as_ref().map(|n| {
        let mut s = n.title.clone();
        for e in &n.errors {
            s.push_str("\n- ");
            s.push_str(e);
        }
        s
    });

    // 3. Render.
    let t2 = now();
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
    let mut nodes = Vec::new();
    nodes.extend(install_style(&shadow, &doc));
    if stats.partial {
        let p = doc.create_element("p")?;
        p.set_class_name("d-partial");
        p.set_attribute("role", "status")?;
        let limit = if stats.paragraphs >= limits.max_blocks {
            format!("{} paragraphs", group_digits(limits.max_blocks))
        } else {
            format!("{} KB of text", limits.max_bytes / 1_000)
        };
        p.set_text_content(Some(&format!(
            "Showing a part: quotes from the first {} of about {} paragraphs. The article is longer than Dramatis reads at once ({limit}).",
            group_digits(stats.paragraphs),
            group_digits(stats.paragraphs_total),
        )));
        shadow.append_child(&p)?;
        nodes.push(p);
    }
    let root = doc.create_element("div")?;
    root.set_class_name("dramatis-mount");
    shadow.append_child(&root)?;
    nodes.push(root.clone());
    // The host's texts, deep links and editor mode go into the first render (the App
    // reads them again once mounted; unchanged, that renders nothing a second time).
    let (strings, deep_links, editable) = super::app::host_setup(Some(&host), &story);
    let mut state = State::new(
        story,
        View::parse(f.view.as_deref()),
        Theme::parse(f.theme.as_deref()),
        notice,
        article.is_some(),
    );
    state.strings = Rc::new(strings);
    state.deep_links = deep_links;
    state.editable = editable;
    state.first_screen = true;
    let env = Rc::new(Env { paragraphs: elements, host: Some(host.clone()), ..Env::default() });
    let props = AppProps { initial: Rc::new(state), env: env.clone() };
    if f.panic_in_render {
        // The data-debug-panic="render" test hook: a component that panics inside Yew's
        // scheduler, like a bug in a component would.
        yew::Renderer::<PanicProbe>::with_root_and_props(root.clone(), ProbeProps { id: f.id }).render();
    }
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    // Yew renders on a microtask; wait for it so render_ms means something. (The widget
    // is marked as the one being worked on, for the panic handler, after every await.)
    for _ in 0..20 {
        if root.child_element_count() > 0 {
            break;
        }
        let _ = JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
        set_current(f.id);
    }
    stats.render_ms = now() - t2;
    // The rest of the view once the first screen had a chance to paint; `ready` (and
    // the JS API's `mount`) waits for it, so hosts and tests always see the whole view.
    after_paint().await;
    set_current(f.id);
    if let Some(d) = env.dispatch.borrow().as_ref() {
        d.dispatch(Msg::Complete);
    }
    for _ in 0..20 {
        if env.complete.get() {
            break;
        }
        let _ = JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
        set_current(f.id);
    }
    set_current(None);
    stats.complete_ms = now() - t2;
    if f.later {
        let id = f.id;
        crate::dom::timeout(
            100,
            Box::new(move || {
                let _working = Working::on(id);
                panic!("dramatis: deliberate panic after rendering (the data-debug-panic=\"later\" test hook)");
            }),
        )
        .forget();
    }
    let stats = stats.to_js();
    Ok(Widget { handle: Some(handle), stats, nodes, article, env, document })
}
