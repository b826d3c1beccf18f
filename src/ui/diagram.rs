//! The diagram view: an SVG node-link drawing of the actor forest, left to right
//! (depth across, siblings down), laid out by the tidy-tree algorithm of
//! [`crate::layout::tidy`], with the relations as labelled arcs.
//!
//! Zoom and pan change the `viewBox` only, through buttons and Ctrl + wheel: the
//! drawing never captures touch or wheel scrolling of the page. The SVG is one image
//! for assistive technology (its label says so); the outline is the accessible tree.

use super::state::Msg;
use super::strings::{fill, T};
use super::use_ctx;
use crate::layout::tidy;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Drawing units: column (depth) width, row (sibling) height, margin.
const COL: i32 = 170;
const ROW: i32 = 46;
const PAD: i32 = 24;
/// Room for the labels right of the deepest column.
const LABEL: i32 = 150;
/// Longest name drawn in full.
const NAME_MAX: usize = 22;

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_MAX {
        return name.to_string();
    }
    let mut s: String = name.chars().take(NAME_MAX - 1).collect();
    s.push('\u{2026}');
    s
}

#[component]
pub fn Diagram() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let box_ref = use_node_ref();
    // Ctrl + wheel zooms; a plain wheel scrolls the page as usual.
    {
        let box_ref = box_ref.clone();
        let state = ctx.state.clone();
        use_effect_with((), move |_| {
            let listener = box_ref.cast::<web_sys::Element>().map(|el| {
                let opts = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&el, "wheel", opts, move |e| {
                    if let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() {
                        if w.ctrl_key() || w.meta_key() {
                            e.prevent_default();
                            state.dispatch(Msg::Zoom(w.delta_y() < 0.0));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    let ix = &*s.index;
    let lay = tidy::layout(&ix.children, &ix.roots);
    let n = s.story.actors.len();
    let pos: Vec<(i32, i32)> = (0..n)
        .map(|i| (PAD + lay.depth[i] as i32 * COL, PAD + (lay.breadth[i] * ROW as f64).round() as i32))
        .collect();
    let w = 2 * PAD + lay.height as i32 * COL + LABEL;
    let h = 2 * PAD + (lay.width * ROW as f64).round() as i32;
    // The view box: zoom about the centre, pan by quarters of the view.
    let vw = w * 100 / s.zoom as i32;
    let vh = h * 100 / s.zoom as i32;
    let vx = (w - vw) / 2 + s.pan.0 * vw / 4;
    let vy = (h - vh) / 2 + s.pan.1 * vh / 4;
    let view_box = format!("{vx} {vy} {vw} {vh}");

    let edges = (0..n).filter_map(|i| ix.parent[i].map(|p| (p, i))).map(|(p, c)| {
        let ((x1, y1), (x2, y2)) = (pos[p], pos[c]);
        let mx = (x1 + x2) / 2;
        html! { <path class="dg-edge" d={format!("M{} {}C{mx} {y1} {mx} {y2} {} {y2}", x1 + 8, y1, x2 - 8)} /> }
    });
    let arcs = s.story.relations.iter().enumerate().filter_map(|(k, r)| {
        let (a, b) = (ix.get(&r.source)?, ix.get(&r.target)?);
        if a == b {
            return None;
        }
        let ((x1, y1), (x2, y2)) = (pos[a], pos[b]);
        // Bulge to the right of the chord, more for longer chords.
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = ((dx * dx + dy * dy) as f64).sqrt().max(1.0);
        let bend = (len * 0.35 + 18.0) / len;
        let cx = (x1 + x2) / 2 + (-dy as f64 * bend) as i32 + 10;
        let cy = (y1 + y2) / 2 + (dx as f64 * bend) as i32;
        // The label at the curve's midpoint.
        let (lx, ly) = ((x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4);
        let label = t.relation(&r.kind);
        let on = s.selected.is_some_and(|x| x == a || x == b);
        Some(html! {
            <g class={classes!("dg-rel", on.then_some("on"), format!("rel-{}", r.kind.replace(|c: char| !c.is_ascii_alphanumeric(), "")))} key={k}>
                <path class="dg-arc" d={format!("M{x1} {y1}Q{cx} {cy} {x2} {y2}")} marker-end="url(#d-arrow)" />
                <text class="dg-rel-label" x={lx.to_string()} y={ly.to_string()} text-anchor="middle">{label}</text>
            </g>
        })
    });
    let nodes = (0..n).filter(|&i| ix.parent[i].is_some() || ix.roots.contains(&i)).map(|i| {
        let a = &s.story.actors[i];
        let (x, y) = pos[i];
        let count = ix.speech[i];
        let selected = s.selected == Some(i);
        let mut label = short(&a.name);
        if count > 0 {
            label.push_str(" (");
            label.push_str(&count.to_string());
            label.push(')');
        }
        html! {
            <g class={classes!("dg-node", selected.then_some("is-selected"))} data-actor-id={a.id.clone()}
                transform={format!("translate({x} {y})")} onclick={ctx.callback(move |_: MouseEvent| Msg::ToggleSelect(i))}>
                <circle r="8" class="dg-dot" />
                <text x="13" y="4" class="dg-name">{label}</text>
                <text x="13" y="17" class="dg-meta">{a.role.clone().filter(|r| !r.is_empty()).unwrap_or_else(|| t.kind(a.kind).to_string())}</text>
            </g>
        }
    });
    let label = fill(&t[T::DiagramLabel], &[&n.to_string(), &s.story.relations.len().to_string()]);
    let btn = |msg: Msg, text: &'static str, name: T, class: &'static str| {
        html! {
            <button type="button" class={classes!("btn", "btn-sm", "dg-btn", class)} aria-label={t[name].to_string()}
                title={t[name].to_string()} onclick={ctx.callback(move |_| msg.clone())}>
                <span aria-hidden="true">{text}</span>
            </button>
        }
    };
    html! {
        <div class="diagram" part="diagram">
            <div class="dg-tools">
                { btn(Msg::Zoom(true), "+", T::ZoomIn, "dg-zoom-in") }
                { btn(Msg::Zoom(false), "\u{2212}", T::ZoomOut, "dg-zoom-out") }
                { btn(Msg::Pan(-1, 0), "\u{2190}", T::PanLeft, "dg-left") }
                { btn(Msg::Pan(1, 0), "\u{2192}", T::PanRight, "dg-right") }
                { btn(Msg::Pan(0, -1), "\u{2191}", T::PanUp, "dg-up") }
                { btn(Msg::Pan(0, 1), "\u{2193}", T::PanDown, "dg-down") }
                { btn(Msg::ResetView, "\u{21BA}", T::ResetView, "dg-reset") }
                <span class="dg-zoom" aria-live="polite">{s.zoom}{"%"}</span>
            </div>
            <div class="dg-box" ref={box_ref}>
                <svg class={classes!("dg-svg", s.selected.is_some().then_some("has-sel"))} viewBox={view_box} role="img" aria-label={label} data-zoom={s.zoom.to_string()}
>
                    <defs>
                        <marker id="d-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0 0L10 5L0 10z" class="dg-arrow" />
                        </marker>
                    </defs>
                    <g class="dg-edges">{ for edges }</g>
                    <g class="dg-arcs">{ for arcs }</g>
                    <g class="dg-nodes">{ for nodes }</g>
                </svg>
            </div>
            <p class="dg-hint">{&t[T::DiagramHint]}</p>
        </div>
    }
}
