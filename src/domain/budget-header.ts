// Whether a column header names a budget itself ("Anggaran (Rp)", "Pagu", "Jml Anggaran") rather
// than a plan for it ("Rencana Anggaran", "Rancangan Awal … Pagu Indikatif"): only the former is
// the amount another table of the same report must repeat.
const BUDGET = /\banggaran\b|\bpagu\b/i;
const PLANNED = /rencana|rancangan|indikatif|usulan|kebutuhan|proyeksi/i;

export function namesBudget(header: string | undefined): boolean {
  return !!header && BUDGET.test(header) && !PLANNED.test(header);
}
