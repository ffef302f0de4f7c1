// Claim extraction on real LKjIP sentences: Semboro 2021 (fixtures/semboro-2021.txt) and the corpus
// PDFs (pdftotext of /work/shared/corpus/*.pdf, lines joined).
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim, type CountClaim, type NumberClaim } from '../src/subjects/narrative/claims.js';
import { findNumbers } from '../src/subjects/narrative/numbers.js';
import { countValue, splitSentences } from '../src/subjects/narrative/text.js';

const SEMBORO_SCALE = { labels: ['SANGAT BAIK', 'BAIK', 'CUKUP', 'KURANG'] };

const of = <K extends Claim['kind']>(claims: Claim[], kind: K) => claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
const numbers = (text: string) => of(extractClaims(text).claims, 'number').map((n: NumberClaim) => ({ raw: n.value.raw, role: n.role, of: n.of?.value.raw }));

describe('sentences and number words', () => {
  it('does not split at Rp., list markers or decimals', () => {
    const s = splitSentences('Dana APBD sebesar Rp. 3.457.463.874, atau 91,06%. Hal ini baik. 1. Meningkatkan sarana. No. 5 ada.');
    expect(s.map((x) => x.text)).toEqual(['Dana APBD sebesar Rp. 3.457.463.874, atau 91,06%.', 'Hal ini baik.', '1. Meningkatkan sarana.', 'No. 5 ada.']);
  });
  it('reads counts written in words', () => {
    expect(countValue('sembilan')).toBe(9);
    expect(countValue('Enam  Belas')).toBe(16);
    expect(countValue('dua puluh')).toBe(20);
    expect(countValue('sebelas')).toBe(11);
    expect(countValue('2 (dua)')).toBe(2);
    expect(countValue('dua (2)')).toBe(2);
  });
});

