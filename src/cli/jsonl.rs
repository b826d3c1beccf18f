//! The evaluation format: one `{"id": ..., "text": ...}` per input line, one
//! `{"id": ..., "quotes": [{"start","end","text","speaker","kind"}]}` per output line.
//!
//! Offsets are Unicode code points into the input `text`, of the quoted content
//! without its marks. `speaker` is the speaker's fullest name.
//!
//! Why the text goes through the same readers as `dramatis extract FILE`: an
//! evaluator's text is an article as published, with its title, byline, date line,
//! a paragraph broken mid-sentence, markdown, or a whole HTML page. Read raw (blocks at
//! blank lines, nothing rewritten), the byline became a speaker, a split sentence lost
//! its frame, and an HTML page yielded its JSON-LD keys as quotes, so the JSONL figures
//! said less than the story's. The readers rewrite text (join, fold, strip, decode), so
//! offsets are found afterwards: each quote's text is located in the input, in document
//! order, by [`Locator`], which lets whitespace runs, tags, entities and markdown
//! markers in the input stand for what the reader made of them. A quote that cannot be
//! located (text the reader invented, which it never should) is left out rather than
//! given wrong offsets.

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
    let story = extract(&super::read_document(text));
    let mut quotes: Vec<_> = story.quotes.iter().filter(|q| !q.text.is_empty()).collect();
    // Document order, so that each search starts where the previous quote was found.
    quotes.sort_by_key(|q| (q.paragraph, q.start.unwrap_or(0)));
    let locator = Locator::new(text);
    let mut cursor = 0;
    let mut out = Vec::with_capacity(quotes.len());
    for q in quotes {
        let Some((start, end)) = locator.find(&q.text, cursor) else { continue };
        cursor = start + 1;
        out.push(OutQuote {
            start,
            end,
            text: q.text.clone(),
            speaker: q.speaker.as_ref().and_then(|s| story.actor(s)).map(|a| a.name.clone()),
            kind: q.kind,
        });
    }
    out
}

/// Marks that open (or, in some house styles, close) a quotation: a located quote is
/// preferred where one of them stands just before it.
const MARKS: &str = "\"“”‘’'«»‹›„‚「」『』`";

/// Finds a reader's quote text in the source it was read from, in code points.
struct Locator {
    src: Vec<char>,
}

impl Locator {
    fn new(text: &str) -> Self {
        Locator { src: text.chars().collect() }
    }

    /// The first place at or after `from` where `needle` stands, preferring one right
    /// after a quotation mark (a quoted "war" is not the word war earlier in a
    /// sentence); `(start, end)` in code points, end exclusive.
    fn find(&self, needle: &str, from: usize) -> Option<(usize, usize)> {
        let needle: Vec<char> = needle.chars().collect();
        let first = *needle.first()?;
        let mut fallback = None;
        for start in from..self.src.len() {
            // A marked occurrence is looked for a little past an unmarked one, not to
            // the end of the text (that would make a long article quadratic).
            if fallback.is_some_and(|(s, _)| start > s + 2048) {
                break;
            }
            if self.src[start] != first {
                continue;
            }
            let Some(end) = self.match_at(start, &needle) else { continue };
            if self.after_mark(start) {
                return Some((start, end));
            }
            fallback.get_or_insert((start, end));
        }
        fallback
    }

    fn after_mark(&self, start: usize) -> bool {
        let mut i = start;
        while i > 0 {
            i -= 1;
            let c = self.src[i];
            if MARKS.contains(c) {
                return true;
            }
            if c == '>' {
                // The end of a tag: `<q>`, `<p>“<em>`.
                match self.src[..i].iter().rposition(|&c| c == '<') {
                    Some(j) if i - j < 200 => i = j,
                    _ => return false,
                }
                continue;
            }
            if !c.is_whitespace() && c != '*' && c != '_' && c != '[' {
                return false;
            }
        }
        false
    }

    /// Matches `needle` at `start`, letting the source hold more than the reader kept:
    /// a whitespace run (with a paragraph's opening mark after a line break, as in a
    /// quote that runs over paragraphs) for any whitespace, tags, an entity for one
    /// character, markdown emphasis and link syntax. Returns the exclusive end.
    fn match_at(&self, start: usize, needle: &[char]) -> Option<usize> {
        let src = &self.src;
        let (mut i, mut j) = (start, 0);
        while j < needle.len() {
            let want = needle[j];
            if want.is_whitespace() {
                while j < needle.len() && needle[j].is_whitespace() {
                    j += 1;
                }
                let before = i;
                let mut newline = false;
                loop {
                    match src.get(i) {
                        Some(c) if c.is_whitespace() => {
                            newline |= *c == '\n';
                            i += 1;
                        }
                        Some('<') => i = self.skip_tag(i)?,
                        Some(c) if newline && MARKS.contains(*c) && needle.get(j) != Some(c) => i += 1,
                        _ => break,
                    }
                }
                if i == before {
                    return None;
                }
                continue;
            }
            let c = *src.get(i)?;
            if let Some(past) = (c == '&').then(|| self.skip_entity(i)).flatten() {
                i = past;
                j += 1;
            } else if c == want {
                i += 1;
                j += 1;
            } else if c == '<' {
                i = self.skip_tag(i)?;
            } else if c == '*' || c == '_' {
                i += 1;
            } else if c == '[' {
                i += 1;
            } else if c == ']' && src.get(i + 1) == Some(&'(') {
                i += 2 + src[i + 2..].iter().take(2048).position(|&c| c == ')')? + 1;
            } else if c.is_whitespace() && i > start && src[i - 1] == '\n' {
                // A line break the reader folded away before a word it joined.
                i += 1;
            } else {
                return None;
            }
        }
        Some(i)
    }

