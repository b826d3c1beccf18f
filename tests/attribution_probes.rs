//! The attribution probe suite (`tests/attribution_probes/*.txt`): short invented
//! passages of news and analysis prose, each with the expected speaker of every quote,
//! read end to end the way `dramatis extract passage.txt` reads them (the plain-text
//! reader, so a lede may be taken for a title, then `extract`). It measures speaker
//! attribution on constructions of news prose at large rather than on the dev articles,
//! and prints a pass table per family and the overall score (`probes: N of M quotes`).
//!
//! Each file is one round's batch of genres (`probes.txt` up to round 16,
//! `probes17.txt` round 17's, `probes19.txt` round 18's second wave, from gold19's misses, `probes21.txt`
//! round 21's, from gold21's and the held-out batch's classes, `probes24.txt` round 24's, constructions
//! of news prose at large the others lacked, each family with a near miss, `probes25.txt` round 25's,
//! from gold22's, `probes27.txt` round 27's, genres the others covered least: labelled
//! transcripts, live blogs, letters, oral history, post-match and court reports, `probes28.txt`
//! round 28's, from gold23's, `probes29.txt` round 29's unnamed sources taken up by a definite
//! description, `probes29c.txt` round 29's unnamed voices of named bodies, `probes30.txt` round 30's broadcast
//! scripts and programme transcripts (sound-bite slugs, presenter links, production notes),
//! `probes31.txt` round 31's "he" after a description subject and a bare description kept
//! for the person it already named, with their near misses, `probes32.txt` round 32's formats newsrooms
//! publish: Q&As with dash or "Q." markers, labelled transcripts, live-blog times, bullet reactions,
//! press-release boilerplate, posts, statements and reports, media as the channel, interpreted speech,
//! `probes33.txt` round 33's prose constructions the others
//! lacked: passive and reported frames, split quotes with long frames, a speaker named at a
//! paragraph's end, possessive descriptions, joint speakers and names of varied shapes), `probes34.txt` round 34's, from
//! gold24's first-contact misses (an organisation's bare spokesperson, a dateline in capitals,
//! a surname's particles before "of" and a company), scored apart and together.
//! `=> (term)` expects a quote that is no one's words (a gloss, a label); `=> (none)`
//! a speech quote left without a speaker (a near miss no rule should guess on).
//! `A & (group)` asks for both: a speaker answering to A, of that kind (so that a
//! state's alias "Zimbabweans" never passes for the people's own group).
//!
//! Known misses are marked `~` in the data; the test fails when an asserted quote (`+`)
//! misses and also when a known miss starts passing (mark it `+` then), so the list of
//! known misses stays honest.

mod common;
use common::{passages, FamilyTable, Passage};
use dramatis::model::Story;

struct Check {
    known_miss: bool,
    start: String,
    speakers: Vec<String>,
    line: usize,
}

fn checks(p: &Passage) -> Vec<Check> {
    p.expects
        .iter()
        .map(|(n, line)| {
            let (start, who) = line[2..].split_once(" => ").unwrap_or_else(|| panic!("line {n}: no ' => ' in {line:?}"));
            Check { known_miss: line.starts_with("~ "), start: start.to_string(), speakers: who.split(" | ").map(|w| w.trim().to_lowercase()).collect(), line: *n }
        })
        .collect()
}

/// The speaker's name and aliases, lowercased, of the quote whose text starts with
/// `start` (curly and straight marks alike), or why there is none. A quote that is
/// a term (no one's words: `=> (term)` in the data) answers `["(term)"]`.
fn speaker_names(s: &Story, start: &str) -> Result<Vec<String>, String> {
    let norm = |t: &str| t.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let want = norm(start);
    let q = s.quotes.iter().find(|q| norm(&q.text).starts_with(&want)).ok_or_else(|| "no such quote".to_string())?;
    if q.kind == dramatis::model::QuoteKind::Term {
        return Ok(vec!["(term)".to_string()]);
    }
    if q.speaker.is_none() {
        return Ok(vec!["(none)".to_string()]);
    }
    let id = q.speaker.as_ref().ok_or_else(|| format!("no speaker ({:?})", q.kind))?;
    let a = s.actors.iter().find(|a| &a.id == id).ok_or("unknown actor")?;
    let kind = format!("({})", a.kind.label());
    Ok(std::iter::once(&a.name).chain(a.aliases.iter()).map(|n| n.to_lowercase()).chain(std::iter::once(kind)).collect())
}

