//! Speech or term: is a quoted span someone's words, or a label in scare quotes?
//!
//! Why rules a reader would state, not a word-count threshold alone: "heroic
//! flexibility" is speech when the sentence reports that someone declared it, and a
//! term when the article merely borrows the label; "maximum pressure" stays a term
//! even inside a reporting sentence, because it modifies the noun that follows
//! ("the “maximum pressure” policy"). The evidence, in the order it is weighed:
//!
//! 1. Headings and title blocks: always terms (a headline quotes labels, not people).
//! 2. Words-as-words cues right before the quote (`data/term_cues.txt`: "so-called",
//!    "the word", "dubbed", "what * called" with one to four words for the `*`): term.
//!    A gloss filling a parenthesis after a name (`Hazavana Atsimo ("light for the
//!    south")`, a translation of the name): term.
//! 3. A short quote used as a noun modifier: a determiner or possessive before it, a
//!    lowercase noun after it (not a preposition, auxiliary or other function word):
//!    term.
//! 4. An adjacent reporting frame (`"Q," X said`, `X said: "Q"`), or a reporting
//!    verb whose object the quote is when it opens with a subject pronoun
//!    (`chanted "We Will Not Pay"`): speech, whatever the length or case ("“Not
//!    before June,” the newspaper wrote"), unless a work noun just before makes
//!    Title Case words a title ("a report published in March, “…”").
//! 5. Title Case or ALL CAPS labels of a few words with no sentence punctuation: term.
//! 6. Length: four words or more, or a full sentence inside the marks: speech.
//! 7. A short quote (two or three words) is speech only when a reporting verb's
//!    complement clause holds it (`X declared that this "Q" …`) or it completes the
//!    reported clause after a bare noun (`X said the exchange "went as planned."`),
//!    a modal or a copula (`said it would "remain neutral"`), "accused Y of",
//!    "urged Y to" or a naming verb's short object ("calls the deal "a blank cheque""),
//!    or it is the reporting verb's own object (`X said "We leave tomorrow."`, a
//!    lone word only when capitalised: `said "No."`), or a sentence (a capital, its
//!    full stop inside the marks) after a colon; without that, and always for a single lowercase word, it is a scare-quoted term.
//!
//! One pass over the spans; each looks at a bounded window of tokens around itself.

use crate::case::StrCase;
use super::attribution::{read, Frame, Reading, Tokens};
use super::lexicon;
use super::marks::QuoteSpan;
use super::Context;
use crate::model::QuoteKind;

/// Quotes of at most this many words need a governing frame to count as speech.
const SHORT_WORDS: usize = 3;

pub fn classify(ctx: &Context, spans: &[QuoteSpan]) -> Vec<QuoteKind> {
    classify_read(ctx, &read(ctx, spans), spans)
}

/// [`classify`] with a [`Reading`] shared with `attribution` (tokens and frames are
/// computed once per article, not once per component).
pub fn classify_read(ctx: &Context, reading: &Reading, spans: &[QuoteSpan]) -> Vec<QuoteKind> {
    spans.iter().zip(&reading.frames).map(|(s, &frame)| classify_one(ctx, &reading.tks[s.para], s, frame)).collect()
}

