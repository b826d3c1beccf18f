//! The widget's stylesheet, scoped to its shadow root (adopted as a constructable
//! stylesheet, so a strict `style-src` CSP does not block it).

pub const CSS: &str = r#"
:host{display:block;container-type:inline-size;color-scheme:light dark;margin:0 0 1.5rem}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:border-box}
.dramatis{
 --bg:var(--dramatis-bg,#fff);--fg:var(--dramatis-fg,#1b1f24);--muted:var(--dramatis-muted,#4d5560);
 --line:var(--dramatis-line,#d5dae1);--card:var(--dramatis-card,#f7f8fa);--chip:var(--dramatis-chip,#eef1f5);
 --accent:var(--dramatis-accent,#0a58a8);--accent-fg:var(--dramatis-accent-fg,#fff);--sel:var(--dramatis-selected,#e3eefb);
 --sel-line:var(--accent);--focus:var(--dramatis-focus,#b45309);--quote:var(--dramatis-quote,#1b1f24);--mark:var(--accent);
 --err-bg:#fdecec;--err-fg:#7f1d1d;--err-line:#e5a3a3;--radius:var(--dramatis-radius,14px);
 font:400 15px/1.5 var(--dramatis-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);
 background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:var(--radius);
 padding:16px;text-align:start;overflow-wrap:anywhere;color-scheme:light;
}
:host([theme=dark i]) .dramatis,:host([data-theme=dark i]) .dramatis{
 --bg:var(--dramatis-bg,#15181d);--fg:var(--dramatis-fg,#e9ecef);--muted:var(--dramatis-muted,#aab3be);
 --line:var(--dramatis-line,#4a525d);--card:var(--dramatis-card,#1d2229);--chip:var(--dramatis-chip,#262c35);
 --accent:var(--dramatis-accent,#8cc2ff);--accent-fg:var(--dramatis-accent-fg,#0b1522);--sel:var(--dramatis-selected,#1d3452);
 --focus:var(--dramatis-focus,#fbbf24);--quote:var(--dramatis-quote,#f1f3f5);
 --err-bg:#3a1d1f;--err-fg:#ffd7d7;--err-line:#8a3a3d;color-scheme:dark;
}
@media (prefers-color-scheme:dark){
 :host(:not([theme=light i]):not([data-theme=light i]):not([theme=dark i]):not([data-theme=dark i])) .dramatis{
 --bg:var(--dramatis-bg,#15181d);--fg:var(--dramatis-fg,#e9ecef);--muted:var(--dramatis-muted,#aab3be);
 --line:var(--dramatis-line,#4a525d);--card:var(--dramatis-card,#1d2229);--chip:var(--dramatis-chip,#262c35);
 --accent:var(--dramatis-accent,#8cc2ff);--accent-fg:var(--dramatis-accent-fg,#0b1522);--sel:var(--dramatis-selected,#1d3452);
 --focus:var(--dramatis-focus,#fbbf24);--quote:var(--dramatis-quote,#f1f3f5);
 --err-bg:#3a1d1f;--err-fg:#ffd7d7;--err-line:#8a3a3d;color-scheme:dark;
 }
}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
h2,h3,h4,p,ul,figure,blockquote{margin:0}
ul{padding:0;list-style:none}
button{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}

.d-head{margin-bottom:12px}
.d-title{font-size:1.15rem;line-height:1.3;font-weight:700;display:flex;align-items:center;gap:8px}
.d-logo{display:inline-grid;place-items:center;width:28px;height:28px;border-radius:8px;background:var(--accent);color:var(--accent-fg);font:700 1.3rem/1 Georgia,serif;padding-top:6px}
.d-sub{color:var(--muted);font-size:.85rem;margin-top:2px}
.d-h3{font-size:.8rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:0 0 8px}
.d-h4{font-size:.8rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:0 0 6px}
.d-foot{margin-top:14px;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);font-size:.78rem}

.btn{display:inline-flex;align-items:center;gap:4px;min-height:36px;padding:6px 12px;border-radius:8px;border:1px solid var(--line);background:var(--bg);color:var(--fg);cursor:pointer;font-size:.88rem;font-weight:600}
.btn:hover:not(:disabled){border-color:var(--accent);color:var(--accent)}
.btn:disabled{cursor:default;opacity:.55}
.btn-sm{min-height:32px;padding:4px 10px;font-size:.82rem}
.linkish{background:none;border:0;padding:0;color:var(--accent);font-weight:600;cursor:pointer;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px;text-align:start}
.linkish:hover{text-decoration-thickness:2px}

.error-panel{border:1px solid var(--err-line);background:var(--err-bg);color:var(--err-fg);border-radius:10px;padding:10px 12px;margin-bottom:12px;font-size:.88rem}
.ep-title{font-weight:700;margin-bottom:4px}
.ep-list{list-style:disc;padding-inline-start:1.2em}
.ep-list code{font:500 .82rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap}
.ep-note{margin-top:6px}

.filters{display:grid;gap:8px;margin-bottom:12px}
.search-label{display:block;font-size:.85rem;font-weight:600;margin-bottom:4px}
.search-row{display:flex;gap:8px}
.search-input{flex:1;min-width:0;min-height:38px;padding:6px 10px;border-radius:8px;border:1px solid var(--muted);background:var(--bg);color:var(--fg);font:inherit}
.search-input::placeholder{color:var(--muted);opacity:1}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{display:inline-flex;align-items:center;gap:6px;min-height:32px;padding:3px 6px 3px 11px;border-radius:999px;border:1px solid var(--line);background:var(--chip);cursor:pointer;font-size:.84rem}
.chip:hover{border-color:var(--accent)}
.chip[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:var(--accent-fg)}
.chip-count{display:inline-grid;place-items:center;min-width:22px;height:22px;padding:0 6px;border-radius:999px;background:var(--bg);color:var(--fg);font-size:.75rem;font-weight:700}
.status{font-size:.85rem;color:var(--muted)}

.d-body{display:grid;gap:18px}
.d-tree{min-width:0}
.d-quotes{min-width:0}
@container (min-width:700px){
 .d-body.two-col{grid-template-columns:minmax(230px,2fr) 3fr;align-items:start}
 .d-body.two-col .d-tree{position:sticky;top:8px}
}
@container (max-width:699px){
 .d-body.two-col .tree{max-height:20rem;overflow:auto;border:1px solid var(--line);border-radius:10px;padding:4px}
}

.tree,.group{margin:0;padding:0;list-style:none}
.group{padding-inline-start:8px;margin-inline-start:12px;border-inline-start:1px solid var(--line)}
.group[hidden]{display:none}
.ti{outline:none;border-radius:8px}
.ti:focus-visible>.node{outline:3px solid var(--focus);outline-offset:-1px}
.node{display:flex;align-items:center;gap:8px;padding:5px 6px;border-radius:8px;cursor:pointer;min-height:36px}
.node:hover{background:var(--chip)}
.node{border-inline-start:3px solid transparent}
.ti.is-selected>.node{background:var(--sel);border-inline-start-color:var(--sel-line)}
.ti.is-speaking>.node{outline:2px dashed var(--accent);outline-offset:-2px}
.speaking-mark{flex:none;width:10px;height:10px;border-radius:50%;background:var(--accent)}
.twisty{flex:none;width:18px;height:18px;display:inline-grid;place-items:center;color:var(--muted);font-size:.8rem;border-radius:4px}
.twisty:not(.leaf):hover{background:var(--line)}
.twisty:dir(rtl),.chev:dir(rtl){transform:scaleX(-1)}
.twisty.open,.chev.open{transform:rotate(90deg)}
.node-text{flex:1;min-width:0;display:flex;flex-direction:column;line-height:1.25}
.node-name{font-weight:600;font-size:.9rem}
.node-meta{font-size:.76rem;color:var(--muted)}
.node-count.zero{background:var(--chip);color:var(--muted);border:1px solid var(--line)}
.node-count{flex:none;min-width:24px;height:22px;padding:0 7px;border-radius:999px;background:var(--accent);color:var(--accent-fg);font-size:.75rem;font-weight:700;display:inline-grid;place-items:center}

.av{flex:none;display:inline-grid;place-items:center;width:40px;height:40px;border-radius:50%;color:#fff;font-weight:700;font-size:.9rem;letter-spacing:.02em;background:#4b5563}
.av-sm{width:26px;height:26px;font-size:.66rem}
.av0{background:#9a3412}.av1{background:#1d4ed8}.av2{background:#166534}.av3{background:#7e22ce}
.av4{background:#9f1239}.av5{background:#0f766e}.av6{background:#4338ca}.av7{background:#854d0e}
.av8{background:#a21caf}.av9{background:#155e75}.av10{background:#3f6212}.av11{background:#b91c1c}
.av-none{background:#6b7280}

.cards{display:grid;gap:12px}
.more{display:flex;align-items:center;gap:12px;flex-wrap:wrap;margin-top:12px;color:var(--muted);font-size:.88rem}
@container (min-width:1000px){.d-body:not(.two-col) .cards{grid-template-columns:1fr 1fr}}
.card{margin:0;padding:14px 14px 12px;border:1px solid var(--line);border-radius:calc(var(--radius) - 2px);background:var(--card);display:flex;flex-direction:column;gap:10px;height:100%}
.quote{margin:0;padding:0;padding-inline-start:12px;border-inline-start:3px solid var(--mark);font-family:var(--dramatis-quote-font,Georgia,"Iowan Old Style","Times New Roman",serif);font-size:1.05rem;line-height:1.45;color:var(--quote)}
.caption{display:flex;flex-direction:column;gap:8px}
.speaker{display:flex;align-items:center;gap:10px}
.who{display:flex;flex-direction:column;min-width:0;line-height:1.3}
.speaker-name{font-weight:700;font-size:.92rem}
.speaker-name.linkish{color:var(--fg);text-decoration-color:var(--muted)}
.unattributed{font-style:italic}
.speaker-role{font-size:.8rem;color:var(--muted)}
.actions{display:flex;flex-wrap:wrap;gap:6px}
.chev{font-size:.75rem}
.context{font-size:.88rem;color:var(--fg);background:var(--bg);border:1px dashed var(--line);border-radius:8px;padding:8px 10px}
.context[hidden]{display:none}

.empty{border:1px dashed var(--line);border-radius:12px;padding:18px 16px;text-align:center;display:grid;gap:6px;justify-items:center}
.empty-title{font-weight:700}
.empty-hint{color:var(--muted);font-size:.88rem}

.terms{margin-top:16px}
.term-list{display:flex;flex-wrap:wrap;gap:6px}
.term-btn,.term-text{display:inline-block;padding:3px 10px;border-radius:6px;border:1px solid var(--line);background:var(--chip);font:italic .86rem/1.5 Georgia,serif;color:var(--fg)}
.term-btn{cursor:pointer}
.term-btn:hover{border-color:var(--accent)}

.detail{border:1px solid var(--sel-line);background:var(--sel);border-radius:12px;padding:12px;margin-bottom:12px;display:grid;gap:6px;font-size:.88rem}
.detail-head{display:flex;align-items:center;gap:10px}
.detail-head>div{flex:1;min-width:0}
.detail-name{font-size:1rem}
.detail-meta{color:var(--muted);font-size:.82rem}
.detail .label{font-weight:600}
.nowrap{white-space:nowrap}
.relations{display:grid;gap:4px;list-style:disc;padding-inline-start:1.2em}
.evidence{display:block;color:var(--muted);font-size:.82rem;font-style:italic}

@media (prefers-reduced-motion:no-preference){.btn,.chip,.node,.seg-btn{transition:background-color .12s,border-color .12s}.twisty,.chev{transition:transform .12s}}
@container (max-width:460px){
 .group{padding-inline-start:6px;margin-inline-start:8px}
 .tree .av-sm{display:none}
 .node{gap:6px;padding:5px 4px}
}
@container (max-width:360px){
 .dramatis{padding:12px}
 .search-row{flex-wrap:wrap}
 .card{padding:12px}
 .av{width:34px;height:34px}
}
.card:focus{outline:3px solid var(--focus);outline-offset:2px}
.card.is-active{border-color:var(--accent)}
.filter-row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.seg{display:inline-flex;flex-wrap:wrap;border:1px solid var(--line);border-radius:8px;overflow:hidden}
.seg-btn{min-height:32px;padding:4px 12px;border:0;border-inline-end:1px solid var(--line);background:var(--bg);color:var(--fg);font-size:.84rem;font-weight:600;cursor:pointer}
.seg-btn:last-child{border-inline-end:0}
.seg-btn[aria-pressed=true]{background:var(--accent);color:var(--accent-fg)}
.tree-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:6px;margin-bottom:8px}
.tree-head .d-h3{margin:0}
.node-kind{text-transform:capitalize}
.diagram{display:grid;gap:6px}
.dg-tools{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
.dg-btn{min-width:36px;justify-content:center}
.dg-zoom,.dg-hint{font-size:.78rem;color:var(--muted)}
.dg-box{overflow:hidden;border:1px solid var(--line);border-radius:10px;background:var(--card);touch-action:pan-x pan-y}
.dg-svg{display:block;width:100%;height:auto;font:12px/1 var(--dramatis-font,system-ui,sans-serif)}
.dg-edge{fill:none;stroke:var(--muted);stroke-width:1.5}
.dg-arc{fill:none;stroke:var(--accent);stroke-width:1.4;stroke-dasharray:5 3;opacity:.85}
.dg-arrow{fill:var(--accent)}
.dg-rel-label{fill:var(--accent);font-size:10.5px;font-weight:600;paint-order:stroke;stroke:var(--card);stroke-width:4px;stroke-linejoin:round}
.dg-svg.has-sel .dg-rel:not(.on){opacity:.15}
.dg-svg.has-sel .dg-rel:not(.on) text{display:none}
.dg-rel.on .dg-arc{stroke-width:2.2;opacity:1}
.dg-node{cursor:pointer}
.dg-dot{fill:var(--accent);stroke:var(--card);stroke-width:2}
.dg-node.is-selected .dg-dot{stroke:var(--focus);stroke-width:4}
.dg-name{fill:var(--fg);font-weight:700;paint-order:stroke;stroke:var(--card);stroke-width:4px;stroke-linejoin:round}
.dg-meta{fill:var(--muted);font-size:10.5px;paint-order:stroke;stroke:var(--card);stroke-width:4px;stroke-linejoin:round}
/* The editor's controls (attribute editable) */
.editbar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-bottom:12px;padding:8px;border:1px dashed var(--accent);border-radius:10px}
.edit-note{color:var(--muted);font-size:.82rem}
.qedit,.aedit-row{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:.82rem}
.qedit{border-top:1px dashed var(--line);padding-top:8px}
.aedit{display:grid;gap:8px;border-top:1px dashed var(--line);padding-top:8px}
.aedit fieldset{border:0;margin:0;padding:0}
.aedit legend{font-weight:600;padding:0;margin-bottom:4px}
.qedit label,.aedit label{font-weight:600}
.qedit select,.qedit input,.aedit select{min-height:32px;max-width:100%;padding:4px 8px;border-radius:8px;border:1px solid var(--muted);background:var(--bg);color:var(--fg);font:inherit}
.term .btn-speech{margin-inline-start:4px}
@media (forced-colors:active){.seg-btn[aria-pressed=true],.chip[aria-pressed=true]{outline:2px solid CanvasText}}
@media print{
 :host{break-inside:auto}
 .dramatis{border:0;padding:0;--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--chip:#fff;--line:#999;--accent:#000;--accent-fg:#fff;--sel:#eee;color:#000;background:#fff}
 .filters,.actions,.seg,.dg-tools,.dg-hint,.detail-close,.twisty,.editbar,.qedit,.aedit,.btn-speech{display:none!important}
 .group[hidden],.context[hidden]{display:block!important}
 .d-body.two-col{display:block}
 .d-body.two-col .tree{max-height:none!important;overflow:visible!important;border:0}
 .d-tree{position:static!important}
 .card{break-inside:avoid;height:auto}
 .dg-box{overflow:visible;border:0}
}
"#;

/// The static render's own rules (`dramatis render`, no scripts): nothing looks
/// operable except the context `<details>`, and the tree never scrolls on its own (with
/// nothing focusable in it, a keyboard could not scroll it). Scoped to its wrapper with the rest of
/// [`CSS`] by `crate::cli::render`; the widget never loads it.
pub const STATIC_CSS: &str = r#"
.node{cursor:auto}
.node:hover{background:none}
.d-body.two-col .tree{max-height:none;overflow:visible;border:0;padding:0}
.card-para{display:block}
.context-static summary{cursor:pointer;font-size:.82rem;font-weight:600;color:var(--accent);width:max-content}
.context-static .context{margin-top:6px}
"#;
