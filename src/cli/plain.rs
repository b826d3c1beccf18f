//! Plain text → `Document`.
//!
//! Paragraphs are separated by blank lines. The first short line without a final
//! full stop is the title (kept as a heading block: quoted words in titles are
//! terms, and readers expect them listed), unless it reads as prose: a lede ending
//! in a quoted sentence or a colon is the article's first paragraph, its quotes
//! speech (`is_prose`). A byline ("By X", or a lone markdown
//! link) and a date line go to the metadata, not to the blocks. Lines in capitals
//! are headings. A paragraph that stops mid-sentence and is followed by one that
//! starts in lowercase is joined to it (a common copy-paste artefact). Markdown
//! links `[text](url)` and emphasis `*x*` are reduced to their text; a markdown
//! heading (`## X`) is a heading, and a paragraph whose every line opens with `>`
//! is a block quote without its markers (as `<blockquote>` is in HTML), so a quote
//! set as one opens its paragraph and the carry-over sieve reads it.

use crate::document::{looks_like_heading, Block, BlockKind, Document};

pub fn read(source: &str) -> Document {
    let mut doc = Document::default();
    let mut blocks: Vec<Block> = Vec::new();
    for (i, (raw, quoted)) in split_blocks(source).into_iter().enumerate() {
        let (raw, heading) = match markdown_heading(&raw) {
            Some(h) => (h.to_string(), true),
            None => (raw, false),
        };
        let text = strip_markdown(&raw);
        if text.is_empty() {
            continue;
        }
        if quoted || (heading && i > 0) {
            blocks.push(Block { kind: if quoted { BlockKind::BlockQuote } else { BlockKind::Heading }, text });
            continue;
        }
        if i < 6 && doc.meta.title.is_none() && blocks.is_empty() && is_title(&text) {
            doc.meta.title = Some(text.clone());
            blocks.push(Block { kind: BlockKind::Heading, text });
            continue;
        }
        if blocks.len() <= 2 && doc.meta.byline.is_none() && is_byline(&raw) {
            doc.meta.byline = Some(text.trim_start_matches("By ").trim_start_matches("by ").trim().to_string());
            continue;
        }
        if blocks.len() <= 2 && doc.meta.published.is_none() && is_date(&text) {
            doc.meta.published = Some(text);
            continue;
        }
        if let Some(last) = blocks.last_mut() {
            let first = text.chars().next().unwrap_or(' ');
            let ends_open = !last.text.trim_end().ends_with(|c: char| ".!?:;\"”’)".contains(c));
            if last.kind == BlockKind::Paragraph && ends_open && first.is_lowercase() {
                last.text.push(' ');
                last.text.push_str(&text);
                continue;
            }
        }
        let kind = if looks_like_heading(&text) { BlockKind::Heading } else { BlockKind::Paragraph };
        blocks.push(Block { kind, text });
    }
    doc.blocks = blocks;
    doc
}

/// Blank-line-separated paragraphs, inner line breaks folded to spaces.
pub fn split_paragraphs(source: &str) -> Vec<String> {
    split_blocks(source).into_iter().map(|(p, _)| p).collect()
}

/// The paragraphs, and whether every line of each opened with a markdown block-quote
/// marker `>` (removed, with one space after it).
fn split_blocks(source: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = true;
    for line in source.lines() {
        let l = line.trim();
        if l.is_empty() {
            if !cur.is_empty() {
                out.push((std::mem::take(&mut cur), quoted));
            }
            quoted = true;
        } else {
            let q = l.strip_prefix('>').map(str::trim_start);
            quoted &= q.is_some();
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(q.unwrap_or(l));
        }
    }
    if !cur.is_empty() {
        out.push((cur, quoted));
    }
    out
}

/// `## Text` (one to six `#`, then a space): the heading's text.
fn markdown_heading(p: &str) -> Option<&str> {
    let hashes = p.len() - p.trim_start_matches('#').len();
    ((1..=6).contains(&hashes) && p[hashes..].starts_with(' ')).then(|| p[hashes..].trim())
}

fn is_title(t: &str) -> bool {
    t.chars().count() <= 160 && !t.ends_with('.') && t.split_whitespace().count() >= 2 && !is_prose(t)
}

/// A first line that is prose, not a headline, though it has no final full stop: it
/// ends in a quoted sentence (the full stop inside the marks: `… he said. "We
/// cannot borrow forever."`, or in brackets: `… said the measures were "temporary.")`),
/// in a colon that announces a quotation (`… had a
/// message for the owners:`), or holds a sentence break (`… on Sunday. "We …`: a
/// lowercase word, a full stop, a capital or an opening mark; or any word but an
/// abbreviation in capitals, a full stop and an opening mark). A headline may end
/// in a quoted phrase (`… says life after the IMF 'will not be a spending spree'`),
/// never in a quoted sentence, and has no full stop but in abbreviations ("U.S.",
/// "NO. 212").
fn is_prose(t: &str) -> bool {
    let t = t.trim_end();
    if t.ends_with(':') {
        return true;
    }
    // (A sentence set in brackets ends so too: `… its tone. (A spokesman said ….)`.)
    let unquoted = t.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', '\u{00BB}', ')']);
    if unquoted.len() < t.len() && unquoted.ends_with(['.', '!', '?']) {
        return true;
    }
    // `"We will rebuild every house." — Prime Minister X`: a quoted sentence, its stop
    // inside the marks after a lowercase word, with more of the line after it.
    let closes = ['"', '\u{201D}', '\u{2019}', '\u{00BB}'];
    let quoted_sentence = t.char_indices().any(|(k, c)| {
        let (before, after) = (&t[..k], &t[k + c.len_utf8()..]);
        closes.contains(&c) && after.starts_with(' ') && !after.trim().is_empty() && before.ends_with(['.', '!', '?']) && {
            let word = before[..before.len() - 1].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            word.chars().count() >= 3 && word.chars().all(char::is_lowercase)
        }
    });
    if quoted_sentence {
        return true;
    }
    t.split(". ").collect::<Vec<_>>().windows(2).any(|w| {
        let word = w[0].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let next = w[1].chars().next().unwrap_or(' ');
        let opens_quote = "\"\u{201C}\u{2018}'".contains(next);
        let long = word.chars().count() >= 3;
        // "… the tax increases. The …", "… on Sunday. \"We …"; never "Gen. Smith" nor
        // "NO. 212" (an abbreviation before a name or a number).
        (long && word.chars().all(|c| c.is_lowercase()) && (next.is_uppercase() || opens_quote))
            || (long && opens_quote && word.chars().any(|c| c.is_lowercase()))
    })
}