describe('numbers in prose', () => {
  it('keeps raw text and precision', () => {
    const [rp, pct, neg, amb, big] = findNumbers('Rp. 14.513.515.000,00 dan (91,06%) lalu (104.66)% serta 1,309% dan Rp 2,5 miliar');
    expect(rp).toMatchObject({ unit: 'rupiah', value: { value: 14513515000, decimals: 2 } });
    expect(pct).toMatchObject({ unit: 'percent', value: { raw: '91,06%', value: 91.06, decimals: 2 } });
    expect(neg.value.value).toBe(-104.66);
    expect(amb.value.ambiguous).toBeDefined();
    expect(big).toMatchObject({ unit: 'rupiah', value: { value: 2.5e9, decimals: -8 } });
  });

  it('Semboro Ikhtisar: APBD, Belanja Operasi, Belanja Modal', () => {
    expect(numbers('Untuk mendukung pencapaian kinerja tahun 2021 dilaksanakan berbagai program dan kegiatan dengan mengalokasikan dana dalam APBD Tahun Anggaran 2021 sebesar Rp. 3.457.463.874, yang merupakan Belanja Operasi sebesar Rp 3.296.978.974 dan Belanja Modal sebesar Rp. 160.484.900.')).toEqual([
      { raw: 'Rp. 3.457.463.874', role: 'anggaran', of: undefined },
      { raw: 'Rp 3.296.978.974', role: 'belanja', of: undefined },
      { raw: 'Rp. 160.484.900', role: 'belanja', of: undefined },
    ]);
  });

  it('Semboro: the realisation and its rate; the Penutup in brackets', () => {
    expect(numbers('Sedangkan realisasi belanja langsung sampai dengan 31 Desember 2021 sebesar Rp 3.148.478.480 atau 91,06% dari pagu anggaran.')).toEqual([
      { raw: 'Rp 3.148.478.480', role: 'realisasi', of: undefined },
      { raw: '91,06%', role: 'realisasi', of: 'Rp 3.148.478.480' },
    ]);
    expect(numbers('Sedangkan realisasi Penyerapan Anggaran sebesar Rp. 3.148.478.480 (91,06%).')).toEqual([
      { raw: 'Rp. 3.148.478.480', role: 'realisasi', of: undefined },
      { raw: '91,06%', role: 'realisasi', of: 'Rp. 3.148.478.480' },
    ]);
  });

  it('Semboro sub-kegiatan explanations', () => {
    expect(numbers('Dari seluruh kegiatan yang terlaksana dari target 100% hanya terealisasi 87,5%. Sedangkan untuk realisasi anggaran 82,3%')).toEqual([
      { raw: '100%', role: 'target', of: undefined },
      { raw: '87,5%', role: 'realisasi', of: undefined },
      { raw: '82,3%', role: 'realisasi', of: undefined },
    ]);
    const [honor, hbn, anggaran] = of(extractClaims('Realisasi target kinerja mencapai 100% dalam pemberian honor pada Pol PP dan 0% pada pelaksanaan upacara HUT RI. Anggaran terealisasi 100%.').claims, 'number');
    expect(honor).toMatchObject({ role: 'realisasi', about: ' dalam pemberian honor pada Pol PP dan ' });
    expect(hbn).toMatchObject({ role: 'realisasi', about: ' pada pelaksanaan upacara HUT RI.' });
    expect(anggaran.role).toBe('realisasi');
    expect(anggaran.cues).toContain('anggaran');
  });

  it('Semboro: a sasaran mean', () => {
    expect(numbers('Dari tabel diatas rata-rata capaian sasaran sebesar 71,4%, sehingga pencapaian sasaran tersebut adalah berhasil.')).toEqual([{ raw: '71,4%', role: 'average', of: undefined }]);
  });

  it('DKI 2024: budget, realisation rate, unspent budget; "efisiensi output" is no budget figure', () => {
    expect(
      numbers('Terdapat 6 (enam) program pendukung IKU/Sasaran Strategis Bakesbangpol Tahun 2024 dengan total anggaran Rp 989.454.881.713, realisasi Rp 982.061.548.321 (capaian 99,25%), efisiensi anggaran sebesar Rp 7.393.333.392 (0,75%), serta efisiensi output program sebesar 16,45%.'),
    ).toEqual([
      { raw: 'Rp 989.454.881.713', role: 'anggaran', of: undefined },
      { raw: 'Rp 982.061.548.321', role: 'realisasi', of: undefined },
      { raw: '99,25%', role: 'realisasi', of: 'Rp 982.061.548.321' },
      { raw: 'Rp 7.393.333.392', role: 'efisiensi', of: undefined },
      { raw: '0,75%', role: 'efisiensi', of: 'Rp 7.393.333.392' },
      { raw: '16,45%', role: undefined, of: undefined },
    ]);
  });

  it('DKI 2024: target, realisation and capaian of one indicator', () => {
    expect(
      numbers('Indikator Kinerja Tingkat Partisipasi Pemilu memiliki target 77,75% Realisasi yang dicapai adalah sebesar 74,28% dengan persentase capaian 95,54% dan predikat capaian “Sangat Tinggi” (berdasarkan tabel kriteria dalam Kemendagri Nomor 86 Tahun 2017).'),
    ).toEqual([
      { raw: '77,75%', role: 'target', of: undefined },
      { raw: '74,28%', role: 'realisasi', of: undefined },
      { raw: '95,54%', role: 'capaian', of: undefined },
    ]);
  });

  it('Kesbangpol Jabar 2016: total absorption with its rate', () => {
    expect(numbers('Dengan demikian, total penyerapan anggaran tahun 2016 adalah sebesar Rp. 22.599.636.052,00 atau 93,09%.')).toEqual([
      { raw: 'Rp. 22.599.636.052,00', role: 'realisasi', of: undefined },
      { raw: '93,09%', role: 'realisasi', of: 'Rp. 22.599.636.052,00' },
    ]);
  });
});

