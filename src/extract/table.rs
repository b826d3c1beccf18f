//! Compiled lookup tables: sorted keys in one string, found through a hash index.
//!
//! Why this shape: `build.rs` turns the data files into tables at build time (no
//! parsing at start-up). A table of `&str` keys would cost a pointer and a length
//! per key in the wasm data section and compress badly; one string of sorted keys
//! plus their end offsets is about a third of that and compresses like text.
//!
//! Why a hash index on top: lookups are per token and per name chunk, and most
//! probes are words in no list. A binary search cost several string comparisons
//! per probe (the largest single item in the native profile); the index, built on
//! first use (a few microseconds, no data in the binary), answers a miss from one
//! hash and usually an empty slot, and a hit with one comparison.

/// Sorted keys (byte order), concatenated; `ends[i]` is the end of key `i` in `keys`. (32-bit
/// offsets: 16-bit ones were smaller raw but larger after brotli.)
pub struct Table {
    pub keys: &'static str,
    pub ends: &'static [u32],
    /// Open addressing over the keys, computed on first use: see [`Index`].
    pub index: std::sync::OnceLock<Index>,
}

/// Slots of `1 + key index` (0 = empty), a power of two at least twice the key count,
/// and beside each the high bits of its key's hash, so that a probe compares a key
/// only when those bits match (nearly never for a word in no list).
pub struct Index {
    slots: Box<[u32]>,
    tags: Box<[u16]>,
}

/// FxHash-style hash of the ASCII-lowercase form of `b` (keys and probes alike, so
/// that [`Table::find_ascii_lower`] needs no lowercased copy of its probe). Eight bytes
/// per step, lowercased in a register ([`lower8`]): byte by byte, this hash was about
/// a third of every table probe (the probes run per token and per name chunk).
#[inline]
fn hash_lower(b: &[u8]) -> u32 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ lower8(u64::from_le_bytes(c.try_into().unwrap()))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = 0u64;
        for (i, &c) in rest.iter().enumerate() {
            w |= (c as u64) << (8 * i);
        }
        h = (h.rotate_left(5) ^ lower8(w)).wrapping_mul(K);
    }
    let h = (h ^ (h >> 32)) as u32;
    h ^ (h >> 15)
}

/// `u8::to_ascii_lowercase` on each byte of `x` at once: a byte in `A..=Z` gains
/// 0x20, every other byte (non-ASCII included) is unchanged.
#[inline]
fn lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = x & LOW7;
    // High bit set in a byte when b >= b'A', resp. b > b'Z' (no carry crosses a byte:
    // b <= 0x7f and the addends are below 0x80).
    let ge_a = b + 0x3f3f_3f3f_3f3f_3f3f;
    let gt_z = b + 0x2525_2525_2525_2525;
    let upper = (ge_a & !gt_z) & !x & HIGH;
    x | (upper >> 2)
}

impl Table {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Key `i`.
    pub fn key(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys[start..self.ends[i] as usize]
    }

    fn key_bytes(&self, i: usize) -> &'static [u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys.as_bytes()[start..self.ends[i] as usize]
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let size = (self.len() * 2).next_power_of_two().max(2);
            let mut slots = vec![0u32; size].into_boxed_slice();
            let mut tags = vec![0u16; size].into_boxed_slice();
            for i in 0..self.len() {
                let h = hash_lower(self.key_bytes(i));
                let mut s = h as usize & (size - 1);
                while slots[s] != 0 {
                    s = (s + 1) & (size - 1);
                }
                slots[s] = i as u32 + 1;
                tags[s] = (h >> 16) as u16;
            }
            Index { slots, tags }
        })
    }

    /// The first key for which `eq` holds among those hashing like `probe` lowercased.
    #[inline]
    fn probe(&self, probe: &[u8], eq: impl Fn(&[u8]) -> bool) -> Option<usize> {
        let Index { slots, tags } = self.index();
        let mask = slots.len() - 1;
        let h = hash_lower(probe);
        let tag = (h >> 16) as u16;
        let mut s = h as usize & mask;
        loop {
            let i = slots[s].checked_sub(1)? as usize;
            if tags[s] == tag && eq(self.key_bytes(i)) {
                return Some(i);
            }
            s = (s + 1) & mask;
        }
    }

    /// The index of `k`, if it is a key.
    pub fn find(&self, k: &str) -> Option<usize> {
        self.probe(k.as_bytes(), |key| key == k.as_bytes())
    }

    /// The index of `k` ASCII-lowercased, if it is a key: `find(&k.to_ascii_lowercase())`
    /// without the copy.
    pub fn find_ascii_lower(&self, k: &str) -> Option<usize> {
        let k = k.as_bytes();
        self.probe(k, |key| key.len() == k.len() && key.iter().zip(k).all(|(&a, &b)| a == b.to_ascii_lowercase()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        static T: Table = Table { keys: "aBcbcdef", ends: &[1, 3, 5, 5, 8], index: std::sync::OnceLock::new() };
        // Keys: "a", "Bc", "bc", "", "def".
        assert_eq!(T.find("a"), Some(0));
        assert_eq!(T.find("Bc"), Some(1));
        assert_eq!(T.find("bc"), Some(2));
        assert_eq!(T.find(""), Some(3));
        assert_eq!(T.find("def"), Some(4));
        assert_eq!(T.find("DEF"), None);
        assert_eq!(T.find("de"), None);
        assert_eq!(T.find_ascii_lower("DeF"), Some(4));
        assert_eq!(T.find_ascii_lower("BC"), Some(2));
        assert_eq!(T.find_ascii_lower("x"), None);
    }

    #[test]
    fn lower8_is_to_ascii_lowercase_per_byte() {
        for hi in 0..=255u8 {
            for lo in 0..=255u8 {
                let x = u64::from_le_bytes([lo, hi, b'@', b'[', b'Z', b'A', 0x80 | b'A', 0xff]);
                let want = u64::from_le_bytes(x.to_le_bytes().map(|c| c.to_ascii_lowercase()));
                assert_eq!(lower8(x), want, "{lo:#x} {hi:#x}");
            }
        }
    }
}
