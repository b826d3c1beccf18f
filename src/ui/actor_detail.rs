//! The selected actor's details: kind, role, aliases, place in the tree, and its
//! relations as real links, each with the sentence that evidences it; with `editable`,
//! the editor's controls for the actor.

use super::actor_edit::ActorEdit;
use super::avatar::avatar;
use super::state::Msg;
use super::strings::T;
use super::use_ctx;
use yew::prelude::*;

#[component]
pub fn ActorDetail() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let Some(i) = s.selected else { return html! {} };
    let a = &s.story.actors[i];
    let link = |j: usize| {
        let name = s.story.actors[j].name.clone();
        html! {
            <button type="button" class="linkish" onclick={ctx.callback(move |_| Msg::ToggleSelect(j))}>{name}</button>
        }
    };
    let evidence = |r: &crate::model::Relation| match r.evidence.as_ref().map(|e| e.sentence.trim()).filter(|e| !e.is_empty()) {
        Some(e) => html! { <q class="evidence">{e.to_string()}</q> },
        None => html! {},
    };
    let relations: Vec<Html> = s
        .story
        .relations
        .iter()
        .filter_map(|r| {
            if r.source == a.id {
                let j = s.index.get(&r.target)?;
                Some(html! { <li>{t.relation(&r.kind)}{" \u{2192} "}{link(j)}{evidence(r)}</li> })
            } else if r.target == a.id {
                let j = s.index.get(&r.source)?;
                Some(html! { <li>{link(j)}{" "}{t.relation(&r.kind)}{" \u{2192} "}{a.name.clone()}{evidence(r)}</li> })
            } else {
                None
            }
        })
        .collect();
    let parent = s.index.parent[i];
    let kids = &s.index.children[i];
    let mut meta = t.kind(a.kind).to_string();
    if let Some(r) = a.role.as_deref().filter(|r| !r.is_empty()) {
        meta.push_str(" \u{00B7} ");
        meta.push_str(r);
    }
    meta.push_str(" \u{00B7} ");
    meta.push_str(&t.count(s.index.speech[i], T::Quote));
    let aliases: Vec<&str> = a.aliases.iter().map(String::as_str).filter(|al| *al != a.name).collect();
    html! {
        <section class="detail" aria-labelledby="d-detail-h" data-actor-id={a.id.clone()} part="detail">
            <div class="detail-head">
                {avatar(Some(&a.id), &a.name, false)}
                <div>
                    <h4 id="d-detail-h" class="detail-name">{a.name.clone()}</h4>
                    <p class="detail-meta">{meta}</p>
                </div>
                <button type="button" class="btn btn-sm detail-close" onclick={ctx.callback(|_| Msg::Clear)}>
                    {&t[T::ShowAllActors]}
                </button>
            </div>
            if !aliases.is_empty() {
                <p class="detail-line"><span class="label">{&t[T::AlsoCalled]}</span>{aliases.join(", ")}</p>
            }
            if let Some(pi) = parent {
                <p class="detail-line"><span class="label">{&t[T::PartOf]}</span>{link(pi)}</p>
            }
            if !kids.is_empty() {
                <p class="detail-line"><span class="label">{&t[T::Includes]}</span>
                    { for kids.iter().enumerate().map(|(n, &k)| html! {
                        <><span class="nowrap">{link(k)}{if n + 1 < kids.len() { "," } else { "" }}</span>{" "}</>
                    }) }
                </p>
            }
            if !relations.is_empty() {
                <ul role="list" class="relations" aria-label={t[T::Relations].to_string()}>
                    { for relations }
                </ul>
            }
            // Keyed by actor: another actor gets fresh controls, not the last one's choices.
            if s.editable { <ActorEdit key={a.id.clone()} idx={i} /> }
        </section>
    }
}