    /// Past a tag starting at `i` (`<em>`, `</a>`, `<br/>`), or None if `<` is text.
    fn skip_tag(&self, i: usize) -> Option<usize> {
        let next = *self.src.get(i + 1)?;
        if !(next.is_ascii_alphabetic() || next == '/' || next == '!') {
            return None;
        }
        let len = self.src[i..].iter().take(1024).position(|&c| c == '>')?;
        Some(i + len + 1)
    }

    /// Past an entity starting at `i` (`&amp;`, `&#8220;`, `&rsquo;`), standing for the
    /// one character the reader decoded it to.
    fn skip_entity(&self, i: usize) -> Option<usize> {
        let len = self.src[i + 1..].iter().take(12).position(|&c| c == ';')?;
        let body = &self.src[i + 1..i + 1 + len];
        (len > 0 && body.iter().all(|c| c.is_ascii_alphanumeric() || *c == '#')).then_some(i + len + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<serde_json::Value> {
        let line = serde_json::json!({"id": 7, "text": text}).to_string();
        let out: serde_json::Value = serde_json::from_str(&process_line(&line)).unwrap();
        assert_eq!(out["id"], 7);
        out["quotes"].as_array().unwrap().clone()
    }

    fn slice(text: &str, q: &serde_json::Value) -> String {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        text.chars().skip(s).take(e - s).collect()
    }

    #[test]
    fn offsets_are_code_points_into_the_input() {
        let text = "Título “één”.\n\nShe said: “Hello there, my friends.”";
        let quotes = run(text);
        assert_eq!(quotes.len(), 2);
        for q in &quotes {
            assert_eq!(slice(text, q), q["text"].as_str().unwrap());
        }
    }

    #[test]
    fn text_is_read_as_an_article_with_title_byline_and_a_split_sentence() {
        let text = "Ruiz Holds the Line\n\nBy Jane Doe\n\nInterior Minister Ana Ruiz told reporters during her\n\nvisit that \"we will not\nback down from this fight,\" before leaving.\n\n\"The deal is done,\" Ruiz said.";
        let quotes = run(text);
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        // Read raw, the second half of the split sentence had no frame.
        assert_eq!(quotes[0]["speaker"], "Ana Ruiz");
        assert_eq!(slice(text, &quotes[0]), "we will not\nback down from this fight,");
        assert_eq!(quotes[0]["text"], "we will not back down from this fight,");
        assert_eq!(slice(text, &quotes[1]), "The deal is done,");
    }

    #[test]
    fn an_html_page_is_read_as_the_widget_reads_it_with_offsets_into_the_markup() {
        let text = r#"<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body><article><p>&ldquo;We will win this vote,&rdquo; said <a href="/p/ruiz">Ana Ruiz</a>, the minister.</p>
<p>She added: &ldquo;The <em>deal</em> is done &amp; signed.&rdquo;</p></article></body></html>"#;
        let quotes = run(text);
        let texts: Vec<_> = quotes.iter().map(|q| q["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["We will win this vote,", "The deal is done & signed."]);
        assert_eq!(slice(text, &quotes[0]), "We will win this vote,");
        assert_eq!(slice(text, &quotes[1]), "The <em>deal</em> is done &amp; signed.");
        assert_eq!(quotes[1]["speaker"], "Ana Ruiz");
    }

    #[test]
    fn a_quote_is_placed_after_its_mark_not_on_the_same_words_earlier() {
        let text = "Critics call it a war of choice, and the minister did not deny it.\n\nThe minister said the campaign was \"a war of choice\" for the rebels.";
        let quotes = run(text);
        assert_eq!(quotes.len(), 1);
        let start = quotes[0]["start"].as_u64().unwrap() as usize;
        assert!(start > 70, "placed on the unquoted words: {start}");
        // Near miss: with no marked occurrence, the unmarked one is still used.
        let locator = Locator::new("a war of choice, then \"peace\"");
        assert_eq!(locator.find("a war of choice", 0), Some((0, 15)));
        assert_eq!(locator.find("never written", 0), None);
    }

    #[test]
    fn malformed_line_reports_error() {
        let out: serde_json::Value = serde_json::from_str(&process_line("{nope")).unwrap();
        assert!(out["error"].is_string());
    }
}
