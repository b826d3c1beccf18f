//! Still sieve 4: an exchange printed as bare quote paragraphs. Court reports and
//! interviews written up in prose often introduce a questioning ("Under
//! cross-examination, the defence lawyer, X, pressed Y on why …") and then print the
//! turns as paragraphs that are nothing but a quote: `"Did my client ever put that in
//! writing?"` ¶ `"No. He never did."` ¶ `"So it is only your word."`. Carry-over
//! would give every turn to whoever spoke last; the turns alternate instead: the
//! questioner asks first, the person questioned answers.
//!
//! Deliberately narrow: the paragraph before the run ends on a sentence whose
//! questioning verb (`[questioning_verb]`: asked, pressed, questioned, …) has a named
//! person on each side; the run is at least two paragraphs that each hold one quote
//! and nothing else; its first quote is a question. The run ends at the first
//! paragraph that is anything more (`"My word," Paredes replied.` has its own
//! frame). Anything else is left to carry-over.
//!
//! Carry-over asks this module too (`turn`): once two framed turns have shown who
//! asks and who answers, the next unframed question or answer takes its turn.
//!
//! Cost: one look at the paragraph before each run's first quote; `turn` looks at
//! the two paragraphs before a quote.

use super::*;

/// Whether quote `i` is its paragraph's whole text (marks and spaces aside), with no
/// frame and no earlier paragraphs of its own.
fn bare(f: &Finder, spans: &[QuoteSpan], frames: &[Option<Frame>], i: usize) -> bool {
    let s = &spans[i];
    let text = f.ctx.paras[s.para].text;
    let alone = |j: usize| spans.get(j).is_none_or(|o| o.para != s.para);
    let outside = |t: &str| t.chars().all(|c| c.is_whitespace() || is_mark(c));
    frames[i].is_none() && s.preceding.is_empty() && (i == 0 || alone(i - 1)) && alone(i + 1) && outside(&text[..s.open.min(text.len())]) && outside(&text[s.close.min(text.len())..])
}

/// A quotation mark or the sentence punctuation left outside one (`"Q".`).
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\u{AB}' | '\u{BB}' | '\u{201E}' | '.' | ',')
}

/// The questioner and the person questioned, named in the last sentence of
/// paragraph `p` around a questioning verb ("X pressed Y on why …").
fn questioning(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize) -> Option<(usize, usize)> {
    let tk = &f.tks[p];
    let last = tk.sentences.last()?.clone();
    let (lo, hi) = (tk.at(last.start), tk.at(last.end));
    if (lo..hi).any(|k| tk.quoted[k]) {
        return None;
    }
    let v = (lo..hi).find(|&k| tk.is_word(k) && f.lx.is("questioning_verb", tk.lower(k)))?;
    let subj = f.subject_left(cast, p, v)?;
    let asker = resolve_subject(f, cast, out, spans, p, subj)?;
    let person = |a: usize| cast.actors[a].kind == ActorKind::Person;
    // The person questioned: a name right after the verb.
    let after = tk.toks.get(v + 1)?.start;
    let asked = cast.mentions_in(p, after..tk.toks[v].end + 40).iter().find(|m| m.range.start == after).map(|m| m.actor)?;
    (person(asker) && person(asked) && asker != asked).then_some((asker, asked))
}

/// Gives each run of bare quote paragraphs after a questioning its alternating turns.
pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], out: &mut [Option<Attribution>]) {
    let n = spans.len();
    let mut i = 0;
    while i < n {
        let open_run = super::is_speech(kinds, i) && out[i].is_none() && spans[i].para > 0 && bare(f, spans, frames, i);
        let question = open_run && f.ctx.paras[spans[i].para].text[spans[i].content.clone()].trim_end().ends_with('?');
        let mut end = i + 1;
        while question && end < n && spans[end].para == spans[end - 1].para + 1 && super::is_speech(kinds, end) && out[end].is_none() && bare(f, spans, frames, end) {
            end += 1;
        }
        if end - i >= 2 {
            if let Some((asker, asked)) = questioning(f, cast, out, spans, spans[i].para - 1) {
                for (turn, j) in (i..end).enumerate() {
                    out[j] = Some(Attribution { actor: if turn % 2 == 0 { asker } else { asked }, sieve: "carry_over" });
                    trace::decided(j, "exchange turns");
                }
            }
        }
        i = end;
    }
}

/// `"You are hoping for a shorter sentence, aren't you?" Kessler asked.` ¶ `"I'm
/// hoping to tell the truth," Marsh answered.` ¶ `"You told the truth then, too?"` ¶
/// `"No. I did not."`: in an exchange of questions and answers set as paragraphs that
/// open with a quote (cross-examination, a press conference, an interview told as a
/// scene), the unframed question after an answer goes to whoever asked the question
/// before it, and the unframed answer after a question to whoever answered before:
/// the speaker two paragraphs back, when the two paragraphs before the quote have
/// two speakers, one asking and one answering. A quote that goes on in the same mode
/// as the paragraph before (an answer after an answer) is no new turn: plain
/// carry-over keeps the last speaker.
pub(super) fn turn(f: &Finder, spans: &[QuoteSpan], out: &[Option<Attribution>], i: usize, prev: usize) -> Option<usize> {
    let ctx = f.ctx;
    let asks = |j: usize| ctx.paras[spans[j].para].text[spans[j].content.clone()].trim_end().ends_with('?');
    // The attributed quote that opens paragraph `q`.
    let opener = |q: usize| {
        (0..i).rev().take_while(|&j| spans[j].para >= q).filter(|&j| spans[j].para == q).last().filter(|&j| spans[j].preceding.is_empty() && ctx.paras[q].text[..spans[j].open].trim().is_empty()).and_then(|j| out[j].map(|a| (j, a.actor)))
    };
    let before = prev.checked_sub(1)?;
    let (j1, b) = opener(prev)?;
    let (j2, a) = opener(before)?;
    let turn = a != b && asks(j1) != asks(j2) && asks(i) != asks(j1);
    turn.then_some(a)
}
