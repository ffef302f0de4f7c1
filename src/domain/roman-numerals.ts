// Roman numerals as chapters are numbered (BAB I … BAB XXXIX).

const VALUES: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of VALUES) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out || String(n);
}

export function fromRoman(s: string): number | undefined {
  const t = s.toUpperCase();
  if (!/^[IVX]+$/.test(t)) return undefined;
  for (let n = 1; n <= 39; n++) if (toRoman(n) === t) return n;
  return undefined;
}