describe('predikat words', () => {
  const words = (text: string) => of(extractClaims(text, SEMBORO_SCALE).claims, 'predikat').map((p) => p.word);

  it('Semboro Ikhtisar: the predikat and the capaian rating of Sasaran 1 and 2', () => {
    const x = extractClaims('Sasaran 1 : Meningkatnya Kualitas Pelayanan mendapat predikat nilai Baik Hal ini dapat dilihat berdasarkan hasil pengukuran 1 (satu) indikator sasaran, dengan capaian tergolong Baik.', SEMBORO_SCALE);
    expect(of(x.claims, 'predikat').map((p) => [p.word, p.cue])).toEqual([
      ['Baik', 'predikat'],
      ['Baik', 'capaian'],
    ]);
    expect(x.sentences[0].sasaran).toEqual([{ no: 1, text: 'Meningkatnya Kualitas Pelayanan' }]);
    expect(of(x.claims, 'count')).toEqual([]);
    expect(words('Sasaran 2 : Meningkatnya koordinasi Pemerintahan dan penyelenggara pemerintahan Desa mendapat predikat nilai **Baik**. Hal ini dapat dilihat berdasarkan hasil pengukuran 1 (satu) indikator sasaran, dengan capaian **Sangat Baik**.')).toEqual(['Baik', 'Sangat Baik']);
  });

  it('Semboro Penutup: "dikategorikan Baik" is a claim; the counted "kategori baik" belongs to the count', () => {
    const x = extractClaims('Dari hasil evaluasi terhadap kinerja Kecamatan Semboro dapat disimpulkan bahwa sasaran-sasaran pada tiap-tiap tujuan yang ditetapkan pada Rencana Strategis (Renstra) dikategorikan Baik karena dari 2 indikator sasaran pencapaiannya sebanyak 2 indikator dalam kategori baik.', SEMBORO_SCALE);
    expect(of(x.claims, 'predikat').map((p) => p.word)).toEqual(['Baik']);
    expect(of(x.claims, 'count').map((c: CountClaim) => [c.count, c.qualifier, c.total])).toEqual([[2, { type: 'kategori', label: 'baik' }, 2]]);
    expect(x.sentences[0].overall).toBe(true);
  });

  it('the ordinary adjective is no claim', () => {
    expect(words('Dari uraian capaian indikator dapat disimpulkan bahwa target dalam penyelenggaraan pemerintahan telah dilaksanakan dengan baik, dimana sebanyak 2 indikator capaian diatas target yaitu dalam kategori Baik.')).toEqual([]);
    expect(words('Kesadaran masyarakat yang sangat tinggi dalam administrasi kependudukan.')).toEqual([]);
    expect(words('2. Kualitas SDM yang masih rendah.')).toEqual([]);
    expect(words('Koordinasi di tingkat Kecamatan lebih ditingkatkan dalam meningkatkan pembangunan baik di desa maupun tingkat Kecamatan.')).toEqual([]);
    expect(words('Meningkatkan tata kelola pemerintahan yang baik (good governance).')).toEqual([]);
    // Kesbangpol Jabar 2016
    expect(words('Kegiatan-kegiatan tersebut dinilai cukup efektif dalam mendukung pencapaian sasaran strategis yang ketiga ini.')).toEqual([]);
  });

  it('Disperindag Jabar 2016 and DKI 2024 phrasing', () => {
    expect(words('Capaian kinerja pertumbuhan Industri Manufaktur pada PDRB Jawa Barat sebesar 90.68% dengan kategori “Baik”.')).toEqual(['Baik']);
    expect(words('Peningkatan Jumlah eksportir Jawa Barat per tahun dan Penurunan Nilai Impor Jawa Barat masing-masing sebesar 166.4% dengan kategori “Sangat Baik” dan 75.6% dengan kategori “Sedang”.')).toEqual(['Sangat Baik', 'Sedang']);
    expect(words('Realisasi yang dicapai adalah sebesar 74,28% dengan persentase capaian 95,54% dan predikat capaian “Sangat Tinggi” (berdasarkan tabel kriteria dalam Kemendagri Nomor 86 Tahun 2017).')).toEqual(['Sangat Tinggi']);
    // A band of another scale, given with its bounds (BPS's IDI categories).
    expect(words('Nilai capaian IDI DKI Jakarta tersebut berada dalam kategori Tinggi (> 80).')).toEqual([]);
  });
});

