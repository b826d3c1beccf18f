//! Compiled lookup tables: sorted keys in one string, searched by binary search.
//!
//! Why this shape: `build.rs` turns the data files into tables at build time (no
//! parsing at start-up). A table of `&str` keys would cost a pointer and a length
//! per key in the wasm data section and compress badly; one string of sorted keys
//! plus their end offsets is about a third of that and compresses like text.

/// Sorted keys (byte order), concatenated; `ends[i]` is the end of key `i` in `keys`. (32-bit
/// offsets: 16-bit ones were smaller raw but larger after brotli.)
pub struct Table {
    pub keys: &'static str,
    pub ends: &'static [u32],
    /// `buckets[c]`: the first key whose first byte is `c` or more (empty keys come
    /// first), computed on first use (microseconds): a search only looks at the keys
    /// sharing the probe's first byte, and most probes find an empty bucket.
    pub buckets: std::sync::OnceLock<[u32; 257]>,
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

    fn buckets(&self) -> &[u32; 257] {
        self.buckets.get_or_init(|| {
            let mut b = [0u32; 257];
            let mut i = 0;
            for (c, slot) in b.iter_mut().enumerate() {
                while i < self.len() && self.key(i).as_bytes().first().map_or(true, |&x| (x as usize) < c) {
                    i += 1;
                }
                *slot = i as u32;
            }
            b
        })
    }

    /// The index of `k`, if it is a key.
    pub fn find(&self, k: &str) -> Option<usize> {
        let (mut lo, mut hi) = match k.as_bytes().first() {
            Some(&c) => {
                let b = self.buckets();
                (b[c as usize] as usize, b[c as usize + 1] as usize)
            }
            None => (0, self.len()),
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(k) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}
