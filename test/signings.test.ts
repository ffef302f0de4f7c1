// Signature blocks as real reports print them (corpus: BP3AKB, BPBD Jawa Barat 2016): a jabatan with
// digits in a word, a day left blank, the report's own signature where the outline put the PK.
import { describe, expect, it } from 'vitest';
import type { Block, DocumentBlocks, TextBlock } from '../src/ingest/blocks.js';
import { understand } from '../src/ingest/understand/index.js';

let y = 0;
function p(text: string, extra: Partial<TextBlock> = {}, page = 1): TextBlock {
  y += 20;
  return { type: 'paragraph', text, loc: { page, y }, ...extra };
}
const doc = (blocks: Block[]): DocumentBlocks => ({ file: 'x.pdf', format: 'pdf', pages: 9, blocks, notes: [] });
const H = { headingLevel: 1, bold: true };
const signings = (blocks: Block[]) => (understand(doc(blocks)).report.signings ?? []).map((s) => [s.document, s.date, s.signatories?.map((g) => g.name)]);

describe('signature blocks', () => {
  it('"KEPALA BP3AKB PROVINSI JAWA BARAT" is a jabatan: the date above it dates the signing', () => {
    const blocks = [p('KATA PENGANTAR', H), p('Demikian laporan ini disusun.'), p('Bandung, 5 Januari 2017'), p('KEPALA BP3AKB PROVINSI JAWA BARAT'), p('Dr.Ir. DEWI SARTIKA, M.Si.'), p('NIP 19630122 1986032004')];
    expect(signings(blocks)).toEqual([['kata-pengantar', '5 Januari 2017', ['Dr.Ir. DEWI SARTIKA, M.Si.']]]);
  });

  it('a place and date cut off from the signatories by a line of another kind still date them', () => {
    const blocks = [p('KATA PENGANTAR', H), p('Demikian laporan ini disusun.'), p('Bandung, 5 Januari 2017'), p('Kepala Badan, yang telah ditetapkan pada 2016:'), p('Kepala Badan Contoh,'), p('Ir. BUDI SANTOSO'), p('NIP 19630122 1986032004')];
    expect(signings(blocks)).toEqual([['kata-pengantar', '5 Januari 2017', ['Ir. BUDI SANTOSO']]]);
  });

  it('a day left blank is a month-only date, not an undated signing', () => {
    const blocks = [p('KATA PENGANTAR', H), p('Demikian laporan ini disusun.'), p('Bandung, ..... Februari 2017'), p('Kepala Badan Contoh,'), p('Ir. BUDI SANTOSO'), p('NIP 19630122 1986032004')];
    expect(signings(blocks)).toEqual([['kata-pengantar', 'Februari 2017', ['Ir. BUDI SANTOSO']]]);
  });

  it("the report's own signature where the outline starts the PK dates neither the PK nor a PK signing", () => {
    const blocks = [
      p('BAB IV PENUTUP', H), p('Demikian laporan ini disusun.'),
      p('LAMPIRAN PERJANJIAN KINERJA TAHUN 2016', H, 2), p('Bandung, 10 Maret 2017', {}, 2), p('Kepala Dinas Contoh,', {}, 2), p('Ir. BUDI SANTOSO', {}, 2), p('NIP 19630122 1986032004', {}, 2),
    ];
    const { report } = understand(doc(blocks));
    expect(report.pk?.map((x) => x.date)).toEqual([undefined]);
    expect(report.signings?.map((s) => [s.document, s.date])).toEqual([['lkjip', '10 Maret 2017']]);
  });
});

describe('an organisation chart', () => {
  it('officials with their names and NIP under their titles, with no place, date or party, are no signing', () => {
    const blocks = [
      p('BAB I PENDAHULUAN', H), p('Struktur organisasi Dinas Contoh sebagai berikut:'),
      p('KEPALA DINAS'), p('Ir. NAMA PERTAMA, M.Si.'), p('NIP 19630122 198603 1 004'),
      p('SEKRETARIS'), p('Dra. NAMA KEDUA'), p('NIP 19650101 199003 2 002'),
      p('KEPALA BIDANG PROGRAM'), p('Drs. NAMA KETIGA'), p('NIP 19700101 199503 1 001'),
    ];
    expect(signings(blocks)).toEqual([]);
  });
});
