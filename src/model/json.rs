//! The story as pretty-printed JSON, written by hand: the editor's download.
//!
//! Why: serde's derived serializers with serde_json's pretty printer (and its error
//! type, whose messages an `expect` kept) were about 3 KB brotli of the widget's
//! download for one button. This writes exactly what `Story::to_json_pretty` (serde_json,
//! used by the CLI) writes: same field order, same fields skipped, same escapes
//! (the tests compare the two on every fixture and on hostile strings).

use super::story::{Actor, Diagnostic, Quote, QuoteKind, Relation, Story};

/// A JSON value borrowing the story's strings.
enum J<'a> {
    Null,
    Str(&'a str),
    Num(usize),
    List(Vec<J<'a>>),
    Obj(Vec<(&'a str, J<'a>)>),
}

/// `story` as `serde_json::to_string_pretty` writes it.
pub fn pretty(story: &Story) -> String {
    let mut out = String::new();
    write(&of_story(story), 0, &mut out);
    out
}

fn opt(s: &Option<String>) -> J<'_> {
    s.as_deref().map_or(J::Null, J::Str)
}

fn strs(v: &[String]) -> J<'_> {
    list(v, |s| J::Str(s))
}

/// `items` as a JSON list of `each`'s values. A loop over a function pointer rather
/// than `map(..).collect()`: one small loop per element type instead of a copy of the
/// iterator adapters around each value's writer (wasm bytes).
fn list<T>(items: &[T], each: fn(&T) -> J<'_>) -> J<'_> {
    let mut v = Vec::with_capacity(items.len());
    for item in items {
        v.push(each(item));
    }
    J::List(v)
}

fn of_diagnostic(d: &Diagnostic) -> J<'_> {
    J::Obj(vec![("paragraph", d.paragraph.map_or(J::Null, J::Num)), ("message", J::Str(&d.message))])
}

fn of_story(s: &Story) -> J<'_> {
    let mut m = Vec::new();
    if let Some(v) = &s.version {
        m.push(("version", J::Str(v)));
    }
    let a = &s.article;
    m.push(("article", J::Obj(vec![("title", opt(&a.title)), ("byline", opt(&a.byline)), ("published", opt(&a.published)), ("url", opt(&a.url))])));
    m.push(("quotes", list(&s.quotes, of_quote)));
    m.push(("actors", list(&s.actors, of_actor)));
    m.push(("relations", list(&s.relations, of_relation)));
    if !s.paragraphs.is_empty() {
        m.push(("paragraphs", strs(&s.paragraphs)));
    }
    if !s.strings.is_empty() {
        m.push(("strings", J::Obj(s.strings.iter().map(|(k, v)| (k.as_str(), J::Str(v))).collect())));
    }
    if !s.diagnostics.is_empty() {
        m.push(("diagnostics", list(&s.diagnostics, of_diagnostic)));
    }
    J::Obj(m)
}

fn of_quote(q: &Quote) -> J<'_> {
    let kind = match q.kind {
        QuoteKind::Speech => "speech",
        QuoteKind::Term => "term",
    };
    let mut m = vec![("id", J::Str(&q.id)), ("text", J::Str(&q.text)), ("kind", J::Str(kind)), ("speaker", opt(&q.speaker)), ("paragraph", J::Num(q.paragraph)), ("context", J::Str(&q.context))];
    for (k, v) in [("start", q.start), ("end", q.end)] {
        if let Some(n) = v {
            m.push((k, J::Num(n)));
        }
    }
    for (k, v) in [("evidence", &q.evidence), ("origin", &q.origin)] {
        if let Some(s) = v {
            m.push((k, J::Str(s)));
        }
    }
    J::Obj(m)
}

fn of_actor(a: &Actor) -> J<'_> {
    let mut m = vec![("id", J::Str(&a.id)), ("name", J::Str(&a.name)), ("aliases", strs(&a.aliases)), ("kind", J::Str(a.kind.label())), ("role", opt(&a.role)), ("parent", opt(&a.parent))];
    if let Some(o) = &a.origin {
        m.push(("origin", J::Str(o)));
    }
    if !a.merged.is_empty() {
        m.push(("merged", strs(&a.merged)));
    }
    J::Obj(m)
}

