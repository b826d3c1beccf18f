//! One speech quote as a card: `figure > h4 + blockquote + figcaption`; speaker,
//! context disclosure, "show in article", copy citation, copy link (deep links), and
//! the editor's controls with `editable`.

use super::avatar::avatar;
use super::effects;
use super::quote_edit::QuoteEdit;
use super::state::{CopyOutcome, Msg};
use super::strings::{fill, T};
use super::text::{citation, typographic};
use super::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    /// Index of the quote in the story.
    pub idx: usize,
}

#[component]
pub fn QuoteCard(p: &QuoteCardProps) -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let i = p.idx;
    let q = &s.story.quotes[i];
    let speaker_idx = q.speaker.as_deref().and_then(|id| s.index.get(id));
    let speaker = speaker_idx.map(|a| &s.story.actors[a]);
    let qid = if q.id.is_empty() { format!("q{i}") } else { q.id.clone() };
    let context = if !q.context.trim().is_empty() {
        Some(q.context.trim().to_string())
    } else {
        s.story.paragraphs.get(q.paragraph).cloned()
    };
    let open = s.open_context.contains(&i);
    let ctx_id = format!("d-ctx-{i}");
    let h_id = format!("d-qh-{i}");
    let can_show = s.has_article && q.paragraph < ctx.env.paragraphs.len();
    let (name, role) = match speaker {
        Some(a) => (a.name.clone(), a.role.clone().filter(|r| !r.is_empty()).unwrap_or_else(|| t.kind(a.kind).to_string())),
        None => (t[T::Unattributed].to_string(), t[T::NotNamed].to_string()),
    };
    let on_show = {
        let ctx = ctx.clone();
        Callback::from(move |_| effects::show_quote(&ctx, i))
    };
    let on_copy = {
        let ctx = ctx.clone();
        // Written on click, not per render: few cards are ever copied, and the first
        // render then runs (and compiles) none of it.
        Callback::from(move |_| {
            let (s, t) = (&*ctx.state, &*ctx.state.strings);
            let q = &s.story.quotes[i];
            let speaker = q.speaker.as_deref().and_then(|id| s.index.get(id)).map(|a| &s.story.actors[a]);
            let text = citation(q, speaker, &s.story.article, &t[T::QuotedIn], &fill(&t[T::ParagraphN], &[&(q.paragraph + 1).to_string()]));
            effects::copy(&ctx, i, text, CopyOutcome::Citation)
        })
    };
    let on_link = {
        let ctx = ctx.clone();
        let id = qid.clone();
        Callback::from(move |_| effects::copy(&ctx, i, effects::deep_link(&id), CopyOutcome::Link))
    };
    let mine = s.copied.filter(|(c, _)| *c == i).map(|(_, w)| w);
    let copy_label = match mine {
        Some(CopyOutcome::Citation) => &t[T::Copied],
        Some(CopyOutcome::Failed) => &t[T::CopyFailed],
        _ => &t[T::CopyCitation],
    };
    let link_label = if mine == Some(CopyOutcome::Link) { &t[T::LinkCopied] } else { &t[T::CopyLink] };
    let selected = speaker_idx.is_some() && s.selected == speaker_idx;
    let active = s.active_quote == Some(i);
    // The static render (no scripts): no buttons; the context in a <details>, the
    // paragraph as text.
    let stat = ctx.env.is_static();
    let heading = fill(&t[T::CardHeading], &[&name, &(q.paragraph + 1).to_string()]);
    html! {
        <figure class={classes!("card", active.then_some("is-active"), q.origin.as_deref().map(|o| format!("origin-{}", o.replace(|c: char| !c.is_ascii_alphanumeric(), ""))))}
            data-quote-id={qid} data-speaker-id={q.speaker.clone()} data-paragraph={q.paragraph.to_string()}
            tabindex={(!stat).then_some("-1")} aria-labelledby={h_id.clone()} part="card"
            onfocusin={ctx.callback(move |_: FocusEvent| Msg::ActiveQuote(i))}>
            <h4 class="vh card-h" id={h_id}>{heading}</h4>
            <blockquote class="quote" part="quote">
                <p>{"\u{201C}"}{typographic(q.text.trim().trim_end_matches([',', ';', ':']).trim_end())}{"\u{201D}"}</p>
            </blockquote>
            <figcaption class="caption" part="caption">
                <div class="speaker">
                    {avatar(q.speaker.as_deref(), &name, false)}
                    <span class="who">
                        if let Some(a) = speaker_idx {
                            if selected || stat {
                                <span class="speaker-name">{name}</span>
                            } else {
                                <button type="button" class="speaker-name linkish" title={t[T::OnlyThisSpeaker].to_string()}
                                    onclick={ctx.callback(move |_| Msg::ToggleSelect(a))}>
                                    {name}
                                </button>
                            }
                        } else {
                            <span class="speaker-name unattributed">{name}</span>
                        }
                        <span class="speaker-role">{role}</span>
                        if stat {
                            <span class="speaker-role card-para">{fill(&t[T::ParagraphN], &[&(q.paragraph + 1).to_string()])}</span>
                        }
                    </span>
                </div>
                if !stat {
                    <div class="actions">
                        if context.is_some() {
                            <button type="button" class="btn btn-sm btn-context" aria-expanded={open.to_string()}
                                aria-controls={ctx_id.clone()} onclick={ctx.callback(move |_| Msg::ToggleContext(i))}>
                                <span class={classes!("chev", open.then_some("open"))} aria-hidden="true">{"\u{25B8}"}</span>
                                {&t[T::Context]}
                            </button>
                        }
                        if can_show {
                            <button type="button" class="btn btn-sm btn-show" onclick={on_show}>{&t[T::ShowInArticle]}</button>
                        }
                        <button type="button" class="btn btn-sm btn-copy" onclick={on_copy}>{copy_label}</button>
                        if s.deep_links {
                            <button type="button" class="btn btn-sm btn-link" onclick={on_link}>{link_label}</button>
                        }
                    </div>
                }
                if let Some(c) = context {
                    if stat {
                        <details class="context-static"><summary>{&t[T::Context]}</summary><p class="context">{c}</p></details>
                    } else {
                        <p class="context" id={ctx_id} hidden={!open}>{c}</p>
                    }
                }
                if s.editable { <QuoteEdit idx={i} /> }
            </figcaption>
        </figure>
    }
}
