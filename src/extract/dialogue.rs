//! Dialogue set with dashes instead of quotation marks.
//!
//! Why: Spanish, Portuguese, Italian, French and Russian prose (and translations
//! that keep the original's typography) open a spoken line with a dash and no
//! marks: `—Four thousand pesos —she says—. My salary did not go up.` The words run
//! from the opening dash to the dash that opens the narrator's *incise* (`—she
//! says—`), and resume after the incise's closing dash. [`super::marks`] sees no
//! quote there at all, so a translated chronicle lost every spoken line.
//!
//! Each spoken run becomes one quote span. A run that stops at an incise ends with
//! its `close` on the incise's opening dash, so that the frame reader sees `— she
//! says` right after the quote, as it sees `, she said` after an English one
//! (`attribution::frames` reads a dash followed by a subject and a reporting verb as
//! that frame). A run that resumes after the incise opens on the incise's closing
//! dash.
//!
//! French, Italian and Russian prose (and their English translations) also close a
//! line on the narrator's clause with no dash before it, right after the line's own
//! question mark, exclamation mark or comma: `— Minister, who closed the border? the
//! deputy asked.` / `— Not us. Not Benin, replied Mr Akplogan.` The run then stops
//! after that sign (kept inside the quote, as an English quote keeps its comma), and
//! `close` sits at the run's end, so that the frame reader sees `the deputy asked`
//! or `replied Mr Akplogan` as it sees them after `"Q?"` (see [`trailing_incise`]:
//! a short clause to the paragraph's end with a finite reporting verb, never the
//! line's own `Yes, I told him so.`). A line with no clause at all (`— Then who?`) is
//! the next turn of the exchange: `attribution::exchange::turn` gives it to whoever
//! asked or answered two lines before, as for bare quote paragraphs.
//!
//! When a paragraph counts as dialogue: it opens with an em dash or a horizontal bar
//! (an en dash only when a letter follows it directly: `– item` is a list), holds no
//! marked quote, and is not a heading or a block quote. A dash line is also how a
//! credit is set (`— Lena Ortiz`, under a block quote) and how some writers open an
//! aside, so the style must be the document's: at least [`MIN_DIALOGUE_PARAS`] such
//! paragraphs that end like a sentence, or none is read.
//!
//! Deliberately absent: dialogue dashes inside a paragraph that does not open with
//! one (a mid-paragraph dash is an aside in English), and any guess about who
//! speaks: the ordinary sieves attribute the spans.

use super::marks::QuoteSpan;
use crate::case::StrCase;
use super::Context;
use crate::document::BlockKind;

/// How many dash-opened paragraphs that end like a sentence make a dialogue style.
const MIN_DIALOGUE_PARAS: usize = 2;
/// A spoken run needs this many words (a lone "No" between dashes is still speech,
/// but a run of zero words is the gap between two dashes).
const MIN_RUN_WORDS: usize = 1;

fn is_dash(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2015}' | '\u{2013}')
}

/// Where the spoken words of a dash-opened paragraph begin (past the dash and any
/// space), or `None` when the paragraph does not open a dialogue line.
fn opening(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    let mut chars = text[lead..].chars();
    let dash = chars.next()?;
    let next = chars.next()?;
    let spoken_start = match dash {
        '\u{2014}' | '\u{2015}' => true,
        '\u{2013}' => next.is_alphabetic(),
        _ => false,
    };
    if !spoken_start {
        return None;
    }
    let rest = &text[lead + dash.len_utf8()..];
    let start = lead + dash.len_utf8() + (rest.len() - rest.trim_start().len());
    // The words must open like speech: a letter, a digit or an opening sign (¿ ¡ …).
    text[start..].chars().next().filter(|c| c.is_alphanumeric() || matches!(c, '¿' | '¡' | '\u{2026}')).map(|_| start)
}

fn ends_like_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '\u{2026}', ',', ';'])
}

