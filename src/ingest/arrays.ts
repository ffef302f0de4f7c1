// Array steps that do not spread a whole table into one call: `push(...rows)` and
// `Math.max(...rows)` put every row on the stack, and a table of some hundred thousand rows then
// overflows it ("nested too deeply") instead of meeting the stated row limit.

/** Appends every item of `items` to `into`. */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The largest of the values, or 0 for none. */
export function largest(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}
