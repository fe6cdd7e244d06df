/** How far apart two short strings are: template names, section headings. */

/** Edit distance (Levenshtein), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest name within a small distance (2, or less for short names), if one is clearly closest. */
export function nearestName(value: string, names: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  const max = Math.min(2, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const name of names) {
    const d = editDistance(v, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
