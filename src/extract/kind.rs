//! Speech or term: is a quoted span someone's words, or a label in scare quotes?
//! (Baseline; being deepened.)

use super::marks::QuoteSpan;
use super::Context;
use crate::model::QuoteKind;

pub fn classify(ctx: &Context, spans: &[QuoteSpan]) -> Vec<QuoteKind> {
    spans
        .iter()
        .map(|s| {
            let para = &ctx.paras[s.para];
            let text = &para.text[s.content.clone()];
            if para.is_heading() || text.split_whitespace().count() <= 2 {
                QuoteKind::Term
            } else {
                QuoteKind::Speech
            }
        })
        .collect()
}
