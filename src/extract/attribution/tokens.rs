//! The word layer the sieve reads: each paragraph's tokens flagged inside or outside
//! quotes ([`Tokens`]), and the [`Reading`] that `kind` and the sieve share (tokens
//! and every quote's frame, computed once per article).

use super::*;

/// A paragraph's tokens (the word layer of [`Para`](super::Para)), each flagged
/// when it lies inside a quotation (marks included): frames and subjects are looked
/// for outside quotes only.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    lowered: &'a crate::extract::Lowered,
    pub quoted: Vec<bool>,
    pub sentences: &'a [Range<usize>],
}

impl<'a> Tokens<'a> {
    pub fn new(para: &'a crate::extract::Para<'a>, quotes: &[Range<usize>]) -> Self {
        let toks = &para.words[..];
        // Quotes are sorted and disjoint: one merge pass.
        let mut quoted = Vec::with_capacity(toks.len());
        let mut q = 0;
        for t in toks {
            while q < quotes.len() && quotes[q].end <= t.start {
                q += 1;
            }
            quoted.push(q < quotes.len() && quotes[q].start <= t.start && t.start < quotes[q].end);
        }
        Tokens { text: para.text, toks, lowered: &para.words_lower, quoted, sentences: &para.sentences }
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].is_word() && !self.quoted[i]
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).and_then(|t| t.punct).filter(|_| !self.quoted[i])
    }

    /// The lowercase form of token `i` (computed once per paragraph).
    pub fn lower(&self, i: usize) -> &'a str {
        self.lowered.get(i)
    }

    /// Whether token `i`'s first character is lowercase (found at tokenisation).
    pub(super) fn is_lower(&self, i: usize) -> bool {
        self.toks[i].lower
    }

    /// Whether token `i`'s first character is uppercase (found at tokenisation).
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.toks[i].upper
    }

    /// Token range of the sentence containing token `i`.
    pub fn sentence_toks(&self, i: usize) -> Range<usize> {
        let at = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        let k = self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().saturating_sub(1));
        match self.sentences.get(k) {
            Some(s) => self.at(s.start)..self.at(s.end),
            None => 0..self.toks.len(),
        }
    }

    pub(super) fn sentence_index(&self, i: usize) -> usize {
        let at = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().saturating_sub(1))
    }

    /// Whether token `i` is a reporting verb used as a verb: a listed form, in
    /// lowercase (or opening the sentence), not preceded by a determiner or a
    /// possessive ("the claims", "Iran's claims", "member states" are nouns).
    pub fn is_speech_verb(&self, i: usize, sentence_start: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        if lexicon::get().speech_verb(w).is_none() || (!self.is_lower(i) && i != sentence_start) {
            return false;
        }
        if i > sentence_start && self.is_word(i - 1) {
            let prev = self.lower(i - 1);
            let lx = lexicon::get();
            if self.toks[i - 1].poss || lx.is("determiner", &prev) && prev != "that" || lx.is("preposition", &prev) && !w.ends_with("ing") {
                return false;
            }
            // "in post-election protests": after a hyphenated modifier an -s form is a
            // plural noun.
            let hyphenated = prev.contains('-') || i >= 2 + sentence_start && self.punct(i - 2) == Some('-');
            if hyphenated && w.ends_with('s') && self.is_lower(i - 1) {
                return false;
            }
            // "completion reports had been signed", "the claims were dismissed": an -s
            // form right before an auxiliary is a plural noun, the clause's subject.
            if w.ends_with('s') && self.is_word(i + 1) && self.is_lower(i + 1) && lx.is("auxiliary", self.lower(i + 1)) && !self.lower(i + 1).ends_with("ly") {
                return false;
            }
            // "while the regions remain contested", "the deal seemed settled": an -ed
            // form after a linking verb (a copula that is no form of "be") is an
            // adjective, not a reporting verb.
            if w.ends_with("ed") && lx.is("copula", &prev) && !lx.is("auxiliary", &prev) {
                return false;
            }
            // "in a preliminary report that": a base form two words after "a"/"an" is
            // a noun (a singular subject would take the -s form).
            let base = lx.speech_verb(w).is_some_and(|l| l.eq_ignore_ascii_case(w));
            if base && i >= sentence_start + 2 && self.is_word(i - 2) && lx.is("indefinite_article", self.lower(i - 2)) {
                return false;
            }
            // "and called that pledge "Q"": a base form after "that" right after a
            // verb is a noun ("that" a demonstrative); after a noun, "that" is a
            // relative ("groups that warn").
            let after_verb = |k: usize| self.is_word(k) && self.is_lower(k) && (self.lower(k).ends_with("ed") || lx.speech_verb(self.lower(k)).is_some());
            if base && prev == "that" && i >= sentence_start + 2 && after_verb(i - 2) {
                return false;
            }
        }
        true
    }

    /// Whether token `i` goes on with speech already under way: `"Q," X continued`,
    /// `"Q," the governor went on`, `The statement went on: "Q"` (`[continuing_verb]`,
    /// or "went"/"goes" then "on" and no word after), or answers it (`"Q," X shot
    /// back`: a `[retort_verb]` then "back" and no word after). Only adjacent frames
    /// ask: "the fighting continued", "went on to win" or "shot back at the
    /// gunmen" report no words.
    pub fn is_continuing(&self, i: usize) -> bool {
        if !self.is_word(i) || !self.is_lower(i) {
            return false;
        }
        let w = self.lower(i);
        let lx = lexicon::get();
        let particle = |p: &str| self.is_word(i + 1) && self.lower(i + 1) == p && !self.is_word(i + 2);
        lx.is("continuing_verb", w) || matches!(w, "went" | "goes") && particle("on") || lx.is("retort_verb", w) && particle("back")
    }

    /// Where the source of a prepositional source marker opening at token `k`
    /// starts: "according to X", "in the words of X", "in X's words" (the token of
    /// X, or of "his"). Publishers use them interchangeably, before or after the quote.
    pub(super) fn source_marker(&self, k: usize) -> Option<usize> {
        let w = |i: usize| if self.is_word(i) { self.lower(i) } else { "" };
        match w(k) {
            "according" if w(k + 1) == "to" => Some(k + 2),
            "in" if w(k + 1) == "the" && w(k + 2) == "words" && w(k + 3) == "of" => Some(k + 4),
            // "In his words", "In Ahmed Kamal's words", "In the report's own words": a
            // possessor of at most four words.
            "in" => (k + 1..k + 5).find(|&j| self.is_word(j) && (self.toks[j].poss || lexicon::get().is("possessive_pronoun", self.lower(j)))).filter(|&j| w(j + 1) == "words" || w(j + 1) == "own" && w(j + 2) == "words").map(|_| k + 1),
            // "By her own account", "by Ahmed Kamal's account": the same, with "account".
            "by" => (k + 1..k + 5).find(|&j| self.is_word(j) && (self.toks[j].poss || lexicon::get().is("possessive_pronoun", self.lower(j)))).filter(|&j| w(j + 1) == "account" || w(j + 1) == "own" && w(j + 2) == "account").map(|_| k + 1),
            // ""Q," came the reply from X", "Then came a warning from X: "Q"": an
            // inverted "come" with a noun that renames the words (`[quote_noun]`), then
            // "from" and the speaker.
            "came" | "comes" if lexicon::get().is("determiner", w(k + 1)) && lexicon::get().is("quote_noun", w(k + 2)) && w(k + 3) == "from" => Some(k + 4),
            _ => None,
        }
    }

    /// A comma right before token `k`, possibly inside a closing quotation mark
    /// (`diplomacy,” declaring that`).
    pub(super) fn comma_before(&self, k: usize) -> bool {
        let before = self.text[..self.toks[k].start].trim_end();
        before.trim_end_matches(['\u{201D}', '\u{2019}', '"', '\'', '\u{BB}', '\u{300D}']).ends_with(',')
    }

    pub(super) fn is_participle(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 4 && w.ends_with("ing") && self.is_lower(i)
    }
}

