/** Appends `items` to `target` one by one: `push(...items)` overflows the stack past ~100 000 items. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