fn classify_one(ctx: &Context, tk: &Tokens, s: &QuoteSpan, frame: Option<Frame>) -> QuoteKind {
    let para = &ctx.paras[s.para];
    if para.is_heading() || s.preceding.iter().any(|(p, _)| ctx.paras[*p].is_heading()) {
        return QuoteKind::Term;
    }
    if !s.preceding.is_empty() {
        return QuoteKind::Speech; // a quote running over paragraphs is never a label
    }
    // A dialogue line (`extract::dialogue`: the span opens on its dash) is a turn of
    // speech however short (`— Alone?`); marks never open on a dash.
    if para.text.get(s.open..).is_some_and(|t| t.starts_with(['\u{2014}', '\u{2015}', '\u{2013}'])) {
        return QuoteKind::Speech;
    }
    if gloss(para.text, s) {
        return QuoteKind::Term;
    }
    if frame.is_none() && cited_title(para.text, s) {
        return QuoteKind::Term;
    }
    let text = &para.text[s.content.clone()];
    let words = text.split_whitespace().count();
    let first_in = tk.at(s.open);
    let after = tk.at(s.close);
    if words_as_words(tk, first_in) {
        return QuoteKind::Term;
    }
    let trimmed = text.trim().trim_end_matches([',', '.', ';', ':']);
    if instrument_title(tk, first_in, text.trim()) {
        return QuoteKind::Term;
    }
    let sentence_like = words >= 2 && (trimmed.contains(['.', '!', '?', ';']) || text.trim_end().ends_with(['!', '?']));
    // (A sentence, capital to full stop, is words said: `He explained the nickname:
    // “It started as a joke, and it stuck.”`.)
    let full_sentence = text.trim_start().starts_with(char::is_uppercase) && text.trim_end().ends_with(['.', '!', '?']);
    if !sentence_like && !full_sentence && named_after_colon(tk, first_in) {
        return QuoteKind::Term;
    }
    if (words <= 4 || tk.is_word(after) && lexicon::get().is("label_noun", tk.lower(after))) && !sentence_like && noun_modifier(tk, first_in, after) {
        return QuoteKind::Term;
    }
    // `a report published in March, "Cameroon's Anglophone Conflict: The Border
    // Dimension."`: four or more words in title case (lowercase letters among the
    // capitals, no sentence stop inside) name a work when nothing says they were
    // spoken, or when a work noun just before names them ("report", "titled"). A
    // reporting frame wins otherwise: `"We Will Not Be Moved," the minister said`,
    // `protesters chanted "We Will Not Pay"` are words said in capitals.
    let capitals = trimmed.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
    if !sentence_like && words <= 16 && work_title_case(trimmed) && appositive_title(tk, first_in, after, text.trim_end().ends_with(',')) {
        return QuoteKind::Term; // "Her new book, “The Salt Road”, tells …"
    }
    let spoken = spoken_frame(frame, first_in, trimmed);
    if words >= 4 && capitals >= 3 && !trimmed.contains(['.', '!', '?', ';']) && trimmed.chars().any(char::is_lowercase) && is_label_case(trimmed) && (!spoken || names_a_work(tk, para.sentence_at(s.open).start, first_in)) {
        return QuoteKind::Term;
    }
    if spoken {
        return QuoteKind::Speech; // "“Not before June,” the newspaper wrote."
    }
    if words <= 5 && !sentence_like && is_label_case(trimmed) {
        return QuoteKind::Term;
    }
    if words > SHORT_WORDS || sentence_like {
        return QuoteKind::Speech;
    }
    // (A stop inside the marks ends the sentence: what follows is the next one's.)
    let closes = text.trim_end().ends_with(['.', '!', '?']);
    let clause_verb = reported_clause_verb(tk, frame, first_in);
    if words > 1 && clause_verb.is_some() && (completes_clause(tk, first_in, after, trimmed, closes) || after_modal(tk, first_in, after, trimmed, closes)) {
        return QuoteKind::Speech; // "X said the exchange “went as planned.”", "X said it would “remain neutral”"
    }
    if clause_verb.is_some_and(|verb| copula_predicate(tk, verb, first_in, after, trimmed, words, closes)) {
        return QuoteKind::Speech; // "X said the plan was “dead on arrival” in the Senate", "were “reckless” and “uncosted”"
    }
    if words > 1 && clause_verb.is_some_and(|verb| opens_predicate(tk, verb, first_in, trimmed)) {
        return QuoteKind::Speech; // "X said Moscow “does not interfere” in …"
    }
    if words > 1 && matches!(frame, Some(Frame::Embedded { verb, .. }) if charge_complement(tk, verb, first_in) || names_object(tk, verb, first_in, trimmed)) {
        return QuoteKind::Speech; // "X accused him of “austerity by stealth”", "X calls the deal “a blank cheque”"
    }
    let opens_upper = trimmed.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
    // `"I warned them," he said. "Nobody listened."`: a short quote that is a
    // sentence of its own (capital, closing stop inside the marks, nothing else in
    // its sentence), after another quote of its paragraph, goes on with that speech.
    let stands_alone = opens_upper
        && text.trim_end().ends_with(['.', '!', '?'])
        && para.text[para.sentence_at(s.open).start..s.open].trim().is_empty()
        && para.text[s.close.min(para.text.len())..].trim_start().chars().next().map_or(true, |c| c.is_uppercase() || "\"\u{201c}".contains(c));
    // So is a sentence a colon introduces (`X had a simple answer: "Build more
    // houses."`): a label after a colon does not carry its own full stop.
    let sentence = opens_upper && text.trim_end().ends_with(['.', '!', '?']);
    if stands_alone && (0..first_in).any(|k| tk.quoted[k]) || sentence && matches!(frame, Some(Frame::Colon { .. })) {
        return QuoteKind::Speech;
    }
    match frame {
        // One word is a label far more often than a quotation, unless adjacent.
        // "X's claim that the curfew was "a temporary measure"": a reporting noun's
        // clause, as for a verb's.
        // `"Q," as X insists` / `As X put it, "Q"`: the clause says whose words they are.
        Some(Frame::Embedded { that: true, .. } | Frame::Participial { .. } | Frame::Owned { .. } | Frame::PutIt { .. }) if words > 1 => QuoteKind::Speech,
        // "The committee was told by X that the failures were "Q"": the clause a
        // source's words report, as for a reporting verb's own "that".
        Some(Frame::According { at }) if words > 1 && (at + 1..first_in).any(|k| tk.is_word(k) && tk.lower(k) == "that") => QuoteKind::Speech,
        // `X said "We leave tomorrow."`: the quote is the reporting verb's object, with
        // no comma. A label needs a noun or a verb of naming to hang on; right after
        // "said" it can only be the words said (one lowercase word stays a label:
        // `he said "maybe"` is as often a word used as a word).
        Some(Frame::Embedded { verb, .. }) if verb + 1 == first_in && (words > 1 || opens_upper) => QuoteKind::Speech,
        _ => QuoteKind::Term,
    }
}

/// `the so-called "x"`, `what it calls "x"`, `dubbed "x"`: the cue words end right
/// before the opening mark (a determiner may stand between).
fn words_as_words(tk: &Tokens, first_in: usize) -> bool {
    let lx = lexicon::get();
    let mut end = first_in;
    if end > 0 && tk.is_word(end - 1) && matches!(tk.lower(end - 1), "the" | "a" | "an") {
        end -= 1;
    }
    // The words of `seq` occupy the tokens right before `end`.
    // The last word first: it rejects nearly every cue at once (this runs for each of
    // the cues at every quote).
    let ends_at = |seq: &[&str], end: usize| {
        let n = seq.len();
        end >= n && (0..n).rev().all(|k| tk.is_word(end - n + k) && tk.word(end - n + k).eq_ignore_ascii_case(seq[k]))
    };
    // Every cue ends with a word right before `end` (a `*` gap too): a cue whose last
    // word is not that one is out without a closer look (this runs for each cue at
    // every quote).
    if end == 0 || !tk.is_word(end - 1) {
        return false;
    }
    let last = tk.word(end - 1);
    lx.term_cues.iter().filter(|cue| cue.last().is_none_or(|w| *w == "*" || w.eq_ignore_ascii_case(last))).any(|cue| match cue.iter().position(|w| *w == "*") {
        // "so-called" is one token; other cues are word sequences.
        None => ends_at(cue, end),
        // "what * called": the head, one to four words, then the tail at the marks.
        Some(star) => {
            let (head, tail) = (&cue[..star], &cue[star + 1..]);
            ends_at(tail, end)
                && (1..=CUE_GAP_WORDS).any(|gap| {
                    end >= tail.len() + gap && (end - tail.len() - gap..end - tail.len()).all(|k| tk.is_word(k)) && ends_at(head, end - tail.len() - gap)
                })
        }
    })
}

