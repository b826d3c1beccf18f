//! Properties that hold for every input, checked on random articles (proptest):
//! extraction never panics; every quote's text is its source slice (code-point
//! offsets on char boundaries); every referenced actor exists; the story validates
//! and round-trips through JSON.

use dramatis::cli::{html, plain};
use dramatis::extract::extract;
use dramatis::model::{parse_story, validate, Story};
use proptest::prelude::*;

fn check(story: &Story) -> Result<(), TestCaseError> {
    validate(story).map_err(|e| TestCaseError::fail(format!("invalid: {e:?}")))?;
    for q in &story.quotes {
        prop_assert!(q.paragraph < story.paragraphs.len().max(1));
        if let (Some(s), Some(e)) = (q.start, q.end) {
            let para: Vec<char> = story.paragraphs[q.paragraph].chars().collect();
            prop_assert!(s <= e && e <= para.len());
            prop_assert_eq!(para[s..e].iter().collect::<String>(), q.text.clone());
        }
    }
    let again = parse_story(&story.to_json_pretty()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    prop_assert_eq!(again.quotes.len(), story.quotes.len());
    Ok(())
}

/// Text made of the pieces that stress extraction: every mark family, apostrophes,
/// names, reporting verbs, newlines and arbitrary unicode.
fn articleish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()), Just("”".to_string()), Just("\"".to_string()), Just("'".to_string()),
        Just("‘".to_string()), Just("’".to_string()), Just("«".to_string()), Just("»".to_string()),
        Just("„".to_string()), Just("「".to_string()), Just("」".to_string()), Just("``".to_string()),
        Just("''".to_string()), Just("\n\n".to_string()), Just(" said ".to_string()), Just(", he said.".to_string()),
        Just("President Ana Ruiz".to_string()), Just(" the IRGC ".to_string()), Just("Iran's".to_string()),
        Just("According to the ministry, ".to_string()), Just(". ".to_string()), Just("U.S. ".to_string()),
        "[a-zA-Z ,.]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn plain_text_invariants(text in articleish()) {
        check(&extract(&plain::read(&text)))?;
    }

    #[test]
    fn html_invariants(text in articleish()) {
        let page = format!("<article><p>{}</p><p>{}</p></article>", text, text.replace('<', "&lt;"));
        check(&extract(&html::read(&page)))?;
    }

    #[test]
    fn arbitrary_json_never_panics(text in any::<String>()) {
        let _ = parse_story(&text);
    }
}

/// Every cut of every paragraph of the fixture articles (each prefix and suffix at a
/// word boundary, as a one-paragraph article): rules that look one token past a
/// name or a cue meet the paragraph's edge here, which random text rarely reaches.
#[test]
fn every_cut_of_the_fixture_paragraphs_extracts_within_the_invariants() {
    let mut texts = Vec::new();
    for dir in ["tests/gold", "tests/heldout", "tests/fixtures"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        paths.sort();
        texts.extend(paths.into_iter().map(|p| std::fs::read_to_string(p).unwrap()));
    }
    assert!(texts.len() >= 10, "fixture articles found: {}", texts.len());
    let mut cuts = 0;
    for text in &texts {
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            let bounds: Vec<usize> = para.char_indices().filter(|&(_, c)| c == ' ').map(|(i, _)| i).collect();
            for &b in &bounds {
                for piece in [&para[..b], &para[b + 1..]] {
                    let mut doc = dramatis::document::Document::default();
                    doc.paragraph(piece);
                    let story = dramatis::extract::extract(&doc);
                    check(&story).unwrap_or_else(|e| panic!("{e} on {piece:?}"));
                    cuts += 1;
                }
            }
        }
    }
    eprintln!("{cuts} cuts extracted");
}
