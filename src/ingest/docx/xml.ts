// A small element tree of one OOXML part, read with saxes. Names carry the usual prefixes (w:, mc:,
// wps:, v:, r:) whatever prefix the file declares, so the readers match `w:p` whether a writer
// called the namespace `w` or something else, and Strict OOXML reads like Transitional.
// Untrusted input: a DOCTYPE (entity expansion) is refused, and nesting is bounded.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
};

/** Deeper than this is not a document (Word nests tables inside tables, but not 200 levels). */
const MAX_DEPTH = 200;

export class XmlError extends Error {}

export function parseXml(text: string): XNode {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', () => {
    throw new XmlError('a DOCTYPE declaration (not allowed in Office documents)');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length > MAX_DEPTH) throw new XmlError(`elements nested more than ${MAX_DEPTH} levels deep`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[qualified(a.uri, a.local)] = a.value;
    }
    const node: XNode = { name: qualified(tag.uri, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    // Only text inside an element matters (w:t, w:instrText); whitespace between elements does not.
    if (stack.length > 1) stack[stack.length - 1].children.push(t);
  });
  parser.write(text).close();
  if (failure) throw new XmlError(failure.message.split('\n')[0]);
  const top = root.children.find((c): c is XNode => typeof c !== 'string');
  if (!top) throw new XmlError('no root element');
  return top;
}

function qualified(uri: string | undefined, local: string): string {
  const prefix = uri ? PREFIXES[uri] : undefined;
  return prefix ? `${prefix}:${local}` : local;
}

export function child(node: XNode | undefined, name: string): XNode | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(node: XNode | undefined, name: string): XNode[] {
  if (!node) return [];
  return node.children.filter((c): c is XNode => typeof c !== 'string' && c.name === name);
}

export function elements(node: XNode): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string');
}

/** `w:val` (or another attribute) of a child element: `val(pPr, 'w:pStyle')`. */
export function val(node: XNode | undefined, name: string, attr = 'w:val'): string | undefined {
  return child(node, name)?.attrs[attr];
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function flag(node: XNode | undefined, name: string): boolean | undefined {
  const c = child(node, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/** Text content of a node (for w:t, w:instrText). */
export function textOf(node: XNode): string {
  let s = '';
  for (const c of node.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