/// `spans` (document order) with the spoken runs of dash-opened dialogue paragraphs
/// added, in document order. Linear: one pass over the paragraphs.
pub fn add_dashed(ctx: &Context, spans: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    let has_quotes = super::marks::paras_with_quotes(ctx.paras.len(), &spans);
    let candidates: Vec<(usize, usize)> = ctx
        .paras
        .iter()
        .filter(|p| matches!(p.kind, BlockKind::Paragraph | BlockKind::ListItem) && !has_quotes[p.index])
        .filter_map(|p| opening(p.text).map(|start| (p.index, start)))
        .collect();
    if candidates.iter().filter(|&&(p, _)| ends_like_sentence(ctx.paras[p].text)).count() < MIN_DIALOGUE_PARAS {
        return spans;
    }
    let mut extra = Vec::new();
    for (p, start) in candidates {
        runs(ctx.paras[p].text, p, start, &mut extra);
    }
    super::marks::merge_in_order(spans, extra)
}

/// How many words a reporting clause closing a dash line without an incise dash may
/// hold (`replied the opposition deputy for Malanville.` is six).
const TRAILING_INCISE_WORDS: usize = 6;
/// How many words may stand before the reporting verb of such a clause (`the
/// opposition deputy asked`).
const TRAILING_SUBJECT_WORDS: usize = 3;

/// Where the spoken words of the last run `run` (it reaches the paragraph's end)
/// stop when the line closes on a reporting clause with no dash before it: `Not
/// us. Not Benin, replied Mr Akplogan.`, `Who closed it? the deputy asked.`,
/// `Never! she said.` The clause follows the run's own `?`, `!`, `…` or `,` (kept in
/// the run, as an English quote keeps its comma inside the marks), ends the
/// paragraph on a full stop, holds at most [`TRAILING_INCISE_WORDS`] words and has a
/// finite reporting verb either first (then a subject after it) or after a short
/// subject of the third person (a pronoun, a determiner's phrase, a name). Never a
/// clause of the speaker's own (`Yes, I told him so.`, `No, and they said it
/// twice.`): a first-person or conjunction opening, or a pronoun object after the
/// verb, keeps the words in the line.
fn trailing_incise(run: &str) -> Option<usize> {
    let lx = super::lexicon::get();
    let body = run.trim_end();
    let tail_end = body.strip_suffix('.')?.len();
    // The candidate signs, last first, while the tail stays short.
    let mut at = tail_end;
    while let Some(sign) = run[..at].rfind(['?', '!', ',', '\u{2026}']) {
        let sign_end = sign + run[sign..].chars().next().map_or(1, char::len_utf8);
        let tail = &run[sign_end..tail_end];
        let words: Vec<&str> = tail.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
        // A stop inside the tail (but an abbreviation's: `Mr.`) makes it a sentence of the line's.
        let stop = tail.split_whitespace().any(|w| w.contains(['.', '?', '!', ';', ':']) && !(w.len() <= 3 && w.starts_with(char::is_uppercase) && w.ends_with('.')));
        if words.len() > TRAILING_INCISE_WORDS || !tail.starts_with(char::is_whitespace) || stop {
            return None;
        }
        if reporting_clause(lx, &words, &run[sign..sign_end]) {
            return Some(sign_end);
        }
        at = sign;
    }
    None
}

