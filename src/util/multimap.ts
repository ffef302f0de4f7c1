/**
 * Adds `value` to the list of `key`, creating it. In place: copying the list on every add
 * (`[...(map.get(k) ?? []), v]`) makes grouping n items of one key quadratic.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
