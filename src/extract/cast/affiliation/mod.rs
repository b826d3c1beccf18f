//! Who belongs to what, from the constructions news writing uses to say it: the
//! helpers behind the membership rules of `candidates` (pass 1) and `resolve`
//! (the tree).
//!
//! - chunk refinement: "Dana Yousef of the Levant Strategy Centre" is a person
//!   *of* an institution, not one institution's name; in "the Amman-based Levant
//!   Strategy Centre" Amman is neither the centre's state nor its owner;
//! - descriptions: "the council's president" is the president of the council the
//!   story named last ("National Electoral Council"); "the group's spokesman" of the
//!   group named last;
//! - an unknown name before a member noun ("a French Renew Europe lawmaker") is an
//!   organisation, not a person;
//! - committees sit in the story's legislature.
//!
//! Every rule reads words from `data/cast_words.txt` sections, never names.
//!
//! One file per construction, named for what it reads:
//! - `chunks`: chunk refinement ("X of the Y" split, "S&D" joined, "Amman-based"),
//!   with `named_in_state` ("the Methodist Church in Fiji" is one name);
//! - `org_names`: which chunks name an organisation (retyping, lone acronyms);
//! - `described`: descriptions ("the council", "the group's spokesman", ", a
//!   ministry spokesman,");
//! - `owner_title`: owners before a title ("Commission President X"), a party
//!   before a legislator's seat ("the Kenya Kwanza MP for Kiambu Town");
//! - `of_owner`: "X of the Y";
//! - `apposition`: an organisation's appositive part-of ("a faction of the Y");
//! - `led_by`: ", led by X";
//! - `posted`: posted offices ("the U.S. envoy for the Caucasus, X");
//! - `pronouns`: pronoun owners ("Its president, X", "his deputy, Y");
//! - `one_of_pronoun`: "One of its MPs, X" (a member of what "its" stands for);
//! - `possessed_remit`: "the PDM's leader in the National Assembly, X" (the
//!   possessor's, not the remit's);
//! - `ministries`: lowercase ministries ("Iraq's foreign ministry");
//! - `tree`: the tree's default owners (pass 4);
//! - `namesake`: a state's "Security Council";
//! - `speaks_for`: "For Fidesz, X said", "X, speaking for the Y, said";
//! - `party_label`: a party label after a member's name ("X (PP) asked");
//! - `placed`: a person placed after their introduction ("She joined the
//!   Finance Ministry in 2015", "He now runs the agency");
//! - `office_staff`: "the president's spokesman, X" (staff of the office's
//!   holder), "a spokeswoman for Holm, X" (staff of the person);
//! - `contact_line`: "X, Communications Manager, Y" (a person of Y);
//! - `hosted`: a centre "at the University of X" is part of the university;
//! - `to_which`: "the X federation, to which Y belongs" (Y is part of X);
//! - `fallback`: a person placed by nothing else sits in the organisation named
//!   before them in their introducing sentence.

mod apposition;
mod chunks;
mod contact_line;
mod described;
mod fallback;
mod hosted;
mod led_by;
mod ministries;
mod named_in_state;
mod namesake;
mod of_owner;
mod office_staff;
mod one_of_pronoun;
mod org_names;
mod owner_title;
mod posted;
mod party_label;
mod placed;
mod possessed_remit;
mod pronouns;
mod speaks_for;
mod to_which;
mod tree;

use crate::case::StrCase;
use super::builder::*;
use super::names::Tok;

/// The word at token `k`, lowercased (any case), or `None` for punctuation.
pub(super) fn lower_word(text: &str, toks: &[Tok], k: usize) -> Option<String> {
    word_at(text, toks, k).map(StrCase::lowercase)
}
