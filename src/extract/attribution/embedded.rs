//! Embedded frames: a reporting verb earlier in the quote's sentence (`X argued
//! that … "Q"`), `As X put it`, `according to X`, `quoted X as saying`,
//! participial frames (`…, explaining that … "Q"`) and possessives (`X's "Q"`).

use super::*;

pub(super) fn embedded_frame(tk: &Tokens, first_in: usize, sent_start: usize) -> Option<Frame> {
    if first_in == 0 || first_in <= sent_start {
        return None;
    }
    // `Khamenei's "heroic flexibility"`, `his "red lines"`. Not "her" after a verb:
    // "X called her "Q"", "X recalled her "Q"" make her the object, X the speaker.
    let p = first_in - 1;
    let object = p > sent_start && tk.lower(p) == "her" && tk.is_word(p - 1) && tk.is_lower(p - 1) && tk.is_speech_verb(p - 1, sent_start);
    if tk.is_word(p) && !object && (tk.toks[p].poss || lexicon::get().is("possessive_pronoun", tk.lower(p))) {
        return Some(Frame::Possessive { at: p });
    }
    let lo = sent_start.max(first_in.saturating_sub(FRAME_WINDOW));
    let mut that = false;
    let mut gerund = None;
    let mut k = first_in;
    while k > lo {
        k -= 1;
        if !tk.is_word(k) {
            continue;
        }
        let w = tk.lower(k);
        if w == "that" || lexicon::get().is("question_word", w) {
            that = true;
        }
        // "Lagos's remarks that "Q"", "her repeated warning that": a reporting verb's
        // form used as a noun, owned by the speaker, its clause holding the quote.
        // (After a person or kin noun, a noun's form only — the plain form, -s or
        // -ing: in "His mother said that", "her lawyer told reporters that", the verb
        // follows its subject, who is no owner of remarks.)
        let person = k >= 1 && tk.is_word(k - 1) && (lexicon::get().is("person", tk.lower(k - 1)) || lexicon::get().is("kin", tk.lower(k - 1)));
        let noun_form = |l: &str| !person || l.eq_ignore_ascii_case(tk.word(k)) || w.ends_with('s') || w.ends_with("ing");
        if that && k > sent_start && tk.is_lower(k) && lexicon::get().speech_verb(tk.word(k)).is_some_and(noun_form) {
            let owner = |j: usize| tk.is_word(j) && (tk.toks[j].poss || lexicon::get().is("possessive_pronoun", tk.lower(j)));
            let adjective = k >= sent_start + 2 && tk.is_lower(k - 1) && tk.is_word(k - 1) && owner(k - 2);
            if owner(k - 1) || adjective {
                return Some(Frame::Owned { at: if adjective { k - 2 } else { k - 1 } });
            }
        }
        if let Some(at) = tk.source_marker(k) {
            return Some(Frame::According { at: quoted_predicate_subject(tk, at, first_in).unwrap_or(at) });
        }
        if matches!(w, "put" | "puts") && tk.is_word(k + 1) && tk.lower(k + 1) == "it" {
            return Some(Frame::PutIt { verb: k });
        }
        if tk.is_speech_verb(k, sent_start) {
            if let Some(f) = quoted_as(tk, k, sent_start, that) {
                return Some(f);
            }
            if tk.is_participle(k) && k > sent_start && tk.comma_before(k) {
                return Some(Frame::Participial { verb: k });
            }
            // "it was stated by Minister X", "the plan, described by X as "Q"": the
            // agent of a passive reporting verb is the speaker; so after a form of
            // "be" for irregular participles ("the committee was told by X that").
            let passive = w.ends_with("ed") || k > sent_start && tk.is_word(k - 1) && tk.is_lower(k - 1) && lexicon::get().is("copula", tk.lower(k - 1));
            if passive && tk.is_word(k + 1) && tk.lower(k + 1) == "by" && tk.is_word(k + 2) {
                return Some(Frame::According { at: k + 2 });
            }
            // "He accused the minister of writing the budget "Q"": a gerund after a
            // preposition is the object's doing; the reporting verb before it frames
            // the quote (kept only when there is none).
            // "According to an official, the envoy will propose … "Q"", "X said the
            // envoy would announce "Q"": a speech act still to come reports nothing;
            // the source named earlier in the sentence frames the quote.
            let future = future_verb(tk, k, sent_start);
            let gerund_after_prep = tk.is_participle(k) && k > sent_start && tk.is_word(k - 1) && lexicon::get().is("preposition", tk.lower(k - 1));
            if future || gerund_after_prep {
                gerund = gerund.or(Some(Frame::Embedded { verb: k, that }));
                continue;
            }
            return Some(Frame::Embedded { verb: k, that });
        }
    }
    gerund
}

/// Whether the reporting verb at `k` is still to come: a modal right before it
/// ("the envoy would announce"), or a modal, then one more verb before a gerund
/// ("Sumar would keep asking "Q"", "they will be saying").
pub(super) fn future_verb(tk: &Tokens, k: usize, sent_start: usize) -> bool {
    let modal = |j: usize| j >= sent_start && tk.is_word(j) && lexicon::get().is("modal", tk.lower(j));
    k > sent_start && modal(k - 1) || k > sent_start + 1 && tk.lower(k).ends_with("ing") && tk.is_word(k - 1) && tk.is_lower(k - 1) && modal(k - 2)
}

/// "the agency quoted X as saying …" (or `… as saying: "Q"`): X is the speaker, not
/// the agency; "X was quoted (by Reuters) as saying": a passive, whose subject is.
/// `k` is the reporting verb after "as".
pub(super) fn quoted_as(tk: &Tokens, k: usize, sent_start: usize, that: bool) -> Option<Frame> {
    if k < 2 || !tk.is_word(k - 1) || tk.lower(k - 1) != "as" {
        return None;
    }
    // (Ten words for the object, twenty when a comma aside stands in it: "quoted a
    // Cairo-based banker, who asked not to be named, as saying", "quoted an IMF
    // spokesperson in Washington, Laura Méndez, as saying".)
    let reach = if (k.saturating_sub(20).max(sent_start)..k - 1).any(|j| tk.punct(j) == Some(',')) { 20 } else { 10 };
    let q = (k.saturating_sub(reach).max(sent_start)..k - 1).rev().find(|&q| tk.is_word(q) && matches!(lexicon::get().speech_verb(tk.word(q)), Some("quote" | "cite")))?;
    if (q + 1..k - 1).any(|j| tk.quoted[j]) {
        return None;
    }
    if tk.is_word(q + 1) && matches!(tk.lower(q + 1), "as" | "by") {
        return Some(Frame::Embedded { verb: q, that });
    }
    Some(Frame::According { at: q + 1 })
}

/// "According to a White House readout, Biden "underscored …"": after the source's
/// comma, a name of at most four capitalised words right before the quote is the
/// subject whose predicate the quote is; it, not the source, speaks. (Not "According
/// to the police, the suspect was "armed"": the quote must follow the name itself.)
fn quoted_predicate_subject(tk: &Tokens, at: usize, first_in: usize) -> Option<usize> {
    let c = (at..first_in).find(|&k| !tk.is_word(k))?;
    let name = c + 1..first_in;
    let capitals = name.clone().all(|k| tk.is_word(k) && !tk.quoted[k] && tk.is_cap(k) && !lexicon::get().is_stop_capital(tk.word(k)));
    (tk.punct(c) == Some(',') && !name.is_empty() && name.len() <= 4 && capitals).then_some(name.start)
}
