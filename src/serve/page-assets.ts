// The web page's files: its HTML shell (first paint in the chosen language), the HTML report's
// stylesheet and the page's own, and the page's scripts as compiled by tsc (dist/src/…), served
// from a fixed list; nothing is fetched from elsewhere.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { packageRoot } from '../engine/package-root.js';
import type { Lang } from '../engine/types.js';
import { CSS } from '../report/html-css.js';
import { esc } from '../report/html-text.js';
import { FORMATS } from '../report/index.js';
import { acceptedExtensions } from './media.js';
import { PAGE_CSS } from './page/style.js';
import { fill, PAGE_WORDS } from './page/words.js';

/** No inline script or style, nothing from another origin, and no HTML parsed from strings. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** The browser modules (paths under dist/src): the page and the report modules it shares. */
const MODULES = ['serve/page/app.js', 'serve/page/dom.js', 'serve/page/render.js', 'serve/page/words.js', 'report/checklist.js', 'report/html-text.js', 'report/results.js', 'engine/not-checked.js'];

/**
 * The modules a served module imports (relative paths under dist/src) that are not served: the
 * browser would fail to load the page, which only a browser test would otherwise notice.
 */
export function unservedImports(module: string, body: string, served: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2];
    const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(module), spec)) : spec;
    if (!served.includes(target)) out.push(target);
  }
  return out;
}

export interface Asset {
  type: string;
  body: string;
}

/** Every file under /static/, by its path there; read once at start. */
export function pageAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>([
    ['report.css', { type: 'text/css; charset=utf-8', body: CSS }],
    ['page.css', { type: 'text/css; charset=utf-8', body: PAGE_CSS }],
  ]);
  const dist = join(packageRoot, 'dist', 'src');
  for (const m of MODULES) {
    const file = join(dist, m);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
    // The source map stays on disk: the browser would ask for it only with its tools open.
    const body = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
    const missing = unservedImports(m, body, MODULES);
    if (missing.length) throw new Error(`${m} imports ${missing.join(', ')}, which the page does not serve: add it to MODULES in src/serve/page-assets.ts`);
    assets.set(`js/${m}`, { type: 'text/javascript; charset=utf-8', body });
  }
  return assets;
}

export function pageHtml(lang: Lang, version: string): string {
  const w = PAGE_WORDS[lang];
  const accept = acceptedExtensions();
  const other = lang === 'id' ? 'en' : 'id';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lkjip-lint">
<link rel="icon" href="data:,">
<title>${esc(w.title)}</title>
<link rel="stylesheet" href="/static/report.css">
<link rel="stylesheet" href="/static/page.css">
<script type="module" src="/static/js/serve/page/app.js"></script>
</head>
<body data-formats="${esc(FORMATS.join(','))}" data-version="${esc(version)}">
<header class="doc-head page-head">
<h1 data-w="title">${esc(w.title)}</h1>
<button type="button" id="lang-switch" class="button lang-switch" lang="${other}" aria-label="${esc(w.switchLabel)}" data-w="switchTo">${esc(w.switchTo)}</button>
<p class="subtitle" data-w="intro">${esc(w.intro)}</p>
</header>
<main>
<section class="upload" aria-label="${esc(w.choose)}">
<div id="drop" class="drop">
<p><span data-w="drop">${esc(w.drop)}</span>
<input type="file" id="file-input" class="file-input" multiple accept="${esc(accept.join(','))}">
<label for="file-input" class="button" data-w="choose">${esc(w.choose)}</label></p>
<p class="muted" id="accepted">${esc(fill(w.accepted, accept.join(' ')))}</p>
</div>
<p class="options"><label for="preset" data-w="preset">${esc(w.preset)}</label>
<select id="preset"><option value="recommended" data-w="presetRecommended">${esc(w.presetRecommended)}</option><option value="strict" data-w="presetStrict">${esc(w.presetStrict)}</option></select></p>
<form id="key-form" class="key-form" hidden>
<p data-w="keyHint">${esc(w.keyHint)}</p>
<label for="api-key" data-w="keyLabel">${esc(w.keyLabel)}</label> <input type="password" id="api-key" autocomplete="off" required>
<button type="submit" class="button" data-w="keySave">${esc(w.keySave)}</button>
</form>
<noscript><p class="failed" data-w="noJs">${esc(w.noJs)}</p></noscript>
</section>
<div id="status" class="sr" role="status" aria-live="polite"></div>
<fieldset id="filters" class="filter page-filter" hidden></fieldset>
<div id="files" class="files"></div>
</main>
<footer><p class="muted" id="footer-text">${esc(fill(w.footer, version))}</p></footer>
</body>
</html>
`;
}
