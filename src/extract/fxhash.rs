//! A small, fast hasher for the extractor's maps (after rustc's FxHash).
//!
//! Why not the standard SipHash: the keys are short words and indices from the
//! article and the built-in data, not attacker-chosen at a scale where hash flooding
//! matters (every map is bounded by the article's own vocabulary), and SipHash was a
//! visible share of the profile. Why not a crate: it is fifteen lines.
//!
//! Every hash map instantiation costs code in the wasm, so the extractor keeps few:
//! static data is compiled into sorted tables (`build.rs`, [`super::table`]), maps
//! keyed by small indices are vectors, and the remaining maps are keyed by `String`
//! (three key/value types in all).

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The 1 to 7 bytes left, zero-padded little-endian: the same word a loop
            // over them builds (so the same hash, and the same map order), from two
            // overlapping loads instead of a shift per byte.
            self.add(super::table::load8(rest));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_hashes_like_a_byte_loop() {
        // The remainder read by overlapping loads must give the word the byte loop gave
        // (maps iterated in hash order would otherwise change their order): every
        // length of 0 to 40 bytes, ASCII and not; a byte changed is a near miss.
        fn slow(bytes: &[u8]) -> u64 {
            let mut h = FxHasher::default();
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                h.add(u64::from_le_bytes(c.try_into().unwrap()));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = 0u64;
                for (i, &b) in rest.iter().enumerate() {
                    w |= (b as u64) << (8 * i);
                }
                h.add(w);
            }
            h.finish()
        }
        let text = "Abdel Fattah al-Burhan, Élysée’s «ΟΔΟΣ» 0123456789".as_bytes();
        for n in 0..=40 {
            let p = &text[..n];
            let mut h = FxHasher::default();
            h.write(p);
            assert_eq!(h.finish(), slow(p), "{n}");
            if n > 0 {
                let mut q = p.to_vec();
                q[n - 1] ^= 1;
                let mut h = FxHasher::default();
                h.write(&q);
                assert_ne!(h.finish(), slow(p), "{n}");
            }
        }
    }
}
