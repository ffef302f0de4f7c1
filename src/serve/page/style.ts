// The web page's own stylesheet, on top of the HTML report's (report/html-css.ts): the upload
// area, the file list with progress, downloads and filters. No fonts or images from outside.
export const PAGE_CSS = `
.page-head { display: grid; grid-template-columns: 1fr auto; align-items: start; gap: .4em 1em; }
.page-head .subtitle { grid-column: 1 / -1; }
.button, select {
  font: inherit; padding: .3em .8em; border: 1px solid #0a4f96; border-radius: 4px;
  background: #fff; color: #0a4f96; cursor: pointer; text-decoration: none; display: inline-block;
}
.button:hover { background: #e3eefb; }
/* The native file input stays focusable (Tab, then Enter or Space) but speaks through its label. */
.file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.file-input:focus-visible + label { outline: 3px solid #c25e00; outline-offset: 2px; }
:focus-visible { outline: 3px solid #c25e00; outline-offset: 2px; }
.drop { border: 2px dashed #6b7178; border-radius: 6px; padding: 1em 1.2em; margin: .8em 0; background: #f8f9fa; }
.drop.over { border-color: #0a4f96; background: #e3eefb; }
.drop:focus-within { border-color: #0a4f96; }
.drop p { margin: .3em 0; }
.drop label { font-weight: bold; margin-left: .3em; }
.drop { position: relative; }
.options label { font-weight: bold; margin-right: .5em; }
.key-form { border: 1px solid var(--warn); background: var(--warn-bg); padding: .5em .8em; margin: .6em 0; }
.files { margin-top: 1em; }
.entry { border-top: 2px solid #1b1d1f; margin: 1.4em 0 0; padding-top: .4em; }
.entry-head { display: flex; flex-wrap: wrap; align-items: center; gap: .3em 1em; }
.entry-head h2 { margin: 0; border: 0; padding: 0; font-size: 1.2em; overflow-wrap: anywhere; }
.state { font-weight: bold; }
.state-done { color: var(--ok); }
.state-failed { color: var(--err); }
progress { width: 12em; }
.downloads { display: flex; flex-wrap: wrap; align-items: center; gap: .3em .6em; margin: .6em 0; }
.downloads ul { display: flex; flex-wrap: wrap; gap: .4em; list-style: none; margin: 0; padding: 0; }
.downloads-label { font-weight: bold; }
.page-filter { flex-direction: column; align-items: stretch; }
.page-filter .filter-group { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1em; }
.page-filter .filter-group legend { font-weight: bold; float: left; margin-right: .6em; padding: 0; }
[hidden] { display: none !important; }
details.checklist-part > summary { cursor: pointer; }
details.checklist-part > summary > * { display: inline; }
article.finding:target, tr.ck-row:target { outline: 3px solid #c25e00; outline-offset: 1px; }
`;
