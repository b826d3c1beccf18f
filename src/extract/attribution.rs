//! The speaker sieve. (Baseline; being deepened.)

use super::cast::Cast;
use super::marks::QuoteSpan;
use super::Context;
use crate::model::QuoteKind;

/// A speaker decision: the actor index in the cast, and which sieve decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub actor: usize,
    pub sieve: &'static str,
}

pub fn attribute(_ctx: &Context, spans: &[QuoteSpan], _kinds: &[QuoteKind], _cast: &mut Cast) -> Vec<Option<Attribution>> {
    vec![None; spans.len()]
}
