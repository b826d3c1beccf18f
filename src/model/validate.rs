//! Parsing and validation of story JSON with errors that name the field.
//!
//! Why: a story JSON is edited by hand in newsrooms. "invalid type at line 1" helps
//! nobody; `actors[3].parent: unknown actor id "irgc"` does. Every error carries the
//! JSON path of the offending field.

use super::story::{Actor, ArticleMeta, Diagnostic, Quote, Relation, Story, SCHEMA_VERSION};
#[cfg(not(target_arch = "wasm32"))]
use serde::de::DeserializeOwned;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::Value;
// The crate's one hasher (`extract::fxhash`), not std's SipHash: one hash-map code per
// key type for the whole wasm, and no SipHash in it (size).
use crate::extract::fxhash::{FxMap as HashMap, FxSet as HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    /// JSON path of the field, e.g. `actors[2].parent`; empty for the whole document.
    pub path: String,
    pub message: String,
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

fn err(path: impl Into<String>, message: impl Into<String>) -> StoryError {
    StoryError { path: path.into(), message: message.into() }
}

/// The types a [`JsonTree`] reads: through serde natively; in the widget through the
/// hand-written readers of `js.rs` (no serde deserializer in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub trait Readable: DeserializeOwned {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: DeserializeOwned> Readable for T {}
#[cfg(target_arch = "wasm32")]
pub use super::js::Readable;

/// A parsed JSON document that the story's types are read from: serde_json's
/// `Value` in the CLI; the widget implements it over the browser's `JSON.parse`
/// result, read by `js.rs`, so that no serde_json deserializer is compiled into the
/// wasm (about 8 KB brotli).
pub trait JsonTree: Sized {
    /// Whether [`JsonTree::read`] takes a string for a list (a JavaScript string is
    /// iterable); such strings are then refused before reading, as serde_json would.
    const STRINGS_ITERATE: bool = false;
    /// The value as a `T`, or the deserializer's message.
    fn read<T: Readable>(&self) -> Result<T, String>;
    /// An object's members in document order; `None` for anything else.
    fn members(&self) -> Option<Vec<(String, Self)>>;
    /// An array's items; `None` for anything else.
    fn items(&self) -> Option<Vec<Self>>;
    fn string(&self) -> Option<String>;
    /// The object with the one member `key: value`.
    fn single(key: &str, value: &Self) -> Self;
}

#[cfg(not(target_arch = "wasm32"))]
impl JsonTree for Value {
    fn read<T: Readable>(&self) -> Result<T, String> {
        T::deserialize(self).map_err(|e| e.to_string())
    }

    fn members(&self) -> Option<Vec<(String, Self)>> {
        self.as_object().map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }

    fn single(key: &str, value: &Self) -> Self {
        Value::Object(std::iter::once((key.to_string(), value.clone())).collect())
    }
}

/// Parses and validates a story JSON document.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_story(json: &str) -> Result<Story, Vec<StoryError>> {
    parse_story_with(json, |json| {
        serde_json::from_str::<Value>(json).map_err(|e| if e.is_eof() { ends_early_message(json) } else { e.to_string() })
    })
}

/// [`parse_story`] with another JSON parser: `parse` gives the JSON tree or the error
/// message. Why: the widget parses with the browser's `JSON.parse`, and serde_json's
/// parser would be about 16 KB of wasm for readers to download.
pub fn parse_story_with<J: JsonTree>(json: &str, parse: impl FnOnce(&str) -> Result<J, String>) -> Result<Story, Vec<StoryError>> {
    let trimmed = json.trim_start();
    if trimmed.is_empty() {
        return Err(vec![err("", "the story is empty")]);
    }
    if trimmed.starts_with('<') {
        return Err(vec![err("", "expected story JSON but got HTML (is the src URL right?)")]);
    }
    // Parse to a JSON value first, then into the types. On a type error, `locate`
    // re-checks the value piece by piece to name the field. (Cheaper in wasm bytes
    // than a path-tracking deserializer wrapped around every visitor.)
    let value = parse(json).map_err(|msg| vec![err("", msg)])?;
    if J::STRINGS_ITERATE {
        if let Some(e) = string_for_list(&value) {
            return Err(vec![e]);
        }
    }
    let story = value.read::<Story>().map_err(|e| vec![locate(&value).unwrap_or_else(|| err("", e))])?;
    validate(&story)?;
    Ok(story)
}

