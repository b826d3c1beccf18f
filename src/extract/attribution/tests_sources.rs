//! Unit tests of the speaker named where the words' source stands rather than in a
//! reporting frame (round 26): the paragraph after the quote, "one from X:",
//! "a statement from the council", "delivered by X", the clause after ", but".
//! Each with a near miss the rule must leave alone.

use super::tests::{speaker, P};
use super::*;
use crate::case::StrCase;

const O: ActorKind = ActorKind::Organization;

#[test]
fn a_person_introduced_in_the_next_paragraph_speaks() {
    let paras = ["Governor Paul Mbuyi promised in May that the mine in Kolwezi would reopen.", "“Every family here has lost something to that pit.”", "Béatrice Kalala, a nurse who has lived in Kolwezi for thirty years, does not believe him."];
    let s = speaker(&paras, &[("Paul Mbuyi", P), ("Béatrice Kalala", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Béatrice Kalala"));
}

#[test]
fn a_recap_opening_the_next_paragraph_names_the_speaker() {
    let paras = ["The council voted on Tuesday to close the market.", "“This town has lost its heart today.”", "That was the verdict of Ana Ruiz, the mayor, who voted against."];
    let s = speaker(&paras, &[("Ana Ruiz", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn near_miss_a_quote_paragraph_after_anothers_words_continues_them() {
    let paras = ["“The mine will reopen by December,” said Paul Mbuyi, the governor.", "“Every family here will have work again.”", "Béatrice Kalala, a nurse who has lived in Kolwezi for thirty years, does not believe him."];
    let s = speaker(&paras, &[("Paul Mbuyi", P), ("Béatrice Kalala", P)]);
    assert_eq!(s[1].0.as_deref(), Some("Paul Mbuyi"));
}

#[test]
fn one_from_x_before_a_colon_names_the_speaker() {
    let s = speaker(&["The mayor Ana Ruiz's post drew thousands of replies, among them one from the businessman Ion Rusu: “You had ten years to fix this.”"], &[("Ana Ruiz", P), ("Ion Rusu", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Ion Rusu"));
}

#[test]
fn near_miss_from_a_place_before_a_colon_is_no_source() {
    let s = speaker(&["The mayor, Ana Ruiz, flew in from Geneva on Monday: “We will rebuild every house.”"], &[("Ana Ruiz", P), ("Geneva", ActorKind::State)]);
    assert_eq!(s[0].0.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_statement_from_a_lowercase_body_is_the_bodys() {
    let s = speaker(&["A presenter, Hugh Hill, read out a statement from the military council. “The curfew will be lifted at dawn,” the statement said."], &[("Hugh Hill", P)]);
    assert_eq!(s[0].0.as_deref().map(|n| n.lowercase()).as_deref(), Some("military council"));
}

#[test]
fn near_miss_a_statement_from_a_place_is_its_issuers() {
    let s = speaker(&["The Civic Union party issued a statement from the stage. “The leader has our full support,” the statement said."], &[("Civic Union", O)]);
    assert_eq!(s[0].0.as_deref(), Some("Civic Union"));
}

#[test]
fn a_response_delivered_by_a_spokeswoman_is_hers() {
    let s = speaker(&["The prime minister's response to the strike threat, delivered by his spokeswoman, Anna Lind, was curt: “The offer stands.”"], &[("Anna Lind", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Anna Lind"));
}

#[test]
fn near_miss_a_response_delivered_by_letter_is_the_owners() {
    let s = speaker(&["Ana Ruiz's response to the strike threat, delivered by letter on Monday, was curt: “The offer stands.”"], &[("Ana Ruiz", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn the_clause_after_but_names_the_speaker_of_a_verbless_quote() {
    let s = speaker(&["Eamon Doyle was defiant, but the opposition leader, Niamh Byrne, was scathing. “A prime minister who cannot count is a danger.”"], &[("Eamon Doyle", P), ("Niamh Byrne", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Niamh Byrne"));
}

#[test]
fn near_miss_but_with_no_subject_after_it_keeps_the_sentences() {
    let s = speaker(&["Eamon Doyle was defiant, but calm, on Tuesday. “We will not be bullied by a credit agency.”"], &[("Eamon Doyle", P), ("Niamh Byrne", P)]);
    assert_eq!(s[0].0.as_deref(), Some("Eamon Doyle"));
}
