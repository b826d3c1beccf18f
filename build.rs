//! Compiles the extractor's data into sorted static tables: the knowledge base
//! (`data/kb/*.tsv`, `data/cast_words.txt` → `$OUT_DIR/kb_tables.rs`, included by
//! `src/extract/cast/kb.rs`) and the lexicons (`data/speech_verbs.txt`, the word
//! lists → `$OUT_DIR/lexicon_tables.rs`, included by `src/extract/lexicon.rs`), and
//! the standard library's case mappings as runs (`src/case/gen.rs` →
//! `$OUT_DIR/case_tables.rs`, included by `src/case/mod.rs`).
//!
//! Why at build time: parsing the files into hash maps on first use cost about
//! 0.85 ms natively and several in the browser, on the widget's critical path, plus
//! the hash-map code in the wasm. Compiled tables cost nothing at start-up and are
//! searched through a hash index built on first use. The files in `data/` stay the source of truth; this
//! script only reads them, with the rules the run-time parser had (first writer
//! wins for a surface form, a leading "the " is dropped from keys, ...).

use std::collections::HashMap;
use std::fmt::Write as _;

/// The same key function as `kb::key` at run time: one file, compiled twice.
#[path = "src/extract/cast/kb_key.rs"]
mod kb_key;

/// The standard library's case mappings as `src/case`'s tables.
#[path = "src/case/gen.rs"]
mod case_gen;

/// What `kb_key.rs` calls `crate::case` at run time; here, the standard library
/// itself (the crate's tables are tested equal to it for every char).
mod case {
    pub trait StrCase {
        fn lowercase(&self) -> String;
    }
    impl StrCase for str {
        fn lowercase(&self) -> String {
            self.to_lowercase()
        }
    }
}

fn key(s: &str) -> String {
    kb_key::key_slow(s)
}

fn words_in(s: &str) -> usize {
    s.split_whitespace().count()
}

fn rows(data: &str) -> Vec<Vec<&str>> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect()).collect()
}

fn multi<'a>(field: Option<&&'a str>) -> Vec<&'a str> {
    field.copied().unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[derive(Default)]
