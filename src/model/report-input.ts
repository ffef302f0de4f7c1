/* Generated from report.schema.json by scripts/gen-model-types.mjs. Do not edit by hand. */

/**
 * How the value's place was read when that reading is not certain: column-position (the column was taken by its position, not its header), row-continued (a row joined across a page break), cell-merged (several values printed in one cell), ocr (text recognised from a scan), scope-inferred (what the table covers was inferred), caption-guessed (the table's caption was not printed above or below it). Findings that rest on such a reading are never errors.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Reading".
 */
export type Reading =
  'column-position' | 'row-continued' | 'cell-merged' | 'ocr' | 'scope-inferred' | 'caption-guessed';
/**
 * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Value".
 */
export type Value = string | number | null;

/**
 * One LKjIP with its attachments (Renstra, IKU, RKT, PK, PK Perubahan), as written. Every number is kept as the text the report prints (e.g. "24.577.500", "82,3%", "B"); lkjip-lint parses it. `at` says where the value stands in the source document.
 */
export interface LkjipReport {
  $schema?: string;
  /**
   * Format version of this file.
   */
  lkjipLint?: 1;
  source?: Source;
  meta: Meta;
  sections?: Section[];
  paragraphs?: Paragraph[];
  tables?: TableCaption[];
  signings?: Signing[];
  letterheads?: Letterhead[];
  scale?: Scale;
  formulas?: Formulas;
  renstra?: Renstra;
  iku?: IkuDocument[];
  rkt?: Rkt;
  perencanaan?: Perencanaan;
  pk?: PerjanjianKinerja[];
  pengukuran?: Measurement[];
  rataRata?: AverageRow[];
  riwayat?: HistoryRow[];
  kemajuanRenstra?: RenstraProgressRow[];
  nasional?: NationalRow[];
  /**
   * Measurement rows printed outside the chapters (the Ikhtisar Eksekutif's table, a lampiran's table, a quarterly monitoring lampiran's annual columns): the same figures restated, compared with Bab III's, never measured again.
   */
  pengukuranLain?: RestatedMeasurement[];
  anggaran?: BudgetTable;
  /**
   * Other tables that print the anggaran of programs or kegiatan: a second budget table, a program/anggaran table outside a Perjanjian Kinerja (Bab II). Read only to compare their amounts with the budget table's.
   */
  anggaranLain?: OtherBudgetTable[];
  belanja?: Belanja;
  subKegiatan?: SubKegiatanTable[];
  /**
   * Tables of budget use beside performance ("Efisiensi Penggunaan Sumber Daya", SILPA tables): columns read by their header words.
   */
  efisiensi?: EfficiencyTable[];
  /**
   * Tables of the follow-up of an evaluation or a letter (LHE AKIP, recommendations of the Inspektorat or KemenPAN-RB: "Rekomendasi", "Tindak Lanjut", "Tanggal"): per row the date of the letter it answers and the date of the follow-up, as printed, each taken from a column whose header names it, from the words of a cell ("LHE Nomor … tanggal …", "pada tanggal … telah dilaksanakan …"), from a row above or the table's caption naming the letter; a date column named by no such word is read by its position (its cell says `column-position`).
   */
  tindakLanjut?: FollowUpTable[];
  alokasi?: Allocation[];
  extraction?: Extraction;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * The document this model was read or transcribed from.
   */
  file?: string;
  format?: 'pdf' | 'markdown' | 'text' | 'docx' | 'manual';
  pages?: number;
  extractedBy?: string;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Meta".
 */
export interface Meta {
  title?: string;
  instansi?: string;
  pemda?: string;
  level?: 'opd' | 'kecamatan' | 'pemda' | 'kementerian' | 'lembaga' | 'unit' | 'other';
  /**
   * The reporting year: stated by the user (--year, the config's "year"), else decided by a vote among the sources that name it. Absent when nothing names it: the rules that need it are then not run.
   */
  tahun?: number;
  /**
   * As written, e.g. "2016-2021".
   */
  renstraPeriod?: string;
  /**
   * Years printed on the cover, as written.
   */
  coverYears?: string[];
  /**
   * Where the year, agency and region were read, one entry per source with what it says (a reader fills this; a hand-written file need not). The year is the one with the most weight: cover title and running header/footer 4 (1 for a running title printed on fewer pages than another), a title line in the front matter 3, the Kata Pengantar 2, other prose, the PK title, the document's Title entry and the body's most frequent "Tahun N" 1 each.
   */
  sources?: MetaSource[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "MetaSource".
 */
export interface MetaSource {
  /**
   * stated: --year or the config; file: meta.tahun of a structured file; cover: the title on the cover; title: a title line in the front matter; furniture: a running header or footer; kata-pengantar / text: "Laporan Kinerja … <agency> Tahun N" in the Kata Pengantar / elsewhere in the prose; pk: the Perjanjian Kinerja's title; pdf-title: the document's Title entry; body: the "Tahun N" the prose names most.
   */
  kind:
    | 'stated'
    | 'file'
    | 'cover'
    | 'title'
    | 'furniture'
    | 'kata-pengantar'
    | 'text'
    | 'pk'
    | 'pdf-title'
    | 'body';
  /**
   * What the source says, as printed (a running title without its page number).
   */
  text?: string;
  tahun?: number;
  instansi?: string;
  pemda?: string;
  /**
   * Pages a running header or footer is printed on.
   */
  pages?: number[];
  /**
   * How often the prose names the year (body).
   */
  count?: number;
  at?: At;
}
/**
 * Where the value stands in the source document the file was made from.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "At".
 */
export interface At {
  /**
   * The file of a berkas (one OPD's documents linted together) this stands in, when it is not the LKjIP's own file.
   */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  page?: number;
  /**
   * Paragraph of a Word document, counted from 1 (Word has no stable page numbers).
   */
  paragraph?: number;
  table?: string;
  row?: number | string;
  /**
   * Per-field positions inside a table row, keyed by field name.
   */
  cells?: {
    [k: string]: CellAt;
  };
  reading?: Reading;
  /**
   * Read by OCR from a scanned page: characters, digits above all, may be misread.
   */
  ocr?: boolean;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "CellAt".
 */
export interface CellAt {
  line?: number;
  column?: number;
  page?: number;
  /**
   * Paragraph of a Word document, counted from 1 (Word has no stable page numbers).
   */
  paragraph?: number;
  field?: string;
  reading?: Reading;
  /**
   * Read by OCR from a scanned page: characters, digits above all, may be misread.
   */
  ocr?: boolean;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  /**
   * The heading as printed, e.g. "BAB III AKUNTABILITAS KINERJA".
   */
  title: string;
  /**
   * Numbering as printed ("III", "A.", "3.1").
   */
  number?: string;
  /**
   * Canonical id when known (bab-1 … bab-4, bab-3a, bab-3b, kata-pengantar, ikhtisar, lampiran, pk, pk-perubahan, rkt, renstra, sk-iku). Inferred from the title when absent.
   */
  kind?: string;
  parent?: string;
  /**
   * True for an entry of the Daftar Isi rather than a heading in the body.
   */
  inToc?: boolean;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Paragraph".
 */
export interface Paragraph {
  /**
   * Title or kind of the section the paragraph stands in.
   */
  section?: string;
  text: string;
  about?: About;
  at?: At;
}
/**
 * What a paragraph or table speaks of, when its position says so (e.g. the evaluation of Sasaran 2).
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "About".
 */
export interface About {
  sasaran?: number | string;
  indikator?: string;
  program?: string;
  subKegiatan?: string;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "TableCaption".
 */
export interface TableCaption {
  /**
   * As printed, e.g. "3.2".
   */
  number?: string;
  title?: string;
  section?: string;
  /**
   * True for a reference in prose ("(Tabel 4.1)") rather than a caption.
   */
  referenced?: boolean;
  /**
   * Years the column headers of the caption's table name over its targets, realisasi, capaian and budgets ("Realisasi 2016", "Tahun 2015" spanning Target and Realisasi), distinct and ascending; absent when none or when the caption was not read with its table.
   *
   * @maxItems 40
   */
  columnYears?: string[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Signing".
 */
export interface Signing {
  document:
    | 'kata-pengantar'
    | 'lkjip'
    | 'pk'
    | 'pk-perubahan'
    | 'rkt'
    | 'sk-iku'
    | 'renstra'
    | 'pernyataan-reviu'
    | 'other';
  place?: string;
  /**
   * As written, e.g. "01 Nopember 2021" or "Januari 2021".
   */
  date?: string;
  signatories?: Signatory[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Signatory".
 */
export interface Signatory {
  /**
   * e.g. pihak-pertama, pihak-kedua, penandatangan.
   */
  role?: string;
  name?: string;
  jabatan?: string;
  pangkat?: string;
  nip?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Letterhead".
 */
export interface Letterhead {
  document: string;
  instansi?: string;
  address?: string;
  phone?: string;
  postalCode?: string;
  /**
   * The letterhead as printed.
   */
  text?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Scale".
 */
export interface Scale {
  title?: string;
  bands: ScaleBand[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "ScaleBand".
 */
export interface ScaleBand {
  no?: string;
  /**
   * As printed: "Lebih dari 100 %", "76 % s/d 100 %", "≥ 91", "< 55%".
   */
  range: string;
  label: string;
  /**
   * Lower bound; absent when the band is open below.
   */
  min?: number;
  minInclusive?: boolean;
  /**
   * Upper bound; absent when the band is open above.
   */
  max?: number;
  maxInclusive?: boolean;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Formulas".
 */
export interface Formulas {
  /**
   * The declared formula for positive polarity, as written.
   */
  positive?: string;
  /**
   * The declared formula for negative polarity, as written.
   */
  negative?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Renstra".
 */
export interface Renstra {
  period?: string;
  tujuan?: RenstraTujuan[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RenstraTujuan".
 */
export interface RenstraTujuan {
  no?: string;
  text: string;
  indikator?: string[];
  sasaran?: RenstraSasaran[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RenstraSasaran".
 */
export interface RenstraSasaran {
  text: string;
  indikator?: RenstraIndikator[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RenstraIndikator".
 */
export interface RenstraIndikator {
  text: string;
  satuan?: string;
  /**
   * Target per year, keyed by year.
   */
  targets?: {
    [k: string]: Value;
  };
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "IkuDocument".
 */
export interface IkuDocument {
  /**
   * sk: the lampiran of the IKU decree; bab2: the IKU table in Bab II.
   */
  source: 'sk' | 'bab2' | 'lampiran' | 'other';
  title?: string;
  decree?: Decree;
  items: IkuItem[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Decree".
 */
export interface Decree {
  title?: string;
  nomor?: string;
  tentang?: string;
  place?: string;
  date?: string;
  diktum?: Diktum[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Diktum".
 */
export interface Diktum {
  /**
   * As printed: KESATU, KEDUA, …
   */
  label: string;
  text?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "IkuItem".
 */
export interface IkuItem {
  no?: string;
  /**
   * Sasaran strategis or kinerja utama the indicator serves.
   */
  sasaran?: string;
  indikator: string;
  formula?: string;
  penanggungJawab?: string;
  sumber?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Rkt".
 */
export interface Rkt {
  title?: string;
  year?: number;
  sasaran?: RktSasaran[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RktSasaran".
 */
export interface RktSasaran {
  no?: string;
  text: string;
  indikator?: TargetIndikator[];
  programs?: RktProgram[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "TargetIndikator".
 */
export interface TargetIndikator {
  no?: string;
  text: string;
  target?: Value;
  satuan?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RktProgram".
 */
export interface RktProgram {
  name: string;
  indikator?: string;
  target?: Value;
  anggaran?: Value;
  kegiatan?: RktKegiatan[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RktKegiatan".
 */
export interface RktKegiatan {
  name: string;
  indikator?: string;
  target?: Value;
  anggaran?: Value;
  at?: At;
}
/**
 * Bab II's summary of the PK: sasaran, indikator and target as the report body states them.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Perencanaan".
 */
export interface Perencanaan {
  title?: string;
  sasaran?: TargetSasaran[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "TargetSasaran".
 */
export interface TargetSasaran {
  no?: string;
  text: string;
  indikator?: TargetIndikator[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "PerjanjianKinerja".
 */
export interface PerjanjianKinerja {
  kind: 'pk' | 'pk-perubahan';
  title?: string;
  year?: number;
  /**
   * Signing date as written.
   */
  date?: string;
  sasaran?: TargetSasaran[];
  programs?: PkProgram[];
  total?: Value;
  totalAt?: At;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "PkProgram".
 */
export interface PkProgram {
  no?: string;
  name: string;
  anggaran?: Value;
  keterangan?: string;
  at?: At;
}
/**
 * One row of the Bab III.A measurement table.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Measurement".
 */
export interface Measurement {
  no?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polarity?: 'positive' | 'negative';
  target?: Value;
  /**
   * Of the target column: The period the column's header names, when it names one: a year ("2016"), or "kumulatif" for a figure to date ("s.d. 2016", "2014+2015+2016", "kumulatif").
   */
  targetPeriod?: string;
  realisasi?: Value;
  capaian?: Value;
  predikat?: string;
  table?: string;
  at?: At;
}
/**
 * A row of a measurement table that states the mean capaian of rows above it ("Rata-rata", "Rata-rata capaian sasaran"), not an indicator of its own.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "AverageRow".
 */
export interface AverageRow {
  /**
   * The row's label as printed.
   */
  label?: string;
  capaian: Value;
  table?: string;
  /**
   * First row of pengukuran it summarises (1-based position in pengukuran); absent: from the first row.
   */
  first?: number;
  /**
   * Last row of pengukuran it summarises (1-based position in pengukuran); absent: to the last row.
   */
  last?: number;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "HistoryRow".
 */
export interface HistoryRow {
  sasaran?: string;
  indikator: string;
  /**
   * Realisasi per year, keyed by year.
   */
  values: {
    [k: string]: Value;
  };
  /**
   * Years whose capaian column the headers name ("Capaian 2015", or "Tahun 2015" spanning Target, Realisasi and Capaian), each with that year's target and realisasi as the same row prints them.
   */
  capaianByYear?: {
    year: string;
    target?: Value;
    realisasi?: Value;
    capaian?: Value;
    at?: At;
  }[];
  table?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RenstraProgressRow".
 */
export interface RenstraProgressRow {
  sasaran?: string;
  indikator: string;
  targetAkhir?: Value;
  realisasi?: Value;
  /**
   * Of the realisasi column: The period the column's header names, when it names one: a year ("2016"), or "kumulatif" for a figure to date ("s.d. 2016", "2014+2015+2016", "kumulatif").
   */
  realisasiPeriod?: string;
  kemajuan?: Value;
  table?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "NationalRow".
 */
export interface NationalRow {
  sasaran?: string;
  indikator: string;
  realisasi?: Value;
  nasional?: Value;
  keterangan?: string;
  table?: string;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "RestatedMeasurement".
 */
export interface RestatedMeasurement {
  /**
   * Where the row is printed: the Ikhtisar Eksekutif, a lampiran, or a quarterly monitoring lampiran (its annual columns only).
   */
  source: 'ikhtisar' | 'lampiran' | 'triwulan';
  sasaran?: string;
  indikator: string;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  target?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  realisasi?: string | number | null;
  table?: string;
  at?: At;
}
/**
 * The budget per program table, as flat rows in printed order; the tree (program → kegiatan → sub kegiatan) follows from the levels.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "BudgetTable".
 */
export interface BudgetTable {
  title?: string;
  /**
   * The header of the column the anggaran was read from, as printed ("Anggaran (Rp)", "Pagu").
   */
  anggaranHeader?: string;
  rows?: BudgetRow[];
  total?: BudgetTotal;
  /**
   * Total rows printed before the last one ("TOTAL KEGIATAN" above "Belanja Tidak Langsung" and "JUMLAH TOTAL"), each closing the rows since the total before it. The last total then adds up either the rows after the subtotals or the subtotals and those rows.
   */
  subtotals?: {
    label?: string;
    anggaran?: Value;
    realisasi?: Value;
    persen?: Value;
    at?: At;
    /**
     * How many of `rows` stand above this total.
     */
    rowsBefore: number;
  }[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "BudgetRow".
 */
export interface BudgetRow {
  no?: string;
  level: 'program' | 'kegiatan' | 'subkegiatan';
  /**
   * Present when the level was not read from a mark (the row's words, its numbering or kode rekening, which code or name column holds it): flat (the table marks no level at all: every row read at one level) or inferred (from the rows above it). Totals over such rows rest on an inferred scope: never errors.
   */
  levelReading?: 'flat' | 'inferred';
  name: string;
  anggaran?: Value;
  realisasi?: Value;
  persen?: Value;
  at?: At;
}
/**
 * A total row of the budget table: "JUMLAH", "TOTAL KEGIATAN", "TOTAL URUSAN …".
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "BudgetTotal".
 */
export interface BudgetTotal {
  label?: string;
  anggaran?: Value;
  realisasi?: Value;
  persen?: Value;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "OtherBudgetTable".
 */
export interface OtherBudgetTable {
  title?: string;
  /**
   * The part of the report the table stands in, by its kind (bab-2, bab-3, lampiran …).
   */
  place?: string;
  /**
   * The header of the column the amounts were read from, as printed.
   */
  anggaranHeader?: string;
  rows: {
    no?: string;
    level?: 'program' | 'kegiatan' | 'subkegiatan';
    name: string;
    anggaran?: Value;
    at?: At;
  }[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Belanja".
 */
export interface Belanja {
  total?: Value;
  totalAt?: At;
  groups?: BelanjaItem[];
  totalRow?: BelanjaItem1;
  proportions?: Proportion[];
  at?: At;
}
/**
 * A belanja group or part: `amount` is its anggaran (pagu), with the realisasi and the percentage when the table prints them.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "BelanjaItem".
 */
export interface BelanjaItem {
  name: string;
  amount?: Value;
  realisasi?: Value;
  persen?: Value;
  parts?: BelanjaItem[];
  at?: At;
}
/**
 * The table's own total row ("Jumlah", "Total Belanja").
 */
export interface BelanjaItem1 {
  name: string;
  amount?: Value;
  realisasi?: Value;
  persen?: Value;
  parts?: BelanjaItem[];
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Proportion".
 */
export interface Proportion {
  /**
   * Name of the belanja group the share is stated for.
   */
  name: string;
  percent: Value;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "SubKegiatanTable".
 */
export interface SubKegiatanTable {
  sasaran?: number | string;
  program?: string;
  kegiatan?: string;
  subKegiatan?: string;
  rows: SubKegiatanRow[];
  penjelasan?: string;
  penjelasanAt?: At;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "SubKegiatanRow".
 */
export interface SubKegiatanRow {
  kind: 'input' | 'output' | 'outcome';
  uraian: string;
  target?: Value;
  realisasi?: Value;
  persen?: Value;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "EfficiencyTable".
 */
export interface EfficiencyTable {
  title?: string;
  table?: string;
  rows: EfficiencyRow[];
  at?: At;
}
/**
 * One row: what it is of (an indicator, a sasaran, a source of funds) and the figures its columns' headers name.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "EfficiencyRow".
 */
export interface EfficiencyRow {
  name: string;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  capaian?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  anggaran?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  realisasi?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  serapan?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  sisa?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  sisaPersen?: string | number | null;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  efisiensi?: string | number | null;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "FollowUpTable".
 */
export interface FollowUpTable {
  title?: string;
  table?: string;
  /**
   * The letter or evaluation report the whole table answers, as its caption or the sentence introducing the table names it with its date ("LHE Nomor 700/210/Itprov tanggal 14 Maret 2016").
   */
  letter?: string;
  /**
   * That letter's date as printed.
   */
  letterDate?: string;
  letterAt?: At1;
  /**
   * @maxItems 500
   */
  rows: FollowUpRow[];
  at?: At;
}
/**
 * Where the value stands in the source document the file was made from.
 */
export interface At1 {
  /**
   * The file of a berkas (one OPD's documents linted together) this stands in, when it is not the LKjIP's own file.
   */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  page?: number;
  /**
   * Paragraph of a Word document, counted from 1 (Word has no stable page numbers).
   */
  paragraph?: number;
  table?: string;
  row?: number | string;
  /**
   * Per-field positions inside a table row, keyed by field name.
   */
  cells?: {
    [k: string]: CellAt;
  };
  reading?: Reading;
  /**
   * Read by OCR from a scanned page: characters, digits above all, may be misread.
   */
  ocr?: boolean;
}
/**
 * One row of a follow-up table: what is followed up and the two dates, as printed.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "FollowUpRow".
 */
export interface FollowUpRow {
  /**
   * The recommendation or finding followed up, as printed.
   */
  rekomendasi?: string;
  /**
   * The date of the letter this row answers, as printed: from a column whose header names the letter's date, from a cell naming the letter ("LHE Nomor … tanggal …") or from a row above naming it; absent: the table's `letterDate`.
   */
  letterDate?: string;
  /**
   * The date of the follow-up, as printed: from a column whose header names it ("Tanggal Tindak Lanjut", "Waktu Pelaksanaan"), from the follow-up's own words ("pada tanggal … telah dilaksanakan …"), or from the table's one date column taken by its position.
   */
  actionDate?: string;
  at?: At2;
}
/**
 * Where the value stands in the source document the file was made from.
 */
export interface At2 {
  /**
   * The file of a berkas (one OPD's documents linted together) this stands in, when it is not the LKjIP's own file.
   */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  page?: number;
  /**
   * Paragraph of a Word document, counted from 1 (Word has no stable page numbers).
   */
  paragraph?: number;
  table?: string;
  row?: number | string;
  /**
   * Per-field positions inside a table row, keyed by field name.
   */
  cells?: {
    [k: string]: CellAt;
  };
  reading?: Reading;
  /**
   * Read by OCR from a scanned page: characters, digits above all, may be misread.
   */
  ocr?: boolean;
}
/**
 * Budget allocated to one sasaran (Bab III, alokasi belanja per sasaran).
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Allocation".
 */
export interface Allocation {
  sasaran: number | string;
  sasaranText?: string;
  items?: AllocationItem[];
  total?: Value;
  /**
   * A value as printed: "1.234.567,89", "91,06%", "Rp. 2,519,516,374", "B", "80-90", "-". A JSON number is read as written.
   */
  percent?: string | number | null;
  at?: At;
}
/**
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "AllocationItem".
 */
export interface AllocationItem {
  /**
   * The program (or kegiatan) as written.
   */
  name: string;
  anggaran?: Value;
  at?: At;
}
/**
 * What reading a document (PDF, Markdown, text) could not place in this model. Written by `lkjip-lint extract` so that a person correcting the file sees it; linting reports each note as an info finding.
 *
 * This interface was referenced by `LkjipReport`'s JSON-Schema
 * via the `definition` "Extraction".
 */
export interface Extraction {
  pages?: number;
  /**
   * Pages without a text layer that were read by OCR (--ocr).
   */
  ocrPages?: number[];
  /**
   * Notes of the format reader (pages without text, page limit reached …).
   */
  reader?: string[];
  notes?: {
    code:
      | 'table-unknown'
      | 'table-unplaced'
      | 'section-missing'
      | 'cell-unparsed'
      | 'level-unknown'
      | 'meta-missing';
    message: string;
    header?: string;
    at?: At;
  }[];
}
