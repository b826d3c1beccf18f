//! The compact "Key terms" strip: scare quotes, labels and titles (kind "term"),
//! each a button that shows (and highlights) where it stands in the article; with
//! `editable`, a button that makes it a quote again.

use super::effects;
use super::state::{Msg, Show};
use super::strings::T;
use super::text::typographic;
use super::use_ctx;
use crate::model::edit::Edit;
use crate::model::QuoteKind;
use yew::prelude::*;

#[component]
pub fn Terms() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let terms = s.shown_terms();
    if terms.is_empty() {
        return if s.show == Show::Terms {
            html! { <div class="empty" part="empty"><p class="empty-title">{&t[T::KeyTerms]}{": 0"}</p><p class="empty-hint">{&t[T::EmptyTryShorter]}</p></div> }
        } else {
            html! {}
        };
    }
    html! {
        <section class="terms" aria-labelledby="d-terms-h" part="terms">
            <h3 id="d-terms-h" class="d-h4">{&t[T::KeyTerms]}</h3>
            <ul role="list" class="term-list">
                { for terms.iter().map(|&i| {
                    let q = &s.story.quotes[i];
                    let qid = if q.id.is_empty() { format!("q{i}") } else { q.id.clone() };
                    let text = format!("\u{2018}{}\u{2019}", typographic(q.text.trim().trim_end_matches([',', '.', ';', ':'])));
                    let can_show = s.has_article && q.paragraph < ctx.env.paragraphs.len();
                    // Keyed: when a term leaves the strip, the others keep their nodes (and focus).
                    html! {
                        <li key={i} class="term" data-quote-id={qid} part="term">
                            if can_show {
                                <button type="button" class="term-btn" title={t[T::ShowInArticle].to_string()}
                                    onclick={ let ctx = ctx.clone(); Callback::from(move |_| effects::show_quote(&ctx, i)) }>
                                    {text}
                                </button>
                            } else {
                                <span class="term-text">{text}</span>
                            }
                            if s.editable {
                                <button type="button" class="btn btn-sm btn-speech"
                                    onclick={ let (id, ctx) = (q.id.clone(), ctx.clone()); Callback::from(move |e: MouseEvent| {
                                    effects::focus_neighbour(&e);
                                    ctx.send(Msg::Edit(Edit::SetKind { quote: id.clone(), kind: QuoteKind::Speech }));
                                }) }>
                                    {&t[T::MarkSpeech]}
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
