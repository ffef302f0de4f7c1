// Debug: print the blocks the PDF reader extracts; tables as TSV with their pages.
//   npx tsc -p . && node dist/scripts/pdf-blocks.js file.pdf [page] [--tables]
import { readFile } from 'node:fs/promises';
import { readPdf } from '../src/ingest/pdf/index.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const tablesOnly = args.includes('--tables');
  const pos = args.filter((a) => !a.startsWith('--'));
  const file = pos[0];
  if (!file) {
    console.error('usage: node dist/scripts/pdf-blocks.js file.pdf [page] [--tables]');
    process.exit(2);
  }
  const page = pos[1] ? Number(pos[1]) : undefined;
  const t0 = performance.now();
  const doc = await readPdf(new Uint8Array(await readFile(file)), file);
  const ms = performance.now() - t0;
  const out: string[] = [];
  for (const b of doc.blocks) {
    const pages = b.type === 'table' && b.pages ? b.pages : [b.loc.page ?? 0];
    if (page !== undefined && !pages.includes(page)) continue;
    if (b.type === 'table') {
      out.push(`=== table p.${pages.join(',')} y=${b.loc.y} source=${b.source} rows=${b.rows.length} cols=${Math.max(...b.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)))}`);
      for (const row of b.rows) {
        out.push(
          `  [p${row[0]?.loc.page}] ` +
            row
              .map((c) => (c.covered ? '^' : c.text) + (c.colSpan ? `{c${c.colSpan}}` : '') + (c.rowSpan ? `{r${c.rowSpan}}` : ''))
              .join('\t'),
        );
      }
    } else if (!tablesOnly) {
      const h = b.headingLevel ? `H${b.headingLevel} ` : '';
      const m = b.marker ? `[${b.marker}] ` : '';
      out.push(`p${b.loc.page} y=${b.loc.y} ${h}${b.bold ? 'B ' : ''}${m}${b.text}`);
    }
  }
  console.log(out.join('\n'));
  const tables = doc.blocks.filter((b) => b.type === 'table').length;
  console.log(
    `--- ${doc.pages} pages, ${doc.blocks.length} blocks (${tables} tables), ${ms.toFixed(0)} ms` +
      (doc.notes.length ? `\nnotes: ${doc.notes.join('; ')}` : ''),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