/// How many words may stand between a name noun and the colon before the quote
/// (`a nickname on local radio:`).
const NAME_NOUN_GAP: usize = 5;

/// `the queue has earned a nickname on local radio: “the parking of the nation”`,
/// `The scheme has a name: “Operation Clean Slate”`: a colon whose clause ends on a
/// noun of naming (`[name_noun]`: nickname, moniker, name, …), at most
/// [`NAME_NOUN_GAP`] words before it and no reporting verb between, introduces the
/// name, no one's words. (A sentence in the marks stays speech: `He gave his name:
/// “I am Tariq, I was a teacher.”`; the caller checks that.)
fn named_after_colon(tk: &Tokens, first_in: usize) -> bool {
    let lx = lexicon::get();
    let Some(colon) = first_in.checked_sub(1).filter(|&c| tk.punct(c) == Some(':')) else { return false };
    (colon.saturating_sub(NAME_NOUN_GAP + 1)..colon).rev().take_while(|&k| tk.is_word(k) && !tk.quoted[k] && lx.speech_verb(tk.lower(k)).is_none()).any(|k| tk.word(k).starts_with(char::is_lowercase) && lx.is("name_noun", tk.lower(k)))
}

/// `Bill T/8812 “on the transparency of organisations”`, `the law “on foreign
/// agents”`: a legal instrument ([instrument_noun]) at most an identifier before the
/// marks, and a title opener ([title_opener]) as the quote's first word; three words
/// or more and no sentence inside (`the law “on paper”` is too short to be a title).
fn instrument_title(tk: &Tokens, first_in: usize, inner: &str) -> bool {
    let lx = lexicon::get();
    let mut words = inner.split_whitespace();
    let opener = words.next().is_some_and(|w| lx.is("title_opener", w));
    if !opener || words.clone().count() < 2 || inner.trim_end_matches(',').contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    // The instrument noun right before the marks, or before one identifier token
    // ("T/8812", "No. 7" is two: allow up to three tokens).
    (first_in.saturating_sub(INSTRUMENT_WINDOW)..first_in).any(|k| {
        tk.is_word(k) && lx.is("instrument_noun", tk.lower(k)) && (k + 1..first_in).all(|j| !tk.is_word(j) || tk.word(j).chars().any(|c| c.is_ascii_digit() || c.is_uppercase()))
    })
}

/// How many tokens before the marks a legal instrument's noun may stand.
const INSTRUMENT_WINDOW: usize = 4;

/// How many words a `*` in a term cue stands for, at most.
const CUE_GAP_WORDS: usize = 4;

/// `the "maximum pressure" policy`: determiner or possessive before, lowercase
/// content word right after the closing mark.
fn noun_modifier(tk: &Tokens, first_in: usize, after: usize) -> bool {
    let lx = lexicon::get();
    if first_in == 0 || !tk.is_word(first_in - 1) || !tk.is_word(after) {
        return false;
    }
    let before = tk.lower(first_in - 1);
    let det = tk.toks[first_in - 1].poss || lx.is("determiner", before) && before != "that" || before.ends_with("-style");
    if !det {
        return false;
    }
    let next = tk.word(after);
    let ln = tk.lower(after);
    next.chars().next().is_some_and(char::is_lowercase)
        && !["preposition", "auxiliary", "subordinator", "relative", "determiner", "pronoun_person", "pronoun_plural", "pronoun_thing"].iter().any(|s| lx.is(s, ln))
        && !matches!(ln, "to" | "and" | "or" | "than" | "as")
        && lx.speech_verb(ln).is_none()
        && !ln.ends_with("ed")
}

/// The reporting verb whose complement clause holds the quote: an embedded frame's
/// verb, or the verb after "as" in `quoted X as saying the suspects had "Q"` (an
/// `According` frame naming X: the clause after "saying" is reported speech as much
/// as the clause after "said" is). `according to X, …` has no such verb.
fn reported_clause_verb(tk: &Tokens, frame: Option<Frame>, first_in: usize) -> Option<usize> {
    match frame? {
        Frame::Embedded { verb, .. } => Some(verb),
        Frame::According { at } => (at + 1..first_in).find(|&k| tk.is_word(k) && tk.is_word(k - 1) && tk.lower(k - 1) == "as" && tk.is_speech_verb(k, k)),
        _ => None,
    }
}

/// `X said the exchange "went as planned."`: the quote is the predicate of the
/// reported clause — a bare noun (no determiner, possessive or verb in -ed) right
/// before the marks, a lowercase content word opening them, and nothing but
/// punctuation after them. A label never completes a clause that way: it needs a
/// determiner or a verb before it ("the “reset”", "ended the “cold peace”").
fn completes_clause(tk: &Tokens, first_in: usize, after: usize, inner: &str, closes: bool) -> bool {
    let lx = lexicon::get();
    if first_in == 0 || !tk.is_word(first_in - 1) || tk.toks[first_in - 1].poss || tk.is_word(after) && !closes {
        return false;
    }
    let prev = tk.lower(first_in - 1);
    let head = inner.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).lowercase();
    let function = |w: &str| ["preposition", "determiner", "subordinator", "relative", "pronoun_person", "pronoun_plural", "pronoun_thing"].iter().any(|c| lx.is(c, w));
    let prev_is_noun = !function(prev) && !lx.is("auxiliary", prev) && lx.speech_verb(prev).is_none() && !prev.ends_with("ed") && !matches!(prev, "and" | "or" | "to" | "as" | "than" | "not");
    prev_is_noun && inner.trim_start().chars().next().is_some_and(char::is_lowercase) && !function(&head) && !matches!(head.as_str(), "and" | "or" | "to" | "as")
}

