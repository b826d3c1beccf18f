//! Extraction with a curated story's actors (`extract_with`): the publisher's
//! extension of the knowledge base. Each test shows the extraction alone first, so
//! that it fails if the extractor ever learns the case by itself (then the test
//! needs a harder case, not deletion).

mod common;
use common::doc;
use dramatis::model::{Actor, ActorKind, Story};

fn known(id: &str, name: &str, kind: ActorKind, aliases: &[&str]) -> Actor {
    Actor { id: id.into(), name: name.into(), kind, aliases: aliases.iter().map(|s| s.to_string()).collect(), ..Default::default() }
}

fn speaker_of(s: &Story, start: &str) -> Option<String> {
    s.quotes.iter().find(|q| q.text.starts_with(start)).unwrap_or_else(|| panic!("no quote {start:?}")).speaker.clone()
}

#[test]
fn a_curated_alias_in_lowercase_attributes_the_quote() {
    let d = doc(&["The talks resumed in Geneva on Monday.", "\"We will not wait for another round,\" the harbour envoy said after the session."]);
    let envoy = known("envoy-vries", "Jan de Vries", ActorKind::Person, &["the harbour envoy"]);
    let alone = dramatis::extract::extract(&d);
    assert_ne!(speaker_of(&alone, "We will not wait").as_deref(), Some("envoy-vries"));
    let with = dramatis::extract::extract_with(&d, &[envoy]);
    assert_eq!(speaker_of(&with, "We will not wait").as_deref(), Some("envoy-vries"), "{:?}", with.actors);
}

#[test]
fn a_curated_acronym_is_an_organisation_the_text_names() {
    let d = doc(&["ZRQ said in a statement that \"the corridor will stay closed until the shelling stops.\""]);
    let group = known("zrq", "Zarqa Resistance Quorum", ActorKind::Group, &["ZRQ"]);
    let with = dramatis::extract::extract_with(&d, &[group]);
    assert_eq!(speaker_of(&with, "the corridor").as_deref(), Some("zrq"), "{:?}", with.actors);
    let a = with.actors.iter().find(|a| a.id == "zrq").expect("seeded actor kept");
    assert_eq!(a.kind, ActorKind::Group);
}

#[test]
fn a_known_actor_keeps_its_id_and_is_not_found_twice() {
    let d = doc(&["Prime Minister Lena Okafor met the delegation.", "\"This is a start,\" Okafor said."]);
    let pm = known("pm", "Lena Okafor", ActorKind::Person, &[]);
    let with = dramatis::extract::extract_with(&d, &[pm]);
    assert_eq!(with.actors.iter().filter(|a| a.name.contains("Okafor")).count(), 1, "{:?}", with.actors);
    assert_eq!(speaker_of(&with, "This is a start").as_deref(), Some("pm"));
    // No slug of another actor takes a curated id.
    let ids: std::collections::HashSet<_> = with.actors.iter().map(|a| &a.id).collect();
    assert_eq!(ids.len(), with.actors.len());
}

#[test]
fn a_curated_state_under_a_capital_name_is_the_kb_state() {
    let d = doc(&["\"We stand by our partners,\" a spokesperson for the French foreign ministry said."]);
    let fr = known("fr", "Paris", ActorKind::State, &[]);
    let with = dramatis::extract::extract_with(&d, &[fr]);
    let f = with.actors.iter().find(|a| a.id == "fr").expect("seeded");
    assert_eq!(f.name, "France");
    assert!(!with.actors.iter().any(|a| a.id == "france"), "{:?}", with.actors);
}

#[test]
fn empty_or_nameless_known_actors_change_nothing() {
    let d = doc(&["\"Enough,\" said Mara Quill, the mayor."]);
    let blank = known("", "", ActorKind::Person, &[]);
    assert_eq!(dramatis::extract::extract_with(&d, &[blank]), dramatis::extract::extract(&d));
}