describe('achievement words', () => {
  const claims = (text: string) => of(extractClaims(text).claims, 'achievement').map((a) => [a.claim, a.phrase, a.explicit]);

  it('Semboro: "berhasil" is a claim, but not explicit about the target', () => {
    expect(claims('Dari tabel diatas rata-rata capaian sasaran sebesar 71,4%, sehingga pencapaian sasaran tersebut adalah berhasil.')).toEqual([['success', 'berhasil', false]]);
  });

  it('nouns, purposes and pledges are no claims', () => {
    expect(claims('Program dan kegiatan yang dilaksanakan guna mendukung tercapainya kinerja sasaran 1 terdiri dari 1 (satu) program.')).toEqual([]);
    expect(claims('Faktor pendorong keberhasilan capaian')).toEqual([]);
    expect(claims('Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.')).toEqual([]);
    // Kesbangpol Jabar 2016: success at something else than the target.
    expect(claims('Keseluruhan pencapaian ini menunjukkan bahwa pada tahun 2016, Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat secara umum telah berhasil menyelenggarakan program dan kegiatan dengan baik.')).toEqual([]);
  });

  it('negations and hedges (Disperindag Jabar 2016, DKI 2024)', () => {
    expect(claims('Target jumlah wirausaha baru dari target 9,000 WUB dengan realisasi 9,133 WUB, belum sesuai dengan target dikarenakan keterbatasan anggaran.')).toEqual([['not-achieved', 'belum sesuai dengan target', true]]);
    expect(claims('Jumlah SDM IKM terlatih pada tahun 2016 sebanyak 2,345 orang masih kurang memenuhi target.')).toEqual([['not-achieved', 'kurang memenuhi target', true]]);
    expect(claims('Penurunan nilai impor tersebut belum dapat mencapai target yang telah ditentukan.')).toEqual([['not-achieved', 'belum dapat mencapai target', true]]);
    expect(claims('Target sebanyak 125 eksportir realisasi 208 eksportir. Hal ini sudah melebihi target yang ditentukan.')).toEqual([['above', 'melebihi target', true]]);
    // "mencapai target 99,47%" states a rate below 100, not an achieved target.
    expect(claims('Sasaran Operasional sebanyak 3 (tiga) buah dengan capaian 2 (dua) buah Sasaran mencapai target 100% dan 1 Sasaran yaitu “Meningkatnya penyelesaian pengaduan masyarakat” mencapai target 99,47%.')).toEqual([['achieved', 'mencapai target', true]]);
    expect(claims('Pada keempat jenis Pemilu Nasional, tingkat partisipasi berhasil mencapai target sebesar 77,75%.')).toEqual([]);
  });
});

describe('counts', () => {
  const counts = (text: string) => of(extractClaims(text, SEMBORO_SCALE).claims, 'count').map((c) => ({ count: c.count, noun: c.noun, q: c.qualifier, total: c.total }));

  it('Semboro Ikhtisar: 2 indicators above target', () => {
    expect(counts('Dari uraian capaian indikator dapat disimpulkan bahwa target dalam penyelenggaraan pemerintahan, pelaksanaan pembangunan dan pelayanan kepada masyarakat oleh Kecamatan Semboro telah dilaksanakan dengan baik, dimana sebanyak 2 indikator capaian diatas target yaitu dalam kategori Baik.')).toEqual([
      { count: 2, noun: 'indikator', q: { type: 'above' }, total: undefined },
    ]);
  });

  it('totals alone are no claims', () => {
    expect(counts('Pada Laporan Kinerja Kecamatan Semboro Tahun 2021, dilakukan evaluasi dan analisis capaian terhadap 2 (dua) indikator kinerja dari 2 (dua) sasaran.')).toEqual([]);
  });

  it('DKI 2024 and Kesbangpol Jabar 2016', () => {
    expect(counts('Dari 4 IKU tersebut, 3 IKU dapat tercapai 100% sedangkan 1 IKU yaitu Tingkat Partisipasi Pemilu terealisasi 95,54%.')).toEqual([{ count: 3, noun: 'indikator', q: { type: 'achieved' }, total: 4 }]);
    expect(counts('Dari sembilan indikator kinerja yang ditetapkan pada tahun 2016, sebanyak 7 indikator kinerja telah berhasil dicapai dengan baik, sedangkan 2 indikator kinerja yaitu Indeks Demokrasi Indonesia belum diumumkan oleh BPS.')).toEqual([
      { count: 7, noun: 'indikator', q: { type: 'achieved' }, total: 9 },
    ]);
    expect(counts('Berdasarkan evaluasi pada akhir tahun, semua target kinerja Bakesbangpol dapat tercapai dengan capaian kategori SANGAT TINGGI.')).toEqual([{ count: 'all', noun: 'indikator', q: { type: 'achieved' }, total: undefined }]);
    // Sasaran Khusus / Operasional are other sets than the measured sasaran.
    expect(counts('Bakesbangpol memiliki Sasaran Khusus sebanyak 8 (delapan) buah dengan keseluruhannya dapat mencapai target 100%, Sasaran Operasional sebanyak 3 (tiga) buah.')).toEqual([]);
  });

  it('Disperindag Jabar 2016: counts per qualifier, hedged ones left out, bare counts after a total', () => {
    expect(counts('Terbukti dari hasil pengukuran yang diukur melalui 3 (tiga) indikator kinerja dengan rincian 1 (satu) indikator jauh dibawah target, 1 (satu) indikator hampir mencapai target dan 1 (satu) indikator diatas target.')).toEqual([
      { count: 1, noun: 'indikator', q: { type: 'not-achieved' }, total: 3 },
      { count: 1, noun: 'indikator', q: { type: 'above' }, total: 3 },
    ]);
    expect(
      counts('Dari 9 (Sembilan) sasaran strategis bidang industry dan perdagangan yang diukur melalui 16 (enam belas) indikator kinerja dengan capaian 7 (tujuh) mendapat kategori “Sangat Baik”, 4 (empat) mendapat kategori “Baik”, 4 (empat) mendapat kategori “Sedang” dan 1 (satu) mendapat kategori “Kurang”.').map((c) => [c.count, c.q, c.total]),
    ).toEqual([
      [7, { type: 'kategori', label: 'Sangat Baik' }, 16],
      [4, { type: 'kategori', label: 'Baik' }, 16],
      [4, { type: 'kategori', label: 'Sedang' }, 16],
      [1, { type: 'kategori', label: 'Kurang' }, 16],
    ]);
  });
});

