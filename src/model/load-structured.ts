// Reads a JSON or YAML report file: parses with source positions, validates against the schema,
// and normalizes. JSON is read by the YAML parser too, so both get line numbers per pointer.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { InputError } from './errors.js';
import { normalize } from './normalize.js';
import { validate } from './validate.js';
import type { InputFormat, LkjipReport, Model } from './types.js';

export function parseStructured(text: string, file: string): { data: unknown; pointerLines: Map<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError({ id: `${pos ? `baris ${pos.line}: ` : ''}YAML/JSON tidak valid: ${detail}`, en: `${pos ? `line ${pos.line}: ` : ''}invalid YAML/JSON: ${detail}` }, file);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const detail = (err as Error).message.split('\n')[0];
    throw new InputError({ id: `YAML tidak dapat dibaca: ${detail}`, en: `YAML cannot be read: ${detail}` }, file);
  }
  const pointerLines = new Map<string, number>();
  const visit = (node: Node | null | undefined, pointer: string) => {
    if (!node) return;
    if (node.range) pointerLines.set(pointer, lineCounter.linePos(node.range[0]).line);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) pointerLines.set(child, lineCounter.linePos(keyNode.range[0]).line);
        visit(pair.value as Node, child);
        if (keyNode?.range) pointerLines.set(child, lineCounter.linePos(keyNode.range[0]).line);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node, `${pointer}/${i}`));
    }
  };
  visit(doc.contents as Node, '');
  return { data, pointerLines };
}

export function loadStructured(text: string, file: string, format: InputFormat): Model {
  const { data, pointerLines } = parseStructured(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError({ id: 'bukan laporan lkjip-lint: diharapkan objek dengan "meta"', en: 'not an lkjip-lint report: expected an object with "meta"' }, file);
  }
  const problems = validate(data);
  if (problems.length) {
    const first = problems[0];
    const n = problems.length - 1;
    throw new InputError(
      {
        id: `laporan tidak sesuai skema: ${first.pointer}: ${first.pesan}${n ? ` (dan ${n} lainnya)` : ''}`,
        en: `report does not match the schema: ${first.pointer}: ${first.message}${n ? ` (and ${n} more)` : ''}`,
      },
      file,
    );
  }
  return normalize(data as LkjipReport, { file, format, pointerLines });
}