/// The suite's files, in order: name and text.
const FILES: [(&str, &str); 15] = [
    ("probes.txt", include_str!("attribution_probes/probes.txt")),
    ("probes17.txt", include_str!("attribution_probes/probes17.txt")),
    ("probes19.txt", include_str!("attribution_probes/probes19.txt")),
    ("probes21.txt", include_str!("attribution_probes/probes21.txt")),
    ("probes24.txt", include_str!("attribution_probes/probes24.txt")),
    ("probes25.txt", include_str!("attribution_probes/probes25.txt")),
    ("probes27.txt", include_str!("attribution_probes/probes27.txt")),
    ("probes28.txt", include_str!("attribution_probes/probes28.txt")),
    ("probes29.txt", include_str!("attribution_probes/probes29.txt")),
    ("probes29c.txt", include_str!("attribution_probes/probes29c.txt")),
    ("probes30.txt", include_str!("attribution_probes/probes30.txt")),
    ("probes31.txt", include_str!("attribution_probes/probes31.txt")),
    ("probes32.txt", include_str!("attribution_probes/probes32.txt")),
    ("probes33.txt", include_str!("attribution_probes/probes33.txt")),
    ("probes34.txt", include_str!("attribution_probes/probes34.txt")),
];

#[test]
fn the_probe_passages_are_attributed_as_written() {
    let mut table = FamilyTable::default();
    let mut problems = Vec::new();
    let (mut total, mut hits, mut count) = (0, 0, 0);
    for (file, text) in FILES {
        let passages = passages(text, |l| l.starts_with("+ ") || l.starts_with("~ "));
        // (A round's batch is smaller: round 18's gold19 batch probes one class per family.)
        let least = if matches!(file, "probes19.txt" | "probes21.txt" | "probes25.txt" | "probes28.txt" | "probes29.txt" | "probes29c.txt" | "probes30.txt" | "probes31.txt" | "probes32.txt" | "probes33.txt" | "probes34.txt") { 12 } else { 40 };
        assert!(passages.len() >= least, "{file}: {} passages", passages.len());
        count += passages.len();
        let (mut file_total, mut file_hits) = (0, 0);
        for p in &passages {
            let checks = checks(p);
            assert!(!checks.is_empty(), "{file} line {}: a passage without expectations", p.line);
            let s = dramatis::extract::extract(&dramatis::cli::plain::read(&p.paras.join("\n\n")));
            for c in &checks {
                let got = speaker_names(&s, &c.start);
                let ok = got.as_ref().is_ok_and(|names| c.speakers.iter().any(|w| w.split(" & ").all(|w| names.contains(&w.to_string()))));
                table.count(&p.family, ok);
                file_total += 1;
                file_hits += ok as usize;
                match (c.known_miss, ok) {
                    (false, false) => problems.push(format!("{file} line {}: {:?} wants {:?}, got {:?}", c.line, c.start, c.speakers, got)),
                    (true, true) => problems.push(format!("{file} line {}: {:?} passes now, mark it '+'", c.line, c.start)),
                    _ => {}
                }
            }
        }
        println!("{file}: {file_hits} of {file_total} quotes");
        total += file_total;
        hits += file_hits;
    }
    table.print(48, "");
    println!("probes: {hits} of {total} quotes ({:.3}) in {count} passages", hits as f64 / total as f64);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
