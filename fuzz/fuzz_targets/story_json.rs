//! Arbitrary text as a story JSON: parsing and validation must not panic, and a
//! story that validates must survive a serialise → parse round trip.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(story) = dramatis::model::parse_story(text) {
        let again = dramatis::model::parse_story(&serde_json::to_string(&story).unwrap());
        assert!(again.is_ok());
    }
});
