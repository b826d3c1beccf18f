//! Subjects: the noun phrase left or right of a reporting verb (stepping over
//! auxiliaries, appositives and relative clauses), a sentence's grammatical subject,
//! and the subject of each kind of frame. Never the object: "X told Y" → X.
//!
//! One file per job, each an `impl Finder` block (why split: each finder grew its own
//! constructions, and a reader looking for one should not page through the others):
//!
//! - `left.rs`: the subject left of a verb and its asides (`X, a doctor, said`,
//!   `X (who led the study) said`, "Students who marched … chanted"), a name shown
//!   speaking ("a video shows X telling"), a coordinated verb's shared subject.
//! - `right.rs`: the subject right of a verb (`said X`) and inverted asides
//!   (`…, says senator X, is "Q"`).
//! - `sentence.rs`: a sentence's grammatical subject, past a leading adverbial.
//! - `frame.rs`: the subject of each kind of [`Frame`].
//! - `quoted.rs`: the object of a quoting verb ("He quotes a memo from X: "Q"").
//! - `phrases.rs`: the small tests on a phrase the finders share (`the_post`,
//!   `person_phrase`, `post`, `restricted_antecedent`, `named_as`).
//!
//! What the rest of the sieve calls is `pub(in crate::extract::attribution)`; what
//! only the finders share is `pub(super)`.

use super::*;

mod frame;
mod left;
mod phrases;
mod quoted;
mod right;
mod sentence;

/// Conjunctions that open a subordinate clause with a subject of its own.
const CLAUSE_OPENERS: &[&str] = &["as", "when", "while", "whereas", "if", "although", "though", "because", "since", "after", "before", "once", "until"];