describe('SKM mutu and sasaran mentions', () => {
  it('Semboro Ikhtisar: the SKM letter', () => {
    expect(of(extractClaims('Hasil Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik, dengan capaian sasaran adalah B.').claims, 'mutu').map((m) => m.letter)).toEqual(['B']);
    expect(of(extractClaims('B. Rencana Kinerja Tahunan dan Survei Kepuasan Masyarakat.').claims, 'mutu')).toEqual([]);
  });

  it('numbers the sasaran as written, typos included', () => {
    const mentions = (t: string) => extractClaims(t).sentences.flatMap((s) => s.sasaran);
    expect(mentions('a. Untuk Sasaran Starategis I: Meningkatnya kualitas pelayanan')).toEqual([{ no: 1, text: 'Meningkatnya kualitas pelayanan' }]);
    expect(mentions('b. Untuk Sasasaran Strategis II: Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa')).toEqual([{ no: 2, text: 'Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa' }]);
    expect(mentions('Sasaran ke-2 dalam upaya meningkatkan pemanfaatan teknologi')).toEqual([{ no: 2 }]);
    expect(mentions('Program dan kegiatan yang dilaksanakan guna mendukung tercapainya kinerja sasaran 2 terdiri dari 3 (tiga) program')).toEqual([{ no: 2 }]);
  });
});

describe('ranges', () => {
  it('a range is not a negative percentage', () => {
    expect(findNumbers('target 80 - 90% dan realisasi -5%').map((n) => n.value.value)).toEqual([90, -5]);
  });
});

describe('emphasis and success words', () => {
  it('a bold rating word is a claim; bold marks are not part of the word', () => {
    const x = extractClaims('Kinerja Sasaran 1 tahun ini **Cukup** dan kegiatan berjalan dengan baik.', SEMBORO_SCALE);
    expect(of(x.claims, 'predikat').map((p) => [p.word, p.cue])).toEqual([['Cukup', 'bold']]);
  });
  it('"seluruh indikator … berhasil" counts as achieved', () => {
    expect(of(extractClaims('Secara keseluruhan seluruh indikator kinerja berhasil dengan baik.').claims, 'count').map((c) => [c.count, c.qualifier])).toEqual([['all', { type: 'achieved' }]]);
    expect(of(extractClaims('Seluruh indikator kinerja berhasil menyelenggarakan kegiatan.').claims, 'count')).toEqual([]);
  });
});

