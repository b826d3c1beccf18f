//! The story's types read from a browser `JSON.parse` value (the widget only).
//!
//! Why by hand: serde's derived readers driven by serde-wasm-bindgen were about 16 KB
//! brotli of the widget's download (a visitor per type and field, serde's error
//! wording with Rust's float printing). These readers take the same values and give
//! the same messages as that pair did, for every value `JSON.parse` can return: fields
//! in declaration order, missing ones defaulted, unknown ones ignored
//! (`tests/e2e/story-read.test.mjs` holds the messages the serde reader gave).
//! Natively the story is read by serde_json (`validate.rs`).

use super::story::{Actor, ActorKind, ArticleMeta, Diagnostic, Evidence, Quote, QuoteKind, Relation, Story};
use js_sys::{Array, Number, Object};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// A type read from a `JSON.parse` value; the error is the message to show.
pub trait Readable: Sized {
    fn read_js(v: &JsValue) -> Result<Self, String>;
}

/// The message of a thrown JavaScript error ("" for anything thrown that is no `Error`).
pub fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

fn nullish(v: &JsValue) -> bool {
    v.is_null() || v.is_undefined()
}

/// serde's "invalid type" message, with the value described as serde-wasm-bindgen did.
fn invalid_type(v: &JsValue, expected: &str) -> String {
    let found = if nullish(v) {
        "unit value".to_string()
    } else if let Some(b) = v.as_bool() {
        format!("boolean `{b}`")
    } else if let Some(f) = v.as_f64() {
        format!("floating point `{}`", float_text(f))
    } else if let Some(s) = v.as_string() {
        format!("string {s:?}")
    } else {
        format!("{v:?}")
    };
    format!("invalid type: {found}, expected {expected}")
}

/// `f` as serde words an unexpected float: Rust's `Display` of it, plus ".0" when that
/// has no decimal point. Built from JavaScript's digits (the shortest that round-trip,
/// as Rust's are) laid out without an exponent, as Rust writes them: Rust's own float
/// printing is about 5 KB brotli of wasm.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let js = Number::from(f).to_string_with_radix(10).map(String::from).unwrap_or_default();
    let (sign, js) = match js.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", js.as_str()),
    };
    let (mantissa, exp) = match js.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (js, 0),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    // Where the decimal point goes, counted in digits from the left.
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32 + exp;
    let n = digits.len() as i32;
    let text = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(-point as usize))
    } else if point >= n {
        format!("{digits}{}.0", "0".repeat((point - n) as usize))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{sign}{text}")
}

/// The items of a list value (serde-wasm-bindgen's sequence: an array, else anything
/// iterable; a non-object makes `Reflect.get` throw, and that message is the error).
fn items(v: &JsValue) -> Result<Vec<JsValue>, String> {
    if let Some(a) = v.dyn_ref::<Array>() {
        return Ok(a.iter().collect());
    }
    match js_sys::try_iter(v) {
        Err(e) => Err(js_message(&e)),
        Ok(Some(it)) => iterated(it),
        Ok(None) => Err(invalid_type(v, "a sequence")),
    }
}

/// An iterable's items, or the message of the first error it throws (a loop: one
/// copy of this code for both readers that take iterables).
fn iterated(it: js_sys::IntoIter) -> Result<Vec<JsValue>, String> {
    let mut out = Vec::new();
    for x in it {
        out.push(x.map_err(|e| js_message(&e))?);
    }
    Ok(out)
}

/// An object's member for a struct field; `None` when missing (then the field keeps
/// its default).
fn member(o: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &JsValue::from_str(name)).ok().filter(|x| !x.is_undefined())
}

/// Reads the struct fields of `o` (any object, arrays too) in declaration order.
struct Fields<'a>(&'a JsValue);

impl<'a> Fields<'a> {
    fn of(v: &'a JsValue, what: &str) -> Result<Self, String> {
        if v.is_object() {
            Ok(Fields(v))
        } else {
            Err(invalid_type(v, what))
        }
    }

    fn set<T: Readable>(&self, name: &str, slot: &mut T) -> Result<(), String> {
        if let Some(x) = member(self.0, name) {
            *slot = T::read_js(&x)?;
        }
        Ok(())
    }
}

/// A unit variant's index among `names` (serde-wasm-bindgen's enum: a string, or an
/// object with one member whose value is null).
fn variant(v: &JsValue, what: &str, names: &[&str]) -> Result<usize, String> {
    let (tag, payload) = if let Some(s) = v.as_string() {
        (s, JsValue::UNDEFINED)
    } else if v.is_object() {
        let entries = Object::entries(v.unchecked_ref());
        if entries.length() != 1 {
            return Err(format!("invalid length {}, expected 1", entries.length()));
        }
        let pair: Array = entries.get(0).unchecked_into();
        (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
    } else {
        return Err(invalid_type(v, what));
    };
    let Some(i) = names.iter().position(|n| *n == tag) else {
        let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        let expected = if names.len() == 2 { list.join(" or ") } else { format!("one of {}", list.join(", ")) };
        return Err(format!("unknown variant `{tag}`, expected {expected}"));
    };
    if !nullish(&payload) {
        return Err(invalid_type(&payload, "unit"));
    }
    Ok(i)
}

impl Readable for String {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        v.as_string().ok_or_else(|| invalid_type(v, "a string"))
    }
}

