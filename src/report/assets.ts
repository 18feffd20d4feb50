/**
 * The report page's style and script, inlined into every page: the file must
 * open offline and as an e-mail attachment, so nothing is linked (no fonts,
 * no scripts, no images). Fonts are the reader's own: system fonts that carry
 * Vietnamese (Segoe UI, Noto Sans, DejaVu Sans, Arial all do).
 *
 * Everything a reader needs works without the script (highlights, tooltips
 * on hover and focus, the kind filter, the table links); the script only
 * opens a collapsed document when a link points into it, and adds
 * "open all" / "close all".
 */

import type { FigureKind } from "../schema.js";

/** One colour a kind (typed so a new figure kind cannot go without one); the legend, the highlights and the table rows all use it. */
export const KIND_COLOURS: Record<FigureKind | "reference" | "person", string> = {
  count: "#ffe08a",
  money: "#b6efb0",
  percent: "#a9d8ff",
  area: "#ffc9a6",
  length: "#e1c4ff",
  mass: "#ffb5c8",
  volume: "#a6efe6",
  duration: "#dcdc9c",
  reference: "#c9c9ff",
  person: "#f2c6f2",
};

function kindRules(): string {
  return Object.entries(KIND_COLOURS)
    .map(
      ([kind, colour]) =>
        `.hl[data-kind="${kind}"],.swatch[data-kind="${kind}"]{background:${colour}}` +
        // the filter: an unticked kind loses its colour in the text and its rows in the tables
        `body:has(#show-${kind}:not(:checked)) .hl[data-kind="${kind}"]{background:none;outline:none;box-shadow:none}` +
        `body:has(#show-${kind}:not(:checked)) tr[data-kind="${kind}"]{display:none}`,
    )
    .join("\n");
}

export const STYLE = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--paper:#fff;--wash:#f6f6f8}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem clamp(1rem,4vw,3rem);font:16px/1.55 "Segoe UI",system-ui,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--paper)}
h1{font-size:1.6rem;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:0;display:inline}
a{color:#1a56c4}
.summary{border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;background:var(--wash);margin-bottom:1.5rem}
.totals{font-size:1.05rem;margin:.25rem 0 .75rem}
.kinds{border-collapse:collapse;margin:.5rem 0}
.kinds td,.kinds th{padding:.15rem .75rem .15rem 0;text-align:left}
.kinds td.n{text-align:right;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;vertical-align:-.2em;border:1px solid #0002}
.failures li{color:#a01c1c}
.toc{columns:22rem auto;column-gap:2.5rem;padding-left:2.2rem;margin:.5rem 0}
.toc li{break-inside:avoid}
.toc .counts,.doc-meta{color:var(--muted);font-size:.9rem}
.controls button{font:inherit;margin-right:.5rem}
details.doc{border-top:1px solid var(--line);padding:.6rem 0}
details.doc>summary{cursor:pointer}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.75rem 0;font-size:.95rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:48rem;padding:1rem 1.25rem;border:1px solid var(--line);border-radius:8px;margin:.75rem 0;line-height:1.8}
.findings{border-collapse:collapse;margin:.75rem 0;font-size:.92rem}
.findings th,.findings td{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left;vertical-align:top}
.findings td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.findings caption{text-align:left;font-weight:600;padding:.25rem 0}
.hl{position:relative;color:inherit;border-radius:3px;padding:0 .05em;cursor:help}
.hl[data-kind="reference"]{box-shadow:inset 0 -2px #5b5bd6}
.hl[data-kind="person"]{box-shadow:inset 0 -2px #a23ca2}
.hl:focus,.hl:target{outline:2px solid #1a56c4;outline-offset:1px}
.hl::after{content:attr(data-tip);display:none;position:absolute;left:0;top:calc(100% + 4px);z-index:10;min-width:12rem;max-width:26rem;width:max-content;padding:.35rem .55rem;border-radius:6px;background:#222;color:#fff;font-size:.85rem;line-height:1.4;white-space:pre-line;box-shadow:0 2px 8px #0004}
.hl:is(:hover,:focus)::after{display:block}
/* nested highlights: only the innermost hovered one speaks */
.hl:has(.hl:hover)::after{display:none}
${kindRules()}
@media print{details.doc{break-inside:avoid}.controls{display:none}}
`;

export const SCRIPT = `
(function () {
  function openTo(id) {
    var el = id && document.getElementById(id);
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    if (el) el.scrollIntoView({ block: "center" });
  }
  var docs = document.querySelectorAll("details.doc");
  if (docs.length === 1) docs[0].open = true;
  function fromHash() { openTo(decodeURIComponent(location.hash.slice(1))); }
  window.addEventListener("hashchange", fromHash);
  if (location.hash) fromHash();
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button[data-open]");
    if (!button) return;
    var open = button.getAttribute("data-open") === "all";
    document.querySelectorAll("details.doc").forEach(function (d) { d.open = open; });
  });
})();
`;
