// The web page: files chosen or dropped are sent one per request to POST /api/v1/lint/bundle (two
// at a time), each with its progress; each answer is shown inline and every format it carries is
// offered for download. Nothing is stored: the page holds the files and the answers in memory.
import { CATEGORIES, SEVERITIES, SEVERITY_ICON, WORDS } from '../../report/html-text.js';
import { el } from './dom.js';
import { renderReport, type FileReport, type RuleInfo } from './render.js';
import { fill, PAGE_WORDS, type PageLang } from './words.js';

interface Output {
  format: string;
  filename: string;
  mediaType: string;
  encoding: 'utf-8' | 'base64';
  data: string;
}
interface Bundle {
  report: { results: FileReport[] };
  outputs: Output[];
}
type State = 'queued' | 'uploading' | 'checking' | 'done' | 'failed';
interface Entry {
  n: number;
  file: File;
  state: State;
  percent: number;
  error?: string;
  bundle?: Bundle;
  urls: string[];
  box: HTMLElement;
  xhr?: XMLHttpRequest;
}

const PARALLEL = 2;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let lang: PageLang = document.documentElement.lang === 'en' ? 'en' : 'id';
let rules: RuleInfo[] = [];
let apiKey = '';
let counter = 0;
const entries: Entry[] = [];
const formats = (document.body.dataset.formats ?? 'json').split(',');

function words() {
  return PAGE_WORDS[lang];
}

function announce(text: string): void {
  $('status').textContent = text;
}

function headers(xhr: XMLHttpRequest): void {
  if (apiKey) xhr.setRequestHeader('Authorization', `Bearer ${apiKey}`);
}

// ── Static text ────────────────────────────────────────────────────────────────────────────────

function applyWords(): void {
  const w = words();
  document.documentElement.lang = lang;
  document.title = w.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const text = (w as unknown as Record<string, unknown>)[node.dataset.w!];
    if (typeof text === 'string') node.textContent = text;
  }
  const sw = $('lang-switch');
  sw.setAttribute('lang', lang === 'id' ? 'en' : 'id');
  sw.setAttribute('aria-label', w.switchLabel);
  $('accepted').textContent = fill(w.accepted, ($('file-input') as HTMLInputElement).accept.split(',').join(' '));
  $('footer-text').textContent = fill(w.footer, document.body.dataset.version ?? '');
}

// ── Filters ────────────────────────────────────────────────────────────────────────────────────