/// Quote ranges per paragraph (marks included), from the spans: the earlier pieces
/// of a multi-paragraph quote cover their paragraph from the opening mark.
pub(crate) fn quote_ranges(ctx: &Context, spans: &[QuoteSpan]) -> Vec<Vec<Range<usize>>> {
    let mut out = vec![Vec::new(); ctx.paras.len()];
    for s in spans {
        for (p, r) in &s.preceding {
            if let Some(v) = out.get_mut(*p) {
                let text = ctx.paras[*p].text;
                let open = text.get(..r.start).and_then(|t| t.char_indices().last()).map_or(0, |(k, _)| k);
                v.push(open..r.end);
            }
        }
        if let Some(v) = out.get_mut(s.para) {
            v.push(s.open..s.close);
        }
    }
    for v in &mut out {
        crate::sort::sort_by_key(v, |r| r.start);
    }
    out
}

pub(crate) fn tokenize_all<'a>(ctx: &'a Context<'a>, spans: &[QuoteSpan]) -> Vec<Tokens<'a>> {
    let q = quote_ranges(ctx, spans);
    ctx.paras.iter().zip(q.iter()).map(|(p, q)| Tokens::new(p, q)).collect()
}

/// What `kind` and the sieve both read, computed once per article: every
/// paragraph's tokens flagged inside/outside quotes, and each span's reporting frame.
pub struct Reading<'a> {
    pub(crate) tks: Vec<Tokens<'a>>,
    pub(crate) frames: Vec<Option<Frame>>,
}

pub fn read<'a>(ctx: &'a Context<'a>, spans: &[QuoteSpan]) -> Reading<'a> {
    let tks = tokenize_all(ctx, spans);
    let frames = spans
        .iter()
        .map(|s| {
            let tk = &tks[s.para];
            find_frame(tk, s.open, s.close, &tk.text[s.content.clone()])
        })
        .collect();
    Reading { tks, frames }
}
