// Exact decimal arithmetic on the `exact` strings of parsed numbers, so that Rupiah sums such as
// 14.513.515.000,00 + … never pick up binary floating-point error.

interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(exact: string): Scaled {
  const negative = exact.startsWith('-');
  const body = negative ? exact.slice(1) : exact;
  const [intPart, frac = ''] = body.split('.');
  const units = BigInt(intPart + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

function rescale(v: Scaled, scale: number): bigint {
  return v.units * 10n ** BigInt(scale - v.scale);
}

function toExact(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const intPart = digits.slice(0, digits.length - scale);
  const frac = scale ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${intPart}${frac ? `.${frac}` : ''}`;
}

/** Exact sum of decimal strings. */
export function decimalSum(values: readonly string[]): string {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((v) => v.scale));
  const total = scaled.reduce((acc, v) => acc + rescale(v, scale), 0n);
  return toExact(total, scale);
}

/** Exact difference a − b. */
export function decimalDiff(a: string, b: string): string {
  return decimalSum([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
}

/** The decimal times 10^power, exactly: ("207.31", 12) → "207310000000000". */
export function scaleExact(exact: string, power: number): string {
  const v = toScaled(exact);
  if (power >= v.scale) return toExact(v.units * 10n ** BigInt(power - v.scale), 0);
  return toExact(v.units, v.scale - power);
}
