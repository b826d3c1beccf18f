//! Search, speech/terms switch, speaker chips, the live result count
//! (`role=status`) and "Clear all".

use super::state::{Msg, Show};
use super::strings::{fill, T};
use super::use_ctx;
use crate::model::QuoteKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many speaker chips to show (the tree lists everyone).
const CHIPS: usize = 8;

#[component]
pub fn Filters() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let mut parts = Vec::new();
    if s.show.speech() {
        let mut p = t.count(s.filtered(QuoteKind::Speech, true).len(), T::Quote);
        if let Some(i) = s.selected {
            p.push_str(&fill(&t[T::StatusBy], &[&s.story.actors[i].name]));
        }
        parts.push(p);
    }
    if s.show.terms() {
        parts.push(t.count(s.shown_terms().len(), T::Term));
    }
    let mut status = parts.join(" \u{00B7} ");
    if !s.query.trim().is_empty() {
        status.push_str(&fill(&t[T::StatusMatching], &[s.query.trim()]));
    }
    let mut speakers: Vec<usize> = (0..s.story.actors.len()).filter(|&i| s.index.speech[i] > 0).collect();
    crate::sort::sort_by(&mut speakers, |&a, &b| s.index.speech[b].cmp(&s.index.speech[a]).then(a.cmp(&b)));
    speakers.truncate(CHIPS);
    if let Some(sel) = s.selected {
        if !speakers.contains(&sel) {
            speakers.push(sel);
        }
    }
    let oninput = ctx.callback(|e: InputEvent| Msg::Query(e.target_unchecked_into::<HtmlInputElement>().value()));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let filtering = s.selected.is_some() || !s.query.is_empty() || s.show != Show::All;
    let seg = |v: Show, label: T, class: &'static str| {
        html! {
            <button type="button" class={classes!("seg-btn", class)} aria-pressed={(s.show == v).to_string()}
                onclick={ctx.callback(move |_| Msg::SetShow(v))}>{&t[label]}</button>
        }
    };
    html! {
        <div class="filters" part="filters">
            <form class="search" role="search" onsubmit={onsubmit}>
                <label for="d-search" class="search-label">{&t[T::Search]}</label>
                <div class="search-row">
                    <input id="d-search" class="search-input" type="search" autocomplete="off" part="search"
                        placeholder={t[T::SearchPlaceholder].to_string()} value={s.query.clone()} {oninput} />
                    <button type="button" class="btn btn-clear" disabled={!filtering}
                        onclick={ctx.callback(|_| Msg::Clear)}>{&t[T::ClearAll]}</button>
                </div>
            </form>
            <div class="filter-row">
                <div class="seg" role="group" aria-label={t[T::Show].to_string()}>
                    { seg(Show::All, T::ShowAll, "show-all") }
                    { seg(Show::Speech, T::ShowSpeech, "show-speech") }
                    { seg(Show::Terms, T::ShowTerms, "show-terms") }
                </div>
            </div>
            if !speakers.is_empty() && s.show.speech() {
                <div class="chips" role="group" aria-label={t[T::FilterBySpeaker].to_string()}>
                    { for speakers.iter().map(|&i| {
                        let a = &s.story.actors[i];
                        let pressed = s.selected == Some(i);
                        let n = s.index.speech[i];
                        html! {
                            <button type="button" class="chip" aria-pressed={pressed.to_string()} part="chip"
                                data-actor-id={a.id.clone()} onclick={ctx.callback(move |_| Msg::ToggleSelect(i))}>
                                <span class="chip-name">{a.name.clone()}</span>
                                <span class="chip-count">
                                    <span class="vh">{", "}</span>
                                    {n}
                                    <span class="vh">{" "}{if n == 1 { &t[T::Quote] } else { &t[T::Quotes] }}</span>
                                </span>
                            </button>
                        }
                    }) }
                </div>
            }
            <p class="status" role="status" part="status">{status}</p>
        </div>
    }
}
