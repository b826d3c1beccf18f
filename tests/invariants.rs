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