// Readings added for reports of other agencies (corpus: Disbun, BP3AKB, RSUD, Biro Organisasi Jabar 2016).
describe('what a number or a word states, and what it only refers to', () => {
  const achievements = (text: string) => of(extractClaims(text).claims, 'achievement').map((a) => a.phrase);

  it('"mencapai target … sebesar X%" and "tercapai sebanyak N" state what was reached, not that the target was met', () => {
    expect(achievements('Indikator (2) juga hanya mencapai target kinerja sebesar 97,82%.')).toEqual([]);
    expect(achievements('Indikator POKJA PUG dari target 80%, tercapai sebanyak 20 kabupaten/kota (74.07%).')).toEqual([]);
    expect(achievements('Indikator SAKIP tercapai secara sangat memuaskan dengan persentase capaian 98,89%.')).toEqual([]);
    expect(achievements('Indikator (3) mencapai target kinerja sebesar 102,17%.')).toEqual(['mencapai target']);
  });

  it('"output kegiatan tercapai" is said of the activities, not of a target', () => {
    expect(achievements('Secara keseluruhan indikator kinerja sasaran 3 baik, output kegiatan tercapai seluruhnya.')).toEqual([]);
  });

  it('a percentage measured against is no stated figure; physical progress is no budget figure', () => {
    expect(numbers('Penyerapan anggaran tersebut belum mencapai/mendekati 100 persen pagu anggaran.')).toEqual([]);
    expect(numbers('Penyerapan anggaran sebesar 94.08% sehingga terdapat efisiensi sebesar (100 – 94.08)% atau 5.92%.').map((n) => n.raw)).toEqual(['94.08%', '5.92%']);
    expect(numbers('Realisasi anggaran Rp 43.433.436.071 (97,61%) dan capaian fisiknya sebesar 99,96%.')).toEqual([
      { raw: 'Rp 43.433.436.071', role: 'realisasi', of: undefined },
      { raw: '97,61%', role: 'realisasi', of: 'Rp 43.433.436.071' },
      { raw: '99,96%', role: 'fisik', of: undefined },
    ]);
  });

  it('money does not lend its role to the next figure unless only joining words stand between', () => {
    expect(numbers('Penyerapan anggaran 95%, kinerja sasaran 90%.')).toEqual([
      { raw: '95%', role: 'realisasi', of: undefined },
      { raw: '90%', role: undefined, of: undefined },
    ]);
    expect(numbers('Realisasi anggaran per sasaran 95%, 90% dan 85%.').map((n) => n.role)).toEqual(['realisasi', 'realisasi', 'realisasi']);
  });

  it('"dana APBD" names a source, not which figure: "realisasi … untuk dana APBD adalah Rp X" is a realisation', () => {
    expect(numbers('Adapun realisasi anggaran tersebut untuk dana APBD adalah sebesar Rp 43.433.436.071.')[0].role).toBe('realisasi');
    expect(numbers('Dinas memperoleh dana APBD sebesar Rp 44.495.611.842.')[0].role).toBe('anggaran');
  });

  it('a mean of rates is no figure a table gives', () => {
    expect(numbers('Terdapat efisiensi anggaran pada tiga sasaran strategis dengan rata-rata efisiensi sebesar 39,23%.')[0].role).toBeUndefined();
  });

  it('"ditargetkan 81 (Predikat A)" grades the value, not the capaian', () => {
    expect(of(extractClaims('Nilai SAKIP yang ditargetkan 81 (Predikat A) terealisasi 80,10 (Predikat A).', { labels: ['AA', 'A', 'BB'] }).claims, 'predikat')).toEqual([]);
  });

  it('sasaran numbered in words and as SS2', () => {
    const mentions = (t: string) => extractClaims(t).sentences.flatMap((s) => s.sasaran.map((m) => m.no));
    expect(mentions('Pada sasaran strategis kedua (SS2) target sasaran kinerja diperoleh.')).toEqual([2]);
    expect(mentions('Realisasi anggaran (SS4) mencapai 97,15%.')).toEqual([4]);
  });
});
