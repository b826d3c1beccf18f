//! Case mapping for the whole crate: `s.lowercase()`, `c.lowercase()`,
//! `c.uppercase()` give exactly what `str::to_lowercase`, `char::to_lowercase` and
//! `char::to_uppercase` give, for every input.
//!
//! Why: the standard library's case tables are two arrays of `(char, char)` pairs
//! (24 KB of wasm, 7.8 KB of the brotli transfer). The same mappings are nearly all
//! runs (a range of letters shifted by one constant, or every other letter), so
//! `build.rs` reads them from the standard library char by char (`gen.rs`) and writes
//! them as about 190 runs per direction, plus the few mappings to several chars and
//! what the final-sigma rule of `str::to_lowercase` asks of a sigma's neighbours.
//! The tests below check every char, and every char next to a sigma, against `std`.
//!
//! Nothing in the crate's wasm may call the standard library's case mapping (one call
//! brings its tables back): the `no_std_case_mapping` test fails on any call to it
//! outside tests, the CLI and `build.rs`.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// `str::to_lowercase`, from this module's tables.
pub trait StrCase {
    fn lowercase(&self) -> String;
}

/// `char::to_lowercase` and `char::to_uppercase`, from this module's tables.
pub trait CharCase {
    fn lowercase(self) -> Mapped;
    fn uppercase(self) -> Mapped;
}

impl StrCase for str {
    fn lowercase(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c == '\u{3a3}' {
                // Σ is ς at the end of a word: a cased letter before it and none after
                // it, case-ignorable chars skipped (Unicode's Final_Sigma).
                let end = cased_next(self[..i].chars().rev()) && !cased_next(self[i + 2..].chars());
                out.push(if end { '\u{3c2}' } else { '\u{3c3}' });
            } else if cfg!(not(target_arch = "wasm32")) && c.is_ascii() {
                // Most chars of a non-ASCII string: pushed as they are, not through the
                // case-table iterator (native only: in the wasm this branch cost 32 B
                // of brotli, over the size ceiling, for 0.4 % of an extraction).
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.lowercase());
            }
        }
        out
    }
}

impl CharCase for char {
    fn lowercase(self) -> Mapped {
        if self.is_ascii() {
            return Mapped::one(self.to_ascii_lowercase());
        }
        map(self, &LOWER_RUNS, &LOWER_DELTAS, &LOWER_MULTI)
    }

    fn uppercase(self) -> Mapped {
        if self.is_ascii() {
            return Mapped::one(self.to_ascii_uppercase());
        }
        map(self, &UPPER_RUNS, &UPPER_DELTAS, &UPPER_MULTI)
    }
}

/// The one to three chars a char maps to (like `std::char::ToLowercase`).
#[derive(Clone, Debug)]
pub struct Mapped {
    chars: [char; 3],
    at: u8,
    len: u8,
}

impl Mapped {
    fn one(c: char) -> Self {
        Mapped { chars: [c, '\0', '\0'], at: 0, len: 1 }
    }
}

impl Iterator for Mapped {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.at >= self.len {
            return None;
        }
        let c = self.chars.get(usize::from(self.at)).copied();
        self.at += 1;
        c
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len - self.at);
        (n, Some(n))
    }
}

fn map(c: char, runs: &[u32], deltas: &[i32], multi: &[[u16; 4]]) -> Mapped {
    let u = c as u32;
    let i = runs.partition_point(|&r| r >> 9 <= u);
    if let Some(&r) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let (off, stride) = (u - (r >> 9), 1 + (r >> 8 & 1));
        if off % stride == 0 && off / stride <= (r & 0xff) {
            let to = u.wrapping_add_signed(deltas.get(i - 1).copied().unwrap_or(0));
            return Mapped::one(char::from_u32(to).unwrap_or(c));
        }
    }
    match multi.binary_search_by_key(&u, |m| u32::from(m[0])) {
        Ok(k) => {
            let m = multi.get(k).copied().unwrap_or_default();
            let ch = |x: u16| char::from_u32(u32::from(x)).unwrap_or('\0');
            Mapped { chars: [ch(m[1]), ch(m[2]), ch(m[3])], at: 0, len: if m[3] != 0 { 3 } else { 2 } }
        }
        Err(_) => Mapped::one(c),
    }
}

/// The first char not case-ignorable is cased.
fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !in_runs(&CASE_IGNORABLE, c)).is_some_and(|c| c.is_lowercase() || c.is_uppercase() || in_runs(&TITLECASE, c))
}

/// Whether `c` lies in a set written as alternating run lengths (out, in, ...).
fn in_runs(table: &[u8], c: char) -> bool {
    let (u, mut at, mut inside) = (c as u32, 0u32, false);
    let mut bytes = table.iter();
    loop {
        let mut n = 0u32;
        let mut shift = 0;
        loop {
            let Some(&b) = bytes.next() else { return false };
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        at += n;
        if u < at {
            return inside;
        }
        inside = !inside;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn every_char_maps_as_std_does() {
        for c in all() {
            assert!(c.lowercase().eq(c.to_lowercase()), "lower {c:?}");
            assert!(c.uppercase().eq(c.to_uppercase()), "upper {c:?}");
            assert_eq!(c.lowercase().size_hint().0, c.to_lowercase().count(), "{c:?}");
        }
    }

    #[test]
    fn every_char_next_to_a_sigma_lowercases_as_std_does() {
        let mut s = String::new();
        for c in all() {
            for f in [|c| format!("A{c}\u{3a3}"), |c| format!("A\u{3a3}{c}"), |c| format!("{c}\u{3a3}"), |c| format!("\u{3a3}{c}"), |c| format!("{c}")] {
                s.clear();
                s.push_str(&f(c));
                assert_eq!(s.lowercase(), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn words_with_sigmas_and_marks_lowercase_as_std_does() {
        // Near misses of the final-sigma rule: marks, apostrophes and dots between the
        // sigma and its neighbours, titlecase letters, sigmas alone and doubled.
        for s in [
            "ΟΔΥΣΣΕΥΣ", "Σ", "ΣΣ", "ΑΣ'", "Α'Σ", "ΑΣ.Β", "ΑΣ\u{301}", "Α\u{301}Σ", "ǅΣ", "ΣǅΑ", "ΑΣ Β", "ΑΣ-Β", "Σ.", "'Σ'",
            "İSTANBUL", "Straße", "ﬁnal", "ΆΣΤΡΟ ΚΑΙ ΑΣΤΈΡΙΑΣ", "ὈΔΥΣΣΕΎΣ", "ᾼΣ", "A\u{200d}Σ", "AΣ\u{ad}", "Ἀ̓Σ",
        ] {
            assert_eq!(s.lowercase(), s.to_lowercase(), "{s:?}");
        }
    }

    /// The crate's wasm must not link the standard library's case tables: no call
    /// to its case mapping outside tests, the CLI and the build script.
    #[test]
    fn no_std_case_mapping() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut bad = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                if p.is_dir() {
                    if !matches!(rel.as_str(), "cli" | "bin" | "case") {
                        dirs.push(p);
                    }
                    continue;
                }
                if rel.ends_with("tests.rs") || rel == "synth.rs" {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                // The code before the file's inline test module, if any.
                let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
                for (n, line) in code.lines().enumerate() {
                    let line = line.split("//").next().unwrap_or("");
                    if line.contains("to_lowercase") || line.contains("to_uppercase") {
                        bad.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(bad.is_empty(), "use crate::case::{{StrCase, CharCase}} (.lowercase(), .uppercase()) instead of the standard library's case mapping:\n{}", bad.join("\n"));
    }
}
