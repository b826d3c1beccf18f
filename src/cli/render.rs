//! `dramatis render`: a story as static HTML, for readers without JavaScript (or a CMS
//! that strips scripts). The publisher pastes it inside `<dramatis-widget>` (or
//! `<div data-dramatis>`); when the widget starts, its shadow root replaces it.
//!
//! The markup is the widget's own components ([`crate::ui::App`]) server-rendered by
//! Yew with [`Env::is_static`] set, never a second template: the components leave out
//! what needs scripts and Yew escapes every text and attribute value. Nothing from the
//! story is ever written as HTML here. The only markup this file writes itself is the
//! wrapper and a `<style>` made from the widget's stylesheet with every selector scoped
//! to that wrapper, so it cannot restyle the host page.

use crate::model::Story;
use crate::ui::state::{State, Theme, View};
use crate::ui::strings::Strings;
use crate::ui::style;
use crate::ui::{App, AppProps, Env};
use std::rc::Rc;

/// The wrapper's class; every rule of the static stylesheet starts with it.
pub const SCOPE: &str = ".dramatis-static";

/// What to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    /// BCP 47 tag of the UI texts (`en`, `fr`); the story's `strings` override them.
    pub lang: String,
    pub theme: Theme,
}

impl Default for Options {
    fn default() -> Self {
        Options { view: View::Both, lang: "en".into(), theme: Theme::Auto }
    }
}

/// The static HTML fragment of `story`: deterministic, ends with a newline.
pub fn render(story: Story, opts: &Options) -> String {
    let mut strings = Strings::for_lang(&opts.lang);
    // As the widget does once mounted: the story may word or translate the UI.
    for (key, text) in &story.strings {
        strings.set(key, text);
    }
    let mut state = State::new(story, opts.view, opts.theme, None, false);
    state.strings = Rc::new(strings);
    let props = AppProps { initial: Rc::new(state), env: Rc::new(Env { static_html: true, ..Env::default() }) };
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("a current-thread runtime");
    let markup = tokio::task::LocalSet::new()
        .block_on(&rt, yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
    let css = stylesheet();
    let mut out = String::with_capacity(markup.len() + css.len() + 160);
    out.push_str("<div class=\"dramatis-static\" data-dramatis-static=\"\"");
    if opts.theme != Theme::Auto {
        out.push_str(" data-theme=\"");
        out.push_str(opts.theme.as_str());
        out.push('"');
    }
    out.push_str(">\n<style>");
    out.push_str(&css);
    out.push_str("</style>\n");
    out.push_str(&markup);
    out.push_str("\n</div>\n");
    out
}

/// The widget's stylesheet plus the static variant's few rules, scoped to [`SCOPE`].
pub fn stylesheet() -> String {
    let css = scope_css(&[style::CSS, style::STATIC_CSS].concat(), SCOPE);
    // Our own constant, but a `</style` would end the element early: never let it in.
    assert!(!css.to_ascii_lowercase().contains("</style"), "the stylesheet closes its <style> element");
    css
}

/// Rewrites every selector of `css` to apply only inside `scope`: `:host` becomes the
/// scope element itself (`:host([theme=dark])` → `scope[data-theme=dark]`, the
/// attribute a `<div data-dramatis>` uses), anything else becomes a descendant of it.
/// Understands what the widget's stylesheet uses: rules, and `@media`/`@container`/
/// `@supports` blocks of rules; comments and other at-rules are dropped.
pub fn scope_css(css: &str, scope: &str) -> String {
    let mut out = String::with_capacity(css.len() * 3 / 2);
    scope_block(css, scope, &mut out);
    out
}

fn scope_block(mut css: &str, scope: &str, out: &mut String) {
    loop {
        css = css.trim_start();
        if let Some(rest) = css.strip_prefix("/*") {
            css = rest.find("*/").map_or("", |e| &rest[e + 2..]);
            continue;
        }
        if css.is_empty() {
            return;
        }
        let Some(open) = css.find('{') else { return };
        let head = css[..open].trim();
        let body_end = matching_brace(css, open);
        let body = &css[open + 1..body_end];
        css = css.get(body_end + 1..).unwrap_or("");
        if let Some(at) = head.strip_prefix('@') {
            if ["media", "container", "supports"].iter().any(|k| at.starts_with(k)) {
                out.push_str(head);
                out.push('{');
                scope_block(body, scope, out);
                out.push('}');
            }
            continue;
        }
        // `:host([theme=dark])` and `:host([data-theme=dark])` become one selector.
        let mut selectors: Vec<String> = Vec::new();
        for s in split_top(head, ',') {
            let s = scope_selector(s.trim(), scope);
            if !selectors.contains(&s) {
                selectors.push(s);
            }
        }
        out.push_str(&selectors.join(","));
        out.push('{');
        out.push_str(&body.split_whitespace().collect::<Vec<_>>().join(" "));
        out.push('}');
    }
}

/// Index of the `}` closing the `{` at `open` (or the end of `css`).
fn matching_brace(css: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in css[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    css.len()
}

/// Splits at `sep` outside parentheses and brackets.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

fn scope_selector(sel: &str, scope: &str) -> String {
    if let Some(rest) = sel.strip_prefix(":host(") {
        let close = matching_paren(rest);
        let arg = rest[..close].replace("[theme", "[data-theme");
        return format!("{scope}{arg}{}", &rest[close + 1..]);
    }
    if let Some(rest) = sel.strip_prefix(":host") {
        return format!("{scope}{rest}");
    }
    format!("{scope} {sel}")
}

/// Index of the `)` closing a `(` just before `s`.
fn matching_paren(s: &str) -> usize {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every selector of a scoped stylesheet, read back independently of the scoper.
    fn selectors(css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for chunk in css.split('}') {
            let Some(head) = chunk.split('{').rev().nth(1) else { continue };
            let head = head.trim();
            if head.is_empty() || head.starts_with('@') {
                continue;
            }
            out.extend(split_top(head, ',').into_iter().map(|s| s.trim().to_string()));
        }
        out
    }

    #[test]
    fn every_rule_is_scoped_to_the_wrapper() {
        let css = stylesheet();
        let sels = selectors(&css);
        assert!(sels.len() > 100, "{} selectors", sels.len());
        for s in &sels {
            assert!(s.starts_with(SCOPE), "unscoped selector {s:?}");
            assert!(!s.contains(":host"), "{s:?}");
        }
        assert!(css.contains("@container (min-width:700px){.dramatis-static .d-body.two-col{"), "container queries kept");
        assert!(css.contains(".dramatis-static[data-theme=dark i] .dramatis{"), "themes map to data-theme");
        assert!(css.contains(".dramatis-static:not([data-theme=light i])"), "auto theme kept");
    }

    #[test]
    fn scoping_handles_lists_parens_and_at_rules() {
        let got = scope_css(
            "/* c */ :host{a:1} a,b:is(c,d){b:2} @media print{:host(.x) p{c:3}} @font-face{src:x}",
            ".s",
        );
        assert_eq!(got, ".s{a:1}.s a,.s b:is(c,d){b:2}@media print{.s.x p{c:3}}");
    }
}
