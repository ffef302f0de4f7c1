import { it } from 'vitest';
import { compare, tokenize } from '../src/engine/match.js';
it("s", () => {
const T = {
 b3skm: 'Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik',
 pkskm: 'Nilai SKM dalam Pelayanan Publik',
 rktskm: 'Nilai Sirvey Kepuasan Masyarakat (SKM) pada Bidang Pelayanan Publik',
 renskm: 'Hasil Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik',
 skmPub: 'SKM Publik (Survey Kepuasan Masyarakat terhadap layanan Kecamatan)',
 skmApa: 'SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap terhadap layanan Kecamatan secara kelembagaan)',
 mandiri: 'Prosentase Desa Mandiri',
 b3rek: 'Prosentase rekomendasi hasil bidang pemerintahan, ketertiban, dan keamanan, pemberdayaan masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam satu tahun',
 renrek: 'Prosentasi rekomendasi hasil bidang pemerintahan, ketertiban dan keamanan, pemberdayaan masyarakat dan Kesos yang ditindaklanjuti dalam satu tahun',
 rktrek: 'Prosentase Rekomendasi hasil koordinasi bidang Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintah, Ketertiban dan Keamanan, Pemberdayaan Masyarakat Desa dan Kesejahteraan Sosial yang ditindak lanjuti dalam satu tahun',
 pkrek: '1. Prosentase Rekomendasi hasil Koordinasi Bidang Pemerintahan, Ketrentaman dan Ketertiban, Pemberdayaan Masyarakat, Kesejahteraan Sosial yang ditindaklanjuti dalam 1 (satu) tahun',
 pkdesa: 'Prosentase Desa yang sudah Menyusun Dokumen Perencanaan Penganggaran dengan benar dan tepat waktu',
 iku1: 'Prosentase masyarakat yang membutuhkan pelayanan',
 iku2: 'Prosentase Peningkatan Koordinasi kewilayahan dan pemerintahan',
};
for (const [k,v] of Object.entries(T)) console.log(k, tokenize(v).join(' '));
const keys = Object.keys(T);
const rows = [];
for (const a of ['b3skm','b3rek']) for (const b of keys) { const m = compare(T[a], T[b]); console.log(a.padEnd(6), b.padEnd(8), m.method, m.score.toFixed(3)); }
const S = {
 b3s1:'Meningkatnya kualitas pelayanan', b3s2:'Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa',
 pkp1:'Meningkatnya kualitas pelayanan aparatur', pkp2:'Meningkatnya kemandirian dan peran serta masyarakat dalam pemenuhan pembayaran pajak dan retribusi daerah', pkp3:'Meningkatnya Pemberdayaan Pemerintah Desa.',
 pk2:'Meningkatnya Koordinasi Bidang Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintahan Wilayah Kecamatan Semboro',
 ren2:'Meningkatnya koordinasi Pemerintahan dan penyelenggara pemerintahan Desa',
 rkt1:'Meningkatkan Koordinasi Bidang Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintah Wilayah Kecamatan Semboro',
};
for (const a of ['b3s1','b3s2']) for (const b of Object.keys(S)) { const m = compare(S[a], S[b]); console.log(a, b.padEnd(6), m.method, m.score.toFixed(3)); }
});
