// DOCX reader: a Word file (Office Open XML) → DocumentBlocks, for the same understanding step the
// PDF, Markdown and text readers feed. The package is opened under zip-bomb limits (zip.ts); the
// main document is found through the package relationships; a macro-enabled document is refused
// (its macros are neither run nor read, but a reviewer should not be handed one as a report).
import type { DocumentBlocks } from '../blocks.js';
import { readBody, readNotes, type BodyEnv } from './body.js';
import { Numbering } from './numbering.js';
import { readStyles } from './styles.js';
import { tabTables } from './tabs.js';
import { parseXml, XmlError, children, type XNode } from './xml.js';
import { DocxError, openZip, type Zip, type ZipLimits } from './zip.js';

export { DocxError } from './zip.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export async function readDocx(bytes: Uint8Array, file: string, limits?: ZipLimits): Promise<DocumentBlocks> {
  const zip = await openZip(bytes, limits);
  try {
    const main = await mainPart(zip);
    if (!main || !zip.names.has(main)) {
      const what = zip.names.has('xl/workbook.xml') ? 'Excel' : zip.names.has('ppt/presentation.xml') ? 'PowerPoint' : undefined;
      throw new DocxError({
        id: `ZIP ini bukan dokumen Word: bagian word/document.xml tidak ada${what ? ` (isinya berkas ${what})` : ''}`,
        en: `this ZIP is not a Word document: it has no word/document.xml part${what ? ` (it holds an ${what} file)` : ''}`,
      });
    }
    await refuseMacros(zip, main);
    const rels = await relationships(zip, main);
    const part = async (type: string) => {
      const target = rels.get(type);
      return target && zip.names.has(target) ? xml(zip, target) : undefined;
    };
    const styles = readStyles(await part('styles'));
    const env: BodyEnv = {
      styles,
      numbering: new Numbering(await part('numbering'), styles.numbering),
      footnotes: readNotes(await part('footnotes'), 'w:footnote'),
      endnotes: readNotes(await part('endnotes'), 'w:endnote'),
      paragraphs: 0,
      endnoteRefs: [],
    };
    const document = await xml(zip, main);
    const body = children(document, 'w:body')[0];
    const read = body ? readBody(body, env) : [];
    for (const id of env.endnoteRefs) {
      const note = env.endnotes.get(id);
      if (note) read.push(...readBody(note, env));
    }
    const blocks = tabTables(read);
    const notes: string[] = [];
    const images = [...zip.names].filter((n) => /^word\/media\//.test(n)).length;
    if (images) notes.push(`${images === 1 ? '1 image' : `${images} images`} in the document: text inside images is not read`);
    return { file, format: 'docx', blocks, notes };
  } finally {
    zip.close();
  }
}

async function xml(zip: Zip, name: string): Promise<XNode | undefined> {
  const bytes = await zip.read(name);
  if (!bytes) return undefined;
  try {
    return parseXml(bytes.toString('utf8'));
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    throw new DocxError({ id: `berkas Word rusak: XML ${name} tidak valid (${e.message})`, en: `the Word file is damaged: invalid XML in ${name} (${e.message})` });
  }
}

/** The main document part named by the package relationships (word/document.xml as a rule). */
async function mainPart(zip: Zip): Promise<string | undefined> {
  const root = zip.names.has('_rels/.rels') ? await xml(zip, '_rels/.rels') : undefined;
  for (const r of children(root, 'rel:Relationship')) {
    const type = r.attrs.Type ?? '';
    if (type === `${REL}officeDocument` || type === `${STRICT_REL}officeDocument`) return resolve('', r.attrs.Target ?? '');
  }
  return zip.names.has('word/document.xml') ? 'word/document.xml' : undefined;
}

/** The main part's related parts by relationship type (styles, numbering, footnotes, endnotes). */
async function relationships(zip: Zip, main: string): Promise<Map<string, string>> {
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const out = new Map<string, string>();
  const root = zip.names.has(relsName) ? await xml(zip, relsName) : undefined;
  for (const r of children(root, 'rel:Relationship')) {
    if (r.attrs.TargetMode === 'External') continue;
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    if (!out.has(type)) out.set(type, resolve(dir, r.attrs.Target ?? ''));
  }
  // Documents written without relationships for these parts still have them in the usual place.
  for (const type of ['styles', 'numbering', 'footnotes', 'endnotes']) if (!out.has(type)) out.set(type, `${dir}${type}.xml`);
  return out;
}

/** A relationship target relative to `dir` ("word/"), or absolute ("/word/styles.xml"). */
function resolve(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function refuseMacros(zip: Zip, main: string): Promise<void> {
  const types = zip.names.has('[Content_Types].xml') ? await xml(zip, '[Content_Types].xml') : undefined;
  const mainType = children(types, 'ct:Override').find((o) => resolve('', o.attrs.PartName ?? '') === main)?.attrs.ContentType ?? '';
  const vba = [...zip.names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n));
  if (vba || /macroEnabled/i.test(mainType))
    throw new DocxError({
      id: 'dokumen Word bermakro (.docm) tidak diperiksa: makronya tidak dijalankan maupun dibaca; simpan sebagai Dokumen Word (.docx) lalu periksa berkas itu',
      en: 'a macro-enabled Word document (.docm) is not linted: its macros are neither run nor read; save it as a Word Document (.docx) and lint that file',
    });
}
