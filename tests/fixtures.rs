//! Data-driven extraction tests: every article in `tests/fixtures/` (`NAME.txt` or
//! `NAME.html`) sits beside its expected story, `NAME.story.json`.
//!
//! Refresh the expectations after an intended change with
//! `UPDATE_EXPECT=1 cargo test --test fixtures`, then review the diff in git: the
//! diff *is* the review of the extractor change.

use dramatis::cli::read_document;
use dramatis::extract::extract;
use dramatis::model::validate;
use std::path::Path;

#[test]
fn fixtures_match_their_expected_stories() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        // `NAME.render.html` is `dramatis render`'s expected output (tests/render.rs).
        let is_render = path.to_str().is_some_and(|p| p.ends_with(".render.html"));
        if !matches!(ext, "txt" | "html") || is_render {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let story = extract(&read_document(&source));
        validate(&story).unwrap_or_else(|e| panic!("{}: extracted story is invalid: {e:?}", path.display()));
        let got = story.to_json_pretty() + "\n";
        let expected_path = path.with_extension("story.json");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != got {
                failures.push(format!("{} differs from {}", path.display(), expected_path.display()));
            }
        }
        checked += 1;
    }
    assert!(checked > 0, "no fixtures found in {}", dir.display());
    assert!(failures.is_empty(), "{}\n(run UPDATE_EXPECT=1 cargo test --test fixtures and review the diff)", failures.join("\n"));
}
