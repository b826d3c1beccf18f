//! Sieve 5: collective speakers. Crowds, protesters, editorials: a group or outlet
//! with no actor of its own gets one, named by its noun phrase (under the state the
//! phrase names), so that every speaker is an actor id.

use super::*;

/// Sieve 5: collective speakers.
pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], subjects: &[Option<Subj>], out: &mut [Option<Attribution>]) {
    let n = spans.len();
    let speech = |i: usize| super::is_speech(kinds, i);
    for i in 0..n {
        if !speech(i) || out[i].is_some() {
            continue;
        }
        if let Some(Subj::Described { range, head, .. }) = subjects[i].clone() {
            if let Some(a) = described_actor(&f, cast, spans[i].para, range, &head, true, true) {
                out[i] = Some(Attribution { actor: a, sieve: "collective" });
                trace::decided(i, "collective description");
            }
        }
    }
}