function buildFilters(): void {
  const box = $('filters');
  const w = words();
  const rw = WORDS[lang];
  const all = entries.flatMap((e) => e.bundle?.report.results.flatMap((r) => r.findings) ?? []);
  box.hidden = !all.length;
  const checked = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.checked ?? true;
  const sev = SEVERITIES.map((s) =>
    el('label', {}, el('input', { type: 'checkbox', id: `show-sev-${s}`, 'data-filter': 'severity', value: s, checked: checked(`show-sev-${s}`) }), ' ', el('span', { class: `badge sev-${s}` }, el('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[s]), ` ${rw.severity[s]}`), ` (${all.filter((f) => f.severity === s).length})`),
  );
  const cat = CATEGORIES.map((c) =>
    el('label', {}, el('input', { type: 'checkbox', id: `show-cat-${c}`, 'data-filter': 'category', value: c, checked: checked(`show-cat-${c}`) }), ` ${rw.category[c]} (${all.filter((f) => f.category === c).length})`),
  );
  box.replaceChildren(
    el('legend', {}, w.filters),
    el('fieldset', { class: 'filter-group' }, el('legend', {}, w.bySeverity), ...sev),
    el('fieldset', { class: 'filter-group' }, el('legend', {}, w.byCategory), ...cat),
    el('p', { class: 'note', id: 'shown', 'aria-live': 'polite' }),
  );
  applyFilters();
}

function applyFilters(): void {
  const on = (kind: string) => new Set([...document.querySelectorAll<HTMLInputElement>(`input[data-filter="${kind}"]:checked`)].map((i) => i.value));
  const sev = on('severity');
  const cat = on('category');
  let shown = 0;
  let total = 0;
  for (const a of document.querySelectorAll<HTMLElement>('article.finding')) {
    total++;
    a.hidden = !(sev.has(a.dataset.severity!) && cat.has(a.dataset.category!));
    if (!a.hidden) shown++;
  }
  for (const g of document.querySelectorAll<HTMLElement>('.find-group')) g.hidden = !g.querySelector('article.finding:not([hidden])');
  const note = document.getElementById('shown');
  if (note) note.textContent = fill(words().shown, shown, total);
}

// ── One file ───────────────────────────────────────────────────────────────────────────────────

function stateText(e: Entry): string {
  const w = words();
  if (e.state === 'uploading') return fill(w.uploading, e.percent);
  return { queued: w.queued, checking: w.checking, done: w.done, failed: w.failed }[e.state];
}

function decode(o: Output): BlobPart {
  if (o.encoding === 'utf-8') return o.data;
  const bin = atob(o.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function draw(e: Entry): void {
  const w = words();
  for (const u of e.urls.splice(0)) URL.revokeObjectURL(u);
  const id = `e${e.n}`;
  const busy = e.state === 'uploading' || e.state === 'checking' || e.state === 'queued';
  const progress = el('progress', { max: '100', 'aria-labelledby': `${id}-h ${id}-state` });
  if (e.state === 'uploading') progress.value = e.percent;
  const head = el(
    'div',
    { class: 'entry-head' },
    el('h2', { id: `${id}-h`, class: 'entry-name' }, e.file.name),
    el('span', { id: `${id}-state`, class: `state state-${e.state}` }, stateText(e)),
    busy ? progress : '',
  );
  const parts: (HTMLElement | string)[] = [head];
  if (e.error) parts.push(el('p', { class: 'failed', role: 'alert' }, `${w.failed}: ${e.error}`));
  if (e.bundle) {
    const links = formats
      .map((f) => e.bundle!.outputs.find((o) => o.format === f))
      .filter((o): o is Output => !!o)
      .map((o) => {
        const url = URL.createObjectURL(new Blob([decode(o)], { type: o.mediaType }));
        e.urls.push(url);
        return el('li', {}, el('a', { class: 'button', href: url, download: o.filename, 'data-format': o.format }, w.formatName[o.format] ?? o.format));
      });
    parts.push(el('nav', { class: 'downloads', 'aria-label': `${w.downloads}: ${e.file.name}` }, el('span', { class: 'downloads-label' }, w.downloads), el('ul', {}, ...links)));
    for (const r of e.bundle.report.results) parts.push(renderReport(r, rules, lang, id, 3));
  }
  e.box.replaceChildren(...parts);
  e.box.setAttribute('aria-busy', String(busy));
}

function finish(e: Entry, state: State, detail?: { bundle?: Bundle; error?: string }): void {
  e.state = state;
  e.xhr = undefined;
  e.bundle = detail?.bundle;
  e.error = detail?.error;
  draw(e);
  const n = e.bundle?.report.results[0]?.findings.length;
  announce(`${e.file.name}: ${stateText(e)}${n !== undefined ? ` — ${WORDS[lang].totalLine(n, ...counts(e))}` : ''}${e.error ? ` — ${e.error}` : ''}`);
  buildFilters();
  pump();
}

function counts(e: Entry): [number, number, number] {
  const f = e.bundle?.report.results[0]?.findings ?? [];
  return [f.filter((x) => x.severity === 'error').length, f.filter((x) => x.severity === 'warning').length, f.filter((x) => x.severity === 'info').length];
}

function send(e: Entry): void {
  const xhr = new XMLHttpRequest();
  e.xhr = xhr;
  e.state = 'uploading';
  e.percent = 0;
  draw(e);
  const preset = ($('preset') as HTMLSelectElement).value;
  xhr.open('POST', `/api/v1/lint/bundle?lang=${lang}&config=${encodeURIComponent(preset)}`);
  headers(xhr);
  xhr.responseType = 'json';
  xhr.upload.onprogress = (ev) => {
    if (!ev.lengthComputable || e.xhr !== xhr) return;
    e.percent = Math.round((ev.loaded / ev.total) * 100);
    draw(e);
  };
  xhr.upload.onload = () => {
    if (e.xhr !== xhr) return;
    e.state = 'checking';
    draw(e);
  };
  xhr.onload = () => {
    if (e.xhr !== xhr) return;
    if (xhr.status === 200) return finish(e, 'done', { bundle: xhr.response as Bundle });
    if (xhr.status === 503) {
      // Busy: wait as the server asks, then try again.
      e.state = 'queued';
      e.xhr = undefined;
      draw(e);
      setTimeout(() => (e.state === 'queued' ? send(e) : undefined), 1000 * Number(xhr.getResponseHeader('retry-after') ?? 2));
      return;
    }
    if (xhr.status === 401) $('key-form').hidden = false;
    const message = (xhr.response as { message?: string } | null)?.message ?? `HTTP ${xhr.status}`;
    finish(e, 'failed', { error: message });
  };
  xhr.onerror = () => e.xhr === xhr && finish(e, 'failed', { error: words().network });
  const form = new FormData();
  form.append('file', e.file, e.file.name);
  xhr.send(form);
}

function pump(): void {
  // The checklist and the rules' explanations need the catalog: uploads wait for it.
  if (!rules.length) return;
  const running = entries.filter((e) => e.xhr).length;
  for (const e of entries.filter((x) => x.state === 'queued' && !x.xhr).slice(0, Math.max(0, PARALLEL - running))) send(e);
}

function add(files: FileList | File[]): void {
  for (const file of files) {
    const n = ++counter;
    const box = el('section', { class: 'entry', id: `e${n}`, 'aria-labelledby': `e${n}-h` });
    const e: Entry = { n, file, state: 'queued', percent: 0, urls: [], box };
    entries.push(e);
    $('files').appendChild(box);
    draw(e);
  }
  pump();
}

/** Every file again (another language or preset): the answers depend on both. */
function relint(): void {
  for (const e of entries) {
    e.xhr?.abort();
    e.xhr = undefined;
    e.state = 'queued';
    e.bundle = undefined;
    e.error = undefined;
    draw(e);
  }
  buildFilters();
  pump();
}

// ── Wiring ─────────────────────────────────────────────────────────────────────────────────────

async function loadRules(): Promise<void> {
  const response = await fetch('/api/v1/rules', { headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {} });
  if (response.status === 401) {
    $('key-form').hidden = false;
    return;
  }
  if (response.ok) {
    rules = ((await response.json()) as { rules: RuleInfo[] }).rules;
    pump();
  }
}

function init(): void {
  const input = $('file-input') as HTMLInputElement;
  input.addEventListener('change', () => {
    if (input.files?.length) add([...input.files]);
    input.value = '';
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    if (ev.dataTransfer?.files.length) add([...ev.dataTransfer.files]);
  });
  $('lang-switch').addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    applyWords();
    if (entries.length) announce(words().relint);
    relint();
  });
  $('preset').addEventListener('change', () => entries.length && relint());
  $('filters').addEventListener('change', applyFilters);
  $('key-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    apiKey = ($('api-key') as HTMLInputElement).value.trim();
    $('key-form').hidden = true;
    void loadRules().then(() => entries.some((e) => e.state === 'failed') && relint());
  });
  applyWords();
  void loadRules();
}

init();
