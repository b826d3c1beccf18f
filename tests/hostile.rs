//! The hostile-input corpus (`tests/hostile/inputs.json`), natively: planted in the
//! article text (plain and HTML) and in every string field of a story JSON, nothing
//! panics, every story validates, and the strings come back out as data, unchanged.
//! (The browser half — nothing executes, the widget still renders — is in tests/e2e.)

use dramatis::cli::{html, plain};
use dramatis::extract::extract;
use dramatis::model::{parse_story, validate};

fn corpus() -> Vec<String> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/inputs.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    v["inputs"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

#[test]
fn corpus_is_large_enough() {
    assert!(corpus().len() >= 40);
}

#[test]
fn hostile_article_text_extracts_to_valid_stories() {
    for input in corpus() {
        let text = format!("Title\n\n“{input},” President Jane Roe said.\n\n{input}\n\nShe added: “{input}”");
        let story = extract(&plain::read(&text));
        validate(&story).unwrap();
        assert!(story.quotes.iter().any(|q| q.text.contains(input.trim())), "quote lost for {:.40}", input);
        let page = format!("<article><p>{}</p><p>“{}”, she said.</p></article>", input, input.replace('&', "&amp;").replace('<', "&lt;"));
        validate(&extract(&html::read(&page))).unwrap();
    }
}

#[test]
fn hostile_strings_in_every_story_field_round_trip_as_data() {
    for input in corpus() {
        let s = serde_json::to_string(&input).unwrap();
        let json = format!(
            r#"{{"version":"1","article":{{"title":{s},"byline":{s},"published":{s},"url":{s}}},
               "actors":[{{"id":"a","name":{s},"aliases":[{s}],"role":{s}}}],
               "quotes":[{{"id":"q","text":{s},"context":{s},"speaker":"a","evidence":{s}}}],
               "relations":[],"paragraphs":[{s}]}}"#
        );
        let story = parse_story(&json).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(story.quotes[0].text, input);
        assert_eq!(story.actors[0].name, input);
    }
}