fn of_relation(r: &Relation) -> J<'_> {
    let mut m = vec![("source", J::Str(&r.source)), ("target", J::Str(&r.target)), ("kind", J::Str(&r.kind))];
    if let Some(e) = &r.evidence {
        m.push(("evidence", J::Obj(vec![("paragraph", J::Num(e.paragraph)), ("sentence", J::Str(&e.sentence))])));
    }
    J::Obj(m)
}

/// serde_json's `PrettyFormatter`: two spaces a level, `[]` and `{}` when empty.
fn write(j: &J, depth: usize, out: &mut String) {
    let (open, close, n) = match j {
        J::Null => return out.push_str("null"),
        J::Str(s) => return string(s, out),
        J::Num(n) => return out.push_str(&n.to_string()),
        J::List(v) => ('[', ']', v.len()),
        J::Obj(m) => ('{', '}', m.len()),
    };
    out.push(open);
    for i in 0..n {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        indent(depth + 1, out);
        match j {
            J::List(v) => write(&v[i], depth + 1, out),
            J::Obj(m) => {
                string(m[i].0, out);
                out.push_str(": ");
                write(&m[i].1, depth + 1, out);
            }
            _ => {}
        }
    }
    if n > 0 {
        out.push('\n');
        indent(depth, out);
    }
    out.push(close);
}

fn indent(depth: usize, out: &mut String) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A JSON string with serde_json's escapes: `"` and `\`, the short forms of five
/// control characters, `\u00xx` (lower-case hex) for the other ones below U+0020;
/// everything else as is.
fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[c as usize >> 4] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_story, ActorKind, Diagnostic, Evidence};

    #[test]
    fn writes_what_serde_json_writes_for_every_fixture_story() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut n = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.to_string_lossy().ends_with(".story.json") {
                let story = parse_story(&std::fs::read_to_string(&path).unwrap()).unwrap();
                assert_eq!(pretty(&story), story.to_json_pretty(), "{}", path.display());
                n += 1;
            }
        }
        assert!(n >= 3, "fixture stories found: {n}");
    }

    #[test]
    fn writes_what_serde_json_writes_for_hostile_strings_and_every_field() {
        let nasty: String = (0u8..0x30).map(char::from).chain("\"\\/\u{7f}\u{80}é\u{2028}\u{2029}\u{feff}😀</script><b>".chars()).collect();
        let mut s = Story { version: Some(nasty.clone()), paragraphs: vec![nasty.clone(), String::new()], ..Story::default() };
        s.article.title = Some(nasty.clone());
        s.article.url = Some("u".into());
        s.strings.insert(nasty.clone(), nasty.clone());
        s.strings.insert("a".into(), String::new());
        s.diagnostics = vec![Diagnostic { paragraph: Some(3), message: nasty.clone() }, Diagnostic { paragraph: None, message: String::new() }];
        s.quotes = vec![
            Quote { id: nasty.clone(), text: nasty.clone(), kind: QuoteKind::Term, speaker: Some(nasty.clone()), paragraph: usize::MAX, context: nasty.clone(), start: Some(0), end: Some(12), evidence: Some(nasty.clone()), origin: Some("curated".into()) },
            Quote::default(),
        ];
        s.actors = vec![
            Actor { id: nasty.clone(), name: nasty.clone(), aliases: vec![nasty.clone(), "x".into()], kind: ActorKind::Media, role: Some(nasty.clone()), parent: Some("p".into()), origin: Some(nasty.clone()), merged: vec![nasty.clone()] },
            Actor { kind: ActorKind::Organization, ..Actor::default() },
            Actor { kind: ActorKind::State, ..Actor::default() },
            Actor { kind: ActorKind::Group, ..Actor::default() },
        ];
        s.relations = vec![
            Relation { source: nasty.clone(), target: "t".into(), kind: nasty.clone(), evidence: Some(Evidence { paragraph: 7, sentence: nasty.clone() }) },
            Relation::default(),
        ];
        assert_eq!(pretty(&s), s.to_json_pretty());
        assert_eq!(pretty(&Story::default()), Story::default().to_json_pretty());
        // The CLI's streamed form writes the same bytes.
        let mut streamed = Vec::new();
        s.write_json_pretty(&mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), s.to_json_pretty());
    }
}