/// `X said Moscow "does not interfere" in …`: a quote opening with a finite
/// auxiliary (`finite_auxiliary`) right after the reported clause's subject (a
/// content word after the reporting verb, no possessive) is that clause's predicate
/// in the speaker's words, whatever follows it. A label needs a noun to name: `the
/// "will to power"` (after a determiner) stays one.
fn opens_predicate(tk: &Tokens, verb: usize, first_in: usize, inner: &str) -> bool {
    let lx = lexicon::get();
    let Some(prev) = first_in.checked_sub(1).filter(|&p| p > verb && tk.is_word(p) && !tk.toks[p].poss) else { return false };
    let w = tk.lower(prev);
    let function = ["preposition", "determiner", "subordinator", "relative", "auxiliary", "copula", "coordinator"].iter().any(|c| lx.is(c, w));
    let head = inner.split_whitespace().next().unwrap_or("").lowercase();
    !function && lx.speech_verb(w).is_none() && lx.is("finite_auxiliary", &head)
}

/// `[3] Gazprom, "Statement on the suspension of deliveries," 28 December 2025.`,
/// `3. Ministry of Energy, "Annual Report on Gas Supply", 2024.`: in an entry of a
/// notes or references list (the paragraph opens with a note number, `[3]`, `3.`
/// or `3)`), a quote right after the author's comma with a year after it is the
/// title of the cited document, not words spoken. (The caller asks only for quotes
/// no reporting frame governs: `[2] X said, "Q"` stays speech.)
fn cited_title(text: &str, s: &QuoteSpan) -> bool {
    let t = text.trim_start();
    let marker = t.strip_prefix('[').map(|r| r.split_once(']').is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))).unwrap_or_else(|| {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&n) && matches!(t.as_bytes().get(n), Some(b'.' | b')')) && t.as_bytes().get(n + 1) == Some(&b' ')
    });
    let after_comma = text[..s.open].trim_end().ends_with(',');
    let year = text.get(s.close..).is_some_and(|rest| rest.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))));
    marker && after_comma && year
}

/// `known as Hazavana Atsimo ("light for the south")`: a quote that fills a
/// parenthesis right after a capitalised word (a name, not a closing mark) glosses
/// that name, a translation of a term: no one's words. (After a quote, `„Q“ ("Q in
/// English")` translates words said and stays speech: the word before the
/// parenthesis is then a mark; nor is a sentence inside the marks a gloss.)
fn gloss(text: &str, s: &QuoteSpan) -> bool {
    let Some(before) = text[..s.open].trim_end().strip_suffix('(') else { return false };
    let closed = text.get(s.close..).is_some_and(|rest| rest.trim_start().starts_with(')'));
    let name = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    let capital = name.chars().next().is_some_and(char::is_uppercase) && name.chars().last().is_some_and(char::is_alphanumeric);
    let inner = text[s.content.clone()].trim().trim_end_matches([',', ';']);
    closed && capital && !inner.is_empty() && !inner.contains(['.', '!', '?'])
}

/// Whether the frame says the quote was spoken: an adjacent frame, or the quote as
/// the reporting verb's own object when it opens with a subject pronoun (`chanted
/// "We Will Not Pay"`; `announced "Operation Dawn"` names a thing, not words said).
fn spoken_frame(frame: Option<Frame>, first_in: usize, inner: &str) -> bool {
    match frame {
        Some(f) if f.is_adjacent() => true,
        Some(Frame::Embedded { verb, .. }) if verb + 1 == first_in => {
            let head = inner.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).lowercase();
            lexicon::get().is("subject_pronoun", &head)
        }
        _ => false,
    }
}

/// A work noun or naming participle (`data/grammar_words.txt`, `work_noun`) among
/// the few words before the opening mark, in its sentence: "a report published in
/// March, “…”", "an op-ed titled “…”".
fn names_a_work(tk: &Tokens, sent_start_byte: usize, first_in: usize) -> bool {
    let lx = lexicon::get();
    let lo = first_in.saturating_sub(WORK_NOUN_WINDOW);
    (lo..first_in).any(|k| tk.is_word(k) && tk.toks[k].start >= sent_start_byte && lx.is("work_noun", tk.lower(k)))
}

/// `Her new book, “The Salt Road”, tells …`, `Amnesty's new report, “Silenced at the
/// Border”, was published`: a quote in commas right after a work noun (`[work_noun]`)
/// that a determiner or a possessive opens (lowercase adjectives or a measure
/// between: "The 64-page report, “…”,"), closed
/// by a comma, a parenthesis or the paragraph's end, is the
/// work's title, even where "report, “…”" looks like a reporting frame. (The caller
/// asks only for Title Case words; "the report said, “We found …”" has no
/// determiner-led noun before its comma, and a sentence is never a title here.)
fn appositive_title(tk: &Tokens, first_in: usize, after: usize, comma_inside: bool) -> bool {
    let lx = lexicon::get();
    if first_in < 3 || tk.punct(first_in - 1) != Some(',') || !tk.is_word(first_in - 2) || !lx.is("work_noun", tk.lower(first_in - 2)) {
        return false;
    }
    let closes = comma_inside || tk.punct(after).is_some_and(|c| matches!(c, ',' | ')' | ';')) || after >= tk.toks.len();
    let mut k = first_in - 3;
    for _ in 0..5 {
        if tk.punct(k) == Some('-') && k > 0 {
            k -= 1;
            continue;
        }
        if !tk.is_word(k) {
            return false;
        }
        if lx.is("determiner", tk.lower(k)) || lx.is("possessive_pronoun", tk.lower(k)) || tk.toks[k].poss {
            return closes;
        }
        // (lowercase adjectives, or a measure: "The 64-page report, “…”,")
        if !tk.word(k).starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) || k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// How many tokens before a Title Case quote a work noun may stand.
const WORK_NOUN_WINDOW: usize = 6;

/// `X said it would "remain neutral"`, `X said the talks were "on a knife edge"`,
/// `X said the suspects had "confessed to everything."`: a modal, a copula or
/// another auxiliary ("had", "did") right before the marks, a lowercase content word
/// opening them and nothing but punctuation after them (or a stop inside them, the
/// sentence ending there): the quote finishes the reported clause. A label needs a
/// noun to name.
fn after_modal(tk: &Tokens, first_in: usize, after: usize, inner: &str, closes: bool) -> bool {
    let lx = lexicon::get();
    let prev = |w: &str| lx.is("modal", w) || lx.is("copula", w) || lx.is("auxiliary", w);
    if first_in == 0 || !tk.is_word(first_in - 1) || tk.is_word(after) && !closes || !prev(tk.lower(first_in - 1)) {
        return false;
    }
    let head = inner.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).lowercase();
    let function = ["preposition", "determiner", "subordinator", "relative", "pronoun_person", "pronoun_plural", "pronoun_thing"].iter().any(|c| lx.is(c, &head));
    inner.trim_start().chars().next().is_some_and(char::is_lowercase) && !function
}