/// Whether `words` (punctuation trimmed) read as a narrator's reporting clause after
/// the sign `sign` (see [`trailing_incise`]): `replied Mr Akplogan`, `asked the
/// deputy`, `the deputy asked`, `she said quietly`, `Ruiz answered`.
fn reporting_clause(lx: &super::lexicon::Lexicon, words: &[&str], sign: &str) -> bool {
    let Some(&first) = words.first() else { return false };
    if words.iter().any(|w| w.is_empty()) {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.lowercase()).collect();
    let finite = |k: usize| words[k].starts_with(char::is_lowercase) && lx.speech_verb(words[k]).is_some() && !lower[k].ends_with("ing");
    let Some(v) = (0..words.len()).find(|&k| finite(k)) else { return false };
    if v > TRAILING_SUBJECT_WORDS {
        return false;
    }
    // `Yes, he told me so.`, `No, the ministry said nothing.`: an object after the
    // verb makes the clause the line's own sentence; the narrator's has at most an
    // adverb or a short complement (`said quietly`, `told reporters`).
    let object = lower[v + 1..].iter().any(|w| matches!(w.as_str(), "me" | "us" | "you" | "so" | "that" | "it" | "him" | "her" | "them" | "nothing" | "no" | "yes" | "this"));
    if object {
        return false;
    }
    if v == 0 {
        // Inverted: `replied Mr Akplogan`, `asked the deputy`: a subject follows,
        // a name or a determiner's phrase.
        let next = words.get(1).copied().unwrap_or("");
        return next.starts_with(char::is_uppercase) && !matches!(lower[1].as_str(), "i" | "we") || lx.is("determiner", &lower[1]) && lower[1] != "that";
    }
    if words.len() > v + 3 {
        return false;
    }
    let third_person = lx.is("pronoun_person", &lower[0]) || lx.is("pronoun_plural", &lower[0]);
    let named = first.starts_with(char::is_uppercase) && !matches!(lower[0].as_str(), "i" | "we" | "you" | "he" | "she" | "they" | "it" | "this" | "that" | "there");
    // `the deputy asked`: the phrase's head, the word before the verb, is a person's.
    let described = lx.is("determiner", &lower[0]) && lower[0] != "that" && v >= 1 && ["person", "group", "organization", "media", "voice", "kin"].iter().any(|sec| lx.is(sec, &lower[v - 1]));
    // After `?` or `!` a capital opens a new sentence: `Why? He asked nothing.` is
    // the narrator's own sentence, `Why? he asked.` the incise.
    let lowercase_pronoun = third_person && (first.starts_with(char::is_lowercase) || sign == ",");
    lowercase_pronoun || named || described && first.starts_with(char::is_lowercase)
}

