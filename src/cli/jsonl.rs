//! The evaluation format: one `{"id": ..., "text": ...}` per input line, one
//! `{"id": ..., "quotes": [{"start","end","text","speaker","kind"}]}` per output line.
//!
//! Offsets are Unicode code points into the input `text`, of the quoted content
//! without its marks. To keep offsets true, the text is split into blocks at blank
//! lines without any rewriting (no markdown stripping, no joining), and each block's
//! code-point base is added back. `speaker` is the speaker's fullest name.

use crate::document::{looks_like_heading, Block, BlockKind, Document};
use crate::extract::extract;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    #[serde(default)]
    text: String,
}

#[derive(Serialize)]
struct OutQuote {
    start: usize,
    end: usize,
    text: String,
    speaker: Option<String>,
    kind: crate::model::QuoteKind,
}

#[derive(Serialize)]
struct Output {
    id: serde_json::Value,
    quotes: Vec<OutQuote>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Processes one input line; a malformed line yields an output line with `error`.
pub fn process_line(line: &str) -> String {
    let out = match serde_json::from_str::<Input>(line) {
        Ok(input) => Output { id: input.id, quotes: quotes_of(&input.text), error: None },
        Err(e) => Output { id: serde_json::Value::Null, quotes: Vec::new(), error: Some(e.to_string()) },
    };
    serde_json::to_string(&out).expect("serialisable")
}

fn quotes_of(text: &str) -> Vec<OutQuote> {
    let (doc, bases) = blocks_with_offsets(text);
    let story = extract(&doc);
    story
        .quotes
        .iter()
        .filter_map(|q| {
            let (start, end) = (q.start?, q.end?);
            let base = bases[q.paragraph];
            Some(OutQuote {
                start: base + start,
                end: base + end,
                text: q.text.clone(),
                speaker: q.speaker.as_ref().and_then(|s| story.actor(s)).map(|a| a.name.clone()),
                kind: q.kind,
            })
        })
        .collect()
}

/// Blocks split at blank lines, with each block's code-point offset in `text`.
fn blocks_with_offsets(text: &str) -> (Document, Vec<usize>) {
    let mut doc = Document::default();
    let mut bases = Vec::new();
    let mut cp = 0usize;
    let mut block_start: Option<(usize, usize)> = None; // (byte, cp)
    let mut last_end = 0usize;
    let push = |doc: &mut Document, bases: &mut Vec<usize>, start: (usize, usize), end: usize| {
        let t = &text[start.0..end];
        let kind = if looks_like_heading(t) { BlockKind::Heading } else { BlockKind::Paragraph };
        doc.blocks.push(Block { kind, text: t.to_string() });
        bases.push(start.1);
    };
    for line in text.split_inclusive('\n') {
        let byte = line.as_ptr() as usize - text.as_ptr() as usize;
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = block_start.take() {
                push(&mut doc, &mut bases, s, last_end);
            }
        } else {
            if block_start.is_none() {
                block_start = Some((byte, cp));
            }
            last_end = byte + content.len();
        }
        cp += line.chars().count();
    }
    if let Some(s) = block_start.take() {
        push(&mut doc, &mut bases, s, last_end);
    }
    (doc, bases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points_into_the_input() {
        let text = "Título “één”.\n\nShe said: “Hello there, my friends.”";
        let line = serde_json::json!({"id": 7, "text": text}).to_string();
        let out: serde_json::Value = serde_json::from_str(&process_line(&line)).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for q in out["quotes"].as_array().unwrap() {
            let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(slice, q["text"].as_str().unwrap());
        }
        assert_eq!(out["id"], 7);
    }

    #[test]
    fn malformed_line_reports_error() {
        let out: serde_json::Value = serde_json::from_str(&process_line("{nope")).unwrap();
        assert!(out["error"].is_string());
    }
}