struct Kb {
    /// (name, iso3, forms)
    states: Vec<(String, String, Vec<String>)>,
    /// (name, kind, parents, forms)
    bodies: Vec<(String, &'static str, Vec<String>, Vec<String>)>,
    /// (title, kind, iso3, institution)
    offices: Vec<(String, &'static str, Option<String>, Option<String>)>,
    /// key → entry expression; first writer wins.
    surface: HashMap<String, String>,
    max_words: usize,
    office_by_title: HashMap<String, usize>,
    office_max_words: usize,
    body_by_name: HashMap<String, usize>,
    section_names: Vec<String>,
    sections: HashMap<String, u32>,
    government_nouns: Vec<(String, String)>,
    places_max_words: usize,
    bare_heads: Vec<(String, Vec<String>)>,
}

impl Kb {
    fn add(&mut self, surface: &str, e: String) {
        let k = key(surface);
        if k.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(words_in(&k));
        // An acronym written only in capitals ("SANA", "US") is flagged 0x4000: it
        // names the entry only when the text writes it in capitals too ("Sana Jamal"
        // is a person). A row listing a mixed-case form as well ("Nato") clears it.
        let n: u16 = e.parse().expect("entry is a number");
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let caps = letters >= 2 && !surface.chars().any(char::is_lowercase);
        let flagged = if caps { n | 0x4000 } else { n };
        let slot = self.surface.entry(k).or_insert(flagged.to_string());
        if !caps && *slot == (n | 0x4000).to_string() {
            *slot = n.to_string();
        }
    }

    fn is(&self, section: &str, word: &str) -> bool {
        let bit = self.section_names.iter().position(|n| n == section).map_or(0, |i| 1u32 << i);
        self.sections.get(&key(word)).is_some_and(|m| m & bit != 0)
    }
}

/// The order of a `Table`'s keys: plain byte order. (Length first made searches a
/// little faster but the wasm 3.7 KB larger after brotli: sorted text shares prefixes.)
fn order(a: &str, b: &str) -> std::cmp::Ordering {
    a.cmp(b)
}

/// A `Table` (src/extract/table.rs): sorted keys in one string, each ended by a newline.
fn table(name: &str, keys: &[&str]) -> String {
    assert!(keys.windows(2).all(|w| order(w[0], w[1]).is_lt()), "{name}: keys must be sorted and unique");
    assert!(!keys.iter().any(|k| k.contains('\n')), "{name}: a key holds a newline");
    let text: String = keys.iter().flat_map(|k| [*k, "\n"]).collect();
    assert!(text.len() < u32::MAX as usize);
    // A slot of the table's hash index holds `1 + key index` in 16 bits.
    assert!(keys.len() < 0xffff, "{name}: a Table holds fewer than 65,535 keys");
    format!("static {name}: Table = Table::new({text:?});\n")
}

/// A `Strs` (src/extract/table.rs): the strings in one text plus end offsets.
fn strs(name: &str, items: &[&str]) -> String {
    let mut ends = Vec::new();
    let mut n = 0;
    for s in items {
        n += s.len();
        ends.push(n);
    }
    assert!(n < 0x10000, "{name}: u16 ends");
    format!("static {name}: Strs = Strs {{ text: {:?}, ends: {} }};\n", items.concat(), list(ends))
}

fn list<T: std::fmt::Display>(xs: impl IntoIterator<Item = T>) -> String {
    format!("&[{}]", xs.into_iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
}

/// Non-empty lines that are not `#` comments, trimmed.
fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn lexicon() -> String {
    let verbs = read("data/speech_verbs.txt");
    let mut speech_verbs: HashMap<&str, &str> = HashMap::new();
    let mut phrases = Vec::new();
    for line in lines(&verbs) {
        if line.contains(' ') && line.starts_with('"') {
            phrases.push(line.trim_matches('"').to_string());
            continue;
        }
        let mut words = line.split_whitespace();
        let lemma = words.next().unwrap_or("");
        // `-rail railed rails railing`: a lemma whose bare form is mostly a noun in
        // news ("the new rail line") names the verb without being one of its forms.
        let (lemma, bare) = match lemma.strip_prefix('-') {
            Some(l) => (l, false),
            None => (lemma, true),
        };
        // Later lines win, as in a map insert.
        if bare {
            speech_verbs.insert(lemma, lemma);
        }
        for w in words {
            speech_verbs.insert(w, lemma);
        }
    }
    let mut section_names: Vec<String> = Vec::new();
    // 128 bits: the frame rules name many small closed classes (65 sections in
    // November 2026; 64 was the limit until two rounds each added one).
    // Two 128-bit words per set: up to 256 sections.
    let mut sections: HashMap<String, [u128; 2]> = HashMap::new();
    for file in ["data/speaker_nouns.txt", "data/grammar_words.txt", "data/given_names.txt"] {
        let data = read(file);
        let mut current = String::new();
        for l in lines(&data) {
            if l.starts_with('[') && l.ends_with(']') {
                current = l[1..l.len() - 1].to_string();
                continue;
            }
            let i = section_names.iter().position(|n| *n == current).unwrap_or_else(|| {
                section_names.push(current.clone());
                section_names.len() - 1
            });
            assert!(i < 256, "more than 256 word-list sections");
            sections.entry(l.to_string()).or_default()[i / 128] |= 1u128 << (i % 128);
        }
    }
    let sorted_words = |name: &str, file: &str| {
        let data = read(file);
        let mut v: Vec<&str> = lines(&data).collect();
        v.sort_unstable_by(|a, b| order(a, b));
        v.dedup();
        table(name, &v)
    };
    let cues = read("data/term_cues.txt");
    let mut o = String::from("// Generated by build.rs from data/*.txt. Do not edit.\n");
    let mut v: Vec<_> = speech_verbs.into_iter().collect();
    v.sort_by(|a, b| order(a.0, b.0));
    let mut lemmas: Vec<&str> = v.iter().map(|&(_, l)| l).collect();
    lemmas.sort_unstable();
    lemmas.dedup();
    o.push_str(&table("SPEECH_VERBS", &v.iter().map(|&(w, _)| w).collect::<Vec<_>>()));
    writeln!(o, "static SPEECH_LEMMA: &[u16] = {};", list(v.iter().map(|(_, l)| lemmas.binary_search(l).unwrap()))).unwrap();
    o.push_str(&strs("SPEECH_LEMMAS", &lemmas));
    o.push_str(&strs("SPEECH_PHRASES", &phrases.iter().map(String::as_str).collect::<Vec<_>>()));
    o.push_str(&sorted_words("ABBREVIATIONS", "data/abbreviations.txt"));
    o.push_str(&sorted_words("STOP_CAPITALS", "data/stop_capitals.txt"));
    let cue_rows: Vec<String> = lines(&cues).map(|l| format!("&[{}]", l.split_whitespace().map(|w| format!("{w:?}")).collect::<Vec<_>>().join(", "))).collect();
    writeln!(o, "static TERM_CUES: &[&[&str]] = &[{}];", cue_rows.join(", ")).unwrap();
    o.push_str(&strs("SECTION_NAMES", &section_names.iter().map(String::as_str).collect::<Vec<_>>()));
    let mut v: Vec<_> = sections.into_iter().collect();
    v.sort_by(|a, b| order(&a.0, &b.0));
    o.push_str(&table("SECTIONS", &v.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>()));
    // Few words share a set of sections: each word keeps a byte naming its set
    // (a 16-byte mask per word was 21 KB raw for 1,344 words).
    let mut masks: Vec<[u128; 2]> = v.iter().map(|(_, m)| *m).collect();
    masks.sort_unstable();
    masks.dedup();
    // A byte per word while there are at most 256 sets, two bytes beyond (the word
    // lists reached 256 sets in round 22: every new combination of sections is a set).
    assert!(masks.len() <= 65536, "more than 65536 distinct word-list section sets");
    let index = if masks.len() <= 256 { "u8" } else { "u16" };
    writeln!(o, "type SectionSetIndex = {index};").unwrap();
    writeln!(o, "static SECTION_SETS: &[u128] = {};", list(masks.iter().flatten())).unwrap();
    writeln!(o, "static SECTION_SET_OF: &[{index}] = {};", list(v.iter().map(|(_, m)| masks.binary_search(m).unwrap()))).unwrap();
    o
}

/// `data/<name>` without its comment and blank lines, into `$OUT_DIR/<file name>`, for
/// the files the extractor parses at run time (`include_str!`): the comments are for
/// people and would otherwise be bytes of wasm that every reader downloads.
fn strip_comments(out_dir: &str, name: &str) {
    let text: String = read(&format!("data/{name}"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect();
    let file = std::path::Path::new(name).file_name().unwrap();
    std::fs::write(std::path::Path::new(out_dir).join(file), text).unwrap();
}

/// The pattern families of `data/relations.txt` headers (`[kind:family]`), in the
/// order of `FAMILIES` in `src/extract/relations/cues.rs`; an unknown one is `forward`.
const CUE_FAMILIES: [&str; 18] = [
    "forward", "owner", "between", "allies", "addressed", "subject", "pair", "agent", "mutual", "possessed",
    "reported", "naming", "passive", "reciprocal", "object", "owned", "retort", "sides",
];
/// The word-list sections (`[-:name]`), in the order of `List` in `cues.rs`.
const CUE_LISTS: [&str; 34] = [
    "skip", "critical", "pejorative", "both_sides", "locative", "leading_conjunction", "pronoun_start",
    "person_subject", "negator", "relative", "relative_gap", "list_joiner", "clause_verb", "appositive_opener",
    "pair_joiner", "article", "talks", "hypothetical", "amicable", "act_noun", "person_object", "ouster",
    "owned_act", "onto", "claim_noun", "rebuttal_determiner", "peer_noun",
    "stance_adjective", "join_verb", "singular_verb", "undergone", "receipt",
    "intent_noun", "combining_form",
];

/// `data/relations.txt` as `$OUT_DIR/relations_tables.rs`, read by
/// `src/extract/relations/cues.rs`: the cues already in lookup order (by first word,
/// then longest first, ties in file order) and the word lists already sorted.
///
/// Why: the run-time parse (headers, a sort of a thousand cues, a sort per list) ran
/// once per page, always in the browser's first, unoptimised tier, and was the
/// largest one-time item of the first extraction in Chromium's profile. What is left
/// at run time is one pass over bytes. Text, not a static array of `&str`s: pointers
/// cost more of the transfer than the words.
fn relations() -> String {
    let text = read("data/relations.txt");
    // (first word, words, kind index, family index), in file order.
    let mut cues: Vec<(Vec<&str>, usize, usize)> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    let mut lists: Vec<Vec<&str>> = vec![Vec::new(); CUE_LISTS.len()];
    let (mut list, mut kind, mut family) = (None, 0, 0);
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if let Some(h) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            let (k, f) = h.split_once(':').unwrap_or((h, "forward"));
            list = CUE_LISTS.iter().position(|&n| n == f);
            kind = kinds.iter().position(|&x| x == k).unwrap_or_else(|| {
                kinds.push(k);
                kinds.len() - 1
            });
            family = CUE_FAMILIES.iter().position(|&n| n == f).unwrap_or(0);
            continue;
        }
        match list {
            Some(i) => lists[i].push(l),
            None => cues.push((l.split_whitespace().collect(), kind, family)),
        }
    }
    // Stable: ties keep file order, as the run-time sort did.
    cues.sort_by(|a, b| a.0[0].cmp(b.0[0]).then(b.0.len().cmp(&a.0.len())));
    assert!(kinds.len() < 64 && CUE_FAMILIES.len() < 64, "one byte each in CUE_TEXT");
    // One line per cue: a byte for the kind and one for the family (`0` + index),
    // then the words, one space apart.
    let mut cue_text = String::new();
    let mut n_words = 0;
    for (words, k, f) in &cues {
        cue_text.push((b'0' + *k as u8) as char);
        cue_text.push((b'0' + *f as u8) as char);
        cue_text.push_str(&words.join(" "));
        cue_text.push('\n');
        n_words += words.len();
    }
    let mut list_text = String::new();
    let mut list_lens = Vec::new();
    for l in &mut lists {
        l.sort_unstable();
        list_lens.push(l.len());
        for e in l.iter() {
            list_text.push_str(e);
            list_text.push('\n');
        }
    }
    let mut out = String::new();
    writeln!(out, "static CUE_TEXT: &str = {cue_text:?};").unwrap();
    writeln!(out, "const CUE_COUNT: usize = {};", cues.len()).unwrap();
    writeln!(out, "const CUE_WORDS: usize = {n_words};").unwrap();
    writeln!(out, "const CUE_FAMILY_COUNT: usize = {};", CUE_FAMILIES.len()).unwrap();
    writeln!(out, "static CUE_KINDS: [&str; {}] = {kinds:?};", kinds.len()).unwrap();
    writeln!(out, "static LIST_TEXT: &str = {list_text:?};").unwrap();
    writeln!(out, "static LIST_LENS: [u16; {}] = {list_lens:?};", list_lens.len()).unwrap();
    out
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/extract/cast/kb_key.rs");
    println!("cargo:rerun-if-changed=src/case/gen.rs");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(std::path::Path::new(&out_dir).join("case_tables.rs"), case_gen::tables()).unwrap();
    std::fs::write(std::path::Path::new(&out_dir).join("relations_tables.rs"), relations()).unwrap();
    strip_comments(&out_dir, "kb/memberships.tsv");
    std::fs::write(std::path::Path::new(&out_dir).join("lexicon_tables.rs"), lexicon()).unwrap();
    let states = read("data/kb/states.tsv");
    let bodies = read("data/kb/bodies.tsv");
    let institutions = read("data/kb/institutions.tsv");
    let words = read("data/cast_words.txt");
    let offices = read("data/kb/offices.tsv");
    let mut kb = Kb { max_words: 1, office_max_words: 1, places_max_words: 1, ..Default::default() };

    for r in rows(&states) {
        if r.len() < 5 || r[0] == "name" {
            continue;
        }
        let i = kb.states.len();
        let forms: Vec<String> = std::iter::once(r[0]).chain(multi(r.get(1))).chain(multi(r.get(2))).chain(multi(r.get(3))).map(String::from).collect();
        kb.states.push((r[0].to_string(), r[4].to_string(), forms));
        let demonyms = multi(r.get(2));
        kb.add(r[0], format!("{}", i << 2));
        for a in multi(r.get(1)) {
            kb.add(a, format!("{}", i << 2));
        }
        for d in &demonyms {
            let plural = d.ends_with('s') && demonyms.iter().any(|o| o.len() + 1 == d.len() && d.starts_with(o));
            kb.add(d, format!("{}", i << 2 | if plural { 2 } else { 1 }));
        }
        for c in multi(r.get(3)) {
            kb.add(c, format!("{}", i << 2 | 3));
        }
    }
    for data in [&bodies, &institutions] {
        for r in rows(data) {
            if r.len() < 3 || r[0] == "name" || kb.body_by_name.contains_key(&key(r[0])) {
                continue;
            }
            let kind = match r[2] {
                "group" => "Group",
                "media" => "Media",
                "state" => "State",
                "person" => "Person",
                _ => "Organization",
            };
            let i = kb.bodies.len();
            let forms = std::iter::once(r[0]).chain(multi(r.get(1))).map(String::from).collect();
            kb.bodies.push((r[0].to_string(), kind, multi(r.get(3)).into_iter().map(String::from).collect(), forms));
            kb.body_by_name.insert(key(r[0]), i);
            kb.add(r[0], format!("{}", 0x8000 | i));
            for a in multi(r.get(1)) {
                kb.add(a, format!("{}", 0x8000 | i));
            }
        }
    }
    let mut section = String::new();
    let mut office_states: Vec<(String, (String, Option<String>))> = Vec::new();
    for line in words.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if let Some(name) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        let mut cols = l.split('\t');
        let word = cols.next().unwrap_or("").trim();
        if section == "bare_heads" {
            if let Some(ends) = cols.clone().next() {
                let w = word.to_lowercase();
                kb.bare_heads.retain(|(k, _)| *k != w);
                kb.bare_heads.push((w, ends.split('|').map(|e| e.trim().to_string()).collect()));
            }
        }
        if section == "administration_nouns" {
            if let Some(iso) = cols.clone().next() {
                let w = word.to_lowercase();
                kb.government_nouns.retain(|(k, _)| *k != w);
                kb.government_nouns.push((w, iso.trim().to_string()));
            }
        }
        if section == "office_states" {
            let mut c = line.split('\t').map(str::trim);
            if let (Some(t), Some(iso)) = (c.next(), c.next()) {
                office_states.push((key(t), (iso.to_string(), c.next().filter(|s| !s.is_empty()).map(String::from))));
            }
        }
        if section == "places" {
            kb.places_max_words = kb.places_max_words.max(words_in(word));
        }
        let i = kb.section_names.iter().position(|n| *n == section).unwrap_or_else(|| {
            kb.section_names.push(section.clone());
            kb.section_names.len() - 1
        });
        assert!(i < 32, "more than 32 sections in data/cast_words.txt");
        *kb.sections.entry(key(word)).or_default() |= 1 << i;
    }
    for r in rows(&offices) {
        if r.len() < 2 || r[0] == "title" {
            continue;
        }
        let title = r[0];
        let kind = match r[1] {
            _ if kb.is("government_heads", title) => "Government",
            _ if kb.is("honorifics", title) => "Rank",
            "head_of_state" | "head" => "Head",
            "head_of_government" | "government" => "Government",
            "minister" => "Minister",
            "military" | "religious" | "rank" => "Rank",
            _ => "Official",
        };
        let k = key(title);
        // The last row for a title wins.
        let (iso3, institution) = match office_states.iter().rev().find(|(t, _)| *t == k) {
            Some((_, (iso, inst))) => (Some(iso.clone()), inst.clone()),
            None => (None, None),
        };
        // The seat column: head words of the institution the holder sits in
        // ("speaker" → "Parliament|Assembly|House|..."), when no one-state institution
        // is known for the title.
        let institution = institution.or_else(|| r.get(3).filter(|s| !s.is_empty()).map(|s| s.to_string()));
        let i = kb.offices.len();
        kb.offices.push((title.to_string(), kind, iso3, institution));
        for form in std::iter::once(title).chain(multi(r.get(2))) {
            // Short abbreviations ("PM", "FM", "AG") would catch acronyms of names; those
            // that are person nouns in [member_nouns] ("MEP", "MP") name no body.
            if form.len() <= 3 && form.chars().all(|c| c.is_ascii_uppercase()) && !kb.is("member_nouns", form) {
                continue;
            }
            kb.office_max_words = kb.office_max_words.max(words_in(form));
            kb.office_by_title.entry(key(form)).or_insert(i);
        }
    }

    let mut o = String::from("// Generated by build.rs from data/kb/*.tsv and data/cast_words.txt. Do not edit.\n");
    // The records as lengths, not spans: their strings follow one another in one text,
    // KB_TEXT (parents '|'-joined), and their forms in one array, KB_FORMS, of the
    // indices of their keys in SURFACE (the text of a form is stored once, as the key);
    // kb.rs turns the lengths back into spans on first use. A byte per field instead of
    // two `u16` offsets: the offsets grow record by record and compress like noise.
    let mut text = String::new();
    let mut forms_all: Vec<usize> = Vec::new();
    let mut surface_keys: Vec<&String> = kb.surface.keys().collect();
    surface_keys.sort_by(|a, b| order(a, b));
    let mut form_keys = |v: &[String]| {
        let start = forms_all.len();
        forms_all.extend(v.iter().map(|f| surface_keys.binary_search_by(|k| order(k, &key(f))).expect("every form is a surface key")));
        forms_all.len() - start
    };
    let field = |text: &mut String, s: &str| {
        assert!(s.len() < 0x100, "{s}: a KB field of 256 bytes or more");
        text.push_str(s);
        s.len()
    };
    let lens = |name: &str, v: Vec<usize>| format!("static {name}: &[u8] = {};\n", list(v));
    let (mut state_lens, mut body_forms_at) = (Vec::new(), 0);
    for (name, iso3, forms) in &kb.states {
        assert_eq!(iso3.len(), 3, "{name}: ISO3 code");
        state_lens.push(field(&mut text, name));
        field(&mut text, iso3);
        let n = form_keys(forms);
        assert!(n < 0x100, "{name}: 256 forms or more");
        state_lens.push(n);
        body_forms_at += n;
    }
    let body_text_at = text.len();
    let (mut body_lens, mut body_kinds) = (Vec::new(), Vec::new());
    for (name, kind, parents, forms) in &kb.bodies {
        body_lens.push(field(&mut text, name));
        body_lens.push(field(&mut text, &parents.join("|")));
        let n = form_keys(forms);
        assert!(n < 0x100, "{name}: 256 forms or more");
        body_lens.push(n);
        body_kinds.push(format!("ActorKind::{kind}"));
    }
    let office_text_at = text.len();
    let (mut office_lens, mut office_kinds) = (Vec::new(), Vec::new());
    for (title, kind, iso3, inst) in &kb.offices {
        for v in [iso3, inst] {
            assert!(v.as_deref() != Some(""), "{title}: empty field");
        }
        office_lens.push(field(&mut text, title));
        office_lens.push(field(&mut text, iso3.as_deref().unwrap_or("")));
        office_lens.push(field(&mut text, inst.as_deref().unwrap_or("")));
        office_kinds.push(format!("OfficeKind::{kind}"));
    }
    assert!(text.len() < 0x10000, "KB_TEXT: u16 spans");
    o.push_str(&lens("STATE_LENS", state_lens));
    o.push_str(&lens("BODY_LENS", body_lens));
    o.push_str(&lens("OFFICE_LENS", office_lens));
    writeln!(o, "static BODY_KINDS: &[ActorKind] = &[{}];", body_kinds.join(", ")).unwrap();
    writeln!(o, "static OFFICE_KINDS: &[OfficeKind] = &[{}];", office_kinds.join(", ")).unwrap();
    writeln!(o, "const BODY_TEXT_AT: usize = {body_text_at};").unwrap();
    writeln!(o, "const BODY_FORMS_AT: usize = {body_forms_at};").unwrap();
    writeln!(o, "const OFFICE_TEXT_AT: usize = {office_text_at};").unwrap();
    assert!(forms_all.len() < 0x10000 && surface_keys.len() < 0x10000, "KB_FORMS: u16");
    writeln!(o, "static KB_TEXT: &str = {:?};", text).unwrap();
    writeln!(o, "static KB_FORMS: &[u16] = {};", list(&forms_all)).unwrap();
    let mut emit = |name: &str, vals: &str, ty: &str, m: Vec<(String, String)>| {
        let mut v = m;
        v.sort_by(|a, b| order(&a.0, &b.0));
        o.push_str(&table(name, &v.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>()));
        writeln!(o, "static {vals}: &[{ty}] = {};", list(v.iter().map(|(_, x)| x))).unwrap();
    };
    emit("SURFACE", "SURFACE_ENTRIES", "u16", kb.surface.into_iter().collect());
    emit("OFFICE_BY_TITLE", "OFFICE_INDEX", "u16", kb.office_by_title.iter().map(|(k, v)| (k.clone(), v.to_string())).collect());
    emit("BODY_BY_NAME", "BODY_INDEX", "u16", kb.body_by_name.iter().map(|(k, v)| (k.clone(), v.to_string())).collect());
    emit("SECTIONS", "SECTION_MASKS", "u32", kb.sections.iter().map(|(k, v)| (k.clone(), v.to_string())).collect());
    o.push_str(&strs("SECTION_NAMES", &kb.section_names.iter().map(String::as_str).collect::<Vec<_>>()));
    // Key, value pairs, one after the other; the ends of a bare head '|'-joined.
    let pairs: Vec<&str> = kb.government_nouns.iter().flat_map(|(w, iso)| [w.as_str(), iso]).collect();
    o.push_str(&strs("GOVERNMENT_NOUNS", &pairs));
    let joined: Vec<String> = kb.bare_heads.iter().map(|(_, ends)| ends.join("|")).collect();
    let pairs: Vec<&str> = kb.bare_heads.iter().zip(&joined).flat_map(|((w, _), ends)| [w.as_str(), ends]).collect();
    o.push_str(&strs("BARE_HEADS", &pairs));
    writeln!(o, "const MAX_WORDS: usize = {};", kb.max_words).unwrap();
    writeln!(o, "const OFFICE_MAX_WORDS: usize = {};", kb.office_max_words).unwrap();
    writeln!(o, "const PLACES_MAX_WORDS: usize = {};", kb.places_max_words).unwrap();
    assert!(kb.bodies.len() < 0x8000 && kb.states.len() < 0x2000 && kb.offices.len() < 0x10000);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("kb_tables.rs");
    std::fs::write(out, o).unwrap();
}
