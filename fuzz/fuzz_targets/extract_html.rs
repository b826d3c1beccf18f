//! Arbitrary bytes as an HTML page: parsing and extraction must not panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let story = dramatis::extract::extract(&dramatis::cli::html::read(&html));
    dramatis::model::validate(&story).expect("extracted stories are valid");
});