/// The spoken runs of one dialogue paragraph whose words begin at `start`.
fn runs(text: &str, para: usize, start: usize, out: &mut Vec<QuoteSpan>) {
    // The opening dash: the last character before the words (spaces trimmed).
    let mut open = text[..start].trim_end().char_indices().last().map_or(0, |(i, _)| i);
    let mut from = start;
    loop {
        // The incise opens at a dash after a space: ` —she says—`.
        let incise = text[from..]
            .char_indices()
            .find(|&(i, c)| is_dash(c) && text[..from + i].ends_with(char::is_whitespace))
            .map(|(i, _)| from + i);
        let end = incise.unwrap_or(text.len());
        // `— Who closed the border? the deputy asked.`: a line with no incise dash may
        // end on the narrator's clause all the same, after the line's own `?`, `!` or
        // `,` (French and Italian set the incise so); the run stops at that sign.
        let end = match incise {
            None => trailing_incise(&text[from..end]).map_or(end, |cut| from + cut),
            Some(_) => end,
        };
        let words = &text[from..end];
        let content = from..from + words.trim_end().len();
        if words.split_whitespace().count() >= MIN_RUN_WORDS {
            out.push(QuoteSpan { para, open, content: content.clone(), close: incise.unwrap_or(content.end), preceding: Vec::new() });
        }
        let Some(at) = incise else { return };
        // The incise's closing dash, glued to its last word: `says—.`
        let after_open = at + text[at..].chars().next().map_or(1, char::len_utf8);
        let Some(close_rel) = text[after_open..].char_indices().find(|&(i, c)| is_dash(c) && i > 0).map(|(i, _)| i) else { return };
        let close = after_open + close_rel;
        let dash_len = text[close..].chars().next().map_or(1, char::len_utf8);
        let rest = &text[close + dash_len..];
        let skipped = rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':')).len();
        let next = close + dash_len + skipped;
        if next >= text.len() {
            return;
        }
        open = close;
        from = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Document};
    use crate::extract::marks;

    fn spans(paras: &[&str]) -> Vec<(usize, String)> {
        let mut doc = Document::default();
        for text in paras {
            doc.blocks.push(Block { kind: BlockKind::Paragraph, text: text.to_string() });
        }
        let ctx = Context::new(&doc);
        add_dashed(&ctx, marks::find_spans(&ctx)).iter().map(|s| (s.para, ctx.paras[s.para].text[s.content.clone()].to_string())).collect()
    }

    #[test]
    fn runs_stop_at_the_incise_and_resume_after_it() {
        let got = spans(&[
            "The queue reached the corner by seven.",
            "—I paid four thousand pesos to get to work —she says—. Four thousand. Nothing went up.",
            "—And tomorrow it will be five thousand —he says, and walks away.",
            "— Nous resterons ici —dit-il.",
        ]);
        assert_eq!(
            got,
            vec![
                (1, "I paid four thousand pesos to get to work".into()),
                (1, "Four thousand. Nothing went up.".into()),
                (2, "And tomorrow it will be five thousand".into()),
                (3, "Nous resterons ici".into()),
            ]
        );
    }

    #[test]
    fn a_line_closing_on_the_narrators_clause_without_a_dash_stops_before_it() {
        let got = spans(&[
            "The session ended in a shouting match.",
            "— Minister, who closed the border? the deputy asked.",
            "— Not us. Not Benin, replied Mr Akplogan.",
            "— Then who?",
            "— Never! she said.",
            "— We stayed all night, Ilić answered quietly.",
            "— And the money? asked the driver.",
        ]);
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["Minister, who closed the border?", "Not us. Not Benin,", "Then who?", "Never!", "We stayed all night,", "And the money?"]);
    }

    #[test]
    fn the_lines_own_words_are_no_narrators_clause() {
        let got = spans(&[
            "The session ended in a shouting match.",
            // The speaker's own clause: first person, an object, a conjunction.
            "— Yes, I told him so.",
            "— No, the ministry said nothing.",
            "— We waited, and they never answered.",
            // A capital after the question opens the line's next sentence.
            "— Why? He asked nothing of us.",
            // No reporting verb; a participle is no finite verb.
            "— Who closed it? Niger did.",
            "— Fine, saying nothing more.",
            // Too long to be an incise.
            "— Later, the deputy for the northern district of Malanville asked.",
        ]);
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Yes, I told him so.",
                "No, the ministry said nothing.",
                "We waited, and they never answered.",
                "Why? He asked nothing of us.",
                "Who closed it? Niger did.",
                "Fine, saying nothing more.",
                "Later, the deputy for the northern district of Malanville asked.",
            ]
        );
    }

    #[test]
    fn an_aside_or_a_credit_dash_is_still_no_dialogue() {
        // A dash used as a parenthesis mid-paragraph and a credit line under a quote.
        assert!(spans(&["The port reopened on Monday — three weeks late — and ships docked, officials said.", "— Lena Ortiz, Harbour Union"]).is_empty());
    }

    #[test]
    fn the_frame_after_a_run_sits_on_the_incise_dash() {
        let text = "—We go back when the money is paid —Sosa says—. Not before.";
        let mut doc = Document::default();
        for t in [text, "—Fine —she said."] {
            doc.blocks.push(Block { kind: BlockKind::Paragraph, text: t.to_string() });
        }
        let ctx = Context::new(&doc);
        let got = add_dashed(&ctx, Vec::new());
        assert_eq!(&text[got[0].close..], "—Sosa says—. Not before.");
        assert_eq!(&text[got[1].open..got[1].content.start], "—. ");
    }

    #[test]
    fn one_dash_paragraph_is_no_dialogue_style() {
        // A credit line or an aside opened by a dash, alone in the document.
        assert!(spans(&["He left at noon.", "— Lena Ortiz, Harbour Union."]).is_empty());
        // Two, but neither ends like a sentence: credits, not lines.
        assert!(spans(&["— Lena Ortiz", "— Amir Haddad"]).is_empty());
    }

    #[test]
    fn lists_headings_and_marked_paragraphs_are_left_alone() {
        // En-dash bullets with a space are a list.
        assert!(spans(&["– first item.", "– second item."]).is_empty());
        // A paragraph with marked quotes keeps them and gets no dash runs.
        let got = spans(&["—“Yes,” he said.", "—Fine then —she said.", "—Go —he said."]);
        assert_eq!(got, vec![(0, "Yes,".into()), (1, "Fine then".into()), (2, "Go".into())]);
    }

    #[test]
    fn hostile_and_odd_input_never_panics() {
        for t in ["—", "— ", "—a —", "—a —b", "—a —b—", "—a —b—.", "—é —ü—. ö", "\u{2015}x \u{2015}y\u{2015}z", "– —– —"] {
            let _ = spans(&[t, t, "—ok —she said."]);
        }
    }
}