/// The first list field of the story (top-level lists, an actor's `aliases` and
/// `merged`) that holds a string, with serde_json's message for it.
fn string_for_list<J: JsonTree>(story: &J) -> Option<StoryError> {
    let as_list = |v: &J, path: String| v.string().map(|s| err(path, format!("invalid type: string {s:?}, expected a sequence")));
    for (key, v) in story.members()? {
        let found = match key.as_str() {
            "quotes" | "relations" | "paragraphs" | "diagnostics" => as_list(&v, key),
            "actors" => as_list(&v, key.clone()).or_else(|| {
                v.items()?.iter().enumerate().find_map(|(i, actor)| {
                    actor.members()?.into_iter().find_map(|(k, x)| match k.as_str() {
                        "aliases" | "merged" => as_list(&x, format!("actors[{i}].{k}")),
                        _ => None,
                    })
                })
            }),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Whether JSON text that failed to parse stops inside a string or with a bracket
/// still open: it was cut off (for parsers whose errors do not say so).
pub fn ends_early(json: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in json.bytes() {
        match (in_string, b) {
            (true, _) if escaped => escaped = false,
            (true, b'\\') => escaped = true,
            (true, b'"') => in_string = false,
            (true, _) => {}
            (false, b'"') => in_string = true,
            (false, b'[' | b'{') => depth += 1,
            (false, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    in_string || depth > 0
}

/// The error message for JSON text that ends too early.
pub fn ends_early_message(json: &str) -> String {
    format!("the JSON ends too early (truncated?) at line {}", json.matches('\n').count() + 1)
}

/// Finds the first field of `story` that does not have its type.
fn locate<J: JsonTree>(story: &J) -> Option<StoryError> {
    let Some(members) = story.members() else {
        return Some(err("", "expected a JSON object with quotes, actors and relations"));
    };
    for (key, v) in &members {
        let found = match key.as_str() {
            "article" => check(v, key, error_as::<ArticleMeta, J>),
            "quotes" => check_list(v, key, error_as::<Quote, J>, error_as::<Vec<Quote>, J>),
            "actors" => check_list(v, key, error_as::<Actor, J>, error_as::<Vec<Actor>, J>),
            "relations" => check_list(v, key, error_as::<Relation, J>, error_as::<Vec<Relation>, J>),
            "paragraphs" => check_list(v, key, error_as::<String, J>, error_as::<Vec<String>, J>),
            "diagnostics" => check_list(v, key, error_as::<Diagnostic, J>, error_as::<Vec<Diagnostic>, J>),
            "version" => check(v, key, error_as::<Option<String>, J>),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The error of reading `v` as a `T`. (`check` and `check_list` take it as a function
/// pointer, so that their code is compiled once rather than once per type: wasm bytes.)
fn error_as<T: Readable, J: JsonTree>(v: &J) -> Option<String> {
    v.read::<T>().err()
}

fn check_list<J: JsonTree>(v: &J, path: &str, item: fn(&J) -> Option<String>, list: fn(&J) -> Option<String>) -> Option<StoryError> {
    match v.items() {
        Some(items) => items.iter().enumerate().find_map(|(i, x)| check(x, &format!("{path}[{i}]"), item)),
        None => check(v, path, list),
    }
}

/// The error of `v` as a `T` (`error_as::<T>`), narrowed to the first field that
/// fails on its own.
fn check<J: JsonTree>(v: &J, path: &str, error_as: fn(&J) -> Option<String>) -> Option<StoryError> {
    let e = error_as(v)?;
    for (k, x) in v.members().unwrap_or_default() {
        if let Some(e) = error_as(&J::single(&k, &x)) {
            return Some(err(format!("{path}.{k}"), e));
        }
    }
    Some(err(path, e))
}

/// Checks the references inside a story: ids unique, every referenced actor exists,
/// the parent links form a forest (no cycle).
pub fn validate(story: &Story) -> Result<(), Vec<StoryError>> {
    let mut errors = Vec::new();
    if let Some(v) = &story.version {
        let major = v.split('.').next().unwrap_or("");
        if major != SCHEMA_VERSION {
            errors.push(err("version", format!("schema version {v:?} is not supported (this widget reads version {SCHEMA_VERSION})")));
        }
    }
    let mut actor_ids = HashSet::default();
    for (i, a) in story.actors.iter().enumerate() {
        if a.id.is_empty() {
            errors.push(err(format!("actors[{i}].id"), "is empty"));
        } else if !actor_ids.insert(a.id.as_str()) {
            errors.push(err(format!("actors[{i}].id"), format!("duplicate actor id {:?}", a.id)));
        }
    }
    for (i, a) in story.actors.iter().enumerate() {
        if let Some(p) = &a.parent {
            if !actor_ids.contains(p.as_str()) {
                errors.push(err(format!("actors[{i}].parent"), format!("unknown actor id {p:?}")));
            }
        }
        // An absorbed actor cannot also be present: it would show twice.
        for (j, m) in a.merged.iter().enumerate() {
            if actor_ids.contains(m.as_str()) {
                errors.push(err(format!("actors[{i}].merged[{j}]"), format!("actor {m:?} was merged but is still in the story")));
            }
        }
    }
    let mut quote_ids = HashSet::default();
    for (i, q) in story.quotes.iter().enumerate() {
        if !q.id.is_empty() && !quote_ids.insert(q.id.as_str()) {
            errors.push(err(format!("quotes[{i}].id"), format!("duplicate quote id {:?}", q.id)));
        }
        if let Some(s) = &q.speaker {
            if !actor_ids.contains(s.as_str()) {
                errors.push(err(format!("quotes[{i}].speaker"), format!("unknown actor id {s:?}")));
            }
        }
    }
    for (i, r) in story.relations.iter().enumerate() {
        for (field, id) in [("source", &r.source), ("target", &r.target)] {
            if !actor_ids.contains(id.as_str()) {
                errors.push(err(format!("relations[{i}].{field}"), format!("unknown actor id {id:?}")));
            }
        }
    }
    if let Some(cycle) = find_parent_cycle(story) {
        errors.push(err("actors", format!("parent cycle: {}", cycle.join(" → "))));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Returns the ids on a parent cycle, if any. Linear: each actor is walked once.
/// An id names one node (the last actor with it, as a map keeps the last); its parent
/// is the last one given for that id. The walk state is per node, in a `Vec`: the one
/// map is the widget's id index type (`FxMap<String, usize>`), so no hash-map code of
/// its own is compiled into the wasm.
fn find_parent_cycle(story: &Story) -> Option<Vec<String>> {
    let actors = &story.actors;
    let mut node: HashMap<String, usize> = HashMap::default();
    for (i, a) in actors.iter().enumerate() {
        node.insert(a.id.clone(), i);
    }
    let mut parent: Vec<Option<&str>> = vec![None; actors.len()];
    for a in actors {
        if let Some(p) = a.parent.as_deref() {
            parent[node[&a.id]] = Some(p);
        }
    }
    // 0 = unvisited, 1 = on the current walk, 2 = done
    let mut state = vec![0u8; actors.len()];
    for a in actors {
        let mut walk: Vec<usize> = Vec::new();
        let mut cur = Some(node[&a.id]);
        while let Some(n) = cur {
            match state[n] {
                2 => break,
                1 => {
                    let start = walk.iter().position(|w| *w == n).unwrap_or(0);
                    let mut cycle: Vec<String> = walk[start..].iter().map(|&w| actors[w].id.clone()).collect();
                    cycle.push(actors[n].id.clone());
                    return Some(cycle);
                }
                _ => {
                    state[n] = 1;
                    walk.push(n);
                    // A parent that is no actor's id ends the walk (it has no parent).
                    cur = parent[n].and_then(|p| node.get(p).copied());
                }
            }
        }
        for w in walk {
            state[w] = 2;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(json: &str) -> Vec<String> {
        parse_story(json).unwrap_err().iter().map(|e| e.to_string()).collect()
    }

    /// serde_json's value, but read like the widget's `JSON.parse` tree: a string is
    /// also a list of its characters (as a JavaScript string is iterable).
    struct Lenient(Value);

    impl JsonTree for Lenient {
        const STRINGS_ITERATE: bool = true;
        fn read<T: Readable>(&self) -> Result<T, String> {
            fn chars(v: &Value) -> Value {
                match v {
                    Value::String(s) if s.chars().count() > 1 => s.chars().map(|c| Value::String(c.into())).collect(),
                    Value::Array(a) => a.iter().map(chars).collect(),
                    Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), chars(x))).collect()),
                    _ => v.clone(),
                }
            }
            // Strings where a list is expected split into characters; elsewhere as is.
            self.0.read::<T>().or_else(|e| chars(&self.0).read::<T>().map_err(|_| e))
        }
        fn members(&self) -> Option<Vec<(String, Self)>> {
            Some(self.0.members()?.into_iter().map(|(k, v)| (k, Lenient(v))).collect())
        }
        fn items(&self) -> Option<Vec<Self>> {
            Some(self.0.items()?.into_iter().map(Lenient).collect())
        }
        fn string(&self) -> Option<String> {
            self.0.string()
        }
        fn single(key: &str, value: &Self) -> Self {
            Lenient(Value::single(key, &value.0))
        }
    }

    #[test]
    fn a_tree_that_iterates_strings_still_refuses_a_string_for_a_list() {
        for json in [
            r#"{"actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "aliases": "Bee"}]}"#,
            r#"{"actors": [{"id": "a", "name": "A", "merged": "xy"}]}"#,
            r#"{"paragraphs": "One paragraph"}"#,
            r#"{"quotes": "q"}"#,
        ] {
            let serde_json = messages(json);
            let lenient = parse_story_with(json, |j| serde_json::from_str::<Value>(j).map(Lenient).map_err(|e| e.to_string()));
            let lenient: Vec<String> = lenient.unwrap_err().iter().map(|e| e.to_string()).collect();
            assert_eq!(lenient, serde_json, "{json}");
        }
        assert_eq!(messages(r#"{"actors": [{"id": "a", "name": "A", "aliases": "Al"}]}"#), ["actors[0].aliases: invalid type: string \"Al\", expected a sequence"]);
        // Without the check, the lenient tree would take "Al" as ["A", "l"].
        let story = Lenient(serde_json::from_str(r#"{"actors": [{"id": "a", "name": "A", "aliases": "Al"}]}"#).unwrap()).read::<Story>().unwrap();
        assert_eq!(story.actors[0].aliases, ["A", "l"]);
    }

    #[test]
    fn ends_early_sees_cut_off_json() {
        assert!(ends_early(r#"{"quotes": [{"text": "We re"#));
        assert!(ends_early(r#"{"quotes": [{"text": "a \" ]}"#));
        assert!(ends_early("{\"a\": [1,\n2"));
        assert!(!ends_early(r#"{"quotes": [] }"#));
        assert!(!ends_early(r#"{"a": "}{[" } garbage"#));
        assert!(!ends_early("nul"));
        // The message names the line serde_json names.
        let cut = "{\n  \"quotes\": [\n    {\"text\": \"We";
        assert_eq!(parse_story(cut).unwrap_err()[0].message, ends_early_message(cut));
    }

    #[test]
    fn accepts_minimal_story() {
        let s = parse_story(r#"{"quotes":[],"actors":[]}"#).unwrap();
        assert!(s.quotes.is_empty());
    }

    #[test]
    fn names_the_field_of_a_wrong_type() {
        let m = messages(r#"{"quotes":[{"id":"q1","text":"x","paragraph":"two"}]}"#);
        assert!(m[0].starts_with("quotes[0].paragraph:"), "{m:?}");
    }

    #[test]
    fn rejects_unknown_ids_duplicates_and_cycles() {
        let m = messages(
            r#"{"actors":[{"id":"a","name":"A","parent":"b"},{"id":"b","name":"B","parent":"a"},{"id":"a","name":"A2"}],
                "quotes":[{"id":"q","text":"t","speaker":"zz"}],
                "relations":[{"source":"a","target":"nope","kind":"leads"}]}"#,
        );
        let all = m.join("\n");
        assert!(all.contains("actors[2].id: duplicate actor id \"a\""), "{all}");
        assert!(all.contains("quotes[0].speaker: unknown actor id \"zz\""), "{all}");
        assert!(all.contains("relations[0].target: unknown actor id \"nope\""), "{all}");
        assert!(all.contains("parent cycle"), "{all}");
        // The cycle named as it was when ids were walked by a map of strings: a
        // duplicate id is one node, with the last parent given for it.
        assert!(all.contains("actors: parent cycle: a → b → a"), "{all}");
        let m = messages(
            r#"{"actors":[{"id":"c","name":"C","parent":"d"},{"id":"d","name":"D","parent":"zz"},{"id":"e","name":"E","parent":"f"},
                {"id":"f","name":"F","parent":"g"},{"id":"g","name":"G","parent":"f"},{"id":"d","name":"D2","parent":"e"}]}"#,
        );
        assert!(m.join("\n").contains("actors: parent cycle: f → g → f"), "{m:?}");
    }

    #[test]
    fn explains_html_truncation_and_version() {
        assert!(messages("<!doctype html><p>404")[0].contains("HTML"));
        assert!(messages(r#"{"quotes":[{"id":"#)[0].contains("truncated"));
        assert!(messages(r#"{"version":"7"}"#)[0].starts_with("version:"));
    }
}
