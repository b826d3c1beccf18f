//! `dramatis render` (static HTML of the widget's own components, for readers without
//! JavaScript): the seed's expected output, what the static variant leaves out, and the
//! hostile corpus in every story field coming out as text, never as markup.
//!
//! Refresh `tests/fixtures/seed.render.html` after an intended change with
//! `UPDATE_EXPECT=1 cargo test --test render`, then review the diff.

use dramatis::cli::render::{render, Options};
use dramatis::model::{parse_story, QuoteKind, Story};
use dramatis::ui::state::View;
use scraper::{Html, Node, Selector};
use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn seed() -> Story {
    parse_story(&std::fs::read_to_string(fixture("seed.story.json")).unwrap()).unwrap()
}

fn opts(view: View) -> Options {
    Options { view, ..Options::default() }
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(el: scraper::ElementRef) -> String {
    el.text().collect::<String>()
}

#[test]
fn seed_render_matches_its_fixture() {
    let got = render(seed(), &Options::default());
    let path = fixture("seed.render.html");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == got, "{} is stale: run UPDATE_EXPECT=1 cargo test --test render and review the diff", path.display());
}

/// The browser test's pages (tests/e2e/pages/static*.html) hold the seed's render
/// pasted between two markers; it must be the current one.
#[test]
fn e2e_pages_hold_the_current_render() {
    const BEGIN: &str = "<!-- dramatis render tests/fixtures/seed.story.json: begin -->\n";
    const END: &str = "<!-- dramatis render: end -->";
    let got = render(seed(), &Options::default());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    for name in ["static.html", "static-div.html"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages").join(name);
        let page = std::fs::read_to_string(&path).unwrap();
        let start = page.find(BEGIN).expect("begin marker") + BEGIN.len();
        let end = start + page[start..].find(END).expect("end marker");
        if update {
            std::fs::write(&path, format!("{}{got}{}", &page[..start], &page[end..])).unwrap();
        } else {
            assert!(page[start..end] == got, "{} is stale: run UPDATE_EXPECT=1 cargo test --test render", path.display());
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    for view in [View::Cards, View::Tree, View::Both] {
        assert_eq!(render(seed(), &opts(view)), render(seed(), &opts(view)));
    }
}

#[test]
fn every_quote_has_its_speaker_role_and_paragraph_and_the_tree_is_nested_lists() {
    let story = seed();
    let html = Html::parse_fragment(&render(story.clone(), &Options::default()));
    let cards: Vec<_> = html.select(&sel("figure.card")).collect();
    let speech: Vec<_> = story.quotes.iter().filter(|q| q.kind == QuoteKind::Speech).collect();
    assert_eq!(cards.len(), speech.len());
    for (card, q) in cards.iter().zip(&speech) {
        assert_eq!(card.value().attr("data-quote-id"), Some(q.id.as_str()));
        let speaker = story.actors.iter().find(|a| Some(a.id.as_str()) == q.speaker.as_deref());
        let name = card.select(&sel(".speaker-name")).next().map(text).unwrap();
        let roles: Vec<String> = card.select(&sel(".speaker-role")).map(text).collect();
        match speaker {
            Some(a) => {
                assert_eq!(name, a.name);
                if let Some(r) = a.role.as_deref().filter(|r| !r.is_empty()) {
                    assert_eq!(roles[0], r);
                }
            }
            None => assert_eq!(name, "Unattributed"),
        }
        assert_eq!(roles.last().unwrap(), &format!("paragraph {}", q.paragraph + 1));
        assert!(!text(card.select(&sel("blockquote")).next().unwrap()).trim().is_empty());
    }
    // Every actor once, as nested lists (no tree pattern without scripts).
    let items: Vec<_> = html.select(&sel("ul.tree li")).collect();
    assert_eq!(items.len(), story.actors.len());
    assert!(html.select(&sel("ul.tree > li > ul.group > li")).next().is_some(), "children are nested lists");
    let names: Vec<String> = html.select(&sel("ul.tree .node-name")).map(text).collect();
    for a in &story.actors {
        assert!(names.contains(&a.name), "{} missing from the tree", a.name);
    }
}

#[test]
fn nothing_needs_scripts_in_any_view() {
    for view in [View::Cards, View::Tree, View::Both] {
        let out = render(seed(), &opts(view));
        let html = Html::parse_fragment(&out);
        for dead in ["button", "input", "form", "[tabindex]", "[role=tree]", "[role=treeitem]", "[aria-expanded]", "[hidden]", "script"] {
            assert!(html.select(&sel(dead)).next().is_none(), "{view:?}: static render has {dead}");
        }
        assert_eq!(html.select(&sel("figure.card")).next().is_some(), view != View::Tree, "{view:?}");
        assert_eq!(html.select(&sel("ul.tree")).next().is_some(), view != View::Cards, "{view:?}");
        // Context sentences are disclosed by <details>, which works without scripts.
        if view != View::Tree {
            assert!(html.select(&sel("details.context-static > summary")).next().is_some());
        }
        let root = html.select(&sel("div.dramatis-static")).next().unwrap();
        assert!(root.value().attr("data-dramatis-static").is_some());
        assert_eq!(html.select(&sel("div.dramatis-static > style")).count(), 1);
    }
}

#[test]
fn french_and_story_strings_apply() {
    let mut story = seed();
    story.strings.insert("QuotesHeading".into(), "Citations choisies".into());
    let out = render(story, &Options { lang: "fr".into(), ..Options::default() });
    assert!(out.contains("lang=\"fr\""));
    assert!(out.contains("Citations choisies"));
    assert!(out.contains("Qui est qui"), "French texts");
}

#[test]
fn the_static_render_is_never_read_as_article_text() {
    use dramatis::cli::read_document;
    use dramatis::extract::extract;
    let stat = render(seed(), &Options::default());
    let article = format!("<article><h1>T</h1><p>\u{201C}We will talk,\u{201D} the minister said.</p>{stat}</article>");
    let story = extract(&read_document(&article));
    assert_eq!(story.quotes.len(), 1, "{:?}", story.quotes.iter().map(|q| &q.text).collect::<Vec<_>>());
    for wrapper in ["<dramatis-widget>", "<div data-dramatis>"] {
        let close = if wrapper.starts_with("<div") { "</div>" } else { "</dramatis-widget>" };
        let page = format!("<article><p>\u{201C}We will talk,\u{201D} the minister said.</p>{wrapper}{stat}{close}</article>");
        assert_eq!(extract(&read_document(&page)).quotes.len(), 1, "{wrapper}");
    }
}

fn corpus() -> Vec<String> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/inputs.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    v["inputs"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

/// A story with `s` in every string field, ids included (two actors, parent and child,
/// a speech quote, a term, a relation).
fn hostile_story(s: &str) -> Story {
    let j = serde_json::to_string(s).unwrap();
    let k = serde_json::to_string(&format!("{s}2")).unwrap();
    let json = format!(
        r#"{{"version":"1","article":{{"title":{j},"byline":{j},"published":{j},"url":{j}}},
           "actors":[{{"id":{j},"name":{j},"aliases":[{j}],"role":{j},"kind":"person"}},
                     {{"id":{k},"name":{j},"role":{j},"kind":"organization","parent":{j}}}],
           "quotes":[{{"id":{j},"text":{j},"context":{j},"speaker":{j},"kind":"speech","evidence":{j}}},
                     {{"id":{k},"text":{j},"context":{j},"kind":"term"}}],
           "relations":[{{"source":{j},"target":{k},"kind":{j},"evidence":{{"paragraph":0,"sentence":{j}}}}}],
           "paragraphs":[{j}],"strings":{{"Context":{j},"QuotesHeading":{j}}}}}"#
    );
    parse_story(&json).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
}

/// The element names in document order, with their attribute names: the markup's shape.
fn shape(html: &Html) -> Vec<String> {
    html.tree
        .nodes()
        .filter_map(|n| match n.value() {
            Node::Element(e) => {
                let mut attrs: Vec<&str> = e.attrs().map(|(k, _)| k).collect();
                attrs.sort();
                Some(format!("{}[{}]", e.name(), attrs.join(",")))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn hostile_strings_in_every_field_come_out_as_text() {
    let benign = "Plain words";
    for view in [View::Both, View::Cards, View::Tree] {
        let expected = shape(&Html::parse_fragment(&render(hostile_story(benign), &opts(view))));
        for input in corpus() {
            if input.trim().is_empty() {
                continue;
            }
            let out = render(hostile_story(&input), &opts(view));
            let lower = out.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "{input:?}: <script in the output");
            let html = Html::parse_fragment(&out);
            // Same elements and attributes as for plain words: nothing was parsed as markup.
            assert_eq!(shape(&html), expected, "{view:?}, {input:?}: the markup changed shape");
            for node in html.tree.nodes() {
                let Node::Element(e) = node.value() else { continue };
                for (name, value) in e.attrs() {
                    assert!(!name.starts_with("on"), "{input:?}: event handler attribute {name}");
                    assert!(!matches!(name, "href" | "src" | "action" | "formaction" | "style" | "srcdoc"), "{input:?}: {name}=");
                    let v: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
                    if !name.starts_with("data-") && !name.starts_with("aria-") && name != "id" && name != "class" {
                        assert!(!v.contains("javascript:"), "{input:?}: {name}={value:?}");
                    }
                }
            }
            // And the words are there, as text (the quote, the speaker's name).
            let name = html.select(&sel(".speaker-name, .node-name")).next().map(text).unwrap();
            // (An HTML parser drops U+0000 from text, as browsers do.)
            assert_eq!(name.trim(), input.replace('\0', "").trim(), "{view:?}: the name is not the input, as text");
        }
    }
}

#[test]
fn a_long_story_renders_every_card_without_a_show_more_button() {
    // The widget renders cards in batches behind "Show more"; without scripts there is
    // no button to press, so the static render must list them all.
    let mut story = seed();
    let template = story.quotes.iter().find(|q| q.kind == QuoteKind::Speech).unwrap().clone();
    for k in 0..80 {
        let mut q = template.clone();
        q.id = format!("long-{k}");
        q.text = format!("Quote number {k}");
        story.quotes.push(q);
    }
    let speech = story.quotes.iter().filter(|q| q.kind == QuoteKind::Speech).count();
    let html = Html::parse_fragment(&render(story, &opts(View::Cards)));
    assert_eq!(html.select(&sel("figure.card")).count(), speech);
    assert_eq!(html.select(&sel("button, .btn-more")).count(), 0);
}