impl Readable for usize {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        match v.as_f64() {
            Some(f) if f >= 0.0 && Number::is_safe_integer(v) => {
                let n = f as u64;
                usize::try_from(n).map_err(|_| format!("invalid value: integer `{n}`, expected usize"))
            }
            _ => Err(invalid_type(v, "usize")),
        }
    }
}

impl<T: Readable> Readable for Option<T> {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        if nullish(v) {
            Ok(None)
        } else {
            T::read_js(v).map(Some)
        }
    }
}

impl<T: Readable> Readable for Vec<T> {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        // A plain loop, not `collect::<Result<Vec<_>, _>>()`: that is a copy of the
        // iterator adapters for every element type (wasm bytes). Same result: the
        // first item's error, or every item.
        let items = items(v)?;
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(T::read_js(item)?);
        }
        Ok(out)
    }
}

/// serde-wasm-bindgen's map: an iterable's items are `[key, value]` pairs, else an
/// object's entries.
impl Readable for BTreeMap<String, String> {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let pairs = match js_sys::try_iter(v) {
            Err(e) => return Err(js_message(&e)),
            Ok(Some(it)) => iterated(it)?,
            Ok(None) if v.is_object() => Object::entries(v.unchecked_ref()).iter().collect(),
            Ok(None) => return Err(invalid_type(v, "a map")),
        };
        let mut map = BTreeMap::new();
        for pair in pairs {
            let pair: &Array = pair.unchecked_ref();
            let key = String::read_js(&pair.get(0))?;
            map.insert(key, String::read_js(&pair.get(1))?);
        }
        Ok(map)
    }
}

impl Readable for QuoteKind {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        const KINDS: [QuoteKind; 2] = [QuoteKind::Speech, QuoteKind::Term];
        variant(v, "enum QuoteKind", &["speech", "term"]).map(|i| KINDS[i])
    }
}

impl Readable for ActorKind {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        use ActorKind::*;
        const KINDS: [ActorKind; 5] = [Person, Organization, State, Group, Media];
        variant(v, "enum ActorKind", &KINDS.map(ActorKind::label)).map(|i| KINDS[i])
    }
}

impl Readable for Story {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Story")?;
        let mut s = Story::default();
        f.set("version", &mut s.version)?;
        f.set("article", &mut s.article)?;
        f.set("quotes", &mut s.quotes)?;
        f.set("actors", &mut s.actors)?;
        f.set("relations", &mut s.relations)?;
        f.set("paragraphs", &mut s.paragraphs)?;
        f.set("strings", &mut s.strings)?;
        f.set("diagnostics", &mut s.diagnostics)?;
        Ok(s)
    }
}

impl Readable for ArticleMeta {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct ArticleMeta")?;
        let mut a = ArticleMeta::default();
        f.set("title", &mut a.title)?;
        f.set("byline", &mut a.byline)?;
        f.set("published", &mut a.published)?;
        f.set("url", &mut a.url)?;
        Ok(a)
    }
}

impl Readable for Quote {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Quote")?;
        let mut q = Quote::default();
        f.set("id", &mut q.id)?;
        f.set("text", &mut q.text)?;
        f.set("kind", &mut q.kind)?;
        f.set("speaker", &mut q.speaker)?;
        f.set("paragraph", &mut q.paragraph)?;
        f.set("context", &mut q.context)?;
        f.set("start", &mut q.start)?;
        f.set("end", &mut q.end)?;
        f.set("evidence", &mut q.evidence)?;
        f.set("origin", &mut q.origin)?;
        Ok(q)
    }
}

impl Readable for Actor {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Actor")?;
        let mut a = Actor::default();
        f.set("id", &mut a.id)?;
        f.set("name", &mut a.name)?;
        f.set("aliases", &mut a.aliases)?;
        f.set("kind", &mut a.kind)?;
        f.set("role", &mut a.role)?;
        f.set("parent", &mut a.parent)?;
        f.set("origin", &mut a.origin)?;
        f.set("merged", &mut a.merged)?;
        Ok(a)
    }
}

impl Readable for Relation {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Relation")?;
        let mut r = Relation::default();
        f.set("source", &mut r.source)?;
        f.set("target", &mut r.target)?;
        f.set("kind", &mut r.kind)?;
        f.set("evidence", &mut r.evidence)?;
        Ok(r)
    }
}

impl Readable for Evidence {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Evidence")?;
        let mut e = Evidence::default();
        f.set("paragraph", &mut e.paragraph)?;
        f.set("sentence", &mut e.sentence)?;
        Ok(e)
    }
}

impl Readable for Diagnostic {
    fn read_js(v: &JsValue) -> Result<Self, String> {
        let f = Fields::of(v, "struct Diagnostic")?;
        let mut d = Diagnostic::default();
        f.set("paragraph", &mut d.paragraph)?;
        f.set("message", &mut d.message)?;
        Ok(d)
    }
}
