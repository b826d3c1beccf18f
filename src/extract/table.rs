//! Compiled lookup tables: sorted keys in one string, found through a hash index.
//!
//! Why this shape: `build.rs` turns the data files into tables at build time (no
//! parsing at start-up). A table of `&str` keys would cost a pointer and a length
//! per key in the wasm data section and compress badly; one string of sorted keys,
//! each ended by a newline, compresses like text. (Round 7: the keys used to come with
//! an array of their end offsets, 13 KB raw and 6 KB of the brotli transfer; the
//! offsets are now found on first use, with the hash index.)
//!
//! Why a hash index on top: lookups are per token and per name chunk, and most
//! probes are words in no list. A binary search cost several string comparisons
//! per probe (the largest single item in the native profile); the index, built on
//! first use, answers a miss from one hash and usually an empty slot, and a hit with
//! one comparison. Why built at run time and not by `build.rs`: its slots are
//! hash-ordered numbers (about 14,000 of them over the eight tables, 57 KB raw) that
//! would compress like noise in the wasm; building all eight costs the first
//! extraction about half a million instructions natively ([`Index::build`]).

/// Sorted keys (byte order), each followed by a newline (no key holds one).
pub struct Table {
    keys: &'static str,
    /// Whether a key holds an ASCII capital (found at compile time by [`Table::new`]):
    /// the keys of a table without one need no lowercasing to be hashed.
    capitals: bool,
    /// The keys' offsets and the hash index over them, computed on first use: see
    /// [`Index`].
    index: std::sync::OnceLock<Index>,
}

/// Strings of a generated list (`build.rs`) in one text: string `i` ends at
/// `ends[i]`. Why not `&[&str]`: a pointer and a length per string cost more of the
/// wasm transfer than the words themselves (they compress like noise).
pub struct Strs {
    pub text: &'static str,
    pub ends: &'static [u16],
}

