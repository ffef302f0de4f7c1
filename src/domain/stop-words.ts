// Words that carry no identity in a name, in one place: the function words every comparison drops,
// and what each kind of comparison drops besides. Names of sasaran, indikator and program are
// compared token by token (src/domain/match.ts), so their list stays short; a name looked for in a
// sentence (src/subjects/narrative/text.ts) also drops the words of measurement every indicator
// shares ("persentase", "jumlah", "capaian"); a regulation's "tentang" title drops the words of its
// form ("tata cara", "atas").

/** Dropped by every comparison of names. */
const FUNCTION_WORDS = ['dan', 'yang', 'di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'serta'];

export const STOP_WORDS = {
  /** A sasaran, indikator or program name against another. */
  name: new Set([...FUNCTION_WORDS, 'terhadap', 'bidang', 'atau', 'dengan', 'oleh', 'secara', 'sebagai', 'bagi', 'akan', 'telah', 'adalah', 'ini', 'itu', 'tersebut', 'para', 'the', 'of', 'and', 'in']),
  /** An indicator or sasaran name looked for in a sentence of prose. */
  mention: new Set([
    ...FUNCTION_WORDS,
    ...['dengan', 'atau', 'per', 'oleh', 'terhadap', 'sebagai', 'secara', 'the', 'of', 'yg', 'dgn', 'tsb', 'satu'],
    ...['tahun', 'persentase', 'prosentase', 'prosentasi', 'presentase', 'jumlah', 'tingkat', 'nilai', 'indeks', 'angka', 'rasio', 'capaian'],
    ...['kinerja', 'indikator', 'hasil', 'sasaran', 'strategis', 'meningkatnya', 'meningkatkan', 'peningkatan', 'terwujudnya', 'tercapainya'],
  ]),
  /** A regulation's "tentang" title against another's. */
  regulation: new Set([...FUNCTION_WORDS, 'atas', 'tentang', 'tata', 'cara']),
};
