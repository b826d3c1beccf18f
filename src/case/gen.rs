//! Build-time half of `src/case/mod.rs` (included by `build.rs` via `#[path]`): the
//! standard library's own case mappings, read char by char from the toolchain that
//! builds the crate, written as the small tables `case_tables.rs` holds. Nothing here
//! is typed in by hand, so the tables follow the toolchain's Unicode version; the
//! exhaustive tests in `src/case/mod.rs` compare every char against `std` again.

use std::fmt::Write as _;

/// Every `char` but the ASCII ones (whose case the run-time code maps itself).
fn chars() -> impl Iterator<Item = char> {
    (0x80..=0x10FFFF).filter_map(char::from_u32)
}

/// `$OUT_DIR/case_tables.rs`.
pub fn tables() -> String {
    let mut o = String::new();
    mapping(&mut o, "LOWER", |c| c.to_lowercase().collect());
    mapping(&mut o, "UPPER", |c| c.to_uppercase().collect());
    sigma(&mut o);
    o
}

/// One direction: the single-char mappings as runs (`start << 9 | stride2 << 8 |
/// len - 1`, and the run's constant delta), the longer ones listed (all of them in
/// the BMP: asserted).
fn mapping(o: &mut String, name: &str, f: impl Fn(char) -> Vec<char>) {
    let mut single = std::collections::BTreeMap::new();
    let mut multi = Vec::new();
    for c in chars() {
        let m = f(c);
        match m.as_slice() {
            [x] if *x == c => {}
            [x] => {
                single.insert(c as u32, *x as i64 - c as i64);
            }
            _ => multi.push((c, m)),
        }
    }
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new(); // start, stride, len, delta
    let keys: Vec<u32> = single.keys().copied().collect();
    let mut i = 0;
    while i < keys.len() {
        let (start, delta) = (keys[i], single[&keys[i]]);
        let mut best = (1, 1);
        for stride in [1, 2] {
            let mut len = 1;
            // A stride-2 run may only step over chars no single mapping names, so
            // that runs never interleave (a lookup checks one run only).
            while len < 256
                && single.get(&(start + stride * len)) == Some(&delta)
                && (stride == 1 || !single.contains_key(&(start + stride * len - 1)))
            {
                len += 1;
            }
            if len > best.0 {
                best = (len, stride);
            }
        }
        runs.push((start, best.1, best.0, delta));
        i += best.0 as usize;
    }
    let packed: Vec<String> = runs.iter().map(|&(s, st, l, _)| format!("{}", s << 9 | (st - 1) << 8 | (l - 1))).collect();
    let deltas: Vec<String> = runs.iter().map(|r| r.3.to_string()).collect();
    writeln!(o, "static {name}_RUNS: [u32; {}] = [{}];", runs.len(), packed.join(",")).unwrap();
    writeln!(o, "static {name}_DELTAS: [i32; {}] = [{}];", runs.len(), deltas.join(",")).unwrap();
    let rows: Vec<String> = multi
        .iter()
        .map(|(c, m)| {
            assert!(m.len() <= 3 && std::iter::once(c).chain(m).all(|&x| (x as u32) < 0x10000), "{c:?}");
            let mut r = [0u32; 4];
            r[0] = *c as u32;
            for (k, x) in m.iter().enumerate() {
                r[k + 1] = *x as u32;
            }
            format!("[{},{},{},{}]", r[0], r[1], r[2], r[3])
        })
        .collect();
    writeln!(o, "static {name}_MULTI: [[u16; 4]; {}] = [{}];", rows.len(), rows.join(",")).unwrap();
}

/// What `str::to_lowercase`'s final-sigma rule asks of the chars around a capital
/// sigma, read from that rule itself: "AxΣ" ends in a final sigma when x is case
/// ignorable or cased, and "AΣx" starts one when x is case ignorable or not cased.
/// The ignorable chars are written as runs (LEB128 lengths, alternately out and in);
/// the cased ones are `char::is_lowercase` or `char::is_uppercase` or in the short
/// list written here (the titlecase letters).
fn sigma(o: &mut String) {
    let mut ignorable = Vec::new();
    let mut titlecase = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let before = format!("A{c}\u{3a3}").to_lowercase().ends_with('\u{3c2}');
        let after = format!("A\u{3a3}{c}").to_lowercase()[1..].starts_with('\u{3c2}');
        let skip = before && after;
        let cased = before && !after;
        if skip {
            ignorable.push(c as u32);
        } else if cased != (c.is_lowercase() || c.is_uppercase()) {
            assert!(cased, "{c:?} is lowercase or uppercase but not cased");
            titlecase.push(c as u32);
        }
    }
    assert!(titlecase.len() < 64, "{} titlecase letters", titlecase.len());
    for (name, set) in [("CASE_IGNORABLE", &ignorable), ("TITLECASE", &titlecase)] {
        let bytes = runs_leb(set);
        writeln!(o, "static {name}: [u8; {}] = {bytes:?};", bytes.len()).unwrap();
    }
}

/// A sorted set of code points as alternating run lengths (out, in, out, ...),
/// LEB128 each.
fn runs_leb(set: &[u32]) -> Vec<u8> {
    let mut lens = Vec::new();
    let mut at = 0;
    let mut i = 0;
    while i < set.len() {
        let start = set[i];
        let mut end = start + 1;
        while i + 1 < set.len() && set[i + 1] == end {
            i += 1;
            end += 1;
        }
        i += 1;
        lens.push(start - at);
        lens.push(end - start);
        at = end;
    }
    let mut out = Vec::new();
    for mut n in lens {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    out
}
