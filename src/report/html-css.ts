// The HTML report's stylesheet: inline, no fonts or images from outside; A4 print rules.
export const CSS = `
:root {
  --err: #a50e1e; --err-bg: #fde4e7;
  --warn: #7a4d00; --warn-bg: #fff1cc;
  --info: #0a4f96; --info-bg: #e3eefb;
  --ok: #1a6321; --ok-bg: #e2f3e3;
  --conf: #4a4a4a; --conf-bg: #ececec;
  --comp-bg: #eef2f7; --line: #b9bec4; --muted: #5b6168;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  font-family: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, Helvetica, sans-serif;
  font-size: 14px; line-height: 1.45; color: #1b1d1f; background: #fff;
  max-width: 1120px; margin: 0 auto; padding: 16px 20px 40px;
}
h1 { font-size: 1.55em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; margin: 1.4em 0 .5em; padding-bottom: .15em; border-bottom: 2px solid #1b1d1f; }
h3 { font-size: 1.1em; margin: 1.2em 0 .4em; }
h4 { font-size: 1em; margin: .2em 0 .3em; }
h5, h6 { font-size: 1em; margin: .2em 0; }
p { margin: .35em 0; }
a { color: #0a4f96; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.subtitle { color: var(--muted); margin-bottom: .8em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .6em 0 1em; padding: .6em .8em; border: 1px solid var(--line); background: #f8f9fa; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.toc ol { margin: .2em 0; padding-left: 1.4em; }
nav.toc { margin: .6em 0; }
.failed { color: var(--err); font-weight: bold; }
.total-line { font-weight: bold; }

/* severity, status badges: icon + text, never colour alone */
.badge { display: inline-block; padding: 0 .4em; border: 1px solid currentColor; border-radius: 3px; font-weight: bold; font-size: .85em; white-space: nowrap; }
.sev-error .badge, .badge.sev-error { color: var(--err); background: var(--err-bg); }
.sev-warning .badge, .badge.sev-warning { color: var(--warn); background: var(--warn-bg); }
.sev-info .badge, .badge.sev-info { color: var(--info); background: var(--info-bg); }
.status { display: inline-block; padding: .05em .4em; border: 1px solid currentColor; border-radius: 3px; font-weight: bold; font-size: .85em; }
.st-terpenuhi { color: var(--ok); background: var(--ok-bg); }
.st-terpenuhi-dengan-catatan { color: var(--warn); background: var(--warn-bg); }
.st-tidak-terpenuhi { color: var(--err); background: var(--err-bg); }
.st-perlu-konfirmasi { color: var(--conf); background: var(--conf-bg); }
.basis { font-size: .85em; color: var(--muted); margin-top: .2em; }

/* tables */
.table-wrap { max-width: 100%; overflow-x: auto; margin: .4em 0 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid var(--line); padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: normal; hyphens: auto; }
thead th { background: #e7e9ec; font-size: .9em; vertical-align: bottom; }
thead th.computed { background: #d9e3ef; }
caption { text-align: left; font-weight: bold; padding: .2em 0 .3em; caption-side: top; }
caption .ctx { display: block; font-weight: normal; color: var(--muted); font-size: .9em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
td.c { text-align: center; }
tr.group th { background: #f1f2f4; font-weight: bold; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #6b7178; }
th[scope="row"] { font-weight: normal; }
th.name.lvl-program { font-weight: bold; }
th.name.lvl-kegiatan { padding-left: 1.1em; }
th.name.lvl-subkegiatan { padding-left: 2.1em; font-size: .95em; }
td.computed { background: var(--comp-bg); font-style: italic; }
td.computed.na { color: var(--muted); }
td.computed .why { display: block; font-size: .8em; font-style: normal; text-align: right; }
.mark { outline: 2px solid currentColor; outline-offset: -2px; }
.mark .v { font-weight: bold; }
td.mark-error, th.mark-error, .swatch.mark-error { background: var(--err-bg); color: var(--err); }
td.mark-warning, th.mark-warning, .swatch.mark-warning { background: var(--warn-bg); color: var(--warn); }
td.mark-info, th.mark-info, .swatch.mark-info { background: var(--info-bg); color: var(--info); }
.flag { display: inline-block; margin-left: .3em; font-size: .85em; font-weight: bold; font-style: normal; white-space: nowrap; }
.flag .icon { margin-right: .1em; }
.flag a.ref { color: inherit; }
tr.row-mark > :first-child { box-shadow: inset 5px 0 0 var(--err); }
tr.row-mark-warning > :first-child { box-shadow: inset 5px 0 0 var(--warn); }
tr.row-mark-info > :first-child { box-shadow: inset 5px 0 0 var(--info); }
tr.row-mark-error th .flag { color: var(--err); }
tr.row-mark-warning th .flag { color: var(--warn); }
tr.row-mark-info th .flag { color: var(--info); }
col.c-no { width: 4.5%; } col.c-num { width: 9%; } col.c-label { width: 10.5%; } col.c-money { width: 12.5%; }
col.c-pct { width: 8%; }
table.alokasi col.c-money { width: 19%; } table.alokasi col.c-pct { width: 11%; } col.c-kind { width: 10%; } col.c-cat { width: 36%; } col.c-count { width: 16%; }
col.c-ckno { width: 7%; } col.c-status { width: 22%; } col.c-refs { width: 25%; }
table.summary { max-width: 52em; }
table.summary thead th { white-space: nowrap; }
table.summary td.zero { color: #9aa0a6; }
.scale { font-size: .9em; margin: -.4em 0 1em; }
.scale ul { display: inline; padding: 0; margin: 0 0 0 .3em; }
.scale li { display: inline-block; max-width: 100%; margin-right: 1em; }
.legend { border: 1px solid var(--line); padding: .4em .6em; margin: .6em 0 1em; font-size: .9em; background: #fafbfc; }
.legend ul { list-style: none; margin: .2em 0 0; padding: 0; columns: 2 22em; }
.legend li { margin: .15em 0; break-inside: avoid; display: flex; gap: .5em; align-items: baseline; }
.legend li .swatch { flex: none; }
.swatch { display: inline-block; min-width: 4.2em; padding: 0 .35em; border: 1px solid var(--line); text-align: center; font-weight: bold; font-size: .9em; }
.swatch.computed { background: var(--comp-bg); font-style: italic; font-weight: normal; }
.swatch.mark { outline: 2px solid currentColor; outline-offset: -2px; }
.swatch.row-mark { box-shadow: inset 5px 0 0 var(--err); }
.legend-title, .scale-title { font-weight: bold; }
.chips a { display: inline-block; min-width: 1.9em; margin: 0 .15em .15em 0; padding: 0 .25em; border: 1px solid currentColor; border-radius: 3px; text-align: center; text-decoration: none; font-size: .85em; }
.chips a.sev-error { color: var(--err); background: var(--err-bg); }
.chips a.sev-warning { color: var(--warn); background: var(--warn-bg); }
.chips a.sev-info { color: var(--info); background: var(--info-bg); }
.chips .rules { display: block; font-size: .8em; color: var(--muted); overflow-wrap: anywhere; }

/* findings */
.section-head { margin-top: 1.1em; padding: .15em .4em; background: #f1f2f4; border-left: 4px solid #6b7178; font-size: 1em; }
article.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); padding: .45em .7em .5em; margin: .5em 0 .7em; }
article.finding.sev-error { border-left-color: var(--err); }
article.finding.sev-warning { border-left-color: var(--warn); }
article.finding.sev-info { border-left-color: var(--info); }
article.finding h4 { display: flex; gap: .5em; align-items: baseline; }
article.finding h4 .no { flex: none; font-weight: bold; min-width: 2em; }
article.finding h4 .badge { flex: none; }
article.finding h4 .msg { font-weight: bold; overflow-wrap: anywhere; }
.rule-line { font-size: .85em; color: var(--muted); margin: 0 0 .3em; }
dl.facts { display: grid; grid-template-columns: 9.5em minmax(0, 1fr); gap: .2em .8em; margin: .3em 0; }
dl.facts dt { font-weight: bold; color: #33373b; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
blockquote.evidence { margin: 0; padding: .15em .5em; border-left: 3px solid #8c9299; background: #f5f6f7; white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .86em; }
.expected { color: var(--ok); font-weight: bold; }
.actual { color: var(--err); font-weight: bold; }
.expected::before { content: "✔ "; }
.actual::before { content: "✖ "; }
ul.related { margin: 0; padding-left: 1.1em; }
ul.related li { margin: .1em 0; }
ul.related .note { font-style: italic; }
.loc-part { display: inline; }
.loc-part + .loc-part::before { content: " · "; color: var(--muted); }
.explain { margin-top: .45em; padding-top: .35em; border-top: 1px dashed var(--line); font-size: .88em; color: #2c3034; }
.explain p { margin: .15em 0; }
.explain .src { color: var(--muted); }
.toplink { font-size: .85em; }

/* screen-only filter (no script: checkboxes and :has) */
.filter { border: 1px solid var(--line); padding: .3em .7em; margin: .6em 0; display: flex; flex-wrap: wrap; gap: .3em 1.2em; align-items: center; }
.filter legend { font-weight: bold; padding: 0 .3em; }
.filter .note { font-size: .85em; color: var(--muted); }
body:has(#show-error:not(:checked)) article.finding.sev-error,
body:has(#show-warning:not(:checked)) article.finding.sev-warning,
body:has(#show-info:not(:checked)) article.finding.sev-info { display: none; }

@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; line-height: 1.35; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .filter, .toplink { display: none !important; }
  article.finding { display: block !important; }
  a { color: inherit; text-decoration: none; }
  section.part, section.file + section.file { break-before: page; }
  h2, h3, h4, caption, .section-head { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, article.finding, .legend, dl.meta, .table-wrap.keep { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table.data { font-size: 7.5pt; }
  tr.total td.num { font-weight: normal; }
  table.checklist { font-size: 8pt; }
  th, td { padding: 2px 3px; }
  h1 { font-size: 15pt; } h2 { font-size: 12.5pt; } h3 { font-size: 10.5pt; }
}
`;
