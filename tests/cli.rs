//! The `dramatis` binary end to end: argument handling, stdin, JSONL, exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn dramatis(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its arguments may exit before reading stdin: a broken
    // pipe here is that exit, which the assertions on the output then check.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn extract_reads_html_from_stdin_and_prints_a_valid_story() {
    let html = "<html><body><article><h1>Talks</h1><p>“We will not negotiate under pressure,” the minister said.</p></article></body></html>";
    let (code, out, _) = dramatis(&["extract", "-"], html);
    assert_eq!(code, 0);
    let story = dramatis::model::parse_story(&out).expect("valid story JSON");
    assert_eq!(story.quotes.len(), 1);
    assert_eq!(story.quotes[0].text, "We will not negotiate under pressure,");
}

#[test]
fn attribution_trace_names_each_quotes_step_and_leaves_the_story_alone() {
    // `DRAMATIS_ATTR_TRACE` (scripts/attribution_steps.py): one line per quote on
    // stderr, the same story on stdout.
    let text = "Anna Berg chairs the committee. \"We will not wait,\" she said.\n\n\"Nor should we,\" said Tom Hale.\n";
    let (_, plain, quiet) = dramatis(&["extract", "-"], text);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .args(["extract", "-"])
        .env("DRAMATIS_ATTR_TRACE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), plain);
    assert!(!quiet.contains("attr-step"));
    let lines: Vec<String> = String::from_utf8_lossy(&out.stderr).lines().filter(|l| l.starts_with("attr-step\t")).map(str::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains("\tpronoun\the/she / previous sentence: "), "{lines:?}");
    assert!(lines[1].contains("\tadjacent_frame\t"), "{lines:?}");
}

#[test]
fn extract_on_empty_input_still_prints_a_story() {
    let (code, out, _) = dramatis(&["extract", "-"], "");
    assert_eq!(code, 0);
    assert!(dramatis::model::parse_story(&out).unwrap().quotes.is_empty());
}

#[test]
fn jsonl_mode_writes_one_line_per_input_line() {
    let input = "{\"id\":\"a\",\"text\":\"He said: \\\"Yes, we will.\\\"\"}\n{\"id\":\"b\",\"text\":\"\"}\n";
    let (code, out, _) = dramatis(&["extract", "--jsonl"], input);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["quotes"][0]["text"], "Yes, we will.");
    assert_eq!(lines[0]["quotes"][0]["start"], 10);
}

#[test]
fn missing_file_is_a_clear_error() {
    let (code, _, err) = dramatis(&["extract", "/nonexistent/article.html"], "");
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
}

/// A directory under the system temp dir for one test, removed when the test ends
/// (also when it fails), so test runs leave nothing behind in /tmp.
struct ScratchDir(std::path::PathBuf);

impl ScratchDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("dramatis-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        ScratchDir(dir)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn validate_names_the_field() {
    let dir = ScratchDir::new("validate");
    let p = dir.0.join("bad.json");
    std::fs::write(&p, r#"{"actors":[{"id":"a","name":"A","parent":"ghost"}]}"#).unwrap();
    let (code, _, err) = dramatis(&["validate", p.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("actors[0].parent: unknown actor id \"ghost\""), "{err}");
}

#[test]
fn render_prints_static_html_from_a_file_or_stdin() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed.story.json");
    let (code, out, err) = dramatis(&["render", seed], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("<div class=\"dramatis-static\" data-dramatis-static=\"\">"), "{:.80}", out);
    assert_eq!(out, std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed.render.html")).unwrap());
    let (code, from_stdin, _) = dramatis(&["render", "-"], &std::fs::read_to_string(seed).unwrap());
    assert_eq!(code, 0);
    assert_eq!(from_stdin, out);
    let (code, cards, _) = dramatis(&["render", "--view", "cards", "--lang", "fr", "--theme", "dark", seed], "");
    assert_eq!(code, 0);
    assert!(cards.contains("data-theme=\"dark\"") && cards.contains("lang=\"fr\"") && !cards.contains("class=\"tree\""));
}

#[test]
fn render_extracts_an_article_first() {
    let html = "<article><h1>Talks</h1><p>“We will not negotiate under pressure,” the minister said.</p></article>";
    let (code, out, _) = dramatis(&["render", "-"], html);
    assert_eq!(code, 0);
    assert!(out.contains("We will not negotiate under pressure"), "{out}");
}

#[test]
fn render_refuses_an_invalid_story_naming_the_field() {
    let (code, out, err) = dramatis(&["render", "-"], r#"{"actors":[{"id":"a","name":"A","parent":"ghost"}]}"#);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("-: actors[0].parent: unknown actor id \"ghost\""), "{err}");
    let (code, _, err) = dramatis(&["render", "--view", "grid", "-"], "{}");
    assert_eq!(code, 2, "clap rejects an unknown view");
    assert!(err.contains("grid"), "{err}");
}

#[test]
fn extract_with_a_curated_story_recognises_its_actors_and_merges_it() {
    let dir = ScratchDir::new("curated");
    let curated = dir.0.join("curated.json");
    std::fs::write(&curated, r#"{"actors":[{"id":"zrq","name":"Zarqa Resistance Quorum","kind":"group","aliases":["ZRQ"],"role":"armed coalition"}]}"#).unwrap();
    let article = "<article><p>ZRQ said in a statement that “the corridor will stay closed until the shelling stops.”</p></article>";
    let (code, out, err) = dramatis(&["extract", "-", "--curated", curated.to_str().unwrap()], article);
    assert_eq!(code, 0, "{err}");
    let story = dramatis::model::parse_story(&out).expect("valid story JSON");
    let zrq: Vec<_> = story.actors.iter().filter(|a| a.id == "zrq").collect();
    assert_eq!(zrq.len(), 1);
    assert_eq!(zrq[0].origin.as_deref(), Some("curated"));
    assert_eq!(zrq[0].role.as_deref(), Some("armed coalition"));
    assert_eq!(story.quotes[0].speaker.as_deref(), Some("zrq"));

    std::fs::write(&curated, r#"{"actors":[{"id":"a","name":"A","parent":"ghost"}]}"#).unwrap();
    let (code, _, err) = dramatis(&["extract", "-", "--curated", curated.to_str().unwrap()], article);
    assert_eq!(code, 1);
    assert!(err.contains("actors[0].parent"), "{err}");
}