fn is_byline(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= 80 && (t.starts_with("By ") || t.starts_with("by ") || (t.starts_with('[') && t.ends_with(')')))
}

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn is_date(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= 40 && t.chars().any(|c| c.is_ascii_digit()) && (MONTHS.iter().any(|m| t.contains(m)) || t.chars().all(|c| c.is_ascii_digit() || "-/. ".contains(c)))
}

/// `[text](url)` → `text`, `*x*`/`_x_` emphasis markers removed when they wrap a word.
pub fn strip_markdown(s: &str) -> String {
    // Nearly every paragraph has no link and no asterisk: copy it as it is (the char
    // by char walk below was about 5 % of a CLI run, for nothing).
    if !s.contains(['[', '*']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(j) = after.find("](") {
            if let Some(k) = after[j + 2..].find(')') {
                if !after[..j].contains('[') {
                    out.push_str(&after[..j]);
                    rest = &after[j + 2 + k + 1..];
                    continue;
                }
            }
        }
        out.push('[');
        rest = after;
    }
    out.push_str(rest);
    if !out.contains('*') {
        return out;
    }
    // Emphasis: *word* → word (only when the asterisks hug non-space text).
    let mut res = String::with_capacity(out.len());
    let chars: Vec<char> = out.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let opens = before.is_none_or(|b| !b.is_alphanumeric()) && after.is_some_and(|a| !a.is_whitespace());
            let closes = before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(|a| !a.is_alphanumeric());
            if opens || closes {
                continue;
            }
        }
        res.push(c);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_headings_and_block_quotes_are_read_as_such() {
        let d = read("# The Bridge Reopens\n\nThe queue is long.\n\n## What the drivers say\n\n> \"We waited four days.\n> Four days!\"\n\nA #hashtag trends. 3 > 2 is true.\n> quoted\n");
        assert_eq!(d.meta.title.as_deref(), Some("The Bridge Reopens"));
        let kinds: Vec<_> = d.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert!(kinds.contains(&(BlockKind::Heading, "What the drivers say")), "{kinds:?}");
        assert!(kinds.contains(&(BlockKind::BlockQuote, "\"We waited four days. Four days!\"")), "{kinds:?}");
        // Near misses: a paragraph with one `>` line is no block quote; `#hashtag`
        // opens no heading.
        assert!(kinds.iter().any(|(k, t)| *k == BlockKind::Paragraph && t.starts_with("A #hashtag trends. 3 > 2 is true.")), "{kinds:?}");
    }

    #[test]
    fn reads_title_byline_date_headings_and_joins_split_paragraphs() {
        let d = read("A Title Here\n\n[Jane Doe](#)\n\nOctober 4, 2019\n\nFirst para.\n\nSECTION ONE\n\nIt was during his October 2\n\nspeech, that *Politico* saw [a link](#).\n");
        assert_eq!(d.meta.title.as_deref(), Some("A Title Here"));
        assert_eq!(d.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(d.meta.published.as_deref(), Some("October 4, 2019"));
        let texts: Vec<_> = d.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (BlockKind::Heading, "A Title Here"),
                (BlockKind::Paragraph, "First para."),
                (BlockKind::Heading, "SECTION ONE"),
                (BlockKind::Paragraph, "It was during his October 2 speech, that Politico saw a link."),
            ]
        );
    }

    #[test]
    fn a_lede_ending_in_a_quoted_sentence_or_a_colon_is_no_title() {
        for lede in [
            "Kenyan President Joseph Mwangi defended the tax increases on Sunday. \"We cannot borrow forever,\" he said",
            "The prime minister rejected calls for an early election, telling parliament: \u{201C}This government will serve its full term.\u{201D}",
            "Miners began a strike at the largest copper mine, and their union leader had a message for the owners:",
            "The ministry later softened its tone. (A spokesman said the measures were \"temporary and targeted.\")",
            "\"We will rebuild every house that the water took.\" \u{2014} Prime Minister Sione Tapu, speaking on Monday",
        ] {
            assert_eq!(read(&format!("{lede}\n\nThe vote is on Thursday.\n")).meta.title, None, "{lede}");
        }
        // Near misses: headlines ending in a quoted phrase, or with abbreviations.
        for title in ["Interview: Ghana's minister says life after the IMF 'will not be a spending spree'", "\u{2018}We were left to drown\u{2019}: flood survivors accuse officials", "Why \"Stop.\" Signs Failed in Lagos", "U.S. envoy says talks are \"on track\"", "ISSUE BRIEF | NO. 212 | NOVEMBER 2026", "Lt. Gen. Smith named army chief", "Minister resigns over leaked memo (updated)"] {
            assert_eq!(read(&format!("{title}\n\nThe vote is on Thursday.\n")).meta.title.as_deref(), Some(title));
        }
    }
}