/// `X said the plan was "dead on arrival" in the Senate`, `X said the evidence was
/// "overwhelming" and sentenced him`, `X said the proposals were "reckless" and
/// "uncosted."`: a finite copula (`[copula]`; not "be"/"been"/"being", after which a
/// quoted participle is a passive's scare quote: `is going to be "reviewed"`) right
/// before the marks, the reported clause's subject between it and the reporting
/// verb, and a lowercase content word opening the quote: the quote is that clause's
/// predicate in the speaker's words, one word included, whatever ends the sentence
/// after it (punctuation, a preposition, a coordinator, a subordinator). A quote
/// coordinated with such a predicate (`"Q1" and "Q2"`) is one too. A label after a
/// copula needs a noun to name (`was a "partner"`: a determiner), and a capitalised
/// or content word after the marks (`is "hollowing out" Taiwan`) makes the quote a
/// verb's scare quote, not a predicate.
fn copula_predicate(tk: &Tokens, verb: usize, first_in: usize, after: usize, inner: &str, words: usize, closes: bool) -> bool {
    let lx = lexicon::get();
    let function = |w: &str| ["preposition", "determiner", "subordinator", "relative", "pronoun_person", "pronoun_plural", "pronoun_thing", "auxiliary", "copula"].iter().any(|c| lx.is(c, w));
    let head = inner.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).lowercase();
    if words == 0 || words > PREDICATE_WORDS || !inner.trim_start().chars().next().is_some_and(char::is_lowercase) || function(&head) {
        return false;
    }
    // (A stop inside the marks ends the sentence there: `was "clear and damning." The …`.)
    let ends = closes || !tk.is_word(after) || {
        let w = tk.lower(after);
        tk.word(after).starts_with(char::is_lowercase) && (lx.is("preposition", w) || lx.is("coordinator", w) || lx.is("subordinator", w) || matches!(w, "or" | "because"))
    };
    if !ends {
        return false;
    }
    // Back over `"Q1" and` to the first predicate of a coordination (at most two).
    let mut k = first_in;
    for _ in 0..=PREDICATE_CHAIN {
        let Some(p) = k.checked_sub(1).filter(|&p| p > verb + 1) else { return false };
        if tk.is_word(p) && matches!(tk.lower(p), "and" | "or") && p > 0 && tk.quoted[p - 1] {
            k = (0..p).rev().find(|&j| !tk.quoted[j]).map_or(0, |j| j + 1);
            continue;
        }
        let w = tk.lower(p);
        let finite = tk.is_word(p) && lx.is("copula", w) && !matches!(w, "be" | "been" | "being");
        // The reported clause's subject between the verb and the copula, in one clause.
        return finite && (verb + 1..p).any(|j| tk.is_word(j)) && (verb + 1..p).all(|j| !tk.quoted[j] && !matches!(tk.punct(j), Some('.' | ';' | ':' | '!' | '?')));
    }
    false
}

/// At most this many words in a quoted predicate after a copula.
const PREDICATE_WORDS: usize = 3;
/// At most this many quoted predicates coordinated before another.
const PREDICATE_CHAIN: usize = 2;

/// `X accused Y of "Q"`: a charge verb (`charge_verb`), a short object, then "of"
/// right before the marks; `X
/// urged both sides to "Q"`, `X vowed to "Q"`: a verb of directing or promising
/// (`directive_verb`), then "to" (the quote is the infinitive the speaker asked for).
fn charge_complement(tk: &Tokens, verb: usize, first_in: usize) -> bool {
    let lx = lexicon::get();
    let Some(p) = first_in.checked_sub(1).filter(|&p| tk.is_word(p) && p > verb) else { return false };
    let section = match tk.lower(p) {
        "of" => "charge_verb",
        "to" => "directive_verb",
        _ => return false,
    };
    p - verb <= CHARGE_OBJECT_TOKENS
        && (verb + 1..p).all(|k| !tk.quoted[k] && !matches!(tk.punct(k), Some('.' | ';' | ':')))
        && lx.speech_verb(tk.word(verb)).is_some_and(|l| lx.is(section, l))
}

/// `Kang calls the package "a blank cheque"`: a naming verb (`naming_verb`) used as
/// a verb, then a short object (one to four words, no punctuation), then the quote,
/// a whole phrase in lowercase words, not a definite one. "a scheme called “cash for
/// work”" (no object between), "calls it the “Zangezur corridor”", "a “coup
/// militia”" (the writer's determiner before the marks), "calls the TTP “Fitna
/// al-Khawarij”" (a name) and "locals call the ferry “the old lady”" (a nickname)
/// name a thing instead.
fn names_object(tk: &Tokens, verb: usize, first_in: usize, inner: &str) -> bool {
    let lx = lexicon::get();
    let object = first_in.saturating_sub(verb + 1);
    let lowercase = inner.split_whitespace().all(|w| !w.starts_with(char::is_uppercase)) && !inner.starts_with("the ");
    let det_before = lx.is("determiner", tk.lower(first_in - 1)) || tk.toks[first_in - 1].poss;
    lowercase && !det_before && (1..=NAMED_OBJECT_TOKENS).contains(&object)
        && (verb + 1..first_in).all(|k| tk.is_word(k) && !tk.quoted[k] && !lx.is("preposition", tk.lower(k)))
        && verb > 0 && !(tk.is_word(verb - 1) && lx.is("determiner", tk.lower(verb - 1)))
        && lx.speech_verb(tk.word(verb)).is_some_and(|l| lx.is("naming_verb", l))
}

