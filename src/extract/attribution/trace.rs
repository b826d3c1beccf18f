//! Which step of the speaker sieve decided each quote: a debug record for measuring
//! the sieve's policies (issue 3), never part of the story.
//!
//! Why: a quote's `evidence` names its sieve ("pronoun", "carry_over"), not which
//! rule inside it chose the speaker (the sentence subject or the nearest mention,
//! the previous paragraph's last speaker or the person it ends on, a description's
//! head word or its role). Which candidate to prefer and when to abstain are
//! policies, judged by how often each is right across articles;
//! `scripts/attribution_steps.py` counts that over the dev set from the lines
//! `extract_with` prints to stderr when the environment variable
//! `DRAMATIS_ATTR_TRACE` is set (`attr-step<TAB>quote id<TAB>sieve<TAB>step`).
//!
//! How: a site that decides quote `i` calls [`decided`] with its name; a resolver
//! it called (a pronoun's antecedent, a description's actor) leaves a [`note`] of
//! the branch that answered, which `decided` appends (the last note wins, so an
//! outer resolver notes after the inner one it called returns).
//!
//! Invariant: with the variable unset (and always in the wasm, where every call
//! here is a no-op) nothing is recorded; the story is the same with or without it.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::{Cell, RefCell};

    thread_local! {
        pub(super) static ON: Cell<Option<bool>> = const { Cell::new(None) };
        pub(super) static NOTE: RefCell<String> = const { RefCell::new(String::new()) };
        pub(super) static STEPS: RefCell<Vec<(usize, String)>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn on() -> bool {
        ON.with(|c| match c.get() {
            Some(b) => b,
            None => {
                let b = std::env::var_os("DRAMATIS_ATTR_TRACE").is_some();
                c.set(Some(b));
                b
            }
        })
    }
}

/// Whether the record is kept (never in the wasm): a step name that costs a look-up
/// to compute is computed only then.
#[inline(always)]
pub(super) fn on() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return native::on();
    #[cfg(target_arch = "wasm32")]
    false
}

/// Starts the record for one extraction.
#[inline(always)]
pub(super) fn begin() {
    #[cfg(not(target_arch = "wasm32"))]
    if native::on() {
        native::STEPS.with(|s| s.borrow_mut().clear());
        native::NOTE.with(|n| n.borrow_mut().clear());
    }
}

/// Forgets the note a resolver left (a quote's attempt that decided nothing).
#[inline(always)]
pub(super) fn clear() {
    #[cfg(not(target_arch = "wasm32"))]
    if native::on() {
        native::NOTE.with(|n| n.borrow_mut().clear());
    }
}

/// A resolver's branch that answered ("subject", "nearest mention").
#[inline(always)]
pub(super) fn note(what: &'static str) {
    #[cfg(not(target_arch = "wasm32"))]
    if native::on() {
        native::NOTE.with(|n| {
            let mut n = n.borrow_mut();
            n.clear();
            n.push_str(what);
        });
    }
    #[cfg(target_arch = "wasm32")]
    let _ = what;
}

/// `where_` before the note already left ("previous paragraph: " + "subject").
#[inline(always)]
pub(super) fn prefix(where_: &'static str) {
    #[cfg(not(target_arch = "wasm32"))]
    if native::on() && !where_.is_empty() {
        native::NOTE.with(|n| {
            let mut n = n.borrow_mut();
            let rest = std::mem::take(&mut *n);
            n.push_str(where_);
            if !rest.is_empty() {
                n.push_str(": ");
                n.push_str(&rest);
            }
        });
    }
    #[cfg(target_arch = "wasm32")]
    let _ = where_;
}

/// Quote `i` was decided by the step `step` (with the note its resolver left).
#[inline(always)]
pub(super) fn decided(i: usize, step: &'static str) {
    #[cfg(not(target_arch = "wasm32"))]
    if native::on() {
        let note = native::NOTE.with(|n| std::mem::take(&mut *n.borrow_mut()));
        let s = if note.is_empty() { step.to_string() } else { format!("{step} / {note}") };
        native::STEPS.with(|v| v.borrow_mut().push((i, s)));
    }
    #[cfg(target_arch = "wasm32")]
    let _ = (i, step);
}

/// A frame's kind, as a step's name ("" in the wasm).
#[inline(always)]
pub(super) fn frame(f: &super::Frame) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    return match f {
        super::Frame::After { .. } => "\"Q,\" X said",
        super::Frame::Dash { .. } => "\"Q\" - X",
        super::Frame::Before { .. } => "X said: \"Q\"",
        super::Frame::Embedded { .. } => "X said that .. \"Q\"",
        super::Frame::Participial { .. } => "participial",
        super::Frame::According { .. } => "according to X",
        super::Frame::PutIt { .. } => "as X put it",
        super::Frame::Possessive { .. } => "X's \"Q\"",
        super::Frame::Owned { .. } => "X's remarks",
        super::Frame::Colon { .. } => "colon",
    };
    #[cfg(target_arch = "wasm32")]
    {
        let _ = f;
        ""
    }
}

/// Prints each quote's id and the step that decided its speaker to stderr when
/// `DRAMATIS_ATTR_TRACE` is set (native only); a quote with no speaker prints "-".
pub fn emit(story: &crate::model::Story) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        if !native::on() {
            return;
        }
        let steps = native::STEPS.with(|s| std::mem::take(&mut *s.borrow_mut()));
        let mut by_quote: Vec<Option<&str>> = vec![None; story.quotes.len()];
        for (i, s) in &steps {
            if let Some(slot) = by_quote.get_mut(*i) {
                *slot = Some(s.as_str());
            }
        }
        for (q, step) in story.quotes.iter().zip(by_quote) {
            let step = if q.speaker.is_none() { "-" } else { step.unwrap_or("untraced") };
            eprintln!("attr-step\t{}\t{}\t{}", q.id, q.evidence.as_deref().unwrap_or("-"), step);
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = story;
}