impl Strs {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// String `i`.
    pub fn get(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub fn iter(&'static self) -> impl Iterator<Item = &'static str> + Clone {
        (0..self.len()).map(move |i| self.get(i))
    }

    /// The index of `s`, memoised by the name's bytes (names of up to 24 bytes: every
    /// section name): this runs per word test of a rule (about 250,000 times per MB of
    /// article), mostly for the same few dozen names.
    ///
    /// Why keyed by content: the memo used to be keyed by the literal's address in 64
    /// slots; with the 90-odd section names of the hot rules it missed about every
    /// other time, and each miss scanned the list (about 200 instructions). A hit here
    /// is a hash and three word comparisons, no `memcmp`.
    pub fn position(&'static self, s: &str) -> Option<usize> {
        thread_local! {
            // Zero-initialised (`len` 0: empty), so it costs the wasm no data bytes.
            // 1024 slots: with 256, the hundred-odd hot names (two lists) collided
            // often enough for 25,000 scans per MB (400 instructions each).
            static SEEN: [std::cell::Cell<NameSlot>; 1024] =
                const { [const { std::cell::Cell::new(NameSlot { a: 0, b: 0, c: 0, len: 0, found: 0, owner: 0 }) }; 1024] };
        }
        let p = s.as_bytes();
        if p.is_empty() || p.len() > 24 {
            return self.scan(s);
        }
        let (a, b, c) = key24(p);
        let owner = self as *const Strs as usize;
        // The list's salt is its shape, not its address: the slot of each name is the
        // same in every build, so which names share a slot (and what their misses
        // cost) does not move with the linker's layout (round 17: one build put two
        // hot names in one slot, +5 M instructions per MB). `owner` still decides a hit.
        let salt = (self.ends.len() as u64) << 32 | self.text.len() as u64;
        let h = (a ^ b.rotate_left(21) ^ c.rotate_left(42) ^ salt ^ p.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let slot = (h >> 54) as usize;
        // Two small closures, not one with the scan inside: each is inlined, so a hit
        // is no call (one closure holding the miss path was an out-of-line `with` call,
        // its captures spilled to the stack: about half of every probe's instructions).
        let e = SEEN.with(|m| m[slot].get());
        if e.len == p.len() as u32 && e.a == a && e.b == b && e.c == c && e.owner == owner {
            return e.found.checked_sub(1).map(|f| f as usize);
        }
        // A miss looks in the slot's pair before scanning, and a scanned name takes the
        // slot and moves its old entry to the pair: two hot names that share a slot
        // (the slots follow the lists' shape, which every new section changes) both
        // stay memoised. Round 20 measured such a pair at 8,800 scans per MB (1,300
        // instructions each). The hit path above is unchanged (round 17: a two-way
        // probe on every call cost more than it saved when nothing collided).
        let pair = slot ^ 1;
        let e2 = SEEN.with(|m| m[pair].get());
        if e2.len == p.len() as u32 && e2.a == a && e2.b == b && e2.c == c && e2.owner == owner {
            return e2.found.checked_sub(1).map(|f| f as usize);
        }
        let found = self.scan(s);
        SEEN.with(|m| {
            if e.len != 0 {
                m[pair].set(e);
            }
            m[slot].set(NameSlot { a, b, c, len: p.len() as u32, found: found.map_or(0, |f| f as u32 + 1), owner })
        });
        found
    }

    fn scan(&self, s: &str) -> Option<usize> {
        let (t, s) = (self.text.as_bytes(), s.as_bytes());
        let mut start = 0;
        for (i, &end) in self.ends.iter().enumerate() {
            let n = &t[start..end as usize];
            if n.len() == s.len() && n.first() == s.first() && n == s {
                return Some(i);
            }
            start = end as usize;
        }
        None
    }
}

/// A memo entry of [`Strs::position`]: the name's bytes as [`key24`] reads them, its length (0:
/// an empty slot), the answer (index + 1, 0 for none) and the list's address.
#[derive(Clone, Copy)]
struct NameSlot {
    a: u64,
    b: u64,
    c: u64,
    len: u32,
    found: u32,
    owner: usize,
}

/// A string of a generated text (`build.rs`) by its byte range, for the fields of
/// compiled records (states, bodies, offices): two `u16` in place of a `&str`
/// (see [`Strs`] for why). An empty span stands for "none" where a field is optional.
#[derive(Clone, Copy)]
pub struct Span(pub u16, pub u16);

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        self.0 as usize..self.1 as usize
    }

    /// This span of `text`.
    pub fn of(self, text: &'static str) -> &'static str {
        &text[self.range()]
    }

    /// This span of `text`, `None` when empty.
    pub fn opt(self, text: &'static str) -> Option<&'static str> {
        (self.0 != self.1).then(|| self.of(text))
    }
}

/// `starts[i]` is where key `i` starts in `keys` (one more: the end of the text);
/// then slots, a power of two at least twice the key count, each 0 (empty) or a key's
/// `1 + index` in its low 16 bits and the high 16 bits of its hash in the high ones,
/// so that a probe compares a key only when those bits match (nearly never for a
/// word in no list). Why one `u32` a slot and not an index array beside a tag array:
/// one allocation and one load a probe instead of two (the tables hold fewer than
/// 65,535 keys each; `build.rs` checks).
pub struct Index {
    starts: Box<[u32]>,
    slots: Box<[u32]>,
}

/// A hash of the ASCII-lowercase form of `b` (keys and probes alike, so that
/// [`Table::find_ascii_lower`] needs no lowercased copy of its probe), from its length
/// and the three words [`key24`] reads (all of a probe of up to 24 bytes; of a longer
/// one its first 16 and last 8 bytes, which only makes a collision likelier, never a
/// wrong answer: a probe compares the whole key), each lowercased in a register
/// ([`lower8`]). Why not a hash of every byte: the index is built on the first
/// extraction from every key of every table (about 5,000 keys), and a loop over each
/// key's bytes was most of that set-up (docs/history/speed-and-size.md, "speed15").
#[inline]
fn hash_lower(b: &[u8]) -> u32 {
    hash_words(b, lower8)
}

/// [`hash_lower`] of `b` with `lower` applied to its words: [`lower8`], or nothing for
/// a key known to hold no ASCII capital (the same hash then).
#[inline(always)]
fn hash_words(b: &[u8], lower: impl Fn(u64) -> u64) -> u32 {
    let (x, y, z) = key24(b);
    let h = (lower(x) ^ lower(y).rotate_left(21) ^ lower(z).rotate_left(42) ^ b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let h = (h ^ (h >> 32)) as u32;
    h ^ (h >> 15)
}

impl Index {
    /// The index of `keys` (each ended by a newline): the keys' starts in one pass
    /// over the bytes, eight at a time ([`newlines`]), then a hash per key, which reads
    /// at most three words of it. Why: this runs on the first extraction for every
    /// table (about 5,000 keys, 56 KB), which a warm extraction does not pay; a
    /// byte-by-byte newline search, then a hash of every byte of every key, cost about
    /// 0.9 M instructions, an eighth of the seed's first extraction (callgrind,
    /// docs/history/speed-and-size.md, "speed15").
    fn build(keys: &'static str, capitals: bool) -> Index {
        let b = keys.as_bytes();
        // About one key per 6 bytes in the generated tables; the slack is given back.
        let mut starts = Vec::with_capacity(b.len() / 6 + 2);
        starts.push(0u32);
        let mut at = 0;
        while at < b.len() {
            let w = if at + 8 <= b.len() { u64::from_le_bytes(b[at..at + 8].try_into().unwrap()) } else { load8(&b[at..]) };
            let mut nl = newlines(w);
            while nl != 0 {
                starts.push((at + nl.trailing_zeros() as usize / 8 + 1) as u32);
                nl &= nl - 1;
            }
            at += 8;
        }
        let n = starts.len() - 1;
        debug_assert!(n < 0xffff, "a table's slot holds a key index in 16 bits");
        let size = (n * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; size].into_boxed_slice();
        for (i, w) in starts.windows(2).enumerate() {
            let key = &b[w[0] as usize..w[1] as usize - 1];
            let h = if capitals { hash_lower(key) } else { hash_words(key, |x| x) };
            let mut s = h as usize & (size - 1);
            while slots[s] != 0 {
                s = (s + 1) & (size - 1);
            }
            slots[s] = (h & 0xffff_0000) | (i as u32 + 1);
        }
        Index { starts: starts.into_boxed_slice(), slots }
    }
}

/// The high bit of each byte of `x` that is a newline, and no other bit (exact per
/// byte: no carry crosses from one byte into the next).
#[inline]
fn newlines(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let y = x ^ 0x0a0a_0a0a_0a0a_0a0a;
    // A byte of `y` is zero iff neither its low seven bits (+0x7f carries into bit 7)
    // nor its high bit is set.
    !(((y & LOW7) + LOW7) | y) & !LOW7
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
    /// `keys`: sorted, each followed by a newline (`build.rs` writes them).
    pub const fn new(keys: &'static str) -> Table {
        let b = keys.as_bytes();
        let (mut i, mut capitals) = (0, false);
        while i < b.len() {
            capitals |= b[i].is_ascii_uppercase();
            i += 1;
        }
        Table { keys, capitals, index: std::sync::OnceLock::new() }
    }

    pub fn len(&self) -> usize {
        self.index().starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Key `i`.
    pub fn key(&self, i: usize) -> &'static str {
        let starts = &self.index().starts;
        &self.keys[starts[i] as usize..starts[i + 1] as usize - 1]
    }

    fn key_bytes(keys: &'static str, starts: &[u32], i: usize) -> &'static [u8] {
        &keys.as_bytes()[starts[i] as usize..starts[i + 1] as usize - 1]
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.keys, self.capitals))
    }

    /// The first key for which `eq` holds among those hashing like `probe` lowercased.
    #[inline]
    fn probe(&self, probe: &[u8], eq: impl Fn(&[u8]) -> bool) -> Option<usize> {
        let Index { starts, slots } = self.index();
        let mask = slots.len() - 1;
        let h = hash_lower(probe);
        let mut s = h as usize & mask;
        loop {
            let e = slots[s];
            let i = (e & 0xffff).checked_sub(1)? as usize;
            if (e ^ h) >> 16 == 0 && eq(Self::key_bytes(self.keys, starts, i)) {
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

/// A memo of table probes by the probe's bytes: a direct-mapped cache of the answers
/// for probes of up to 24 bytes (every word of an article and most name chunks: with
/// 16, the knowledge base's probes of two-word names, "European Union", "Abdel Fattah
/// al-Burhan", missed it, 45,000 full probes per MB), per thread.
///
/// Why: the same words are probed again and again, by every rule of every component
/// (the knowledge base's word sections alone were probed about 180,000 times per MB of
/// article, `Kb::mask`), and a probe's full path (plainness check, "the " prefix,
/// lowercase hash, slot walk, key comparison) was about 200 instructions natively and
/// a chain of calls in the wasm. A hit here is two loads, a multiply and a comparison.
/// The answer is a pure function of (table, bytes), so the memo changes no
/// result; a probe longer than 24 bytes (or empty) is probed directly.
#[derive(Clone, Copy)]
struct MemoSlot {
    /// The probe's bytes as [`key24`] reads them, and its length (0: an empty slot).
    a: u64,
    b: u64,
    c: u64,
    len: u32,
    /// The answer: key index + 1, 0 for none.
    found: u32,
    /// The table's address.
    owner: usize,
}

const MEMO_BITS: u32 = 10;

thread_local! {
    // Zero-initialised (`len` 0: empty), so it costs the wasm no data bytes.
    static MEMO: [std::cell::Cell<MemoSlot>; 1 << MEMO_BITS] =
        const { [const { std::cell::Cell::new(MemoSlot { a: 0, b: 0, c: 0, len: 0, found: 0, owner: 0 }) }; 1 << MEMO_BITS] };
}

/// The 0 to 24 bytes of `p` as three `u64` that tell apart any two probes of the same
/// length (the memos compare the length too): up to 8 bytes zero-padded; else the
/// first 8, the last 8 (overlapping the first when shorter than 16) and bytes 8..16
/// when longer than 16. Why not the bytes zero-padded in order: that took a branch and
/// a partial load per 8-byte piece, a third of a memo hit; this is three plain loads.
#[inline]
fn key24(p: &[u8]) -> (u64, u64, u64) {
    let n = p.len();
    if n <= 8 {
        return (load8(p), 0, 0);
    }
    let word = |at: usize| u64::from_le_bytes(p[at..at + 8].try_into().unwrap());
    (word(0), word(n - 8), if n > 16 { word(8) } else { 0 })
}

/// The 0 to 8 bytes of `p` as a little-endian `u64`, zero-padded. Why not a copy into
/// a zeroed buffer: that is a `memcpy` call per memo probe (the memos run per token,
/// several times); two overlapping loads give the same bytes (an overlapped byte is
/// the same byte in both, so `|` keeps it).
#[inline]
pub(crate) fn load8(p: &[u8]) -> u64 {
    let n = p.len();
    match n {
        0 => 0,
        1..=3 => p[0] as u64 | (p[n / 2] as u64) << (8 * (n / 2)) | (p[n - 1] as u64) << (8 * (n - 1)),
        4..=7 => {
            let lo = u32::from_le_bytes(p[..4].try_into().unwrap()) as u64;
            let hi = u32::from_le_bytes(p[n - 4..].try_into().unwrap()) as u64;
            lo | hi << (8 * (n - 4))
        }
        _ => u64::from_le_bytes(p[..8].try_into().unwrap()),
    }
}

impl Table {
    /// `find(self, probe)`, memoised: `find` must be a pure function of the probe, and
    /// the same function at every call for this table (one lookup per table).
    /// A function pointer, not a generic closure: one copy of this in the wasm.
    pub fn memo(&'static self, probe: &str, find: fn(&Table, &str) -> Option<usize>) -> Option<usize> {
        let p = probe.as_bytes();
        if p.is_empty() || p.len() > 24 {
            return find(self, probe);
        }
        let (a, b, c) = key24(p);
        let owner = self as *const Table as usize;
        // Salted by the table's address (the probes are the article's words, which
        // collide by chance anyway; a salt by the table's size measured 3 M
        // instructions per MB worse on one build, round 17).
        let h = (a ^ b.rotate_left(29) ^ c.rotate_left(47) ^ owner as u64 ^ p.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let i = (h >> (64 - MEMO_BITS)) as usize;
        // A hit is no call: see `Strs::position` for why two closures.
        let s = MEMO.with(|m| m[i].get());
        if s.len == p.len() as u32 && s.a == a && s.b == b && s.c == c && s.owner == owner {
            return s.found.checked_sub(1).map(|f| f as usize);
        }
        let found = find(self, probe);
        MEMO.with(|m| m[i].set(MemoSlot { a, b, c, len: p.len() as u32, found: found.map_or(0, |f| f as u32 + 1), owner }));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        static T: Table = Table::new("a\nBc\nbc\n\ndef\n");
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
    fn index_finds_keys_of_every_length() {
        // Keys of 0 to 40 bytes, so that the newline falls at every place of an 8-byte
        // word, ASCII and not, in byte order; a table with capitals and one without
        // (hashed without lowercasing); the texts leaked to be 'static.
        let mut all: Vec<String> = (0..=40).map(|n| "kxyzab\u{e9}q".chars().cycle().take(n).collect()).collect();
        all.extend(["Ab", "ab", "ab\u{2019}s", "z"].map(String::from));
        all.sort();
        all.dedup();
        let lower: Vec<String> = all.iter().filter(|k| !k.bytes().any(|c| c.is_ascii_uppercase())).cloned().collect();
        for (keys, capitals) in [(all, true), (lower, false)] {
            let text: &'static str = Box::leak(keys.iter().flat_map(|k| [k.as_str(), "\n"]).collect::<String>().into_boxed_str());
            let t: &'static Table = Box::leak(Box::new(Table::new(text)));
            assert_eq!(t.capitals, capitals);
            assert_eq!(t.len(), keys.len());
            for (i, k) in keys.iter().enumerate() {
                assert_eq!(t.key(i), k);
                assert_eq!(t.find(k), Some(i), "{k:?}");
                assert_eq!(t.find_ascii_lower(&k.to_ascii_uppercase()), keys.iter().position(|x| *x == k.to_ascii_lowercase()), "{k:?}");
                // Near misses: one byte more, one character less, a NUL appended.
                for miss in [format!("{k}k"), format!("{k}\n"), k.chars().skip(1).collect(), format!("{k}\u{0}")] {
                    assert_eq!(t.find(&miss), keys.iter().position(|x| *x == miss), "{miss:?}");
                }
            }
            assert_eq!(t.find("AB"), None);
        }
    }

    #[test]
    fn strs_get_and_position() {
        static S: Strs = Strs { text: "abbcabc", ends: &[1, 1, 3, 4, 7] };
        // Strings: "a", "", "bb", "c", "abc".
        assert_eq!(S.iter().collect::<Vec<_>>(), ["a", "", "bb", "c", "abc"]);
        for (i, x) in ["a", "", "bb", "c", "abc"].iter().enumerate() {
            assert_eq!(S.position(x), Some(i));
        }
        assert_eq!(S.position("b"), None);
        assert_eq!(S.position("ab"), None);
    }

    #[test]
    fn memo_answers_like_the_probe_it_memoises() {
        static T: Table = Table::new("ab\nlonger key of words\nx\n");
        static U: Table = Table::new("ab\n");
        // Probes of 17 to 24 bytes that differ only past the 16th byte are told apart.
        let words = ["ab", "AB", "x", "", "longer key of words", "longer key of wordz", "longer key of word", "LONGER KEY OF WORDS", "a rather long probe of more than sixteen bytes", "abc", "ab\u{2019}"];
        // Every probe three times, interleaved, both tables: the second and third
        // answers come from the memo.
        for _ in 0..3 {
            for w in words {
                assert_eq!(T.memo(w, Table::find), T.find(w), "{w:?}");
                assert_eq!(U.memo(w, Table::find_ascii_lower), U.find_ascii_lower(w), "{w:?}");
            }
        }
        // Many distinct probes (slots reused) still answer right.
        for i in 0..5000 {
            let w = format!("w{i}");
            assert_eq!(T.memo(&w, Table::find), None);
            assert_eq!(T.memo("ab", Table::find), Some(0));
        }
    }

    #[test]
    fn key24_tells_apart_probes_of_a_length() {
        // Every pair of distinct probes of the same length (1 to 24 bytes) over a small
        // alphabet placed at each position: different keys.
        let text = b"aB\xc3\xa9Zz09 -@[`{\x80\xffqrstuvwxyzABCDEFGH";
        for n in 1..=24 {
            let mut seen = std::collections::HashMap::new();
            for s in 0..=text.len() - n {
                let p = &text[s..s + n];
                if let Some(q) = seen.insert(key24(p), p) {
                    assert_eq!(q, p, "{n}");
                }
                // The same bytes with one changed at each position.
                for i in 0..n {
                    let mut q = p.to_vec();
                    q[i] ^= 0x20;
                    assert_ne!(key24(&q), key24(p), "{p:?} {i}");
                }
            }
        }
        assert_eq!(key24(b""), (0, 0, 0));
    }

    #[test]
    fn position_memo_answers_like_a_scan_when_slots_collide() {
        // 3,000 names in 1,024 slots: every slot and its pair are shared, so the pair
        // path and the moves between a slot and its pair are all taken.
        let names: Vec<String> = (0..3000).map(|i| format!("section_{}", i * 7919 % 10007)).collect();
        let text: &'static str = Box::leak(names.concat().into_boxed_str());
        let ends: &'static [u16] = Box::leak(names.iter().scan(0u16, |at, n| { *at += n.len() as u16; Some(*at) }).collect::<Vec<_>>().into_boxed_slice());
        let list: &'static Strs = Box::leak(Box::new(Strs { text, ends }));
        for round in 0..3 {
            for (i, n) in names.iter().enumerate().rev().step_by(round + 1) {
                assert_eq!(list.position(n), Some(i), "{n}");
                assert_eq!(list.position(&format!("{n}x")), list.scan(&format!("{n}x")), "{n}x");
            }
        }
    }

    #[test]
    fn position_memo_answers_like_a_scan() {
        static S: Strs = Strs { text: "possessive_institutionsabpossessive_institutionx", ends: &[23, 24, 25, 48] };
        static T: Strs = Strs { text: "ba", ends: &[1, 2] };
        let names = ["possessive_institutions", "a", "b", "possessive_institution", "possessive_institutionx", "x", "", "a name longer than twenty-four bytes"];
        for _ in 0..3 {
            for n in names {
                assert_eq!(S.position(n), S.scan(n), "{n:?}");
                assert_eq!(T.position(n), T.scan(n), "{n:?}");
                // The same name from another address (no literal).
                let owned = n.to_string();
                assert_eq!(S.position(&owned), S.scan(n), "{n:?}");
            }
        }
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
