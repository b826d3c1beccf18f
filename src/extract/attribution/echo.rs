//! Summary lines that echo the body: wire key points and bulleted summaries quote a
//! few words of a quotation the body gives in full (`* Rights group says Europe is
//! "paying for the bulldozers"` … `"Europe is paying for the bulldozers and Tunisia
//! is driving them," said Mounir Hajji, the group's spokesman.`). The summary's
//! subject is shorthand written for a headline ("Rights group"); the body's frame
//! names who said the words. So a quote of a bullet or list-item line whose words
//! recur inside a later attributed quote takes that quote's speaker, unless its own
//! frame already names a person in full (a one-word capital opening a headline-style
//! line, "Rights group says", is shorthand the cast may take for a name). Bounded: bullet lines among the first `TOP`
//! paragraphs, each compared with at most `LATER` later quotes.

use crate::case::StrCase;
use crate::document::BlockKind;
use super::*;

const TOP: usize = 12;
const LATER: usize = 200;

/// The echo pass, after every other sieve but the last resort (`nearest.rs`).
pub(super) fn sieve(f: &Finder, cast: &Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], out: &mut [Option<Attribution>]) {
    let ctx = f.ctx;
    for i in 0..spans.len() {
        let s = &spans[i];
        if s.para >= TOP {
            break;
        }
        let para = &ctx.paras[s.para];
        let bullet = para.kind == BlockKind::ListItem || para.text.trim_start().starts_with(['*', '\u{2022}']);
        if !bullet || !is_speech(kinds, i) || !s.preceding.is_empty() || out[i].is_some_and(|a| cast.actors[a.actor].kind == ActorKind::Person && cast.actors[a.actor].name.contains(' ')) {
            continue;
        }
        let words = norm(&para.text[s.content.clone()]);
        if words.split(' ').count() < 2 {
            continue;
        }
        let later = (i + 1..spans.len()).take(LATER).find(|&j| spans[j].para > s.para && is_speech(kinds, j) && out[j].is_some() && {
            let t = &ctx.paras[spans[j].para].text[spans[j].content.clone()];
            format!(" {} ", norm(t)).contains(&format!(" {words} "))
        });
        if let Some(j) = later {
            out[i] = out[j].map(|a| Attribution { sieve: "carry_over", ..a });
        }
    }
}

/// Lowercase words of `text`, punctuation dropped, single spaces.
fn norm(text: &str) -> String {
    let lower = text.lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').filter(|w| !w.is_empty()).collect();
    words.join(" ")
}
