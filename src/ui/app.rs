//! The root component: owns the reducer, provides the context, lays out the sections.
//! Once rendered it reads its host element (the widget's `lang`, `deep-links`,
//! `editable`) and follows `#dramatis=<quote id>` links.

use super::actor_detail::ActorDetail;
use super::actor_tree::ActorTree;
use super::diagram::Diagram;
use super::editor_bar::EditorBar;
use super::effects;
use super::error_panel::ErrorPanel;
use super::filters::Filters;
use super::quote_list::QuoteList;
use super::state::{Msg, State, View};
use super::strings::{Strings, T};
use super::terms::Terms;
use super::{Ctx, Env};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties)]
pub struct AppProps {
    pub initial: Rc<State>,
    pub env: Rc<Env>,
}

impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &o.initial) && Rc::ptr_eq(&self.env, &o.env)
    }
}

/// The shadow host of `el` (the `<dramatis-widget>` or `<div data-dramatis>`).
fn host_of(el: &Element) -> Option<Element> {
    el.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|r| r.host())
}

/// What the widget reads from its host element: the UI texts (the closest `lang`, then
/// the story's `strings` overrides), deep links on, editor mode on.
pub fn host_setup(host: Option<&Element>, story: &crate::model::Story) -> (Strings, bool, bool) {
    let lang = host.and_then(|h| h.closest("[lang]").ok().flatten()).and_then(|e| e.get_attribute("lang"));
    let has = |a: &str| host.is_some_and(|h| h.has_attribute(a) || h.has_attribute(&["data-", a].concat()));
    let mut strings = Strings::for_lang(lang.as_deref().unwrap_or("en"));
    // The story JSON may word or translate the UI (`strings`); unknown keys are ignored.
    for (key, text) in &story.strings {
        strings.set(key, text);
    }
    (strings, has("deep-links"), has("editable"))
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || (*initial).clone());
    let ctx = Ctx { state: state.clone(), env: props.env.clone() };
    let root = use_node_ref();
    {
        // The JS API (`Widget::update`/`select`) reaches the reducer through the Env.
        let (env, dispatch) = (props.env.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            *env.dispatch.borrow_mut() = Some(dispatch);
            move || drop(env.dispatch.borrow_mut().take())
        });
        // Keyed by pointer: comparing two stories by value on every render would be slow.
        let (env, story) = (props.env.clone(), state.story.clone());
        use_effect_with(Rc::as_ptr(&story) as usize, move |_| *env.story.borrow_mut() = Some(story));
        let env = props.env.clone();
        use_effect_with(state.first_screen, move |&first| env.complete.set(!first));
    }
    {
        let (state, root, env) = (state.clone(), root.clone(), props.env.clone());
        use_effect_with((), move |_| {
            let mut listener = None;
            if let Some(el) = root.cast::<Element>() {
                let host = host_of(&el);
                // `mount` read the same before the first render, so these normally
                // change nothing (the reducer ignores them then: no second render).
                let (strings, deep, editable) = host_setup(host.as_ref(), &state.story);
                state.dispatch(Msg::Setup(Rc::new(strings), deep));
                if editable {
                    state.dispatch(Msg::Editable);
                }
                if deep {
                    // Opening a deep link counts as choosing that quote (`dramatis:select`);
                    // a card beyond the rendered batch is rendered first, then focused.
                    let follow = move |el: &Element, state: &UseReducerHandle<State>, env: &Env| {
                        let Some(id) = effects::linked_id() else { return };
                        let story = env.story.borrow().clone();
                        let Some(q) = story.as_ref().and_then(|s| s.quotes.iter().find(|q| q.id == id)) else { return };
                        if !effects::focus_quote(el, &id) {
                            state.dispatch(Msg::Reveal(id.clone()));
                        }
                        effects::fire_quote_select(env, q);
                    };
                    follow(&el, &state, &env);
                    if let Some(win) = web_sys::window() {
                        let (el, state) = (el.clone(), state.clone());
                        listener = Some(gloo::events::EventListener::new(&win, "hashchange", move |_| follow(&el, &state, &env)));
                    }
                }
            }
            move || drop(listener)
        });
    }
    {
        // `dramatis:select` when the selected actor changes (not for the initial state).
        let selected = state.selected.map(|i| state.story.actors[i].id.clone());
        let (env, story, first) = (props.env.clone(), state.story.clone(), use_mut_ref(|| true));
        use_effect_with(selected, move |selected| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let name = selected.as_deref().and_then(|id| story.actor(id)).map(|a| a.name.as_str());
                let text = |v: Option<&str>| v.map_or(wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::from_str);
                effects::fire_select(
                    env.host.as_ref(),
                    &[("type", "actor".into()), ("id", text(selected.as_deref())), ("name", text(name))],
                );
            }
        });
    }
    let s = &*state;
    let t = &*s.strings;
    let view = s.view;
    let title = if view.cards() { &t[T::TitleCards] } else { &t[T::TitleTree] };
    let people = s.index.speech.iter().filter(|&&n| n > 0).count();
    let origin = if s.story.quotes.iter().any(|q| q.origin.as_deref() == Some("curated"))
        || s.story.actors.iter().any(|a| a.origin.as_deref() == Some("curated"))
    {
        T::Curated
    } else {
        T::Automatic
    };
    let mut parts = vec![t.count(s.speech_total(), T::Quote)];
    if people > 0 {
        parts[0].push_str(" \u{00B7} ");
        parts[0].push_str(&t.count(people, T::Speaker));
    }
    if !s.story.actors.is_empty() {
        parts.push(t.count(s.story.actors.len(), T::Actor));
    }
    parts.push(t[origin].to_string());
    let summary = parts.join(" \u{00B7} ");
    // The static render (`dramatis render`) leaves out the controls that need scripts.
    let stat = ctx.env.is_static();
    let set_diagram = |d: bool| ctx.callback(move |_: MouseEvent| Msg::SetDiagram(d));
    // Ctrl/Cmd+Z undoes the last edit, except in a text field (its own undo).
    let on_key = s.editable.then(|| {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_field = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
            if (e.ctrl_key() || e.meta_key()) && !e.shift_key() && e.key().eq_ignore_ascii_case("z") && !in_field {
                e.prevent_default();
                ctx.send(Msg::Undo);
            }
        })
    });
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="dramatis" data-view={view.as_str()} lang={t.lang} part="root" ref={root} onkeydown={on_key}>
                <header class="d-head" part="header">
                    <h2 class="d-title">
                        <span class="d-logo" aria-hidden="true">{"\u{201C}"}</span>
                        {title}
                    </h2>
                    <p class="d-sub">{summary}</p>
                </header>
                // Components that would render nothing are not created at all: each is
                // wasm code the browser compiles on first use, inside the first render.
                if s.notice.is_some() { <ErrorPanel /> }
                if s.editable && !stat { <EditorBar /> }
                if view.cards() && !stat { <Filters /> }
                <div class={classes!("d-body", (view == View::Both).then_some("two-col"))}>
                    if view.tree() {
                        <section class="d-tree" aria-labelledby="d-tree-h" part="tree-section">
                            <div class="tree-head">
                                <h3 id="d-tree-h" class="d-h3">{&t[T::TitleTree]}</h3>
                                if !s.story.actors.is_empty() && !stat {
                                    <div class="seg" role="group" aria-label={t[T::TreeViews].to_string()}>
                                        <button type="button" class="seg-btn btn-outline" aria-pressed={(!s.diagram).to_string()}
                                            onclick={set_diagram(false)}>{&t[T::Outline]}</button>
                                        <button type="button" class="seg-btn btn-diagram" aria-pressed={s.diagram.to_string()}
                                            onclick={set_diagram(true)}>{&t[T::Diagram]}</button>
                                    </div>
                                }
                            </div>
                            if s.diagram && !s.story.actors.is_empty() { <Diagram /> } else { <ActorTree /> }
                            if !view.cards() && s.selected.is_some() { <ActorDetail /> }
                        </section>
                    }
                    if view.cards() {
                        <section class="d-quotes" aria-labelledby="d-quotes-h" part="quotes-section">
                            <h3 id="d-quotes-h" class="d-h3">{&t[T::QuotesHeading]}</h3>
                            if s.selected.is_some() { <ActorDetail /> }
                            if s.show.speech() { <QuoteList /> }
                            // Below the cards: left out of the first screen.
                            if s.show.terms() && !s.first_screen { <Terms /> }
                        </section>
                    }
                </div>
                <footer class="d-foot" part="footer">{&t[T::Footer]}</footer>
            </div>
        </ContextProvider<Ctx>>
    }
}
