//! Arbitrary UTF-8 as a plain-text article: extraction must not panic, and every
//! quote must be a true slice of its paragraph.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let story = dramatis::extract::extract(&dramatis::cli::plain::read(text));
    for q in &story.quotes {
        if let (Some(s), Some(e)) = (q.start, q.end) {
            let para: Vec<char> = story.paragraphs[q.paragraph].chars().collect();
            assert_eq!(para[s..e].iter().collect::<String>(), q.text);
        }
    }
    dramatis::model::validate(&story).expect("extracted stories are valid");
});