/// At most this many tokens in the object a naming verb names.
const NAMED_OBJECT_TOKENS: usize = 4;

/// At most this many tokens between a charge verb and its "of"/"to".
const CHARGE_OBJECT_TOKENS: usize = 7;

/// A work's title: every word capitalised but the short words titles leave in
/// lowercase (prepositions, determiners, "and", "or", "to": "Nowhere to Run: Gang
/// Violence and the Absent State"), its first word capitalised.
fn work_title_case(t: &str) -> bool {
    let lx = lexicon::get();
    t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && t.split_whitespace().all(|w| match w.chars().find(|c| c.is_alphabetic()) {
            Some(c) if c.is_uppercase() => true,
            Some(_) => lx.is("preposition", w) || lx.is("determiner", w) || matches!(w, "and" | "or" | "to" | "nor" | "but" | "vs"),
            None => true,
        })
}

/// "Jeddah Track", "NORMAL", "Plan B": every word capitalised (short function words
/// aside), at least one letter.
fn is_label_case(t: &str) -> bool {
    let lx = lexicon::get();
    let mut any = false;
    for w in t.split_whitespace() {
        let first = w.chars().find(|c| c.is_alphabetic());
        match first {
            Some(c) if c.is_uppercase() => any = true,
            Some(_) if lx.is("preposition", w) || lx.is("determiner", w) || w == "and" => {}
            Some(_) => return false,
            None => {}
        }
    }
    // A lone capitalised word is a name or a sentence start as often as a label:
    // only all-caps single words count.
    any && (t.split_whitespace().count() > 1 || t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Document};
    use crate::extract::marks;

    fn kinds(paras: &[&str]) -> Vec<(String, QuoteKind)> {
        let mut doc = Document::default();
        for p in paras {
            if let Some(h) = p.strip_prefix("# ") {
                doc.blocks.push(Block { kind: BlockKind::Heading, text: h.to_string() });
            } else {
                doc.paragraph(*p);
            }
        }
        let ctx = Context::new(&doc);
        let spans = marks::find_spans(&ctx);
        let k = classify(&ctx, &spans);
        spans.iter().zip(k).map(|(s, k)| (ctx.paras[s.para].text[s.content.clone()].to_string(), k)).collect()
    }

    use QuoteKind::{Speech, Term};

    #[test]
    fn headings_are_terms() {
        assert_eq!(kinds(&["# The “Harbor First” Gamble: why the port waits"])[0].1, Term);
        assert_eq!(kinds(&["# A \"LONG WAY\" HOME"])[0].1, Term);
    }

    #[test]
    fn long_quotes_are_speech() {
        assert_eq!(kinds(&["The mayor spoke of “a port that belongs to everyone in town” on Monday."])[0].1, Speech);
    }

    #[test]
    fn a_title_in_commas_after_a_work_noun_is_a_term() {
        for p in [
            "Her new book, “The Salt Road”, tells the story of the last caravans.",
            "Amnesty International's new report, “Silenced at the Border”, was published on Wednesday.",
            "The 64-page report, “Nowhere to Run: Gang Violence and the Absent State”, was published on Monday.",
            "His documentary, “Rivers of Dust,” won the jury prize.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
        // Near miss: a sentence in the commas, its frame after it.
        assert_eq!(kinds(&["Her new book, “We lost everything in the war,” she said, is about her mother."])[0].1, Speech);
    }

    #[test]
    fn titles_of_works_and_named_slogans_are_terms() {
        for p in [
            "She traced its evolution in a report published in March, “Cameroon's Anglophone Conflict: The Border Dimension.”",
            "In an op-ed titled “The War Nigeria Pretends Not to See,” he wrote that the border was open.",
            "In a 2019 report, “Lebanon's Ponzi Economy: How the Central Bank Bought Time,” the IMF warned of risks.",
            "Critics mocked the “we are all in this together” slogan.",
            "The party dropped its “a home for every family by 2030” campaign in May.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
        // A sentence in ordinary case, or a shout in capitals, is still speech.
        assert_eq!(kinds(&["“We will not be moved by threats,” the minister said."])[0].1, Speech);
        assert_eq!(kinds(&["Protesters chanted “WE WANT JUSTICE AND WE WANT IT NOW” outside."])[0].1, Speech);
        assert_eq!(kinds(&["She said “we are all in this together” and left."])[0].1, Speech);
    }

    #[test]
    fn a_reporting_frame_makes_title_case_words_speech_unless_a_work_is_named() {
        for p in [
            "“We Will Not Be Moved By Threats,” the minister said.",
            "Outside parliament the protesters chanted “We Will Not Pay” for an hour.",
            "The crowd shouted “They Stole Our Votes” as the convoy passed.",
            "“Nobody Leaves This Square Tonight,” Aziz Demir told the crowd.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Speech, "{p}");
        }
        for p in [
            // A work noun or a naming participle a few words before: a title.
            "In her 2021 book, “The Long Road Back From Ruin,” she argued that the reforms failed.",
            "A song titled “We Shall Overcome Again” was played, the organisers said.",
            // The object of a reporting verb that is no clause: a name.
            "The army announced “Operation Calm Northern Waters” on Monday.",
            // No frame at all.
            "The “Keep Our Port Public Campaign” collapsed in May.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
    }

    #[test]
    fn a_short_quote_after_a_modal_or_a_charge_is_speech() {
        for p in [
            "The army, for its part, said it would “remain neutral”.",
            "Officials said the talks could “resume next week.”",
            "The opposition accuses the cabinet of “austerity by stealth”.",
            "The union had accused the ministry last year of “bad faith”.",
            "The minister said the plan was “dead in water”.",
            "Nadia Kone acknowledged that her inspectors had been “stretched very thin.”",
            "The labour minister urged both sides to “show responsibility”.",
            "Ortiz vowed to “finish the job”, aides said.",
            "The council called on the army to “stand down at once”.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Speech, "{p}");
        }
        for p in [
            // Something after the marks: the quote is no clause ending.
            "He said it would “remain neutral” ground for the talks.",
            // A function word opening the marks after the modal or copula.
            "She said it would “the end” of it.",
            "She said the result was “a surprise”.",
            // A copula with no reporting verb in the sentence.
            "The mood was “tense but calm”.",
            // "as" after a verb of naming, or of judging: a fragment, kept a label.
            "The strait, known locally as “the narrows”, is shallow.",
            "Lina Haddad dismissed the proposal as “a wish list”.",
            // One word stays a label.
            "The opposition accuses the cabinet of “austerity”.",
            // "to" after a verb that directs nothing: a place or state, not words asked for.
            "The minister said the return to “business as usual” was slow.",
            "Troops were sent to “the red zone” overnight.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
    }

    #[test]
    fn a_quoted_predicate_after_a_copula_in_reported_speech_is_speech() {
        for p in [
            "Senator Laura Mitchell said the plan was \"dead on arrival\" in the Senate.",
            "The judge said the evidence against him was \"overwhelming\" and sentenced him to six years.",
            "The European Commission said it was \"deeply concerned\" by the new law.",
            "Hungary's finance ministry said the target was \"unrealistic\" and called for a revision.",
            "The prosecutor told the jury the evidence was \"clear and damning.\" He sat down.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Speech, "{p}");
        }
        let both = kinds(&["The prime minister said on Friday that the opposition's proposals were \"reckless\" and \"uncosted.\""]);
        assert_eq!((both[0].1, both[1].1), (Speech, Speech));
        for p in [
            // A word after the marks that the predicate cannot end on: a verb's scare quote.
            "Critics said the company is \"hollowing out\" Taiwan by building abroad.",
            // A passive's participle after "be": a word the writer holds at a distance.
            "Parents say they have read that the plan is going to be \"reviewed\" next year.",
            // A determiner inside the marks: a noun named, not a predicate.
            "She said the result was \"a surprise\" to everyone.",
            // No reporting verb: the writer's own scare quote.
            "The plan was \"dead on arrival\" in the Senate.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
    }

    #[test]
    fn short_sentence_after_a_quote_is_speech() {
        for p in [
            "“I warned them in 2016,” he said. “Nobody listened.”",
            "“I have never taken a bribe,” Ortiz told the court. “Never.”",
            "“He decided alone,” Aoun said. “Always alone!” He shook his head.",
        ] {
            assert_eq!(kinds(&[p])[1].1, Speech, "{p}");
        }
        // Not a sentence of its own, or no quote before it: still a label.
        assert_eq!(kinds(&["“We will see,” he said of the “Grand Plan.” It failed."])[1].1, Term);
        assert_eq!(kinds(&["The plan failed. “Total peace.” It was a slogan."])[0].1, Term);
    }

    #[test]
    fn short_quote_with_adjacent_frame_is_speech() {
        assert_eq!(kinds(&["“Never again,” the mayor said."])[0].1, Speech);
        assert_eq!(kinds(&["The mayor said: “Never again.”"])[0].1, Speech);
    }

    #[test]
    fn short_quote_without_frame_is_term() {
        assert_eq!(kinds(&["The town's “resistance” against the council has grown."])[0].1, Term);
        assert_eq!(kinds(&["It changed the nature of “the harbor.”"])[0].1, Term);
    }

    #[test]
    fn short_quote_in_complement_clause_is_speech() {
        let k = kinds(&["The mayor declared that this type of “patient courage” is “necessary in hard times.”"]);
        assert_eq!(k[0].1, Speech);
        assert_eq!(k[1].1, Speech);
    }

    #[test]
    fn short_quote_in_the_clause_a_passive_agent_reports_is_speech() {
        assert_eq!(kinds(&["The committee was told by the mayor that the failures were “systemic and long-standing.”"])[0].1, Speech);
        // Near miss: a source with no reported clause leaves a short label a term.
        assert_eq!(kinds(&["According to the mayor, the council's “harbor first” plan is doomed."])[0].1, Term);
    }

    #[test]
    fn noun_modifier_is_term_even_in_a_reporting_sentence() {
        assert_eq!(kinds(&["The mayor argued that the council's “harbor first” policy is doomed."])[0].1, Term);
        assert_eq!(kinds(&["She backed an “open-door” approach, she said."])[0].1, Term);
    }

    #[test]
    fn words_as_words_cues_with_a_gap() {
        assert_eq!(kinds(&["The talks ended with what both delegations called “real movement” on borders."])[0].1, Term);
        assert_eq!(kinds(&["It is what has long been called “the quiet option” in Lima."])[0].1, Term);
        // More than four words between: no cue.
        assert_eq!(kinds(&["It is what the envoy who came from the capital on Monday called “a start”, she said."])[0].1, Speech);
    }

    #[test]
    fn a_legal_instruments_title_is_a_term() {
        let got = kinds(&[
            "Parliament debated Bill T/8812 “on the transparency of organisations influencing public life” on Tuesday.",
            "The Duma passed the law \"on foreign agents\" in July.",
            "Decree No. 7 “on measures to support families” took effect.",
            // Near misses: too short, a sentence, no instrument before the marks.
            "She said the law \"on paper\" protects everyone.",
            "He said the bill \"on its own will not stop the boats.\"",
            "Critics said the minister was \"on the wrong side of history\" again.",
        ]);
        let kinds: Vec<QuoteKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds[..3], [QuoteKind::Term, QuoteKind::Term, QuoteKind::Term], "{got:?}");
        assert_eq!(kinds[4..], [QuoteKind::Speech, QuoteKind::Speech], "{got:?}");
    }

    #[test]
    fn what_a_banner_reads_is_a_term_but_a_message_is_speech() {
        let got = kinds(&[
            "Students held up a banner that read «Ni un boleto más» outside the legislature.",
            "Protesters carried placards reading “No more fare rises for us”.",
            "He showed a text message that read \"If this blows up it is on me\" to the jury.",
        ]);
        let kinds: Vec<QuoteKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds, [QuoteKind::Term, QuoteKind::Term, QuoteKind::Speech], "{got:?}");
    }

    #[test]
    fn words_as_words_cues() {
        assert_eq!(kinds(&["He rejected the so-called “coalition of the willing and able.”"])[0].1, Term);
        assert_eq!(kinds(&["They pursued what it calls “strategic patience in all things.”"])[0].1, Term);
        assert_eq!(kinds(&["A plan dubbed “Operation Calm Waters” followed, he said."])[0].1, Term);
    }

    #[test]
    fn title_case_labels_are_terms() {
        assert_eq!(kinds(&["The talks, known in the region as the “Harbor Track,” stalled, officials said."])[0].1, Term);
    }

    #[test]
    fn one_word_needs_an_adjacent_frame() {
        assert_eq!(kinds(&["He argued that the “reset” was doomed from the start."])[0].1, Term);
        assert_eq!(kinds(&["“Never,” she said."])[0].1, Speech);
    }

    #[test]
    fn multi_paragraph_quotes_are_speech() {
        assert!(kinds(&["“One.", "“Two,” she said."]).iter().all(|k| k.1 == Speech));
    }

    #[test]
    fn a_short_predicate_closing_its_sentence_before_another_is_speech() {
        // The stop inside the marks ends the sentence: the next one's first word is
        // no word "after the quote" that would make it a modifier.
        for p in [
            "Bohdan Kravets said the crossing had been “quiet for days.” She disagreed.",
            "Andrea Villa said the exchange “went as planned.” Nobody else spoke.",
            "The minister said it would “remain neutral.” The army agreed.",
            // An auxiliary of the perfect before the predicate, as a modal is.
            "Bohdan Kravets said the suspects had “confessed to everything.”",
            // `quoted X as saying …`: the clause after "saying" is reported speech.
            "The newspaper Kompas quoted Agus Salim as saying the suspects were “ready to talk.”",
            "Kompas quoted his deputy, Rina Wati, as saying he had been “exhausted for months.” He resigned.",
        ] {
            assert_eq!(kinds(&[p])[0].1, Speech, "{p}");
        }
        for p in [
            // No stop inside the marks: a content word after them still makes a label.
            "He said it would “remain neutral” ground for the talks. She disagreed.",
            // A determiner opening the marks after the auxiliary.
            "She said the result had “a surprise” in it.",
            // No reporting verb: the auxiliary alone reports nothing.
            "The crossing had been “quiet for days.” She disagreed.",
            // "according to X, …" names a source, not a clause-taking verb.
            "According to the police, the road had “collapsed.”",
        ] {
            assert_eq!(kinds(&[p])[0].1, Term, "{p}");
        }
    }

    #[test]
    fn a_short_quote_a_trailing_as_clause_reports_is_speech() {
        assert_eq!(kinds(&["Is the economy really “on the mend,” as the governor, Rui Tavares, insists?"])[0].1, Speech);
        assert_eq!(kinds(&["The talks were “a waste,” as one diplomat put it."])[0].1, Speech);
        // Near miss: "as" with no reporting verb after it.
        assert_eq!(kinds(&["The plan was “dead on arrival,” as was the budget."])[0].1, Term);
    }

    #[test]
    fn a_quote_completing_the_reported_clause_is_speech() {
        assert_eq!(kinds(&["Andrea Villa said the exchange “went as planned.”"])[0].1, Speech);
        assert_eq!(kinds(&["The minister said the troops “must wait”."])[0].1, Speech);
        // A verb or determiner before the marks: the quote is an object, a label.
        assert_eq!(kinds(&["The minister said the move ended “cold peace.”"])[0].1, Term);
        assert_eq!(kinds(&["The minister said the deal was a “total failure.”"])[0].1, Term);
    }

    #[test]
    fn a_short_object_of_the_reporting_verb_is_speech() {
        assert_eq!(kinds(&["Paul Roux said “We leave tomorrow.”"])[0].1, Speech);
        assert_eq!(kinds(&["The envoy Mira Sand replied «Not this week»."])[0].1, Speech);
        assert_eq!(kinds(&["Officials said “No.”"])[0].1, Speech);
        // One lowercase word with more of the sentence after it: a word used as a word.
        assert_eq!(kinds(&["He said “maybe” twice."])[0].1, Term);
    }

    #[test]
    fn a_quote_opening_the_reported_predicate_is_speech() {
        assert_eq!(kinds(&["Arkady Volin said Moscow “does not interfere” in relations between Tbilisi and Brussels."])[0].1, Speech);
        assert_eq!(kinds(&["The envoy said the army “will not withdraw” from the valley."])[0].1, Speech);
        // Near misses: after a determiner the quote is a noun phrase, a label.
        assert_eq!(kinds(&["He said the “will to power” was dead."])[0].1, Term);
        assert_eq!(kinds(&["She said Europe had a “will to act” now."])[0].1, Term);
    }

    #[test]
    fn a_title_in_a_notes_entry_is_a_term() {
        assert_eq!(kinds(&["[3] Gazprom, “Statement on the suspension of deliveries to Moldovagaz,” 28 December 2025."])[0].1, Term);
        assert_eq!(kinds(&["3. Ministry of Energy, “Annual Report on Gas Supply”, 2024."])[0].1, Term);
        // Near misses: a note that reports words keeps them speech; so does a
        // paragraph that opens with a number but is no note entry.
        assert_eq!(kinds(&["[2] Victoria Lungu told the committee, “We will pay the first instalment in full,” on 22 November 2026."])[0].1, Speech);
        assert_eq!(kinds(&["12 families, “We have nowhere else to go and nobody is listening,” in 2024 alone."])[0].1, Speech);
    }

    #[test]
    fn sentence_punctuation_makes_speech() {
        assert_eq!(kinds(&["The crowd answered “No! Never!” at once."])[0].1, Speech);
    }
}
