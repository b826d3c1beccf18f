//! The last step: component outputs → the public `Story`.
//!
//! Ids are derived from content, not from order, so that an editor's curated JSON
//! still matches after the article is re-extracted: actors get a slug of their name,
//! quotes `q<paragraph>-<code point offset>`. The tree is made acyclic here whatever
//! the components proposed (a parent link that would close a cycle is dropped).

use super::attribution::Attribution;
use super::cast::Cast;
use super::marks::QuoteSpan;
use super::relations::Found;
use super::Context;
use crate::model::{Actor, Evidence, Quote, QuoteKind, Relation, Story, SCHEMA_VERSION};
use crate::extract::fxhash::FxSet;

pub fn story(
    ctx: &Context,
    spans: &[QuoteSpan],
    kinds: &[QuoteKind],
    speakers: &[Option<Attribution>],
    cast: &Cast,
    relations: Vec<Found>,
) -> Story {
    let ids = actor_ids(cast);
    let parents = acyclic_parents(cast);
    let actors = cast
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| Actor {
            id: ids[i].clone(),
            name: a.name.clone(),
            aliases: a.aliases.clone(),
            kind: a.kind,
            role: a.role.clone(),
            parent: parents[i].map(|p| ids[p].clone()),
            origin: None,
            merged: Vec::new(),
        })
        .collect();

    // Code-point offsets, counted incrementally: spans come in order within a
    // paragraph, so each paragraph's text is walked once (not once per quote).
    let mut cursor: (usize, usize, usize) = (usize::MAX, 0, 0); // (para, byte, code points)
    let quotes = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let para = &ctx.paras[s.para];
            let first_para = s.preceding.first().map_or(s.para, |p| p.0);
            let mut pieces: Vec<&str> = s.preceding.iter().map(|(p, r)| &ctx.paras[*p].text[r.clone()]).collect();
            pieces.push(&para.text[s.content.clone()]);
            let single = s.preceding.is_empty();
            let sentence = para.sentence_at(s.open);
            let sentence = sentence.start..para.sentence_at(s.close.saturating_sub(1)).end.max(sentence.end);
            let mut cp = |b: usize| {
                if cursor.0 != s.para || b < cursor.1 {
                    cursor = (s.para, 0, 0);
                }
                cursor.2 += para.text[cursor.1..b].chars().count();
                cursor.1 = b;
                cursor.2
            };
            let (cp_start, cp_end) = (cp(s.content.start), cp(s.content.end));
            // A quote over paragraphs is named by where it starts: its first piece (it
            // may open mid-paragraph, after other quotes of that paragraph).
            let id_at = s.preceding.first().map_or(cp_start, |(p, r)| ctx.paras[*p].text[..r.start].chars().count());
            Quote {
                id: quote_id(first_para, id_at),
                text: pieces.join("\n"),
                kind: kinds[i],
                speaker: speakers[i].map(|a| ids[a.actor].clone()),
                paragraph: first_para,
                context: para.text[sentence].trim().to_string(),
                start: single.then_some(cp_start),
                end: single.then_some(cp_end),
                evidence: speakers[i].map(|a| a.sieve.to_string()),
                origin: None,
            }
        })
        .collect();

    // The first of each (source, target, kind), in order.
    let key = |r: &Found| (r.source, r.target, r.kind);
    let mut order: Vec<usize> = (0..relations.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| (key(&relations[i]), i));
    let mut first = vec![false; relations.len()];
    for (j, &i) in order.iter().enumerate() {
        first[i] = j == 0 || key(&relations[order[j - 1]]) != key(&relations[i]);
    }
    let relations = relations
        .into_iter()
        .zip(first)
        .filter(|(r, first)| *first && r.source != r.target)
        .map(|(r, _)| r)
        .map(|r| Relation {
            source: ids[r.source].clone(),
            target: ids[r.target].clone(),
            kind: r.kind.to_string(),
            evidence: Some(Evidence { paragraph: r.para, sentence: ctx.paras[r.para].text[r.sentence].trim().to_string() }),
        })
        .collect();

    Story {
        version: Some(SCHEMA_VERSION.to_string()),
        article: ctx.doc.meta.clone(),
        quotes,
        actors,
        relations,
        paragraphs: ctx.doc.blocks.iter().map(|b| b.text.clone()).collect(),
        diagnostics: ctx.diagnostics.borrow().clone(),
        strings: Default::default(),
    }
}

/// Unique, readable ids: "ali-khamenei", "iran", "irgc-2" on a clash. An actor a
/// curated story named keeps its id (reserved first, so no slug takes it).
fn actor_ids(cast: &Cast) -> Vec<String> {
    let mut used: FxSet<String> = cast.actors.iter().filter_map(|a| a.id.clone()).collect();
    cast.actors
        .iter()
        .map(|a| {
            if let Some(id) = &a.id {
                return id.clone();
            }
            let mut base: String = a
                .name
                .chars()
                .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
                .collect::<String>()
                .split('-')
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            if base.is_empty() {
                base = "actor".into();
            }
            let mut id = base.clone();
            let mut n = 2;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}

/// `q<paragraph>-<code point offset>`, written without `format!` (whose machinery
/// was about a thousand instructions per quote, the larger part of this step).
fn quote_id(para: usize, at: usize) -> String {
    let mut id = String::with_capacity(24);
    id.push('q');
    push_decimal(&mut id, para);
    id.push('-');
    push_decimal(&mut id, at);
    id
}

fn push_decimal(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[i..].iter().map(|&d| d as char));
}

/// Parent links with every cycle broken (the link that would close it is dropped).
fn acyclic_parents(cast: &Cast) -> Vec<Option<usize>> {
    let n = cast.actors.len();
    let mut parents: Vec<Option<usize>> = cast.actors.iter().map(|a| a.parent.filter(|&p| p < n)).collect();
    for i in 0..n {
        let mut cur = parents[i];
        let mut steps = 0;
        while let Some(p) = cur {
            if p == i || steps > n {
                parents[i] = None;
                break;
            }
            cur = parents[p];
            steps += 1;
        }
    }
    parents
}

#[cfg(test)]
mod tests {
    #[test]
    fn quote_ids_are_q_paragraph_dash_offset() {
        for (p, a) in [(0, 0), (7, 10), (19, 1234567), (usize::MAX, 99)] {
            assert_eq!(super::quote_id(p, a), format!("q{p}-{a}"));
        }
    }
}
